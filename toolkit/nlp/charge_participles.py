"""A participle of the law's act hung on the one it was done to: a charge told in passing.

News tells a charge, an arrest or a conviction in passing, as a participle after the person it names: "A preliminary
hearing for John Jenkin, 23, charged with the murders of his mother …", "the case of a son accused of killing his
mother, sister and pet dog", "The murder trial of a Spiro man charged in the deaths of …", "a gang member convicted
of murdering a … deputy". The sentence is about something else (a hearing, a trial), but the charge is news of its
own, which readers and annotators count: someone (the police, prosecutors, unnamed) charged that person.
:func:`charged_in_passing` finds such a participle and gives the one it was done to; the event reader then lists
the act with no subject, that person its object, as it lists "Jenkin was charged with …".

Only the law's verbs, and only with their complement ("charged with", "accused of", "convicted in", "sentenced to",
"arrested for"): a bare participle ("the man arrested", "the accused") may be a name for someone more than an act
told, and "charge" without one is as often a battery's.

Example:
    >>> charged_in_passing(doc[9])  # "a son accused of killing his mother": "accused" → "son"  # doctest: +SKIP
    son
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import LAW_PARTICIPLES
from toolkit.nlp.pronoun_antecedents import person_noun
from toolkit.nlp.suspects import PERPETRATOR_NOUNS

# The complements that make the participle the law's act ("charged with", "accused of", "convicted in").
_COMPLEMENTS = frozenset({"with", "of", "in", "for", "to", "on", "over"})
# Endings of nouns of a doer ("accountant", "driver", "employee", "politician").
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ent", "ee", "ian")
# Names of another kind than a person or a body (a place, a date): no one charged.
_NAMED_PEOPLE = frozenset({"PERSON", "ORG", "NORP", ""})


def charged_in_passing(verb: Token) -> Token | None:
    """The noun a participle of the law's act hangs on, when it tells that act in passing (see the module's
    docstring); else None.

    Args:
        verb: a verb of the parse.

    Returns:
        The head noun of the one charged, accused, arrested …, as the sentence names them ("son" of "a son accused
        of killing his mother"); None for any other verb.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in LAW_PARTICIPLES:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in _COMPLEMENTS and any(k.dep_ in ("pobj", "pcomp") for k in c.children)
               for c in verb.children):
        return None
    noun = verb.head
    if noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ not in _NAMED_PEOPLE:
        return None
    if _someone(noun):
        return noun
    return _name_set_off_before(verb)  # ("A preliminary hearing for John Jenkin, 23, charged with …": on "hearing")


def _someone(noun: Token) -> bool:
    """Whether a noun names someone who can be charged: a person's or a body's name, a noun of a person, or one of
    a doer by its ending ("accountant", "driver")."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "PROPN" or person_noun(noun) \
        or lemma in PERPETRATOR_NOUNS or lemma.endswith(_DOER_ENDINGS)


def _name_set_off_before(verb: Token) -> Token | None:
    """The person's name right before the participle, set off by commas with at most an age between ("John Jenkin,
    23, charged with …"), which the parser did not make the participle's head."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 4 and (doc[i].text == "," or doc[i].like_num):
        i -= 1
    if i < 0 or doc[i].ent_type_ != "PERSON" or i == verb.i - 1:
        return None
    return doc[i]
