"""Where a one-document rebuild's notebook step goes: the briefing's set-up, step by step, on a kept benchmark.

Row 4 of ``bench/run.py`` rebuilds the whole White House corpus after one document changed. The build then runs
no warm-up (fewer than ``WARM_MIN_DOCUMENTS`` texts are new: :mod:`toolkit.build.warmup`), so the kernel's first
cell (:func:`toolkit.pipeline.briefing.prepare_briefing`) does what the cold build's warm-up did: it loads the model,
parses the changed text, reads every other text's parse and facts from the cache, makes the set's entity index
again, checks each document's facts against it and assembles the tables. That, not the "What changed" comparison
(``compare_facts``, a fraction of a second), is what makes the rebuild's notebook step longer than the cold one's.

This script changes one more document of a benchmark folder kept by ``bench/run.py --only builds --keep``, runs
the set-up in this process (no kernel, no rendering) and prints the seconds of each step, wall and CPU::

    python bench/run.py --only builds --keep --workdir /tmp
    python bench/rebuild.py /tmp/toolkit-bench-XXXX [--runs 3]

With ``--code-version V`` the cache's keys are made with code version ``V`` (the one the folder was built with,
``python -c "from toolkit.extraction.cache import code_version; print(code_version())"`` at that commit), so that
code whose facts are the same can be timed on the same cache. Each run appends a sentence to the document, so
each parses one new text. The tables go to a temporary folder, never to the kept briefing.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import tempfile
import time
import warnings
from pathlib import Path

STEPS = [  # (module, function, label): the set-up's steps, in the order they run
    ("toolkit.pipeline.briefing", "read_source_set", "read"), ("toolkit.pipeline.briefing", "drop_duplicates", "copies"),
    ("toolkit.extraction.tables", "load_model", "model"), ("toolkit.extraction.tables", "parse_all", "parse"),
    ("toolkit.nlp.entities", "EntityIndex.from_documents", "index"), ("toolkit.extraction.cache", "same_answers", "answers"),
    ("toolkit.extraction.tables", "assemble", "assemble"), ("toolkit.pipeline.briefing", "compare", "compare"),
    ("toolkit.analysis.changes", "facts", "facts"), ("toolkit.analysis.changes", "compare_facts", "changes"),
    ("toolkit.pipeline.briefing", "findings", "findings"),
]


def _timed(times: dict, module: str, name: str, label: str) -> None:
    import importlib

    owner = importlib.import_module(module)
    *path, attr = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    function = getattr(owner, attr)
    function = getattr(function, "__func__", function)  # (a classmethod: wrapped as the function it binds)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, attr, classmethod(timed) if path else timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path, help="a folder kept by bench/run.py --only builds --keep")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--code-version", help="the cache's code version to use (see the docstring)")
    args = parser.parse_args()
    name = "whitehouse-2025"
    os.environ.update(TOOLKIT_SEEDS=str(args.workdir / "seeds"), TOOLKIT_REPORTS=str(args.workdir / "reports-large"),
                      TOOLKIT_CACHE=str(args.workdir / "cache-large"))
    warnings.simplefilter("ignore")
    from toolkit.extraction import cache
    from toolkit.pipeline import briefing

    if args.code_version:
        cache.code_version = lambda: args.code_version
    files = sorted((args.workdir / "seeds" / name).glob("*.txt"))
    times: dict[str, float] = {}
    for module, function, label in STEPS:
        _timed(times, module, function, label)
    for run in range(args.runs):
        with files[len(files) // 3].open("a", encoding="utf-8") as handle:
            handle.write(f"\n\nThe spokesman said on Monday that the talks would continue ({time.time_ns()}).\n")
        times.clear()
        out = Path(tempfile.mkdtemp(prefix="rebuild-"))
        cpu, start = time.process_time(), time.perf_counter()
        briefing.prepare_briefing(args.workdir / "params" / f"{name}.yaml", data_dir=out,
                                  previous_dir=args.workdir / "reports-large" / name / "data")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        steps = ", ".join(f"{label} {seconds:.2f}" for label, seconds in times.items())
        print(f"run {run + 1}: set-up {wall:.1f} s wall, {cpu:.1f} s CPU ({steps})", flush=True)
        shutil.rmtree(out, ignore_errors=True)

if __name__ == "__main__":
    main()
