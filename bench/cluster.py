"""Benchmark: extraction on a Dask LocalCluster with 1 and 2 worker processes (``make bench-cluster``).

Measures, for each number of workers, on the White House 2025–26 corpus: documents per
second, the speed-up over one worker, the scheduler's overhead per task, the peak memory of
each worker process, and a rerun over the fact store (nothing to extract: the store read and
the set-wide step alone). Prints one Markdown table; it is not a test. See bench/README.md.

    python bench/cluster.py [--docs N] [--workers 1,2] [--workdir DIR] [--keep] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tarfile
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "whitehouse-2025.tar.xz"
NAME = "whitehouse-2025"
NOOP_TASKS = 1000


def _noop(i):
    return i


class WorkerMemory:
    """The peak resident memory of each worker process, sampled every 100 ms."""

    def __init__(self, pids: dict[str, int]):
        import psutil

        self.processes = {address: psutil.Process(pid) for address, pid in pids.items()}
        self.peak = {address: 0 for address in pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        import psutil

        while not self._stop.is_set():
            for address, process in self.processes.items():
                try:
                    self.peak[address] = max(self.peak[address], process.memory_info().rss)
                except psutil.Error:
                    pass
            self._stop.wait(0.1)


def documents(workdir: Path, limit: int | None):
    from toolkit.reading.sources import SourceSet, read_paths

    seeds = workdir / "seeds"
    if not (seeds / NAME).is_dir():
        with tarfile.open(CORPUS) as archive:
            archive.extractall(seeds, filter="data")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = read_paths([seeds / NAME]).documents
    if limit and limit < len(docs):
        step = len(docs) / limit
        docs = [docs[int(i * step)] for i in range(limit)]
    return SourceSet(NAME, docs)


def measure(workers: int, source, store: Path) -> dict:
    """One LocalCluster of ``workers`` processes: start-up, no-op tasks, a cold run, a rerun."""
    from distributed import Client, LocalCluster, get_task_stream

    from toolkit.extraction import cluster
    from toolkit.nlp.model import load_model

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as local, \
            Client(local, set_as_default=False) as client:
        client.run(lambda: bool(load_model()))  # the pipeline, once per worker process
        startup = time.perf_counter() - started

        began = time.perf_counter()
        client.gather(client.map(_noop, range(NOOP_TASKS), pure=False))
        noop = (time.perf_counter() - began) / NOOP_TASKS

        pids = client.run(os.getpid)
        with WorkerMemory(pids) as memory, get_task_stream(client=client) as stream:
            began = time.perf_counter()
            cluster.extract(source, scheduler=client, store=str(store))
            cold = time.perf_counter() - began
        stats, times = dict(cluster.STATS), dict(cluster.TIMES)

        began = time.perf_counter()
        cluster.extract(source, scheduler=client, store=str(store))
        rerun = time.perf_counter() - began
        rerun_stats, rerun_times = dict(cluster.STATS), dict(cluster.TIMES)

    store_bytes = sum(p.stat().st_size for p in store.rglob("*.parquet"))
    compute: dict[str, float] = {}
    tasks: dict[str, int] = {}
    for record in stream.data:
        key = record["key"] if isinstance(record["key"], str) else str(record["key"])
        kind = key.split("-", 1)[0]  # "_parse_task-<uuid>": the function's name
        busy = sum(s["stop"] - s["start"] for s in record["startstops"] if s["action"] == "compute")
        compute[kind] = compute.get(kind, 0.0) + busy
        tasks[kind] = tasks.get(kind, 0) + 1
    work = {k: v for k, v in compute.items() if k.startswith(("_parse_task", "_facts_task"))}
    busy = sum(compute.values())
    distributed_phases = times.get("parse", 0.0) + times.get("facts", 0.0)
    count = sum(tasks.values())
    n = len(source.documents)
    return {
        "workers": workers, "documents": n, "words": sum(len(d.body.split()) for d in source.documents),
        "startup_s": startup, "noop_task_s": noop, "cold_s": cold, "docs_per_s": n / cold,
        "tasks": tasks, "compute_s": compute, "work_s_per_doc": sum(work.values()) / n,
        # the workers' time in the two distributed phases that is not a task's own computation:
        # the scheduler, transfers, waiting at the end of a phase for the last task
        "overhead_s_per_task": (distributed_phases * workers - busy) / max(1, count),
        "times": times, "stats": stats, "peak_worker_bytes": memory.peak,
        "store_bytes": store_bytes, "store_files": sum(1 for _ in store.rglob("*.parquet")),
        "rerun_s": rerun, "rerun_times": rerun_times, "rerun_stats": rerun_stats,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, help="N documents spread over the corpus (default: all 2,236)")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure (default 1,2)")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()

    os.environ["TOOLKIT_CACHE"] = "off"  # this machine's cache plays no part: every text goes to the workers
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="toolkit-bench-cluster-"))
    load = os.getloadavg()[0]
    results = []
    try:
        source = documents(workdir, args.docs)
        for workers in [int(w) for w in args.workers.split(",")]:
            print(f"{workers} worker(s), {len(source.documents)} documents …", file=sys.stderr, flush=True)
            results.append(measure(workers, source, workdir / f"store-{workers}"))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    import resource

    client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # this process: the set-wide steps
    base = results[0]["cold_s"]
    print(f"## Extraction on a Dask LocalCluster: {results[0]['documents']:,} documents, "
          f"{results[0]['words']:,} words; {os.cpu_count()} cores, load average {load:.2f} at the start\n")
    print("| workers | cold run | docs/s | speed-up | work per doc (task compute) | overhead per task | "
          "no-op task | tasks | peak memory per worker | parse / index / facts / tables | rerun (all stored) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|")
    for r in results:
        t, rt = r["times"], r["rerun_times"]
        peaks = ", ".join(f"{v / 2**20:,.0f} MB" for v in r["peak_worker_bytes"].values())
        print(f"| {r['workers']} | {r['cold_s']:,.1f} s | {r['docs_per_s']:.2f} | {base / r['cold_s']:.2f} × | "
              f"{r['work_s_per_doc'] * 1000:,.0f} ms | {r['overhead_s_per_task'] * 1000:,.0f} ms | "
              f"{r['noop_task_s'] * 1000:.2f} ms | {sum(r['tasks'].values())} | {peaks} | "
              f"{t.get('parse', 0):.1f} / {t.get('index', 0):.2f} / {t.get('facts', 0):.1f} / {t.get('tables', 0):.2f} s | "
              f"{r['rerun_s']:.1f} s (store {rt.get('store', 0):.2f} s, index {rt.get('index', 0):.2f} s, "
              f"tables {rt.get('tables', 0):.2f} s) |")
    last = results[-1]
    print(f"\nFact store: {last['store_bytes'] / 2**20:,.1f} MB in {last['store_files']} Parquet files "
          f"({last['store_bytes'] / last['documents'] / 1024:,.1f} kB per document).")
    print(f"Peak memory of the command's own process (reading, index, tables, for all runs): "
          f"{client_peak / 2**20:,.0f} MB.")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
