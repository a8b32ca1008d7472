"""Statives: clauses that tell a state by the kind of verb, its aspect or its complement — no event (round ev47a,
from the spurious rows of the spent blind pools, about half of which were states told with a verb of action).

:func:`toolkit.nlp.standing_facts.tells_a_standing_fact` asks :func:`tells_a_state` of every candidate verb, beside
:mod:`toolkit.nlp.properties` (measures, a kind's nature). Each test reads what English uses to mark a state, not a
list of the sample's sentences:

* **a stative verb** (lexical aspect) — "She did not know what address her house was", "roughly two-thirds of the
  Democratic voters preferred a primary", "their actions did not qualify", "their investigation could last …":
  verbs of knowing, preferring, qualifying, lacking, owning, costing, weighing, existing, mattering and lasting
  name a state, not a change. In the progressive ("O'Rourke was not qualifying for the debate") or under a modal
  ("he would prefer …", a wish passed on) English gives such a verb a dynamic reading, and the other rules decide,
  and so do phrasal verbs made from them ("weigh in on interest rates", a say) and a verb with a goal ("did not
  qualify to participate in further debates", an achievement);
  "last" says how long something goes on whatever its form;
* **a preference** (session 50) — "politicians who would rather see killers … left on the streets": "would rather"
  or "would sooner" and a bare verb tells what one prefers, not what one does;
* **a perception open to the senses** (session 50) — "He could detect the effects of the election around him",
  "From the roof residents can see the smoke": a verb of perceiving under "can" or "could" alone tells what one
  was able to perceive, a state; denied ("could not see"), with a person or a time ("could see Putin next week",
  a meeting), the other rules decide;
* **having a count** — "the site hosted a quarter million video clips", "The deal covers 301 stores": a verb of
  having, containing or extent whose object is counted, with a subject that is not a person or a body, tells how
  big a thing is ("Police held 20 protesters" has a body for subject, and "hold" with a measure is
  :mod:`toolkit.nlp.properties`'s);
* **what a thing enables** — "the commission's scope allows …", "The strong, spacious skulls would allow …",
  "Omani law allowed …": a verb of enabling with a thing for subject (or a relative pronoun standing for one)
  tells what the thing makes possible, a property, in any tense; a person or a body that allows something acts
  ("The judge allowed the evidence"), and so does the agent of a passive ("This war was … allowed by Joe Biden");
  a noun of action names an act, and what it enabled is its consequence ("his creation of FEMA in 1979, which
  enabled our nation to mobilize …"), left to the other rules;
* **becoming** — "he … grew tired of reading reviews", "America will go bankrupt": a verb of gradual change ("grow",
  "turn", "go") with an adjective for complement is a copula of a new state; a participle ("the children who had
  gone missing", a disappearance) is left alone, and so are "fall ill" and "get hurt" (an onset, an injury);
* **an origin** — "More than 70 vendors were present at the event, coming from various parts of the U.S.": a
  participle of coming ("coming", "hailing") with a "from" phrase tells where they are from, not a journey;
* **what is still so** — "The state of South Australia still limits abortions", "the rationale … no longer
  applies": "still" or "no longer" on a simple present says that a state goes on or has ended ("he still won" or
  "is still scheduled", a past or a passive, are left alone);
* **a span up to a time** — "Fitisemanu had lived in Utah for more than twenty years", "has lived there since
  2003": the continuative perfect (a perfect with "for" and a span, or "since" and a time) over a verb with no
  object, goal or amount, and not of a change in amount ("jobless claims have fallen for six weeks in a row", a run
  of changes), tells a state that lasted up to then ("has already slipped into a technical recession
  since the third quarter", "has declined 40%" since 1987: a change, a perfect of result, left alone); so does a verb of residence ("live", "stay", "reside") over a span
  of years in any tense ("Bryant stayed with the Lakers for 20 years"). "worked at the restaurant for a year" (a
  simple past of a job) is listed by the golds and left alone, and so are a passive ("was jailed for 20 years") and
  a perfect with an object ("has led the party for 20 years"); a modal perfect ("she may have starved for days") is
  a guess at an act and is left alone too;
* **a rule by "can only"** — "citizenship in United States territories can only be resolved by Congress": "can
  only" (or "may only") states what a rule permits, not what anyone did;
* **a tenure or a run** (after round ev47a's phase 2, from blind46's pool) — "Nancy Pelosi … held the post until
  2011", "Imus in the Morning aired on various networks from 1968 until his retirement in 2018": a verb of holding an
  office or running a programme with "until", or a verb with no object over a span from one time until another,
  tells how long something lasted;
* **a term served** (after phase 2) — "Senators, who serve six-year terms", "Mukherjee … served his full five-year
  term": a term of office or a sentence served, in any simple tense, is a tenure (:mod:`toolkit.nlp.standing_facts`
  reads the progressive, "is serving a life sentence"; "served time in prison" is left alone);
* **by a rule** (after phase 2) — "The Speaker of the House … automatically assumes the presidency if …",
  "American Samoans … do not automatically gain U.S. citizenship": "automatically" on a simple present says what
  follows by a rule;
* **a custom of the past** (after phase 2) — "historically, prime ministers were appointed by the King or Queen": a
  simple past with an adverb of custom ("historically", "traditionally", "usually", …) tells what was usually
  done. "rarely allowed them outside the family home" (what the parents did) is listed by the golds, and so is a
  perfect ("Historically, the Department of Justice has not pursued criminal charges …"): both are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_subject, simple_present
from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.verb_classes import BODY_NOUNS, REPORTING_VERBS

# Verbs of a state (a lexical class: knowing, preferring, qualifying, having, measuring, existing).
_STATIVE_VERBS = frozenset({"know", "prefer", "qualify", "deserve", "matter", "lack", "possess", "cost", "owe", "belong",
                            "exist", "weigh"})

# Complements of a goal: with one a stative verb names an achievement ("did not qualify to participate in further
# debates", "qualified for the final"), not a state.
_GOAL_COMPLEMENTS = frozenset({"xcomp"})

# Verbs of perceiving (a lexical class): under "can" or "could" they tell what was open to the senses, a state.
_PERCEIVING_VERBS = frozenset({"see", "hear", "feel", "sense", "detect", "smell", "taste", "notice", "perceive"})

# Verbs of lasting: how long something goes on, in any form.
_LASTING_VERBS = frozenset({"last"})

# Verbs of having, containing and extent (a lexical class): with a counted object, a size.
_HAVING_VERBS = frozenset({"host", "house", "contain", "cover", "feature", "span", "number", "own", "employ",
                           "boast"})

# Verbs of enabling (a lexical class): with a thing for subject, what the thing makes possible.
_ENABLING_VERBS = frozenset({"allow", "permit", "enable", "let", "afford"})

# Endings of nouns of action (as in descriptions: decision, establishment, acceptance, closure) and gerunds.
_ACTION_ENDINGS = ("ion", "ions", "ment", "ments", "ance", "ence", "ure", "ing")

# Verbs of change that take an adjective as a copula does ("grew tired", "turned violent", "fell ill").
_BECOMING_VERBS = frozenset({"grow", "turn", "go"})

# Participles of origin with "from" ("coming from", "hailing from").
_ORIGIN_VERBS = frozenset({"come", "hail"})

# Particles of direction: with one, a participle of coming tells a movement ("people coming in from all over the
# world"), not an origin.
_DIRECTIONS = frozenset({"in", "back", "over", "out", "down", "up", "home", "here", "across"})

# Verbs of a change in amount (a lexical class): their perfect over a span is a run of changes, not a state.
_CHANGE_VERBS = frozenset({"rise", "fall", "drop", "decline", "climb", "increase", "decrease", "grow", "shrink",
                           "double", "surge", "slump", "slip", "soar", "plunge", "gain", "lose", "jump", "sink"})

# Verbs of residence: over a span of years, where one lived.
_RESIDENCE_VERBS = frozenset({"live", "stay", "reside", "dwell"})

# Units of a span of time (a closed class): "for twenty years", "for three weeks".
_SPAN_UNITS = frozenset({"year", "years", "decade", "decades", "century", "centuries", "month", "months", "week",
                         "weeks", "day", "days"})
_LONG_UNITS = frozenset({"years", "decades", "centuries"})

# Verbs of holding an office or running a programme (a lexical class): with "until", a tenure or a run.
_TENURE_VERBS = frozenset({"hold", "serve", "air", "run", "lead", "head", "chair"})

# Prepositions that close a span begun by "from".
_SPAN_ENDS = frozenset({"until", "till", "through"})

# Adverbs of a custom over a long time (a closed class; not "rarely" or "often": "rarely allowed them outside the
# family home" is what the parents did, and the golds list it).
_CUSTOM_ADVERBS = frozenset({"historically", "traditionally", "customarily", "typically", "usually", "generally",
                             "normally", "ordinarily"})

# Adverbs of what follows by a rule (a closed class): "automatically assumes the presidency".
_RULE_ADVERBS = frozenset({"automatically"})

# Prepositions of a goal: a verb with one tells a change, whose perfect is of result, not of a lasting state.
_GOALS = frozenset({"into", "onto", "to", "toward", "towards", "by"})
_AMOUNTS = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})

# Nouns of a term one serves whole (not "time": "served time in prison" is a past act of its own).
_TERM_NOUNS = frozenset({"term", "sentence"})

# Words of "still" and "no longer" on a present.
_PERSISTING = frozenset({"still", "longer"})

# The words among a verb's children that the tests of aspect need (one of them, at least).
_SPAN_STARTS = frozenset({"until", "from"})  # (a tenure's "until", or a span's "from")
_ASPECT_WORDS = _PERSISTING | _SPAN_STARTS | {"for", "since", "only"} | _CUSTOM_ADVERBS | _RULE_ADVERBS

# Pronouns of persons: a person holding a count acts ("He owns 20 cars" is left to the other rules).
_PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})


def tells_a_state(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` tells a state rather than an act (see the module's docstring)."""
    head = lemma.split()[0]
    if verb.tag_ == "VBG":
        return lemma in _ORIGIN_VERBS and _origin(verb)
    if head in _LASTING_VERBS:
        return True
    if verb.tag_ == "VB" and any(c.dep_ == "advmod" and c.lower_ in ("rather", "sooner") for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "had") for c in verb.children):
        return True  # "politicians who would rather see killers … left on the streets": a preference
    if head in _PERCEIVING_VERBS and _can_perceive(verb):
        return True  # "He could detect the effects of the election around him": a perception open to him
    if lemma in _STATIVE_VERBS:  # (the whole lemma: "weigh in" on a question is a say)
        return not any((c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "be"))
                       or (c.dep_ in _GOAL_COMPLEMENTS and not _asks(c))
                       or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)
    if (head in _HAVING_VERBS and _has_a_count(verb)) or (head in _ENABLING_VERBS and _thing_enables(verb)) \
            or (head in _BECOMING_VERBS and _becomes(verb)) or (head == "serve" and _serves_a_term(verb)):
        return True
    # The tests of aspect each need a word among the verb's children: one pass finds whether any is there (most
    # verbs have none, and skip them all).
    words = {c.lower_ for c in verb.children} & _ASPECT_WORDS
    if not words:
        return False
    return _persists(verb, head) or _span_up_to(verb) or ("only" in words and _only_can(verb)) \
        or (bool(words & _SPAN_STARTS) and _run_between(verb, head)) or _custom_of_the_past(verb) \
        or bool(words & _RULE_ADVERBS and simple_present(verb))  # ("automatically assumes the presidency": by a rule)


def _can_perceive(verb: Token) -> bool:
    """"could detect", "can see": a bare verb under "can" or "could" alone, not negated and not in a question."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VB" or len(auxiliaries) != 1 or auxiliaries[0].lower_ not in ("can", "could") \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    # ("could see Putin next week" is a meeting: a person or a body seen, or a time named, makes it an occasion)
    return not any(c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.pos_ in ("PROPN", "PRON"))
                   for c in verb.children) and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _asks(complement: Token) -> bool:
    """Whether an infinitive complement opens with a wh-word: an embedded question ("know how to swim", "knows what
    to do") says what one can do or knows, not a goal reached."""
    return any(c.tag_ in ("WRB", "WP", "WDT") and c.i < complement.i for c in complement.children)


def _origin(verb: Token) -> bool:
    """"…, coming from various parts of the U.S.": a participle of coming with "from", describing a noun or a clause
    ("criminals coming in from the Congo", a phrasal verb of arriving, is left alone)."""
    return verb.dep_ in ("advcl", "acl") \
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) \
        and not any(c.dep_ in ("prt", "advmod") and c.lower_ in _DIRECTIONS for c in verb.children)


def _has_a_count(verb: Token) -> bool:
    """"the site hosted a quarter million video clips": a verb of having with a counted object, no person's."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and (c.ent_type_ == "CARDINAL" or any(
            g.dep_ == "nummod" and g.like_num and g.ent_type_ != "DATE" for g in c.children)) for c in verb.children):
        return False  # (a year is no count: "Iran hosted the 2017 Women's World Championship", an act)
    subject = conjunct_subject(verb)
    return subject is not None and subject.ent_type_ != "PERSON" and subject.lower_ not in _PERSON_PRONOUNS \
        and subject.lower_ not in BODY_NOUNS and subject.lemma_.lower() not in BODY_NOUNS


def _thing_enables(verb: Token) -> bool:
    """"the commission's scope allows …": a verb of enabling with a thing (or a pronoun standing for one) as subject."""
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return False  # ("This war was started by Putin and allowed by Joe Biden": a passive, its agent acts)
    subject = conjunct_subject(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return False
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # ("skulls, which would allow …": the noun the relative hangs on)
    # (a noun of action names an act, whose consequence this is: "his creation of FEMA in 1979, which enabled our
    # nation to mobilize …", "India's subsequent reselling of this oil … further enables …")
    return subject is not None and names_a_thing(subject) and not subject.lower_.endswith(_ACTION_ENDINGS)


def _becomes(verb: Token) -> bool:
    """"grew tired of reading reviews": a verb of change with an adjective as its complement."""
    return any(c.dep_ == "acomp" and c.tag_ not in ("VBN", "VBG") for c in verb.children)


def _persists(verb: Token, head: str) -> bool:
    """"still limits abortions", "no longer applies": "still" or "no longer" on a simple present, active."""
    return verb.tag_ in ("VBZ", "VBP") and head not in REPORTING_VERBS \
        and any(c.dep_ in ("advmod", "neg") and c.lower_ in _PERSISTING for c in verb.children) \
        and simple_present(verb)


def _span_up_to(verb: Token) -> bool:
    """"had lived in Utah for more than twenty years", "has lived there since 2003", "stayed … for 20 years"."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") or c.ent_type_ in _AMOUNTS
                                              or (c.dep_ == "prep" and c.lower_ in _GOALS) for c in verb.children):
        return False  # (a goal or an amount makes a change: "has already slipped into a technical recession", "has
        # declined 40%" since 1987)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # ("may have starved for days": a guess)
    word = verb.lemma_.lower()
    residence = word in _RESIDENCE_VERBS
    if not (perfect or residence) or word in _CHANGE_VERBS:
        return False  # ("jobless claims have fallen for six weeks in a row": a run of changes, each one news)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "since")):
        for span in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "since":
                if perfect and span.ent_type_ == "DATE":
                    return True
            elif span.lower_ in (_SPAN_UNITS if perfect else _LONG_UNITS):
                return True
    return False


def _only_can(verb: Token) -> bool:
    """"can only be resolved by Congress": "can" or "may" with "only", a rule."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children)


def _run_between(verb: Token, head: str) -> bool:
    """"held the post until 2011", "Imus in the Morning aired on various networks from 1968 until his retirement":
    a verb of holding an office or running a programme with "until", or a verb with no object over a span from one
    time until another, tells a tenure or a run, not an act ("made landfall … from … through …" has an object and is
    left alone)."""
    if verb.tag_ == "VBG" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if "until" in preps and head in _TENURE_VERBS:
        return True
    return "from" in preps and bool(preps & _SPAN_ENDS) and not any(c.dep_ == "dobj" for c in verb.children)


def _custom_of_the_past(verb: Token) -> bool:
    """"historically, prime ministers were appointed by the King or Queen": a simple past (active or passive) with an
    adverb of custom tells what was usually done over a long time; a perfect ("Historically, the Department of Justice
    has not pursued criminal charges …", listed) and a modal are left alone."""
    return verb.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "advmod" and c.lower_ in _CUSTOM_ADVERBS for c in verb.children) \
        and not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in verb.children)


def _serves_a_term(verb: Token) -> bool:
    """"Senators, who serve six-year terms", "served his full five-year term": a term of office or a sentence served,
    in a simple tense (the progressive is :mod:`toolkit.nlp.standing_facts`'s), tells a tenure."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TERM_NOUNS for c in verb.children)
