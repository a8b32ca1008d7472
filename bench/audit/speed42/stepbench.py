"""CPU time of the two per-document steps round speed42 worked on, on parses read back from the cache:
``mentions`` (after the repairs) and ``_facts`` (quotes, timeline, events), each run on a fresh Doc read
from its DocBin, several times, the least time kept (steadier on a shared machine than a whole extraction).

    python bench/audit/speed42/stepbench.py [--docs 150] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["TOOLKIT_CACHE"] = tempfile.mkdtemp(prefix="speed42-steps-")

    from profiling import sample

    from toolkit.extraction import cache
    from toolkit.extraction.cache import RecordingIndex
    from toolkit.extraction.facts import _facts
    from toolkit.extraction.parsing import parse_all
    from toolkit.extraction.tables import extract
    from toolkit.nlp import entities as entities_mod
    from toolkit.nlp.model import load_model

    nlp = load_model()
    documents = sample(args.docs)
    extract(documents, nlp=nlp)  # (fills the cache with the parses)
    store = cache.Cache.open()
    model = cache.model_identity(nlp)
    keys = [cache.doc_key(d.body, model) for d in documents]
    parsed = parse_all(documents, keys, nlp=nlp, n_process=1, store=store)
    index = entities_mod.EntityIndex.from_documents((p.mentions for p in parsed), aliases={})
    n = len(documents)
    best = {"mentions": None, "facts": None}
    for attempt in range(args.repeat):
        spent = {"mentions": 0.0, "facts": 0.0}
        for document, p in zip(documents, parsed):
            doc = p.doc(nlp, store)
            started = time.process_time()
            list(entities_mod.mentions(doc))
            spent["mentions"] += time.process_time() - started
            started = time.process_time()
            _facts(doc, document.published, RecordingIndex(index), p.text)
            spent["facts"] += time.process_time() - started
        print(f"run {attempt + 1}: " + ", ".join(f"{k} {1000 * v / n:.2f} ms/doc" for k, v in spent.items()), flush=True)
        best = {k: v if best[k] is None else min(best[k], v) for k, v in spent.items()}
    print("least: " + ", ".join(f"{k} {1000 * v / n:.2f} ms/doc" for k, v in best.items()))


if __name__ == "__main__":
    main()
