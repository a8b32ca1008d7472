"""Publishing a briefing: staging folder → rendered outputs → one atomic swap into ``reports/<name>/``.

A set is built in a private staging folder ``reports/.<name>.staging-*`` (:func:`staging`,
which also holds the set's lock). :func:`publish` renders the executed notebook to HTML
and PDF there, writes the manifest (``briefing.json``, read by the index) and the
fingerprint (:func:`toolkit.build.plan.record`), and only then swaps the staging folder in
for the live briefing: a reader sees either the whole old briefing or the whole new one.
A failed notebook is kept as ``reports/_failed/<name>.ipynb`` (:func:`keep_failed`), and
``reports/index.html`` is rewritten one writer at a time (:func:`write_index`).
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from toolkit.build.locks import deferred_signals, index_lock, set_lock
from toolkit.build.plan import record
from toolkit.core.files import atomic_write
from toolkit.core.paths import notebooks_dir

if TYPE_CHECKING:
    from toolkit.build.plan import SetPlan
    from toolkit.reading.params import Params


@contextlib.contextmanager
def staging(plan: SetPlan) -> Iterator[Path]:
    """Hold the set's lock and a fresh staging folder for its build; remove the folder after.

    What a killed build of the set left behind is cleared first (:func:`_clear_leftovers`).

    Raises:
        toolkit.build.locks.BuildLocked: at once, when another process builds the set.
    """
    plan.reports.mkdir(parents=True, exist_ok=True)
    with set_lock(plan.reports, plan.name):
        _clear_leftovers(plan.reports, plan.name)
        folder = Path(tempfile.mkdtemp(prefix=f".{plan.name}.staging-", dir=plan.reports))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def publish(plan: SetPlan, nb, staging: Path) -> dict:
    """Render the executed notebook ``nb`` in ``staging``, then swap it in as ``reports/<name>/``.

    Args:
        plan: the set's plan (its formats, where the briefing goes, its fingerprint).
        nb: the executed, cleaned notebook (already saved as ``staging/briefing.ipynb``).
        staging: the staging folder (:func:`staging`), holding the notebook's ``data/``.

    Returns:
        The manifest written as ``briefing.json``.
    """
    from toolkit.present.render import html_to_pdf, notebook_to_html

    params = plan.params
    page = notebook_to_html(nb, name=params.name, path=notebooks_dir())
    if "html" in params.formats:
        atomic_write(staging / "briefing.html", page)
    if "pdf" in params.formats:
        atomic_write(staging / "briefing.pdf", html_to_pdf(page, name=params.name))
    manifest = write_manifest(staging, params)
    record(staging, plan.inputs)  # swapped in with the briefing it describes
    _swap_in(staging, plan.folder)
    failed_notebook(plan.reports, params.name).unlink(missing_ok=True)  # an older failure is moot
    with contextlib.suppress(OSError):
        (plan.reports / "_failed").rmdir()  # only when empty
    return manifest


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


def failed_notebook(reports: Path, name: str) -> Path:
    """Where the executed notebook of a failed build of ``name`` is kept."""
    return Path(reports) / "_failed" / f"{name}.ipynb"


def keep_failed(executed: Path, reports: Path, name: str) -> None:
    """Keep the failed executed notebook (with its traceback) for the user to inspect."""
    if executed.exists():
        atomic_write(failed_notebook(reports, name), executed.read_bytes())


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
    for leftover in reports.glob(f".{name}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def write_index(reports: Path) -> Path:
    """Rewrite ``reports/index.html``, one writer at a time (builds of other sets may run)."""
    from toolkit.present.index import write_index as write

    reports = Path(reports)
    reports.mkdir(parents=True, exist_ok=True)
    with index_lock(reports):
        return write(reports)
