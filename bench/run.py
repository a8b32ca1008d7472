"""Benchmark: parsing throughput, parallel speed-up, cold/warm builds, one-document rebuilds, memory.

Prints one table (Markdown); it is not a test. See bench/README.md.

    python bench/run.py [--docs N] [--pairs N] [--only throughput|builds] [--workdir DIR] [--keep] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "whitehouse-2025.tar.xz"
NAME = "whitehouse-2025"
TOOLKIT = [sys.executable, "-m", "toolkit"]
LARGE_PARAMS = f"""\
name: {NAME}
title: The White House, 2025–26 (benchmark corpus)
sources: {NAME}
published: 2026-02-01
formats: [html, pdf]
"""
CHANGE = "\n\nThe President said on Monday that the talks would continue next week.\n"


# -- measuring ------------------------------------------------------------------------------

class PeakMemory:
    """Samples the resident memory of a process and all its descendants (summed) every 50 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        try:
            import psutil
        except ImportError:  # then only the children's maximum (getrusage) is reported
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                processes = [root] + root.children(recursive=True)
            except psutil.Error:
                processes = []
            for process in processes:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(0.05)


def run_measured(command: list[str], env: dict, *, capture: bool = False) -> dict:
    """Run a command; its wall time, peak memory (process tree) and, with ``capture``, its JSON output."""
    import resource

    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    with PeakMemory(process.pid) as memory:
        out, err = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"benchmark step failed ({' '.join(command[2:])}):\n{err[-3000:]}")
    children_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    result = {"wall": seconds, "peak": memory.peak or children_max, "stderr": err}
    if capture:
        result.update(json.loads(out.strip().splitlines()[-1]))
    return result


# -- steps, each in a fresh process ---------------------------------------------------------------

def _documents(seeds: Path, limit: int | None):
    import warnings

    from toolkit.reading.sources import read_paths

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = read_paths([seeds / NAME]).documents
    if limit and limit < len(documents):
        step = len(documents) / limit
        documents = [documents[int(i * step)] for i in range(limit)]
    return documents


def cpu_seconds() -> float:
    """User and system CPU time of this process and of its finished children (the workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def plain_model():
    """The English pipeline as its package ships it (``spacy.load``): no component or tokenizer rule
    of the toolkit's, and spaCy's own attribute ruler and lemmatizer; the toolkit's extraction loads
    its pipeline with :func:`toolkit.nlp.model.load_model`, whose cost counts against it."""
    import importlib

    from toolkit.nlp.model import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load()
    raise SystemExit(f"no English spaCy pipeline installed (tried {', '.join(MODEL_PACKAGES)})")


def step(kind: str, seeds: str, limit: int, processes: int) -> None:
    """One throughput measurement (printed as JSON): plain spaCy or toolkit extraction.

    Besides the wall time, the CPU time the work took (the process and its workers): on a
    machine shared with other work the wall time of one run moves by a fifth and more, the
    CPU time much less, so row 1 gives both.
    """
    from toolkit.extraction.parsing import PARSE_BATCH_CHARS, PARSE_BATCH_TEXTS
    from toolkit.extraction.tables import extract
    from toolkit.nlp.model import load_model, parse

    documents = _documents(Path(seeds), limit or None)
    bodies = [d.body for d in documents]
    nlp = plain_model() if kind == "spacy" else load_model()
    for _ in parse(["A warm-up sentence in Washington on Monday."], nlp=nlp):
        pass
    # Plain spaCy gets the batch size the toolkit uses for these texts (smaller batches are
    # no slower and far smaller in memory), so that the ratio is the toolkit's own cost.
    batch = max(2, min(PARSE_BATCH_TEXTS, int(PARSE_BATCH_CHARS // (sum(map(len, bodies)) / len(bodies)))))
    started, cpu_started = time.perf_counter(), cpu_seconds()
    if kind == "spacy":
        for _ in parse(bodies, nlp=nlp, n_process=processes, batch_size=batch):
            pass
    else:
        extract(documents, nlp=nlp, n_process=processes)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    words = sum(len(b.split()) for b in bodies)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "words": words, "documents": len(documents)}))


# -- the run --------------------------------------------------------------------------------------

def unpack(workdir: Path, limit: int | None) -> Path:
    seeds = workdir / "seeds"
    seeds.mkdir(parents=True)
    with tarfile.open(CORPUS) as archive:
        archive.extractall(seeds, filter="data")
    if limit:  # keep N documents spread evenly (and the manifest)
        folder = seeds / NAME
        files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
        keep = {files[int(i * len(files) / limit)] for i in range(min(limit, len(files)))}
        for path in files:
            if path not in keep:
                path.unlink()
    return seeds


def environment(workdir: Path, **values) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOOLKIT_")}
    env.update({k: str(v) for k, v in values.items()})
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _step(workdir: Path, seeds: Path, limit: int | None, kind: str, processes: int, label: str) -> dict:
    cache = workdir / f"cache-{kind}-{processes}"
    env = environment(workdir, TOOLKIT_CACHE=cache)
    r = run_measured([sys.executable, __file__, "_step", kind, str(seeds), str(limit or 0), str(processes)],
                     env, capture=True)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"  {kind} with {processes} process(es){label}: {r['seconds']:.1f} s, CPU {r['cpu']:.1f} s",
          file=sys.stderr, flush=True)
    return r


def _spread(values: list[float]) -> str:
    """The smallest and largest ratio of several pairs, for the table."""
    return f" (pairs {min(values):.2f}–{max(values):.2f})" if len(values) > 1 else ""


def throughput(workdir: Path, seeds: Path, limit: int | None, rows: list, results: dict, *, pairs: int = 1) -> None:
    # Row 1 runs plain spaCy and the toolkit in turn, ``pairs`` times, each in a fresh process: a
    # ratio is taken within each pair (the two ran close together, under the same load), and the
    # median pair is the figure, its smallest and largest ratio beside it.
    ratios, cpu_ratios, pair_runs = [], [], []
    for number in range(pairs):
        label = f", pair {number + 1} of {pairs}" if pairs > 1 else ""
        spacy, toolkit = (_step(workdir, seeds, limit, kind, 1, label) for kind in ("spacy", "toolkit"))
        pair_runs.append((spacy, toolkit))
        ratios.append((toolkit["words"] / toolkit["seconds"]) / (spacy["words"] / spacy["seconds"]))
        cpu_ratios.append(spacy["cpu"] / toolkit["cpu"])
    middle = sorted(range(pairs), key=lambda i: ratios[i])[(pairs - 1) // 2]
    results["spacy1"], results["toolkit1"] = pair_runs[middle]
    results["pairs"] = [{"spacy": s["seconds"], "toolkit": t["seconds"], "spacy_cpu": s["cpu"], "toolkit_cpu": t["cpu"]}
                        for s, t in pair_runs]
    for kind in ("spacy", "toolkit"):
        results[f"{kind}2"] = _step(workdir, seeds, limit, kind, 2, "")
    s1, t1, s2, t2 = (results[k] for k in ("spacy1", "toolkit1", "spacy2", "toolkit2"))
    rate = {k: results[k]["words"] / results[k]["seconds"] for k in ("spacy1", "toolkit1", "spacy2", "toolkit2")}
    results["ratio_toolkit_spacy"] = ratios[middle]
    results["ratio_toolkit_spacy_cpu"] = statistics.median(cpu_ratios)
    results["speedup_spacy"] = rate["spacy2"] / rate["spacy1"]
    results["speedup_toolkit"] = rate["toolkit2"] / rate["toolkit1"]
    figure = (f"{results['ratio_toolkit_spacy']:.2f} × spaCy{_spread(ratios)}; "
              f"CPU time {results['ratio_toolkit_spacy_cpu']:.2f} ×{_spread(cpu_ratios)}")
    median_note = f", median of {pairs} pairs" if pairs > 1 else ""
    rows += [
        ("1", f"spaCy `nlp.pipe`, 1 process{median_note}", s1["seconds"], rate["spacy1"], s1["peak"], "", ""),
        ("1", f"toolkit `extract`, 1 process (empty cache){median_note}", t1["seconds"], rate["toolkit1"], t1["peak"],
         figure, "≥ 0.85"),
        ("2", "spaCy `nlp.pipe`, 2 processes", s2["seconds"], rate["spacy2"], s2["peak"],
         f"{results['speedup_spacy']:.2f} × 1 process", "≥ 1.6"),
        ("2", "toolkit `extract`, 2 processes (empty cache)", t2["seconds"], rate["toolkit2"], t2["peak"],
         f"{results['speedup_toolkit']:.2f} × 1 process", "≥ 1.6"),
    ]


def _steps(run: dict) -> str:
    """The build's own times of its steps, from its "Built … in … s (extraction …, notebook …, rendering …)" line."""
    found = re.search(r"^Built \S+ in [\d.]+ s \(([^)]*)\)", run["stderr"], re.MULTILINE)
    return f" ({found.group(1)})" if found else ""


def builds(workdir: Path, seeds: Path, rows: list, results: dict) -> None:
    # 3. The default source sets (params/*.yaml), cold then warm.
    env = environment(workdir, TOOLKIT_REPORTS=workdir / "reports-default", TOOLKIT_CACHE=workdir / "cache-default")
    cold = run_measured(TOOLKIT + ["build", "--quiet"], env)
    print(f"  default sets, cold: {cold['wall']:.1f} s", file=sys.stderr, flush=True)
    warm = run_measured(TOOLKIT + ["build", "--quiet"], env)
    print(f"  default sets, warm: {warm['wall']:.1f} s", file=sys.stderr, flush=True)
    results.update(default_cold=cold, default_warm=warm, ratio_warm=warm["wall"] / cold["wall"])
    sets = len(list((ROOT / "params").glob("*.yaml")))
    rows += [
        ("3", f"`toolkit build`, the {sets} default sets, cold (empty cache)", cold["wall"], None, cold["peak"], "", ""),
        ("3", "`toolkit build`, the same, warm (nothing changed)", warm["wall"], None, warm["peak"],
         f"{100 * results['ratio_warm']:.1f}% of cold", "≤ 10%"),
    ]
    # 4. The whole corpus as one set, cold, then after one document changed.
    params = workdir / "params" / f"{NAME}.yaml"
    params.parent.mkdir(exist_ok=True)
    params.write_text(LARGE_PARAMS, encoding="utf-8")
    env = environment(workdir, TOOLKIT_SEEDS=seeds, TOOLKIT_REPORTS=workdir / "reports-large",
                      TOOLKIT_CACHE=workdir / "cache-large")
    # (not --quiet: the build's own line says how long each step took, printed below; its per-cell bar costs nothing)
    big = run_measured(TOOLKIT + ["build", str(params)], env)
    print(f"  {NAME}, cold: {big['wall']:.1f} s{_steps(big)}", file=sys.stderr, flush=True)
    documents = json.loads((workdir / "reports-large" / NAME / "briefing.json").read_text(encoding="utf-8"))["sources"]
    files = sorted((seeds / NAME).glob("*.txt"))
    changed = files[len(files) // 2]
    with changed.open("a", encoding="utf-8") as handle:
        handle.write(CHANGE)
    one = run_measured(TOOLKIT + ["build", str(params)], env)
    print(f"  {NAME}, one document changed: {one['wall']:.1f} s{_steps(one)}", file=sys.stderr, flush=True)
    results.update(large_cold=big, large_one=one, ratio_one=one["wall"] / big["wall"], large_documents=documents)
    rows += [
        ("4", f"`toolkit build` of the corpus as one set ({documents:,} documents), cold", big["wall"], None,
         big["peak"], f"peak {big['peak'] / 2**30:.2f} GB", "≤ 3 GB"),
        ("4", "the same after one document changed", one["wall"], None, one["peak"],
         f"{100 * results['ratio_one']:.1f}% of cold", "≤ 15%"),
    ]


def table(rows: list, heading: str) -> str:
    lines = [heading, "", "| # | measurement | seconds | words/s | peak memory | figure | target |",
             "|---|---|---:|---:|---:|---|---|"]
    for number, what, seconds, rate, peak, figure, target in rows:
        lines.append(f"| {number} | {what} | {seconds:,.1f} | {f'{rate:,.0f}' if rate else ''} | "
                     f"{peak / 2**20:,.0f} MB | {figure} | {target} |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_step":
        sys.path.insert(0, str(ROOT))
        step(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, help="use N documents spread over the corpus (default: all)")
    parser.add_argument("--pairs", type=int, default=1,
                        help="run row 1 (spaCy, then the toolkit, one process) N times in turn; the median pair's ratio")
    parser.add_argument("--only", choices=("throughput", "builds"), help="run only these measurements")
    parser.add_argument("--workdir", type=Path, help="where to unpack and build (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from importlib.metadata import version

    from toolkit.extraction.cache import model_identity

    workdir = Path(tempfile.mkdtemp(prefix="toolkit-bench-", dir=args.workdir))
    load = os.getloadavg()[0]
    started = time.perf_counter()
    rows: list = []
    results: dict = {}
    try:
        seeds = unpack(workdir, args.docs)
        count = len(list((seeds / NAME).glob("*.txt")))
        print(f"benchmark in {workdir} ({count} documents)", file=sys.stderr, flush=True)
        if args.only in (None, "throughput"):
            throughput(workdir, seeds, args.docs, rows, results, pairs=max(1, args.pairs))
        if args.only in (None, "builds"):
            builds(workdir, seeds, rows, results)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    words = next((results[k]["words"] for k in ("spacy1",) if k in results), None)
    model = model_identity().split("|")
    heading = (f"White House 2025–26 corpus: {count:,} files" + (f", {words:,} words" if words else "")
               + f"; {os.cpu_count()} cores, load average {load:.2f} at the start; spaCy {version('spacy')}, "
               f"{model[0]} {model[1]}; {time.perf_counter() - started:,.0f} s in all")
    print(table(rows, heading))
    if args.json:
        clean = {k: ({kk: vv for kk, vv in v.items() if kk != "stderr"} if isinstance(v, dict) else v)
                 for k, v in results.items()}
        args.json.write_text(json.dumps({"heading": heading, "results": clean}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
