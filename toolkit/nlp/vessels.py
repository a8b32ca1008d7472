"""A ship taken up by a description: "Indian Naval Ship Sukanya … found herself … The ship was escorting …".

News names a ship once, by its prefix and name ("USS Cole", "HMS Defender", "INS Sukanya", "Indian Naval Ship
Sukanya", "MV Rhosus"), then goes on with "the ship", "the warship", "the vessel" (and, as English does for a ship,
"she"). The act is the named ship's: :func:`vessel_named_before` gives the one ship named before a definite
description of a ship, when the text has named one and only one. The small model labels such names at random (a
body, a place, a product) or not at all, so the prefix tells a ship's name, not the label.

Example:
    >>> vessel_named_before(doc[12])  # "The ship" after "Indian Naval Ship Sukanya"  # doctest: +SKIP
    'Indian Naval Ship Sukanya'
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from toolkit.nlp.headlines import headline_ranges
from toolkit.nlp.lookups import doc_text

# Nouns that describe a ship.
SHIP_NOUNS = frozenset("""ship warship vessel frigate destroyer cruiser carrier submarine tanker ferry freighter liner
    corvette trawler yacht tug icebreaker""".split())

# A ship's name: a prefix of navies and merchant fleets, or a navy's prefix written out ("Indian Naval Ship"), then
# one to three capitalised words.
_SHIP_NAME = re.compile(r"\b(?:(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|MV|M/V|RMS|RV|NOAAS)|(?:[A-Z][a-z]+ )?Naval Ship)"
                        r"(?: [A-Z][\w-]*){1,3}")


def vessel_named_before(token: Token) -> str | None:
    """The name of the one ship named before a definite description of a ship ("the ship", "the warship"), or None.
    A headline's words are left out: in title case every word is capitalised ("Indian Naval Ship Interdicts Three
    Pirate Vessels").

    Args:
        token: the head noun of a noun phrase.
    """
    if token.lower_ not in SHIP_NOUNS or token.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in ("compound", "poss", "appos") for c in token.children):
        return None
    text = doc_text(token.doc)[:token.idx]
    lines = headline_ranges(token.doc)
    names = {m.group() for m in _SHIP_NAME.finditer(text) if not any(a <= m.start() < b for a, b in lines)}
    return names.pop() if len(names) == 1 else None
