"""Metadata: a document's title, outlet, published date and url, from wherever they are given.

In order of precedence: a ``MANIFEST.tsv`` or ``MANIFEST.csv`` beside the file
(:func:`read_manifest`), YAML front matter at its top (:func:`_front_matter`), what the page,
feed entry or export row says, and a trailing outlet line at the end of the text
(:func:`_trim_body`). A value that cannot be used is dropped with a
:class:`~toolkit.reading.documents.SourceWarning` naming the file and the field (:func:`_metadata`).

Example:
    >>> parse_date("2025-08-07T10:00:00-05:00")
    datetime.date(2025, 8, 7)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import yaml

from toolkit.core.errors import SourceError
from toolkit.reading.decoding import _excerpt, _has_surrogate, _read_bytes, _unusable, _warn, as_text, decode
from toolkit.reading.documents import BAD_FRONT_MATTER
from toolkit.reading.folders import manifest_path

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# A trailing outlet line: a few capitalised words, no sentence punctuation.
_OUTLET_LINE = re.compile(r"^(?:The )?[A-Z][\w&.'’-]*(?: (?:of |the |and |& )?[A-Z][\w&.'’-]*){0,5}$")


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
