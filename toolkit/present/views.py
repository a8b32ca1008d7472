"""Notebook-facing display helpers: DataFrames to escaped HTML, charts to images with alt text.

Article text is data, never markup: every value that reaches the briefing goes through
:func:`html.escape`, so a quote holding ``<script>`` shows as text. Each ``show_*``
function returns an :class:`IPython.display.HTML` object, so it can be a cell's last
expression.

Example (a notebook cell)::

    report.show_table(ex.entities, columns={"name": "Name", "mentions": "Mentions"}, max_rows=20)
"""

from __future__ import annotations

import base64
import html
import io
import math
import platform
import re
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd
from IPython.display import HTML

from toolkit.core.paths import relative_to_seeds
from toolkit.core.text import strip_quote_marks
from toolkit.reading.sources import SHORTENED, SUMMARY_ONLY

PNG_DPI = 144  # twice the CSS pixel density: sharp on screen and in print, still small


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
        text = strip_quote_marks(record["text"])
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
    from matplotlib.text import Text

    # Labels are article text: "$x$" must be drawn as typed, not as TeX math (an
    # unbalanced "$\frac{" would even make drawing fail). Tick numbers are not formatted
    # yet, so they keep matplotlib's own math.
    for label in fig.findobj(Text):
        if "$" in label.get_text():
            label.set_parse_math(False)
    buffer = io.BytesIO()
    # "Software" would write matplotlib's version into the file: left out so that an
    # upgrade that draws identically does not change the bytes.
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    text = alt or getattr(fig, "alt_text", None) or "Chart"
    return Figure(buffer.getvalue(), text, int(round(fig.get_figwidth() * 96)))


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
    kinds = list(extraction.skipped["kind"])
    shortened = kinds.count(SHORTENED)  # read, but cut at TOOLKIT_MAX_PARSE_CHARS
    summaries = kinds.count(SUMMARY_ONLY)  # read: a feed entry whose summary is all the feed carries
    skipped = len(kinds) - shortened - summaries
    note = (f" {skipped} file{'s were' if skipped != 1 else ' was'} skipped (see the appendix)." if skipped else "")
    if shortened:
        note += (f" {shortened} very long article{'s were' if shortened != 1 else ' was'} only read in part "
                 "(see the appendix).")
    if summaries:
        note += (f" {summaries} feed entr{'ies' if summaries != 1 else 'y'} carried only a summary, which is "
                 "all that was read of them (see the appendix).")
    undated = int(docs["published"].isna().sum()) if n and "published" in docs else 0
    if undated == n and n:
        note += (" No article carries a published date and the params give none, so relative dates"
                 " (“on Friday”, “next week”) are left unresolved.")
    elif undated:
        note += (f" {undated} of the {n} articles carry no published date, so relative dates in them"
                 " (“on Friday”, “next week”) are left unresolved.")
    focus = ""
    if params is not None and getattr(params, "focus", None):
        focus = f'<p class="focus-line">Focus: {html.escape(", ".join(params.focus))}.</p>'
    return HTML(f'<p class="lede">This briefing reads {html.escape(" ".join(parts))}. '
                f"{html.escape(counts)}{html.escape(note)}</p>{focus}")


def versions(extraction=None) -> dict[str, str]:
    """Versions of the toolkit, Python, spaCy and the model that produced the briefing."""
    import spacy

    from toolkit.core.version import __version__

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
    docs = extraction.documents.assign(file=[relative_to_seeds(p) for p in extraction.documents["path"]])
    # The id is the file's stem, so the file stands for both; empty columns are left out.
    columns = {"file": "file under seeds/", "title": "title", "outlet": "outlet", "published": "published",
               "url": "url", "words": "words", "sha256": "sha256"}
    columns = {c: label for c, label in columns.items() if c in docs and docs[c].map(_esc).astype(bool).any()}
    # From LARGE_SET documents on, the appendix lists the first 20 and links documents.csv.
    sources = show_top(docs, columns, csv="documents.csv", max_rows=20 if len(docs) >= LARGE_SET else max(len(docs), 1),
                       what="sources", caption="Sources", empty="No sources.").data
    sources = sources.replace('<table class="briefing-table">', '<table class="briefing-table sources">', 1)
    parts = [sources]
    if len(extraction.skipped):
        skipped = extraction.skipped.assign(file=[relative_to_seeds(p) for p in extraction.skipped["path"]])
        shortened = skipped["kind"].isin([SHORTENED, SUMMARY_ONLY]).any()
        parts.append(show_table(skipped, {"file": "file", "reason": "reason"}, max_rows=None,
                                caption="Skipped or shortened files" if shortened else "Skipped files").data)
    if params is not None:
        frame = pd.DataFrame(_params_rows(params), columns=["key", "value"])
        parts.append(show_table(frame, max_rows=None, caption="Parameters").data)
    frame = pd.DataFrame(sorted(versions(extraction).items()), columns=["software", "version"])
    parts.append(show_table(frame, max_rows=None, caption="Software").data)
    return HTML("".join(parts))


# ------------------------------------------------------- multi-source sections (issue 4)
# Each takes the tables of toolkit.analysis.compare / toolkit.analysis.changes and returns escaped HTML.
# Long tables show their top rows and link to the full CSV in data/ beside the briefing.

LARGE_SET = 300  # documents from which the appendix shows only the first sources
SHARED_FIRST_WORDS = 8  # a quotation this long reported by several documents is shown first


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


def show_coverage(comparison, *, max_copies: int = 10) -> HTML:
    """Documents per outlet (and kind), with the copies that were counted once (the first
    ``max_copies`` named; all are in ``data/duplicates.csv``)."""
    docs = comparison.documents
    outlets = comparison.outlets
    n = len(docs)
    parts = [f"<p>{n} document{'s' if n != 1 else ''} from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
             f"{' (' + html.escape(', '.join(outlets)) + ')' if outlets else ''}, published "
             f"{html.escape(_date_range(docs))}."]
    copies = comparison.copies
    if copies is not None and len(copies):
        labels = document_labels(docs)
        k = len(copies)
        parts.append(f" {k} more document{'s are copies' if k != 1 else ' is a copy'} of "
                     f"{'documents' if k != 1 else 'a document'} in the set (the same text from another feed, "
                     "or a near-identical copy) and counted once:</p><ul class=\"copies\">")
        for record in copies.head(max_copies).to_dict("records"):
            outlet = f", {_esc(record.get('outlet'))}" if _esc(record.get("outlet")) else ""
            similarity = float(record["similarity"])
            how = ("the same text" if similarity >= 0.9995 else f"{similarity:.0%} of their word 5-grams shared")
            parts.append(f"<li><code>{_esc(record['doc'])}</code>{outlet} is a copy of "
                         f"{_esc(labels.get(record['copy_of'], record['copy_of']))} "
                         f"(<code>{_esc(record['copy_of'])}</code>; {how})</li>")
        if k > max_copies:
            parts.append(f'<li>… and {k - max_copies} more in <a href="data/duplicates.csv">data/duplicates.csv</a>'
                         "</li>")
        parts.append("</ul>")
    else:
        parts.append(" No document is a copy of another.</p>")
    columns = {"outlet": "Outlet", "kind": "Kind", "documents": "Documents", "words": "Words", "first": "First",
               "last": "Last"}
    if not comparison.coverage["kind"].astype(bool).any():
        columns.pop("kind")
    parts.append(show_top(comparison.coverage, columns, csv="coverage.csv", max_rows=20).data)
    return HTML("".join(parts))


def show_entities(comparison, *, highlight: Iterable[str] = (), max_rows: int = 30) -> HTML:
    """The canonical people, organisations and places of the set, with the outlets naming them.

    The "Outlets" column is left out when the set has only one outlet.
    """
    columns = {"name": "Name", "label": "Kind", "mentions": "Mentions", "documents": "Articles",
               "outlets": "Outlets", "aliases": "Also written"}
    if len(comparison.outlets) < 2:
        columns.pop("outlets")
    return show_top(comparison.entities, columns, csv="entities_by_outlet.csv", max_rows=max_rows,
                    highlight=highlight, empty="No names found.")


def _word_diff(base: str, other: str) -> str:
    """``other`` marked against ``base`` word by word: <del>left out</del>, <ins>added</ins>."""
    from difflib import SequenceMatcher

    def norm(words: list[str]) -> list[str]:
        return [re.sub(r"[^\w]", "", w.casefold()) for w in words]

    a, b = base.split(), other.split()
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, norm(a), norm(b), autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(f'<del style="color:#a33">{html.escape(" ".join(a[i1:i2]))}</del>')
        if j2 > j1:
            out.append(f'<ins style="color:#1a6b2f">{html.escape(" ".join(b[j1:j2]))}</ins>')
    return " ".join(out)


def show_quote_groups(groups: pd.DataFrame, variants: pd.DataFrame, documents: pd.DataFrame | None = None, *,
                      max_rows: int = 40, min_words: int = 3, max_variants: int = 4,
                      csv: str = "quote_groups.csv") -> HTML:
    """Each quotation once, with the documents that report it; differences in wording or
    attribution between them are shown under it.

    Quotations of at least :data:`SHARED_FIRST_WORDS` words reported by the most documents
    come first (a repeated slogan of three words is not news), then in reading order.

    Args:
        groups, variants: :func:`toolkit.analysis.compare.merge_quotes`.
        documents: the documents table (with ``outlet`` and ``kind``), to name sources.
        min_words: leave out fragments shorter than this (scare quotes like "long").
    """
    if groups is not None and len(groups) and min_words > 1:
        groups = groups[groups["words"] >= min_words]
    if groups is None or groups.empty:
        return HTML('<p class="empty">No quotations found.</p>')
    labels = document_labels(documents)
    several = len(labels) > 1
    number = groups["quote"].str[1:].astype(int)
    weight = groups["documents"].where(groups["words"] >= SHARED_FIRST_WORDS, 1)
    ordered = groups.assign(_n=number, _w=weight).sort_values(["_w", "_n"], ascending=[False, True], kind="mergesort")
    shown = ordered.head(max_rows)
    wanted = variants[variants["quote"].isin(shown["quote"])] if len(variants) else variants
    by_quote = {q: rows for q, rows in wanted.groupby("quote", sort=False)} if len(wanted) else {}
    blocks = []
    for record in shown.to_dict("records"):
        text = str(record["text"])
        speaker = _esc(record.get("speaker")) or '<span class="unattributed">unattributed</span>'
        docs = str(record["sources"]).split("; ")
        if several and len(docs) > 1:
            source = (f' <span class="source">· reported by {len(docs)} documents: '
                      f"{_label_list(docs, labels, 6)}</span>")
        elif several:
            source = f' <span class="source">· {_label_list(docs, labels)}</span>'
        else:
            source = ""
        notes = []
        rows = by_quote.get(record["quote"])
        if record.get("attribution_differs") and rows is not None:
            said = {}
            for r in rows.to_dict("records"):
                who = r["speaker"] if isinstance(r["speaker"], str) and r["speaker"] else "unattributed"
                said.setdefault(who, []).append(r["doc"])
            listed = "; ".join(f"{_esc(who)} in {_label_list(dict.fromkeys(ds), labels, 4)}"
                               for who, ds in said.items())
            notes.append(f'<div class="note">Attribution differs: {listed}.</div>')
        if record.get("wording_differs") and rows is not None:
            from toolkit.analysis.compare import normalise

            seen, items = {normalise(text)}, []
            for r in rows.to_dict("records"):
                key = normalise(r["text"])
                if key in seen:
                    continue
                seen.add(key)
                name = _esc(labels.get(r["doc"], r["doc"]))
                items.append(f"<li>{name}: “{_word_diff(text, str(r['text']))}”</li>")
            if items:
                more = len(items) - max_variants
                tail = f"<li>… and {more} more (quote_variants.csv)</li>" if more > 0 else ""
                notes.append('<div class="note">Wording differs (against the text above; '
                             '<del style="color:#a33">left out</del>, <ins style="color:#1a6b2f">added</ins>):'
                             f'<ul style="margin:0.2rem 0">{"".join(items[:max_variants])}{tail}</ul></div>')
        blocks.append(f'<blockquote class="quote"><p>“{_esc(text)}”</p>'
                      f"<footer>— {speaker}{source}</footer>{''.join(notes)}</blockquote>")
    more = _csv_note(max_rows, len(groups), csv, "quotations") if len(groups) > max_rows else ""
    return HTML("".join(blocks) + more)


def _clip(text, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def show_merged_timeline(items: pd.DataFrame, documents: pd.DataFrame | None = None, *, max_rows: int = 30,
                         csv: str = "timeline_merged.csv") -> HTML:
    """One row per date over the whole set: how many documents support it and what they say.

    With more dates than ``max_rows``, ``max_rows`` are shown (still in date order; chosen
    by :func:`toolkit.analysis.compare.timeline_by_date`) and every dated item is in the CSV.
    """
    from toolkit.analysis.compare import timeline_by_date

    every = timeline_by_date(items)
    if every.empty:
        return HTML('<p class="empty">No dates found.</p>')
    shown = timeline_by_date(items, top=max_rows, documents=documents)
    labels = document_labels(documents)
    shown = shown.assign(date=[_date_text(d) for d in shown["date"]],
                         sentence=[_clip(t, 240) for t in shown["sentence"]],
                         sources=[_label_text(s.split("; "), labels, 3) for s in shown["sources"]])
    table = show_table(shown, {"date": "Date", "documents": "Documents", "sentence": "What is said",
                               "sources": "Sources"}, max_rows=None).data
    note = ""
    if len(every) > len(shown):
        name = html.escape(csv)
        note = (f'<p class="note">Showing {len(shown)} of {len(every)} dates (whole days first, then those most '
                f'documents support); every dated item is in <a href="data/{name}">data/{name}</a>.</p>')
    return HTML(table + note)


def show_terms_chart(comparison, *, top: int = 6):
    """The chart of the distinctive terms, or nothing when no term stands out (the table says why)."""
    from toolkit.present.plots import plot_distinctive_terms

    if comparison.terms is None or comparison.terms.empty:
        return HTML("")
    return show_figure(plot_distinctive_terms(comparison.terms, top=top, group_label=comparison.group_by))


def show_terms(terms: pd.DataFrame, comparison=None, *, top: int = 8) -> HTML:
    """The distinctive terms and names of each outlet (or kind), one row each."""
    if terms is None or terms.empty:
        if comparison is not None and len(comparison.groups) < 2:
            only = ", ".join(comparison.outlets) or "one outlet"
            return HTML(f'<p class="empty">Every document comes from {html.escape(only)}, with no sections to '
                        "set apart: there is nothing to compare.</p>")
        return HTML('<p class="empty">No term stands out for any outlet at the 5% level: the texts are too '
                    "few or too short to tell the outlets apart.</p>")
    rows = []
    groups = comparison.groups if comparison is not None else list(dict.fromkeys(terms["group"]))
    for group in groups:
        members = terms[terms["group"] == group]
        if members.empty:
            rows.append({"group": group, "terms": "nothing stands out at the 5% level", "names": "—"})
            continue
        words = members[~members["entity"].astype(bool)].head(top)
        names = members[members["entity"].astype(bool)].head(top)
        rows.append({"group": group,
                     "terms": ", ".join(f"{t} ({c})" for t, c in zip(words["term"], words["count"])) or "—",
                     "names": ", ".join(f"{t} ({c})" for t, c in zip(names["term"], names["count"])) or "—"})
    label = "Kind" if comparison is not None and comparison.group_by == "kind" else "Outlet"
    return show_table(pd.DataFrame(rows), {"group": label, "terms": "Words", "names": "Names"}, max_rows=None)


def show_changes(changed, documents: pd.DataFrame | None = None, *, max_rows: int = 12,
                 csv: str = "changes.csv") -> HTML:
    """The "What changed" section: facts new since the last build and those no longer present."""
    from toolkit.analysis.changes import KINDS

    facts = changed.facts
    n_docs = int((facts["kind"] == "document").sum()) if facts is not None else 0
    counts = {k: int((facts["kind"] == k).sum()) for k in KINDS} if facts is not None else {}
    # Facts are counted once per document and wording: a quotation given twice in one document is one fact.
    summary = (f"{n_docs} document{'s' if n_docs != 1 else ''}, {counts.get('quote', 0)} distinct quotations, "
               f"{counts.get('entity', 0)} names, {counts.get('timeline', 0)} dated items and "
               f"{counts.get('event', 0)} events")
    lost = getattr(changed, "lost", "")
    if changed.first and lost:
        return HTML(f"<p>The history of this set was lost: the facts the previous build kept could not be read "
                    f"({html.escape(lost)}), so there is nothing to compare with and this build cannot say what "
                    f"changed since then. Its own facts ({html.escape(summary)}) are kept in "
                    "<code>data/facts.parquet</code>; the next build lists what is new and what is no longer "
                    "present.</p>")
    if changed.first:
        return HTML(f"<p>This is the first build of this set that keeps its facts, so there is nothing to compare "
                    f"with yet. Its facts "
                    f"({html.escape(summary)}) are kept in <code>data/facts.parquet</code>; the next build lists "
                    "what is new and what is no longer present.</p>")
    if changed.unchanged:
        return HTML(f"<p>Nothing changed since the last build: the same {html.escape(summary)}.</p>")
    plural = {"document": "documents", "entity": "names", "quote": "quotations", "timeline": "dated items",
              "event": "events"}
    table = changed.counts()
    said = []
    for record in table.to_dict("records"):
        bits = []
        if record["added"]:
            bits.append(f"{record['added']} new")
        if record["removed"]:
            bits.append(f"{record['removed']} no longer present")
        if bits:
            said.append(f"{plural[record['kind']]}: {' and '.join(bits)}")
    labels = document_labels(documents)
    before = changed.previous_documents
    parts = [f"<p>Since the last build ({before} document{'s' if before != 1 else ''}, now {n_docs}): "
             f"{html.escape('; '.join(said))}.</p>"]
    shown_counts = table.assign(kind=[plural[k] for k in table["kind"]])
    parts.append(show_table(shown_counts, {"kind": "Facts", "added": "New", "removed": "No longer present"},
                            max_rows=None).data)
    for kind in KINDS:
        rows = changed.of(kind)
        if rows.empty:
            continue
        rows = rows.assign(change=["new" if c == "added" else "no longer present" for c in rows["change"]],
                           doc=[_label_text(str(ds).split("; "), labels, 3) for ds in rows["doc"]])
        one_source = rows["doc"].nunique() == 1 and len(rows) > 1 and kind != "document"
        heading, item = {"document": ("Documents", "Document"), "entity": ("Names", "Name"),
                         "quote": ("Quotations", "Quotation"), "timeline": ("Timeline", "Dated item"),
                         "event": ("Events", "Event")}[kind]
        columns = {"change": "Change", "text": item,
                   "detail": {"document": "Outlet, date", "entity": "Kind", "quote": "Speaker",
                              "timeline": "Written as", "event": "Date"}[kind],
                   "doc": "Documents"}
        if kind == "document":  # the row is the document
            columns.pop("doc")
        if one_source:  # the same document on every row: named once, in the caption
            columns.pop("doc")
            heading = f"{heading} (all from {rows['doc'].iloc[0]})"
        parts.append(show_top(rows, columns, csv=csv, max_rows=max_rows, caption=heading).data)
    return HTML("".join(parts))


def show_speakers(speakers: pd.DataFrame, *, max_rows: int = 15, max_columns: int = 6,
                  csv: str = "speakers_by_outlet.csv") -> HTML:
    """Who is quoted by whom: quotations per speaker and outlet (or kind), most quoted first.

    At most ``max_columns`` outlets are shown (those quoting most); the CSV has them all.
    """
    if speakers is None or speakers.empty:
        return HTML('<p class="empty">No quotation is attributed to a speaker.</p>')
    groups = [c for c in speakers.columns if c not in ("speaker", "total")]
    columns = {"speaker": "Speaker", "total": "All", **{g: g for g in groups[:max_columns]}}
    if len(groups) < 2:
        columns.pop("total")
    page = show_top(speakers, columns, csv=csv, max_rows=max_rows, what="speakers").data
    if len(groups) > max_columns:
        page += (f'<p class="note">{len(groups) - max_columns} more columns are in '
                 f'<a href="data/{html.escape(csv)}">data/{html.escape(csv)}</a>.</p>')
    return HTML(page)
