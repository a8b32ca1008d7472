"""Round ev47a's quick listing: every matched and spurious event row of some gold folders, with its sentence,
re-running the event rules on the parses cached at the branch point (the parse cache's key is pinned to the branch
point's code version and the facts and sets entries are bypassed, so a rule change is seen without re-parsing).
Only for rules of the event layer, which change no parse.

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/ev47a/quick_rows.py GOLD...
"""
import sys
from pathlib import Path

from toolkit.extraction import cache

_BASE = (Path(__file__).parent / ".base_version").read_text().strip()
cache.code_version = lambda: _BASE
_get, _put = cache.Cache.get, cache.Cache.put
cache.Cache.get = lambda self, kind, key, valid=None: None if kind != "docs" else _get(self, kind, key, valid)
cache.Cache.put = lambda self, kind, key, value: None if kind != "docs" else _put(self, kind, key, value)

from toolkit.evaluation import scoring  # noqa: E402
from toolkit.evaluation.scoring import evaluate_gold_set  # noqa: E402

_score = scoring.score_events


def _score_with_rows(predicted, gold, entities=None):
    result = _score(predicted, gold, entities)
    rows = [] if predicted is None else [r for r in predicted.to_dict("records") if not bool(r.get("quoted"))]
    spurious = {id(r) for r in result["spurious"]}
    keys = {(r["start"], r["verb"], r.get("subject")) for r in result["spurious"]}
    result["matched_rows"] = [r for r in rows if (r["start"], r["verb"], r.get("subject")) not in keys]
    return result


scoring.score_events = _score_with_rows


def main(folders):
    totals = {"gold": 0, "pred": 0, "match": 0}
    for folder in folders:
        res = evaluate_gold_set(Path(folder))
        for part in res["documents"]:
            doc = Path(part["gold"]).stem[:50]
            text = (Path(folder) / "texts" / (Path(part["gold"]).stem + ".txt")).read_text(encoding="utf-8")
            ev = part["events"]
            for kind in ("matched_rows", "spurious"):
                for r in ev.get(kind, ()):
                    r = r.get("row", r) if isinstance(r, dict) else r
                    sent = text[int(r["start"]):int(r["end"])].replace("\n", " ")
                    print(f"{'SPUR' if kind == 'spurious' else 'MATCH'}\t{doc}\t{r.get('subject')} | {r['verb']} | "
                          f"{r.get('object')} [mod {r.get('modality')}, neg {r.get('negated')}, rep {r.get('reported_by')}]\t« {sent} »")
        t = res["events"] if "events" in res else None
        if t:
            print("TOTAL", folder, {k: t.get(k) for k in ("gold", "predicted", "matched", "precision", "recall")},
                  file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
