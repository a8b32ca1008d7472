"""The fields of an event row read off its clause: the verb's lemma (phrasal verbs whole), the
object, the kind of act, the modality and negation (the verb's own, else its frame's), and the
characters the row points to.

Used by :mod:`toolkit.nlp.events` once it has found a verb that heads an event and the clause
(:class:`EventClause`) it is read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from toolkit.nlp.clauses import able_word, agent_phrase, auxiliary_conjunct, comma_joined, modality_of
from toolkit.nlp.conjunct_forms import shares_modal
from toolkit.nlp.coordination import shares_negation
from toolkit.nlp.durations import duration_after
from toolkit.nlp.hedges import hedge_of
from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.mandates import demanded_by_noun
from toolkit.nlp.negation import negated
from toolkit.nlp.participles import modal_head
from toolkit.nlp.courses import gerund_begun
from toolkit.nlp.predicates import ClauseMarks, planned_by_be_to, under_aspect
from toolkit.nlp.verb_classes import PLANNING_VERBS, STANCE_VERBS
from toolkit.nlp.verb_forms import compound_first, prefix_before, prefixed_word

_OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")

_TIME_LABELS = ("DATE", "TIME")

_PARTICLES = frozenset({"up", "down", "off", "out", "back", "over", "away"})


def phrasal_lemma(verb: Token) -> str:
    """The lemma, with a particle ("step up", "shoot down"), a "for" ("call for"), the "on" of "call on" or an
    "against" ("vote against") taken whole, and the
    first word of a verb compounded with a hyphen ("slow-walk"), a bound prefix with the word it was split off
    ("co-sponsor")."""
    lemma = verb.lemma_.lower()
    if (word := prefixed_word(verb)) is not None:
        return f"{lemma}-{word.lemma_.lower()}"  # "co-sponsoring" split as "co", "-", "sponsoring": "co-sponsor"
    if (prefix := prefix_before(verb)) is not None:
        lemma = f"{prefix.lower_}-{lemma}"  # "was co-sponsored", the prefix hung on the passive: "co-sponsor"
    first = compound_first(verb)
    if first is not None:
        lemma = f"{first.lower_}-{lemma}"  # "slow-walked": the verb is the compound
    particles = [c for c in verb.rights if c.dep_ == "prt"]  # (the children after the verb)
    if particles:
        return f"{lemma} {particles[0].lower_}"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None:
        return lemma
    if following.head.i == verb.i and following.dep_ == "advmod" and following.lower_ in _PARTICLES:
        return f"{lemma} {following.lower_}"  # "stepped down" with "down" parsed as an adverb
    if _particle_before_preposition(following, verb):
        return f"{lemma} {following.lower_}"  # "pulled out of the meeting" with "out" parsed as a preposition
    if following.lower_ == "for" and not any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            and not _passive_for_reason(verb, following) and not duration_after(following):
        # (not a length of time: "fell for the second straight quarter", toolkit/nlp/durations.py)
        return f"{lemma} for"  # "called for the bill to be dropped": "for" may hang on the infinitive
    if following.lower_ == "on" and lemma == "call" and following.head.i == verb.i \
            and not any(c.dep_ in ("dobj", "dative", "auxpass") for c in verb.children):
        return "call on"  # "Hamas called on Trump … to ensure …": a demand made of someone, not a naming
    if following.lower_ == "against" and following.head.i == verb.i \
            and not any(c.dep_ in ("dobj", "dative", "auxpass", "nsubjpass") for c in verb.children):
        # "Two Republicans voted against him", "the court ruled against Trump": "against" turns the act round,
        # so it stays with the verb, or the row would read as a vote for him (not a passive's: "a case was filed
        # against him by a former secretary" is the case's filing, done by the secretary)
        return f"{lemma} against"
    return lemma


# Verbs whose "out of" or "away from" is a withdrawal from something, the act's object ("pulled out of the
# meeting", "dropped out of the race", "walked away from the deal"); not "work out of the Baltics" (based there),
# "come out of Kyiv" (from there), "run out of control", whose particle makes another verb.
_LEAVING_VERBS = frozenset("pull drop back walk opt bow storm step break get".split())


def _particle_before_preposition(word: Token, verb: Token) -> bool:
    """Whether ``word`` right after ``verb`` is a particle the parser read as a preposition, with the real one
    hung on it: "Rubio pulled out of the meeting", "walked away from the deal" (the act is "pull out", "walk
    away"; what it is done to follows the "of" or the "from")."""
    return (word.head.i == verb.i and word.dep_ == "prep" and word.lower_ in _PARTICLES
            and verb.lemma_.lower() in _LEAVING_VERBS
            and not any(c.dep_ == "pobj" for c in word.children)
            and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in word.children))


def _passive_for_reason(verb: Token, word: Token) -> bool:
    """Whether the "for" right after a passive verb opens a phrase of its own, the reason or the purpose:
    "He was most widely recognized for some of his books", "The announcement was first reprinted for
    humorous effect". A passive's subject is what the act was done to, so the "for" that follows is no
    part of a verb "call for" (whose passive leaves its "for" with no object: "a vote was called for")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "pobj" for c in word.children)


def _fronted_adjunct(preposition: Token, verb: Token) -> bool:
    """Whether a preposition's phrase stands before its verb's subject, set off in front of the clause: "For
    the second campaign …, Padalecki partnered with co-star Jensen Ackles", "At the summit, Biden met with
    Xi". Such a phrase frames the clause (an occasion, a place, a time); what the act is done to follows
    the verb. A question's or a relative's "with whom" keeps its place before the subject and is left
    alone."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (with no subject hung on the verb, before the verb: "On Friday Ford Motor Company announced …", the
    # subject run into the time's phrase)
    if not preposition.i < (verb.i if subject is None else subject.i):
        return False
    return not any(t.tag_ in ("WP", "WDT", "WP$") for t in preposition.subtree)


def object_token(verb: Token, lemma: str) -> Token | None:
    """The token of what the act of ``verb`` (its lemma ``lemma``) was done to, or None."""
    if (word := prefixed_word(verb)) is not None and word.i != verb.i \
            and not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        # "Conyers co-founded the Congressional Black Caucus": the parse hangs the object on the
        # word after the prefix's hyphen, "founded"
        return object_token(word, lemma)
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.ent_type_ not in _TIME_LABELS
               and not (c.lower_ == "that" and demanded_by_noun(verb))]
    if objects:  # the direct object before the receiver ("giving them the longest sentence")
        return min(objects, key=lambda c: _OBJECT_DEPS.index(c.dep_))
    if (doing := gerund_begun(verb)) is not None:
        return doing  # "started supporting the government of …": what was started (courses.py)
    if any(c.dep_ == "agent" for c in verb.children) or agent_phrase(verb) is not None:
        # (also a "by" phrase the parser hung on a noun: "has been sentenced to life imprisonment by the Regional
        # Court in Gdańsk", round wire35b, whose patient is the man sentenced, not "a charity event")
        for child in verb.children:  # "was recaptured by the state": the patient is the object
            if child.dep_ == "nsubjpass" and (child.pos_ in ("NOUN", "PROPN") or (
                    verb.dep_ == "relcl" and child.tag_ in ("WP", "WDT"))):  # "Zelensky, who was berated by …"
                return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "mark" and c.tag_ == "WDT" for c in verb.children) and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        # "the plan that Steve Witkoff and Kirill Dmitriev drafted this autumn": the parser reads the relative
        # "that" as a clause's mark and the time as the object; the clause has its subject, so the noun it
        # describes is what the act was done to
        return verb.head
    for child in verb.children:  # "has claimed tens of thousands of lives, displaced millions"
        if child.dep_ == "ccomp" and comma_joined(child):
            return next(c for c in child.children if c.dep_ == "nsubj")
    if any(c.dep_ == "dobj" and c.ent_type_ in _TIME_LABELS for c in verb.children):
        return None  # "spent ten years at The Ohio State University": the time spent is the object, no place
    for child in verb.children:  # "pulled out of the meeting": what follows the particle's "of"
        if child.i == verb.i + 1 and _particle_before_preposition(child, verb):
            # (right after the verb only: "won with 92,153 votes, out of roughly 160,000 members" is a share)
            inner = next(c for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "from"))
            found = next((g for g in inner.children if g.dep_ == "pobj" and g.ent_type_ not in _TIME_LABELS), None)
            if found is not None:
                return found
    wanted = ("for",) if lemma.endswith(" for") else ("with", "to", "on", "against", "into", "for", "of", "at")
    if any(c.dep_ == "prep" and c.lower_ == "at" and _at_a_figure(c) for c in verb.children):
        return None  # "peaked at #19 on the Billboard charts": a level reached, and the other phrases its setting
    for child in verb.children:  # "meet with Putin", "call for a ceasefire", "impose … on India"
        if child.dep_ == "prep" and child.lower_ in wanted and not _fronted_adjunct(child, verb) \
                and not (child.lower_ == "for" and duration_after(child)) \
                and not (child.lower_ == "on" and lemma in _MOVING_VERBS) \
                and not (child.lower_ == "at" and (_at_the_request(child) or _at_a_clock_time(child)
                                                   or lemma in _GATHERING_VERBS)) \
                and not (child.lower_ == "with" and (_set_off_with(child, verb) or _with_a_tally(child)
                                                    or _with_an_affiliation(child))):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.ent_type_ not in _TIME_LABELS:
                    return grandchild
    return None


# Verbs of a figure moving, whose "on" phrase is the cause ("Oil prices rose about 2% on the report", "shares fell on
# fears of …"), never what the act is done to.
_MOVING_VERBS = frozenset("""rise fall jump drop climb slip slide gain surge soar tumble plunge plummet sink dip edge
    rally slump advance decline retreat""".split())

# Verbs of meeting, whose "at" phrase is where it happened ("met at a military base in Anchorage"), never whom
# the act is done to (that is "met with Putin", "met Putin").
_GATHERING_VERBS = frozenset({"meet", "convene"})  # (not "gather": the golds record "gathered at the square")

# Marks that set a phrase off from the clause before it.
_SETTING_OFF = frozenset({",", "—", "–", "--", ";"})


def _set_off_with(preposition: Token, verb: Token) -> bool:
    """Whether a "with" phrase after its verb is set off from it by a comma or a dash: a circumstance
    of the clause ("Home affordability is improving, with the median price … down 3.5%", "is roaring
    ahead, with strong GDP growth outpacing the national average", "have dipped below $3 … — with
    prices below $2 per gallon at some stations"), not the partner of the act ("met with Putin",
    "working closely with the Secret Service")."""
    return preposition.i > verb.i + 1 and preposition.doc[preposition.i - 1].text in _SETTING_OFF


# Nouns of "at the request of …" (a closed class): the phrase tells why one acts, not what the act is at
# ("The Participants will meet … at the written request of the other Participant").
_CAUSE_NOUNS = frozenset({"request", "invitation", "behest", "urging", "suggestion", "insistence", "direction"})


def _at_the_request(preposition: Token) -> bool:
    """Whether an "at" phrase is one of cause ("at the request of", "at the invitation of")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _CAUSE_NOUNS for c in preposition.children)


# Labels of a figure: an amount, a sum, a share, a bare number.
_FIGURE_LABELS = frozenset({"QUANTITY", "MONEY", "PERCENT", "CARDINAL"})


def _at_a_figure(preposition: Token) -> bool:
    """Whether an "at" phrase holds a figure, a rate, a price or a level ("was moving east-by-northeast at 20
    mph", "moving at roughly five miles per hour", "closed at $52", "stands at 3.5%"): it tells how fast, how
    much or how high the act went, not what it was done to. A place ("died at his home") or a target ("fired
    at the crowd") has no figure for its noun."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _FIGURE_LABELS for c in preposition.children)


# Clock times: "4:00", "10.30"; and the words of the time of day (a closed class).
# (the hour may carry its "am" or "pm" in the same token: "broke out at around 3:30am", "at 3pm")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?", re.IGNORECASE)
_TIME_OF_DAY_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "o'clock"})


def _at_a_clock_time(preposition: Token) -> bool:
    """Whether an "at" phrase tells the hour of the act ("the attacks occurred at 4:00 A.M. local time (0100
    UTC)", "landed at 10.30 p.m."), which the model may leave untagged or label a place: no object, and no
    time zone in apposition for one ("UTC"). "died at his home" has no clock in its phrase."""
    for noun in preposition.children:
        if noun.dep_ == "pobj":
            return any(_CLOCK.fullmatch(t.text) or t.lower_ in _TIME_OF_DAY_WORDS
                       for t in noun.subtree if t.i <= noun.i)
    return False


# Nouns of a count of votes or seats (a closed class).
_TALLY_NOUNS = frozenset({"vote", "ballot", "seat"})


def _with_a_tally(preposition: Token) -> bool:
    """Whether a "with" phrase gives the tally an act was decided by ("the vote passed with 215 votes in favor",
    "won with 52%", "was elected with 60 seats") or a bare count: a counted vote, a share or a number, no partner
    of the act ("met with three leaders" has no noun of voting)."""
    return any(c.dep_ == "pobj" and (c.ent_type_ == "PERCENT" or (
        c.lemma_.lower() in _TALLY_NOUNS and any(n.dep_ == "nummod" for n in c.children)) or _bare_count(c))
        for c in preposition.children)


def _bare_count(word: Token) -> bool:
    """Whether a "with" phrase's object is a bare number, a count with no noun of its own ("The enterprises have
    grown in popularity in recent years with reportedly over 1,000 in Poland", "finished with 12"): how many there
    are, no partner of the act, who is named by a noun ("met with three ministers") or a part of a group ("met
    with two of the leaders")."""
    return word.tag_ == "CD" and word.ent_type_ in ("CARDINAL", "QUANTITY", "") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _with_an_affiliation(preposition: Token) -> bool:
    """Whether a "with" phrase right after a person's name gives the body that person works for ("heard from
    Chris Woolard with the Ohio Department of Education"), which the parser hangs on the verb: the person's
    affiliation, no partner of the act. A body after anything but a name stays a partner ("signed the deal with
    Microsoft", "met with the Ohio Department of Education")."""
    doc = preposition.doc
    before = doc[preposition.i - 1] if preposition.i else None
    return before is not None and before.ent_type_ == "PERSON" and before.ent_iob_ in ("B", "I") \
        and before.dep_ in ("pobj", "dobj") and before.head.i != preposition.i \
        and (preposition.i + 1 >= len(doc) or doc[preposition.i + 1].ent_type_ != "PERSON") \
        and any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in preposition.children)


def kind_of(verb: Token, lemma: str) -> str:
    head = lemma.split()[0]
    if head in STANCE_VERBS:
        return "stance"
    if (head in SPEECH_VERBS or lemma in ("call for", "ask for")) and not _claims_lives(verb, head):
        return "speech act"
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children) or \
            any(c.lower_ in ("previously", "formerly") for c in verb.children):
        return "background"
    return "action"


# What a war, a disaster or a disease "claims" when it kills: "claimed tens of thousands of lives".
_LIVES = frozenset({"life", "lives", "victim", "victims"})


def _claims_lives(verb: Token, head: str) -> bool:
    """Whether "claim" means to kill here ("the invasion has claimed tens of thousands of lives"): no speech act."""
    if head != "claim":
        return False
    doc = verb.doc
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 8)]:  # (the parser often misreads "tens of thousands of lives")
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in _LIVES:
            return True
    return False


@dataclass(frozen=True)
class EventClause:
    """The clause a verb's event is read from, and the frame it stands in.

    ``top`` is the top of the clause and ``governor`` the verb it is the content of, if any
    (:func:`~toolkit.nlp.predicates.clause_top`). ``frame`` is the verb of a frame whose clause
    the event takes: "is to be moderated" (``planned``), "were injured after being attacked"
    (``after``), "were able to reach" (``able``), "claimed to have obtained" (``claimed``),
    "said …, before adding" (``timed``), "stopped short of firing" (``near``: a near miss, the act not done,
    :mod:`toolkit.nlp.near_misses`). ``raised`` is a raising verb above it ("was expected to leave").
    """

    top: Token
    governor: Token | None
    frame: Token | None
    raised: Token | None
    planned: bool
    after: bool
    able: bool
    claimed: bool
    timed: bool
    near: bool = False


# Raising verbs that put their infinitive ahead in time: "was expected to leave", "is set to meet".
_FUTURE_RAISERS = PLANNING_VERBS | {"expect"}


def marks_of(verb: Token, clause: EventClause, inherited: bool, marks: ClauseMarks) -> tuple[str | None, bool]:
    """The event's modality and negation: its own, else those of the frame it stands in."""
    modality, neg = modality_of(verb) or hedge_of(verb), negated(verb)
    if clause.planned:
        modality, neg = modality or modality_of(verb.head) or "will", neg or negated(verb.head)
    if clause.near and clause.frame is not None:  # "stopped short of firing": not done, unless the frame is denied
        # (the frame's marks only: "has yet to sign" is no obligation, though "has to" would be)
        modality, neg = modality_of(clause.frame), not negated(clause.frame)
    if clause.able:  # "was unable to reach", "could not be able to …": the frame's marks are the event's
        able = able_word(verb)
        be = able.head
        modality = modality or modality_of(be) or ("will" if able.lower_ == "due" else _present_ability(be))
        neg = neg or able.lower_ == "unable" or negated(be)
    if (raised := clause.raised) is not None:  # "was not expected to leave": the raising verb's marks are the event's
        modality = modality or modality_of(raised) or ("will" if raised.lemma_.lower() in _FUTURE_RAISERS else None)
        neg = neg or negated(raised)
    if modality is None and (head := modal_head(verb)) is not None:  # "is to be held …, selecting …"
        modality = modality_of(head) or ("will" if planned_by_be_to(head, marks) else None)
    if under_aspect(verb):  # "will keep hosting the video", "did not continue to …": the frame's marks
        modality, neg = modality or modality_of(verb.head), neg or negated(verb.head)
    if modality is None and (head := _timed_gerund_head(verb)) is not None:
        # "the NPS will—after setting aside a sample of the tree …—transfer …": not yet done either
        modality = modality_of(head)
    if inherited:  # "could meet Putin … and discuss …": the nearest conjunct's auxiliaries
        first = auxiliary_conjunct(verb)
        # (a past takes neither a modal nor the "not" of one: "would not vote … but planned")
        modal = shares_modal(verb, first)
        modality = modality or (modality_of(first) if modal else None)
        neg = neg or (modal and negated(first, objects=False) and shares_negation(verb, first))
        if first.i != verb.i and under_aspect(first) and shares_modal(verb, first.head):
            # "will continue driving prices down, boosting take-home pay, and strengthening the economy":
            # the conjuncts of the verb an aspect governs stand under that aspect's marks too
            modality = modality or modality_of(first.head)
            neg = neg or (negated(first.head, objects=False) and shares_negation(verb, first.head))
    return modality, neg


# Prepositions of time that take a gerund of an act done before, after or while another is
# ("after setting aside a sample", "before leaving", "upon arriving"), a closed class.
_TIME_PREPOSITIONS = frozenset({"after", "before", "upon", "on", "while", "when"})


def _timed_gerund_head(verb: Token) -> Token | None:
    """The verb a gerund's phrase of time hangs on ("will—after setting aside a sample …—transfer"), or
    None. An act timed by a modal one is no more done than it: "will—after setting aside …—transfer" sets
    aside nothing yet, "would, before leaving, sign" is as unsure of the leaving as of the signing."""
    preposition = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or preposition.lower_ not in _TIME_PREPOSITIONS \
            or preposition.dep_ != "prep":
        return None
    head = preposition.head
    # (only a phrase before the verb, inside its clause: one after it may belong to a verb above, "announced he
    # would drop his bid …, before reversing course the next day": the reversal was done)
    return head if head.pos_ in ("VERB", "AUX") and preposition.i < head.i else None


def _present_ability(be: Token) -> str | None:
    """"can" for "be able to" in the simple present ("their algal component is able to produce the
    oxygen"): a present "be able" states what one can do, as "can" does; its past ("were able to
    determine") and perfect ("has been able to") tell what was done."""
    if be.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in be.children):
        return "can"
    return None


def extent(verb: Token, agent: Token | None, obj_token: Token | None, sent: Span) -> tuple[int, int]:
    """The characters from the subject through the verb to the object, kept inside the sentence."""
    parts = [verb] + [t for t in (agent, obj_token) if t is not None and sent.start <= t.i < sent.end]
    first_token = min(parts, key=lambda t: t.i)
    last_token = max((t if t is verb else t.right_edge for t in parts), key=lambda t: t.i)
    last_token = min(last_token, sent[-1], key=lambda t: t.i)
    start = first_token.idx if first_token is verb else min(first_token.left_edge.idx, first_token.idx)
    return max(start, sent.start_char), last_token.idx + len(last_token)
