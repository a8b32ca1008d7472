"""Places the model took for people or peoples after "nearby": "In nearby Hiko, a … was underway".

"Nearby" before a proper noun locates it ("in nearby Hiko", "the nearby Cotabato Trench"): people and
peoples are not said to be nearby in news English; what is nearby is a place. Where the adjective
"nearby" modifies a name's own head word (not a noun after it: "the nearby Eastern Shoshone
reservation") and the model called the name a person or a nationality, it is a place: a landform
(LOC) when the name ends in a landform's head word, else a town or region (GPE).

Example:
    >>> [(e.text, e.label_) for e in nearby_places(list(doc.ents))]   # doctest: +SKIP
    [('Hiko', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import LOC_HEADS


def _after_nearby(ent: Span) -> bool:
    """Whether the word right before the name is "nearby", an adjective modifying the name's head."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.lower_ == "nearby" and before.head.i == ent.root.i and before.dep_ in ("amod", "advmod")
            and ent.root.dep_ not in ("compound", "amod"))


def nearby_places(ents: list[Span]) -> list[Span]:
    """Relabel as places the people and nationalities named right after the adjective "nearby"."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("PERSON", "NORP") and _after_nearby(ent):
            ent = Span(ent.doc, ent.start, ent.end, label="LOC" if ent[-1].lower_ in LOC_HEADS else "GPE")
        out.append(ent)
    return out
