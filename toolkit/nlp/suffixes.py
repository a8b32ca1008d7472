"""Generational suffixes of people's names ("Theodore Roosevelt, Jr.", "Robert F. Kennedy, Jr."), which the
small model, when a comma stands between, reads on their own as a place ("Jr", GPE).

A suffix after a comma belongs to the name before it and names no one alone: :func:`drop_lone_suffixes` drops
an entity that is only such a suffix right after a person's name and a comma (the index folds the suffix
out of the person's name: ``toolkit.evaluation.scoring.normalise_name``).

Example:
    >>> [e.text for e in drop_lone_suffixes(list(doc.ents))]  # "Born on this day in 1858, Theodore Roosevelt, Jr. …"  # doctest: +SKIP
    ['1858', 'Theodore Roosevelt']
"""

from __future__ import annotations

from spacy.tokens import Span

# The generational suffixes of English names, a closed class (with and without the full stop).
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def drop_lone_suffixes(ents: list[Span]) -> list[Span]:
    """Drop the entities that are only a generational suffix after a person's name and a comma.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (len(ent) == 1 and ent[0].lower_ in _SUFFIXES and ent.label_ != "PERSON" and ent.start >= 2
                and doc[ent.start - 1].text == "," and out and out[-1].label_ == "PERSON"
                and out[-1].end == ent.start - 1):
            continue  # "Theodore Roosevelt, Jr.": the suffix is the person's
        out.append(ent)
    return out
