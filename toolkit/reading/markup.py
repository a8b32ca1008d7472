"""The visible text of markup, by one linear pass: what is left of a page that is not an article.

Web pages are read by trafilatura (:mod:`toolkit.reading.pages`), which finds the article
among the page's furniture. This plain reader is what remains for markup that holds no
article: it tells a page with no text at all from a page whose text is all navigation,
and reduces a title or a fragment that trafilatura has nothing to say about.

Example:
    >>> visible_text("<title>Talks</title><p>Putin met <b>Trump</b>.</p>")
    ('Putin met Trump.', 'Talks')
"""

from __future__ import annotations

import html
import re

_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
                     "article"})
_HIDDEN = ("script", "style", "noscript")  # elements whose content is not text
# A tag: ``<name`` or ``</name``, attributes, ``>``. Neither the tag nor a quoted value in it
# may contain ``<``: a tag that is never closed is then given up at the next ``<``, so no
# character is scanned twice by a failed tag (``<a <a <a …``).
_TAG = re.compile(r"""<(/?)([a-zA-Z][^\s/<>]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")
# Runs of spaces and tabs become one space (only the runs that change are matched), blank
# lines one blank line.
_BLANKS = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_OPENING = re.compile(r"<[a-zA-Z/!?]")  # any other "<" is text
# A character reference, bounded (html.unescape of ``&#`` and 5,000 digits raises ValueError).
_CHARREF = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[a-zA-Z][a-zA-Z0-9]{0,31};?)")


class _Next:
    """The next match of ``pattern`` in ``text`` at or after a position, for positions that only grow.

    A search that found nothing is not repeated for a later position, and one that found a
    match answers every position up to it: the text is scanned about once in all, however
    many unclosed comments or ``<script>`` tags ask.
    """

    def __init__(self, text: str, pattern: re.Pattern):
        self.text, self.pattern = text, pattern
        self.asked, self.found = len(text) + 1, -1

    def find(self, start: int) -> int:
        if not (self.asked <= start and (self.found < 0 or self.found >= start)):
            match = self.pattern.search(self.text, start)
            self.asked, self.found = start, match.start() if match else -1
        return self.found


def _unescape(text: str) -> str:
    return _CHARREF.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def visible_text(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page (scripts and styles dropped) and its ``<title>``.

    One pass, linear in the markup: every search starts where an earlier one ended or is
    answered by it. (``html.parser`` re-scans the rest of the page for each construct it
    cannot close: 1 MB of ``</</</…`` took 77 s, ``<a <a …`` hours, and ``<![<![…`` raised
    AssertionError.) What is never closed is text, as typed: an unclosed tag or comment is
    kept, never the rest of the page dropped; only an unclosed ``<script>``, ``<style>`` or
    ``<noscript>`` hides the rest, as in a browser.
    """
    parts: list[str] = []  # the text since the last flush
    done: list[str] = []  # the text before it, blanks already collapsed
    title: str | None = None
    pending = ""  # blanks at the end of the last flush: a run of blanks is collapsed whole

    def flush(last: bool = False) -> None:
        # Pieces are joined and their blanks collapsed as they come, never as millions of
        # strings at once (a 20 MB page of paragraphs held 400 MB in the pieces of one sub()).
        nonlocal pending
        chunk = pending + "".join(parts)
        parts.clear()
        kept = chunk if last else chunk.rstrip()
        pending = chunk[len(kept):]
        done.append(_BLANK_LINES.sub("\n\n", _BLANKS.sub(" ", kept)))

    closers = {name: _Next(markup, re.compile(rf"</{name}[\s/>]", re.I)) for name in (*_HIDDEN, "title")}
    comment_end = _Next(markup, re.compile("-->"))
    tag_end = _Next(markup, re.compile(">"))
    pos = text_from = 0
    last_gt = markup.rfind(">")  # every construct but an unclosed comment ends with ">": after it all is text
    while (opening := _OPENING.search(markup, pos)) and (i := opening.start()) < last_gt:
        if len(parts) >= 4096:
            flush()
        tag = _TAG.match(markup, i)
        if tag:
            parts.append(_unescape(markup[text_from:i]))
            name, pos = tag.group(2).lower(), tag.end()
            if not tag.group(1) and name in closers:
                end = closers[name].find(pos)
                if name == "title":
                    if end >= 0:  # an unclosed <title> is ignored: its text is the page's
                        title = (title or "") + _unescape(markup[pos:end]).strip()
                        pos = end
                elif end < 0:
                    pos = len(markup)  # an unclosed <script>: the rest is script
                else:
                    pos = end
            elif name in _BLOCKS:
                parts.append("\n")
            text_from = pos
        elif markup.startswith("<!--", i):
            end = comment_end.find(i + 4)
            if end >= 0:
                parts.append(_unescape(markup[text_from:i]))
                pos = text_from = end + 3
            else:
                pos = i + 4
        elif markup.startswith(("<!", "<?"), i) or (markup.startswith("</", i) and not markup[i + 2:i + 3].isalpha()):
            end = tag_end.find(i + 2)  # a declaration, processing instruction or bogus comment
            if end >= 0:
                parts.append(_unescape(markup[text_from:i]))
                pos = text_from = end + 1
            else:
                pos = i + 2
        else:
            pos = i + 1  # "</" and a letter that is not an end tag: text
    parts.append(_unescape(markup[text_from:]))
    flush(last=True)
    return "".join(done).strip(), title
