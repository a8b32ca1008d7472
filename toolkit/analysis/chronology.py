"""Chronology: one timeline over the whole set, each dated item with the documents that give it.

Example (a notebook cell)::

    items = merge_timeline(ex.timeline, ex.documents)
    timeline_by_date(items, top=30)
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from toolkit.analysis.quotations import _joined, _order, normalise
from toolkit.core.frames import rows_of


def merge_timeline(timeline: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One timeline over the set: each dated item (a date and what is said of it) with its documents.

    The same sentence dated the same way in several documents is one item. Items are
    in date order; ``documents`` counts the documents that support the item.
    """
    columns = ["date", "granularity", "expressions", "sentence", "documents", "sources", "outlets", "key"]
    dated = timeline[timeline["date"].notna()] if timeline is not None and len(timeline) else pd.DataFrame()
    if dated.empty:
        return pd.DataFrame(columns=columns)
    order = _order(documents)
    outlet_of = dict(zip(documents["id"], documents["outlet"].fillna("unknown outlet")))
    items = sorted(rows_of(dated, ["doc", "start", "date", "granularity", "expression", "sentence"]),
                   key=lambda r: (order.get(r[0], ("9999", r[0])), r[1]))
    members_of: dict[str, list[tuple]] = {}
    for item in items:
        members_of.setdefault(f"{item[2]}|{normalise(item[5])}", []).append(item)
    rows = []
    for key, members in members_of.items():
        docs = list(dict.fromkeys(m[0] for m in members))
        _, _, date, granularity, _, sentence = members[0]
        rows.append({"date": date, "granularity": granularity, "expressions": _joined(m[4] for m in members),
                     "sentence": sentence, "documents": len(docs), "sources": "; ".join(docs),
                     "outlets": _joined(outlet_of.get(d) for d in docs), "key": key})
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["date", "key"], kind="mergesort").reset_index(drop=True)


def timeline_by_date(items: pd.DataFrame, *, top: int | None = None,
                     documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per date: documents supporting it, items, and the best-supported sentence.

    With ``top``, keeps ``top`` dates, still in date order: whole days before months and
    years (a law's "50 U.S.C. 1701" read as a year, cited by every executive order, must
    not crowd out the days of the story), then those supported by the most documents,
    then those nearest the documents' publication dates (given ``documents``).
    """
    columns = ["date", "documents", "items", "sentence", "sources"]
    if items is None or items.empty:
        return pd.DataFrame(columns=columns)
    members_of: dict[str, list[tuple]] = defaultdict(list)
    for item in rows_of(items, ["date", "sources", "documents", "sentence"]):
        members_of[item[0]].append(item)
    rows = []
    for date in sorted(members_of):
        members = members_of[date]
        docs = list(dict.fromkeys(d for m in members for d in m[1].split("; ")))
        best = max(members, key=lambda m: m[2])  # the first of the best supported
        rows.append({"date": date, "documents": len(docs), "items": len(members), "sentence": best[3],
                     "sources": "; ".join(docs)})
    table = pd.DataFrame(rows, columns=columns)
    if top is not None and len(table) > top:
        published = sorted(str(p) for p in (documents["published"].dropna() if documents is not None else []))
        span = (_day(published[0]), _day(published[-1])) if published else None

        def distance(date: str) -> int:
            day = _day(date)
            if span is None or day is None:
                return 0
            return max((span[0] - day).days, (day - span[1]).days, 0)

        rank = sorted(table.index, key=lambda i: (len(str(table.at[i, "date"])) != 10, -table.at[i, "documents"],
                                                  distance(str(table.at[i, "date"])), -table.at[i, "items"],
                                                  str(table.at[i, "date"])))
        table = table.loc[sorted(rank[:top])]
    return table.reset_index(drop=True)


def _day(value: str):
    import datetime as dt

    text = str(value)
    parts = text.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
