"""Exports of news databases and monitoring services: one document per CSV row or JSON line.

The text comes from the column ``text``, ``body`` or ``content``, the metadata from the
names the common exports use (:data:`NAMES`: Media Cloud's ``media_name`` and
``publish_date``, NewsAPI's ``source`` object, GDELT-style ``url`` and ``date``), so that
they read without a mapping. Anything else is mapped in the params (``columns:``, export
column → field). A row that cannot be used is reported with its line number, and the
rest of the file is read.

Python's ``csv`` and ``json`` read them: both give the line a row starts on, which a
reader of bad rows needs, and neither loads the whole table into a frame first.

Example:
    >>> export = read_export('{"title": "Talks", "text": "Putin met Trump."}\\n', path="e.jsonl")
    >>> export.rows[0].line, export.rows[0].fields["title"], export.rows[0].text
    (1, 'Talks', 'Putin met Trump.')
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import NamedTuple

from toolkit.reading.feeds import as_iso_date
from toolkit.reading.pages import fragment_text

EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".csv")
# The fields of a document and the column names each goes by in common exports, in order
# of preference; matched without regard to case.
FIELDS = ("text", "title", "url", "published", "outlet")
NAMES = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "publish_date"),
    "outlet": ("outlet", "source", "media_name"),
}
# Text holding paragraph or line-break tags is HTML, reduced as a page's text is.
_MARKUP = re.compile(r"<(?:p|br|div|/p|/div|span|em|strong|a)\b[^<>]{0,200}>", re.I)


class Row(NamedTuple):
    """One usable row: the line it starts on, its metadata fields (text), and its text as read."""

    line: int
    fields: dict
    text: str


class BadRow(NamedTuple):
    line: int
    reason: str


class Export(NamedTuple):
    rows: list[Row]
    bad: list[BadRow]


def read_export(text: str, *, path: str | Path, columns: dict[str, str] | None = None) -> Export:
    """The rows of a ``.jsonl``/``.ndjson`` or ``.csv`` export (by ``path``'s suffix).

    Args:
        text: the file's decoded text.
        path: the file (its suffix says the format).
        columns: export column → field (one of :data:`FIELDS`), before the usual names.
    """
    if Path(path).suffix.lower() == ".csv":
        records = _csv_records(text)
    else:
        records = _json_records(text)
    rows, bad = [], []
    for line, record in records:
        if isinstance(record, str):
            bad.append(BadRow(line, record))
            continue
        fields = _fields(record, columns or {})
        body = fields.pop("text", None)
        if not body or not body.strip():
            names = ", ".join(c for c, f in (columns or {}).items() if f == "text") or ", ".join(NAMES["text"])
            bad.append(BadRow(line, f"no text (the column {names} is missing or empty)"))
            continue
        if _MARKUP.search(body):
            body = fragment_text(body)
            if not body:
                bad.append(BadRow(line, "no text (its HTML holds none)"))
                continue
        rows.append(Row(line, fields, body))
    return Export(rows, bad)


def _json_records(text: str):
    """(line, object) for each JSON line, or (line, why it is unusable)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            yield number, "not usable JSON (nested too deeply)"
            continue
        except ValueError as exc:
            yield number, f"not valid JSON ({getattr(exc, 'msg', exc)} at column {getattr(exc, 'colno', '?')})"
            continue
        if not isinstance(record, dict):
            yield number, f"a JSON {type(record).__name__}, not an object of columns"
            continue
        yield number, record


def _csv_records(text: str):
    """(line, row as a mapping) for each CSV row, or (line, why it is unusable); line is where the row starts."""
    # The csv module refuses fields over 128 KB; an article's body may be longer, and the
    # whole file is already held to TOOLKIT_MAX_DOCUMENT_BYTES.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    # strict: a quote never closed is an error at its row, not the rest of the file read as one field.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield 1, f"unreadable header ({exc})"
        return
    if not header:
        return
    header = [h.strip() for h in header]
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, f"unreadable CSV ({exc}); the rest of the file is not read"
            return
        line, start = start, reader.line_num + 1
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            yield line, f"{len(values)} fields where the header has {len(header)}"
            continue
        yield line, dict(zip(header, values))


def _fields(record: dict, columns: dict[str, str]) -> dict:
    """The fields of one record as text: mapped columns first, then the usual names."""
    by_name = {str(k).casefold(): v for k, v in record.items()}
    found: dict = {}
    for column, field in columns.items():
        value = _value(by_name.get(column.casefold()))
        if value is not None:
            found.setdefault(field, value)
    for field, names in NAMES.items():
        for name in names:
            if field in found:
                break
            value = _value(by_name.get(name))
            if value is not None:
                found[field] = value
    if "published" in found:
        found["published"] = as_iso_date(found["published"]) or found["published"]
    return found


def _value(value) -> str | None:
    """Text from a cell: strings as they are, numbers as text, ``{"name": …}`` (NewsAPI's source) its name."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None
