"""Round dates48's trace: for one gold file, each sentence with the day the run gives it (and the run's state), then
each event row with its date and the gold's.

usage: PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/dates48/trace_days.py GOLD_JSON
"""
import sys
from pathlib import Path

from toolkit.extraction import cache

cache.code_version = lambda: "0774969aee769d8562f1923c"  # (the branch point's parses; see wrong_dates.py)
_get, _put = cache.Cache.get, cache.Cache.put
cache.Cache.get = lambda self, kind, key, valid=None: None if kind != "docs" else _get(self, kind, key, valid)
cache.Cache.put = lambda self, kind, key, value: None if kind != "docs" else _put(self, kind, key, value)

from toolkit.nlp import day_runs  # noqa: E402
from toolkit.evaluation.scoring import load_gold  # noqa: E402
from toolkit.extraction.tables import extract  # noqa: E402

_day_of = day_runs._DayRun.day_of


def _traced(self, sent, *, first):
    day = _day_of(self, sent, first=first)
    text = sent.text.strip().replace("\n", " ")
    print(f"  {'¶' if self.opens else ' '} day={day or '-':10} story={self.story_day or '-':10} "
          f"scene={self.scene} back={int(self.looking_back)} | {text[:150]}")
    return day


day_runs._DayRun.day_of = _traced

gold, doc = load_gold(Path(sys.argv[1]))
ex = extract([doc])
events = ex.events
for g in sorted(gold.get("events", ()), key=lambda g: (g["sentence_start"], g.get("verb_start", 0))):
    rows = events[(events.start >= g["sentence_start"]) & (events.end <= g["sentence_end"] + 1)]
    got = [f"{r.verb}:{r.date}" for r in rows.itertuples()]
    print(f"GOLD {g.get('date') or '-':10} {g.get('subject')} | {g['verb']}   rows: {' '.join(map(str, got))}")
