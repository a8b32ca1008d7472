"""Event scores of the dev golds, gold by gold, and the rows a change adds or takes (round ev48).

    python bench/audit/ev48/score.py save OUT.json [--check]   # every dev gold's counts and rows
    python bench/audit/ev48/score.py diff BEFORE.json AFTER.json

``save`` writes, for each event dev gold (``wikinews``, ``wikinews-events-dev`` … ``-dev33``; with ``--check``
dev34 and dev35, read only to check), its counts (gold, predicted, matched, right) and its rows: each scored
predicted row with whether it is right, matched or spurious. ``diff`` prints each gold's precision and recall
before → after, the totals, and every row that came or went, so that each can be judged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from toolkit.evaluation.scoring import evaluate_gold_set, gold_files, load_gold

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold"
DEV = ["wikinews", "wikinews-events-dev"] + [f"wikinews-events-dev{i}" for i in range(2, 34)]
CHECK = ["wikinews-events-dev34", "wikinews-events-dev35"]


def save(out: str, golds: list[str], fresh: bool = False) -> None:
    if fresh:  # facts made anew (a setting read from the environment is no part of the cache's key)
        from toolkit.extraction import cache

        get = cache.Cache.get
        cache.Cache.get = lambda self, kind, key, valid=None: None if kind in ("facts", "sets") else get(self, kind, key, valid)
    result = {}
    for name in golds:
        folder = GOLD / name
        scored = evaluate_gold_set(folder)
        texts = {doc.id: doc.body for _g, doc in (load_gold(p) for p in gold_files(folder))}
        rows = []
        for part in scored["documents"]:
            s = part.get("events")
            if not s:
                continue
            text = texts[part["document"]]
            for g in s["missed"]:
                rows.append({"doc": part["document"][:50], "state": "missed", "subject": g.get("subject"),
                             "verb": g["verb"], "object": g.get("object"),
                             "sentence": text[g["sentence_start"]:g["sentence_end"]]})
            for r in s["spurious"]:
                rows.append({"doc": part["document"][:50], "state": "spurious", "subject": r.get("subject"),
                             "verb": r["verb"], "object": r.get("object"), "reported_by": r.get("reported_by"),
                             "sentence": text[max(0, int(r["start"]) - 60):int(r["end"]) + 40]})
            for f in s["flattened_rows"]:
                r = f["row"]
                rows.append({"doc": part["document"][:50], "state": "flat", "subject": r.get("subject"),
                             "verb": r["verb"], "object": r.get("object"), "sentence": ""})
        e = scored["events"]
        result[name] = {"gold": e["gold"], "predicted": e["predicted"], "matched": e["matched"], "right": e["right"],
                        "rows": rows}
        print(name, e["gold"], e["predicted"], e["matched"], e["right"], flush=True)
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0, default=str))


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}" if b else "-"


def diff(before: str, after: str) -> None:
    a, b = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    tot = {k: [0, 0] for k in ("gold", "predicted", "matched", "right")}
    for name in b:
        x, y = a[name], b[name]
        for k in tot:
            tot[k][0] += x[k]
            tot[k][1] += y[k]
        mark = "  <-- P fell by more than a row" if y["predicted"] - y["right"] > x["predicted"] - x["right"] + 1 else ""
        print(f"{name:24} P {_pct(x['right'], x['predicted'])} -> {_pct(y['right'], y['predicted'])}   "
              f"R {_pct(x['matched'], x['gold'])} -> {_pct(y['matched'], y['gold'])}   "
              f"right {x['right']} -> {y['right']}, wrong {x['predicted'] - x['right']} -> "
              f"{y['predicted'] - y['right']}{mark}")
        key = lambda r: (r["doc"], r["state"], str(r["subject"]), r["verb"], str(r.get("object")))  # noqa: E731
        old, new = {key(r): r for r in x["rows"]}, {key(r): r for r in y["rows"]}
        for k in sorted(set(old) - set(new)):
            print("   -", k[1], "|", k[2], "|", k[3], "|", k[4], "||", old[k]["sentence"][:160].replace("\n", " "))
        for k in sorted(set(new) - set(old)):
            print("   +", k[1], "|", k[2], "|", k[3], "|", k[4], "||", new[k]["sentence"][:160].replace("\n", " "))
    print(f"TOTAL P {_pct(tot['right'][0], tot['predicted'][0])} -> {_pct(tot['right'][1], tot['predicted'][1])}  "
          f"R {_pct(tot['matched'][0], tot['gold'][0])} -> {_pct(tot['matched'][1], tot['gold'][1])}  "
          f"right {tot['right'][0]} -> {tot['right'][1]}, wrong {tot['predicted'][0] - tot['right'][0]} -> "
          f"{tot['predicted'][1] - tot['right'][1]}")


if __name__ == "__main__":
    if sys.argv[1] == "save":
        save(sys.argv[2], CHECK if "--check" in sys.argv else DEV, fresh="--fresh" in sys.argv)
    else:
        diff(sys.argv[2], sys.argv[3])
