"""Publishing a briefing: staging folder → rendered outputs → one atomic swap into ``reports/<name>/``.

A set is built in a private staging folder ``reports/.staging+<name>+*`` (:func:`staging`,
which also holds the set's lock; the names of the build's own entries in ``reports/`` are
a namespace no set name can produce, :func:`toolkit.build.locks.private_name`).
:func:`publish` renders the executed notebook to HTML and PDF there, writes the manifest
(``briefing.json``, read by the index) and the fingerprint
(:func:`toolkit.build.plan.record`, with the build's :func:`provenance`), and only then
swaps the staging folder in for the live briefing: a reader sees either the whole old
briefing or the whole new one.

The swap replaces only what is the set's own: nothing, or a folder holding the set's
earlier briefing (its ``briefing.json`` names the set) that can be replaced. Anything else
at ``reports/<name>`` (the index, a file, a link, another set's or someone's folder, a
read-only folder) is refused with a :class:`BuildError` naming the path
(:func:`refusal`), before the kernel starts and again just before the swap.

A failed notebook is kept as ``reports/_failed/<name>.ipynb`` (:func:`keep_failed`), and
``reports/index.html`` is rewritten one writer at a time (:func:`write_index`).
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import errno
import json
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from toolkit.build.locks import check_interrupted, deferred_signals, index_lock, is_private, private_name, set_lock
from toolkit.build.plan import environment, file_sha, record
from toolkit.core.errors import BuildError, ToolkitError
from toolkit.core.files import atomic_write
from toolkit.core.paths import notebooks_dir, params_dir

if TYPE_CHECKING:
    from toolkit.build.plan import SetPlan
    from toolkit.reading.params import Params

INDEX = "index.html"
FAILED = "_failed"
# What the build itself writes in reports/ besides the briefings: a set of these names
# would publish its briefing over them (names starting with "." or "_" are refused too).
RESERVED = (INDEX, FAILED)


@contextlib.contextmanager
def staging(plan: SetPlan) -> Iterator[Path]:
    """Hold the set's lock and a fresh staging folder for its build; remove the folder after.

    What a killed build of the set left behind is cleared first (:func:`_clear_leftovers`),
    and what is at ``reports/<name>`` is checked (:func:`refusal`) before any work is done.

    Raises:
        toolkit.build.locks.BuildLocked: at once, when another process builds the set.
        BuildError: ``reports/<name>`` is not the set's to replace, or ``reports/`` cannot
            be written (naming the path).
    """
    problem = refusal(plan.reports, plan.name)
    if problem:
        raise BuildError(plan.name, problem)
    with contextlib.ExitStack() as held:
        with _writing(plan.name, plan.reports):
            plan.reports.mkdir(parents=True, exist_ok=True)
            held.enter_context(set_lock(plan.reports, plan.name))
        _clear_leftovers(plan.reports, plan.name)
        problem = refusal(plan.reports, plan.name)  # again: a put-back briefing, or a change meanwhile
        if problem:
            raise BuildError(plan.name, problem)
        folder = None
        try:
            # a Ctrl-C between the folder's making and its being named here would leave it behind:
            # held back until ``folder`` is set, then raised inside the ``try`` that removes it
            with deferred_signals(), _writing(plan.name, plan.reports):
                folder = Path(tempfile.mkdtemp(prefix=private_name("staging", plan.name) + "+", dir=plan.reports))
            yield folder
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _writing(name: str, path: Path) -> Iterator[None]:
    """Turn an ``OSError`` of the block (read-only, full, permissions) into a BuildError naming ``path``."""
    try:
        yield
    except OSError as exc:
        raise BuildError(name, f"cannot write to {exc.filename or path}: {exc.strerror or exc}. "
                               "Nothing was replaced; the previous briefing was kept.") from None


def refusal(reports: Path, name: str) -> str | None:
    """Why the briefing of set ``name`` may not be published as ``reports/<name>``, or None.

    It may when nothing is there, or an empty folder, or the set's own earlier briefing: a
    real folder (not a link) whose ``briefing.json`` names the set, every folder of which
    can be written (the swap moves it, and its files are removed after). Anything else is
    not the set's to replace: what the build writes itself (the index, ``_failed``), a
    file, a link, a folder of something else.
    """
    target = Path(reports) / name
    shown = str(target)
    if name in RESERVED or name.startswith((".", "_")):
        return (f"its name would put the briefing at {shown}, which the build writes itself "
                f"({'the index of all briefings' if name == INDEX else 'for its own use'}): rename the set. "
                "Nothing was replaced.")
    if any(ch in name for ch in "+/\\\x00") or not name.strip("."):
        return f"{name!r} is not a plain folder name under {reports}: rename the set. Nothing was replaced."
    if not os.path.lexists(target):
        return None
    if target.is_symlink() or not target.is_dir():
        kind = "a link" if target.is_symlink() else "a file"
        return (f"{shown} is {kind}, not this set's earlier briefing: it was not replaced. "
                "Move it away (or rename the set) and build again.")
    if not (_names(target / "briefing.json", name) or _empty(target)):
        return (f"{shown} holds something other than this set's earlier briefing (no briefing.json naming "
                f"'{name}'): it was not replaced. Move it away (or rename the set) and build again.")
    for folder in [target, *(p for p in target.rglob("*") if p.is_dir() and not p.is_symlink())]:
        if not os.access(folder, os.W_OK):
            return (f"{folder} is read-only: the new briefing cannot replace {shown}, so the previous "
                    "briefing was kept. Make it writable (chmod u+w, chattr -i) and build again.")
    return None


def _empty(folder: Path) -> bool:
    try:
        return not any(folder.iterdir())
    except OSError:
        return False


def _names(manifest: Path, name: str) -> bool:
    """Whether ``manifest`` is a readable ``briefing.json`` of set ``name``."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("name") == name


def warm_renderer(formats) -> threading.Thread | None:
    """Import the renderers and print a one-line PDF in a background thread, while the kernel runs.

    A build waits for its kernel with one core idle; importing nbconvert and WeasyPrint and
    WeasyPrint's first page (fonts found, Pango set up) cost about a second that the
    briefing's own rendering then does not pay. Nothing is written; a failure here is left
    for the real rendering to report. Returns the thread (None without a PDF to render).
    """
    if "pdf" not in formats:
        return None

    def warm() -> None:
        with contextlib.suppress(Exception):
            from toolkit.present.render import warm_up_pdf

            warm_up_pdf()

    thread = threading.Thread(target=warm, name="toolkit-warm-renderer", daemon=True)
    thread.start()
    return thread


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
    record(staging, plan.inputs, provenance=provenance(plan, staging))  # swapped in with the briefing it describes
    with deferred_signals():
        # A signal that came while rendering (its exception may have been dropped by Python,
        # or the set is built in a worker thread) stops the build here: the old briefing stays.
        check_interrupted()
        problem = refusal(plan.reports, plan.name)
        if problem:
            raise BuildError(plan.name, problem)
        with _writing(plan.name, plan.folder):
            _swap_in(staging, plan.folder)
    failed_notebook(plan.reports, params.name).unlink(missing_ok=True)  # an older failure is moot
    with contextlib.suppress(OSError):
        (plan.reports / "_failed").rmdir()  # only when empty
    return manifest


def provenance(plan: SetPlan, staging: Path) -> dict:
    """What a rebuild needs, beyond the fingerprint's inputs, to prove it gives the same bytes.

    The set's name, its params file (relative to ``params/``) and the params values, the
    notebook (relative to ``notebooks/``), the facts "What changed" compared with, and the
    :func:`toolkit.build.plan.environment` (code version and files, every package's
    version, Python, system, Pango). Recorded in ``.build.json`` by :func:`publish`.

    ``previous_facts`` is ``None`` when the build had no previous facts (a first build),
    ``{"file": "data/previous_facts.parquet", "sha256": ...}`` for the copy that the
    notebook kept of those it read (:func:`toolkit.pipeline.store.record_changes`), or
    ``{"state": "not a regular file"}`` when the live ``facts.parquet`` was a link or a folder.
    """
    from toolkit.pipeline.store import FACTS_FILE, PREVIOUS_FACTS_FILE

    kept = staging / "data" / PREVIOUS_FACTS_FILE
    live = plan.folder / "data" / FACTS_FILE
    if kept.is_file() and not kept.is_symlink():
        previous = {"file": f"data/{PREVIOUS_FACTS_FILE}", "sha256": file_sha(kept)}
    elif live.is_symlink() or (live.exists() and not live.is_file()):  # there, but not read
        previous = {"state": "not a regular file"}
    else:
        previous = None
    return {
        "name": plan.name,
        "params_file": _relative(plan.params_file, params_dir()),
        "params": plan.params.model_dump(mode="json"),
        "notebook": _relative(plan.notebook, notebooks_dir()),
        "previous_facts": previous,
        **environment(pdf="pdf" in plan.params.formats, code=plan.code_files),
    }


def _relative(path: Path, folder: Path) -> str:
    """``path`` relative to ``folder`` when it is inside it (portable), else absolute."""
    path = Path(path).resolve()
    try:
        return path.relative_to(Path(folder).resolve()).as_posix()
    except ValueError:
        return str(path)


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
    one; a hard crash between the renames leaves the old one as ``.old+<name>+*``, which
    the next build of the set puts back or removes (:func:`_clear_leftovers`). When the
    second rename fails, the old briefing is put back and the ``OSError`` raised.
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
                old = Path(tempfile.mkdtemp(prefix=private_name("old", target.name) + "+", dir=target.parent))
                os.rmdir(old)
                os.rename(target, old)
            try:
                os.rename(staging, target)
            except OSError:
                if old is not None:
                    os.rename(old, target)
                raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with ``renameat2(RENAME_EXCHANGE)``; False where unsupported.

    Raises:
        OSError: the system supports it but refused (a read-only or immutable folder).
    """
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, 0):
        return False  # no such call, or not on this file system: two renames instead
    raise OSError(code, os.strerror(code), str(b))


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _clear_leftovers(reports: Path, name: str) -> None:
    """Remove what a killed build of ``name`` left in ``reports`` (called holding the set's lock).

    A staging folder is removed; an old briefing set aside by an interrupted two-rename
    swap is put back when the briefing itself is missing, and removed otherwise. Only the
    entries of exactly this set are touched (:func:`toolkit.build.locks.is_private`): those
    of a set whose name merely starts the same (``adv-x.old-1`` for ``adv-x``) are not.
    """
    target = reports / name
    entries = list(reports.iterdir())
    # ... and those of the same set named as by earlier versions (".<name>.staging-XXXXXXXX")
    legacy = re.compile(rf"\.{re.escape(name)}\.(staging|old)-[a-z0-9_]{{8}}")
    olds = [p for p in entries if (is_private(p.name, "old", name) or _legacy(legacy, p.name, "old"))
            and not p.is_symlink()]
    for old in sorted(olds, key=lambda p: p.stat().st_mtime, reverse=True):
        if not os.path.lexists(target) and (old / "briefing.json").is_file():
            os.rename(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for leftover in entries:
        if is_private(leftover.name, "staging", name) or _legacy(legacy, leftover.name, "staging"):
            if leftover.is_symlink():
                leftover.unlink()
            else:
                shutil.rmtree(leftover, ignore_errors=True)


def _legacy(pattern: re.Pattern, entry: str, kind: str) -> bool:
    found = pattern.fullmatch(entry)
    return found is not None and found.group(1) == kind


def write_index(reports: Path) -> Path:
    """Rewrite ``reports/index.html``, one writer at a time (builds of other sets may run)."""
    from toolkit.present.index import write_index as write

    reports = Path(reports)
    index = reports / INDEX
    if index.is_dir() and not index.is_symlink():
        raise ToolkitError(f"{index} is a folder, where the build writes the index of all briefings: the index "
                           "was not written (the briefings were). Move the folder away and build again.")
    try:
        reports.mkdir(parents=True, exist_ok=True)
        with index_lock(reports):
            return write(reports)
    except OSError as exc:
        raise ToolkitError(f"cannot write the index {index}: {exc.strerror or exc} (the briefings were written)") from None
