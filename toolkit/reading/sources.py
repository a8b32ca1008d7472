"""Source sets: folders of articles and their metadata.

A set's files are articles (``.txt``, ``.md``), saved web pages (``.html``, ``.htm``:
:mod:`toolkit.reading.pages`), feeds (``.rss``, ``.atom``, an ``.xml`` that is a feed:
:mod:`toolkit.reading.feeds`, one document per entry) and exports (``.jsonl``,
``.ndjson``, a ``.csv`` other than the manifest: :mod:`toolkit.reading.exports`, one
document per row). This module reads the files and dispatches by their type.

A document's metadata (title, outlet, published date, url) comes, in this order of
precedence, from a ``MANIFEST.tsv`` or ``MANIFEST.csv`` beside the file, from YAML front
matter at its top, from what the page, the feed entry or the export row says, and from a
trailing outlet line ("New York Times") at the end of the text. Offsets everywhere in the
toolkit are offsets into ``Document.text``, the text as read (a file's text as decoded,
a page's article, a feed entry's or an export row's text), so the body is a *span* of
that text, never a copy. A feed entry or an export row keeps its origin in its path:
``wire.rss#entry-2``, ``export.jsonl#line-7``.

Example:
    >>> docs = read_source_set("ukraine-diplomacy")       # doctest: +SKIP
    >>> docs[0].outlet, docs[0].published
    ('New York Times', datetime.date(2025, 8, 7))
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import os
import re
import stat
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from toolkit.core import settings
from toolkit.core.errors import SourceError
from toolkit.reading import pages
from toolkit.reading.exports import read_export
from toolkit.reading.feeds import is_feed, read_feed
# Read and named here since before the modules below existed: kept importable from here.
from toolkit.reading.folders import (MANIFEST_NAMES, PAGE_SUFFIXES, SUFFIXES, TEXT_SUFFIXES,  # noqa: F401
                                     file_kind, inside, manifest_path, resolve_sources, set_file)
from toolkit.reading.markup import visible_text as _html_to_text  # noqa: F401
from toolkit.reading.pages import NoArticle, read_page

# The defaults of the limits; the values in force come from toolkit.core.settings (environment).
MAX_DOCUMENT_BYTES = settings.DEFAULTS["TOOLKIT_MAX_DOCUMENT_BYTES"]
MAX_DOCUMENTS = settings.DEFAULTS["TOOLKIT_MAX_DOCUMENTS"]

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

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# A trailing outlet line: a few capitalised words, no sentence punctuation.
_OUTLET_LINE = re.compile(r"^(?:The )?[A-Z][\w&.'’-]*(?: (?:of |the |and |& )?[A-Z][\w&.'’-]*){0,5}$")


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
        own date always wins, so applying a date twice changes nothing.
        """
        if default is None:
            return self
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


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a document's bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes that
    are not UTF-8 are read as Windows-1252, the usual encoding of scraped Western text.

    Raises:
        SourceError: when the bytes are binary (NUL bytes, a known file signature) or
            cannot be decoded; its ``kind`` is :data:`BINARY` or :data:`UNDECODABLE`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _unusable(path, f"broken UTF-16 ({exc.reason})", UNDECODABLE) from None
    elif data.startswith(_SIGNATURES) or b"\x00" in data[:8192]:
        raise _unusable(path, "binary data, not text", BINARY)
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise _unusable(path, f"not UTF-8, UTF-16 or Windows-1252 text ({exc.reason})", UNDECODABLE) from None
    if _looks_binary(text):
        raise _unusable(path, "binary data, not text", BINARY)
    return text, encoding


# PDF, PNG, GIF, JPEG, ZIP (docx, epub), gzip, ELF: binary files often saved under a .txt name.
_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    """True when more than 1% of the first 64k characters are control characters (text has none)."""
    head = text[:65536]
    return bool(head) and len(_CONTROL.findall(head)) > max(1, len(head) // 100)


def parse_date(value) -> dt.date | None:
    """Read a date from ``2025-08-07``, ``2025-08-07T10:00:00-05:00``, or a date object."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _read_date(str(value))[0]



def read_manifest(folder: Path) -> dict[str, dict]:
    """Read ``MANIFEST.tsv``/``.csv`` in ``folder`` into ``{file name: metadata}``.

    The manifest is decoded as a document is (UTF-8, UTF-16 with a BOM, else Windows-1252)
    and held to the same size limit. Its values are checked when a document uses them
    (:func:`read_document`): a bad value drops that field with a warning, never the set.
    A file listed twice, or a column named twice, is warned about (the last one is used).

    Raises:
        SourceError: when the manifest leads out of ``folder`` (:func:`manifest_path`), is
            over the size limit, is not text or not CSV, or has no ``file`` column.
    """
    path = manifest_path(folder)
    if path is None:
        return {}
    try:
        text = _decode_manifest(_read_bytes(path), path)
    except SourceError as exc:
        raise SourceError(f"{path}: unreadable manifest ({exc.reason})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if path.suffix == ".tsv" else ",")
    rows: dict[str, dict] = {}
    listed_at: dict[str, int] = {}
    try:
        columns = reader.fieldnames or []
        if columns and "file" not in columns:
            raise SourceError(f"{path}: manifest has no 'file' column (columns: {_excerpt(', '.join(columns))})")
        for column in sorted({c for c in columns if columns.count(c) > 1}):
            _warn(f"{path}: column {_excerpt(column)} appears twice; the last one is used")
        for row in reader:
            name = row.get("file")
            if not isinstance(name, str) or not name:
                continue
            if name in listed_at:
                _warn(f"{path}: {_excerpt(name)} is listed twice (lines {listed_at[name]} and {reader.line_num}); "
                      "the last row is used")
            listed_at[name] = reader.line_num
            rows[name] = row
    except csv.Error as exc:
        raise SourceError(f"{path}: unreadable manifest (line {reader.line_num}: {exc})") from None
    return rows


# A well-formed UTF-8 sequence of two to four bytes (no surrogates): Windows-1252 text rarely has one.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                            rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _decode_manifest(data: bytes, path: Path) -> str:
    """A manifest's text: as a document's (:func:`decode`), except that UTF-8 with a few bad
    bytes stays UTF-8, the bad bytes held as lone surrogates, so that only the fields holding
    them are dropped (:func:`_metadata`), not every accent of every row turned into Windows-1252."""
    text, encoding = decode(data, path)
    if encoding == "cp1252" and _UTF8_SEQUENCE.search(data):
        text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    return text


def read_document(path: str | Path, *, manifest: dict | None = None, doc_id: str | None = None,
                  manifest_file: str | Path | None = None) -> Document:
    """Read one article file (text or web page) into a :class:`Document`.

    Metadata comes from ``manifest`` (the file's row in the folder's manifest,
    ``manifest_file``), then the file's front matter, then (a web page) the page's own
    metadata, then a trailing outlet line. A value that cannot be used (a date that does not
    exist, such as 2025-02-30; text that is not valid Unicode, such as a lone surrogate
    ``"\\ud800"``; a list where text belongs) is dropped with a :class:`SourceWarning` naming
    the file and the field, and the document is still read; so is a front-matter key given
    twice (the last is used). Feeds and exports hold many documents: :func:`read_file`.

    Raises:
        SourceError: when the file is missing, too large, binary, undecodable, has broken
            front matter, is empty or (a page) holds no article; its ``reason`` says why in
            words and its ``kind`` (one of :data:`SKIP_KINDS`) says which.
    """
    return _read_article(Path(path), manifest=manifest, doc_id=doc_id, manifest_file=manifest_file)[0]


def read_file(path: str | Path, *, manifest: dict | None = None, manifest_file: str | Path | None = None,
              columns: dict[str, str] | None = None) -> tuple[list[Document], list[SkippedDocument]]:
    """The documents of one file of a set, and what of it was left out or read in part.

    A text or a page is one document (:func:`read_document`); a feed one per entry and an
    export one per row, each with its origin in its path (``wire.rss#entry-2``,
    ``export.jsonl#line-7``) and its own id (``wire-entry-2``). ``manifest`` maps file
    names to manifest rows: a row naming ``wire.rss#entry-2`` is that entry's, and the
    ``outlet`` of a row naming the whole feed or export is every entry's.

    Raises:
        SourceError: when the whole file cannot be used, with ``reason`` and ``kind``.
    """
    path = Path(path)
    rows = manifest or {}
    kind = file_kind(path)
    if kind in ("text", "page") or kind is None:
        document, notes = _read_article(path, manifest=rows.get(path.name), manifest_file=manifest_file)
        return [document], notes
    data = _read_bytes(path)
    shown = as_text(path)
    if kind != "export":
        if kind == "xml" and not is_feed(data):
            raise _unusable(path, "an XML file that is not an RSS or Atom feed", UNREADABLE)
        decode(data, path)  # binary data is refused as for any file; feedparser reads the declared encoding
        try:
            feed = read_feed(data, path=shown)
        except SourceError as exc:
            raise _unusable(path, str(exc).removeprefix(f"{shown}: "), UNREADABLE) from None
        items = [(f"entry-{e.number}", {"title": e.title, "url": e.link, "published": e.published,
                                        "outlet": feed.title}, e.text, e.summary_only) for e in feed.entries]
        encoding, bad = feed.encoding, []
        if not items:
            raise _unusable(path, "a feed with no entries", EMPTY)
    else:
        text, encoding = decode(data, path)
        export = read_export(text, path=path, columns=columns)
        items = [(f"line-{r.line}", r.fields, r.text, False) for r in export.rows]
        bad = [SkippedDocument(f"{shown}#line-{b.line}", f"line {b.line}: {b.reason}", BAD_ROW) for b in export.bad]
        if not items:
            raise _unusable(path, f"no usable row ({len(bad)} bad, the first at {bad[0].reason})" if bad
                            else "no rows", EMPTY)
    documents, notes = [], list(bad)
    listed = f"{as_text(manifest_file or 'manifest')}: row of {as_text(path.name)}"
    whole = _metadata({"outlet": (rows.get(path.name) or {}).get("outlet")}, f"{listed}:")
    for origin, fields, text, summary_only in items:
        where = f"{shown}#{origin}"
        # The manifest first (a row naming this entry or row, then the whole file's outlet), then the file's own.
        meta = {**_metadata(fields, f"{where}:"), **whole}
        if rows.get(f"{path.name}#{origin}"):
            meta.update(_metadata(rows[f"{path.name}#{origin}"], f"{listed}#{origin}:"))
        start, end, line_outlet = _trim_body(text, 0, len(text))
        if line_outlet and not meta.get("outlet"):
            meta["outlet"] = line_outlet
        if not text[start:end].strip():
            notes.append(SkippedDocument(where, "no text", EMPTY))
            continue
        if summary_only:
            notes.append(SkippedDocument(where, "only the feed's summary was read: the entry carries no full text",
                                         SUMMARY_ONLY))
        documents.append(Document(
            id=f"{as_text(path.stem)}-{origin}", path=where, text=text,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), body_start=start,
            body_end=end, title=meta.get("title"), outlet=meta.get("outlet"), published=meta.get("published"),
            url=meta.get("url"), encoding=encoding))
    return documents, notes


def _read_article(path: Path, *, manifest: dict | None, doc_id: str | None = None,
                  manifest_file: str | Path | None = None) -> tuple[Document, list[SkippedDocument]]:
    """The one document of a text or page file, and a note when it was read in part."""
    notes: list[SkippedDocument] = []
    kind = file_kind(path)
    if kind not in ("text", "page", None):
        raise _unusable(path, f"a {'feed' if kind != 'export' else 'export'} holds one document per "
                              f"{'entry' if kind != 'export' else 'row'}: read it with read_file or read_paths",
                        UNREADABLE)
    data = _read_bytes(path)
    text, encoding = decode(data, path)
    blank = not text.strip()
    shown = as_text(path)  # in messages: a file name that is not UTF-8 would make them unprintable
    meta: dict = {}
    body_start, body_end = 0, len(text)
    if kind != "page":
        text = blank_comments(text)
    front = _front_matter(text, path)
    if kind == "page":
        markup = text[front[0]:] if front else text
        try:
            page = read_page(markup, path=shown)
        except NoArticle as exc:
            if not exc.empty:
                raise _unusable(path, str(exc).removeprefix(f"{shown}: "), NO_ARTICLE) from None
            raise _unusable(path, "empty file" if not data else "only whitespace" if blank else "no text",
                            EMPTY) from None
        if page.cut:
            notes.append(SkippedDocument(
                shown, f"shortened: only the first {pages.MAX_PAGE_CHARS:,} of its {len(markup):,} characters of "
                       "markup were searched for the article", SHORTENED))
        meta.update(_metadata({"title": page.title, "outlet": page.outlet, "published": page.published,
                               "url": page.url}, f"{shown}: the page's metadata"))
        text, body_start, body_end = page.text, page.body_start, len(page.text)
    elif front:
        body_start = front[0]
    if front:
        meta.update(front[1])
    if manifest:
        meta.update(_metadata(manifest, f"{as_text(manifest_file or 'manifest')}: row of {as_text(path.name)}:"))
    body_start, body_end, outlet = _trim_body(text, body_start, body_end)
    if outlet and not meta.get("outlet"):
        meta["outlet"] = outlet
    if not text[body_start:body_end].strip():
        raise _unusable(path, "empty file" if not data else "only whitespace" if blank else "no text", EMPTY)
    if doc_id is None and _has_surrogate(path.stem):
        _warn(f"{shown}: the file name is not valid UTF-8; its id is {as_text(path.stem)!r}")
    return Document(
        id=doc_id or as_text(path.stem),
        path=shown,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        body_start=body_start,
        body_end=body_end,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
        url=meta.get("url"),
        encoding=encoding,
    ), notes


def _front_matter(text: str, path: Path) -> tuple[int, dict] | None:
    """Where the front matter at the top of ``text`` ends, and its usable metadata; None without one."""
    front = _FRONT_MATTER.match(text, 0, FRONT_MATTER_CHARS)
    if front is None and text.startswith("---") and (front := _FRONT_MATTER.match(text)):
        raise _unusable(path, f"front matter of {front.end():,} characters is over the limit of "
                              f"{FRONT_MATTER_CHARS:,} (metadata is a few lines)", BAD_FRONT_MATTER)
    if front is None:
        return None
    shown = as_text(path)
    fm, twice = _load_front_matter(front.group(1), path)
    for key, lines in twice.items():
        _warn(f"{shown}: front matter key {_excerpt(key)} appears {len(lines)} times (lines "
              f"{', '.join(lines[:-1])} and {lines[-1]}); the last one is used")
    if not isinstance(fm, dict):
        return front.end(), {}
    return front.end(), _metadata({str(k).lower(): v for k, v in fm.items()}, f"{shown}: front matter")


def _read_bytes(path: Path) -> bytes:
    """A file's bytes: a regular file within TOOLKIT_MAX_DOCUMENT_BYTES, read no further than the limit."""
    limit = settings.max_document_bytes()
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _unusable(path, "not a regular file", UNREADABLE)
            if limit is not None and info.st_size > limit:
                raise _unusable(path, f"{info.st_size:,} bytes is over the limit of {limit:,} bytes per document "
                                      "(setting TOOLKIT_MAX_DOCUMENT_BYTES)", TOO_LARGE)
            data = handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise _unusable(path, f"cannot read ({exc.strerror})", UNREADABLE) from None
    if limit is not None and len(data) > limit:  # it grew since it was measured
        raise _unusable(path, f"over the limit of {limit:,} bytes per document (setting TOOLKIT_MAX_DOCUMENT_BYTES)",
                        TOO_LARGE)
    return data


# Front matter is a few lines of metadata; a longer block is refused before YAML reads it.
FRONT_MATTER_CHARS = 65_536
# The metadata fields and the names they go by ("date" is another name for "published").
_FIELDS = {"title": ("title",), "outlet": ("outlet",), "url": ("url",), "published": ("published", "date")}


def _as_text(loader, node):
    return loader.construct_scalar(node)


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML in which every scalar but null stays the text as typed.

    A date is checked by :func:`read_document` (``2025-02-30`` is a warning, not a
    ValueError from the YAML library), and numbers of 5,000 digits are not converted. The
    Python loader, not libyaml's: libyaml refuses the whole block for one ``"\\ud800"``
    escape, where this one reads it and the field alone is dropped; the block is at most
    :data:`FRONT_MATTER_CHARS`, which bounds its time.
    """


for _tag in ("bool", "int", "float", "timestamp"):
    _FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)


def _load_front_matter(block: str, path: Path) -> tuple[object, dict[str, list[str]]]:
    """The front matter's value, and its top-level keys given more than once (key -> line numbers)."""
    loader = _FrontMatterLoader(block)
    try:
        node = loader.get_single_node()
        seen: dict[str, list[str]] = {}
        if isinstance(node, yaml.MappingNode):
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode):
                    seen.setdefault(str(key.value).lower(), []).append(str(key.start_mark.line + 2))
        return (loader.construct_document(node) if node is not None else None), \
            {k: v for k, v in seen.items() if len(v) > 1}
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        raise _unusable(path, f"front matter is not valid YAML ({_excerpt(' '.join(str(exc).split()), 300)})",
                        BAD_FRONT_MATTER) from None
    finally:
        loader.dispose()


def _metadata(values: dict, where: str) -> dict:
    """The usable metadata among ``values`` (front matter or a manifest row): text fields and a date.

    A value that is not text (a list, a mapping), not valid Unicode (a lone surrogate, which no
    file can be written with) or, for ``published``, not a date that exists is dropped with a
    :class:`SourceWarning` naming ``where`` and the field. Empty values are absent.
    """
    found: dict = {}
    for field_name, names in _FIELDS.items():
        for name in names:
            value = values.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
                value = value.isoformat() if isinstance(value, dt.date) else str(value)
            problem, shown = None, ""
            if not isinstance(value, str):
                problem = f"is a {type(value).__name__}, not text"
            elif _has_surrogate(value):
                problem = "is not valid Unicode text (a lone surrogate, or bytes that are not UTF-8)"
            else:
                shown = f" {_excerpt(value)}"
                if field_name == "published":
                    value, problem = _read_date(value)
                else:
                    value = value.strip()
            if problem:
                _warn(f"{where} {name!r}{shown} {problem}; ignored")
                continue
            found[field_name] = value
            break
    return found


def _read_date(value: str) -> tuple[dt.date | None, str | None]:
    """A published date from ``2025-08-07`` or ``2025-08-07T10:00:00-05:00``, or why it is none."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)", value)
    if not match:
        return None, "is not a date (expected YYYY-MM-DD)"
    try:
        return dt.date(*map(int, match.groups())), None
    except ValueError as exc:
        return None, f"is not a date ({exc})"


def as_text(value) -> str:
    """``str(value)`` as valid Unicode text: a file name's bytes that are not UTF-8 (which Python
    holds as lone surrogates, which pyarrow and every UTF-8 writer refuse) shown as ``\\xff``."""
    text = str(value)
    if not _has_surrogate(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _excerpt(value, limit: int = 60) -> str:
    """A short, quoted excerpt of a value for a message: at most ``limit`` characters, escapes shown."""
    text = str(value)
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


def _warn(message: str) -> None:
    warnings.warn(message, SourceWarning, stacklevel=3)


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def blank_comments(text: str) -> str:
    """Blank out HTML comments (``<!-- -->``) left in a plain-text article by a scraper.

    Each comment becomes as many spaces (its line breaks kept), so that every character
    offset into the text is still an offset into the file: the comment is not read as words,
    shown in a briefing's sentences or counted, and provenance still points at the file.
    """
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _unusable(path, reason: str, kind: str) -> SourceError:
    """A :class:`SourceError` "<path>: <reason>" that also carries the bare ``reason`` and its ``kind``."""
    error = SourceError(f"{as_text(path)}: {reason}")
    error.reason, error.kind = reason, kind
    return error


def _trim_body(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Narrow the body to its non-blank span and split off a trailing outlet line."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    last_break = text.rfind("\n", start, end)
    if last_break < 0:
        return start, end, None
    last_line = text[last_break + 1 : end].strip()
    if last_line and len(last_line) <= 60 and _OUTLET_LINE.match(last_line):
        new_end = last_break
        while new_end > start and text[new_end - 1].isspace():
            new_end -= 1
        return start, new_end, last_line
    return start, end, None


def read_paths(paths, *, name: str = "documents", published: dt.date | None = None,
               columns: dict[str, str] | None = None) -> SourceSet:
    """Read files and folders into a :class:`SourceSet`, skipping (with a warning) what cannot be read.

    Each skipped file is warned about (:class:`SourceWarning`, naming it and the reason) and
    listed in ``SourceSet.skipped`` with its kind (:data:`SKIP_KINDS`): unreadable, too large,
    binary, undecodable or empty files, files with broken front matter, and a second copy
    of the same bytes (:data:`COPY`, with the id of the document read in its place; a file
    named twice is read once and is no copy). A body longer than ``TOOLKIT_MAX_PARSE_CHARS``
    is cut at a paragraph or sentence end and listed too (:data:`SHORTENED`). ``published``
    is the date of the documents that carry none (:meth:`SourceSet.with_published`); with
    none given and none in any document, a warning says that relative dates will stay
    unresolved. A bad metadata value (an impossible date, a lone surrogate) only loses that
    field, with a warning (:func:`read_document`). Feeds and exports give a document per
    entry or row (:func:`read_file`); a bad row is listed (:data:`BAD_ROW`, with its line)
    and the rest read; ``columns`` maps an export's own column names to fields (the
    params' ``columns``).

    Raises:
        SourceError: when nothing usable is left (naming the set and why), there are more
            files than ``TOOLKIT_MAX_DOCUMENTS``, a folder's article or manifest is a
            symbolic link leading out of it, or a manifest is unreadable.
    """
    files: list[Path] = []
    for item in paths:
        item = Path(item)
        if item.is_dir():
            listed = sorted(p for p in item.iterdir() if file_kind(p) and p.is_file())
            escaping = [p.name for p in listed if not inside(p, item)]  # symbolic links
            if escaping:
                raise SourceError(f"{item}: {', '.join(escaping[:3])} points outside {item.resolve()}")
            files.extend(listed)
        elif item.exists():
            files.append(item)
        else:
            raise SourceError(f"{item}: no such file or folder")
    limit = settings.max_documents()
    if limit is not None and len(files) > limit:
        raise SourceError(f"source set '{name}': {len(files):,} documents is over the limit of {limit:,} "
                          "(setting TOOLKIT_MAX_DOCUMENTS)")
    manifests: dict[Path, tuple[dict, Path | None]] = {}
    documents, skipped, seen = [], [], {}
    read_files: set[Path] = set()
    first_with: dict[str, tuple[Path, str]] = {}  # sha256 -> the file first read with those bytes, its id

    def skip(path: Path | str, reason: str, kind: str, copy_of: str | None = None) -> None:
        warnings.warn(f"{'' if kind in READ_IN_PART else 'skipped '}{as_text(path)}: {reason}", SourceWarning,
                      stacklevel=3)
        skipped.append(SkippedDocument(as_text(path), reason, kind, copy_of))

    for path in files:
        if path.resolve() in read_files:
            continue  # the same file named twice (a folder and a file in it): read once
        read_files.add(path.resolve())
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = (read_manifest(folder), manifest_path(folder))
        rows, manifest_file = manifests[folder]
        try:
            found, notes = read_file(path, manifest=rows, manifest_file=manifest_file, columns=columns)
        except SourceError as exc:  # read_file raises only _unusable errors: each has a reason and a kind
            skip(path, exc.reason, exc.kind)
            continue
        for note in notes:
            skip(note.path, note.reason, note.kind)
        for doc in found:
            if doc.sha256 in first_with:
                kept_path, kept_id = first_with[doc.sha256]
                skip(doc.path, f"same content as {Path(kept_path).name} (read once)", COPY, copy_of=kept_id)
                continue
            doc, shortened = _shorten(doc, settings.max_parse_chars())
            if shortened:
                skip(doc.path, shortened, SHORTENED)
            doc_id = doc.id
            if doc_id in seen:  # same stem in two folders: keep ids unique and stable
                doc_id = f"{doc.id}-{doc.sha256[:8]}"
            seen[doc_id] = True
            first_with[doc.sha256] = (doc.path, doc_id)
            documents.append(_replace(doc, id=doc_id))
            if limit is not None and len(documents) > limit:
                raise SourceError(f"source set '{name}': more than {limit:,} documents (with the entries of its "
                                  "feeds and the rows of its exports), the limit (setting TOOLKIT_MAX_DOCUMENTS)")
    if not documents:
        reasons = "; ".join(f"{Path(s.path).name}: {s.reason}" for s in skipped[:5])
        more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        raise SourceError(f"source set '{name}': no usable document ({len(skipped)} skipped"
                          f"{': ' + reasons + more if reasons else ''})")
    source = SourceSet(name=name, documents=documents, skipped=skipped).with_published(published)
    if all(d.published is None for d in source.documents):
        warnings.warn(f"source set '{name}': no published date in the params or in any document; "
                      "dates such as 'on Friday' or 'next week' stay unresolved", SourceWarning, stacklevel=2)
    for doc in source.documents:
        if not _looks_english(doc.body):
            warnings.warn(f"{doc.path}: does not look like English; the English model will find little in it",
                          SourceWarning, stacklevel=2)
    return source


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _shorten(doc: Document, limit: int | None) -> tuple[Document, str | None]:
    """Cut a body longer than ``limit`` characters at its last paragraph or sentence end before it."""
    length = doc._end - doc.body_start
    if limit is None or length <= limit:
        return doc, None
    window = doc.text[doc.body_start : doc.body_start + limit]
    cut = window.rfind("\n\n")
    if cut < limit // 2:
        cut = -1
        for cut in (m.end() for m in _SENTENCE_END.finditer(window, limit // 2)):
            pass  # the last sentence end, without a list of them all
        if cut < 0:
            cut = max(window.rfind(" "), window.rfind("\n"))
    if cut < limit // 2:
        cut = limit  # one enormous word or line: a hard cut
    while cut > 0 and window[cut - 1].isspace():
        cut -= 1
    reason = (f"shortened: only the first {cut:,} of its {length:,} characters were analysed "
              f"(setting TOOLKIT_MAX_PARSE_CHARS is {limit:,})")
    return _replace(doc, body_end=doc.body_start + cut), reason


_ENGLISH = frozenset("the of and to a in is that for on with as was it by at he she from said has have are be "
                     "this not but they will would his her an who which were had been their its or".split())


_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN_LETTERS = re.compile(r"[a-z]+")  # of the lower-cased text


def _looks_english(body: str) -> bool:
    """False when most letters are not Latin, or 30 words or more have almost none of the commonest English words."""
    head = body[:20_000].lower()
    words = _LETTERS.findall(head)
    letters = sum(map(len, words))
    if letters >= 100 and sum(map(len, _LATIN_LETTERS.findall(head))) < 0.5 * letters:
        return False
    return len(words) < 30 or sum(map(_ENGLISH.__contains__, words)) >= 0.05 * len(words)


def read_source_set(sources: str | Path, *, name: str | None = None, published: dt.date | None = None,
                    base: Path | None = None, columns: dict[str, str] | None = None) -> SourceSet:
    """Read the articles a params ``sources`` value names (folder or glob under ``seeds/``)."""
    return read_paths(resolve_sources(sources, base=base), name=name or str(sources), published=published,
                      columns=columns)
