"""A government, a campaign or an era named after its leader: "the Trump administration", "the Starmer government".

American and British news names a government by its head's surname, written as a modifier of the kind noun: "the
Trump administration", "the Biden White House", "the Netanyahu government", "the Obama years", "Trump's
campaign" aside. The small model often calls such a surname a body ("Trump" ORG), and where the article never
names the person otherwise, the set's vote keeps it one. A capitalised name right before one of these nouns,
modifying it, is the leader's name, so a person, unless it is a known place ("the Kyiv administration", "the
Kenya government": a city's or a country's), a party's or a kind of government's word ("the Labour government",
"the Transitional Government") or written in capitals (an acronym, "the EPA administration").
:func:`names_its_leader` is evidence for the set-wide vote, as a kind noun in apposition is
(:mod:`toolkit.nlp.evidence`).

Example:
    >>> names_its_leader(doc[5:6])  # "A federal judge blocked the Trump administration from …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import PARTY_ADJECTIVES

# The kind nouns of a government, a campaign or a time named after the one who led it.
_LED_THINGS = frozenset({"administration", "administrations", "presidency", "government", "cabinet", "campaign",
                         "era", "years", "regime", "junta", "doctrine", "premiership", "tenure", "transition"})

# Capitalised words before those nouns that name no leader: a party or a creed ("the Labour government", "the
# Taliban regime"), a kind of government ("the Transitional Government", "the Federal Government").
_NO_LEADER = PARTY_ADJECTIVES | frozenset({"tory", "communist", "socialist", "taliban", "soviet", "nationalist",
                                            "green", "military", "federal", "coalition", "unity", "interim",
                                            "transitional", "provisional", "national", "state", "city", "county",
                                            "district", "regional", "provincial", "municipal", "royal", "imperial",
                                            "islamic", "civilian", "puppet", "new", "old", "former", "current"})


def names_its_leader(span: Span) -> bool:
    """Whether a one-word name the model called a body modifies a noun of a government or an era it leads.

    Args:
        span: an entity span.
    """
    if span.label_ != "ORG" or len(span) != 1:
        return False  # (the cheap tests first: this is asked of every mention; a surname is one word, and a name of
        # two or three words before "government" is more often a place's or a body's: "the Hong Kong government")
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _LED_THINGS or not doc[span.end].is_lower:
        return False
    if span.root.head.i != span.end or span.root.dep_ not in ("compound", "nmod", "amod"):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span):
        return False  # "the EPA administration", "the U.S. government"
    if {t.lower_ for t in span} & (_NO_LEADER | NOT_PERSON_WORDS):
        return False
    return not is_known_place(span.text, cities=True)
