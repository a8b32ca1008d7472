"""Verbs that place a thing in time against another: "dates to 1873", "coincided with …".

Two verbs of English tell a relation in time and no act, whatever their subject and tense: "date"
with "to", "from" or "back" gives a thing its age ("Bontddu Hall dates to 1873", "The earliest moai
date to the 13th century", "Patriotism in our country dates back to our rebellious founders"), and
"coincide" with "with" tells that two things fell at one time or go together ("These effects … have
coincided with increasing challenges in the labor market", "Spikes sometimes coincided with venomous
frogs"). Nobody dates or coincides anything: the event, if any, is told by the words around them.
A "date" with an object is an act ("the lab dated the bones", "he dated her") and stays; so does
"date" with neither an object nor a "to"/"from"/"back".

Example:
    >>> relates_in_time_to(doc[2], "date")  # "Bontddu Hall dates to 1873"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# The prepositions and particle with which "date" gives an age.
_DATING_WORDS = frozenset({"to", "from", "back"})


def relates_in_time_to(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is "date" giving an age or "coincide with" (see the module's docstring)."""
    base = lemma.split()[0]  # (a phrasal lemma: "date back")
    if base == "coincide":
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if base != "date" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _DATING_WORDS for c in verb.children)
