"""The verb classes the event rules read: which verbs are no event of their own, which report, claim or
state a stance, which only mark aspect, plan, phase, result, depiction or position.

Each class is a closed, lexical set of English verbs (and one of nouns naming a body that speaks of itself as
"it" or "they"), named by what the class does to a clause: :mod:`toolkit.nlp.predicates` and the event modules
test a verb's lemma against them. Kept apart from the tests of clause structure so that a new verb is added in
one place.

Example:
    >>> "believe" in COGNITION_VERBS and "say" in STOP_VERBS
    True
"""

from __future__ import annotations

from toolkit.nlp.lexicon import SPEECH_VERBS

# Predicates that are no event of their own: copulas and light verbs, the verbs that only
# introduce what someone said or wrote (their content is the event, reported by the speaker), and
# verbs of relation, which tell how things stand to each other in any tense ("counts of fraud
# pertaining to his financial reporting", "issues relating to …").
STOP_VERBS = frozenset(
    """be have seem appear become remain look sound feel do get let say tell add state explain remark comment
    reply respond quote mean include report refer denote
    revolve consist comprise contain resemble equal depend involve relate pertain age""".split()
)

# Phrasal reporting verbs that only pass on a fact, like "say" ("pointing out he had secured …"):
# no event of their own; their content is reported by the speaker.
NEUTRAL_PHRASAL = frozenset({"point out"})

# Verbs of result: with an object and its predicate ("a drone attack that left six soldiers dead",
# "left some experts disappointed") they tell the state an event ended in, not another act.
RESULT_VERBS = frozenset({"leave", "render"})

# Nouns naming a body that speaks of itself as "they"/"it" ("the government declared they were
# ending the search", "the company said it would …").
BODY_NOUNS = frozenset("""government ministry ministers cabinet administration police army military navy authorities
    officials council court company firm agency office department committee commission party campaign
    organisation organization union board team club""".split())

# Verbs that cause a feeling in their object (the "amuse" class of English verbs, whose object is the one who
# feels): their "-ing" form with no object says what a thing is like ("The results were disappointing", "The world
# may be enraging"), an adjective, not a progressive act.
FEELING_VERBS = frozenset("""alarm amaze amuse anger annoy astonish astound baffle bewilder bore charm comfort
    confuse delight depress devastate disappoint discourage disgust dishearten dismay distress disturb embarrass
    encourage enrage excite exhaust fascinate frighten frustrate gall grip hearten horrify humiliate infuriate
    inspire interest intimidate intrigue irritate mortify outrage overwhelm perplex please puzzle reassure
    relax satisfy scare shock sicken startle stun surprise terrify thrill tire trouble unnerve upset worry""".split())

# Verbs of thinking and claiming whose clausal content is a claim, not a fact.
COGNITION_VERBS = frozenset(
    """think believe expect hope fear know suspect assume understand doubt reckon guess worry wish want
    feel hear learn see show suggest imply insist claim""".split()
)

# Verbs of attitude: the event is a position taken, not something done.
STANCE_VERBS = frozenset(
    """support oppose back endorse favor favour prefer want hope fear believe think consider doubt intend
    like dislike trust distrust agree disagree""".split()
)

# Verbs of a view or a feeling one may "come to" hold over time ("came to acknowledge", "came to believe"), a
# lexical class. Not those that also tell a purpose of coming ("came to support his fellow …", "came to see
# the doctor", "came to learn English").
VIEW_VERBS = frozenset("""know believe think feel understand realize realise accept acknowledge recognize recognise
    regard view appreciate expect doubt fear love hate like dislike resent admire respect trust distrust""".split())

# Aspectual verbs: the event is the verb they govern ("continues to call for a ceasefire"; "tend to
# switch the lever" tells a habit of switching). "manage to" (an implicative, round ev46a) is read the same way:
# "She managed to get a hold of the small bag" tells that she got hold of it, the act an analyst records.
ASPECT_VERBS = frozenset("""continue keep resume begin start tend manage""".split())

# Reporting verbs whose content is what the speaker says, or believes, did not happen ("denied that he had stolen
# …", "she doubted her brother was carrying a gun").
DENIAL_VERBS = frozenset({"deny", "dispute", "refute", "rebut", "doubt"})

# Verbs whose content clause someone reports, not the text (purpose clauses and conditions are excluded
# separately).
REPORTING_VERBS = SPEECH_VERBS | COGNITION_VERBS | DENIAL_VERBS | frozenset({
    "report", "write", "announce", "speak", "determine", "establish", "discover", "verify", "point",
    "stipulate"})  # ("The Puerto Rican constitution stipulates the secretary of state succeeds …": the law's text)

# Reporting verbs whose object is the one addressed ("told reporters she considered …").
ADDRESSEE_VERBS = frozenset("""tell inform assure warn remind notify advise brief persuade convince""".split())

# Verbs whose passive raises the subject of a to-infinitive ("was reported to have killed",
# "is believed to be …"); a passive "was called to join" is a request instead.
RAISING_VERBS = COGNITION_VERBS | frozenset({"say", "report", "allege", "estimate", "consider", "rumor", "rumour"})
# Verbs whose passive with a to-infinitive states a plan: "is set to meet", "is scheduled to visit", "was slated
# to open", "is poised to win": the infinitive is the event, ahead of the time it is told.
# ("slat": the small model's lemma of "slated")
PLANNING_VERBS = frozenset({"set", "schedule", "reschedule", "slate", "slat", "poise"})

# Verbs of holding a view or putting forward a claim: when what is claimed is an event of its
# own ("officials estimated she may have starved"), that event is the news, reported by the
# claimant, and the claiming is not listed again; a claim about a state ("claimed the wall was
# crucial") has no event inside, so the claim itself is the event.
CLAIM_VERBS = COGNITION_VERBS | frozenset({"allege", "contend", "assert", "argue", "maintain", "estimate"})

# Verbs that only say a state of affairs began, went on or ended: in a clause of time
# ("after the protests began") they date the main event and are no event of their own.
PHASE_VERBS = frozenset({"begin", "start", "end", "finish", "resume", "continue", "follow", "ensue", "close", "open"})


# Verbs of showing: a participle of one after an object ("posted a photo to Twitter showing him
# … standing") tells what the thing shows, and what it shows is a picture, not a reported act.
DEPICTION_VERBS = frozenset({"show", "depict", "feature", "picture", "portray", "illustrate"})

# Verbs of position: in the simple present they place a thing ("Westchester lies to the north
# of New York City"), a state and no event.
POSITION_VERBS = frozenset({"lie", "sit", "stand", "stretch", "border", "overlook", "span", "straddle"})
