"""Clauses that relate or result rather than tell what somebody did.

:func:`toolkit.nlp.events.events` asks these of every candidate verb, beside the rules of
:mod:`toolkit.nlp.circumstances`. They are rules of English news language:

* a verb of sequence in the simple present with a thing for subject ("The move follows the
  United States' killing of Qasem Soleimani …", "Gupta's self-immolation follows another
  attempt in April"): a report tells what happened in the past or the perfect; "X follows Y"
  in the present is the writer placing the story after another, a relation of two events
  already told, no act of anyone. (In the past, "the shooting followed four deadly mass
  shootings that week" is narrated, and the golds list it; "The move came two days after …"
  is a rule of :func:`~toolkit.nlp.predicates.sets_the_scene`.)
* "come" with a thing for subject and a time of another event ("The milestone came the same day
  Malawi confirmed its first coronavirus infections", "The milestone came as states began to
  relax restrictions", "elections came amidst concerns …"): like "came two days after …", it
  places the thing in time, told by the other event; a person who comes does something.
* a verb of witnessing with a time for subject ("Cuban roads suffer a large number of
  accidents; 2018 saw 11,187 recorded accidents …", "2013 saw a substantial victory for
  Mugabe"): the time is no agent; the sentence tells what happened in it, and "saw" is no act;
  so with a thing for subject, also through a relative pronoun ("the European migrant crisis,
  which saw a large spike in immigration"): a thing perceives nothing, and the verb places what
  happened in the time of the thing, when what it saw is a change in amount (a spike, a rise, a drop); an animal
  that saw something did see it.
* a trailing participle whose object is a plain pronoun for the subject of the clause it follows
  ("Biden secured 39 of South Carolina's 54 delegates …, giving him a total of 54 delegates"):
  English does not let a plain "him" stand for its own clause's subject (that takes
  "himself"), so the one who gives is not Biden but the event told before, and what it gives
  is its result, no act of anyone; read so only when no other person of the pronoun's sex is
  named before it in the sentence ("lashed out at … mayor Muriel Bowser …, accusing her").
* "was to have" with a past participle ("cancelled an address he was to have given during the
  evening", "It was to have been the last of several funeral processions"): "be to" states a
  plan, and its perfect infinitive under a past "be" a plan that did not come about; nothing
  was done.

Example:
    >>> relates_in_time(doc[2], "follow")            # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present
from toolkit.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, ORG_HEADS, PERSON_TITLES
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import NAMED_LABELS, ROLE_WORDS, UNNAMED_PEOPLE
from toolkit.nlp.time_frames import passes_time
from toolkit.nlp.verb_classes import BODY_NOUNS

# Nouns for people: their verb is somebody's act.
_PEOPLE = UNNAMED_PEOPLE | ROLE_WORDS | PERSON_TITLES | FEMALE_WORDS | MALE_WORDS

# Suffixes of English agent nouns ("-er", "-or", "-ist", "-ant"): a subject so formed names
# who acts ("the attacker", "investigators", "the protesters"), not a thing. Words that only
# look so formed ("order", "number") are then left as acts too: the rule errs toward keeping.
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "eer", "eers")


def active_subject(verb: Token, lemma: str, verbs: frozenset[str]) -> Token | None:
    """The subject of ``verb`` when it is an active verb of ``verbs`` (no passive auxiliary), or None: the
    frame every rule here and in :mod:`~toolkit.nlp.undergoing`, :mod:`~toolkit.nlp.signification` and
    :mod:`~toolkit.nlp.depictions` reads before it tests the subject's kind."""
    if lemma not in verbs or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def names_a_thing(noun: Token) -> bool:
    """Whether a subject is a common noun for a thing: not a name, a pronoun, a person, a body
    or an agent noun."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in NAMED_LABELS:
        return False
    word = noun.lemma_.lower()
    if word in _PEOPLE or word in BODY_NOUNS or word in ORG_HEADS or noun.lower_ in BODY_NOUNS:
        return False
    return not noun.lower_.endswith(_AGENT_SUFFIXES)


# Verbs of sequence in time: "X follows Y", "X precedes Y" relate two events.
SEQUENCE_VERBS = frozenset({"follow", "precede"})

# Pronouns that stand for the event just told ("This follows …", "It follows …").
_EVENT_PRONOUNS = frozenset({"it", "this", "that"})

# Endings of English nouns of action made from verbs (decision, announcement, acceptance,
# occurrence, closure): such a noun names an event, which in the past tense "followed" another.
_ACTION_SUFFIXES = ("ion", "ment", "ance", "ence", "ure")


# Verbs of witnessing: with a time for subject ("2018 saw 11,187 recorded accidents", "The
# week saw a referendum …") English tells what happened in that time, and the time does nothing.
WITNESS_VERBS = frozenset({"see", "witness"})

# Nouns of a change in amount or number: what a time or a thing "saw" ("the crisis, which saw a large spike in
# immigration").
_CHANGE_NOUNS = frozenset("""spike rise increase surge jump growth boom influx drop decline fall decrease slump
    reduction""".split())

# Nouns of a stretch of time that can stand as such a subject.
_TIME_NOUNS = frozenset("""year month week weekend day night morning afternoon evening season decade century quarter
    period era""".split())


def _witnessed_in_time(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of witnessing whose subject is a time or a thing (see the module's docstring)."""
    subject = active_subject(verb, lemma, WITNESS_VERBS)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the European migrant crisis, which saw a large spike in immigration": the crisis
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.ent_type_ in ("DATE", "TIME") or subject.lemma_.lower() in _TIME_NOUNS:
        return True
    # a thing that "saw" a change (not an animal that saw another: "a rat that had never seen each other")
    seen = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return names_a_thing(subject) and seen is not None and seen.lemma_.lower() in _CHANGE_NOUNS


# Words that place what "came" in the time of another event ("came as states began to relax",
# "came amidst concerns"); "after" and "before" are a rule of predicates.sets_the_scene.
_WHEN_MARKS = frozenset({"as", "when", "while"})
_AMID = frozenset({"amid", "amidst"})


def _came_in_time(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is "come" with a thing for subject and only a time of another event to
    go with it (see the module's docstring)."""
    if lemma != "come" or any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in _EVENT_PRONOUNS or names_a_thing(subject)):
        return False
    return any((c.dep_ == "prep" and c.lower_ in _AMID)
               or (c.dep_ == "prep" and c.lower_ == "on" and _ordinal_occasion(c))
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in c.children))
               or (c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_NOUNS
                   and any(m.lower_ == "same" or m.dep_ == "relcl" for m in c.children))
               for c in verb.children)


def _ordinal_occasion(on: Token) -> bool:
    """Whether an "on" phrase counts the occasion ("came on the second attempt", "came on the third day of the
    talks", "came on the heels of …"): when the thing came, among other tries or days."""
    return any(g.dep_ == "pobj" and (g.lower_ == "heels" or g.lemma_.lower() in _OCCASIONS
                                     and any(m.ent_type_ == "ORDINAL" or m.lower_ in _ORDINALS for m in g.children))
               for g in on.children)


# Nouns of a try or a day counted among others ("on the second attempt", "on the third day").
_OCCASIONS = frozenset({"attempt", "try", "bid", "day", "occasion", "round", "time", "anniversary"})
_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth last final""".split())


def _names_an_action(noun: Token) -> bool:
    """Whether a subject is a common noun of action ("decision", "announcement"; its "-ment" is no
    agent's "-ent"), not a name, a person or a body."""
    word = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.ent_type_ not in NAMED_LABELS and word.endswith(_ACTION_SUFFIXES) \
        and word not in _PEOPLE and word not in BODY_NOUNS and word not in ORG_HEADS


def relates_in_time(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of sequence in the active simple present whose subject is a
    thing or the event just told, a verb of witnessing whose subject is a time (see the
    module's docstring), or a clause of time passing (:mod:`toolkit.nlp.time_frames`)."""
    if _witnessed_in_time(verb, lemma) or _came_in_time(verb, lemma) or passes_time(verb, lemma):
        return True
    if lemma not in SEQUENCE_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        # "His announcement followed two weeks of protests", "The NBA's decision followed a Utah Jazz
        # player testing positive": an act named by a noun of action placed after another event
        return _names_an_action(subject)
    return simple_present(verb) and (subject.lower_ in _EVENT_PRONOUNS or names_a_thing(subject))



# Plain (not reflexive) object pronouns of a person, with the sex they show.
_OBJECT_PRONOUNS = {"him": "m", "her": "f"}


def result_pronoun(verb: Token) -> Token | None:
    """The plain object pronoun of a trailing participle without a subject of its own
    ("…, giving him a total of 54 delegates"), if any."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < verb.head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in _OBJECT_PRONOUNS), None)


def gives_to_its_subject(verb: Token, subject: str | None, resolver: PersonResolver) -> bool:
    """Whether ``verb`` is a trailing participle whose plain object pronoun can only stand for
    ``subject``, the clause's subject (see the module's docstring): no other person of the
    pronoun's sex is named in the sentence before it ("lashed out at … mayor Muriel Bowser …,
    accusing her" is an act of its own)."""
    pronoun = result_pronoun(verb)
    if pronoun is None or not subject:
        return False
    sex, start = _OBJECT_PRONOUNS[pronoun.lower_], pronoun.sent.start
    return not any(start <= at < pronoun.i and name != subject and resolver.gender.get(name, sex) == sex
                   for at, name, _subject, _quoted in resolver.people)


def unrealized_plan(verb: Token) -> bool:
    """Whether ``verb`` is the perfect infinitive of a past "be to" ("he was to have given"):
    a plan that did not come about (see the module's docstring)."""
    head = verb.head
    if verb.tag_ != "VBN" or head.i == verb.i or head.lemma_ != "be" or head.tag_ != "VBD":
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return {"to", "have"} <= auxiliaries
