"""``toolkit verify``: rebuild a published briefing from its record, and compare byte for byte.

A build records in ``reports/<name>/.build.json`` (:func:`toolkit.build.plan.record`) what it
was made from: the SHA-256 of each input (params file, source files and manifests, notebook,
``requirements.lock``), the code's hash, the model, the library versions and the
``TOOLKIT_MAX_*`` limits (the fingerprint's inputs), the SHA-256 of every output it
published, and its provenance (:func:`toolkit.build.publish.provenance`): the params values,
each code file's hash, every installed package's version, Python, the system, Pango, and
the facts "What changed" compared with (kept as ``data/previous_facts.parquet``).

:func:`verify` rebuilds the set in a temporary folder from that record:

1. the params file at its recorded place under ``params/`` when it holds the recorded values,
   otherwise a params file written from the recorded values (the difference is reported);
2. the previous facts restored from ``data/previous_facts.parquet``, so that "What changed"
   compares with what the recorded build compared with;
3. the recorded ``TOOLKIT_MAX_*`` limits, and (unless ``use_cache``) an empty extraction
   cache of its own, so that every text is parsed again;
4. the notebook run and the briefing rendered as ``toolkit build --force`` would, into that
   folder (never into ``reports/``: the published briefing is only read);

and compares: each input (a changed, new or missing source file is named, with both
hashes), the lock, each code file, the model, every package's version, Python, the system
and Pango with the record; each output of the rebuild with the recorded hash; and each
published file with the record (a file damaged since it was published is named).
``briefing.ipynb`` is compared without its injected parameters cell, which names the folder
it was built in (the rebuild's is temporary); the HTML, PDF and tables name no folder.

Example:
    >>> result = verify("reports/ukraine-diplomacy")          # doctest: +SKIP
    >>> result.identical                                      # doctest: +SKIP
    True
    >>> print(result.describe())                              # doctest: +SKIP
    ukraine-diplomacy: identical (22 outputs byte for byte as recorded; ...)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from toolkit.build.locks import interruptible
from toolkit.build.plan import FINGERPRINT, LOCK_FILE, code_files, environment, file_sha, outputs, plan_builds
from toolkit.core.errors import BuildError, ParamsError, SourceError, ToolkitError
from toolkit.core.paths import briefing_notebook, notebooks_dir, params_dir
from toolkit.core.text import printable

KINDS = ("input", "version", "published", "output", "rebuild")  # the order differences are listed in
INJECTED = "injected-parameters"  # the notebook cell naming the folders of the build (toolkit.build.kernel)


@dataclass(frozen=True)
class Difference:
    """One way the rebuild, or what it was made from, differs from the record.

    Attributes:
        kind: ``input`` (params, source file, notebook, code, model, lock), ``version``
            (a package, Python, the system, Pango), ``published`` (a published file is no
            longer as recorded), ``output`` (the rebuild's file is not the recorded one) or
            ``rebuild`` (the set could not be rebuilt).
        what: what differs, e.g. ``source ukraine-diplomacy/a.txt``, ``package pandas``,
            ``briefing.html``.
        how: how, e.g. ``changed (sha256 1d926031d4ad… recorded, 7a7bc0e1f2d3… now)``.
    """

    kind: str
    what: str
    how: str

    def __str__(self) -> str:
        return f"{self.kind} {self.what}: {self.how}"


@dataclass
class Verification:
    """The outcome of :func:`verify` for one published briefing."""

    name: str
    folder: Path
    built: str
    differences: list[Difference] = field(default_factory=list)
    outputs: int = 0  # outputs recorded (each compared)
    inputs: int = 0  # input files recorded: params, sources and manifests, notebook
    packages: int = 0  # package versions recorded
    code: int = 0  # code files recorded
    seconds: float = 0.0
    cache: str = "a cache of its own"
    rebuild: Path | None = None  # where the rebuild was kept (``keep=True``), else None

    @property
    def identical(self) -> bool:
        """True when the rebuild's outputs, its inputs and versions are all those recorded."""
        return not self.differences

    def describe(self) -> str:
        """The verdict in words: ``<name>: identical (...)``, or ``<name>: differs`` and one line per difference."""
        timing = f"rebuilt in {self.seconds:.1f} s with {self.cache}"
        kept = [f"  the rebuild is kept in {self.rebuild}"] if self.rebuild is not None else []
        if self.identical:
            line = (f"{self.name}: identical ({self.outputs} outputs byte for byte as recorded; "
                    f"{self.inputs} input files, {LOCK_FILE}, {self.code} code files, the model and "
                    f"{self.packages} package versions as recorded; {timing})")
            return "\n".join(printable(line) for line in [line, *kept])
        counts = {kind: sum(d.kind == kind for d in self.differences) for kind in KINDS}
        same_making = not (counts["input"] or counts["version"])
        verdict = "NOT REPRODUCED: the same inputs and versions gave other bytes" if (
            same_making and counts["output"]) else "differs"
        summary = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items() if n)
        lines = [f"{self.name}: {verdict} ({summary}; {timing})"]
        width = max(len(d.kind) for d in self.differences)
        for difference in sorted(self.differences, key=lambda d: KINDS.index(d.kind)):
            lines.append(f"  {difference.kind:<{width}}  {difference.what}: {difference.how}")
        lines += kept
        return "\n".join(printable(line) for line in lines)


def read_record(folder: str | Path) -> dict:
    """The record (``.build.json``) of the briefing published in ``folder``.

    Raises:
        ToolkitError: ``folder`` holds no readable record, or one written before builds
            recorded their provenance (naming the folder and what to do).
    """
    folder = Path(folder)
    path = folder / FINGERPRINT
    if not folder.is_dir():
        raise ToolkitError(f"{folder} is not a folder (expected a published briefing, e.g. reports/<name>)")
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        why = "there is none" if isinstance(exc, FileNotFoundError) else "it cannot be read"
        raise ToolkitError(f"{folder} is not a published briefing: it has no readable record {FINGERPRINT} "
                           f"({why}). Build it with `toolkit build`.") from None
    if not isinstance(record, dict) or not all(isinstance(record.get(k), dict) for k in ("inputs", "outputs")):
        raise ToolkitError(f"{path} is not a build record (no inputs and outputs)")
    provenance = record.get("provenance")
    if not isinstance(provenance, dict) or not provenance.get("name"):
        raise ToolkitError(f"{path} records no provenance (the briefing was built before builds recorded "
                           "what a rebuild needs): build it again with `toolkit build --force`, then verify it")
    name = provenance["name"]
    if not isinstance(name, str) or Path(name).name != name or name.startswith(".") or "\\" in name:
        raise ToolkitError(f"{path} names the set {name!r}, which is not a plain folder name: not a build record")
    return record


@interruptible()
def verify(report_dir: str | Path, *, use_cache: bool = False, keep: bool = False,
           log: Callable[[str], None] | None = None) -> Verification:
    """Rebuild the briefing published in ``report_dir`` from its record, in a temporary folder, and compare.

    Nothing in ``report_dir`` (nor in ``reports/``) is written: the rebuild goes to a new
    temporary folder, removed afterwards unless ``keep``.

    Args:
        report_dir: a published briefing, e.g. ``reports/ukraine-diplomacy``.
        use_cache: parse with the shared extraction cache (``TOOLKIT_CACHE``), which is
            faster; by default the rebuild has an empty cache of its own and parses every text.
        keep: keep the rebuild (its folder is :attr:`Verification.rebuild`) to look at.
        log: where progress lines go (default: stderr).

    Returns:
        The :class:`Verification`: ``identical``, or the differences.

    Raises:
        ToolkitError: ``report_dir`` is not a briefing with a record (:func:`read_record`), or
            the params found for it are invalid.
        toolkit.build.locks.Interrupted: on Ctrl-C or SIGTERM (the temporary folder is removed).
    """
    started = time.monotonic()
    say = log or _say
    folder = Path(report_dir).resolve()
    record = read_record(folder)
    inputs, provenance = record["inputs"], record["provenance"]
    name = str(provenance["name"])
    result = Verification(name=name, folder=folder, built=str(record.get("built", "?")),
                          outputs=len(record["outputs"]), inputs=len(inputs.get("sources") or {}) + 2,
                          packages=len(provenance.get("packages") or {}), code=len(provenance.get("code") or {}),
                          cache="the shared cache" if use_cache else "a cache of its own")
    found = result.differences
    found += published_differences(folder, record)
    work = Path(tempfile.mkdtemp(prefix=f"toolkit-verify-{name}-"))
    try:
        params_file = _params_file(record, work, found)
        cache = None if use_cache else work / "cache"
        say(f"Verifying {name} (built {result.built}): rebuilding it in {work} with {result.cache}")
        with _environment(inputs.get("settings") or {}, cache):
            [plan] = plan_builds([params_file], work / "reports", force=True, jobs=1, notebook=_notebook(provenance))
            _restore_previous(folder, plan.folder, provenance)
            if plan.inputs is not None:
                found += input_differences(record, plan.inputs)
            found += version_differences(provenance, environment(pdf="pdf" in plan.params.formats))
            if plan.error is not None:
                found.append(Difference("rebuild", name, f"cannot be rebuilt: {plan.error}"))
            else:
                _rebuild(plan, found)
        if not any(d.kind == "rebuild" for d in found):
            found += output_differences(folder, plan.folder, record)
        if keep:
            shutil.rmtree(work / "cache", ignore_errors=True)
            result.rebuild = plan.folder
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    result.seconds = round(time.monotonic() - started, 1)
    return result


def _rebuild(plan, found: list[Difference]) -> None:
    from toolkit.build.run import build_set

    try:
        build_set(plan, progress=False, index=False)
    except (BuildError, SourceError) as exc:
        found.append(Difference("rebuild", plan.name, f"the rebuild failed: {exc}"))


def _say(message: str) -> None:
    print(printable(message).replace("\n", "\\n"), file=sys.stderr, flush=True)


def _short(sha) -> str:
    return f"{sha[:12]}…" if isinstance(sha, str) and len(sha) > 12 else str(sha)


def _hashes(recorded, now, *, now_word: str = "now") -> str:
    return f"sha256 {_short(recorded)} recorded, {_short(now)} {now_word}"


def _file(path: Path) -> str | None:
    try:
        return None if path.is_symlink() or not path.is_file() else file_sha(path)
    except OSError:
        return None


# --- the params, the previous facts and the settings of the recorded build ------------------


def _params_file(record: dict, work: Path, found: list[Difference]) -> Path:
    """The params file to rebuild with: the recorded one, where it still holds the recorded values.

    Otherwise (missing, changed values, no longer valid) a params file written from the
    recorded values into ``work``; either way a changed params file is a difference.
    """
    from toolkit.reading.params import load_params

    provenance = record["provenance"]
    recorded = provenance.get("params")
    relative = str(provenance.get("params_file") or f"{provenance['name']}.yaml")
    path = Path(relative) if Path(relative).is_absolute() else params_dir() / relative
    shown = f"params file {path if Path(relative).is_absolute() else 'params/' + relative}"
    sha = _file(path)
    if sha is not None and sha == record["inputs"].get("params"):
        return path
    if sha is None:
        found.append(Difference("input", shown, "missing now; rebuilt with the recorded values"))
    else:
        try:
            now = load_params(path).model_dump(mode="json")
        except ParamsError as exc:
            found.append(Difference("input", shown, f"changed, and no longer valid ({exc}); "
                                                    "rebuilt with the recorded values"))
        else:
            if now == recorded:
                found.append(Difference("input", shown, f"changed, with the same values "
                                                        f"({_hashes(record['inputs'].get('params'), sha)})"))
                return path
            keys = sorted(set(now) | set(recorded or {}), key=str)
            said = "; ".join(f"{k}: {(recorded or {}).get(k)!r} recorded, {now.get(k)!r} now"
                             for k in keys if (recorded or {}).get(k) != now.get(k))
            found.append(Difference("input", shown, f"changed ({said}); rebuilt with the recorded values"))
    if not isinstance(recorded, dict):
        raise ToolkitError(f"{shown} is not as recorded and the record holds no params values to rebuild with")
    return _write_params(work / "params" / Path(relative).name, recorded)


def _write_params(path: Path, values: dict) -> Path:
    import yaml

    data = dict(values)
    if isinstance(data.get("published"), str):
        data["published"] = dt.date.fromisoformat(data["published"])  # a YAML date, as the params file had
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _notebook(provenance: dict) -> Path:
    relative = provenance.get("notebook")
    if relative:
        path = Path(relative) if Path(relative).is_absolute() else notebooks_dir() / relative
        if path.is_file():
            return path
    return briefing_notebook()


def _restore_previous(folder: Path, target: Path, provenance: dict) -> None:
    """Lay out ``target`` as the briefing the recorded build replaced, as far as its "What changed" saw it.

    That is the facts it compared with (the copy it kept), or a ``facts.parquet`` that is
    not a regular file, or nothing (a first build). A copy missing or damaged since it was
    published is restored as it is now (:func:`published_differences` names it).
    """
    from toolkit.pipeline.store import FACTS_FILE, PREVIOUS_FACTS_FILE

    data = target / "data"
    data.mkdir(parents=True)
    # The set's own earlier briefing, which the build may replace (toolkit.build.publish.refusal).
    (target / "briefing.json").write_text(json.dumps({"name": target.name}), encoding="utf-8")
    previous = provenance.get("previous_facts")
    if not isinstance(previous, dict):
        return
    if previous.get("state") == "not a regular file":
        (data / FACTS_FILE).mkdir()
        return
    kept = folder / "data" / PREVIOUS_FACTS_FILE  # the only place a build keeps them
    with contextlib.suppress(OSError):
        if kept.is_file() and not kept.is_symlink():
            shutil.copyfile(kept, data / FACTS_FILE)


@contextlib.contextmanager
def _environment(settings: dict, cache: Path | None) -> Iterator[None]:
    """Within the block: the recorded ``TOOLKIT_MAX_*`` limits (and no others), and ``cache`` as
    ``TOOLKIT_CACHE`` (when given). The kernel and the warm-up inherit them."""
    wanted = {str(k): str(v) for k, v in settings.items() if str(k).startswith("TOOLKIT_MAX_")}
    if cache is not None:
        wanted["TOOLKIT_CACHE"] = str(cache)
    touched = set(wanted) | {k for k in os.environ if k.startswith("TOOLKIT_MAX_")}
    saved = {key: os.environ.get(key) for key in touched}
    try:
        for key in touched:
            os.environ.pop(key, None)
        os.environ.update(wanted)
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# --- the comparisons -----------------------------------------------------------------------


def input_differences(record: dict, now: dict) -> list[Difference]:
    """How the inputs of a rebuild (``now``, :func:`toolkit.build.plan.inputs`) differ from the record.

    The params file is compared where it is chosen (the rebuild may use one written from the
    recorded values); the limits are the recorded ones. Each source file and each code file
    that differs is named.
    """
    recorded, provenance = record["inputs"], record.get("provenance") or {}
    found = []
    before, after = recorded.get("sources") or {}, now.get("sources") or {}
    for path in sorted(set(before) | set(after)):
        old, new = before.get(path), after.get(path)
        if old == new:
            continue
        if old is None:
            how = f"new: not in the recorded build (sha256 {_short(new)})"
        elif new is None:
            how = f"missing now (recorded sha256 {_short(old)})"
        else:
            how = f"changed ({_hashes(old, new)})"
        found.append(Difference("input", f"source {path}", how))
    if recorded.get("notebook") != now.get("notebook"):
        hashes = _hashes(recorded.get("notebook"), now.get("notebook"))
        found.append(Difference("input", "notebook", f"changed ({hashes})"))
    if recorded.get("lock") != now.get("lock"):
        how = ("missing now" if now.get("lock") == "-" else
               f"changed ({_hashes(recorded.get('lock'), now.get('lock'))})")
        found.append(Difference("input", LOCK_FILE, how))
    if recorded.get("model") != now.get("model"):
        found.append(Difference("input", "model", f"{recorded.get('model')} recorded, {now.get('model')} now"))
    if recorded.get("toolkit") != now.get("toolkit"):
        found += _code_differences(provenance)
    return found


def _code_differences(provenance: dict) -> list[Difference]:
    before, after = provenance.get("code") or {}, code_files()
    commit = provenance.get("commit")
    where = ""
    if isinstance(commit, dict) and commit.get("id"):
        changes = "" if commit.get("clean") else " with uncommitted changes"
        where = f" (the build ran commit {commit['id'][:12]}{changes})"
    names = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
    if not names:  # the version string differs, or the record lists no files
        return [Difference("input", "toolkit code", f"changed{where}")]
    found = []
    for path in names:
        old, new = before.get(path), after.get(path)
        how = ("new: not in the recorded build" if old is None else "missing now" if new is None
               else f"changed ({_hashes(old, new)})")
        found.append(Difference("input", f"code {path}", how + where))
    return found


def version_differences(provenance: dict, now: dict) -> list[Difference]:
    """How the environment ``now`` (:func:`toolkit.build.plan.environment`) differs from the recorded one.

    Every package whose version differs, or that is installed on one side only, is named;
    then Python, the system, Pango and the toolkit's version.
    """
    found = []
    before, after = provenance.get("packages") or {}, now.get("packages") or {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        how = (f"not installed at the build, {new} installed now" if old is None else
               f"{old} recorded, not installed now" if new is None else f"{old} recorded, {new} installed")
        found.append(Difference("version", f"package {name}", how))
    for key, label in (("python", "Python"), ("system", "system"), ("pango", "Pango"),
                       ("toolkit_version", "toolkit version")):
        if key == "pango" and provenance.get(key) is None:
            continue  # an HTML-only build recorded no Pango
        if key in provenance and provenance.get(key) != now.get(key):
            found.append(Difference("version", label, f"{provenance.get(key)} recorded, {now.get(key)} now"))
    return found


def published_differences(folder: Path, record: dict) -> list[Difference]:
    """The published files that are no longer those recorded (damaged, replaced, missing, added)."""
    found = []
    recorded = record["outputs"]
    present = outputs(folder)
    for name in sorted(set(recorded) | set(present)):
        old, new = recorded.get(name), present.get(name)
        if old == new:
            continue
        how = ("not in the record (added after the build?)" if old is None else
               "missing from the published briefing" if new is None else
               f"changed since it was published ({_hashes(old, new)})")
        found.append(Difference("published", name, how))
    return found


def output_differences(folder: Path, rebuilt: Path, record: dict) -> list[Difference]:
    """The outputs of the rebuild in ``rebuilt`` whose SHA-256 is not the recorded one.

    ``briefing.ipynb`` names the folder it was built in (its injected parameters cell): it
    counts as identical when it is the published notebook (itself as recorded) but for
    that cell.
    """
    found = []
    recorded, now = record["outputs"], outputs(rebuilt)
    for name in sorted(set(recorded) | set(now)):
        old, new = recorded.get(name), now.get(name)
        if old == new:
            continue
        if old is None:
            found.append(Difference("output", name, f"rebuilt, but not recorded (sha256 {_short(new)})"))
        elif new is None:
            found.append(Difference("output", name, f"recorded, but not rebuilt (sha256 {_short(old)})"))
        elif name.endswith(".ipynb") and _file(folder / name) == old and _same_notebook(folder / name, rebuilt / name):
            continue
        else:
            sizes = _sizes(folder / name, rebuilt / name, as_recorded=_file(folder / name) == old)
            found.append(Difference("output", name, f"differs ({_hashes(old, new, now_word='rebuilt')}{sizes})"))
    return found


def _sizes(published: Path, rebuilt: Path, *, as_recorded: bool) -> str:
    try:
        after = rebuilt.stat().st_size
        before = published.stat().st_size if as_recorded else None
    except OSError:
        return ""
    return f"; {after:,} bytes rebuilt" if before is None else f"; {before:,} bytes published, {after:,} rebuilt"


def _same_notebook(published: Path, rebuilt: Path) -> bool:
    """Whether two executed notebooks are the same but for their injected parameters cell."""
    try:
        notebooks = [json.loads(path.read_text(encoding="utf-8")) for path in (published, rebuilt)]
    except (OSError, ValueError):
        return False
    for notebook in notebooks:
        for cell in notebook.get("cells", []) if isinstance(notebook, dict) else []:
            if isinstance(cell, dict) and cell.get("id") == INJECTED:
                cell["source"] = ""
    return notebooks[0] == notebooks[1]
