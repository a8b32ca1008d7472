"""The facts a change adds to or takes from the four seed sets' briefings, row by row.

No gold covers the White House texts and the seed sets, so a rule made on Wikinews gold can slip there unseen
(sessions 38 and 39 found two such slips only by reading the rebuilt briefings). Save the tables before a change,
then read what the change did to them, before anyone builds a briefing::

    python bench/factdiff.py save /tmp/facts-before.pkl      # on the code before the change
    python bench/factdiff.py diff /tmp/facts-before.pkl      # on the code after it: "-" gone, "+" new

Not a test: a changed row can be a gain or a slip, and only reading it tells which.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from profiling import seeds  # noqa: E402  (bench/ is no package)

# The columns an analyst reads in each table; offsets and sentence numbers left out, so that a row that moved but
# says the same thing is no change.
READ = {
    "entities": ("name", "label"),
    "quotes": ("doc", "speaker", "text"),
    "timeline": ("doc", "expression", "date"),
    "events": ("doc", "subject", "verb", "object", "negated", "modality", "reported_by", "date"),
}


def facts(nlp) -> dict:
    """``{set name: {table: set of row tuples}}`` for every seed set as its params read it."""
    from toolkit.extraction.tables import extract

    out = {}
    for name, source, aliases in seeds():
        ex = extract(source, aliases=aliases, nlp=nlp)
        out[name] = {table: {_row(record, columns) for record in getattr(ex, table).to_dict("records")}
                     for table, columns in READ.items()}
    return out


def _row(record: dict, columns: tuple[str, ...]) -> tuple[str, ...]:
    cells = []
    for column in columns:
        value = record[column]
        text = "" if value is None or value != value else str(value)  # None and NaN read alike
        cells.append(text[:90])
    return tuple(cells)


def report(before: dict, after: dict) -> int:
    """Print the rows gone ("-") and new ("+") per set and table; return how many changed."""
    changed = 0
    for name in sorted(before.keys() | after.keys()):
        for table in READ:
            old, new = before.get(name, {}).get(table, set()), after.get(name, {}).get(table, set())
            gone, added = sorted(old - new), sorted(new - old)
            if not gone and not added:
                continue
            print(f"## {name}.{table}: {len(gone)} gone, {len(added)} new")
            for sign, rows in (("-", gone), ("+", added)):
                for row in rows:
                    print(f"{sign} " + " | ".join(row))
            changed += len(gone) + len(added)
    print(f"{changed} rows changed" if changed else "no row changed")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["save", "diff"])
    parser.add_argument("file")
    args = parser.parse_args()

    from toolkit.nlp.model import load_model

    nlp = load_model()
    if args.what == "save":
        Path(args.file).write_bytes(pickle.dumps(facts(nlp)))
    else:
        report(pickle.loads(Path(args.file).read_bytes()), facts(nlp))


if __name__ == "__main__":
    main()
