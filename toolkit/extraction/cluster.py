"""Extraction on a Dask distributed cluster, for sets that outgrow one machine.

:func:`extract` with ``scheduler=None`` is :func:`toolkit.extraction.tables.extract` (one machine,
forked workers, the local cache): nothing changes. With a scheduler (``tcp://HOST:PORT``, or
``local:N`` for a ``LocalCluster`` of N worker processes on this machine), the per-document
steps run on the cluster's workers and the set-wide step here:

1. the texts the fact store (:mod:`toolkit.extraction.factstore`) lacks go to the workers in
   batches of about :data:`BATCH_CHARS` characters, as plain data; each worker parses them
   with :func:`toolkit.extraction.parsing.parse_batch` (the one-machine step) and writes the
   mentions and counts to the store; the parsed ``Doc`` stays on the worker, serialised, in
   the task's result;
2. here the set's entity index is built from every document's mentions (as on one machine)
   and sent to every worker once;
3. each document whose stored facts the index would not answer the same way gets its facts
   from :func:`toolkit.extraction.facts.document_facts` (the one-machine step), on the worker
   that holds its parse when it can (Dask places a task by its data), written to the store;
4. here :func:`toolkit.extraction.tables.assemble` makes the tables: the same facts give the
   same tables, whichever engine produced them.

Workers load the spaCy pipeline once per process (:func:`toolkit.nlp.model.load_model` keeps it)
and get and return only plain data: texts, keys, rows, DocBin bytes. A worker that dies costs
its tasks, which the scheduler runs again elsewhere (its results were not yet taken, and the
store's partitions are named by their content, so nothing is kept twice). A batch that fails
(an exception, or workers dying on it again and again) is tried one document at a time; a
document that still fails is named on stderr and listed in ``Extraction.skipped``.

Why Dask distributed: it is the Python ecosystem's engine for this shape of work (a scheduler,
workers on any number of machines, data locality, lost-worker recovery, a dashboard), used as
it is rather than a home-made protocol.

Example:
    >>> ex = extract(read_source_set("ukraine-diplomacy"), scheduler="local:2")   # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
import threading
from collections import Counter
from dataclasses import astuple
from typing import Callable, Iterator

import pandas as pd

from toolkit.core.errors import ToolkitError
from toolkit.core.text import printable
from toolkit.extraction import cache, facts, parsing, tables
from toolkit.extraction.factstore import FactStore
from toolkit.nlp.entities import EntityIndex, Mention
from toolkit.nlp.model import load_model, model_info

# Characters of text per task. spaCy's authors advise feeding a process a few MB at a time;
# smaller sets are cut finer so that every worker gets several batches.
BATCH_CHARS = 2_000_000
BATCHES_PER_WORKER = 4
# What the last extraction did here: texts sent to be parsed, documents whose facts were
# extracted, reused from the store, failed. Tests and the benchmark read them.
STATS: Counter = Counter()
# Where the last extraction's time went, in seconds (the benchmark reads them): reading the
# store, the parse phase, the index, the facts phase, the set-wide tables.
TIMES: dict[str, float] = {}


class ClusterError(ToolkitError):
    """The cluster cannot be reached, or its workers run other code or another model."""


# -- on the workers -----------------------------------------------------------------------------

# One spaCy pipeline per worker process, used by one task at a time: a worker started with
# several threads runs its tasks one after another rather than share the pipeline.
_PIPELINE = threading.Lock()


def worker_identity() -> dict:
    """The extraction code, model and model information of this process (run on a worker)."""
    nlp = load_model()
    return {"code": cache.code_version(), "model": cache.model_identity(nlp), "info": model_info(nlp)}


def _parse_task(chunk: list[tuple[str, str, str]], store_url: str, model: str) -> dict:
    """Parse ``(doc_key, sha256, text)`` triples (on a worker) and keep the parses in the store."""
    nlp, off = load_model(), cache.Cache(None)  # no local cache: every DocBin comes back
    records, failed = [], {}
    # spaCy is fed the task's texts in runs of about PARSE_BATCH_CHARS, as on one machine: the
    # parser's memory grows with the characters of a run (a task's few MB at once would take GBs).
    mean = sum(len(t) for _, _, t in chunk) / max(1, len(chunk))
    run = max(2, min(64, int(parsing.PARSE_BATCH_CHARS // max(mean, 1.0))))
    with _PIPELINE:
        for part in (chunk[i:i + run] for i in range(0, len(chunk), run)):
            try:
                records.extend(parsing.parse_batch([(k, t) for k, _, t in part], nlp=nlp, store=off))
            except Exception:  # one text broke the run: each alone, to name the one
                for key, _, text in part:
                    try:
                        records.extend(parsing.parse_batch([(key, text)], nlp=nlp, store=off))
                    except Exception as exc:
                        failed[key] = f"{type(exc).__name__}: {exc}"
    shas = {key: sha for key, sha, _ in chunk}
    FactStore.open(store_url, model=model).write_parses(
        (key, shas[key], mentions, tokens, words) for key, mentions, tokens, words, _ in records)
    texts = {key: text for key, _, text in chunk}
    return {"parsed": {key: (texts[key], [astuple(m) for m in mentions], tokens, words, docbin)
                       for key, mentions, tokens, words, docbin in records},
            "failed": failed}


def _parse_summary(result: dict) -> dict:
    """What the client needs of a parse task's result: mentions and counts (the DocBins stay)."""
    return {"parsed": {key: (mentions, tokens, words) for key, (_, mentions, tokens, words, _) in
                       result["parsed"].items()},
            "failed": result["failed"], "identity": (cache.code_version(), cache.model_identity(load_model()))}


def _facts_task(items: list[tuple], parses: dict | None, index: EntityIndex, store_url: str, model: str) -> dict:
    """The facts of ``(fact_key, doc_key, published, title, text)`` items (on a worker), kept in the store.

    ``parses`` is the result of the parse task that parsed them (its DocBins), or None: then
    ``text`` is given and parsed again here (its parse came from the store, which keeps no Doc).
    """
    nlp, off = load_model(), cache.Cache(None)
    done, failed = {}, {}
    for fkey, key, published, title, text in items:
        docbin = None
        if parses is not None and key in parses["parsed"]:
            text, _, _, _, docbin = parses["parsed"][key]
        parsed = parsing.Parsed(key, text, [], 0, 0, docbin)
        try:
            with _PIPELINE:
                done[fkey] = facts.document_facts(fkey, parsed, published, nlp=nlp, store=off, index=index,
                                                  title=title)
        except Exception as exc:
            failed[fkey] = f"{type(exc).__name__}: {exc}"
    keys = {fkey: key for fkey, key, _, _, _ in items}
    dates = {fkey: published.isoformat() if published else None for fkey, _, published, _, _ in items}
    FactStore.open(store_url, model=model).write_facts(
        (fkey, keys[fkey], dates[fkey], facts, answers) for fkey, (facts, answers) in done.items())
    return {"facts": done, "failed": failed, "identity": (cache.code_version(), cache.model_identity(nlp))}


# -- here ---------------------------------------------------------------------------------------


def _local_workers(scheduler: str) -> int | None:
    if not scheduler.startswith("local:"):
        return None
    try:
        workers = int(scheduler.split(":", 1)[1])
    except ValueError:
        workers = 0
    if workers < 1:
        raise ClusterError(f"--scheduler {scheduler}: expected local:N with N worker processes, N ≥ 1")
    return workers


@contextlib.contextmanager
def serving(scheduler: str) -> Iterator[str]:
    """The scheduler's address: ``local:N`` starts a ``LocalCluster`` of N worker processes
    (one thread each, on loopback) for the duration; any other address is used as it is."""
    workers = _local_workers(scheduler)
    if workers is None:
        yield scheduler
        return
    from distributed import LocalCluster

    dashboard = ":0" if _has_dashboard() else None
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=dashboard, silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


def _has_dashboard() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None  # Dask serves its dashboard with bokeh


@contextlib.contextmanager
def connect(scheduler) -> Iterator:
    """A ``distributed.Client`` of ``scheduler`` (an address, ``local:N``, or a Client, used as it is)."""
    from distributed import Client

    if isinstance(scheduler, Client):
        yield scheduler
        return
    with serving(scheduler) as address:
        try:
            client = Client(address, timeout="30s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"no Dask scheduler at {address}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()


def extract(source, *, scheduler=None, store: str | None = None, aliases: dict[str, str] | None = None,
            published: dt.date | None = None, nlp=None, n_process: int = 1,
            progress: bool = False) -> tables.Extraction:
    """:func:`toolkit.extraction.tables.extract`, on a Dask cluster when ``scheduler`` is given.

    Args:
        source: as for :func:`~toolkit.extraction.tables.extract`.
        scheduler: None (this machine, as before), ``local:N``, ``tcp://HOST:PORT``, or a
            ``distributed.Client``.
        store: the fact store's folder or fsspec URL (default :func:`toolkit.extraction.factstore.default_url`);
            the workers must reach it.
        aliases, published, nlp, n_process: as for :func:`~toolkit.extraction.tables.extract`
            (``nlp`` and ``n_process`` apply on this machine only: workers load the default pipeline).
        progress: a progress bar per set on stderr, and the Dask dashboard's link.
    """
    if scheduler is None:
        return tables.extract(source, aliases=aliases, published=published, nlp=nlp, n_process=n_process)
    with connect(scheduler) as client:
        return _extract_on(client, source, store=store, aliases=aliases, published=published, progress=progress)


def _extract_on(client, source, *, store, aliases, published, progress) -> tables.Extraction:
    STATS.clear()
    TIMES.clear()
    clock = _Clock()
    source = tables._source_set(source, published)
    name = getattr(source, "name", "documents")
    documents = list(source.documents)
    skipped = [vars(s) for s in source.skipped]
    model = cache.model_identity()
    identity = _check_workers(client, model, progress)
    clock.lap("workers")
    facts_store = FactStore.open(store, model=model)
    store_url = facts_store.url
    keys = [cache.doc_key(d.body, model) for d in documents]
    bar = _Progress(name, len(documents), enabled=progress)

    # 1. parse what the store does not hold
    parsed: dict[str, parsing.Parsed] = {key: parsing.Parsed(key, "", p.mentions, p.tokens, p.words)
                                        for key, p in facts_store.parses(keys).items()}
    clock.lap("store")
    texts = {key: d.body for d, key in zip(documents, keys)}
    shas = {key: d.sha256 for d, key in zip(documents, keys)}
    todo = sorted(set(keys) - set(parsed))  # key (hash) order spreads the long texts over the batches
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    bar.phase("parsing", len(documents) - sum(k in todo for k in keys))

    def submit_parse(chunk):
        full = client.submit(_parse_task, [(k, shas[k], texts[k]) for k in chunk], store_url, model, pure=False)
        return full, client.submit(_parse_summary, full, pure=False)

    holder: dict[str, object] = {}  # doc key → the future of the parse task that holds its DocBin
    failed: dict[str, str] = {}
    count = Counter(keys)
    for chunk, result, full in _run(client, submit_parse, _batches(todo, lambda k: len(texts[k]), workers)):
        _same_code(result.get("identity"), identity)
        for key, (mentions, tokens, words) in result["parsed"].items():
            parsed[key] = parsing.Parsed(key, "", [Mention(*m) for m in mentions], tokens, words)
            holder[key] = full
        failed.update(result["failed"])
        STATS["parsed"] += len(chunk)
        bar.advance(sum(count[k] for k in chunk))
    clock.lap("parse")

    # 2. the set's index, from every document's mentions, in the documents' order (as on one machine)
    kept = [(d, k, cache.facts_key(k, d.published, d.title)) for d, k in zip(documents, keys) if k not in failed]
    index = EntityIndex.from_documents((parsed[k].mentions for _, k, _ in kept), aliases=aliases)
    clock.lap("index")

    # 3. facts: from the store when the index answers their questions as before, else extracted
    every: dict[str, dict] = {}
    stored = facts_store.facts({fkey for _, _, fkey in kept})
    for fkey, versions in stored.items():
        for _, answers, stored_facts in versions:  # in facts_id order: the same choice on every run
            if cache.same_answers(answers, index):
                every[fkey] = stored_facts
                break
    clock.lap("store")
    jobs: dict[str, tuple] = {}
    for document, key, fkey in kept:
        if fkey not in every and fkey not in jobs:
            jobs[fkey] = (fkey, key, document.published, document.title, None if key in holder else texts[key])
    STATS["reused"] = len({fkey for _, _, fkey in kept} - set(jobs))
    fcount = Counter(fkey for _, _, fkey in kept)
    bar.phase("extracting", len(kept) - sum(fcount[fkey] for fkey in jobs))
    index_future = client.scatter(index, broadcast=True, hash=False) if jobs else None

    def submit_facts(items):
        parses = holder.get(items[0][1])
        return (client.submit(_facts_task, items, parses, index_future, store_url, model, pure=False),) * 2

    for items, result, _ in _run(client, submit_facts, _fact_batches(list(jobs.values()), holder, texts, workers)):
        _same_code(result.get("identity"), identity)
        for fkey, (found, _) in result["facts"].items():
            every[fkey] = found
        failed.update(result["failed"])
        STATS["extracted"] += len(result["facts"])
        bar.advance(sum(fcount[item[0]] for item in items))
    bar.close()
    clock.lap("facts")

    # 4. the set-wide step: the tables, as on one machine
    final = [(d, k, fkey) for d, k, fkey in kept if fkey in every]
    for document, key in zip(documents, keys):
        reason = failed.get(key) or failed.get(cache.facts_key(key, document.published, document.title))
        if reason:
            STATS["failed"] += 1
            message = f"extraction failed on a worker ({reason}); the document is left out"
            print(f"warning: {printable(document.path)}: {printable(message)}", file=sys.stderr)
            skipped.append({"path": document.path, "reason": message, "kind": "unreadable", "copy_of": None})
    for _, key, _ in final:
        parsed[key].text = texts[key]
    made = tables.assemble([d for d, _, _ in final], [parsed[k] for _, k, _ in final],
                           [every[fkey] for _, _, fkey in final], index)
    info = dict(identity["info"])
    clock.lap("tables")
    if len(final) == len(documents):
        # The finished tables go to this machine's cache as one set, as tables.extract() would
        # keep them: a build's notebook then reads them instead of extracting again.
        cache.Cache.open().put("sets", cache.set_key(documents, keys, aliases, model), [made, info])
    return tables.Extraction(**made, skipped=pd.DataFrame(skipped, columns=tables.SKIPPED_COLUMNS), model=info)


class _Clock:
    def __init__(self):
        import time

        self.now, self.last = time.perf_counter, time.perf_counter()

    def lap(self, phase: str) -> None:
        now = self.now()
        TIMES[phase] = TIMES.get(phase, 0.0) + now - self.last
        self.last = now


def _check_workers(client, model: str, progress: bool) -> dict:
    """The workers' identity, after checking that they run this code and this model."""
    try:
        client.wait_for_workers(1, timeout=120)
    except TimeoutError as exc:
        raise ClusterError(f"the Dask scheduler {client.scheduler.address} has no worker (waited 120 s)") from exc
    identity = client.submit(worker_identity, pure=False).result()
    ours = (cache.code_version(), model)
    _same_code((identity["code"], identity["model"]), {"code": ours[0], "model": ours[1]})
    if progress:
        services = client.scheduler_info().get("services", {})
        if "dashboard" in services and _has_dashboard():
            print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr, flush=True)
    return identity


def _same_code(theirs, ours: dict) -> None:
    if theirs is not None and tuple(theirs) != (ours["code"], ours["model"]):
        raise ClusterError(
            f"a Dask worker runs other extraction code or another model (code {theirs[0]}, model {theirs[1]}; "
            f"here code {ours['code']}, model {ours['model']}): start the workers from the same checkout "
            "and environment (PYTHONPATH, the model package)")


def _batches(items: list, size: Callable, workers: int) -> list[list]:
    """``items`` cut in runs of about :data:`BATCH_CHARS` characters, at least
    :data:`BATCHES_PER_WORKER` per worker when there are enough items."""
    total = sum(map(size, items))
    limit = max(1, min(BATCH_CHARS, total // max(1, workers * BATCHES_PER_WORKER)))
    batches, current, filled = [], [], 0
    for item in items:
        if current and filled + size(item) > limit:
            batches.append(current)
            current, filled = [], 0
        current.append(item)
        filled += size(item)
    return batches + ([current] if current else [])


def _fact_batches(jobs: list[tuple], holder: dict, texts: dict, workers: int) -> list[list]:
    """Fact jobs grouped by the parse task that holds their DocBins (so they run where it is);
    those parsed in an earlier run, by size."""
    by_parse: dict[str, list] = {}
    loose = []
    for job in jobs:
        future = holder.get(job[1])
        if future is None:
            loose.append(job)
        else:
            by_parse.setdefault(future.key, []).append(job)
    return list(by_parse.values()) + _batches(loose, lambda j: len(texts[j[1]]), workers)


def _run(client, submit: Callable, batches: list[list]):
    """``(batch, result, future)`` for each batch as its task finishes.

    ``submit(batch)`` returns ``(future to keep, future of the result to fetch)``. A batch
    whose task failed (an exception, or ``KilledWorker`` after its workers died on it
    ``distributed.scheduler.allowed-failures`` times) is sent again one item at a time; an
    item that fails alone comes back as ``{"failed": {item[0]: reason}}``.
    """
    from distributed import as_completed

    pending = {}
    for batch in batches:
        keep, fetch = submit(batch)
        pending[fetch.key] = (batch, keep, fetch)
    if not pending:
        return
    waiting = as_completed([fetch for _, _, fetch in pending.values()], loop=client.loop)
    for fetch in waiting:
        batch, keep, _ = pending.pop(fetch.key)
        if fetch.status != "error":
            yield batch, fetch.result(), keep
            continue
        error = fetch.exception()
        if len(batch) > 1:
            for item in batch:
                keep, again = submit([item])
                pending[again.key] = ([item], keep, again)
                waiting.add(again)
        else:
            yield batch, {"parsed": {}, "facts": {}, "failed": {batch[0][0] if isinstance(batch[0], tuple)
                                                                 else batch[0]: f"{type(error).__name__}: {error}"}}, None


class _Progress:
    """``name: parsing [####....] 120/2236 documents`` on stderr: redrawn in place on a terminal,
    a line per tenth otherwise."""

    WIDTH = 30

    def __init__(self, name: str, total: int, *, enabled: bool):
        self.name, self.total, self.enabled = printable(name), total, enabled
        self.tty = enabled and sys.stderr.isatty()
        self.label, self.done, self.drawn = "", 0, None

    def phase(self, label: str, done: int) -> None:
        self.close()
        self.label, self.done, self.drawn = label, done, None
        self._draw()

    def advance(self, n: int) -> None:
        self.done += n
        self._draw()

    def close(self) -> None:
        if self.label and self.tty:
            print(file=sys.stderr, flush=True)  # the bar stays, the next starts on a line of its own
        self.label = ""

    def _draw(self) -> None:
        if not self.enabled:
            return
        step = self.done if self.tty else self.done * 10 // max(1, self.total)
        if step == self.drawn:
            return
        self.drawn = step
        filled = self.WIDTH * self.done // max(1, self.total)
        line = (f"{self.name}: {self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
                f"{self.done}/{self.total} documents")
        print("\r" + line if self.tty else line, end="" if self.tty else "\n", file=sys.stderr, flush=True)
