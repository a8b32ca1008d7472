"""Notes about the set and the build: the overview, the coverage, what changed, the appendix.

Each function returns an :class:`IPython.display.HTML` of escaped prose (with tables where a
list is long), written from the finished tables of an extraction, of
:mod:`toolkit.analysis.compare` or of :mod:`toolkit.analysis.changes`.

Example (a notebook cell)::

    overview(ex, params)
"""

from __future__ import annotations

import html
import platform

import pandas as pd
from IPython.display import HTML

from toolkit.core.paths import relative_to_seeds, seeds_dir
from toolkit.present.html_tables import _esc, _label_text, document_labels, show_table, show_top
from toolkit.reading.documents import SHORTENED, SUMMARY_ONLY

LARGE_SET = 300  # documents from which the appendix shows only the first sources


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
    seeds = seeds_dir()  # (resolved once, not once per document)
    docs = extraction.documents.assign(file=[relative_to_seeds(p, seeds=seeds) for p in extraction.documents["path"]])
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
        skipped = extraction.skipped.assign(
            file=[relative_to_seeds(p, seeds=seeds) for p in extraction.skipped["path"]])
        shortened = skipped["kind"].isin([SHORTENED, SUMMARY_ONLY]).any()
        parts.append(show_table(skipped, {"file": "file", "reason": "reason"}, max_rows=None,
                                caption="Skipped or shortened files" if shortened else "Skipped files").data)
    if params is not None:
        frame = pd.DataFrame(_params_rows(params), columns=["key", "value"])
        parts.append(show_table(frame, max_rows=None, caption="Parameters").data)
    frame = pd.DataFrame(sorted(versions(extraction).items()), columns=["software", "version"])
    parts.append(show_table(frame, max_rows=None, caption="Software").data)
    return HTML("".join(parts))


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
