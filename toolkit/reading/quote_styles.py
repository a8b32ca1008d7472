"""Quote styles: a text that marks its quotations with single quotation marks, read as double.

Most news marks a quotation with double marks and a quotation inside it with single ones. British
tabloids and some agencies do the reverse ('He's got to make a deal,' the president said), and
their pages would then have no quotation at all for the extractors, which read double marks
only. :func:`as_double_quotations` finds the pairs of single marks that enclose words, and when
the text's quotations are all of that kind (any double marks lie inside them) it swaps the two
kinds, character for character: every offset into the text still points at the same place in
the source, so provenance is kept; only the marks a briefing shows change.

An apostrophe is no quotation mark: one inside a word ("Trump's", "don't"), one that shortens a
word at its start ("'90s", "rock 'n' roll", "'em") and a plural possessive ("the leaders' talks")
are left. Where a single mark could close a quotation or end a possessive, the first mark that
cannot be a possessive closes it.

Example:
    >>> as_double_quotations("The president said: 'He's got to make a deal.'")
    'The president said: “He\\'s got to make a deal.”'
"""

from __future__ import annotations

import re

_SINGLE_OPEN = "'‘"
_SINGLE_CLOSE = "'’"
_DOUBLE = "“”\"«»"

# What a quotation's opening mark may follow, and its closing mark may precede.
_BEFORE_OPENING = set("([{—–-/:\"“")
_AFTER_CLOSING = set(".,;:!?)]}—–-\"”…")

# Words an apostrophe shortens at their start: " 'em", "rock 'n' roll", "'til", "'tis".
_ELIDED = re.compile(r"(?:em|n|til|cause|bout|tis|twas|s)\b", re.IGNORECASE)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in _BEFORE_OPENING) or after.isspace() or after.isdigit():
        return False
    return text[i] == "‘" or not _ELIDED.match(text, i + 1)


def _closes(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else "\n"
    return j > 0 and not text[j - 1].isspace() and (after.isspace() or after in _AFTER_CLOSING)


def _may_be_possessive(text: str, j: int) -> bool:
    """"the leaders' talks": a mark after a plural's "s", followed by a lower-case word."""
    return text[j - 1] in "sS" and text[j + 1:j + 2] == " " and text[j + 2:j + 3].islower()


def single_quotation_pairs(text: str) -> list[tuple[int, int]]:
    """``(opening, closing)`` offsets of the single marks that enclose words, paragraph by paragraph.

    A quotation that runs on into the next paragraph (British style reopens each paragraph without
    closing the one before) pairs its opening mark with ``-1``.
    """
    marks = [m.start() for m in _SINGLE_MARK.finditer(text)]  # (one pass over the text for both kinds)
    opening = [i for i in marks if text[i] in _SINGLE_OPEN and _opens(text, i)]
    if not opening:
        return []
    closing = [i for i in marks if text[i] in _SINGLE_CLOSE and _closes(text, i)]
    pairs: list[tuple[int, int]] = []
    taken = -1
    for n, i in enumerate(opening):
        if i <= taken:
            continue
        line_end = text.find("\n", i)
        line_end = len(text) if line_end < 0 else line_end
        # a closing mark after the next opening one is that quotation's
        limit = min(opening[n + 1] if n + 1 < len(opening) else line_end, line_end)
        candidates = [j for j in closing if i + 1 < j < limit]
        if candidates:
            j = next((j for j in candidates if not _may_be_possessive(text, j)), candidates[0])
            pairs.append((i, j))
            taken = j
        elif limit == line_end and _next_paragraph_reopens(text, line_end):
            pairs.append((i, -1))
    return pairs


_SINGLE_MARK = re.compile("['‘’]")


def _next_paragraph_reopens(text: str, end: int) -> bool:
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and text[k] in _SINGLE_OPEN and _opens(text, k)


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def as_double_quotations(text: str) -> str:
    """``text`` with its quotation marks swapped when it quotes with single marks (see the module).

    Unchanged when it has no pair of single marks around words, or has a double mark outside them
    (then double marks are its quotation marks, and single ones mark quotations inside those).
    """
    if "'" not in text and "‘" not in text:
        return text
    pairs = single_quotation_pairs(text)
    if not pairs:
        return text
    inside = [(i, j if j >= 0 else _line_end(text, i)) for i, j in pairs]
    for m in re.finditer(f"[{_DOUBLE}]", text):
        if not any(i < m.start() < j for i, j in inside):
            return text
    chars = list(text)
    for m in re.finditer(f"[{_DOUBLE}]", text):  # a quotation inside a quotation: single marks now
        chars[m.start()] = "‘" if m.group() in "“«" or (m.group() == '"' and _opens(text, m.start())) else "’"
    for i, j in pairs:
        chars[i] = "“"
        if j >= 0:
            chars[j] = "”"
    return "".join(chars)
