"""Building briefings: params file → executed notebook → HTML, PDF, CSV tables, index.

For each params file, :func:`build_one`

1. validates the params (a broken file raises :class:`ParamsError` before any kernel);
2. executes ``notebooks/briefing.ipynb`` with papermill into a private staging folder
   ``reports/.<name>.staging-*``, in a kernel running this very interpreter;
3. strips run-specific metadata (timings, paths) from the executed notebook, renders
   it to HTML and PDF, writes ``briefing.json``;
4. only then swaps the staging folder in as ``reports/<name>/``.

A failure anywhere leaves the previous ``reports/<name>/`` exactly as it was and raises
:class:`BuildError` naming the source set (and, for a notebook failure, the cell).

Interruptions and concurrent builds (see :mod:`toolkit.build.locks`): a build holds a lock on
its set, so a second build of the same set fails at once naming the first one's process;
Ctrl-C and SIGTERM stop the kernel, remove the staging folder and keep the last good
briefing and the index; the swap itself is one atomic exchange of two folders (renameat2)
where the system has it, and is never cut in half by a signal. Each cell may run for
``TOOLKIT_CELL_TIMEOUT`` seconds and the whole notebook for ``TOOLKIT_NOTEBOOK_TIMEOUT``
(:mod:`toolkit.core.settings`); running out of either fails the build naming the cell.

Example:
    >>> results = build()                                  # doctest: +SKIP
    >>> results[0].html
    PosixPath('.../reports/ukraine-diplomacy/briefing.html')
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import json
import os
import shutil
import sys
import tempfile
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

import nbformat
import zmq
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec
from traitlets import default

from toolkit.build import plan as buildcache
from toolkit.core import settings
from toolkit.core.errors import BuildError, ParamsError, SourceError, ToolkitError
from toolkit.build.locks import ABORT, deferred_signals, index_lock, interruptible, run_abortable, set_lock
from toolkit.reading.params import Params, all_params_files, load_params
from toolkit.core.paths import briefing_notebook, notebooks_dir, reports_dir
from toolkit.present.render import html_to_pdf, notebook_to_html
from toolkit.core.files import atomic_write
from toolkit.reading.sources import resolve_sources

KERNEL_ENV = {
    # String hashing and set order in the kernel are the same on every run.
    "PYTHONHASHSEED": "0",
    # Any tool that stamps a date (matplotlib's SVG/PDF metadata) uses this fixed one.
    "SOURCE_DATE_EPOCH": "0",
    "MPLBACKEND": "agg",
}
STRIPPED_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")
_KERNEL_MANAGERS: "weakref.WeakSet" = weakref.WeakSet()  # every kernel manager of this process


class SameInterpreterKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel is ``sys.executable``, whatever kernelspecs are installed.

    papermill asks for the "python3" kernel, and a user-level kernelspec of that name may
    point at another Python where the toolkit is not installed (or is another version).
    ``-Xfrozen_modules=off`` keeps the debugger's frozen-modules warning off stderr.
    """

    @property
    def kernel_spec(self) -> KernelSpec:
        if self._kernel_spec is None:
            self._kernel_spec = KernelSpec(
                argv=[sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                display_name="Python 3 (ipykernel)", language="python", env=dict(KERNEL_ENV), resource_dir="",
                metadata={"supported_encryption": ["curve"]})
        return self._kernel_spec

    @default("transport_encryption")
    def _transport_encryption_default(self) -> str:
        # Encrypt the local kernel connection where pyzmq can (it also silences the kernel's
        # "running over TCP without encryption" warning in the terminal).
        return "auto" if zmq.has("curve") else "disabled"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        _KERNEL_MANAGERS.add(self)

    @staticmethod
    def kill_all() -> None:
        """Kill every kernel this process started (on Ctrl-C or SIGTERM the build stops at once)."""
        for manager in list(_KERNEL_MANAGERS):
            process = getattr(getattr(manager, "provisioner", None), "process", None)
            if process is not None and process.poll() is None:
                with contextlib.suppress(OSError):
                    process.kill()


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


@interruptible()
def build(params_files: list[Path] | None = None, *, reports: Path | None = None,
          progress: bool = True, force: bool = False, jobs: int | None = None) -> list[BuildResult]:
    """Build the briefing of every params file (default: all of ``params/``), then the index.

    A set whose inputs have not changed since its last build is skipped (``force`` builds
    it anyway); each result says which, and why. Up to ``jobs`` sets (default: the number
    of cores) are built side by side, each in its own kernel.

    Every params file is validated before the first kernel starts. A set whose notebook
    fails does not stop the others; the first failure is raised at the end.

    Raises:
        ParamsError: a params file is invalid, or two share a name (nothing is built).
        BuildError: a briefing failed; the others were built and indexed.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM (a ``KeyboardInterrupt``); the
            briefings built so far are kept (and indexed), the one being built is not.
    """
    buildcache.forget_hashes()
    files = [Path(f) for f in (params_files if params_files is not None else all_params_files())]
    if not files:
        raise ToolkitError("no params files to build (add one under params/, e.g. params/my-set.yaml)")
    loaded = [(f, load_params(f)) for f in files]
    seen: dict[str, Path] = {}
    for path, params in loaded:
        if params.name in seen:
            raise ParamsError(path, f"name '{params.name}' is also used by {seen[params.name]}", key="name")
        seen[params.name] = path
    results, failures = [], []
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(loaded)))
    processes = buildcache.parse_processes(loaded, Path(reports).resolve() if reports else reports_dir(),
                                           jobs=jobs, force=force)
    options = dict(reports=reports, progress=progress, index=False, force=force, processes=processes,
                   progress_bar=progress and jobs == 1)
    try:
        for outcome in _run_sets(loaded, jobs, options):
            (failures if isinstance(outcome, Exception) else results).append(outcome)
    except KeyboardInterrupt:
        if results:
            _write_index(reports)  # index what was built before the interruption
        raise
    _write_index(reports)
    if failures:
        first = failures[0]
        if len(failures) > 1:
            others = ", ".join(getattr(e, "name", "?") for e in failures[1:])
            first.add_note(f"{len(failures) - 1} other source set(s) failed too: {others}")
        raise first
    return results


def _run_sets(loaded: list, jobs: int, options: dict):
    """Yield each set's BuildResult (or its BuildError/SourceError), ``jobs`` sets at a time.

    Each set runs in a thread of this process; its kernel (and the extraction before it)
    is a process of its own, so the sets share no state but the index, which is written
    once at the end. On Ctrl-C every running set stops (:data:`toolkit.build.locks.ABORT`).
    """
    from concurrent.futures import ThreadPoolExecutor

    def one(path, params):
        try:
            return build_one(path, params=params, **options)
        except (BuildError, SourceError) as exc:
            return exc

    if jobs == 1:
        for path, params in loaded:
            yield one(path, params)
        return
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="toolkit-build")
    futures = []
    try:
        futures += [pool.submit(one, path, params) for path, params in loaded]
        for future in futures:
            while True:  # short waits keep the main thread responsive to Ctrl-C
                try:
                    outcome = future.result(timeout=0.2)
                    break
                except TimeoutError:
                    continue
            yield outcome
    except BaseException:
        ABORT.set()
        for future in futures:
            future.cancel()
        raise
    finally:
        pool.shutdown(wait=True)


@interruptible()
def build_one(params_file: str | Path, *, reports: Path | None = None, progress: bool = True,
              index: bool = True, params: Params | None = None,
              notebook: Path | None = None, force: bool = False, processes: int | None = None,
              progress_bar: bool | None = None) -> BuildResult:
    """Build one briefing into ``reports/<name>/`` (atomically: all or nothing).

    Args:
        params_file: the set's params file.
        reports: the reports folder (default ``reports/`` or ``TOOLKIT_REPORTS``).
        progress: show papermill's per-cell progress bar.
        index: rewrite ``reports/index.html`` afterwards.
        params: the already-validated params of ``params_file`` (skips re-reading).
        notebook: the notebook to execute (default ``notebooks/briefing.ipynb``).
        force: build even when the inputs are those of the last build (otherwise it is
            skipped: ``status="skipped"``, see :mod:`toolkit.build.plan`).
        processes: parsing processes for a large set (default: the number of cores).
        progress_bar: papermill's per-cell bar (default: ``progress``).

    Raises:
        ParamsError: before any kernel starts, when the params file is invalid.
        SourceError: before any kernel starts, when its sources match no article.
        BuildError: when the notebook or rendering fails, or a cell runs out of time; the
            previous briefing is kept. :class:`toolkit.build.locks.BuildLocked` (a BuildError)
            when another process is building the same set.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM; the previous briefing is kept.
    """
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    started = time.monotonic()
    params_file = Path(params_file).resolve()
    if params is None:  # called on its own, not from build(): hash the sources afresh
        buildcache.forget_hashes()
    params = params or load_params(params_file)
    files = resolve_sources(params.sources)  # a missing sources folder fails here, without a kernel
    settings.check_all()  # so does a broken TOOLKIT_* limit
    reports = Path(reports).resolve() if reports else reports_dir()
    reports.mkdir(parents=True, exist_ok=True)
    target = reports / params.name
    notebook = Path(notebook or briefing_notebook())
    inputs = buildcache.inputs(params_file, params, notebook)
    decision = buildcache.decide(target, inputs, formats=params.formats, force=force)
    if not decision.build:
        if progress:
            print(f"Skipped {params.name}: {decision.reason}", file=sys.stderr, flush=True)
        return _skipped(params, target, decision.reason, started)
    if progress:
        print(f"Building {params.name} ({decision.reason}): {params.title}", file=sys.stderr, flush=True)
    held = contextlib.ExitStack()
    held.enter_context(set_lock(reports, params.name))  # BuildLocked when another build holds it
    _clear_leftovers(reports, params.name)
    staging = Path(tempfile.mkdtemp(prefix=f".{params.name}.staging-", dir=reports))
    try:
        executed = staging / "briefing.ipynb"
        # A large set is extracted first, with several processes, into the cache that the
        # notebook's extract() then reads (toolkit.extraction.cache): the kernel does not parse.
        todo = buildcache.unparsed(params) if len(files) >= buildcache.WARM_MIN_DOCUMENTS else 0
        buildcache.warm(params_file, documents=todo, processes=processes or os.cpu_count() or 1,
                        env=KERNEL_ENV, abort=ABORT,
                        log=lambda m: print(f"{params.name}: {m}", file=sys.stderr, flush=True))
        limits = TimeLimits()
        try:
            run_abortable(lambda: pm.execute_notebook(
                str(notebook), str(executed),
                # previous_dir: the live briefing's data, whose facts.parquet the notebook
                # compares with ("What changed") before the swap replaces it.
                parameters={"params_file": str(params_file), "data_dir": str(staging / "data"),
                            "previous_dir": str(target / "data")},
                kernel_name="python3", kernel_manager_class=SameInterpreterKernelManager,
                cwd=str(notebooks_dir()), progress_bar=progress if progress_bar is None else progress_bar,
                log_output=False,
                timeout_func=limits.timeout_for,
            ), on_abort=SameInterpreterKernelManager.kill_all)
        except PapermillExecutionError as exc:
            _keep_failed(executed, reports, params.name)
            raise BuildError(params.name, _describe_failure(exc, reports, params.name)) from None
        except CellTimeoutError:
            _keep_failed(executed, reports, params.name)
            raise BuildError(params.name, limits.describe()) from None
        except DeadKernelError as exc:
            raise BuildError(params.name, f"the kernel died while running the cell `{limits.cell_line()}` ({exc}); "
                                          "out of memory? The previous briefing was kept.") from None
        # The saved notebook names the final data folder, relative to where the kernel ran,
        # not the staging folder (gone after the swap, and random per run).
        shown = {"params_file": _relpath(params_file, notebooks_dir()),
                 "data_dir": _relpath(target / "data", notebooks_dir()),
                 "previous_dir": _relpath(target / "data", notebooks_dir())}
        nb = clean_notebook(nbformat.read(executed, as_version=4), title=params.title, parameters=shown)
        atomic_write(executed, nbformat.writes(nb) + "\n")
        page = notebook_to_html(nb, name=params.name, path=notebooks_dir())
        if "html" in params.formats:
            atomic_write(staging / "briefing.html", page)
        if "pdf" in params.formats:
            atomic_write(staging / "briefing.pdf", html_to_pdf(page, name=params.name))
        manifest = write_manifest(staging, params)
        buildcache.record(staging, inputs)  # swapped in with the briefing it describes
        _swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        held.close()
    (reports / "_failed" / f"{params.name}.ipynb").unlink(missing_ok=True)  # an older failure is moot
    with contextlib.suppress(OSError):
        (reports / "_failed").rmdir()  # only when empty
    if index:
        _write_index(reports)
    seconds = round(time.monotonic() - started, 1)
    if progress:
        written = ", ".join(f"briefing.{f}" for f in params.formats)
        print(f"Built {params.name} in {seconds} s: {target}/ ({written}, data/)", file=sys.stderr, flush=True)
    return BuildResult(
        name=params.name, title=params.title, folder=target, notebook=target / "briefing.ipynb",
        html=target / "briefing.html" if "html" in params.formats else None,
        pdf=target / "briefing.pdf" if "pdf" in params.formats else None,
        data=target / "data", documents=manifest["sources"], seconds=seconds, reason=decision.reason,
    )


def _skipped(params: Params, target: Path, reason: str, started: float) -> BuildResult:
    """The result of a set whose briefing is up to date (nothing was run)."""
    try:
        documents = int(json.loads((target / "briefing.json").read_text(encoding="utf-8")).get("sources") or 0)
    except (OSError, ValueError, TypeError):
        documents = 0
    return BuildResult(
        name=params.name, title=params.title, folder=target, notebook=target / "briefing.ipynb",
        html=target / "briefing.html" if "html" in params.formats else None,
        pdf=target / "briefing.pdf" if "pdf" in params.formats else None,
        data=target / "data", documents=documents, seconds=round(time.monotonic() - started, 1),
        status="skipped", reason=reason,
    )


class TimeLimits:
    """The per-cell and whole-notebook time limits of one run, as nbclient's ``timeout_func``.

    nbclient asks for each code cell's timeout as the cell starts: the answer is the
    per-cell limit or, when less is left, what remains of the whole-notebook limit (whose
    clock starts with the first cell: starting the kernel has papermill's own limit). The
    cell asked about last is the one that ran out of time.
    """

    def __init__(self, cell: int | None = None, notebook: int | None = None):
        self.cell_limit = cell if cell is not None else settings.cell_timeout()
        self.notebook_limit = notebook if notebook is not None else settings.notebook_timeout()
        self.deadline: float | None = None
        self.cell = None
        self.by_notebook = False

    def timeout_for(self, cell) -> float | None:
        self.cell = cell
        if self.deadline is None and self.notebook_limit:
            self.deadline = time.monotonic() + self.notebook_limit
        left = None if self.deadline is None else max(self.deadline - time.monotonic(), 0.01)
        self.by_notebook = left is not None and (self.cell_limit is None or left < self.cell_limit)
        return left if self.by_notebook else self.cell_limit

    def cell_line(self) -> str:
        return _first_line(self.cell.source if self.cell is not None else "")

    def describe(self) -> str:
        """Which cell ran out of time, and which limit (and setting) it ran into."""
        ident = getattr(self.cell, "id", None)
        cell = f"the notebook cell `{self.cell_line()}`" + (f" (cell id {ident})" if ident else "")
        if self.by_notebook:
            limit = (f"the whole notebook may run for {self.notebook_limit} s (setting TOOLKIT_NOTEBOOK_TIMEOUT) "
                     "and this cell was running when that time was up")
        else:
            limit = f"it ran for more than the limit of {self.cell_limit} s per cell (setting TOOLKIT_CELL_TIMEOUT)"
        return f"{cell} ran out of time: {limit}. The previous briefing was kept."


def clean_notebook(nb, *, title: str | None = None, parameters: dict | None = None):
    """Strip what changes from run to run (timings, papermill's paths and clock) from ``nb``.

    Args:
        nb: an executed notebook (changed in place and returned).
        title: the briefing's title, stored as ``metadata.title`` for the HTML ``<title>``.
        parameters: values to show in the ``injected-parameters`` cell instead of the
            absolute, per-run paths papermill injected.

    The executed notebook then diffs cleanly between builds, and nothing machine-specific
    can reach the rendered page through it.
    """
    from papermill.translators import translate_parameters

    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    if title:
        nb.metadata["title"] = title
    for cell in nb.cells:
        for key in STRIPPED_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id on every run
            if parameters is not None:
                cell.source = translate_parameters("python3", "python", parameters, "Parameters")
    return nb


def _relpath(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def _first_line(source: str) -> str:
    for line in (source or "").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()[:100]
    return "(empty cell)"


def _describe_failure(exc, reports: Path, name: str) -> str:
    """Which cell failed, how, and where its traceback is."""
    line = _first_line(getattr(exc, "source", ""))
    evalue = " ".join(str(getattr(exc, "evalue", "")).split())[:300]
    failed = reports / "_failed" / f"{name}.ipynb"
    return (f"the notebook cell `{line}` (cell {exc.cell_index} of {failed}, which holds the traceback) "
            f"failed with {exc.ename}: {evalue}. The previous briefing was kept.")


def _keep_failed(executed: Path, reports: Path, name: str) -> None:
    """Keep the failed executed notebook (with its traceback) for the user to inspect."""
    if executed.exists():
        atomic_write(reports / "_failed" / f"{name}.ipynb", executed.read_bytes())


def write_manifest(folder: Path, params: Params) -> dict:
    """Write ``briefing.json`` (read by the index) from the folder's ``data/documents.csv``."""
    documents = folder / "data" / "documents.csv"
    rows = []
    if documents.exists():
        with documents.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    dates = sorted(r["published"] for r in rows if r.get("published"))
    outlets = sorted({r["outlet"] for r in rows if r.get("outlet")})
    manifest = {
        "name": params.name,
        "title": params.title,
        "sources": len(rows),
        "outlets": outlets,
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "formats": list(params.formats),
        "files": sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()),
    }
    atomic_write(folder / "briefing.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest


def _swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` with ``staging`` (the old folder is removed after).

    Where the system can (Linux ``renameat2(RENAME_EXCHANGE)``) the two folders are
    exchanged in one atomic step; otherwise by two renames, during which Ctrl-C and
    SIGTERM are held back. A reader sees either the whole old briefing or the whole new
    one; a hard crash between the renames leaves the old one as ``.<name>.old-*``, which
    the next build of the set puts back or removes (:func:`_clear_leftovers`).
    """
    os.chmod(staging, 0o755)  # mkdtemp makes it 0700
    for sub in staging.rglob("*"):
        if sub.is_dir():
            os.chmod(sub, 0o755)
    old = None
    with deferred_signals():
        if target.exists() and _exchange(staging, target):
            old = staging  # now holds the old briefing
        else:
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.rmdir(old)
                os.rename(target, old)
            os.rename(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _clear_leftovers(reports: Path, name: str) -> None:
    """Remove what a killed build of ``name`` left in ``reports`` (called holding the set's lock).

    A staging folder is removed; an old briefing set aside by an interrupted two-rename
    swap is put back when the briefing itself is missing, and removed otherwise.
    """
    target = reports / name
    for old in sorted(reports.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime, reverse=True):
        if not target.exists() and (old / "briefing.json").is_file():
            os.rename(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for staging in reports.glob(f".{name}.staging-*"):
        shutil.rmtree(staging, ignore_errors=True)


def _write_index(reports: Path | None) -> Path:
    """Rewrite ``reports/index.html``, one writer at a time (builds of other sets may run)."""
    from toolkit.present.index import write_index

    folder = Path(reports).resolve() if reports else reports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with index_lock(folder):
        return write_index(folder)
