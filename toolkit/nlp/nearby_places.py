"""Places the model took for people or peoples after "nearby": "In nearby Hiko, a … was underway".

"Nearby" before a proper noun locates it ("in nearby Hiko", "the nearby Cotabato Trench"): people and
peoples are not said to be nearby in news English; what is nearby is a place. Where the adjective
"nearby" modifies a name's own head word (not a noun after it: "the nearby Eastern Shoshone
reservation") and the model called the name a person or a nationality, it is a place: a landform
(LOC) when the name ends in a landform's head word, else a town or region (GPE).

A report of strikes lists them by place, each line opening with "Near": "Near Ar Raqqah, 15 strikes engaged …",
"Near Palmyra, one strike destroyed …". The model runs the capitalised preposition into the name and calls the run
a person ("Near Ar Raqqah", PERSON). What is near is a place: :func:`places_after_opening_near` cuts the
preposition off a name opening a sentence or a line and makes the name a place ("Ar Raqqah", GPE); "the Near East"
keeps its "Near". Where the model tagged nothing ("Near Dayr Az Zawr, five strikes destroyed …"),
:func:`untagged_places_after_opening_near` takes the capitalised words between the opening "Near" and the comma for
the place.

Example:
    >>> [(e.text, e.label_) for e in nearby_places(list(doc.ents))]   # doctest: +SKIP
    [('Hiko', 'GPE')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS
from toolkit.nlp.lookups import indices_of


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


# The compass nouns after "Near" in a region's own name ("the Near East").
_COMPASS_NOUNS = frozenset({"east", "west", "north", "south"})


def _opened_by_near(ent: Span) -> bool:
    """Whether the name opens with a capitalised "Near" that opens its sentence or line ("Near Palmyra, …")."""
    first = ent[0]
    if len(ent) < 2 or first.text != "Near" or ent[1].lower_ in _COMPASS_NOUNS or not ent[1].is_title:
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    return first.is_sent_start or before is None or before.is_punct or before.is_space


def places_after_opening_near(ents: list[Span]) -> list[Span]:
    """Cut an opening "Near" off the name the model ran it into, and make the name a place ("Near Ar Raqqah",
    PERSON → "Ar Raqqah", GPE; a landform's name LOC)."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC") and _opened_by_near(ent):
            label = ent.label_ if ent.label_ in ("GPE", "LOC", "FAC") else "LOC" if ent[-1].lower_ in LOC_HEADS else "GPE"
            ent = Span(ent.doc, ent.start + 1, ent.end, label=label)
        out.append(ent)
    return out


_LONGEST_PLACE = 4  # words of a place's name between "Near" and the comma ("Dayr Az Zawr", "Al Huwayjah")


def untagged_places_after_opening_near(doc: Doc, taken: set[int]) -> list[Span]:
    """The untagged places between a "Near" that opens a sentence or a line and the comma after them ("Near Rawah,
    two strikes …" → "Rawah", GPE; a landform's name LOC, a building's FAC): one to four capitalised words.

    Args:
        doc: the parsed text.
        taken: the indices of the tokens already in an entity.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, ("Near",)):
        before = doc[i - 1] if i else None
        if not (doc[i].is_sent_start or before is None or before.is_punct or before.is_space):
            continue
        end = i + 1
        while (end < len(doc) and end - i <= _LONGEST_PLACE and end not in taken and doc[end].is_title
               and doc[end].is_alpha):
            end += 1
        if end == i + 1 or end >= len(doc) or doc[end].text != "," or doc[i + 1].lower_ in _COMPASS_NOUNS:
            continue
        last = doc[end - 1].lower_
        found.append(Span(doc, i + 1, end, label="LOC" if last in LOC_HEADS else "FAC" if last in FAC_HEADS else "GPE"))
    return found
