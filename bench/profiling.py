"""Where the extraction's own time goes: CPU time of plain parsing vs extraction, a profile, a
check that an optimisation changed no output. Not a test; CPU time (``time.process_time``), so
that other work on a shared machine does not count.

    python bench/profiling.py time [--docs 150] [--repeat 2]   # plain spaCy (spacy.load) against extract
    python bench/profiling.py phases [--docs 150]
    python bench/profiling.py profile [--docs 150] [--top 40]
    python bench/profiling.py save FILE [--docs 150]      # the tables of the seeds and of the sample
    python bench/profiling.py compare FILE [--docs 150]   # identical to those saved?
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pickle
import pstats
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpora/whitehouse-2025")
TABLES = ("documents", "entities", "mentions", "quotes", "timeline", "events", "skipped")


def sample(limit: int):
    """``limit`` documents spread evenly over the White House corpus (as bench/run.py takes them)."""
    from toolkit.reading.sources import read_paths

    folder = CORPUS if CORPUS.is_dir() else None
    if folder is None:  # the benchmark's own copy
        import tarfile

        target = Path(tempfile.mkdtemp(prefix="toolkit-profile-"))
        with tarfile.open(ROOT / "bench" / "whitehouse-2025.tar.xz") as archive:
            archive.extractall(target, filter="data")
        folder = target / "whitehouse-2025"
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    chosen = [files[int(i * len(files) / limit)] for i in range(min(limit, len(files)))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_paths(chosen).documents


def seeds():
    """Each seed set as its params read it: ``(name, documents, aliases)``."""
    import yaml

    from toolkit.reading.sources import read_source_set

    for params in sorted((ROOT / "params").glob("*.yaml")):
        spec = yaml.safe_load(params.read_text("utf-8"))
        published = spec.get("published")
        published = published if isinstance(published, dt.date) else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = read_source_set(spec["sources"], base=ROOT / "seeds", published=published)
        yield spec["name"], source, spec.get("aliases") or {}


CACHE_OFF = False


def fresh_cache() -> None:
    os.environ["TOOLKIT_CACHE"] = "off" if CACHE_OFF else tempfile.mkdtemp(prefix="toolkit-cache-")


def run_time(args, nlp) -> None:
    from toolkit.extraction.parsing import PARSE_BATCH_CHARS, PARSE_BATCH_TEXTS
    from toolkit.extraction.tables import extract
    from toolkit.nlp.model import parse

    from run import plain_model  # bench/run.py: the pipeline as its package ships it

    documents = sample(args.docs)
    bodies = [d.body for d in documents]
    batch = max(2, min(PARSE_BATCH_TEXTS, int(PARSE_BATCH_CHARS // (sum(map(len, bodies)) / len(bodies)))))
    stock = plain_model()
    list(parse(["A warm-up sentence in Washington on Monday."], nlp=stock))
    for attempt in range(args.repeat):
        started = time.process_time()
        for _ in parse(bodies, nlp=stock, batch_size=batch):
            pass
        plain = time.process_time() - started
        fresh_cache()
        started = time.process_time()
        extract(documents, nlp=nlp)
        full = time.process_time() - started
        n = len(documents)
        print(f"run {attempt + 1}: spaCy {plain:.2f} s CPU, extract {full:.2f} s CPU; "
              f"beyond plain spaCy {1000 * (full - plain) / n:.1f} ms/doc; ratio {plain / full:.3f}", flush=True)


def run_profile(args, nlp) -> None:
    from toolkit.extraction.tables import extract

    documents = sample(args.docs)
    fresh_cache()
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    extract(documents, nlp=nlp)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    if args.dump:
        stats.dump_stats(args.dump)


def run_phases(args, nlp) -> None:
    """CPU time of each step of a cold extraction, measured by wrapping the steps (no profiler)."""
    import functools
    import inspect
    from collections import Counter

    from spacy.tokens import DocBin

    from toolkit.extraction import cache, facts, parsing, tables
    from toolkit.nlp import entities, timeline

    spent: Counter = Counter()

    def timed(name, function):
        if inspect.isgeneratorfunction(function):
            @functools.wraps(function)
            def wrapper(*a, **k):
                started = time.process_time()
                result = list(function(*a, **k))
                spent[name] += time.process_time() - started
                return iter(result)
        else:
            @functools.wraps(function)
            def wrapper(*a, **k):
                started = time.process_time()
                try:
                    return function(*a, **k)
                finally:
                    spent[name] += time.process_time() - started
        return wrapper

    def timed_pipe(*a, **k):  # the parse, with the time of the toolkit's own code in between taken out
        iterator = iter(original_parse(*a, **k))
        while True:
            started = time.process_time()
            try:
                doc = next(iterator)
            except StopIteration:
                spent["parse (spaCy)"] += time.process_time() - started
                return
            spent["parse (spaCy)"] += time.process_time() - started
            yield doc

    original_parse = parsing.parse
    parsing.parse = timed_pipe
    for module, name in ((entities, "repair_entities"), (entities, "mentions"), (facts, "find_events"),
                         (facts, "direct_quotations"), (facts, "quoted_tokens"), (facts, "PersonResolver"),
                         (timeline, "time_expressions"), (tables, "assemble"), (parsing.Parsed, "doc"),
                         (cache, "answer_list"), (facts, "_facts")):
        setattr(module, name, timed(name, getattr(module, name)))
    entities.EntityIndex.from_mentions = classmethod(timed("index", entities.EntityIndex.from_mentions.__func__))
    cache.Cache.put = timed("cache put", cache.Cache.put)
    cache.Cache.get = timed("cache get", cache.Cache.get)
    DocBin.to_bytes = timed("DocBin to_bytes", DocBin.to_bytes)
    DocBin.add = timed("DocBin add", DocBin.add)
    documents = sample(args.docs)
    fresh_cache()
    started = time.process_time()
    tables.extract(documents, nlp=nlp)
    total = time.process_time() - started
    n = len(documents)
    print(f"total {total:.2f} s CPU, {n} documents; ms/doc per step (nested steps count in their callers too):")
    for name, seconds in spent.most_common():
        print(f"  {name:<20}{1000 * seconds / n:8.1f}")
    own = total - spent["parse (spaCy)"]
    print(f"  {'all but spaCy':<20}{1000 * own / n:8.1f}")


def tables_of(args, nlp) -> dict:
    from toolkit.extraction.tables import extract

    out = {}
    for name, source, aliases in seeds():
        fresh_cache()
        ex = extract(source, aliases=aliases, nlp=nlp)
        out[name] = {t: getattr(ex, t) for t in TABLES}
    fresh_cache()
    ex = extract(sample(args.docs), nlp=nlp)
    out["sample"] = {t: getattr(ex, t) for t in TABLES}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["time", "phases", "profile", "save", "compare"])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--dump")
    parser.add_argument("--cache-off", action="store_true", help="TOOLKIT_CACHE=off")
    args = parser.parse_args()
    global CACHE_OFF
    CACHE_OFF = args.cache_off

    from toolkit.nlp.model import load_model, parse

    nlp = load_model()
    list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
    if args.what == "time":
        run_time(args, nlp)
    elif args.what == "phases":
        run_phases(args, nlp)
    elif args.what == "profile":
        run_profile(args, nlp)
    elif args.what == "save":
        Path(args.file).write_bytes(pickle.dumps(tables_of(args, nlp)))
    else:
        import pandas as pd

        before = pickle.loads(Path(args.file).read_bytes())
        after = tables_of(args, nlp)
        differ = 0
        for name in before:
            for table in TABLES:
                try:
                    pd.testing.assert_frame_equal(before[name][table], after[name][table])
                except AssertionError as error:
                    differ += 1
                    print(f"{name}.{table} differs: {str(error)[:400]}")
        rows = sum(len(f) for s in after.values() for f in s.values())
        print("identical" if not differ else f"{differ} tables differ", f"({len(before)} sets, {rows} rows)")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
