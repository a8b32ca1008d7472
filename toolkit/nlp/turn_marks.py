"""Turn marks: the label in double brackets that opens a turn of a published interview.

Interviews print each turn after its speaker's mark at the start of a line: initials or a full
name in double brackets, sometimes with a colon after them ("((WN)) How close do these stars
get?", "((WSS)) : Which past U.S. president(s) …", "((Thomas Rivinius)) Ah, well yes, …"). Two
steps read the mark: the entity repairs (:mod:`toolkit.nlp.turn_labels`: initials are no body, a
full name is a person's) and the reading of an interview's turns as its speakers' words
(:mod:`toolkit.nlp.interviews`). Both find it here, so that they agree on what a mark is.

Example:
    >>> [(m.label, m.words) for m in bracketed_marks("((WN)) Why?\\n((Ann Lee)) Because.")]
    [('WN', 7), ('Ann Lee', 24)]
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from spacy.attrs import ORTH
from spacy.tokens import Doc

from toolkit.nlp.lookups import doc_text, indices_of

# The mark: a label of up to 40 characters between "((" and "))" opening a line, then blanks and
# an optional colon before the turn's words (on the same line: a mark alone on its line opens no turn).
_BRACKETED = re.compile(r"^\(\(([^()\n]{1,40})\)\)[^\S\n]*:?[^\S\n]*", re.M)


class TurnMark(NamedTuple):
    """One turn's mark: its label as printed, the label's characters, and where the turn's words begin."""

    label: str
    start: int
    end: int
    words: int


def _mark(found: re.Match) -> TurnMark:
    return TurnMark(found.group(1), found.start(1), found.end(1), found.end())


def bracketed_mark(text: str, start: int, end: int) -> TurnMark | None:
    """The mark that opens the paragraph ``text[start:end]``, if one does.

    Args:
        text: a document's text.
        start: where the paragraph begins (the start of a line).
        end: where it ends.
    """
    found = _BRACKETED.match(text, start, end)
    return None if found is None else _mark(found)


def bracketed_marks(text: str) -> Iterator[TurnMark]:
    """Every mark that opens a line of ``text``, in text order."""
    return (_mark(found) for found in _BRACKETED.finditer(text))


def doc_marks(doc: Doc) -> list[TurnMark]:
    """The marks of a parsed text, read from ``doc.text`` only when a line opens with two brackets.

    spaCy joins ``doc.text`` anew from every token on each read, and most texts are no interviews:
    the tokenizer splits "((" in two, so two bracket tokens at the start of a line are looked for
    in the Doc's arrays first.
    """
    for i in indices_of(doc, ORTH, ("(",)):
        if i + 1 < len(doc) and doc[i + 1].text == "(" and (i == 0 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text):
            return list(bracketed_marks(doc_text(doc)))
    return []
