"""The warm-up: a large set is extracted in a child process before its kernel starts.

:func:`warm` fills the extraction cache (:mod:`toolkit.extraction.cache`) for a set, in a
separate process that uses several processes for parsing, so that the notebook's
``extract()`` only reads the finished tables (and the kernel's cell time limit is spent
on the briefing). The child runs :func:`main`, which calls the notebook's own first step,
:func:`toolkit.pipeline.briefing.extract_set`: the two cannot extract differently.

Example:
    >>> warm_up(plan, env=KERNEL_ENV)      # doctest: +SKIP
    True
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from toolkit.build.plan import WARM_MIN_DOCUMENTS, previous, shown

if TYPE_CHECKING:
    import threading

    from toolkit.build.plan import SetPlan
    from toolkit.reading.params import Params


def unparsed(params: Params, files: list[Path] | None = None) -> int:
    """How many of the set's texts (or of those in ``files``) the parse cache
    (:mod:`toolkit.extraction.cache`) does not hold yet."""
    import warnings

    from toolkit.extraction.cache import Cache, doc_key, model_identity
    from toolkit.reading.sources import read_paths, read_source_set

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the kernel warns about skipped files, in the briefing
            if files is not None:
                documents = read_paths(files, name=params.name, columns=params.columns).documents
            else:
                documents = read_source_set(params.sources, name=params.name, published=params.published,
                                            columns=params.columns).documents
    except Exception:  # the kernel meets the same problem and reports it in its cell
        return 0
    store = Cache.open()
    if store.root is None:
        return len(documents)
    model = model_identity()
    return sum(not store.path("docs", doc_key(d.body, model)).is_file() for d in documents)


def warm_up(plan: SetPlan, *, env: dict | None = None, abort: threading.Event | None = None,
            log: Callable[[str], None] | None = None, scheduler: str | None = None) -> bool:
    """Extract the planned set before its kernel starts when it is large, or on a Dask
    cluster when ``scheduler`` (its address) is given; True when it did.

    Args:
        plan: the set's plan (its size and the parsing processes it may use).
        env: variables for the child, on top of this process's environment.
        abort: when set, the child is killed.
        log: called with a message when the warm-up fails.
        scheduler: a Dask scheduler's address (:mod:`toolkit.extraction.cluster`): every set
            is extracted there, whatever its size.
    """
    if scheduler:
        documents = unparsed(plan.params)
    elif not plan.large or few_new_texts(plan):
        documents = 0  # (fewer than WARM_MIN_DOCUMENTS to parse: the kernel parses them)
    else:
        documents = unparsed(plan.params)
    return warm(plan.params_file, documents=documents, processes=plan.processes, env=env, abort=abort, log=log,
                scheduler=scheduler)


# The unchanged texts read to check that the cache still holds what the last build parsed.
CACHE_PROBES = 4


def few_new_texts(plan: SetPlan) -> bool:
    """Whether fewer than :data:`~toolkit.build.plan.WARM_MIN_DOCUMENTS` of the set's texts can be
    new to the parse cache, known without reading the set (for a large set, a second of a
    one-document rebuild).

    True when the set's last successful build had the same code, model, libraries and
    settings (so the same cache keys), fewer than that many of its source files (manifests
    included) changed or are new since, and a few of the unchanged texts are in the cache (it
    may have been emptied or moved since). Otherwise the set is read and counted
    (:func:`unparsed`). Only the speed depends on it: a text missing from the cache is parsed
    by the kernel.
    """
    record = previous(plan.folder)
    old = record.get("inputs") if record else None
    now = plan.inputs or {}
    if not isinstance(old, dict) or not now or any(
            old.get(k) != now.get(k) for k in ("toolkit", "model", "libraries", "lock", "settings")):
        return False
    before, sources = old.get("sources"), now.get("sources") or {}
    if not isinstance(before, dict) or sum(before.get(name) != sha for name, sha in sources.items()) \
            >= WARM_MIN_DOCUMENTS:
        return False
    unchanged = [f for f in plan.files if (name := shown(f)) in sources and before.get(name) == sources[name]]
    probes = unchanged[::max(1, len(unchanged) // CACHE_PROBES)][:CACHE_PROBES]
    return bool(probes) and unparsed(plan.params, probes) == 0


def warm(params_file: Path, *, documents: int, processes: int, env: dict | None = None,
         abort: threading.Event | None = None, log: Callable[[str], None] | None = None,
         scheduler: str | None = None) -> bool:
    """Extract the set of ``params_file`` into the cache, in a child process; True when it did.

    ``documents`` is the number of texts to parse (:func:`unparsed`): with fewer than
    :data:`toolkit.build.plan.WARM_MIN_DOCUMENTS` (or none, with a ``scheduler``), the kernel's
    extract() does it (it reads the rest from the cache). A failure is not fatal: the kernel
    then extracts, and reports any error in its cell. ``abort`` is a ``threading.Event``; when
    it is set the child is killed.
    """
    if documents < (1 if scheduler else WARM_MIN_DOCUMENTS):
        return False
    command = [sys.executable, "-c", "from toolkit.build.warmup import main; main()",
               str(params_file), str(max(1, processes)), str(os.getpid()), scheduler or ""]
    # Its own process group, so that stopping it also stops its parsing workers; and it dies
    # with this process (main), so that a kill -9 of the build stops it and its workers too.
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


def main() -> None:
    """The child of :func:`warm` (``argv``: params file, processes, the build's pid, the Dask
    scheduler's address or ""): the notebook's own extraction step, with more processes or on
    the cluster.

    It first asks to be killed when the build ends (:func:`toolkit.extraction.pool.die_with_parent`;
    its workers do the same), and ends at once when the build already has.
    """
    from toolkit.extraction.pool import die_with_parent

    params_file, processes = sys.argv[1], int(sys.argv[2])
    die_with_parent(int(sys.argv[3]) if len(sys.argv) > 3 else None)
    from toolkit.pipeline.briefing import extract_set

    extract_set(params_file, n_process=processes, scheduler=(sys.argv[4] if len(sys.argv) > 4 else "") or None)
