"""Building briefings: params file → executed notebook → HTML, PDF, CSV tables, index.

:func:`build` plans every set once (:func:`toolkit.build.plan.plan_builds`: params
validated, sources resolved and hashed, build or skip decided), then hands each set's
:class:`~toolkit.build.plan.SetPlan` to :func:`build_set`, up to ``jobs`` sets side by
side, and rewrites the index. For a set to build, :func:`build_set`

1. takes the set's lock and a private staging folder ``reports/.staging+<name>+*``
   (:func:`toolkit.build.publish.staging`), after checking that ``reports/<name>`` is
   nothing or the set's own earlier briefing, which can be replaced;
2. extracts a large set before the kernel starts (:mod:`toolkit.build.warmup`);
3. executes ``notebooks/briefing.ipynb`` with papermill in a kernel running this very
   interpreter, and strips run-specific metadata from it (:mod:`toolkit.build.kernel`);
4. renders HTML and PDF, writes ``briefing.json`` and the fingerprint, and only then swaps
   the staging folder in as ``reports/<name>/`` (:mod:`toolkit.build.publish`).

A failure anywhere leaves the previous ``reports/<name>/`` exactly as it was and raises
:class:`BuildError` naming the source set (and, for a notebook failure, the cell).

Interruptions and concurrent builds (see :mod:`toolkit.build.locks`): a build holds a lock on
its set, so a second build of the same set fails at once naming the first one's process;
Ctrl-C and SIGTERM stop the kernel, remove the staging folder and keep the last good
briefing and the index; the swap itself is one atomic exchange of two folders (renameat2)
where the system has it, and is never cut in half by a signal. Each cell may run for
``TOOLKIT_CELL_TIMEOUT`` seconds and the whole notebook for ``TOOLKIT_NOTEBOOK_TIMEOUT``
(:mod:`toolkit.core.settings`); running out of either fails the build naming the cell.

The notebook machinery (papermill, nbformat, nbconvert) is imported only when a set is
built: a build whose sets are all unchanged says so without loading it.

Example:
    >>> results = build()                                  # doctest: +SKIP
    >>> results[0].html
    PosixPath('.../reports/ukraine-diplomacy/briefing.html')
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit.build import publish, warmup
from toolkit.build.locks import ABORT, interruptible
from toolkit.build.plan import SetPlan, plan_builds, side_by_side
from toolkit.core.errors import BuildError, SourceError
from toolkit.core.text import printable

_SAYING = threading.Lock()  # one line at a time on stderr


@dataclass(frozen=True)
class BuildResult:
    """What one build produced (paths are final, inside ``reports/<name>/``)."""

    name: str
    title: str
    folder: Path
    notebook: Path
    html: Path | None
    pdf: Path | None
    data: Path
    documents: int
    seconds: float
    status: str = "built"  # or "skipped": its inputs had not changed (see toolkit.build.plan)
    reason: str = ""  # why it was built or skipped, e.g. "2 source files changed (a.txt, b.txt)"
    # seconds of each step of a build ("extraction", "notebook", "rendering"): where a slow build's time went; kept
    # out of the briefing, whose files depend on their inputs only
    stages: dict[str, float] = field(default_factory=dict)


@interruptible()
def build(params_files: list[Path] | None = None, *, reports: Path | None = None,
          progress: bool = True, force: bool = False, jobs: int | None = None,
          scheduler: str | None = None) -> list[BuildResult]:
    """Build the briefing of every params file (default: all of ``params/``), then the index.

    A set whose inputs have not changed since its last build is skipped (``force`` builds
    it anyway); each result says which, and why. Up to ``jobs`` sets (default: the number
    of cores) are built side by side, each in its own kernel. The index is rewritten
    unless every set was skipped and it exists. With ``scheduler`` (``tcp://HOST:PORT``, or
    ``local:N`` for a ``LocalCluster`` started here for the build), each set to build is
    extracted on that Dask cluster before its kernel starts (:mod:`toolkit.extraction.cluster`).

    Every params file is validated before the first kernel starts. A set whose notebook
    fails does not stop the others; the first failure is raised at the end.

    Raises:
        ParamsError: a params file is invalid, or two share a name (nothing is built).
        BuildError: a briefing failed; the others were built and indexed.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM (a ``KeyboardInterrupt``); the
            briefings built so far are kept (and indexed), the one being built is not.
    """
    plans = plan_builds(params_files, reports, force=force, jobs=jobs)
    folder = plans[0].reports  # the same for every plan
    jobs = side_by_side(jobs, len(plans))
    results, failures = [], []
    with _cluster(scheduler if any(p.builds for p in plans) else None) as address:
        options = dict(progress=progress, index=False, progress_bar=progress and jobs == 1, scheduler=address)
        try:
            for outcome in _run_sets(plans, jobs, options):
                (failures if isinstance(outcome, Exception) else results).append(outcome)
        except KeyboardInterrupt:
            if results:
                publish.write_index(folder)  # index what was built before the interruption
            raise
    # When every set was skipped the index already lists them: a build with nothing to do
    # writes nothing (and needs no lock).
    nothing_built = not failures and all(r.status == "skipped" for r in results)
    if not (nothing_built and (folder / "index.html").is_file()):
        publish.write_index(folder)
    if failures:
        first = failures[0]
        if len(failures) > 1:
            others = ", ".join(getattr(e, "name", "?") for e in failures[1:])
            first.add_note(f"{len(failures) - 1} other source set(s) failed too: {others}")
        raise first
    return results


@contextlib.contextmanager
def _cluster(scheduler: str | None):
    """The Dask scheduler's address for the build (a ``local:N`` cluster runs while it lasts), or None."""
    if not scheduler:
        yield None
        return
    from toolkit.extraction.cluster import serving

    with serving(scheduler) as address:
        yield address


def _run_sets(plans: list[SetPlan], jobs: int, options: dict):
    """Yield each set's BuildResult (or its BuildError/SourceError), in the plans' order.

    With ``jobs`` above 1, the sets that run no notebook (skipped, or failing at once) are
    done first, in order, in this thread; the others run in up to ``jobs`` threads of this
    process. Each set's kernel (and the extraction before it) is a process of its own, so
    the sets share no state but the index, which is written once at the end. On Ctrl-C
    every running set stops (:data:`toolkit.build.locks.ABORT`).
    """
    from concurrent.futures import ThreadPoolExecutor

    def one(plan):
        try:
            return build_set(plan, **options)
        except (BuildError, SourceError) as exc:
            return exc

    if jobs == 1:
        for plan in plans:
            yield one(plan)
        return
    # Their messages come at once and in order, not whenever a thread gets to them.
    done = {i: one(plan) for i, plan in enumerate(plans) if not plan.builds}
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="toolkit-build")
    futures = {}
    try:
        futures.update({i: pool.submit(one, plan) for i, plan in enumerate(plans) if i not in done})
        for i in range(len(plans)):
            while i in futures:  # short waits keep the main thread responsive to Ctrl-C
                try:
                    done[i] = futures[i].result(timeout=0.2)
                    break
                except TimeoutError:
                    continue
            yield done[i]
    except BaseException:
        ABORT.set()
        for future in futures.values():
            future.cancel()
        raise
    finally:
        pool.shutdown(wait=True)


@interruptible()
def build_one(params_file: str | Path, *, reports: Path | None = None, progress: bool = True,
              index: bool = True, notebook: Path | None = None, force: bool = False,
              progress_bar: bool | None = None) -> BuildResult:
    """Plan and build one briefing into ``reports/<name>/`` (atomically: all or nothing).

    Args:
        params_file: the set's params file.
        reports: the reports folder (default ``reports/`` or ``TOOLKIT_REPORTS``).
        progress: say what is built or skipped, and show papermill's per-cell progress bar.
        index: rewrite ``reports/index.html`` afterwards.
        notebook: the notebook to execute (default ``notebooks/briefing.ipynb``).
        force: build even when the inputs are those of the last build (otherwise it is
            skipped: ``status="skipped"``, see :mod:`toolkit.build.plan`).
        progress_bar: papermill's per-cell bar (default: ``progress``).

    Raises:
        ParamsError: before any kernel starts, when the params file is invalid.
        SourceError: before any kernel starts, when its sources match no article.
        BuildError: when the notebook or rendering fails, or a cell runs out of time; the
            previous briefing is kept. :class:`toolkit.build.locks.BuildLocked` (a BuildError)
            when another process is building the same set.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM; the previous briefing is kept.
    """
    [plan] = plan_builds([params_file], reports, force=force, jobs=1, notebook=notebook)
    return build_set(plan, progress=progress, index=index, progress_bar=progress_bar)


@interruptible()
def build_set(plan: SetPlan, *, progress: bool = True, index: bool = True,
              progress_bar: bool | None = None, scheduler: str | None = None) -> BuildResult:
    """Build the set of ``plan`` as planned: skip it, or run its notebook and publish it.

    Args:
        plan: the set's plan (:func:`toolkit.build.plan.plan_builds`).
        progress: say what is built or skipped, and show papermill's per-cell progress bar.
        index: rewrite ``reports/index.html`` afterwards.
        progress_bar: papermill's per-cell bar (default: ``progress``).
        scheduler: a Dask scheduler's address: the set is extracted there before its kernel starts.

    Raises:
        SourceError: the plan found that the set's sources match no article.
        BuildError: as :func:`build_one`.
    """
    started = time.monotonic()
    if plan.error is not None:
        raise plan.error
    if not plan.decision.build:
        if progress:
            _say(f"Skipped {plan.name}: {plan.decision.reason}")
        return _result(plan, _documents_built(plan.folder), started, status="skipped")
    if progress:
        _say(f"Building {plan.name} ({plan.decision.reason}): {plan.params.title}")
    manifest, stages = _run_and_publish(plan, progress_bar=progress if progress_bar is None else progress_bar,
                                        scheduler=scheduler)
    if index:
        publish.write_index(plan.reports)
    result = replace(_result(plan, manifest["sources"], started), stages=stages)
    if progress:
        written = ", ".join(f"briefing.{f}" for f in plan.params.formats)
        steps = ", ".join(f"{step} {seconds} s" for step, seconds in stages.items())
        _say(f"Built {plan.name} in {result.seconds} s ({steps}): {plan.folder}/ ({written}, data/)")
    return result


def _run_and_publish(plan: SetPlan, *, progress_bar: bool, scheduler: str | None = None) -> tuple[dict, dict]:
    """Warm up, run the notebook and publish, in a staging folder under the set's lock; the manifest, and the seconds
    each step took (the extraction before the kernel starts, the notebook, the rendering and publishing)."""
    from toolkit.build import kernel  # the notebook machinery: only when a set is built
    from toolkit.pipeline.store import read_facts

    with publish.staging(plan) as staging:
        _, lost = read_facts(plan.folder / "data")  # what the notebook compares with ("What changed")
        if lost:
            _say(f"{plan.name}: warning: the history of \"What changed\" is lost: {plan.folder}/{lost}; "
                 "this build starts it again")
        # A large set is extracted first, with several processes, into the cache that the
        # notebook's extract() then reads (toolkit.extraction.cache): the kernel does not parse.
        # With a Dask scheduler, every set is extracted on the cluster first, the same way.
        clock = _Stopwatch()
        warmup.warm_up(plan, env=kernel.KERNEL_ENV, abort=ABORT,
                       log=lambda m: _say(f"{plan.name}: {m}"), scheduler=scheduler)
        clock.lap("extraction")
        warming = publish.warm_renderer(plan.params.formats)  # on the core the kernel leaves idle
        nb = kernel.run_notebook(plan, staging, progress_bar=progress_bar)
        clock.lap("notebook")
        if warming is not None:
            warming.join()
        manifest = publish.publish(plan, nb, staging)
        clock.lap("rendering")
        return manifest, clock.laps


class _Stopwatch:
    """The seconds between one lap and the next, by name (rounded to a tenth, as the build's total)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._last = time.monotonic()

    def lap(self, name: str) -> None:
        now = time.monotonic()
        self.laps[name] = round(now - self._last, 1)
        self._last = now


def _say(message: str) -> None:
    """Print a line to stderr in one piece (sets built side by side print from their threads).

    Titles, names and file names come from params and source folders: the line is made
    printable (:func:`toolkit.core.text.printable`, newlines shown as ``\\n`` too), so that
    no escape sequence reaches the terminal and no value can forge a line of its own.
    """
    line = printable(message).replace("\n", "\\n")
    with _SAYING:
        print(line, file=sys.stderr, flush=True)


def _documents_built(folder: Path) -> int:
    """The number of documents in the published briefing in ``folder`` (0 when unreadable)."""
    try:
        return int(json.loads((folder / "briefing.json").read_text(encoding="utf-8")).get("sources") or 0)
    except (OSError, ValueError, TypeError):
        return 0


def _result(plan: SetPlan, documents: int, started: float, *, status: str = "built") -> BuildResult:
    formats = plan.params.formats
    return BuildResult(
        name=plan.name, title=plan.params.title, folder=plan.folder, notebook=plan.folder / "briefing.ipynb",
        html=plan.folder / "briefing.html" if "html" in formats else None,
        pdf=plan.folder / "briefing.pdf" if "pdf" in formats else None,
        data=plan.folder / "data", documents=documents, seconds=round(time.monotonic() - started, 1),
        status=status, reason=plan.decision.reason,
    )
