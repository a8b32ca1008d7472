"""Worker processes for the per-document work of a large set (parsing, then extracting).

:func:`imap` runs a function over tasks in ``processes`` forked workers, or in this
process when one is asked for, yielding the results in task order. The workers are forked
*after* the caller has put what they share into :data:`SHARED` (the loaded spaCy pipeline,
the set's entity index, the cache), so nothing large is pickled: each task sends a few
texts and gets back small records.

Why not spaCy's own ``nlp.pipe(n_process=…)`` alone: it sends every parsed ``Doc`` back to
the parent, which must then rebuild it, repair its entities, serialise it for the cache and
run the extractors, all on one core while the workers wait for it. Here each worker does
all of that for its own texts (still with ``nlp.pipe``), so both cores stay busy.
``multiprocessing`` is the standard library's; fork is used because it shares the loaded
pipeline without reloading it (where fork is unavailable, the work runs in one process).

Example:
    >>> pool.SHARED.update(nlp=nlp)                                   # doctest: +SKIP
    >>> for result in pool.imap(parse_texts, chunks, processes=2): ...
"""

from __future__ import annotations

import multiprocessing
from typing import Callable, Iterable, Iterator

# What the tasks read in the worker (set by the caller before imap forks the workers).
SHARED: dict = {}


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def imap(function: Callable, tasks: Iterable, *, processes: int = 1, shared: dict | None = None) -> Iterator:
    """``function(task)`` for each task, in order, in ``processes`` worker processes.

    Args:
        function: a module-level function (the workers find it by name).
        tasks: picklable arguments, one per call.
        processes: worker processes; 1 (or no fork on this system) runs in this process.
        shared: put into :data:`SHARED` for the duration (the workers inherit it).
    """
    tasks = list(tasks)
    SHARED.clear()
    SHARED.update(shared or {})
    try:
        if processes <= 1 or len(tasks) < 2 or not can_fork():
            yield from map(function, tasks)
            return
        context = multiprocessing.get_context("fork")
        with context.Pool(min(processes, len(tasks))) as workers:
            yield from workers.imap(function, tasks)
    finally:
        SHARED.clear()
