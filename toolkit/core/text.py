"""What several layers agree on about article text: quotation marks, the labels of who is involved.

Kept in core, not beside the extractors, so that the tables of :mod:`toolkit.analysis` and
the views of :mod:`toolkit.present` can use them without importing spaCy.
"""

from __future__ import annotations

import re

# The marks a reported quotation may carry at either end: straight and curly, single and
# double, guillemets and the German low opening mark.
QUOTE_MARKS = "\"'“”‘’«»„"

# The entity labels that name who is involved: people, organisations and places (not
# nationalities, events, laws or works).
WHO_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def strip_quote_marks(text, *, through_spaces: bool = False) -> str:
    """``text`` without the quotation marks around it, and without the spaces around those.

    Args:
        text: a quotation as reported (any value; it is turned into a string).
        through_spaces: also strip marks that a space sets apart from the others, so that
            ``“ ‘Yes’ ”`` becomes ``Yes`` rather than ``‘Yes’``. The merged quotations of
            :mod:`toolkit.analysis.compare` strip this way and the quotation views of
            :mod:`toolkit.present.views` do not; each keeps the text it has always shown, so
            that sharing this function changes no briefing.

    Example:
        >>> strip_quote_marks(" “Yes ‘we can’ ” "), strip_quote_marks("“Yes ‘we can’ ”", through_spaces=True)
        ('Yes ‘we can’', 'Yes ‘we can')
    """
    marks = QUOTE_MARKS + " " if through_spaces else QUOTE_MARKS
    return str(text).strip().strip(marks).strip()


# Control characters, ANSI/OSC escape sequences among them, and the bidirectional overrides
# that reorder what a terminal shows: article text and params values never reach a terminal
# with them (a title could otherwise rewrite the screen or the window title).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text) -> str:
    """``text`` safe to print on a terminal: each control character shown as ``\\xNN`` / ``\\uNNNN``.

    Tabs and newlines stay. Lone surrogates (from undecodable bytes) are shown escaped too.

    Example:
        >>> printable("Title\\x1b]0;owned\\x07 ok")
        'Title\\\\x1b]0;owned\\\\x07 ok'
    """
    text = str(text)

    def shown(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = _UNPRINTABLE.sub(shown, text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


# A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    """A CSV cell a spreadsheet shows as text: a string starting like a formula gets a leading ``'``.

    Numbers and other non-strings are returned unchanged (a negative number is no formula).

    Example:
        >>> inert_cell("=SUM(A1:A9)"), inert_cell(-2.5), inert_cell("Trump")
        ("'=SUM(A1:A9)", -2.5, 'Trump')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def printable_json(text: str) -> str:
    """JSON text safe on a terminal: control characters inside its strings as ``\\uNNNN`` escapes.

    The result is still valid JSON holding the same data (``json.dumps`` already escapes
    C0 controls; this adds C1 controls, bidirectional overrides and lone surrogates).
    """
    text = _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if _has_surrogate(text):
        text = "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text
