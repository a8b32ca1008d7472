"""Towns named in their formal style ("the City of Laredo"), which the small model cuts before the town.

Local government is named by a noun of polity, "of" and the place: "the City of Melbourne", "the City of
Laredo", "the Borough of Queens", "the County of Kent". The model often tags "the City of" as one place
and the town as another, and the repairs then drop the "of" (a name never ends in a connector), leaving
a place "City" that no text names. A capitalised polity noun, alone or after "the", tagged as a place or
a body right before "of" and a place is the opening of that place's formal style: the two are one place.

Example:
    >>> [e.text for e in repair_entities(nlp("The City of Laredo had 21 overdose deaths.")).ents]  # doctest: +SKIP
    ['The City of Laredo', '21']
"""

from __future__ import annotations

from spacy.tokens import Span

# Nouns of local polities that open a formal style ("the City of …", "the Borough of …"): a closed class.
_TOWN_NOUNS = frozenset({"city", "town", "borough", "county", "municipality", "shire", "village", "township",
                         "parish", "district", "province", "state"})


def towns_in_formal_style(ents: list[Span]) -> list[Span]:
    """Join "the City" and the place after "of" into one place ("the City of Laredo")."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        doc = ent.doc
        read = nxt is not None and ent.label_ in ("GPE", "LOC", "ORG")  # (the others passed by before their words)
        words = [t for t in ent if t.lower_ != "the"] if read else []
        if (nxt is not None and len(words) == 1 and words[0].lower_ in _TOWN_NOUNS and words[0].is_title
                and ent.label_ in ("GPE", "LOC", "ORG") and ent.end < len(doc) and doc[ent.end].lower_ == "of"
                and nxt.start == ent.end + 1 and nxt.label_ == "GPE"):
            out.append(Span(doc, ent.start, nxt.end, label="GPE"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out
