"""Coverage: what each outlet (or kind of document) contributes, day by day, and which names it gives.

Outlets are compared when a set has several, else kinds of document (:func:`_groups`). Copies
read once are listed as rows of the duplicates table (:func:`exact_copies`). Tables in, tables
out, in a fixed row order.

Example (a notebook cell)::

    coverage(ex.documents)      # outlet, kind, documents, words, first, last
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pandas as pd

from toolkit.core.frames import is_missing, rows_of
from toolkit.reading.duplicates import DUPLICATE_COLUMNS
from toolkit.reading.documents import COPY


def exact_copies(skipped: pd.DataFrame | None) -> pd.DataFrame:
    """The files :func:`toolkit.reading.sources.read_paths` read once because another had the same
    bytes, as rows of the :func:`toolkit.reading.duplicates.find_duplicates` table.

    Args:
        skipped: an extraction's ``skipped`` table; its rows of kind
            :data:`~toolkit.reading.sources.COPY` are the copies, ``copy_of`` the kept document.

    Returns:
        ``doc`` (the copy's file name without its suffix), ``copy_of``, ``similarity`` 1.0;
        the other columns empty.
    """
    if skipped is None or skipped.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    copies = skipped[skipped["kind"] == COPY]
    rows = [{"doc": Path(str(path)).stem, "copy_of": kept, "similarity": 1.0}
            for path, kept in zip(copies["path"], copies["copy_of"])]
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def _groups(documents: pd.DataFrame) -> tuple[str, dict[str, str]]:
    """Compare outlets when there are several, else kinds of document when there are several."""
    outlets = documents["outlet"].fillna("unknown outlet")
    kinds = documents["kind"] if "kind" in documents else pd.Series([None] * len(documents), index=documents.index)
    if outlets.nunique() < 2 and kinds.dropna().nunique() >= 2:
        return "kind", dict(zip(documents["id"], kinds.fillna("other")))
    return "outlet", dict(zip(documents["id"], outlets))


def coverage(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per outlet and kind: count, words, first and last published date."""
    columns = ["outlet", "kind", "documents", "words", "first", "last"]
    if documents.empty:
        return pd.DataFrame(columns=columns)
    docs = documents.assign(outlet=documents["outlet"].fillna("unknown outlet"),
                            kind=documents.get("kind", pd.Series(index=documents.index, dtype=object)).fillna(""))
    table = docs.groupby(["outlet", "kind"], sort=True).agg(
        documents=("id", "size"), words=("words", "sum"),
        first=("published", "min"), last=("published", "max")).reset_index()
    table = table.sort_values(["documents", "outlet", "kind"], ascending=[False, True, True], kind="mergesort")
    return table[columns].reset_index(drop=True)


def per_day(documents: pd.DataFrame, group: dict[str, str]) -> pd.DataFrame:
    """Documents per published day and group (outlet or kind): ``date``, ``group``, ``documents``."""
    columns = ["date", "group", "documents"]
    dated = documents[documents["published"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({"date": dated["published"].astype(str), "group": dated["id"].map(group)})
    table = frame.groupby(["date", "group"], sort=True).size().rename("documents").reset_index()
    return table[columns]


def entity_outlets(ex, documents: pd.DataFrame) -> pd.DataFrame:
    """The people, organisations and places with the number of outlets that name them."""
    who = ex.who()
    outlet_of = dict(zip(documents["id"], documents["outlet"].fillna("unknown outlet")))
    outlets_of: dict[str, set] = defaultdict(set)
    for name, doc in rows_of(ex.mentions, ["name", "doc"]):
        outlets_of[name].add(outlet_of.get(doc))
    outlets = {name: sorted(o for o in found if not is_missing(o)) for name, found in outlets_of.items()}
    return who.assign(outlets=[len(outlets.get(n, ())) for n in who["name"]],
                      outlet_names=["; ".join(outlets.get(n, ())) for n in who["name"]])
