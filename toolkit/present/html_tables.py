"""Escaped HTML tables: any DataFrame as a table, its first rows with a link to the CSV, document labels.

Article text is data, never markup: every value goes through :func:`html.escape`
(:func:`_esc`). Long tables show their top rows and link to the full CSV in ``data/`` beside
the briefing (:func:`show_top`); documents are named by outlet, kind and date
(:func:`document_labels`).

Example (a notebook cell)::

    show_table(ex.entities, columns={"name": "Name", "mentions": "Mentions"}, max_rows=20)
"""

from __future__ import annotations

import html
import math
import re
from typing import Iterable, Mapping

import pandas as pd
from IPython.display import HTML


def _run(markup: str) -> str:
    """Wrap a run of prose that another inline box (a source link) follows in a span of its own.

    Why: WeasyPrint, splitting a line of text that another inline box follows, sometimes
    strands one word on a line of its own ("… netted an additional / 66 / seats, …"). In a
    span of its own the run is broken like any paragraph (no stray line in 600 corpus
    sentences at six widths, against 11 without it).
    """
    return f'<span class="run">{markup}</span>'


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


def _csv_note(shown: int, total: int, csv: str, what: str = "rows") -> str:
    name = html.escape(csv)
    return (f'<p class="note">Showing {shown} of {total} {html.escape(what)}; all are in '
            f'<a href="data/{name}">data/{name}</a>.</p>')


def show_top(df: pd.DataFrame, columns: Iterable[str] | Mapping[str, str] | None = None, *, csv: str,
             max_rows: int = 30, what: str = "rows", **options) -> HTML:
    """:func:`show_table` of the first ``max_rows`` rows, linking to ``data/<csv>`` for the rest."""
    if df is None or len(df) <= max_rows:
        return show_table(df, columns, max_rows=None, **options)
    page = show_table(df.head(max_rows), columns, max_rows=None, **options).data
    return HTML(page + _csv_note(max_rows, len(df), csv, what))


def _date_text(value) -> str:
    text = str(value or "")
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return text
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"{int(match[3])} {months[int(match[2]) - 1]} {match[1]}"


def document_labels(documents: pd.DataFrame | None) -> dict[str, str]:
    """Document id → a short name: "Outlet (kind), 7 Aug 2025", with the title when two would read alike."""
    labels: dict[str, str] = {}
    if documents is None or documents.empty:
        return labels
    records = documents.to_dict("records")
    for record in records:
        outlet = _esc(record.get("outlet")) and str(record["outlet"])
        kind = _esc(record.get("kind")) and str(record["kind"])
        base = outlet or str(record["id"])
        if kind:
            base += f" ({kind})"
        if _esc(record.get("published")):
            base += f", {_date_text(record['published'])}"
        labels[record["id"]] = base
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    for record in records:
        title = _esc(record.get("title")) and " ".join(str(record["title"]).split())
        if counts[labels[record["id"]]] > 1 and title:
            short = title if len(title) <= 48 else title[:47].rstrip() + "…"
            labels[record["id"]] += f": {short}"
    return labels


def _label_text(ids, labels: Mapping[str, str], limit: int | None = None) -> str:
    """Document names, ``; ``-separated, the first ``limit`` of them and how many more."""
    ids = [i for i in ids if i]
    shown = "; ".join(labels.get(i, i) for i in (ids if limit is None else ids[:limit]))
    return shown + (f"; and {len(ids) - limit} more" if limit is not None and len(ids) > limit else "")


def _label_list(ids, labels: Mapping[str, str], limit: int | None = None) -> str:
    return html.escape(_label_text(ids, labels, limit))
