"""Running the briefing notebook: papermill, in a kernel on this very interpreter, within time limits.

:func:`run_notebook` executes a set's notebook into its staging folder, stops it when the
build is interrupted (:func:`toolkit.build.locks.run_abortable`), turns a failed cell, a
cell out of time or a dead kernel into a :class:`BuildError` naming the cell, and strips
what changes from run to run from the executed notebook (:func:`clean_notebook`).

The kernel's own stderr (ipykernel's log, its tracebacks as it is stopped after a time-out
or Ctrl-C, ZMQ's complaints) does not reach the terminal: it goes to a temporary file, of
which a dead kernel's last lines are quoted in the error. papermill's log lines ("Timeout
waiting for execute reply") are not printed either: every failure becomes one
:class:`BuildError` naming the cell.

This module imports the notebook machinery (jupyter_client, nbformat, papermill): only a
build that runs a notebook imports it, so that a build with nothing to do starts quickly.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import zmq
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec
from traitlets import default

from toolkit.build.locks import run_abortable
from toolkit.build.publish import failed_notebook, keep_failed
from toolkit.core import settings
from toolkit.core.errors import BuildError
from toolkit.core.files import atomic_write
from toolkit.core.paths import notebooks_dir
from toolkit.core.text import printable

if TYPE_CHECKING:
    from toolkit.build.plan import SetPlan

KERNEL_ENV = {
    # String hashing and set order in the kernel are the same on every run.
    "PYTHONHASHSEED": "0",
    # Any tool that stamps a date (matplotlib's SVG/PDF metadata) uses this fixed one.
    "SOURCE_DATE_EPOCH": "0",
    "MPLBACKEND": "agg",
}
STRIPPED_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")
_KERNEL_MANAGERS: "weakref.WeakSet" = weakref.WeakSet()  # every kernel manager of this process
# papermill logs what the build reports itself (a cell out of time, a failed cell) to the
# "papermill" logger; without a handler Python would print its errors on stderr.
logging.getLogger("papermill").addHandler(logging.NullHandler())


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

    stderr_file = None  # where the kernel's stderr goes (see run_notebook); None: inherited

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        _KERNEL_MANAGERS.add(self)

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        if self.stderr_file is not None:
            kw.setdefault("stderr", self.stderr_file)
        return await super()._async_launch_kernel(kernel_cmd, **kw)

    @staticmethod
    def kill_all() -> None:
        """Kill every kernel this process started (on Ctrl-C or SIGTERM the build stops at once)."""
        for manager in list(_KERNEL_MANAGERS):
            process = getattr(getattr(manager, "provisioner", None), "process", None)
            if process is not None and process.poll() is None:
                with contextlib.suppress(OSError):
                    process.kill()


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
        """The time limit of ``cell``, which is starting now."""
        self.cell = cell
        if self.deadline is None and self.notebook_limit:
            self.deadline = time.monotonic() + self.notebook_limit
        left = None if self.deadline is None else max(self.deadline - time.monotonic(), 0.01)
        self.by_notebook = left is not None and (self.cell_limit is None or left < self.cell_limit)
        return left if self.by_notebook else self.cell_limit

    def cell_line(self) -> str:
        """The first line of code of the cell running last."""
        return first_line(self.cell.source if self.cell is not None else "")

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


def run_notebook(plan: SetPlan, staging: Path, *, progress_bar: bool = False):
    """Execute the plan's notebook into ``staging/briefing.ipynb``; return it, cleaned.

    Args:
        plan: the set's plan (params file, notebook, where the briefing goes).
        staging: the build's private folder; the notebook writes its tables to ``data/``.
        progress_bar: show papermill's per-cell progress bar.

    Raises:
        BuildError: a cell failed (the executed notebook, with its traceback, is kept in
            ``reports/_failed/``), ran out of time, or the kernel died.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM (the kernel is killed).
    """
    executed = staging / "briefing.ipynb"
    limits = TimeLimits()
    with tempfile.TemporaryFile() as kernel_log:
        manager = type("SameInterpreterKernelManager", (SameInterpreterKernelManager,), {"stderr_file": kernel_log})
        return _execute(plan, staging, executed, limits, manager, kernel_log, progress_bar=progress_bar)


def _execute(plan: SetPlan, staging: Path, executed: Path, limits: TimeLimits, manager, kernel_log, *,
             progress_bar: bool):
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    try:
        run_abortable(lambda: pm.execute_notebook(
            str(plan.notebook), str(executed),
            # previous_dir: the live briefing's data, whose facts.parquet the notebook
            # compares with ("What changed") before the swap replaces it.
            parameters={"params_file": str(plan.params_file), "data_dir": str(staging / "data"),
                        "previous_dir": str(plan.folder / "data")},
            kernel_name="python3", kernel_manager_class=manager,
            cwd=str(notebooks_dir()), progress_bar=progress_bar, log_output=False,
            timeout_func=limits.timeout_for,
        ), on_abort=SameInterpreterKernelManager.kill_all)
    except PapermillExecutionError as exc:
        keep_failed(executed, plan.reports, plan.name)
        raise BuildError(plan.name, _describe_failure(exc, failed_notebook(plan.reports, plan.name))) from None
    except CellTimeoutError:
        keep_failed(executed, plan.reports, plan.name)
        raise BuildError(plan.name, limits.describe()) from None
    except DeadKernelError as exc:
        said = _last_words(kernel_log)
        raise BuildError(plan.name, f"the kernel died while running the cell `{limits.cell_line()}` ({exc}); "
                                    "out of memory? The previous briefing was kept."
                                    + (f" Its last words: {said}" if said else "")) from None
    # The saved notebook names the final data folder, relative to where the kernel ran,
    # not the staging folder (gone after the swap, and random per run).
    shown = {"params_file": _relpath(plan.params_file, notebooks_dir()),
             "data_dir": _relpath(plan.folder / "data", notebooks_dir()),
             "previous_dir": _relpath(plan.folder / "data", notebooks_dir())}
    nb = clean_notebook(nbformat.read(executed, as_version=4), title=plan.params.title, parameters=shown)
    atomic_write(executed, nbformat.writes(nb) + "\n")
    return nb


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


def first_line(source: str) -> str:
    """The first line of ``source`` that is code (not blank, not a comment), shortened."""
    for line in (source or "").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()[:100]
    return "(empty cell)"


def _last_words(log, limit: int = 400) -> str:
    """The end of the kernel's stderr (``log``, a binary file), printable, on one line."""
    try:
        log.seek(max(0, log.seek(0, os.SEEK_END) - limit))
        text = log.read().decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""
    return printable(" ".join(text.split()))[-limit:]


def _relpath(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def _describe_failure(exc, failed: Path) -> str:
    """Which cell failed, how, and where its traceback is."""
    line = first_line(getattr(exc, "source", ""))
    evalue = " ".join(str(getattr(exc, "evalue", "")).split())[:300]
    return (f"the notebook cell `{line}` (cell {exc.cell_index} of {failed}, which holds the traceback) "
            f"failed with {exc.ename}: {evalue}. The previous briefing was kept.")
