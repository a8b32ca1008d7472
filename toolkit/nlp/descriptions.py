"""Clauses that describe a thing rather than tell what somebody did.

:func:`toolkit.nlp.events.events` asks these of every candidate verb, beside the rules of
:mod:`toolkit.nlp.circumstances`. They are rules of English news language:

* a verb of sequence in the simple present with a thing for subject ("The move follows the
  United States' killing of Qasem Soleimani …", "Gupta's self-immolation follows another
  attempt in April"): a report tells what happened in the past or the perfect; "X follows Y"
  in the present is the writer placing the story after another, a relation of two events
  already told, no act of anyone. (In the past, "the shooting followed four deadly mass
  shootings that week" is narrated, and the golds list it; "The move came two days after …"
  is a rule of :func:`~toolkit.nlp.predicates.sets_the_scene`.)

Example:
    >>> relates_in_time(doc[2], "follow")            # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present
from toolkit.nlp.lexicon import FEMALE_WORDS, MALE_WORDS, ORG_HEADS, PERSON_TITLES
from toolkit.nlp.predicates import BODY_NOUNS
from toolkit.nlp.syntax import NAMED_LABELS, ROLE_WORDS, UNNAMED_PEOPLE

# Nouns for people: their verb is somebody's act.
_PEOPLE = UNNAMED_PEOPLE | ROLE_WORDS | PERSON_TITLES | FEMALE_WORDS | MALE_WORDS

# Suffixes of English agent nouns ("-er", "-or", "-ist", "-ant"): a subject so formed names
# who acts ("the attacker", "investigators", "the protesters"), not a thing. Words that only
# look so formed ("order", "number") are then left as acts too: the rule errs toward keeping.
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "eer", "eers")


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


def relates_in_time(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of sequence in the active simple present whose subject is a
    thing or the event just told (see the module's docstring)."""
    if lemma not in SEQUENCE_VERBS or not simple_present(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _EVENT_PRONOUNS or names_a_thing(subject))
