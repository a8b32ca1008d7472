"""The data tables a briefing keeps beside it, in ``reports/<name>/data/``.

Every write is atomic (:func:`toolkit.core.files.atomic_write`) and every table has a
fixed row order, so the same sources give byte-identical files. ``facts.parquet`` is
what the next build of the set compares with (:mod:`toolkit.analysis.changes`).

Example:
    >>> save_tables(ex, data_dir)                # doctest: +SKIP
    {'documents': PosixPath('.../data/documents.csv'), ...}
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from toolkit.analysis.changes import CHANGE_COLUMNS, FACT_COLUMNS, TEXT_COLUMNS, Changes, changes_since
from toolkit.core.files import atomic_write
from toolkit.core.paths import relative_to_seeds
from toolkit.core.text import inert_cell

FACTS_FILE = "facts.parquet"
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
            frame = frame.assign(path=[relative_to_seeds(p) for p in frame["path"]])
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


def record_changes(extraction, data_dir: str | Path, previous_dir: str | Path | None = None) -> Changes:
    """Compare the extraction's facts with the previous build's, then keep the new ones.

    Reads ``previous_dir/facts.parquet`` (default: ``data_dir``) first, then writes
    ``data_dir/facts.parquet`` and ``data_dir/changes.csv``.

    Args:
        extraction: the extraction of this build.
        data_dir: where this build's tables go.
        previous_dir: where the last build's tables are (the live ``reports/<name>/data``
            while this build is staged elsewhere).
    """
    changed = changes_since(load_facts(previous_dir if previous_dir is not None else data_dir), extraction)
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


def load_facts(data_dir: str | Path | None) -> pd.DataFrame | None:
    """The facts a previous build kept in ``data_dir``, or ``None`` when there are none.

    An unreadable file (an interrupted copy, another format) counts as none: the build
    then says it has nothing to compare with rather than failing.
    """
    if data_dir is None:
        return None
    path = Path(data_dir) / FACTS_FILE
    if not path.is_file():
        return None
    try:
        frame = pd.read_parquet(path)
    except Exception:  # noqa: BLE001 - any reader error means "no usable previous facts"
        return None
    if any(c not in frame.columns for c in ("kind", "key", "text", "doc")):
        return None
    if "detail" not in frame:
        frame["detail"] = ""
    if "weight" not in frame:
        frame["weight"] = 0
    return frame[FACT_COLUMNS].astype({**{c: "string" for c in TEXT_COLUMNS}, "weight": "int64"})
