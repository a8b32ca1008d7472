"""Pictographs (emoji and other symbols) that open a line as its bullet: no part of a name.

Press pages and posts open a list's lines with a pictograph instead of a dash ("💰 Tax refunds in 2026 are
projected to be the largest ever: …", "📉 The trade deficit nosedived …"). The tagger reads the symbol as a
proper noun and may run it into a name with the capitalised word after it ("💰 Tax" ORG). A symbol is no
letter of a name: :func:`is_pictograph` tells such a token, which a name's span drops from its front, and
:func:`opens_after_bullet` tells the word after the bullet, which opens its line as a sentence's first word
does (so a common word capitalised there, which the text also writes in lower case, is no name).

Example:
    >>> is_pictograph("💰"), is_pictograph("Tax")
    (True, False)
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

# Unicode's categories of symbols that are no letters, digits or punctuation: other symbols (emoji, dingbats,
# arrows) and modifier symbols (skin tones); the joiners and selectors inside emoji are format marks or marks.
_SYMBOL_CATEGORIES = frozenset({"So", "Sk"})
_JOINING_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


def is_pictograph(text: str) -> bool:
    """Whether ``text`` is written in symbols only ("💰", "🧑‍🎓", "➡️"), no letter or digit among them."""
    if not text:
        return False
    categories = [unicodedata.category(c) for c in text]
    return any(c in _SYMBOL_CATEGORIES for c in categories) and all(
        c in _SYMBOL_CATEGORIES or c in _JOINING_CATEGORIES for c in categories)


def opens_after_bullet(token: Token, sent_start: int) -> bool:
    """Whether every token between its sentence's start and ``token`` is a pictograph (one at least)."""
    doc = token.doc
    return token.i > sent_start and all(is_pictograph(doc[i].text) for i in range(sent_start, token.i))
