"""How far two annotators of the same texts agree on their events, and how the toolkit scores against each.

An event gold is one annotator's reading. Where a second annotator has read the same texts blind (round iaa51,
``bench/audit/iaa51/``), the first annotator's events scored as if they were predictions against the second's
(and the other way round), by the same matching ``toolkit evaluate`` uses (sentence, verb lemma, subject's head,
nothing flattened), say how much of a precision figure is the annotation's own uncertainty. The toolkit's rows are
then scored against each annotator and against either (a row is right when it is right against one of them).

Only totals are printed, never a row: the pairs include held-out golds.

    python bench/agreement.py tests/data/gold/wh-events-test tests/data/gold/wh-events-test-second [FIRST SECOND …]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from toolkit.evaluation.events import score_events
from toolkit.evaluation.scoring import gold_files, load_gold


def _as_rows(events: list[dict]) -> pd.DataFrame:
    """A gold's events in the shape of the events table, each spanning its sentence."""
    rows = [{**e, "start": e["sentence_start"], "end": e["sentence_end"], "quoted": False} for e in events]
    return pd.DataFrame(rows, columns=["start", "end", "verb", "subject", "object", "negated", "modality",
                                       "reported_by", "quoted"]) if rows else pd.DataFrame()


def _golds(folder: Path) -> dict[str, dict]:
    """A gold folder's files by name (their texts are not read: two golds of the same texts are compared)."""
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in gold_files(folder)}


def _key(row: dict) -> tuple:
    return (row["start"], row["end"], str(row["verb"]), str(row.get("subject")))


def _right_keys(score: dict, rows: list[dict]) -> set[tuple]:
    wrong = {_key(r) for r in score["spurious"]} | {_key(f["row"]) for f in score["flattened_rows"]}
    return {_key(r) for r in rows} - wrong


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    –"


def between_annotators(first: Path, second: Path) -> dict:
    """The second annotator's events scored against the first's: ``right``, ``rows`` (the second's), ``matched``
    and ``gold`` (the first's)."""
    a, b = _golds(first), _golds(second)
    if set(a) != set(b):
        raise SystemExit(f"{second}: its documents differ from {first}'s: {sorted(set(a) ^ set(b))}")
    totals = dict(right=0, rows=0, matched=0, gold=0)
    for name, gold in a.items():
        s = score_events(_as_rows(b[name]["events"]), gold["events"])
        totals["right"] += s["right"]
        totals["rows"] += s["predicted"]
        totals["matched"] += s["matched"]
        totals["gold"] += s["gold"]
    return totals


def toolkit_against_both(first: Path, second: Path) -> dict:
    """The toolkit's unquoted rows: how many are right against the first annotator, the second, either."""
    from toolkit.extraction.tables import extract

    loaded = [(p.name,) + load_gold(p) for p in gold_files(first)]
    ex = extract([doc for _name, _gold, doc in loaded])
    second_golds = _golds(second)
    counts = dict(rows=0, first=0, second=0, either=0)
    for name, gold, doc in loaded:
        frame = ex.events[ex.events["doc"] == doc.id]
        rows = [r for r in frame.to_dict("records") if not bool(r.get("quoted"))]
        right = [_right_keys(score_events(frame, g["events"]), rows) for g in (gold, second_golds[name])]
        counts["rows"] += len(rows)
        counts["first"] += len(right[0])
        counts["second"] += len(right[1])
        counts["either"] += len(right[0] | right[1])
    return counts


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    print(f"{'gold (first annotator)':32} {'2nd vs 1st P':>12} {'R':>6} {'toolkit P 1st':>13} {'P 2nd':>6} "
          f"{'P either':>8} {'rows':>5}")
    for first, second in zip(argv[0::2], argv[1::2]):
        first, second = Path(first), Path(second)
        h = between_annotators(first, second)
        t = toolkit_against_both(first, second)
        print(f"{first.name:32} {_pct(h['right'], h['rows']):>12} {_pct(h['matched'], h['gold']):>6} "
              f"{_pct(t['first'], t['rows']):>13} {_pct(t['second'], t['rows']):>6} {_pct(t['either'], t['rows']):>8} "
              f"{t['rows']:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
