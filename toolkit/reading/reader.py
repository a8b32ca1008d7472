"""The reader of one file of a set: an article, a page, or the entries of a feed or rows of an export.

:func:`read_document` reads a text or a saved web page into one
:class:`~toolkit.reading.documents.Document`; :func:`read_file` reads any file of a set, a feed
giving one document per entry and an export one per row, each keeping its origin in its path
(``wire.rss#entry-2``, ``export.jsonl#line-7``). Whole sets are :mod:`toolkit.reading.sources`.

Example (a notebook cell)::

    docs, notes = read_file("seeds/wire/wire.rss")     # one document per entry
    docs[0].path                                       # 'seeds/wire/wire.rss#entry-1'
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from toolkit.core.errors import SourceError
from toolkit.reading import pages
from toolkit.reading.decoding import _has_surrogate, _read_bytes, _unusable, _warn, as_text, blank_comments, decode
from toolkit.reading.documents import (BAD_ROW, EMPTY, NO_ARTICLE, SHORTENED, SUMMARY_ONLY, UNREADABLE, Document,
                                       SkippedDocument)
from toolkit.reading.exports import read_export
from toolkit.reading.feeds import is_feed, read_feed
from toolkit.reading.folders import file_kind
from toolkit.reading.metadata import _front_matter, _metadata, _trim_body
from toolkit.reading.outlets import outlet_from
from toolkit.reading.pages import NoArticle, read_page
from toolkit.reading.quote_styles import as_double_quotations


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
        if not meta.get("outlet"):
            meta["outlet"] = outlet_from(meta.get("url"), line_outlet)
        if not text[start:end].strip():
            notes.append(SkippedDocument(where, "no text", EMPTY))
            continue
        if summary_only:
            notes.append(SkippedDocument(where, "only the feed's summary was read: the entry carries no full text",
                                         SUMMARY_ONLY))
        documents.append(Document(
            id=f"{as_text(path.stem)}-{origin}", path=where, text=as_double_quotations(text),
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
    if not meta.get("outlet"):
        meta["outlet"] = outlet_from(meta.get("url"), outlet)
    if not text[body_start:body_end].strip():
        raise _unusable(path, "empty file" if not data else "only whitespace" if blank else "no text", EMPTY)
    if doc_id is None and _has_surrogate(path.stem):
        _warn(f"{shown}: the file name is not valid UTF-8; its id is {as_text(path.stem)!r}")
    return Document(
        id=doc_id or as_text(path.stem),
        path=shown,
        text=as_double_quotations(text),
        sha256=hashlib.sha256(data).hexdigest(),
        body_start=body_start,
        body_end=body_end,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
        url=meta.get("url"),
        encoding=encoding,
    ), notes
