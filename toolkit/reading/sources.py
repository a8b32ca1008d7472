"""Source sets: folders of articles and their metadata.

A set's files are articles (``.txt``, ``.md``), saved web pages (``.html``, ``.htm``:
:mod:`toolkit.reading.pages`), feeds (``.rss``, ``.atom``, an ``.xml`` that is a feed:
:mod:`toolkit.reading.feeds`, one document per entry) and exports (``.jsonl``,
``.ndjson``, a ``.csv`` other than the manifest: :mod:`toolkit.reading.exports`, one
document per row). This module reads a set's files and folders into a :class:`SourceSet`
(:func:`read_paths`, :func:`read_source_set`): counting copies once, shortening what is too
long for the parser, warning about what it skips. The records are
:mod:`toolkit.reading.documents`; one file is read by :mod:`toolkit.reading.reader`, which
dispatches by the file's type; bytes become text in :mod:`toolkit.reading.decoding`, and
manifests and front matter become metadata in :mod:`toolkit.reading.metadata`.

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

import datetime as dt
import re
import warnings
from pathlib import Path

from toolkit.core import settings
from toolkit.core.errors import SourceError
# Each name below was defined or read here before the modules it now lives in existed: all are
# still importable from here (the package's API, the tests and the notebooks use this path).
from toolkit.reading.decoding import as_text, blank_comments, decode  # noqa: F401
from toolkit.reading.documents import (BAD_FRONT_MATTER, BAD_ROW, BINARY, COPY, EMPTY, NO_ARTICLE,  # noqa: F401
                                       READ_IN_PART, SHORTENED, SKIP_KINDS, SUMMARY_ONLY, TOO_LARGE, UNDECODABLE,
                                       UNREADABLE, Document, SkippedDocument, SourceSet, SourceWarning, _replace)
from toolkit.reading.folders import (MANIFEST_NAMES, PAGE_SUFFIXES, SUFFIXES, TEXT_SUFFIXES,  # noqa: F401
                                     file_kind, inside, manifest_path, resolve_sources, set_file)
from toolkit.reading.markup import visible_text as _html_to_text  # noqa: F401
from toolkit.reading.metadata import FRONT_MATTER_CHARS, _decode_manifest, parse_date, read_manifest  # noqa: F401
from toolkit.reading.reader import read_document, read_file  # noqa: F401

# The defaults of the limits; the values in force come from toolkit.core.settings (environment).
MAX_DOCUMENT_BYTES = settings.DEFAULTS["TOOLKIT_MAX_DOCUMENT_BYTES"]
MAX_DOCUMENTS = settings.DEFAULTS["TOOLKIT_MAX_DOCUMENTS"]


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
        resolved = path.resolve()
        if resolved in read_files:
            continue  # the same file named twice (a folder and a file in it): read once
        read_files.add(resolved)
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
