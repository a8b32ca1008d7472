#!/bin/sh
# usage: bench/audit/ev42/rows.sh CHECKOUT OUT — the event rows (with their sentence) of the six texts of
# tests/data/gold/wikinews-events-dev16 at CHECKOUT's code, each read with its day from the gold's manifest.
G=$1/tests/data/gold/wikinews-events-dev16/texts
cd "$1" || exit 1
for f in "$G"/wn_*.txt; do
  b=$(basename "$f")
  d=$(grep "^$b	" "$G/MANIFEST.tsv" | cut -f3)
  PYTHONPATH="$1" TOOLKIT_CACHE="$1/.cache/toolkit" /work/main/.venv/bin/python -m toolkit extract "$f" --published "$d" --json 2>/dev/null |
    /work/main/.venv/bin/python -c "
import json, sys
d = json.load(sys.stdin)
print('==', '$b'[:60])
for e in d['events']: print('EV', {k: e[k] for k in ('subject', 'verb', 'object', 'negated', 'modality', 'reported_by', 'quoted', 'date') if e.get(k)})
"
done > "$2"
