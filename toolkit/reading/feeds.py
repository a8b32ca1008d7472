"""RSS and Atom feeds: one document per entry, by feedparser.

feedparser reads every RSS and Atom version and their common extensions, survives the
malformed feeds found in the wild, and removes scripts, styles and event handlers from
the markup it returns; a hand-written reader would do none of that as well. An entry's
text is its full content where the feed carries it, else its summary (marked
:attr:`Entry.summary_only`), reduced to text by the route a page's text takes
(:func:`toolkit.reading.pages.fragment_text`). The outlet is the feed's title.

Example:
    >>> feed = read_feed(open("wire.rss", "rb").read(), path="wire.rss")   # doctest: +SKIP
    >>> [(e.number, e.title, e.published, e.summary_only) for e in feed.entries]  # doctest: +SKIP
    [(1, 'Ferry talks resume', '2024-03-14', False), (2, 'Council names mediator', '2024-03-15', True)]
"""

from __future__ import annotations

import email.utils
import io
import re
import time
from typing import NamedTuple

from toolkit.core.errors import SourceError
from toolkit.reading.markup import visible_text
from toolkit.reading.pages import fragment_text

FEED_SUFFIXES = (".rss", ".atom")
# An .xml file is read as a feed when its root element is one: <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0).
_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?!\d)")


class Entry(NamedTuple):
    """One entry of a feed: ``number`` counts from 1 in the feed's order; ``published`` is ``YYYY-MM-DD``."""

    number: int
    title: str | None
    link: str | None
    published: str | None
    text: str
    summary_only: bool


class Feed(NamedTuple):
    title: str | None
    entries: list[Entry]
    encoding: str


def is_feed(data: bytes) -> bool:
    """True when the bytes are an RSS or Atom feed (its root element, in the first 4 KB)."""
    return bool(_ROOT.search(data[:4096]))


def read_feed(data: bytes, *, path: str = "<feed>") -> Feed:
    """The entries of one feed.

    Raises:
        SourceError: naming ``path``, when the bytes are no feed feedparser can read.
    """
    import feedparser

    # A stream, never bytes or text: feedparser opens a string (or bytes) that names a file
    # or a URL, and a feed's bytes must never lead it to read or fetch anything.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise SourceError(f"{path}: not a readable RSS or Atom feed ({' '.join(str(problem).split())[:200]})")
    outlet = _plain(parsed.feed.get("title"))
    entries = [_entry(number, entry) for number, entry in enumerate(parsed.entries, start=1)]
    return Feed(outlet, entries, str(parsed.get("encoding") or "utf-8").lower())


def _entry(number: int, entry) -> Entry:
    text, summary_only = "", False
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        text = _text(max(contents, key=lambda c: len(c.get("value") or "")))
    if not text and (entry.get("summary") or "").strip():
        text, summary_only = _text(entry.get("summary_detail") or {"value": entry.get("summary")}), True
    published = None
    for key in ("published", "updated", "created"):
        published = as_iso_date(entry.get(key), entry.get(f"{key}_parsed"))
        if published:
            break
    return Entry(number, _plain(entry.get("title")), (entry.get("link") or "").strip() or None, published, text,
                 summary_only)


def _text(detail) -> str:
    value = detail.get("value") or ""
    if detail.get("type") == "text/plain":
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", value) if p.strip())
    return fragment_text(value)


def _plain(value) -> str | None:
    """A title as text: any markup in it (an HTML title) reduced, blanks collapsed."""
    if not isinstance(value, str):
        return None
    text = " ".join(visible_text(value)[0].split()) if "<" in value or "&" in value else " ".join(value.split())
    return text or None


def as_iso_date(raw, parsed=None) -> str | None:
    """A date as written (ISO 8601 or RFC 822), ``YYYY-MM-DD`` in the writer's own time zone, not UTC.

    Example:
        >>> as_iso_date("Tue, 12 Mar 2024 23:30:00 -0500"), as_iso_date("2024-03-12T08:00:00Z")
        ('2024-03-12', '2024-03-12')
    """
    if isinstance(raw, str) and raw.strip():
        match = _ISO_DATE.match(raw)
        if match:
            return match.group(1)  # Atom, W3C-DTF
        try:
            return email.utils.parsedate_to_datetime(raw.strip()).date().isoformat()  # RSS, RFC 822
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if isinstance(parsed, time.struct_time):
        return time.strftime("%Y-%m-%d", parsed)
    return None
