"""Multi-source comparison: what each outlet contributes, where the sources agree and differ.

One :class:`Comparison` is built from a set's :class:`~toolkit.extraction.tables.Extraction`
(and its documents' texts, for the key terms). Every table is a pandas DataFrame with a
fixed row order, so that the CSV files written by :meth:`Comparison.save` are
byte-identical for the same sources:

* ``coverage`` / ``per_day``: documents per outlet (and kind) and per day;
* ``entities``: the canonical people, organisations and places with the outlets naming them;
* ``speakers``: who is quoted by whom (speaker × outlet counts);
* ``quotes`` / ``quote_variants``: each quotation once, with the documents reporting it
  and whether their wording or attribution differs;
* ``timeline``: one timeline over the set, each dated item with its documents;
* ``terms``: key terms and entities that distinguish each outlet (weighted log-odds);
* ``network_nodes`` / ``network_edges``: who appears with whom across the set.

When a set has one outlet but several kinds of document (the White House's remarks,
fact sheets, statements …), the comparisons are made between kinds instead
(:attr:`Comparison.group_by`).

The tables are built in modules by concern, all importable from here:
:mod:`toolkit.analysis.coverage` (coverage, per day, names by outlet, copies),
:mod:`toolkit.analysis.quotations` (quotations and speakers), :mod:`toolkit.analysis.chronology`
(the merged timeline), :mod:`toolkit.analysis.terms` (distinctive terms) and
:mod:`toolkit.analysis.network`; this module puts them together in one :class:`Comparison`.

Example (a notebook cell)::

    cmp = compare.compare(ex, sources, copies=copies)
    cmp.quotes.head()
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

# The tables are built in modules by concern; every name read from here before they existed still is.
from toolkit.analysis.chronology import merge_timeline, timeline_by_date  # noqa: F401
from toolkit.analysis.coverage import _groups, coverage, entity_outlets, exact_copies, per_day  # noqa: F401
from toolkit.analysis.network import network  # noqa: F401
from toolkit.analysis.quotations import (MIN_SHARED_WORDS, QUOTE_MATCH, SHINGLE, merge_quotes,  # noqa: F401
                                         normalise, quote_clusters, speaker_table)
from toolkit.analysis.terms import PRIOR_SIZE, TERM_LABELS, distinctive_terms, log_odds, term_counts  # noqa: F401
from toolkit.core.text import WHO_LABELS  # noqa: F401
from toolkit.reading.outlets import with_outlets


@dataclass
class Comparison:
    """The multi-source tables of one set (see the module docstring)."""

    documents: pd.DataFrame
    group_by: str
    coverage: pd.DataFrame
    per_day: pd.DataFrame
    copies: pd.DataFrame
    entities: pd.DataFrame
    speakers: pd.DataFrame
    quotes: pd.DataFrame
    quote_variants: pd.DataFrame
    timeline: pd.DataFrame
    terms: pd.DataFrame
    network_nodes: pd.DataFrame
    network_edges: pd.DataFrame

    @property
    def outlets(self) -> list[str]:
        return sorted(set(self.documents["outlet"].dropna()))

    @property
    def groups(self) -> list[str]:
        """The outlets (or kinds) compared, most documents first."""
        _, group = _groups(self.documents)
        counts = Counter(group.values())
        return sorted(counts, key=lambda g: (-counts[g], str(g)))

    def shared_quotes(self) -> pd.DataFrame:
        """The quotations reported by more than one document."""
        return self.quotes[self.quotes["documents"] > 1].reset_index(drop=True)



def compare(ex, sources=None, *, copies: pd.DataFrame | None = None, top_terms: int = 10,
            network_top: int = 25) -> Comparison:
    """Build every multi-source table of a set.

    Args:
        ex: the set's extraction (its outlets normalised by :func:`with_outlets` if not yet).
        sources: the :class:`~toolkit.reading.sources.SourceSet` (or documents) extracted, for the
            key terms; without it the terms table is empty.
        copies: the :func:`toolkit.reading.duplicates.drop_duplicates` table of documents counted once;
            files skipped as byte-for-byte copies when read are added to it.
    """
    if "kind" not in ex.documents:
        ex = with_outlets(ex)
    documents = ex.documents
    group_by, group = _groups(documents)
    texts = {d.id: d.text for d in (sources or []) if d.id in group}
    items = merge_timeline(ex.timeline, documents)
    quotes, variants = merge_quotes(ex.quotes, documents)
    nodes, edges = network(ex, top=network_top)
    exact = exact_copies(getattr(ex, "skipped", None))
    near = copies if copies is not None and len(copies) else None
    every_copy = pd.concat([exact, near], ignore_index=True) if near is not None else exact
    every_copy = every_copy.sort_values(["copy_of", "doc"], kind="mergesort").reset_index(drop=True)
    return Comparison(
        documents=documents, group_by=group_by, coverage=coverage(documents), per_day=per_day(documents, group),
        copies=every_copy,
        entities=entity_outlets(ex, documents), speakers=speaker_table(ex.quotes, group),
        quotes=quotes, quote_variants=variants, timeline=items,
        terms=distinctive_terms(ex, texts, group, top=top_terms) if texts else pd.DataFrame(
            columns=["group", "term", "entity", "count", "elsewhere", "z"]),
        network_nodes=nodes, network_edges=edges,
    )
