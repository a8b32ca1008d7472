"""Places the model calls bodies: a one-word name tagged ORG in every mention that the text uses as a place.

The small model, not knowing a region's name, tags it a body wherever it stands ("Under President Obama, they lost
Crimea.", "I guess Crimea?", "Crimea was given by Obama", White House remarks, 2025); the set-wide vote counts each of
those tags as a reading, and the one sentence that says what the name is ("when Crimea was annexed": only a place is
annexed) is outvoted. The tags, repeated where the sentence says nothing of the name, are one guess from the word,
not a majority of readings: where the text uses the name as a place (the object of a verb only a place takes, a
bearing taken from it, its region after a comma, the area it names, a list of places) and nowhere as a body (cited as
a source, posted on, listed among bodies, described as one, with a title in front), it is a place.

Example:
    >>> place_called_a_body(crimea_mentions, "Crimea")   # one "annexed", four untold, all ORG  # doctest: +SKIP
    True
"""

from __future__ import annotations

from toolkit.nlp.surfaces import Mention

# Evidence that a name is a body's: it is cited, posted on, listed or described as one, or holds a title.
_BODY_EVIDENCE = frozenset({"source", "medium", "medium-post", "body-list", "party-list", "is-ORG", "investor", "title"})
# Evidence that only a place fits: the object of a verb only a place takes ("annexed Crimea"), a bearing taken from
# it ("east of Carrascal"), its region after a comma, the area named by it, a list of places it is one of ("in",
# "near" and a place's context are said of bodies too: "in NATO").
_SURE_PLACE_EVIDENCE = frozenset({"place-object", "place-bearing", "place-apposition", "place-area", "place-list"})


def place_called_a_body(group: list[Mention], surface: str) -> bool:
    """Whether a name's mentions, all tagged ORG by the model, use it as a place somewhere and as a body nowhere (see
    the module); never a name in capitals (a body's initials: "entered NATO")."""
    if surface.isupper() or any(m.label != "ORG" for m in group):
        return False
    return (not any(m.evidence in _BODY_EVIDENCE for m in group)
            and any(m.evidence in _SURE_PLACE_EVIDENCE for m in group))
