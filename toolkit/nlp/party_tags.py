"""A legislator's party and state in brackets after the name, as Brazil's press writes them: "deputy Arthur Lira
(PP-AL)", "Hugo Motta (Republicanos-PB)", "Senate president Davi Alcolumbre (União-AP)".

Brazilian news (and its English editions) tags each member of Congress with the party's short name, a hyphen and
the state's two-letter code in brackets. The small model reads the tag as one body ("Republicanos-PB" ORG), takes
the state's code for an agency ("AP" ORG of "União-AP"), or runs the person's name into the body before it when an
office sets it off ("The president of the Chamber, Hugo Motta (Republicanos-PB), said" → "Chamber, Hugo Motta"
ORG; round wire40). :func:`party_tags_after_legislators` reads the tag: the party is a body (ORG), the state's code
no name of its own, and the name before the bracket a person's (PERSON), split off the body the model ran it into
at the comma.

Only a bracket holding a party's name (a capitalised word or an acronym of two letters or more; a single letter is
the American "(R-AL)", :mod:`toolkit.nlp.district_codes`), a hyphen and two capital letters, and nothing else,
right after two or three capitalised proper nouns.

Example:
    >>> [(e.text, e.label_) for e in party_tags_after_legislators(doc, ents)]  # "deputy Arthur Lira (PP-AL)"  # doctest: +SKIP
    [('Arthur Lira', 'PERSON'), ('PP', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of

# The fewest and the most words of the legislator's name before the bracket.
_SHORTEST_NAME, _LONGEST_NAME = 2, 3


def _tag_at(doc: Doc, opening: int) -> bool:
    """Whether the bracket at ``opening`` holds "<Party>-<XX>" and nothing else."""
    if opening + 4 >= len(doc):
        return False
    party, hyphen, state, closing = doc[opening + 1:opening + 5]
    return (closing.text == ")" and hyphen.text == "-" and not party.whitespace_ and not hyphen.whitespace_
            and len(state.text) == 2 and state.text.isupper() and state.is_alpha
            and party.is_alpha and len(party.text) >= 2 and (party.is_upper or party.is_title))


def _name_before(doc: Doc, opening: int) -> int | None:
    """The start of the two or three capitalised proper nouns right before the bracket."""
    start = opening
    while start > 0 and opening - start < _LONGEST_NAME and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    return start if opening - start >= _SHORTEST_NAME else None


def party_tags_after_legislators(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make the party of a Brazilian legislator's tag a body, drop the names the model made of the tag, and make
    the name before it a person (see the module).

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found: list[tuple[int, int, int]] = []  # (the name's start, the bracket, the party)
    for i in indices_of(doc, ORTH, ("(",)):
        if _tag_at(doc, i) and (start := _name_before(doc, i)) is not None:
            found.append((start, i, i + 1))
    if not found:
        return ents
    names = {k: (start, opening) for start, opening, _ in found for k in range(start, opening)}
    tags = {k for _, opening, _ in found for k in range(opening + 1, opening + 4)}
    out: list[Span] = []
    for e in ents:
        inside = [k for k in range(e.start, e.end) if k in names]
        if any(k in tags for k in range(e.start, e.end)):
            continue  # "Republicanos-PB" ORG, "AP" ORG: the tag is read below
        if inside:
            start = names[inside[0]][0]
            if e.start < start and doc[start - 1].text == ",":
                end = start - 1  # "Chamber, Hugo Motta": the body before the comma stays one
                out.append(Span(doc, e.start, end, label=e.label_))
            continue
        out.append(e)
    out += [Span(doc, start, opening, label="PERSON") for start, opening, _ in found]
    out += [Span(doc, party, party + 1, label="ORG") for _, _, party in found]
    return sorted(out, key=lambda e: e.start)
