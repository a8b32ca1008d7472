""""CBD", which the small model reads as a body: a city's central business district, or cannabidiol.

News of Australia, New Zealand and South Africa names a city's centre "the CBD" or "the Central Business
District" ("the Melbourne CBD (second only to Sydney)", "London CBD [Central Business District]"), and health
news names cannabidiol "CBD" ("medical marijuana and CBD research"). The model calls the letters, or the
spelt-out kind, an organisation, and the town's district a law. Neither is a body: "CBD" or "Central Business
District" alone is no entity, and a known town before "CBD" names that town's district, a place.

Example:
    >>> [(e.text, e.label_) for e in repair_entities(nlp("the Melbourne CBD is the engine.")).ents]  # doctest: +SKIP
    [('the Melbourne CBD', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import span_text

_DISTRICT = ("CBD", "Central Business District")


def business_districts(ents: list[Span]) -> list[Span]:
    """Drop "CBD" and "Central Business District" alone; label "<town> CBD" a place."""
    out: list[Span] = []
    for ent in ents:
        surface = span_text(ent)
        if "CBD" not in surface and "District" not in surface:
            out.append(ent)  # (no district's word: passed by before a Token is made per word)
            continue
        words = [t for t in ent if t.lower_ != "the"]
        text = " ".join(t.text for t in words)
        if ent.label_ not in ("CARDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") and words:
            if text in _DISTRICT:
                continue  # "using CBD", "London CBD [Central Business District]": a kind of district or a drug
            if len(words) >= 2 and words[-1].text == "CBD" and is_known_place(
                    " ".join(t.text for t in words[:-1]), cities=True):
                ent = Span(ent.doc, ent.start, ent.end, label="GPE")  # "the Melbourne CBD": the town's district
        out.append(ent)
    return out
