#!/bin/sh
# usage: bench/audit/rows.sh STORIES CHECKOUT OUT   (STORIES: a folder of probe stories, e.g. bench/audit/wire32)
# Every probe story's tables at CHECKOUT's code, one line per row (each story read with its day from STORIES'
# published.tsv):
# entities (ENT), quotations (Q), time expressions (T) and events (EV). PY: the Python to run (default: the
# checkout's .venv).
DIR=$(cd "$1" && pwd) || exit 1
shift
PY=${PY:-$1/.venv/bin/python}
cd "$1" || exit 1
for f in "$DIR"/*.txt; do
  b=$(basename "$f" .txt)
  d=$(grep "^$b	" "$DIR/published.tsv" | cut -f2)
  [ -n "$d" ] || continue  # (the row files themselves)
  PYTHONPATH="$1" TOOLKIT_CACHE="$1/.cache/toolkit" "$PY" -m toolkit extract "$f" --published "$d" --json 2>/dev/null |
    "$PY" -c "
import json, sys
d, b = json.load(sys.stdin), '$b'
for e in d['entities']: print(b, 'ENT', e['name'], e['label'])
for q in d['quotes']: print(b, 'Q', q['speaker'], q['text'][:50])
for t in d['timeline']: print(b, 'T', t['expression'], t['date'])
for e in d['events']: print(b, 'EV', {k: e[k] for k in ('subject', 'verb', 'object', 'negated', 'modality', 'reported_by', 'quoted', 'date') if e.get(k)})
"
done > "$2"
