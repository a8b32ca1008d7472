"""Source sets: folders of articles and their metadata.

A document's metadata (title, outlet, published date, url) comes, in this order of
precedence, from YAML front matter at the top of the file, from a ``MANIFEST.tsv`` or
``MANIFEST.csv`` beside it, and from a trailing outlet line ("New York Times") at the
end of the text. Offsets everywhere in the toolkit are offsets into ``Document.text``,
the file's text as decoded, so the body is a *span* of that text, never a copy.

Example:
    >>> docs = read_source_set("ukraine-diplomacy")       # doctest: +SKIP
    >>> docs[0].outlet, docs[0].published
    ('New York Times', datetime.date(2025, 8, 7))
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import hashlib
import html
import re
import warnings
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import yaml

from toolkit.core import settings
from toolkit.core.errors import SourceError
from toolkit.core.paths import seeds_dir

SUFFIXES = (".txt", ".md", ".html", ".htm")
MANIFEST_NAMES = ("MANIFEST.tsv", "MANIFEST.csv")
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
# Not left out: the body was cut to TOOLKIT_MAX_PARSE_CHARS and the rest of it is in the briefing.
SHORTENED = "shortened"
SKIP_KINDS = (UNREADABLE, TOO_LARGE, BINARY, UNDECODABLE, BAD_FRONT_MATTER, EMPTY, COPY, SHORTENED)

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
        skipped = f"<p>Skipped:</p><ul>{skipped}</ul>" if skipped else ""
        n = len(self.documents)
        return (
            f"<p><b>Source set {html.escape(self.name)}</b>: {n} document{'s' if n != 1 else ''}{span}, "
            f"{len(self.skipped)} skipped</p><table><thead><tr><th>id</th><th>outlet</th>"
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
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


class _TextOfHTML(HTMLParser):
    """Collects the visible text of an HTML page (scripts and styles dropped)."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self._skip:
            self.parts.append(data)


def _html_to_text(markup: str) -> tuple[str, str | None]:
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text, parser.title


def read_manifest(folder: Path) -> dict[str, dict]:
    """Read ``MANIFEST.tsv``/``.csv`` in ``folder`` into ``{file name: metadata}``."""
    for name in MANIFEST_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        delimiter = "\t" if name.endswith(".tsv") else ","
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle, delimiter=delimiter))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise SourceError(f"{path}: unreadable manifest ({exc})") from None
        if rows and "file" not in rows[0]:
            raise SourceError(f"{path}: manifest has no 'file' column (columns: {', '.join(rows[0])})")
        return {row["file"]: row for row in rows if row.get("file")}
    return {}


def read_document(path: str | Path, *, manifest: dict | None = None, doc_id: str | None = None) -> Document:
    """Read one article file into a :class:`Document`.

    Raises:
        SourceError: when the file is missing, too large, binary, undecodable, has broken
            front matter or is empty; its ``reason`` says why in words and its ``kind``
            (one of :data:`SKIP_KINDS`) says which.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unusable(path, f"cannot read ({exc.strerror})", UNREADABLE) from None
    limit = settings.max_document_bytes()
    if limit is not None and size > limit:
        raise _unusable(path, f"{size:,} bytes is over the limit of {limit:,} bytes per document "
                              "(setting TOOLKIT_MAX_DOCUMENT_BYTES)", TOO_LARGE)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unusable(path, f"cannot read ({exc.strerror})", UNREADABLE) from None
    text, encoding = decode(data, path)
    meta: dict = dict(manifest or {})
    body_start, body_end = 0, len(text)
    if path.suffix.lower() in (".html", ".htm"):
        text, title = _html_to_text(text)
        meta.setdefault("title", title)
        body_end = len(text)
    else:
        text = blank_comments(text)
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            fm = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError as exc:
            raise _unusable(path, f"front matter is not valid YAML ({' '.join(str(exc).split())})",
                            BAD_FRONT_MATTER) from None
        if isinstance(fm, dict):
            # Only plain values are metadata: a nested list or mapping (or a YAML alias bomb)
            # is ignored rather than turned into an enormous string.
            meta = {**meta, **{str(k).lower(): v for k, v in fm.items() if isinstance(v, _SCALARS)}}
        body_start = front.end()
    body_start, body_end, outlet = _trim_body(text, body_start, body_end)
    if outlet and not meta.get("outlet"):
        meta["outlet"] = outlet
    if not text[body_start:body_end].strip():
        raise _unusable(path, "no text" if text.strip() else "empty file" if not data else "only whitespace", EMPTY)
    published = meta.get("published", meta.get("date"))
    return Document(
        id=doc_id or path.stem,
        path=str(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        body_start=body_start,
        body_end=body_end,
        title=_clean(meta.get("title")),
        outlet=_clean(meta.get("outlet")),
        published=parse_date(published),
        url=_clean(meta.get("url")),
        encoding=encoding,
    )


_SCALARS = (str, int, float, dt.date)
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
    error = SourceError(f"{path}: {reason}")
    error.reason, error.kind = reason, kind
    return error


def _clean(value) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


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


def resolve_sources(spec: str | Path, *, base: Path | None = None) -> list[Path]:
    """Return the article files a ``sources`` value names: a folder or a glob under ``seeds/``.

    Raises:
        SourceError: when the value points outside ``base``, names a missing folder, or
            matches no article file.
    """
    base = (base or seeds_dir()).resolve()
    pattern = str(spec)
    target = (base / pattern).resolve() if not any(c in pattern for c in "*?[") else None
    if target is not None:
        if not target.is_relative_to(base):
            raise SourceError(f"sources '{spec}' points outside {base}")
        if target.is_file():
            return [target]
        if not target.is_dir():
            raise SourceError(f"sources '{spec}': no such folder {target}")
        files = sorted(p for p in target.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            raise SourceError(f"sources '{spec}': the folder {target} holds no .txt, .md or .html article")
        escaping = [p.name for p in files if not p.resolve().is_relative_to(base)]  # symbolic links
        if escaping:
            raise SourceError(f"sources '{spec}': {', '.join(escaping[:3])} points outside {base}")
        return files
    matches = sorted(Path(p).resolve() for p in glob.glob(str(base / pattern), recursive=True))
    outside = [p for p in matches if not p.is_relative_to(base)]
    if outside or ".." in Path(pattern).parts:
        raise SourceError(f"sources '{spec}' points outside {base}")
    files = [p for p in matches if p.is_file() and p.suffix.lower() in SUFFIXES]
    if not files:
        raise SourceError(f"sources '{spec}': the glob matches no .txt, .md or .html article under {base}")
    return files


def read_paths(paths, *, name: str = "documents", published: dt.date | None = None) -> SourceSet:
    """Read files and folders into a :class:`SourceSet`, skipping (with a warning) what cannot be read.

    Each skipped file is warned about (:class:`SourceWarning`, naming it and the reason) and
    listed in ``SourceSet.skipped`` with its kind (:data:`SKIP_KINDS`): unreadable, too large,
    binary, undecodable or empty files, files with broken front matter, and a second copy
    of the same bytes (:data:`COPY`, with the id of the document read in its place; a file
    named twice is read once and is no copy). A body longer than ``TOOLKIT_MAX_PARSE_CHARS``
    is cut at a paragraph or sentence end and listed too (:data:`SHORTENED`). ``published``
    is the date of the documents that carry none (:meth:`SourceSet.with_published`); with
    none given and none in any document, a warning says that relative dates will stay
    unresolved.

    Raises:
        SourceError: when nothing usable is left (naming the set and why), or there are
            more files than ``TOOLKIT_MAX_DOCUMENTS``.
    """
    files: list[Path] = []
    for item in paths:
        item = Path(item)
        if item.is_dir():
            files.extend(sorted(p for p in item.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif item.exists():
            files.append(item)
        else:
            raise SourceError(f"{item}: no such file or folder")
    limit = settings.max_documents()
    if limit is not None and len(files) > limit:
        raise SourceError(f"source set '{name}': {len(files):,} documents is over the limit of {limit:,} "
                          "(setting TOOLKIT_MAX_DOCUMENTS)")
    manifests: dict[Path, dict] = {}
    documents, skipped, seen = [], [], {}
    read_files: set[Path] = set()
    first_with: dict[str, tuple[Path, str]] = {}  # sha256 -> the file first read with those bytes, its id

    def skip(path: Path, reason: str, kind: str, copy_of: str | None = None) -> None:
        warnings.warn(f"{'' if kind == SHORTENED else 'skipped '}{path}: {reason}", SourceWarning, stacklevel=3)
        skipped.append(SkippedDocument(str(path), reason, kind, copy_of))

    for path in files:
        if path.resolve() in read_files:
            continue  # the same file named twice (a folder and a file in it): read once
        read_files.add(path.resolve())
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        try:
            doc = read_document(path, manifest=manifests[folder].get(path.name))
        except SourceError as exc:  # read_document raises only _unusable errors: each has a reason and a kind
            skip(path, exc.reason, exc.kind)
            continue
        if doc.sha256 in first_with:
            kept_path, kept_id = first_with[doc.sha256]
            skip(path, f"same content as {kept_path.name} (read once)", COPY, copy_of=kept_id)
            continue
        doc, shortened = _shorten(doc, settings.max_parse_chars())
        if shortened:
            skip(path, shortened, SHORTENED)
        doc_id = doc.id
        if doc_id in seen:  # same stem in two folders: keep ids unique and stable
            doc_id = f"{doc.id}-{doc.sha256[:8]}"
        seen[doc_id] = True
        first_with[doc.sha256] = (path, doc_id)
        documents.append(_replace(doc, id=doc_id))
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
        ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
        cut = ends[-1] if ends else max(window.rfind(" "), window.rfind("\n"))
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
                    base: Path | None = None) -> SourceSet:
    """Read the articles a params ``sources`` value names (folder or glob under ``seeds/``)."""
    return read_paths(resolve_sources(sources, base=base), name=name or str(sources), published=published)
