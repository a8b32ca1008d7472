"""A wing of politics named by its side: "the Radical Left", "the Far Left", "the Far Right".

English names the sides of politics "left" and "right", and news and speeches capitalise them after a word of
degree ("the Radical Left", "the Far Left", "the Hard Right", "the Alt-Right"). That is a position or the people
who hold it, no body, party or person; the small model tags it a body ("Radical Left" ORG) or, with a noun after
it, runs it into the name of the party that follows ("Radical Left Democrats"). :func:`drop_political_wings`
drops the wing and keeps what follows it as the name.

Example:
    >>> [e.text for e in drop_political_wings(list(nlp("Counter Radical Left violence.").ents))]  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.tokens import Span
# Words of degree that name a wing of politics before "left" or "right".
_DEGREES = frozenset({"far", "radical", "hard", "extreme", "ultra", "alt"})
_SIDES = frozenset({"left", "right"})


def drop_political_wings(ents: list[Span]) -> list[Span]:
    """The entities without a wing of politics at their front, whatever the model's label: the span dropped when
    nothing follows the wing, cut to what follows when a name does ("Radical Left Democrats" → "Democrats")."""
    out: list[Span] = []
    for ent in ents:
        end = _wing_end(ent)
        if end is None:
            out.append(ent)
        elif end < ent.end and ent.doc[end].is_title:
            out.append(Span(ent.doc, end, ent.end, label=ent.label_))
    return out


def _wing_end(ent: Span) -> int | None:
    """Where the wing at the front of an entity ends ("the Radical Left", "Far-Left"), or None."""
    doc = ent.doc
    k = ent.start + (doc[ent.start].lower_ == "the")
    if k < ent.end and doc[k].lower_ in _DEGREES and doc[k].is_title:
        k += 1
        if k < ent.end and doc[k].text in ("-", "‐") and not doc[k - 1].whitespace_:
            k += 1  # "Alt-Right", "Far-Left" split at the hyphen
        if k < ent.end and doc[k].lower_ in _SIDES and doc[k].is_title:
            return k + 1
    return None
