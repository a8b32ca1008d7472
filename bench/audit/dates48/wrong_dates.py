"""Round dates48's listing: every matched event row of the event dev golds whose date differs from the gold's, by class.

A row is listed when its gold event is dated and the row's date differs (wrong or missing: what ``dates right N/M``
counts), and also when the gold leaves the event undated and the row dates it (not counted by the scorer, but a wrong
date all the same). The class is read from where the row stands and which day it misses:

- ``lead's day not carried``: the row is undated, the gold dates it to the story's day (the day of the document's
  first dated gold event), and the sentence is in a later paragraph than the lead or in the lead's paragraph;
- ``a paragraph's day not carried``: undated, the gold's day is another one;
- ``a background year or month not given``: undated, the gold gives a year or a month (a life, a background);
- ``other day``: the row has a date, the gold another;
- ``dated, gold undated``: the row has a date the gold does not give, by what it is: a background year or month,
  the story's day carried too far, a day to come (a plan's), another day.

The parse cache's key is pinned to the branch point's code version and the facts and sets entries are bypassed, so a
rule change of the event layer is seen without parsing again (as round ev47a's ``quick_rows.py``).

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/dates48/wrong_dates.py [GOLD...]
(no GOLD: every event dev gold, ``wikinews`` and ``wikinews-events-dev`` … ``-dev35``).
"""
import json
import sys
from collections import Counter
from pathlib import Path

from toolkit.extraction import cache

_BASE = "0774969aee769d8562f1923c"  # code_version() at the branch point 22ccd928
cache.code_version = lambda: _BASE
_get, _put = cache.Cache.get, cache.Cache.put
cache.Cache.get = lambda self, kind, key, valid=None: None if kind != "docs" else _get(self, kind, key, valid)
cache.Cache.put = lambda self, kind, key, value: None if kind != "docs" else _put(self, kind, key, value)

from toolkit.evaluation import events as ev_scoring  # noqa: E402
from toolkit.evaluation import scoring  # noqa: E402
from toolkit.evaluation.scoring import evaluate_gold_set  # noqa: E402

_GOLDS = ["wikinews", "wikinews-events-dev"] + [f"wikinews-events-dev{n}" for n in range(2, 36)]
_score = scoring.score_events
_PAIRS: dict = {}  # gold file → its (gold, row) pairs whose dates differ
_CURRENT = [None]
_score_extraction = scoring.score_extraction


def _score_extraction_named(*args, name=None, **kwargs):
    _CURRENT[0] = name
    return _score_extraction(*args, name=name, **kwargs)


scoring.score_extraction = _score_extraction_named


def _score_keeping_pairs(predicted, gold, entities=None):
    """Score as the scorer does, and keep every (gold, row) pair whose dates differ."""
    result = _score(predicted, gold, entities)
    rows = [] if predicted is None else [r for r in predicted.to_dict("records") if not bool(r.get("quoted"))]
    spurious = {(r["start"], r["verb"], r.get("subject")) for r in result["spurious"]}
    matched = [r for r in rows if (r["start"], r["verb"], r.get("subject")) not in spurious]
    missed = {id(g) for g in result["missed"]}
    golds = [g for g in gold if id(g) not in missed]
    # the scorer's own pairing, again (first free row in the sentence with the verb and subject)
    used = set()
    for g in sorted(golds, key=lambda g: (g["sentence_start"], g.get("verb_start", 0))):
        for i, r in enumerate(matched):
            if i in used or not ev_scoring._in_sentence(r, g) or not ev_scoring.verb_matches(g["verb"], r["verb"]):
                continue
            if ev_scoring.subject_matches(g.get("subject"), r.get("subject"), entities or []):
                used.add(i)
                if _date(r) != str(g.get("date") or ""):
                    _PAIRS.setdefault(_CURRENT[0], []).append((g, r))
                break
    return result


scoring.score_events = _score_keeping_pairs


def _date(r: dict) -> str:
    """A row's date as text, "" for none (a table's missing value is NaN)."""
    value = r.get("date")
    return "" if value is None or value != value else str(value)


def _classify(g: dict, r: dict, story_day: str | None, lead_end: int, published: str) -> str:
    row = _date(r)
    if not g.get("date"):
        if len(row) < 10:
            return "dated, gold undated: a background year or month"
        if row == story_day:
            return "dated, gold undated: the story's day carried"
        if row > published:
            return "dated, gold undated: a day to come (a plan's)"
        return "dated, gold undated: another day"
    if not row:
        if g["date"] == story_day:
            return "lead's day not carried (" + ("lead paragraph" if g["sentence_start"] < lead_end else "later paragraph") + ")"
        if len(g["date"]) < 10:
            return "a background year or month not given"
        return "a paragraph's day not carried"
    return "other day" + (" (the gold's a year or month)" if len(g["date"]) < 10 else "")


def main(folders):
    counts: Counter = Counter()
    for folder in folders:
        path = Path("tests/data/gold") / folder
        res = evaluate_gold_set(path)
        for part in res["documents"]:
            name = Path(part["gold"]).stem
            gold = json.loads(Path(part["gold"]).read_text(encoding="utf-8"))
            text = (path / "texts" / (name + ".txt")).read_text(encoding="utf-8")
            dated = sorted((g for g in gold.get("events", ()) if g.get("date") and len(g["date"]) == 10),
                           key=lambda g: g["sentence_start"])
            story_day = dated[0]["date"] if dated else None
            lead_end = text.find("\n", len(text) - len(text.lstrip()))
            lead_end = len(text) if lead_end < 0 else lead_end
            mine = _PAIRS.pop(part["gold"], [])
            for g, r in mine:
                cls = _classify(g, r, story_day, lead_end, str(gold.get('published', ''))[:10])
                counts[cls] += 1
                counts[(folder, "gold dated" if g.get("date") else "gold undated")] += 1
                sent = text[g["sentence_start"]:g["sentence_end"]].replace("\n", " ")
                para = text[:g["sentence_start"]].count("\n\n") if "\n\n" in text else text[:g["sentence_start"]].count("\n")
                print(f"{cls}\t{folder}\t{name[:45]}\tpub {gold.get('published', '')[:10]}\tstory {story_day}\t"
                      f"gold {g.get('date') or '-'}\trow {_date(r) or '-'}\t¶{para}\t"
                      f"{g.get('subject')} | {g['verb']}\t« {sent} »")
    print("\nclasses:", file=sys.stderr)
    for key, n in sorted(counts.items(), key=lambda kv: (isinstance(kv[0], tuple), str(kv[0]))):
        print(f"  {key}: {n}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:] or _GOLDS)
