"""A quotation under a "Quote:" label is the words of the one the "Source:" line before names.

Some outlets lay a report out in labelled paragraphs (Ukrainska Pravda's English edition: "Source: Zelensky at a
meeting with journalists" ⏎ "Quote: “We will not leave Donbas. …”" ⏎ "Details: …"). The quotation then stands
alone in its paragraph, with no verb of saying and no speaker beside it: the "Source:" line above says whose words
they are. :func:`labelled_source` reads it: the first person named on that line (else the first body), when the
quotation opens a paragraph labelled "Quote:" and a "Source:" line stands in the few paragraphs before.

A fact check's claim block names its speaker on the line under the claim ("CLAIM" ⏎ "“You should have never
started it.”" ⏎ "Who said it: Donald Trump, Feb. 18, 2025, at Mar-a-Lago" ⏎ "VERDICT: FALSE"; "Said by: …"):
:func:`speaker_on_next_line` reads the first person named there for a quotation on the line above (round wire34c).

Example:
    >>> labelled_source(doc, text, para, start, index)  # "Source: Zelensky at …⏎⏎Quote: “We will …”"  # doctest: +SKIP
    'Volodymyr Zelensky'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_QUOTE_LABEL = re.compile(r"[ \t]*Quote[ \t]*:[ \t]*[“\"]?")
_SOURCE_LINE = re.compile(r"^[ \t]*Source[ \t]*:[ \t]+(?P<line>\S[^\n]*)$", re.MULTILINE)
# How far back a "Source:" line may stand: the labelled paragraphs of one report.
_LOOK_BACK = 1500


def labelled_source(doc: Doc, text: str, para: int, start: int, index) -> str | None:
    """The speaker the "Source:" line names for the quotation at ``start``, opening the paragraph at ``para``
    after a "Quote:" label; None otherwise.

    Args:
        doc: the document's Doc (its repaired entities).
        text: ``doc.text``.
        para: where the quotation's paragraph starts.
        start: where the quotation's words start (inside the marks).
        index: the set's entity index, for the canonical name.
    """
    if not _QUOTE_LABEL.fullmatch(text, para, start):
        return None
    sources = list(_SOURCE_LINE.finditer(text, max(0, para - _LOOK_BACK), para))
    if not sources:
        return None
    line_start, line_end = sources[-1].start("line"), sources[-1].end("line")
    named = [e for e in doc.ents if line_start <= e.start_char and e.end_char <= line_end
             and e.label_ in ("PERSON", "ORG")]
    named.sort(key=lambda e: (e.label_ != "PERSON", e.start_char))
    if not named:
        return None
    return index.canonical(named[0].text, named[0].label_) or named[0].text


# The label of the line under a fact check's claim that names who made it.
_SAID_BY_LINE = re.compile(r"[ \t]*(?:Who said it|Said by|Speaker|Claimed by|Made by|Attributed to)[ \t]*:[ \t]+"
                           r"(?P<line>\S[^\n]*)")


def speaker_on_next_line(doc: Doc, text: str, start: int, index) -> str | None:
    """The person the line under the quotation at ``start`` names after "Who said it:" or "Said by:"; None when
    the next line is no such label or names no person.

    Args:
        doc: the document's Doc (its repaired entities).
        text: ``doc.text``.
        start: where the quotation's words start (inside the marks).
        index: the set's entity index, for the canonical name.
    """
    line_end = text.find("\n", start)
    if line_end < 0:
        return None
    label = _SAID_BY_LINE.match(text, line_end + 1)
    if label is None:
        return None
    named = [e for e in doc.ents if label.start("line") <= e.start_char and e.end_char <= label.end("line")
             and e.label_ == "PERSON"]
    if not named:
        return None
    return index.canonical(named[0].text, named[0].label_) or named[0].text
