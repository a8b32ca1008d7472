"""A "for" that opens a length or a turn of time, no part of the verb before it.

:func:`toolkit.nlp.event_fields.phrasal_lemma` takes a "for" right after a verb with no object as part of
the verb ("called for the bill to be dropped", "pushed for reform"). But "for" with a length of time or a
turn of a series tells how long or which time: "Federal government spending fell for the second straight
quarter", "jobless claims have fallen for six weeks in a row", "the two met for the first time". Nothing
"falls for" a quarter: the verb is "fall". A phrase is one of time when the object of "for" is a unit of the
calendar or the clock (or "quarter", "time", "season", "straight"), counted by a number or an ordinal, or a
plural of such a unit, with no phrase of its own after it: "called for three days of mourning" asks for the
mourning, and keeps its "for" (a phrase of the stretch a turn is counted in is no such phrase: "declined for the
first time in nearly three years"); so does a verb of asking ("Mandatory sentencing called for at least 20 years in
prison": a term demanded).

Example:
    >>> duration_after(nlp("Spending fell for the second straight quarter.")[2])  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.measures import TIME_UNITS

# Nouns of a turn of time besides the units (a closed class): a quarter of the year, a season, a time.
_TURNS = frozenset({"quarter", "time", "season", "term", "round"})

# Words that count or order such a noun ("six weeks", "the second quarter", "the last time").
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "last", "next", "final", "straight", "consecutive", "several", "many", "few",
                       "a", "an", "one"})


# Verbs whose "for" names what is asked or demanded (a closed class): "called for at least 20 years in prison"
# asks for a term, however long.
_ASKING_VERBS = frozenset({"call", "ask", "plead", "appeal", "beg", "press", "push", "petition", "clamor"})


def _span_of_comparison(preposition: Token) -> bool:
    """Whether a phrase after the noun of time is the stretch the turn is counted in ("for the first time in
    nearly three years", "for the second time in a decade") or since ("for the first time since 2019"): a
    "since", or an "in" whose object is a unit of the calendar. "20 years in prison" (a place) is a thing's
    length."""
    if preposition.lower_ == "since":
        return True
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return preposition.lower_ == "in" and noun is not None and noun.lemma_.lower() in TIME_UNITS


def duration_after(preposition: Token) -> bool:
    """Whether ``preposition`` ("for") opens a length or turn of time (see the module's docstring)."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma not in TIME_UNITS and lemma not in _TURNS:
        return False
    if preposition.head.lemma_.lower() in _ASKING_VERBS:
        return False  # ("Mandatory sentencing called for at least 20 years in prison": the term asked)
    children = list(noun.children)
    if any(c.dep_ == "prep" and not _span_of_comparison(c) for c in children):
        return False  # ("called for three days of mourning", "… 20 years in prison": a thing's length)
    counted = any(c.dep_ in ("nummod", "quantmod") or c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL"
                  for c in children)
    return counted or (lemma in TIME_UNITS and noun.tag_ == "NNS")
