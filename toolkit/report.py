"""Notebook-facing display helpers: DataFrames to escaped HTML, charts to images with alt text.

Article text is data, never markup: every value that reaches the briefing goes through
:func:`html.escape`, so a quote holding ``<script>`` shows as text. Each ``show_*``
function returns an :class:`IPython.display.HTML` object, so it can be a cell's last
expression; :func:`save_tables` writes the extracted tables to CSV for analysts.

Example (a notebook cell)::

    report.show_table(ex.entities, columns={"name": "Name", "mentions": "Mentions"}, max_rows=20)
"""

from __future__ import annotations

import base64
import html
import io
import math
import os
import platform
import re
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd
from IPython.display import HTML

from .paths import seeds_dir

PNG_DPI = 144  # twice the CSS pixel density: sharp on screen and in print, still small
TABLES = {
    # name: (columns to sort by, ascending) -- a fixed row order keeps the CSVs byte-stable
    "documents": (["id"], [True]),
    "entities": (["mentions", "name", "label"], [False, True, True]),
    "quotes": (["doc", "start", "end"], [True, True, True]),
    "timeline": (["doc", "start", "end"], [True, True, True]),
    "events": (["doc", "start", "end"], [True, True, True]),
}


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    A reader never sees a half-written file, and an interrupted write leaves the old
    file in place.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; reports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _esc(value) -> str:
    """A cell value as escaped text (missing values as an empty string)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return html.escape(str(value), quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def show_heading(text: str, level: int = 2) -> HTML:
    """A heading (``<h2>`` by default) with an id, so it lands in the table of contents."""
    level = min(max(int(level), 1), 6)
    return HTML(f'<h{level} id="{_slug(text)}">{html.escape(text)}</h{level}>')


def show_table(df: pd.DataFrame, columns: Iterable[str] | Mapping[str, str] | None = None, *,
               max_rows: int | None = 30, caption: str | None = None, highlight: Iterable[str] = (),
               highlight_column: str = "name", empty: str = "Nothing found.") -> HTML:
    """An escaped HTML table of ``df``.

    Args:
        df: the rows to show.
        columns: which columns, in order; a mapping gives each a header label.
        max_rows: show at most this many rows, saying how many were left out.
        caption: a caption above the table.
        highlight: rows whose ``highlight_column`` is one of these are emphasised (e.g.
            the params' focus entities).
        highlight_column: the column compared with ``highlight``.
        empty: what to say when there are no rows.
    """
    if df is None or len(df) == 0:
        return HTML(f'<p class="empty">{html.escape(empty)}</p>')
    labels = dict(columns) if isinstance(columns, Mapping) else {c: c for c in (columns or df.columns)}
    labels = {c: label for c, label in labels.items() if c in df.columns}
    shown = df if max_rows is None else df.head(max_rows)
    focus = set(highlight)
    numeric = {c for c in labels if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])}
    # Short values (dates, kinds, counts) never wrap: "2025-08-06" split over two lines is unreadable.
    short = {c for c in labels if c not in numeric and shown[c].map(lambda v: len(_esc(v))).max() <= 12}
    cell_class = {c: ' class="num"' if c in numeric else ' class="short"' if c in short else "" for c in labels}
    head = "".join(f'<th scope="col"{cell_class[c] if c in numeric else ""}>{html.escape(str(label))}</th>'
                   for c, label in labels.items())
    rows = []
    for record in shown.to_dict("records"):
        cls = ' class="focus"' if focus and record.get(highlight_column) in focus else ""
        cells = "".join(f"<td{cell_class[c]}>{_esc(record.get(c))}</td>" for c in labels)
        rows.append(f"<tr{cls}>{cells}</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    more = (f'<p class="note">Showing {len(shown)} of {len(df)} rows; all are in the CSV files.</p>'
            if len(shown) < len(df) else "")
    return HTML(f'<div class="table-wrap"><table class="briefing-table">{cap}<thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table></div>{more}')


def _source_names(documents: pd.DataFrame | None) -> dict[str, str]:
    """Document id → a short human name ("Title, Outlet" or the outlet or the id)."""
    names = {}
    if documents is None or documents.empty:
        return names
    for record in documents.to_dict("records"):
        parts = [str(record[k]) for k in ("title", "outlet") if _esc(record.get(k))]
        names[record["id"]] = ", ".join(parts) or str(record["id"])
    return names


def show_summary(summary: pd.DataFrame, documents: pd.DataFrame | None = None) -> HTML:
    """The key sentences as a numbered list (with their source when there are several)."""
    if summary is None or summary.empty:
        return HTML('<p class="empty">No key sentences found.</p>')
    names = _source_names(documents)
    several = len(names) > 1
    items = []
    for record in summary.to_dict("records"):
        source = f' <span class="source">({_esc(names.get(record["doc"], record["doc"]))})</span>' if several else ""
        items.append(f"<li>{_esc(record['sentence'])}{source}</li>")
    return HTML(f'<ol class="summary">{"".join(items)}</ol>')


_QUOTE_MARKS = "\"'“”‘’«»„"


def show_quotes(quotes: pd.DataFrame, documents: pd.DataFrame | None = None, *, max_rows: int = 40,
                min_words: int = 1) -> HTML:
    """Quotations as block quotes with their speaker ("unattributed" when unknown).

    Args:
        quotes: a frame with ``text``, ``speaker`` and ``doc`` (``cue``, ``unterminated`` optional).
        documents: the documents table, to name the source when there are several.
        max_rows: show at most this many quotes.
        min_words: leave out fragments shorter than this (scare quotes like "long").
    """
    if quotes is not None and not quotes.empty and min_words > 1:
        quotes = quotes[[len(str(t).split()) >= min_words for t in quotes["text"]]]
    if quotes is None or quotes.empty:
        return HTML('<p class="empty">No quotations found.</p>')
    names = _source_names(documents)
    several = len(names) > 1
    blocks = []
    for record in quotes.head(max_rows).to_dict("records"):
        text = str(record["text"]).strip().strip(_QUOTE_MARKS).strip()
        ellipsis = "…" if record.get("unterminated") else ""
        speaker = _esc(record.get("speaker")) or '<span class="unattributed">unattributed</span>'
        source = f' <span class="source">· {_esc(names.get(record["doc"], record["doc"]))}</span>' if several else ""
        blocks.append(f'<blockquote class="quote"><p>“{_esc(text)}{ellipsis}”</p>'
                      f"<footer>— {speaker}{source}</footer></blockquote>")
    more = (f'<p class="note">Showing {max_rows} of {len(quotes)} quotations; all are in quotes.csv.</p>'
            if len(quotes) > max_rows else "")
    return HTML("".join(blocks) + more)


def show_events(events: pd.DataFrame, *, max_rows: int = 40) -> HTML:
    """Events as a table of date, who, does (with "not" when negated) and what."""
    if events is not None and not events.empty and "negated" in events:
        verbs = [f"not {v}" if bool(n) and pd.notna(n) else v for v, n in zip(events["verb"], events["negated"])]
        events = events.assign(verb=verbs)
    return show_table(events, {"date": "Date", "subject": "Who", "verb": "Does", "object": "What"},
                      max_rows=max_rows, empty="No events found.")


class Figure:
    """A chart as a PNG with alt text, displayed by Jupyter (``_repr_mimebundle_``)."""

    def __init__(self, png: bytes, alt: str, width: int):
        self.png, self.alt, self.width = png, alt, width

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt, "width": self.width}}


def show_figure(fig, alt: str | None = None, *, dpi: int = PNG_DPI) -> Figure:
    """A matplotlib figure as a PNG display with alt text (``fig.alt_text`` unless given).

    PNG rather than SVG: Agg's raster output is byte-stable for the same data and
    WeasyPrint embeds it as is, while SVG carries generated ids and dates.
    """
    buffer = io.BytesIO()
    # "Software" would write matplotlib's version into the file: left out so that an
    # upgrade that draws identically does not change the bytes.
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    text = alt or getattr(fig, "alt_text", None) or "Chart"
    return Figure(buffer.getvalue(), text, int(round(fig.get_figwidth() * 96)))


def _relative_path(path) -> str:
    """A document path relative to ``seeds/`` (never a machine-specific absolute path)."""
    if not path:
        return ""
    p = Path(str(path))
    try:
        return p.resolve().relative_to(seeds_dir()).as_posix()
    except (ValueError, OSError):
        return p.name


def _date_range(documents: pd.DataFrame) -> str:
    dates = sorted(str(d) for d in documents.get("published", pd.Series(dtype=object)).dropna())
    if not dates:
        return "undated"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def overview(extraction, params=None) -> HTML:
    """One paragraph saying what the briefing covers: sources, outlets, dates, counts."""
    docs = extraction.documents
    outlets = sorted({str(o) for o in docs.get("outlet", pd.Series(dtype=object)).dropna()})
    n = len(docs)
    parts = [f"{n} article{'s' if n != 1 else ''}"]
    if outlets:
        parts.append("from " + ", ".join(outlets))
    parts.append(f"published {_date_range(docs)}")
    counts = (f"{len(extraction.entities)} names, {len(extraction.quotes)} quotations, "
              f"{len(extraction.timeline)} time expressions and {len(extraction.events)} events were extracted.")
    skipped = len(extraction.skipped)
    note = (f" {skipped} file{'s were' if skipped != 1 else ' was'} skipped (see the appendix)." if skipped else "")
    focus = ""
    if params is not None and getattr(params, "focus", None):
        focus = f'<p class="focus-line">Focus: {html.escape(", ".join(params.focus))}.</p>'
    return HTML(f'<p class="lede">This briefing reads {html.escape(" ".join(parts))}. '
                f"{html.escape(counts)}{html.escape(note)}</p>{focus}")


def versions(extraction=None) -> dict[str, str]:
    """Versions of the toolkit, Python, spaCy and the model that produced the briefing."""
    import spacy

    from . import __version__

    model = (getattr(extraction, "model", None) or {}) if extraction is not None else {}
    found = {"briefing-toolkit": __version__, "Python": platform.python_version(),
             "spaCy": model.get("spacy") or spacy.__version__}
    if model.get("model"):
        found["model"] = f"{model['model']} {model.get('model_version') or ''}".strip()
    return found


def _params_rows(params) -> list[tuple[str, str]]:
    rows = []
    for key, value in params.as_dict().items():
        if isinstance(value, dict):
            value = "; ".join(f"{k} → {v}" for k, v in sorted(value.items())) or "—"
        elif isinstance(value, list):
            value = ", ".join(map(str, value)) or "—"
        rows.append((key, "—" if value is None else str(value)))
    return rows


def provenance_table(extraction, params=None) -> HTML:
    """The appendix: each source (file, outlet, date, sha256), skipped files, params, versions."""
    docs = extraction.documents.assign(file=[_relative_path(p) for p in extraction.documents["path"]])
    # The id is the file's stem, so the file stands for both; empty columns are left out.
    columns = {"file": "file under seeds/", "title": "title", "outlet": "outlet", "published": "published",
               "url": "url", "words": "words", "sha256": "sha256"}
    columns = {c: label for c, label in columns.items() if c in docs and docs[c].map(_esc).astype(bool).any()}
    sources = show_table(docs, columns, max_rows=None, caption="Sources", empty="No sources.").data
    sources = sources.replace('<table class="briefing-table">', '<table class="briefing-table sources">', 1)
    parts = [sources]
    if len(extraction.skipped):
        skipped = extraction.skipped.assign(file=[_relative_path(p) for p in extraction.skipped["path"]])
        parts.append(show_table(skipped, {"file": "file", "reason": "reason"}, max_rows=None,
                                caption="Skipped files").data)
    if params is not None:
        frame = pd.DataFrame(_params_rows(params), columns=["key", "value"])
        parts.append(show_table(frame, max_rows=None, caption="Parameters").data)
    frame = pd.DataFrame(sorted(versions(extraction).items()), columns=["software", "version"])
    parts.append(show_table(frame, max_rows=None, caption="Software").data)
    return HTML("".join(parts))


def save_tables(extraction, data_dir: str | Path) -> dict[str, Path]:
    """Write documents, entities, quotes, timeline and events to ``data_dir/<table>.csv``.

    Rows are sorted on fixed keys and paths made relative to ``seeds/`` so that the
    same sources always give byte-identical files; each file is written atomically.

    Returns:
        ``{table name: path written}``.
    """
    data_dir = Path(data_dir)
    written = {}
    for name, (keys, ascending) in TABLES.items():
        frame = getattr(extraction, name)
        if name == "documents" and "path" in frame:
            frame = frame.assign(path=[_relative_path(p) for p in frame["path"]])
        present = [(k, a) for k, a in zip(keys, ascending) if k in frame.columns]
        if present and len(frame):
            frame = frame.sort_values([k for k, _ in present], ascending=[a for _, a in present], kind="mergesort")
        written[name] = atomic_write(data_dir / f"{name}.csv", frame.to_csv(index=False, lineterminator="\n"))
    return written
