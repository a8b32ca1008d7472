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

Workers die with their parent: each asks Linux to SIGKILL it when the process that forked
it ends (``prctl(PR_SET_PDEATHSIG)``, :func:`die_with_parent`), so a ``kill -9`` of a build
or of its extraction leaves no worker running on under PID 1.

Example:
    >>> pool.SHARED.update(nlp=nlp)                                   # doctest: +SKIP
    >>> for result in pool.imap(parse_texts, chunks, processes=2): ...
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

PR_SET_PDEATHSIG = 1  # linux/prctl.h

# What the tasks read in the worker (set by the caller before imap forks the workers).
SHARED: dict = {}


# The young generation's threshold of the garbage collector during an extraction (Python's is 700).
YOUNG_THRESHOLD = 7_000


@contextmanager
def collector_eased() -> Iterator[None]:
    """Spare an extraction most of the garbage collector's passes, restoring its settings after.

    * The objects alive when the extraction starts are frozen out of the passes until it ends
      (``gc.freeze``, then ``gc.unfreeze``): the spaCy pipeline, the imported modules and the
      caller's data (some 130,000 objects), which outlive it, and which each full pass walked
      again. Reference counting still frees any of them as before; only a cycle among them
      would wait for the end. Workers forked meanwhile inherit them frozen, and the collector no
      longer touches (copies) their pages. Not done when the caller has frozen objects itself.
    * The young generation is collected every :data:`YOUNG_THRESHOLD` allocations instead of
      every 700: the parse and the extractors make millions of short-lived objects, and a pass
      every few hundred of them found little garbage while it promoted the rest to be walked
      again in the older generations.

    The collector's CPU time over a 400-document extraction: 0.89 ms a document by default,
    0.62 with the objects frozen, 0.24 with both.
    """
    frozen = not gc.get_freeze_count()
    thresholds = gc.get_threshold()
    if frozen:
        gc.freeze()
    if thresholds[0]:  # (0: the caller turned collection off)
        gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if frozen:
            gc.unfreeze()


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def die_with_parent(parent: int | None) -> bool:
    """Have this process SIGKILLed when its parent ends (Linux; elsewhere nothing is done).

    ``parent`` is the pid the parent had before it started this process: when it has already
    ended (between the fork and this call), this process ends at once. Returns whether the
    kernel will send the signal. (Strictly, the signal comes when the parent's *thread* that
    started this process ends: :func:`imap` and :func:`toolkit.build.warmup.warm` wait for
    their children in that thread.)
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):  # no prctl in this C library
            armed = False
    if parent is not None and os.getppid() != parent:  # the parent died before the signal was asked for
        os.kill(os.getpid(), signal.SIGKILL)
    return armed


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
        with context.Pool(min(processes, len(tasks)), initializer=die_with_parent,
                          initargs=(os.getpid(),)) as workers:
            yield from workers.imap(function, tasks)
    finally:
        SHARED.clear()
