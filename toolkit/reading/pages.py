"""Saved web pages: the article's text and the page's own metadata, by trafilatura.

A page saved from a news site is mostly not the article: navigation, a cookie banner,
"related" and "most read" boxes, a footer. trafilatura (a maintained library made for
exactly this, with htmldate for the date) finds the article's paragraphs and reads the
page's metadata: ``og:title``, ``og:site_name``, ``article:published_time``, the canonical
URL, or what htmldate finds in the markup when the page declares no date. Hand-written
rules would have to relearn what it already knows about thousands of sites.

The text of a page *as read* is the article's paragraphs, one blank line between two;
every character offset of the toolkit is into that text.

Example:
    >>> page = read_page(open("story.html").read(), path="story.html")    # doctest: +SKIP
    >>> page.title, page.outlet, page.published  # doctest: +SKIP
    ('Ferry crews walk out over night-shift rota', 'Northern Ledger', '2024-03-12')
"""

from __future__ import annotations

import logging
import re
from typing import NamedTuple

from toolkit.core.errors import SourceError
from toolkit.reading.markup import visible_text

# Markup given to trafilatura, at most: its tree costs about fifty bytes of memory per
# character of markup (a 20 MB page took 1 GB and a minute). News pages are well under
# this; from a longer one the beginning is read (its metadata is in <head>), and the
# reader is told (:attr:`Page.cut`).
MAX_PAGE_CHARS = 2_000_000

# htmldate reads the dates a page declares (metadata, <time>, structured data, the URL);
# its extensive search would also guess from any date in the text, such as a copyright
# year or a related story's date, and a wrong published date moves every "on Friday".
_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_NEWLINES = re.compile(r"\s*\n\s*")
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.I)
# A sentence: three words or more, the last ending in . ! ? or … (then perhaps a closing quote or bracket).
_SENTENCE = re.compile(r"\w+\W+\w+.*?\s\S*\w[\"'”’)\]]*[.!?…][\"'”’)\]]*(?:\s|$)")


class Page(NamedTuple):
    """What a page holds: its article text and metadata (None where the page says nothing).

    Attributes:
        text: the article's paragraphs, separated by blank lines.
        body_start: where the body begins in ``text`` (after a headline that repeats the title).
        title, outlet, published, url: as the page gives them; ``published`` is ``YYYY-MM-DD``.
        cut: True when only the first :data:`MAX_PAGE_CHARS` characters of markup were read.
    """

    text: str
    body_start: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    cut: bool


class NoArticle(SourceError):
    """Raised when a page holds no article text; ``empty`` tells a page with no text at all."""

    def __init__(self, message: str, *, empty: bool):
        super().__init__(message)
        self.empty = empty


def read_page(markup: str, *, path: str = "<page>") -> Page:
    """The article of one web page and its metadata.

    Raises:
        NoArticle: when trafilatura finds no article text (a page of links, a login wall, an
            index page); its message names ``path`` and says whether the page had any text.
    """
    import trafilatura

    cut = len(markup) > MAX_PAGE_CHARS
    if cut:
        markup = markup[:MAX_PAGE_CHARS]
    if not _DOCUMENT.search(markup):
        # trafilatura expects a whole page and refuses a bare fragment ("<p>…</p>", a page
        # saved without its <html>): give it one, and let the parser put a <title> in the head.
        markup = f"<html>{markup}</html>"
    found = _quietly(trafilatura.bare_extraction, markup, with_metadata=True,
                     include_comments=False, include_tables=True, include_images=False, include_links=False,
                     date_extraction_params=_DATE_OPTIONS)
    paragraphs = _paragraphs(found.text if found is not None else "")
    # On a page with no article trafilatura may still return what text there is ("News",
    # "Sport", "Accept all"): an article has at least one sentence, which page furniture lacks.
    if not any(_SENTENCE.search(p) for p in paragraphs):
        has_text = bool(visible_text(markup)[0])
        raise NoArticle(f"{path}: no article text in the page" + (
            " (only navigation, links, banners or other parts of the page around an article)" if has_text else ""),
            empty=not has_text)
    title = _clean(found.title)
    body_start = 0
    if title and _same(paragraphs[0], title) and len(paragraphs) > 1:
        body_start = len(paragraphs[0]) + 2  # the headline repeats the title: the body starts after it
    return Page("\n\n".join(paragraphs), body_start, title, _clean(found.sitename), _clean(found.date),
                _clean(found.url), cut)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content or summary, an export's body).

    By trafilatura, as a page's article is, with the plain reader of
    :mod:`toolkit.reading.markup` for the short fragments it keeps nothing of (a one-line
    summary). Paragraphs are separated by blank lines; scripts and styles never become text.
    """
    import trafilatura

    wrapped = f"<html><body><article>{fragment}</article></body></html>"
    found = _quietly(trafilatura.bare_extraction, wrapped, favor_recall=True, include_comments=False,
                     include_tables=True, include_images=False, include_links=False)
    paragraphs = _paragraphs(found.text if found is not None else "")
    if not paragraphs:
        paragraphs = _paragraphs(visible_text(fragment)[0])
    return "\n\n".join(paragraphs)


def _quietly(function, *args, **kwargs):
    """Call trafilatura with its logger silenced: a page it cannot use is reported by the
    caller, once, naming the file, not as a log line without one."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return function(*args, **kwargs)
    except (ValueError, TypeError):
        return None
    finally:
        logger.setLevel(level)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in _NEWLINES.split(text or "") if line.strip()]


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _same(line: str, title: str) -> bool:
    return line.casefold().strip(" .") == title.casefold().strip(" .")
