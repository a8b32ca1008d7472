"""Adding articles to a source set: ``toolkit add URL… | FILE… --to SET``.

A URL is fetched (http and https only) with a clear user agent (:data:`USER_AGENT`), a
time limit for the whole answer and a size limit (``TOOLKIT_MAX_DOCUMENT_BYTES``). An
article page is stored in ``seeds/SET/`` as an ``.html`` file; a feed's URL adds the page
of each of its entries. A local file (an article, a page, a feed, an export) is copied.
Each file added gets a manifest row (``file``, ``url``, ``title``, ``outlet``,
``published``, ``retrieved``), the metadata read from the page as the set will read it.
A URL already in the set's manifest, or a file whose bytes are already in the set, is not
added twice. What fails (an error, a time-out, a page with no article) is reported and
skipped; every file, and the manifest after each addition, is written whole
(:func:`toolkit.core.files.atomic_write`), so nothing is ever half-written.

Example:
    >>> report = add(["https://example.org/story.html"], to="gaza-talks")   # doctest: +SKIP
    >>> [(a.file, a.title) for a in report.added], report.failed  # doctest: +SKIP
    ([('example-org-story-1b2c3d4e.html', 'Talks resume in Cairo')], [])
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.core import settings
from toolkit.core.errors import SourceError
from toolkit.core.files import atomic_write
from toolkit.core.paths import seeds_dir
from toolkit.core.version import __version__
from toolkit.reading.feeds import is_feed, read_feed
from toolkit.reading.folders import MANIFEST_NAMES, file_kind, manifest_path
from toolkit.reading.pages import read_page
from toolkit.reading.sources import _decode_manifest, as_text, decode, read_file, read_manifest

USER_AGENT = f"briefing-toolkit/{__version__} (news research; toolkit add; python-urllib)"
TIMEOUT = 30.0  # seconds for the whole answer of one URL, not only for each read
MANIFEST_COLUMNS = ("file", "url", "title", "outlet", "published", "retrieved")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Added:
    """A file added to the set: its name, where it came from, and the metadata of its manifest row."""

    item: str
    file: str
    url: str | None = None
    title: str | None = None


@dataclass
class Report:
    """What :func:`add` did: ``added``; ``present`` (item, file already holding it); ``failed`` (item, why)."""

    folder: Path
    added: list[Added] = field(default_factory=list)
    present: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def add(items, *, to: str, base: Path | None = None, timeout: float = TIMEOUT) -> Report:
    """Fetch URLs (article pages, or feeds: each entry's page) and copy files into the set ``to``.

    Args:
        items: URLs and local files, in order.
        to: the set's folder name under ``base`` (default ``seeds/``); created when missing.
        timeout: seconds allowed for the whole answer to one URL.

    Raises:
        SourceError: when ``to`` is not a plain folder name, or the set's manifest cannot be read.
    """
    folder = _set_folder(to, base)
    manifest = _Manifest(folder)
    report = Report(folder)
    for item in map(str, items):
        if _SCHEME.match(item):
            _add_url(item, manifest, report, timeout=timeout)
        else:
            _add_file(Path(item), manifest, report)
    return report


def _set_folder(name: str, base: Path | None) -> Path:
    if (not name or name.strip() != name or name.startswith(".") or any(c in name for c in "/\\")
            or any(ch < " " or ch == "\x7f" for ch in name)):
        raise SourceError(f"--to {name!r}: expected the name of a set's folder under seeds/ (no '/', no leading '.')")
    root = Path(base or seeds_dir())
    if not root.is_dir():
        raise SourceError(f"{root}: no such folder for the source sets")
    folder = root / name
    folder.mkdir(exist_ok=True)
    return folder


def _add_url(url: str, manifest: "_Manifest", report: Report, *, timeout: float) -> None:
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        report.failed.append((url, "only http and https URLs are fetched"))
        return
    if (held := manifest.holding(url)) is not None:
        report.present.append((url, held))
        return
    try:
        data, final = fetch(url, timeout=timeout)
    except SourceError as exc:
        report.failed.append((url, _why(exc, url)))
        return
    if is_feed(data):
        try:
            feed = read_feed(data, path=url)
        except SourceError as exc:
            report.failed.append((url, _why(exc, url)))
            return
        for entry in feed.entries:
            if not entry.link:
                report.failed.append((f"{url} entry {entry.number}", "the entry has no link"))
            elif (held := manifest.holding(entry.link)) is not None:
                report.present.append((entry.link, held))
            else:
                try:
                    page, page_final = fetch(entry.link, timeout=timeout)
                except SourceError as exc:
                    report.failed.append((entry.link, _why(exc, entry.link)))
                    continue
                _store_page(entry.link, page, page_final, manifest, report)
        return
    _store_page(url, data, final, manifest, report)


def _store_page(url: str, data: bytes, final: str, manifest: "_Manifest", report: Report) -> None:
    try:
        text, _ = decode(data, url)
        page = read_page(text, path=url)
    except SourceError as exc:  # binary, undecodable, or a page with no article (NoArticle)
        report.failed.append((url, _why(exc, url)))
        return
    for other in (final, page.url):
        if other and (held := manifest.holding(other)) is not None:
            report.present.append((url, held))
            return
    name = _page_name(final)
    atomic_write(manifest.folder / name, data)
    manifest.append({"file": name, "url": final, "title": page.title, "outlet": page.outlet,
                     "published": page.published, "retrieved": _now()})
    report.added.append(Added(url, name, final, page.title))


def _add_file(path: Path, manifest: "_Manifest", report: Report) -> None:
    shown = as_text(path)
    if not path.is_file():
        report.failed.append((shown, "no such file"))
        return
    if not file_kind(path):
        report.failed.append((shown, "not an article, page, feed or export file (.txt, .md, .html, .htm, .rss, "
                                     ".atom, .xml, .jsonl, .ndjson, .csv)"))
        return
    try:
        documents, _ = read_file(path)  # what the set would read, so that nothing unusable is copied
    except SourceError as exc:
        report.failed.append((shown, getattr(exc, "reason", str(exc))))
        return
    data = path.read_bytes()
    if (held := manifest.holding_bytes(data)) is not None:
        report.present.append((shown, held))
        return
    target = manifest.folder / path.name
    if target.exists():
        report.failed.append((shown, f"the set already holds another file named {path.name}"))
        return
    atomic_write(target, data)
    row = {"file": path.name, "retrieved": _now()}
    if file_kind(path) == "page" and len(documents) == 1:
        document = documents[0]
        row.update(url=document.url, title=document.title, outlet=document.outlet,
                   published=document.published.isoformat() if document.published else None)
    manifest.append(row)
    report.added.append(Added(shown, path.name, row.get("url"), row.get("title")))


def fetch(url: str, *, timeout: float = TIMEOUT) -> tuple[bytes, str]:
    """The body of ``url`` and the URL it came from (after redirects), within ``timeout`` seconds in all.

    Raises:
        SourceError: naming the URL: an HTTP error, no answer in time, a body over
            ``TOOLKIT_MAX_DOCUMENT_BYTES``, a redirect to another scheme than http(s).
    """
    limit = settings.max_document_bytes()
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5",
    })
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            length = response.headers.get("Content-Length")
            if limit is not None and length and length.isdigit() and int(length) > limit:
                raise SourceError(f"{url}: {int(length):,} bytes is over the limit of {limit:,} bytes per document "
                                  "(setting TOOLKIT_MAX_DOCUMENT_BYTES)")
            chunks, size = [], 0
            while chunk := response.read(65_536):
                chunks.append(chunk)
                size += len(chunk)
                if limit is not None and size > limit:
                    raise SourceError(f"{url}: over the limit of {limit:,} bytes per document "
                                      "(setting TOOLKIT_MAX_DOCUMENT_BYTES)")
                if time.monotonic() > deadline:
                    raise SourceError(f"{url}: not received within {timeout:g} s")
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise SourceError(f"{url}: no answer within {timeout:g} s") from None
        raise SourceError(f"{url}: cannot fetch ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise SourceError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # a connection reset, a malformed URL or answer
        raise SourceError(f"{url}: cannot fetch ({exc})") from None
    return b"".join(chunks), final


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https only (urllib would also follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirect to {newurl!r} refused (http and https only)",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _page_name(url: str) -> str:
    """A file name for a page from its URL: its host and path as words, and a short hash that keeps names apart."""
    parts = urllib.parse.urlsplit(url)
    slug = _SLUG.sub("-", f"{parts.hostname or ''} {parts.path}".lower()).strip("-")
    slug = slug.removesuffix("-html").removesuffix("-htm")[:60].strip("-") or "page"
    return f"{slug}-{hashlib.sha256(url.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}.html"


def _why(error: Exception, item: str) -> str:
    """An error's message without the item it names first (the report names it)."""
    return str(error).removeprefix(f"{item}: ")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _same_url(url: str) -> str:
    """A URL as compared: without its fragment, and with the host's case and a trailing '/' ignored."""
    parts = urllib.parse.urlsplit(url.strip())
    return urllib.parse.urlunsplit((parts.scheme.lower(), (parts.netloc or "").lower(), parts.path.rstrip("/"),
                                    parts.query, ""))


class _Manifest:
    """The set's manifest, kept as its rows and columns, written whole after each addition."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = manifest_path(folder) or folder / MANIFEST_NAMES[1]
        self.delimiter = "\t" if self.path.suffix == ".tsv" else ","
        self.columns: list[str] = list(MANIFEST_COLUMNS)
        self.rows: list[dict] = []
        if self.path.exists():
            read_manifest(folder)  # refused as the set would refuse it: a link out, too large, not CSV
            text = _decode_manifest(self.path.read_bytes(), self.path)
            reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=self.delimiter)
            try:
                self.columns = list(reader.fieldnames or []) or self.columns
                self.rows = [row for row in reader]
            except csv.Error as exc:
                raise SourceError(f"{self.path}: unreadable manifest (line {reader.line_num}: {exc})") from None
            self.columns += [c for c in MANIFEST_COLUMNS if c not in self.columns]
        self.urls = {_same_url(r["url"]): r.get("file") or "" for r in self.rows if r.get("url")}
        self._hashes: dict[str, str] | None = None

    def holding(self, url: str) -> str | None:
        """The file that holds ``url`` already, or None."""
        return self.urls.get(_same_url(url))

    def holding_bytes(self, data: bytes) -> str | None:
        """The file of the set with these bytes, or None."""
        if self._hashes is None:
            self._hashes = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name
                            for p in sorted(self.folder.iterdir()) if p.is_file() and file_kind(p)}
        return self._hashes.get(hashlib.sha256(data).hexdigest())

    def append(self, row: dict) -> None:
        row = {k: ("" if v is None else str(v)) for k, v in row.items()}
        self.rows.append(row)
        if row.get("url"):
            self.urls[_same_url(row["url"])] = row["file"]
        if self._hashes is not None:
            self._hashes[hashlib.sha256((self.folder / row["file"]).read_bytes()).hexdigest()] = row["file"]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=self.columns, delimiter=self.delimiter, lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(self.rows)
        atomic_write(self.path, out.getvalue())
