"""The data tables a briefing keeps beside it, in ``reports/<name>/data/``.

Every write is atomic (:func:`toolkit.core.files.atomic_write`) and every table has a
fixed row order, so the same sources give byte-identical files. ``facts.parquet`` is
what the next build of the set compares with (:mod:`toolkit.analysis.changes`);
``previous_facts.parquet`` is a byte-for-byte copy of the facts this build compared with
(absent on a set's first build), so that a rebuild (``toolkit verify``) can say the same
"What changed".

Example:
    >>> save_tables(ex, data_dir)                # doctest: +SKIP
    {'documents': PosixPath('.../data/documents.csv'), ...}
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pandas as pd

from toolkit.analysis.changes import CHANGE_COLUMNS, FACT_COLUMNS, TEXT_COLUMNS, Changes, changes_since
from toolkit.core.files import atomic_write
from toolkit.core.paths import relative_to_seeds, seeds_dir
from toolkit.core.text import inert_cell

FACTS_FILE = "facts.parquet"
PREVIOUS_FACTS_FILE = "previous_facts.parquet"  # the facts this build compared with, as they were read
CHANGES_FILE = "changes.csv"
EXTRACTION_TABLES = {
    # name: (columns to sort by, ascending) -- a fixed row order keeps the CSVs byte-stable
    "documents": (["id"], [True]),
    "entities": (["mentions", "name", "label"], [False, True, True]),
    "quotes": (["doc", "start", "end"], [True, True, True]),
    "timeline": (["doc", "start", "end"], [True, True, True]),
    "events": (["doc", "start", "end"], [True, True, True]),
}


def _csv(frame: pd.DataFrame) -> str:
    """The frame as CSV text, every text cell and header inert in a spreadsheet.

    A title, outlet or quotation starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return would run as a formula when an analyst opens the file in a spreadsheet: such
    cells get a leading ``'`` (:func:`toolkit.core.text.inert_cell`). Numbers are kept.
    """
    inert = frame.rename(columns=lambda c: inert_cell(c) if isinstance(c, str) else c)
    for position, dtype in enumerate(inert.dtypes):
        if dtype == object or pd.api.types.is_string_dtype(dtype):
            inert.isetitem(position, inert.iloc[:, position].map(inert_cell, na_action="ignore"))
    return inert.to_csv(index=False, lineterminator="\n")


def save_tables(extraction, data_dir: str | Path) -> dict[str, Path]:
    """Write documents, entities, quotes, timeline and events to ``data_dir/<table>.csv``.

    Rows are sorted on fixed keys and paths made relative to ``seeds/``.

    Returns:
        ``{table name: path written}``.
    """
    data_dir = Path(data_dir)
    written = {}
    for name, (keys, ascending) in EXTRACTION_TABLES.items():
        frame = getattr(extraction, name)
        if name == "documents" and "path" in frame:
            seeds = seeds_dir()  # (resolved once, not once per document)
            frame = frame.assign(path=[relative_to_seeds(p, seeds=seeds) for p in frame["path"]])
        present = [(k, a) for k, a in zip(keys, ascending) if k in frame.columns]
        if present and len(frame):
            frame = frame.sort_values([k for k, _ in present], ascending=[a for _, a in present], kind="mergesort")
        written[name] = atomic_write(data_dir / f"{name}.csv", _csv(frame))
    return written


def save_comparison(comparison, data_dir: str | Path) -> dict[str, Path]:
    """Write every table of a :class:`toolkit.analysis.compare.Comparison` as CSV into ``data_dir``."""
    data_dir = Path(data_dir)
    tables = {
        "coverage": comparison.coverage, "coverage_per_day": comparison.per_day, "duplicates": comparison.copies,
        "entities_by_outlet": comparison.entities, "speakers_by_outlet": comparison.speakers,
        "quote_groups": comparison.quotes.drop(columns=["words"], errors="ignore"),
        "quote_variants": comparison.quote_variants, "timeline_merged": comparison.timeline.drop(columns=["key"]),
        "distinctive_terms": comparison.terms, "network_nodes": comparison.network_nodes,
        "network_edges": comparison.network_edges,
    }
    return {name: atomic_write(data_dir / f"{name}.csv", _csv(frame)) for name, frame in tables.items()}


def save_findings(found, data_dir: str | Path) -> dict[str, Path]:
    """Write the story tables (:class:`toolkit.analysis.findings.Findings`) as CSV into ``data_dir``:
    ``bottom_line.csv``, ``developments.csv``, ``whats_next.csv``, ``voices.csv`` (every
    quotation with its role, whether the page shows it and, when it is not confident, why),
    ``differences.csv`` and ``who.csv`` (every name with its flag)."""
    data_dir = Path(data_dir)
    tables = {"bottom_line": found.bottom_line, "developments": found.developments, "whats_next": found.next,
              "voices": found.voices, "differences": found.differences, "who": found.roster}
    return {name: atomic_write(data_dir / f"{name}.csv", _csv(frame)) for name, frame in tables.items()}


def record_changes(extraction, data_dir: str | Path, previous_dir: str | Path | None = None) -> Changes:
    """Compare the extraction's facts with the previous build's, then keep the new ones.

    Reads ``previous_dir/facts.parquet`` (default: ``data_dir``) first, keeps the bytes it
    read as ``data_dir/previous_facts.parquet`` (whatever they hold: a damaged file is kept
    as it was, so that a rebuild from the copy says the same), then writes
    ``data_dir/facts.parquet`` and ``data_dir/changes.csv``. Without previous facts no copy
    is kept (and an earlier one in ``data_dir`` is removed).

    Args:
        extraction: the extraction of this build.
        data_dir: where this build's tables go.
        previous_dir: where the last build's tables are (the live ``reports/<name>/data``
            while this build is staged elsewhere).
    """
    content, previous, lost = _read_previous(previous_dir if previous_dir is not None else data_dir)
    changed = changes_since(previous, extraction)
    if lost:  # the briefing says that the history was lost, and why, not "the first build"
        changed = dataclasses.replace(changed, lost=lost)
    kept = Path(data_dir) / PREVIOUS_FACTS_FILE
    if content is None:
        kept.unlink(missing_ok=True)
    else:
        atomic_write(kept, content)
    save_changes(changed, data_dir)
    return changed


def save_changes(changed: Changes, data_dir: str | Path) -> dict[str, Path]:
    """Keep this build's facts for the next build (``facts.parquet``) and write ``changes.csv``
    (only a header on a set's first build)."""
    data_dir = Path(data_dir)
    buffer = io.BytesIO()
    changed.facts[FACT_COLUMNS].to_parquet(buffer, index=False, engine="pyarrow", compression="zstd")
    return {"facts": atomic_write(data_dir / FACTS_FILE, buffer.getvalue()),
            "changes": atomic_write(data_dir / CHANGES_FILE, _csv(changed.table[CHANGE_COLUMNS]))}


def _arrow_kind(kind) -> str:
    """An Arrow type in words ("text", "decimal numbers", …)."""
    import pyarrow as pa

    for test, words in ((pa.types.is_string, "text"), (pa.types.is_large_string, "text"),
                        (pa.types.is_integer, "whole numbers"), (pa.types.is_floating, "decimal numbers"),
                        (pa.types.is_boolean, "true/false values"), (pa.types.is_temporal, "dates or times")):
        if test(kind):
            return words
    return f"values of type {kind}"


def load_facts(data_dir: str | Path | None) -> pd.DataFrame | None:
    """The facts a previous build kept in ``data_dir``, or ``None`` when there are none or
    they cannot be used (:func:`read_facts` says why)."""
    return read_facts(data_dir)[0]


def read_facts(data_dir: str | Path | None) -> tuple[pd.DataFrame | None, str]:
    """The facts a previous build kept in ``data_dir``, and why they are unusable if they are.

    Returns:
        ``(facts, "")``; ``(None, "")`` when there is no ``facts.parquet``; ``(None, why)``
        when there is one that cannot be used: not a regular file, not a readable Parquet
        file (truncated, another format), a required column missing or of another type than
        the build writes (text for ``kind``, ``key``, ``text``, ``doc``, ``detail``; whole
        numbers for ``weight``). ``why`` names the file as ``data/facts.parquet`` and never
        quotes the file's content. Such a file never fails the build: the history it held
        is lost, and the build says so.
    """
    _, facts, why = _read_previous(data_dir)
    return facts, why


def _read_previous(data_dir: str | Path | None) -> tuple[bytes | None, pd.DataFrame | None, str]:
    """:func:`read_facts`, with the bytes it read (``None`` when there was no regular file to read).

    The file is read once and parsed from those bytes: what is compared is what is kept.
    """
    if data_dir is None:
        return None, None, ""
    path = Path(data_dir) / FACTS_FILE
    shown = f"data/{FACTS_FILE}"
    if not path.exists() and not path.is_symlink():
        return None, None, ""
    if path.is_symlink() or not path.is_file():
        return None, None, f"{shown} is not a regular file"
    try:
        content = path.read_bytes()
    except OSError as exc:
        return None, None, f"{shown} could not be read ({exc.strerror or type(exc).__name__})"
    return (content, *_parse_facts(content, shown))


def _parse_facts(content: bytes, shown: str) -> tuple[pd.DataFrame | None, str]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(pa.BufferReader(content))
    except Exception as exc:  # noqa: BLE001 - any reader error: the file is not usable
        return None, f"{shown} is not a readable Parquet file ({type(exc).__name__})"
    missing = [c for c in ("kind", "key", "text", "doc") if c not in schema.names]
    if missing:
        return None, f"{shown} lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
    for column in schema:
        kind = column.type
        if column.name in TEXT_COLUMNS and not (pa.types.is_string(kind) or pa.types.is_large_string(kind)
                                                or pa.types.is_null(kind)):
            return None, f"{shown}: the column {column.name} holds {_arrow_kind(kind)}, not text"
        if column.name == "weight" and not (pa.types.is_integer(kind) or pa.types.is_null(kind)):
            return None, f"{shown}: the column weight holds {_arrow_kind(kind)}, not whole numbers"
    try:
        frame = pd.read_parquet(io.BytesIO(content))
        if "detail" not in frame:
            frame["detail"] = ""
        frame["weight"] = frame["weight"].fillna(0) if "weight" in frame else 0
        return frame[FACT_COLUMNS].astype({**{c: "string" for c in TEXT_COLUMNS}, "weight": "int64"}), ""
    except Exception as exc:  # noqa: BLE001 - damaged pages, values out of range
        return None, f"{shown} could not be read ({type(exc).__name__})"
