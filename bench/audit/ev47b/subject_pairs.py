"""Spurious rows whose verb and sentence a missed gold row shares, with another subject: the rows a subject form
costs twice (round ev47b's listing of the wrong-subject kind).

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/ev47b/subject_pairs.py GOLD...
"""
import sys
from pathlib import Path

from toolkit.evaluation.scoring import evaluate_gold_set


def main(folders):
    total = 0
    for folder in folders:
        res = evaluate_gold_set(Path(folder))
        for part in res["documents"]:
            ev = part["events"]
            for r in ev["spurious"]:
                start, end = int(r["start"]), int(r["end"])
                for g in ev["missed"]:
                    if g["verb"] == r["verb"] and g["sentence_start"] <= start < g["sentence_end"]:
                        total += 1
                        print(f"{Path(folder).name[16:]:6} {r['verb']:12} row {r.get('subject')!s:40} gold {g['subject']}")
    print("pairs", total)


if __name__ == "__main__":
    main(sys.argv[1:])
