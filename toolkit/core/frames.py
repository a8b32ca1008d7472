"""Plain-Python access to the rows of a pandas frame, for the set-wide grouping code.

The set-wide tables (:mod:`toolkit.analysis.compare`, :mod:`toolkit.analysis.changes`, the summary of
:class:`toolkit.extraction.tables.Extraction`) group rows in plain Python over tuples: a pandas
``groupby`` loop pays for a new frame per group, which for the ten thousand quotations
and names of a large set costs tens of seconds where one pass over tuples costs well
under one.

Example:
    >>> for doc, name in rows_of(ex.mentions, ["doc", "name"]): ...   # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd


def rows_of(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The frame's rows as plain tuples of ``columns`` (an empty list for an empty frame)."""
    return list(zip(*(frame[c].tolist() for c in columns))) if len(frame) else []


def is_missing(value) -> bool:
    """True for None, NaN and pd.NA (a missing cell read back from any dtype)."""
    return value is None or value is pd.NA or value != value
