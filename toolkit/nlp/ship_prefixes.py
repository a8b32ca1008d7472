"""Ships named with their prefix ("HMS Victory", "USS Enterprise", "the Border Force vessel HMC Searcher").

English names a ship by a prefix of capitals that says whose ship it is or what drives it (a closed class: HMS, HMC,
HMCS, HMAS, HMNZS, RFA, USS, USNS, USCGC, RMS, MV; Indonesia's KMP, a motor ferry, "the KMP Tunu Pratama Jaya", round
wire35b) and the ship's name after it. The small model tags the prefix alone
as a body ("HMC" ORG) or the name as a person. A vehicle is no entity the conventions list (as
:mod:`toolkit.nlp.products` has it): :func:`ships_by_prefix` makes the prefix and the one to three capitalised words
after it one name, a product (PRODUCT), in place of the names the model found inside it; the model's own name of the
whole ship is left to it, and a ship named after a person the model tags ("MV Alan Kurdi") keeps the person's name
(as :func:`~toolkit.nlp.products.product_kind` has it), only its prefix tagged alone as a body ("MV" ORG) going.
Prefixes that are also words or other bodies' initials ("SS", "MS", "INS") are left out.

Round entities64: the model's own name of the whole ship keeps its span but not a person's or a body's label
("USS Hopper" PERSON, "HMS Daring" ORG: a prefix in capitals opens no one's name; a ship of a person's full name,
"MV Alan Kurdi", is left as above), and the hull number a navy's
release gives in brackets after the name ("USS Hopper (DDG 70)", "HMS Ocean (L 12)") is no body's initials.

Example:
    >>> [(e.text, e.label_) for e in ships_by_prefix(doc, list(doc.ents))]  # doctest: +SKIP
    [('HMC Searcher', 'PRODUCT'), ('The Solent', 'LOC'), …]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of

_SHIP_PREFIXES = frozenset({"HMS", "HMC", "HMCS", "HMAS", "HMNZS", "RFA", "USS", "USNS", "USCGC", "RMS", "MV", "KMP"})
_LONGEST = 3


def ships_by_prefix(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each ship's prefix and name made one PRODUCT (see the module)."""
    at = indices_of(doc, ORTH, _SHIP_PREFIXES)
    if not at:
        return ents
    ships: list[Span] = []
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    prefixes: set[int] = set()  # prefixes tagged alone before a ship named after a person: dropped
    hulls: set[int] = set()  # the tokens of hull numbers in brackets after a ship's name ("(DDG 70)")
    relabelled: dict[int, Span] = {}
    for i in at:
        end = i + 1
        while end < len(doc) and end - i <= _LONGEST and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == i + 1:
            continue  # a prefix alone ("the USS", "an MV"): no ship's name
        own = by_token.get(i)
        _hull_number(doc, end, hulls)
        if own is not None and own.start == i and own.end == end:
            if own.label_ in ("PERSON", "ORG", "GPE", "NORP") and end == i + 2:
                # "USS Hopper" PERSON, "HMS Daring" ORG; a ship of a person's full name ("MV Alan Kurdi") may
                # share the person's mentions (products.product_kind) and is left
                relabelled[i] = Span(doc, i, end, label="PRODUCT")
            continue  # the model's own name of the ship, whole ("cargo ship MV Namse Bangdzod"): left to it
        named = by_token.get(i + 1)
        if named is not None and named.label_ == "PERSON":
            # a ship named after a person ("the ship MV Alan Kurdi", after the drowned boy) shares the person's name
            # and mentions (products.product_kind): only the prefix tagged alone as a body goes
            if own is not None and len(own) == 1:
                prefixes.add(i)
            continue
        ships.append(Span(doc, i, end, label="PRODUCT"))
    if prefixes or hulls or relabelled:
        ents = [relabelled.get(e.start, e) for e in ents
                if (e.start not in prefixes or len(e) != 1) and not any(t.i in hulls for t in e)]
    if not ships:
        return ents
    spans = [(s.start, s.end) for s in ships]
    kept = [e for e in ents if not any(e.start < b and a < e.end for a, b in spans)
            or any(e.start < a or e.end > b for a, b in spans if e.start < b and a < e.end)]
    ships = [s for s in ships if not any(e.start < s.end and s.start < e.end for e in kept)]
    return sorted(kept + ships, key=lambda e: e.start)


def _hull_number(doc: Doc, end: int, hulls: set[int]) -> None:
    """Add to ``hulls`` the tokens of a hull number in brackets right after a ship's name ending at ``end``: a
    type code in capitals and a number ("(DDG 70)", "(L 12)")."""
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper and doc[end + 1].is_alpha \
            and doc[end + 2].like_num and doc[end + 3].text == ")":
        hulls.update((end + 1, end + 2))
