"""An artist's picture of what no camera saw, named in a caption: "Artist's rendering of Spacecraft Stardust",
"Artist's impression of the planet Proxima b" ("Artist", a person or a body to the small model).

Science news shows a spacecraft, a planet or a dinosaur as an artist drew it, and the caption opens with the
phrase of the trade, the first word capitalised as a line's first word is. "Artist's" before a noun of a
picture (impression, rendering, conception, illustration, depiction, concept, drawing, reconstruction) names no
one: :func:`drop_artists_impressions` drops the entity "Artist".

Example:
    >>> [e.text for e in drop_artists_impressions(list(nlp("Artist's impression of the planet Proxima b.").ents))]  # doctest: +SKIP
    ['Proxima']
"""

from __future__ import annotations

from spacy.tokens import Span

_ARTISTS = frozenset({"artist", "artists"})
_PICTURES = frozenset("""impression impressions rendering renderings rendition conception conceptions illustration
    illustrations depiction depictions concept drawing drawings reconstruction reconstructions""".split())


def drop_artists_impressions(ents: list[Span]) -> list[Span]:
    """Drop "Artist" of "Artist's impression …" and the like.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        doc = ent.doc
        if (len(ent) == 1 and ent[0].lower_ in _ARTISTS and ent.end + 1 < len(doc)
                and doc[ent.end].lower_ in ("'s", "’s", "'", "’") and doc[ent.end + 1].lower_ in _PICTURES):
            continue
        out.append(ent)
    return out
