"""The briefing's recipe, in one place: params → sources → extraction → comparison → changes → findings.

The briefing notebook's set-up cell is one call to :func:`prepare_briefing`; the build's
warm-up (:mod:`toolkit.build.warmup`) calls :func:`extract_set`, the same first steps, with
more processes, so that the kernel finds the set's tables in the cache. Being one
function, the two cannot drift apart.

Example (the notebook's first cell)::

    briefing = prepare_briefing(params_file, data_dir=data_dir, previous_dir=previous_dir)
    briefing.findings.bottom_line, briefing.comparison.quotes, briefing.changes.table
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from toolkit.analysis.changes import Changes
from toolkit.analysis.compare import Comparison, compare
from toolkit.analysis.findings import Findings, findings
from toolkit.core import paths
from toolkit.extraction.tables import Extraction, extract
from toolkit.pipeline import store
from toolkit.reading.duplicates import drop_duplicates
from toolkit.reading.outlets import with_outlets
from toolkit.reading.params import Params, load_params
from toolkit.reading.sources import SourceSet, read_source_set


@dataclass
class ExtractedSet:
    """A source set read, its copies dropped, and extracted."""

    params: Params
    sources: SourceSet  # the documents extracted (each text once)
    copies: pd.DataFrame  # the near-identical copies left out (toolkit.reading.duplicates)
    extraction: Extraction


@dataclass
class Briefing(ExtractedSet):
    """Everything a briefing shows, ready for the notebook's views."""

    comparison: Comparison
    changes: Changes
    data_dir: Path
    findings: Findings | None = None  # the story tables (bottom line, developments, voices, who's who)


def extract_set(params: Params | str | Path, *, n_process: int = 1, scheduler: str | None = None) -> ExtractedSet:
    """Read a set's sources, count each text once and extract its tables.

    Args:
        params: validated params, or the path of a params file.
        n_process: parsing and extracting processes (the warm-up uses several).
        scheduler: a Dask scheduler's address to extract on (:mod:`toolkit.extraction.cluster`);
            None: this machine.
    """
    if not isinstance(params, Params):
        params = load_params(params)
    sources = read_source_set(params.sources, name=params.name, published=params.published, columns=params.columns)
    # A text that reached the set twice (two feeds, a near-identical copy) is read once.
    sources, copies = drop_duplicates(sources)
    if scheduler is None:
        extraction = extract(sources, aliases=params.aliases, published=params.published, n_process=n_process)
    else:
        from toolkit.extraction import cluster

        extraction = cluster.extract(sources, scheduler=scheduler, aliases=params.aliases,
                                     published=params.published)
    return ExtractedSet(params=params, sources=sources, copies=copies, extraction=extraction)


def prepare_briefing(params_file: str | Path, *, data_dir: str | Path | None = None,
                     previous_dir: str | Path | None = None) -> Briefing:
    """Everything the briefing notebook shows, with its data tables written to ``data_dir``.

    Args:
        params_file: the set's params file.
        data_dir: where the tables go (default ``reports/<name>/data``).
        previous_dir: where the last build's tables are, to say what changed (default
            ``data_dir``; a build stages into a new folder and passes the live one).
    """
    extracted = extract_set(params_file)
    params = extracted.params
    data_dir = Path(data_dir or paths.data_dir(params.name))
    extraction = with_outlets(extracted.extraction)
    comparison = compare(extraction, extracted.sources, copies=extracted.copies)
    # The last build's facts are read before this build's replace them.
    changed = store.record_changes(extraction, data_dir, previous_dir or data_dir)
    store.save_tables(extraction, data_dir)
    store.save_comparison(comparison, data_dir)
    found = findings(extraction, comparison, focus=params.focus, title=params.title)
    store.save_findings(found, data_dir)
    return Briefing(params=params, sources=extracted.sources, copies=extracted.copies, extraction=extraction,
                    comparison=comparison, changes=changed, data_dir=data_dir, findings=found)
