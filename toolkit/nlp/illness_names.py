"""Peoples' adjectives that name an illness ("the Spanish flu"), which the small model tags as peoples.

English names some epidemics after where they were thought to come from: "the Spanish flu", "the Asian
flu", "German measles". The adjective there names no people; the model tags it NORP all the same ("Just like
the Spanish Flu that shaped the 20th century"). A people's adjective right before an illness noun of this
naming (flu, influenza, measles: a closed class) is part of the illness's name, no entity.

Example:
    >>> [e.text for e in repair_entities(nlp("Just like the Spanish Flu that shaped the 20th century.")).ents]  # doctest: +SKIP
    ['the 20th century']
"""

from __future__ import annotations

from spacy.tokens import Span

# Illness nouns that English names after a people ("the Spanish flu", "German measles").
_ILLNESS_NOUNS = frozenset({"flu", "influenza", "measles"})


def drop_illness_adjectives(ents: list[Span]) -> list[Span]:
    """Drop a people's adjective that opens an illness's name ("the Spanish Flu")."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ == "NORP" and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _ILLNESS_NOUNS:
            continue
        out.append(ent)
    return out
