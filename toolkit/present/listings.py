"""Listings of what was found: key sentences, quotations, events, names, dates, terms, speakers.

Each ``show_*`` function takes a finished table (of an extraction or of
:mod:`toolkit.analysis.compare`) and returns escaped HTML; quotations are block quotes, the
rest tables (:mod:`toolkit.present.html_tables`).

Example (a notebook cell)::

    show_quote_groups(cmp.quotes, cmp.quote_variants, cmp.documents)
"""

from __future__ import annotations

import html
import re
from typing import Iterable

import pandas as pd
from IPython.display import HTML

from toolkit.core.text import strip_quote_marks
from toolkit.present.html_tables import (_csv_note, _date_text, _esc, _run, _label_list, _label_text, document_labels,
                                         show_table, show_top)


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
        items.append(f"<li>{_run(_esc(record['sentence']))}{source}</li>" if several
                     else f"<li>{_esc(record['sentence'])}</li>")
    return HTML(f'<ol class="summary">{"".join(items)}</ol>')


def show_quotes(quotes: pd.DataFrame, documents: pd.DataFrame | None = None, *, max_rows: int = 40,
                min_words: int = 1) -> HTML:
    """Quotations as block quotes with their speaker ("unattributed" when unknown).

    Args:
        quotes: a frame with ``text``, ``speaker`` and ``doc`` (``cue``, ``unterminated``, ``relayed_by`` optional).
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
        relay = record.get("relayed_by")
        speaker += f", as told by {_esc(relay)}" if isinstance(relay, str) and relay else ""
        source = f' <span class="source">· {_esc(names.get(record["doc"], record["doc"]))}</span>' if several else ""
        blocks.append(f'<blockquote class="quote"><p>“{_esc(text)}{ellipsis}”</p>'
                      f"<footer>— {speaker}{source}</footer></blockquote>")
    more = (f'<p class="note">Showing {max_rows} of {len(quotes)} quotations; all are in quotes.csv.</p>'
            if len(quotes) > max_rows else "")
    return HTML("".join(blocks) + more)


def show_events(events: pd.DataFrame, *, max_rows: int = 40) -> HTML:
    """Events as a table of date, who (or "not named": a passive whose agent the text never names,
    "The lawsuit was filed"), does (with "not" when negated) and what."""
    if events is not None and not events.empty and "negated" in events:
        verbs = [f"not {v}" if bool(n) and pd.notna(n) else v for v, n in zip(events["verb"], events["negated"])]
        events = events.assign(verb=verbs)
    if events is not None and not events.empty and "subject" in events:
        events = events.assign(subject=[s if isinstance(s, str) and s.strip() else "not named" for s in events["subject"]])
    return show_table(events, {"date": "Date", "subject": "Who", "verb": "Does", "object": "What"},
                      max_rows=max_rows, empty="No events found.")


SHARED_FIRST_WORDS = 8  # a quotation this long reported by several documents is shown first


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
            from toolkit.analysis.quotations import normalise

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
    from toolkit.analysis.chronology import timeline_by_date

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
