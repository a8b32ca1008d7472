"""Benchmark: the toolkit's extraction against plain spaCy ``nlp.pipe`` on the same texts.

Prints a table; it is not a test. Corpus: the folders given on the command line, or by
default the White House texts in ``tests/data/gold/whitehouse/texts`` plus the seed.

    python bench/extraction.py [FOLDER ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["TOOLKIT_CACHE"] = "off"  # every repeat parses (bench/run.py measures the cache)

from toolkit.extraction.tables import extract  # noqa: E402
from toolkit.nlp.model import load_model, parse  # noqa: E402
from toolkit.reading.sources import read_paths  # noqa: E402


def _best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "tests/data/gold/whitehouse/texts", ROOT / "seeds/ukraine-diplomacy"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    documents = read_paths(args.folders).documents
    bodies = [d.body for d in documents]
    nlp = load_model()
    words = sum(len(b.split()) for b in bodies)
    list(parse(bodies[:2], nlp=nlp))  # warm up the model

    plain = _best_of(args.repeat, lambda: list(parse(bodies, nlp=nlp)))
    full = _best_of(args.repeat, lambda: extract(documents, nlp=nlp))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {len(documents)} documents, {words:,} words (best of {args.repeat})")
    print(f"{'run':<34}{'seconds':>10}{'words/s':>12}")
    print(f"{'spaCy nlp.pipe (1 process)':<34}{plain:>10.2f}{words / plain:>12,.0f}")
    print(f"{'toolkit extract (1 process)':<34}{full:>10.2f}{words / full:>12,.0f}")
    print(f"extraction overhead over parsing: {100 * (full - plain) / plain:.1f}%  "
          f"(throughput ratio {plain / full:.2f})")
    print(f"peak resident memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
