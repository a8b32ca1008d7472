"""Names written as three or more capitalised words run together: "RealClearPolitics", "GoFundMe".

English writes common words apart; capitalised words run together into one ("RealClearPolitics",
"GoFundMe", "OpenStreetMap") are a brand's or a website's name, which the small model, having never
seen the word, often leaves untagged ("in the RealClearPolitics average"). Two parts are not enough
("YouTuber" is a common noun, "OpenGL", "CentOS", "ZooMS" are software and methods); a hashtag or a
handle ("#LetHerSpeak", "@FrankLaRose") is no name of a body.

Example:
    >>> [e.text for e in run_together_names(nlp("Biden led in the RealClearPolitics average."), set())]  # doctest: +SKIP
    ['RealClearPolitics']
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SHAPE
from spacy.tokens import Doc, Span

# Three or more capitalised words with no space between them, each of a capital and lower-case letters.
_RUN_TOGETHER = re.compile(r"^(?:[A-Z][a-z]+){3,}$")
_RUN_TOGETHER_SHAPE = re.compile(r"^(?:Xx+){3,}$")
# What stands before a hashtag or a handle, or glues a caption's credit to a name ("…Image:").
_MARKS = frozenset({"#", "@"})
_CAPTION_ENDINGS = ("Image", "Photo", "Picture")


def run_together_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Bodies named by one word of three or more capitalised words run together, which no entity covers.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity.
    """
    found = []
    if not len(doc):
        return found
    # A word the pattern matches has a shape the shape pattern matches (spaCy's shape writes a
    # capital "X", a lower-case letter "x", at most four alike in a row; "LONG" for 100+
    # characters): the few tokens of such shapes are found in the Doc's array of shapes, by
    # their distinct values (a Python object for every token of a long text cost 0.4 ms a document).
    shapes = doc.to_array(SHAPE)
    strings = doc.vocab.strings
    wanted = [value for value in np.unique(shapes).tolist()
              if _RUN_TOGETHER_SHAPE.match(strings[value]) or strings[value] == "LONG"]
    for i in np.flatnonzero(np.isin(shapes, wanted)).tolist() if wanted else ():
        token = doc[i]
        if token.i in taken or not token.is_alpha or not _RUN_TOGETHER.match(token.text):
            continue
        if token.text.endswith(_CAPTION_ENDINGS):
            continue  # "Bill HammonsImage": a caption's credit glued to the name, not a name
        if token.i > 0 and doc[token.i - 1].text in _MARKS and not doc[token.i - 1].whitespace_:
            continue
        found.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return found
