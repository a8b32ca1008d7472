"""The records of a source set: :class:`Document`, :class:`SkippedDocument`, :class:`SourceSet`.

A :class:`Document` holds a file's text as read and the *span* of it that is the body, so
every offset in the toolkit is an offset into ``Document.text``. A file left out (or read only
in part) is a :class:`SkippedDocument` whose ``kind`` (one of :data:`SKIP_KINDS`) code tests and
whose ``reason`` the reader sees. Reading them is :mod:`toolkit.reading.sources`.

Example:
    >>> doc = Document(id="a", path="a.txt", text="Hello.", sha256="0" * 64)
    >>> doc.body, doc.with_published(dt.date(2025, 8, 7)).published
    ('Hello.', datetime.date(2025, 8, 7))
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit.core.errors import SourceError

# The kinds of SkippedDocument: why a file was left out (or cut short). Code tests these,
# never the reason, which is text for the reader.
UNREADABLE = "unreadable"  # the file could not be opened or read
TOO_LARGE = "too-large"  # over TOOLKIT_MAX_DOCUMENT_BYTES
BINARY = "binary"  # binary data (a PDF, an image, …), not text
UNDECODABLE = "undecodable"  # not UTF-8, UTF-16 or Windows-1252 text
BAD_FRONT_MATTER = "bad-front-matter"  # front matter that is not valid YAML
EMPTY = "empty"  # no text besides metadata, whitespace or nothing at all
COPY = "copy"  # the same bytes as a file already read (``copy_of`` names the kept document)
NO_ARTICLE = "no-article"  # a web page with text, but none of it an article (links, banners, a login wall)
BAD_ROW = "bad-row"  # a row of an export that cannot be used (not JSON, no text, fields that do not fit)
# Not left out: the body was cut to TOOLKIT_MAX_PARSE_CHARS and the rest of it is in the briefing.
SHORTENED = "shortened"
# Not left out: a feed entry that carries only its summary, which is all that was read of it.
SUMMARY_ONLY = "summary-only"
SKIP_KINDS = (UNREADABLE, TOO_LARGE, BINARY, UNDECODABLE, BAD_FRONT_MATTER, EMPTY, COPY, NO_ARTICLE, BAD_ROW,
              SHORTENED, SUMMARY_ONLY)
READ_IN_PART = (SHORTENED, SUMMARY_ONLY)  # the kinds of a document that was read, not left out


class SourceWarning(UserWarning):
    """Warned when a document is skipped; the message names the file and the reason."""


@dataclass(frozen=True)
class Document:
    """One article: its full decoded text, the span that is its body, and its metadata."""

    id: str
    path: str
    text: str
    sha256: str
    body_start: int = 0
    body_end: int | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    encoding: str = "utf-8"

    @property
    def body(self) -> str:
        return self.text[self.body_start : self._end]

    @property
    def _end(self) -> int:
        return len(self.text) if self.body_end is None else self.body_end

    def with_published(self, default: dt.date | None) -> "Document":
        """Return this document with ``default`` as its date when it carries none."""
        if self.published is not None or default is None:
            return self
        return _replace(self, published=default)

    def _repr_html_(self) -> str:
        meta = " · ".join(html.escape(str(v)) for v in (self.outlet, self.published) if v)
        return f"<b>{html.escape(self.title or self.id)}</b> <small>{meta}</small>"


@dataclass
class SkippedDocument:
    """A file left out of a source set, or (kind :data:`SHORTENED`) read only in part.

    Attributes:
        path: the file.
        reason: why, in words, for the reader (the briefing's appendix shows it).
        kind: why, for code: one of :data:`SKIP_KINDS`.
        copy_of: for a :data:`COPY`, the id of the document read in its place; else None.
    """

    path: str
    reason: str
    kind: str
    copy_of: str | None = None

    def __post_init__(self):
        if self.kind not in SKIP_KINDS:
            raise ValueError(f"unknown kind of skipped document {self.kind!r} (one of {', '.join(SKIP_KINDS)})")
        if (self.copy_of is not None) != (self.kind == COPY):
            raise ValueError(f"copy_of is the kept document of a {COPY!r}, and only of one: got kind "
                             f"{self.kind!r} with copy_of {self.copy_of!r}")


@dataclass
class SourceSet:
    """The documents of one source set, plus those that could not be read."""

    name: str
    documents: list[Document]
    skipped: list[SkippedDocument] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        return iter(self.documents)

    def with_published(self, default: dt.date | None) -> "SourceSet":
        """Return this set with ``default`` as the date of each document that carries none.

        The one place where a reference date reaches the documents: :func:`read_paths`
        applies its ``published`` here, and so does
        :func:`toolkit.extraction.tables.extract` for a set read without one. A document's
        own date always wins, so applying a date twice changes nothing. ``default`` may be
        written as a params file writes it ("2025-08-18"), as a notebook's user would.

        Raises:
            SourceError: when ``default`` is neither a date nor a date written YYYY-MM-DD.
        """
        if default is None:
            return self
        default = _reference_date(default)
        return replace(self, documents=[d.with_published(default) for d in self.documents])

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(d.id)}</td><td>{html.escape(d.outlet or '')}</td>"
            f"<td>{d.published or ''}</td><td>{html.escape(d.title or '')}</td></tr>"
            for d in self.documents[:20]
        )
        more = f"<p>… and {len(self.documents) - 20} more</p>" if len(self.documents) > 20 else ""
        dates = sorted(d.published for d in self.documents if d.published)
        span = "" if not dates else f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
        skipped = "".join(f"<li>{html.escape(Path(s.path).name)}: {html.escape(s.reason)}</li>" for s in self.skipped[:10])
        n = len(self.documents)
        partly = sum(s.kind in READ_IN_PART for s in self.skipped)
        skipped = f"<p>Skipped{' or read in part' if partly else ''}:</p><ul>{skipped}</ul>" if skipped else ""
        counts = f"{len(self.skipped) - partly} skipped" + (f", {partly} read in part" if partly else "")
        return (
            f"<p><b>Source set {html.escape(self.name)}</b>: {n} document{'s' if n != 1 else ''}{span}, "
            f"{counts}</p><table><thead><tr><th>id</th><th>outlet</th>"
            f"<th>published</th><th>title</th></tr></thead><tbody>{rows}</tbody></table>{more}{skipped}"
        )


def _replace(doc: Document, **changes) -> Document:
    from dataclasses import replace

    return replace(doc, **changes)


def _reference_date(value) -> dt.date:
    """A set's reference date from a date, a datetime or its ISO text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise SourceError(f"published: {value!r} is not a date (write it as YYYY-MM-DD)")
