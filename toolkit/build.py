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

Example:
    >>> results = build()                                  # doctest: +SKIP
    >>> results[0].html
    PosixPath('.../reports/ukraine-diplomacy/briefing.html')
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import zmq
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec
from traitlets import default

from .errors import BuildError, ParamsError, SourceError, ToolkitError
from .params import Params, all_params_files, load_params
from .paths import briefing_notebook, notebooks_dir, reports_dir
from .render import html_to_pdf, notebook_to_html
from .report import atomic_write
from .sources import resolve_sources

KERNEL_ENV = {
    # String hashing and set order in the kernel are the same on every run.
    "PYTHONHASHSEED": "0",
    # Any tool that stamps a date (matplotlib's SVG/PDF metadata) uses this fixed one.
    "SOURCE_DATE_EPOCH": "0",
    "MPLBACKEND": "agg",
}
STRIPPED_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")


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


def build(params_files: list[Path] | None = None, *, reports: Path | None = None,
          progress: bool = True) -> list[BuildResult]:
    """Build the briefing of every params file (default: all of ``params/``), then the index.

    Every params file is validated before the first kernel starts. A set whose notebook
    fails does not stop the others; the first failure is raised at the end.

    Raises:
        ParamsError: a params file is invalid, or two share a name (nothing is built).
        BuildError: a briefing failed; the others were built and indexed.
    """
    from .index import write_index

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
    for path, params in loaded:
        try:
            results.append(build_one(path, reports=reports, progress=progress, index=False, params=params))
        except (BuildError, SourceError) as exc:
            failures.append(exc)
    write_index(reports)
    if failures:
        first = failures[0]
        if len(failures) > 1:
            others = ", ".join(getattr(e, "name", "?") for e in failures[1:])
            first.add_note(f"{len(failures) - 1} other source set(s) failed too: {others}")
        raise first
    return results


def build_one(params_file: str | Path, *, reports: Path | None = None, progress: bool = True,
              index: bool = True, params: Params | None = None,
              notebook: Path | None = None) -> BuildResult:
    """Build one briefing into ``reports/<name>/`` (atomically: all or nothing).

    Args:
        params_file: the set's params file.
        reports: the reports folder (default ``reports/`` or ``TOOLKIT_REPORTS``).
        progress: show papermill's per-cell progress bar.
        index: rewrite ``reports/index.html`` afterwards.
        params: the already-validated params of ``params_file`` (skips re-reading).
        notebook: the notebook to execute (default ``notebooks/briefing.ipynb``).

    Raises:
        ParamsError: before any kernel starts, when the params file is invalid.
        SourceError: before any kernel starts, when its sources match no article.
        BuildError: when the notebook or rendering fails; the previous briefing is kept.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    started = time.monotonic()
    params_file = Path(params_file).resolve()
    params = params or load_params(params_file)
    resolve_sources(params.sources)  # a missing sources folder fails here, without a kernel
    reports = Path(reports).resolve() if reports else reports_dir()
    reports.mkdir(parents=True, exist_ok=True)
    target = reports / params.name
    if progress:
        print(f"Building {params.name}: {params.title}", file=sys.stderr, flush=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{params.name}.staging-", dir=reports))
    try:
        executed = staging / "briefing.ipynb"
        try:
            pm.execute_notebook(
                str(notebook or briefing_notebook()), str(executed),
                parameters={"params_file": str(params_file), "data_dir": str(staging / "data")},
                kernel_name="python3", kernel_manager_class=SameInterpreterKernelManager,
                cwd=str(notebooks_dir()), progress_bar=progress, log_output=False,
            )
        except PapermillExecutionError as exc:
            _keep_failed(executed, reports, params.name)
            raise BuildError(params.name, _describe_failure(exc, reports, params.name)) from None
        # The saved notebook names the final data folder, relative to where the kernel ran,
        # not the staging folder (gone after the swap, and random per run).
        shown = {"params_file": _relpath(params_file, notebooks_dir()),
                 "data_dir": _relpath(target / "data", notebooks_dir())}
        nb = clean_notebook(nbformat.read(executed, as_version=4), title=params.title, parameters=shown)
        atomic_write(executed, nbformat.writes(nb) + "\n")
        page = notebook_to_html(nb, name=params.name, path=notebooks_dir())
        if "html" in params.formats:
            atomic_write(staging / "briefing.html", page)
        if "pdf" in params.formats:
            atomic_write(staging / "briefing.pdf", html_to_pdf(page, name=params.name))
        manifest = write_manifest(staging, params)
        _swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    (reports / "_failed" / f"{params.name}.ipynb").unlink(missing_ok=True)  # an older failure is moot
    with contextlib.suppress(OSError):
        (reports / "_failed").rmdir()  # only when empty
    if index:
        from .index import write_index

        write_index(reports)
    seconds = round(time.monotonic() - started, 1)
    if progress:
        written = ", ".join(f"briefing.{f}" for f in params.formats)
        print(f"Built {params.name} in {seconds} s: {target}/ ({written}, data/)", file=sys.stderr, flush=True)
    return BuildResult(
        name=params.name, title=params.title, folder=target, notebook=target / "briefing.ipynb",
        html=target / "briefing.html" if "html" in params.formats else None,
        pdf=target / "briefing.pdf" if "pdf" in params.formats else None,
        data=target / "data", documents=manifest["sources"], seconds=seconds,
    )


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
    """Replace ``target`` with ``staging`` by two renames (the old folder is removed after).

    A reader sees either the whole old briefing or the whole new one; a crash between
    the renames leaves the old one as ``.<name>.old-*`` beside it, not half-overwritten.
    """
    os.chmod(staging, 0o755)  # mkdtemp makes it 0700
    for sub in staging.rglob("*"):
        if sub.is_dir():
            os.chmod(sub, 0o755)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.rename(target, old)
    os.rename(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
