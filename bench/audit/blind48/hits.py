"""Count a text's sentences already quoted in tests/*.py (round blind48's choice of the blind pool).

A sentence (a line cut at ". ", "! ", "? " before a capital or a quotation mark) of more than 40 characters counts
as quoted when tests/*.py holds it whole or its first 60 characters, as blind46b and blind47 counted.
Run: python bench/audit/blind48/hits.py FILE... (from the project root); prints hits, sentences, file, then the
test files hit.
"""
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CUT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“‘(])")


def sentences(text):
    """The text's sentences of more than 40 characters."""
    out = []
    for line in text.splitlines():
        out += [s.strip() for s in CUT.split(line) if len(s.strip()) > 40]
    return out


def main(paths):
    tests = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").glob("*.py"))}
    by_test = collections.Counter()
    total = [0, 0]
    for path in paths:
        sents = sentences(Path(path).read_text(encoding="utf-8"))
        hit = 0
        for s in sents:
            where = [n for n, t in tests.items() if s in t or s[:60] in t]
            hit += bool(where)
            by_test.update(where)
        total[0] += hit
        total[1] += len(sents)
        print(hit, len(sents), Path(path).name[:60])
    print("total", *total)
    for name, n in by_test.most_common():
        print(n, name)


if __name__ == "__main__":
    main(sys.argv[1:])
