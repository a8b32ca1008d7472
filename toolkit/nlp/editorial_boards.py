"""A newspaper's editorial board: "New York Post Editorial Board: “…”", "Washington Reporter Editorial Board".

An editorial is signed by the paper's board, and news names the board by the paper's name and "Editorial Board".
The board is the paper speaking, no body of its own; but the small model tags the whole run a body, or the
paper's first word a place and the board a person ("Washington" GPE, "Editorial Board" PERSON of "Washington
Reporter Editorial Board"). :func:`papers_of_editorial_boards` makes the capitalised words before "Editorial
Board" the paper (ORG) and drops the board.

Example:
    >>> [e.text for e in papers_of_editorial_boards(list(nlp("Washington Reporter Editorial Board: “…”").ents))]  # doctest: +SKIP
    ['Washington Reporter']
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.lookups import indices_of


_EDITORIAL = frozenset({"Editorial"})


def _board_at(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i].lower_ == "editorial" and doc[i + 1].lower_ == "board" and doc[i].is_title


def papers_of_editorial_boards(ents: list[Span]) -> list[Span]:
    """The entities with each "<paper> Editorial Board" read as the paper: the capitalised proper nouns right before
    "Editorial Board" (two to five, the first of them in an entity or opening the run) one body; the board's own
    span and the pieces of the paper's name the model tagged are dropped."""
    if not ents:
        return ents
    doc = ents[0].doc
    papers = []
    # (only a token written "Editorial" can open a board: looked up in the Doc's array, not token by token)
    for i in indices_of(doc, ORTH, _EDITORIAL):
        if not 1 <= i < len(doc) - 1 or not _board_at(doc, i):
            continue
        start = i
        while start > 0 and i - start < 5 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if i - start >= 2 or (i - start == 1 and doc[start].ent_type_ == "ORG"):
            papers.append((start, i))
    if not papers:
        return ents
    out = [e for e in ents if not any(e.start < i + 2 and e.end > start for start, i in papers)]
    out += [Span(doc, start, i, label="ORG") for start, i in papers]
    return sorted(out, key=lambda e: e.start)
