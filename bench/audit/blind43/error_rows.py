"""Every missed, spurious, flattened and wrongly dated event row of a gold folder, each with its sentence (round
blind43's listing for its catalogue of error kinds; ``toolkit evaluate --errors`` gives the rows without sentences).

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/blind43/error_rows.py GOLD...
"""
import sys
from pathlib import Path

from toolkit.evaluation.scoring import evaluate_gold_set


def _short(value, width=70):
    text = "" if value is None or value != value else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def main(folders):
    for folder in folders:
        res = evaluate_gold_set(Path(folder))
        for part in res["documents"]:
            doc = Path(part["gold"]).stem[:60]
            text = (Path(folder) / "texts" / (Path(part["gold"]).stem + ".txt")).read_text(encoding="utf-8")
            ev = part["events"]
            print(f"== {doc}")
            for g in ev["missed"]:
                sent = text[g["sentence_start"]:g["sentence_end"]].replace("\n", " ")
                print(f"  MISSED   {g['subject']} | {g['verb']} | {_short(g['object'], 40)}"
                      f" [rep {g['reported_by']}, neg {g['negated']}, mod {g['modality']}]\n      « {sent} »")
            for r in ev["spurious"]:
                sent = text[int(r["start"]):int(r["end"])].replace("\n", " ")
                print(f"  SPURIOUS {_short(r.get('subject'))} | {r['verb']} | {_short(r.get('object'), 40)}"
                      f" [rep {_short(r.get('reported_by'))}, neg {r.get('negated')}, mod {_short(r.get('modality'))}]"
                      f"\n      « {sent} »")
            for f in ev["flattened_rows"]:
                g, r = f["gold"], f["row"]
                print(f"  FLAT     {g['subject']} | {g['verb']}: gold rep {g['reported_by']}, neg {g['negated']},"
                      f" mod {g['modality']}; row {_short(r.get('reported_by'))}, {r.get('negated')},"
                      f" {_short(r.get('modality'))}")
            for w in ev["wrong_dates"]:
                g, r = w["gold"], w["row"]
                sent = text[g["sentence_start"]:g["sentence_end"]].replace("\n", " ")
                print(f"  DATE     {g['subject']} | {g['verb']}: gold {g['date']}, got {_short(r.get('date'))}"
                      f"\n      « {sent} »")


if __name__ == "__main__":
    main(sys.argv[1:])
