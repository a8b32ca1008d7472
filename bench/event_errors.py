"""The event errors of the event dev golds, with their sentences: every gold event not matched
(MISS), every predicted row not matched (FP) and every matched row that flattens a claim (FLAT),
as ``toolkit.evaluation.events`` pairs them; written as JSON for counting by kind and for a diff
before and after a change. Only the dev golds and the tuned gold: the validation gold is read by
its TOTAL line only, and the held-out gold never.

    python bench/event_errors.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from toolkit.evaluation.events import format_events
from toolkit.evaluation.scoring import evaluate_gold_set, gold_files, load_gold

GOLDS = ["wikinews", "wikinews-events-dev"] + [f"wikinews-events-dev{i}" for i in range(2, 11)]


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    last = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[first:last + 1].strip()


def errors(folder: Path) -> tuple[dict, list[dict]]:
    """The folder's event score and its error rows."""
    result = evaluate_gold_set(folder)
    texts = {doc.id: doc.text for _gold, doc in (load_gold(p) for p in gold_files(folder))}
    rows = []
    for part in result["documents"]:
        score, text = part.get("events"), texts[part["document"]]
        if not score:
            continue
        for g in score["missed"]:
            rows.append({"kind": "MISS", "doc": part["document"], "verb": g["verb"], "subject": g.get("subject"),
                         "reported_by": g.get("reported_by"), "sent": text[g["sentence_start"]:g["sentence_end"]]})
        for r in score["spurious"]:
            rows.append({"kind": "FP", "doc": part["document"], "verb": r["verb"], "subject": r.get("subject"),
                         "object": r.get("object"), "reported_by": r.get("reported_by"),
                         "sent": _sentence(text, int(r["start"]), int(r["end"]))})
        for f in score["flattened_rows"]:
            g = f["gold"]
            rows.append({"kind": "FLAT", "doc": part["document"], "verb": g["verb"], "subject": g.get("subject"),
                         "sent": text[g["sentence_start"]:g["sentence_end"]]})
    return result["events"], rows


def main(out: str) -> None:
    report = {}
    for name in GOLDS:
        total, rows = errors(Path("tests/data/gold") / name)
        print(format_events(name, total), flush=True)
        report[name] = rows
    Path(out).write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
