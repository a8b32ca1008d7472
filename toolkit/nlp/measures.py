"""Verbs that measure their subject rather than tell what it did.

:func:`toolkit.nlp.circumstances.is_state` asks this of every candidate verb. Rules of English
news language:

* "average" with an amount for object ("Under Biden, inflation averaged nearly 5%", "Past EVD
  outbreak mortality rates … averaged around 50%"): a mean over a period, a measure, in any
  tense, as "total" and "number" are;
* a simple past "took" or "lasted" with a length of time for object and no particle ("The issuance
  of a combined operating license took 48-60 months", "The 22-mile (35-km) journey took 22
  minutes"): how long something told was, not an act of the journey; "took two days off" (a
  particle) and "took first prize" (no length of time) are acts, and a habit ("Existing treatments
  have tended to take hours to set") is left to the rules of habits, which make its verb the event.
  A modal "take" or "last" with a length of time foretells one ("fixing the island's largest power
  plant, which was damaged by the quake, may take a year", "He could take 10 years to approve or
  disapprove something"): a measure too. A length of time with an adjective is a thing taken ("if
  you could take a sabbatical year"), no measure.
* "come in" with a common noun of a thing for subject and a level after it ("Core inflation came in
  below economists' expectations", "Wholesale inflation came in much lower than expected in
  February"): a figure reported, as "stood at" is; a person who "came in second" in a race acts
  (the event golds list "Bernie Sanders came in second"), and has no thing for subject.

The lengths of time are a closed lexical class (the units of the calendar and the clock), as are
the words of a level (comparatives and the prepositions of a scale).

Example:
    >>> measures_its_subject(doc[2], "take")  # "The journey took 22 minutes"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import MODALS, names_a_measure
from toolkit.nlp.descriptions import names_a_thing

# Units of the clock and the calendar: a noun of these with a number is a length of time.
TIME_UNITS = frozenset("""second minute hour day night week fortnight month year decade century""".split())

# Adjectives of quantity and extent that leave a length of time a length ("a few hours", "a full year").
_QUANTITY_ADJECTIVES = frozenset({"few", "several", "many", "full", "whole", "entire", "additional", "extra",
                                  "further", "more", "less", "fewer", "other", "couple"})

# Verbs whose object, a length of time, measures how long their subject went on.
_DURATION_VERBS = frozenset({"take", "last"})


def _is_amount(token: Token) -> bool:
    """Whether an object is a number or an amount ("nearly 5%", "1,837 gotaways", "78.8 years")."""
    return token.like_num or token.pos_ == "NUM" or names_a_measure(token) \
        or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _is_length_of_time(token: Token) -> bool:
    """Whether an object is a length of time ("22 minutes", "48-60 months", "more than 20,000 hours",
    "hours")."""
    if any(c.dep_ == "amod" and c.lower_ not in _QUANTITY_ADJECTIVES for c in token.children):
        return False  # ("a sabbatical year": a thing taken, not how long)
    return token.lemma_.lower() in TIME_UNITS and (token.tag_ == "NNS" or any(
        c.dep_ in ("nummod", "quantmod") or c.lower_ in ("a", "an", "one") for c in token.children))


# Words of a level after "came in": the prepositions of a scale and comparatives (tag JJR, RBR).
_LEVEL_PREPOSITIONS = frozenset({"below", "above", "under", "over", "at", "beneath", "ahead"})


def _comes_in_at_a_level(verb: Token) -> bool:
    """Whether ``verb`` is "came in" with a thing for subject and a level right after "in"
    (adverbs of degree between allowed), see the module's docstring."""
    doc = verb.doc
    if verb.lemma_.lower() != "come" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "in":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not names_a_thing(subject):
        return False
    k = verb.i + 2
    while k < len(doc) - 1 and doc[k].pos_ == "ADV" and doc[k].tag_ == "RB":
        k += 1  # ("came in much lower", "came in notably weaker")
    return doc[k].lower_ in _LEVEL_PREPOSITIONS or doc[k].tag_ in ("JJR", "RBR")


def measures_its_subject(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is "average" with an amount for object, a simple past or modal "take"/"last"
    with a length of time for object and no particle, or a thing's "came in" at a level (see the
    module's docstring)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] \
        or [c for c in verb.children if c.dep_ == "npadvmod"]  # ("lasted 22 minutes"; not "took office last year")
    if _comes_in_at_a_level(verb):
        return True
    if lemma == "average":
        return any(c.dep_ == "dobj" and _is_amount(c) for c in objects)
    # (a modal auxiliary of English, clauses.MODALS: the length of time is foretold, "may take a year")
    foretold = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    if lemma not in _DURATION_VERBS or (verb.tag_ != "VBD" and not foretold) \
            or any(c.dep_ in ("prt", "auxpass") for c in verb.children):
        return False
    return any(_is_length_of_time(c) for c in objects)
