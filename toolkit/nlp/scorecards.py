"""Players in a scorecard's brackets: "India 176 for 7 (Kohli 76, Axar 47, Maharaj 2-23, Nortje 2-26)".

Cricket reports give each side's total and, in brackets, its best batters with their runs and best bowlers with
their figures ("2-23": two wickets for 23 runs), each player by surname or by the name the game knows him by; football
reports list scorers so too ("Kane 23, Saka 70"). The small model reads such an item as a date ("Dube 27"), a law
("Nortje 2-26") or a body ("Axar 47"), the player's name and his figure as one. :func:`players_in_scorecards` finds a
bracket holding three items or more, each one to three words of a name and a figure after it, and makes each name
a person (PERSON), the figure no part of it, dropping whatever entity the model made of the item.

Example:
    >>> [(e.text, e.label_) for e in players_in_scorecards(doc, list(doc.ents))]  # doctest: +SKIP
    [('India', 'GPE'), ('Kohli', 'PERSON'), ('Axar', 'PERSON'), ...]
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NAME_PARTICLES
from toolkit.nlp.lookups import indices_of

# A player's figure: runs ("76"), wickets and runs ("2-23", "2/23"), a minute ("23'"), or a part of one.
_FIGURE = re.compile(r"\d{1,3}(?:[-/–]\d{1,3})?\*?'?|[-/–*']")
_FEWEST_ITEMS = 3
_LONGEST_BRACKET = 60


def _items(doc: Doc, start: int, end: int) -> list[tuple[int, int, int]] | None:
    """A bracket's items (``doc[start:end]`` inside the brackets) as (first, end of the name, end of the item) token
    indices, or None when an item is not a name and a figure."""
    names, i = [], start
    while i < end:
        j = i
        while j < end and doc[j].text != ",":
            j += 1
        k = i  # the name's words: capitalised, or a particle written small between them ("de Kock")
        while k < j and (doc[k].is_alpha and (doc[k].is_title or doc[k].lower_ in NAME_PARTICLES)) and k - i < 3:
            k += 1
        if k == i or k == j or not doc[k - 1].is_title or not all(_FIGURE.fullmatch(t.text) for t in doc[k:j]) \
                or not any(t.text[:1].isdigit() for t in doc[k:j]):
            return None
        names.append((i, k, j))
        i = j + 1
    return names


def players_in_scorecards(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each player of a scorecard's brackets a person (see the module's docstring).

    Args:
        doc: the parsed text.
        ents: entity spans in document order, none overlapping.
    """
    players: list[Span] = []
    items: set[int] = set()  # the tokens of every item, name and figure
    for opening in indices_of(doc, ORTH, {"("}):
        if opening == 0 or not doc[opening - 1].like_num:
            continue  # (the bracket follows the side's total or score: "176 for 7 (", "Arsenal 2 (")
        closing = next((c for c in range(opening + 1, min(len(doc), opening + _LONGEST_BRACKET))
                        if doc[c].text in (")", "(")), None)
        if closing is None or doc[closing].text != ")":
            continue
        names = _items(doc, opening + 1, closing)
        if names is None or len(names) < _FEWEST_ITEMS:
            continue
        players += [Span(doc, first, last, label="PERSON") for first, last, _ in names]
        items.update(i for first, _, end in names for i in range(first, end))
    if not players:
        return ents
    kept = [e for e in ents if not any(i in items for i in range(e.start, e.end))]
    return sorted(_players_named_again(doc, kept, players, items) + players, key=lambda e: e.start)


# The labels the model gives a player named again in the report, in full or by the scorecard's name.
_MISLABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "PRODUCT"})


def _players_named_again(doc: Doc, ents: list[Span], players: list[Span], items: set[int]) -> list[Span]:
    """The report's other names of the scorecard's players, made people: the name the scorecard gives alone ("Rohit"
    ORG), or a name of two or three capitalised words whose first or last word it is ("Kuldeep Yadav" ORG after
    "(… Kuldeep 2-40 …)", round wire41); and the untagged full name whose first word it is ("Rohit Sharma's 83-ball
    76"). A known place is left as it is."""
    names = {p.text for p in players if len(p) == 1}
    if not names:
        return ents
    out: list[Span] = []
    for e in ents:
        if (e.label_ in _MISLABELS and 1 <= len(e) <= 3 and all(t.is_title and t.is_alpha for t in e)
                and (e[0].text in names or e[-1].text in names) and not is_known_place(e.text)
                and not any(is_known_place(t.text) for t in e)):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    taken = {i for e in out for i in range(e.start, e.end)} | items
    for i in indices_of(doc, ORTH, names):
        if (i not in taken and i + 1 < len(doc) and i + 1 not in taken and doc[i + 1].is_title
                and doc[i + 1].is_alpha and doc[i + 1].pos_ == "PROPN" and not is_known_place(doc[i + 1].text)
                and doc[i].whitespace_):
            out.append(Span(doc, i, i + 2, label="PERSON"))
            taken.update((i, i + 1))
    return out
