"""The ends of an extent: what a line, a route or a territory runs from and to is a place.

News describes a railway, a pipeline, a road or a district by where it runs: "the pipeline runs from Baku to
Ceyhan", "the division extends from Chamarajanagar", "it goes up to Raidurga", "just short of Hubli up to
Karajagi". The small model, not knowing the towns, calls them people or bodies; but nothing stretches,
extends or goes up to a person. A name that is the object of "from", "to", "till" or "until" under a verb of
extent (extend, stretch, span, reach, run; not a phrasal verb with another particle, "reached out to
Richardson"), or under "go" or "come" with "up", "down" or "short of" between, is a place.

Example:
    >>> end_of_extent(nlp("It extends from Chamarajanagar.")[3:4])  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

# Verbs of extent, whose "from" and "to" give the ends of a line or a territory: a closed class.
_EXTENT_VERBS = frozenset({"extend", "stretch", "span", "reach", "run"})
# Verbs of motion that give an extent's end only with a particle of direction ("goes up to", "comes down to").
_MOTION_VERBS = frozenset({"go", "come"})
_ENDS = frozenset({"from", "to", "till", "until"})
_DIRECTIONS = frozenset({"up", "down"})


def end_of_extent(span: Span) -> bool:
    """Whether a name is where something runs from or to ("extends from Chamarajanagar", "goes up to
    Raidurga", "just short of Hubli")."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    head = prep.head
    marked = False  # a particle of direction or "short of" between the verb and the preposition
    if prep.lower_ == "of" and head.lower_ == "short":
        head, marked = head.head, True
    elif prep.lower_ not in _ENDS:
        return False
    if head.lower_ in _DIRECTIONS and head.i < prep.i:
        head, marked = head.head, True
    elif any(c.lower_ in _DIRECTIONS and c.dep_ in ("prt", "advmod") and c.i == prep.i - 1 for c in head.children):
        marked = True  # "goes up to Raidurga", the parser hanging "to" on the verb beside its particle
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "prt" and c.lower_ not in _DIRECTIONS for c in head.children):
        return False  # "reached out to Richardson", "reach out to the Secret Service": a phrasal verb of contact
    return head.lemma_ in _EXTENT_VERBS or (marked and head.lemma_ in _MOTION_VERBS)
