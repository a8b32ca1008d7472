"""Hearing news: the news is the event, the hearing no act of its own (round ev45a).

"Anwar wept upon hearing her son had been convicted" (Wikinews, 2020): what is heard is a clause, the conviction,
which the golds list; "hear" here only says how the news reached her. The small model often reads the clause's
subject as the object of "hear" ("hearing her son | had been convicted"), which gave the row "Anwar hear her son".
A verb of perceiving news ("hear") is no event when a clause is its content: a clause complement, or an object
followed at once by the finite verb or auxiliary of the clause it is the subject of.

Not so: "hear" with an object and no clause ("The court heard arguments from both sides", "The judge heard the
case on Monday"), which is an act of a court, and "learn", whose clause is a finding the golds list ("a police
constable … learned they were responsible for the jackal's death", events-dev22).

Example:
    >>> perceives_news(doc[10], "hear")   # "wept upon hearing her son had been convicted"   # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import FINITE_TAGS

# Verbs of perceiving news (a lexical class). Not "learn": what the police "learned" of a crime is a finding, which
# the golds list as an act of its own (events-dev22: "a police constable … learned they were responsible …").
_PERCEIVING = frozenset({"hear"})


def perceives_news(verb: Token, lemma: str) -> bool:
    """Whether a verb of perceiving has a clause of news for content (see the module's docstring)."""
    if lemma not in _PERCEIVING:
        return False
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return True
        if child.dep_ == "dobj" and (after := child.right_edge.i + 1) < len(doc) and doc[after].tag_ in FINITE_TAGS \
                and doc[after].head.i != verb.i:
            return True  # "hearing her son had been convicted": the object is the clause's subject
    return False
