"""The facts a change adds to or takes from the four seed sets' briefings, row by row.

No gold covers the White House texts and the seed sets, so a rule made on Wikinews gold can slip there unseen
(sessions 38 and 39 found two such slips only by reading the rebuilt briefings). Save the tables before a change,
then read what the change did to them, before anyone builds a briefing::

    python bench/factdiff.py save /tmp/facts-before.pkl      # on the code before the change
    python bench/factdiff.py diff /tmp/facts-before.pkl      # on the code after it: "-" gone, "+" new

With ``--wikinews`` the same for every text of the Wikinews corpus, each read alone (what a round's change does
beyond its gold); the rows of the held-out and validation golds' texts are counted but never shown.

Not a test: a changed row can be a gain or a slip, and only reading it tells which.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from profiling import seeds  # noqa: E402  (bench/ is no package)

WIKINEWS = Path("/work/shared/corpora/wikinews-2019-2020")
GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
# The golds whose texts no round may read: their changed rows are counted, never printed.
HELD_OUT = ("wikinews-heldout", "wikinews-events-val")

# The columns an analyst reads in each table; offsets and sentence numbers left out, so that a row that moved but
# says the same thing is no change.
READ = {
    "entities": ("name", "label"),
    "quotes": ("doc", "speaker", "relayed_by", "text"),
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


def wikinews_facts(nlp) -> dict:
    """``{document id: {table: set of row tuples}}`` for every text of the Wikinews corpus, each extracted alone."""
    import warnings

    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_source_set

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = read_source_set(WIKINEWS, base=WIKINEWS.parent).documents
    out = {}
    for document in documents:
        ex = extract([document], nlp=nlp)
        out[document.id] = {table: {_row(record, columns) for record in getattr(ex, table).to_dict("records")}
                            for table, columns in READ.items()}
    return out


def held_out_ids(facts: dict) -> set[str]:
    """The document ids among ``facts`` whose text a held-out or validation gold holds."""
    names = {p.name for folder in HELD_OUT for p in (GOLD / folder / "texts").glob("*.txt")}
    return {key for key in facts if Path(key).name in names}


def _row(record: dict, columns: tuple[str, ...]) -> tuple[str, ...]:
    cells = []
    for column in columns:
        value = record.get(column)  # (a column a later change added is empty in an older save)
        text = "" if value is None or value != value else str(value)  # None and NaN read alike
        cells.append(text[:90])
    return tuple(cells)


def report(before: dict, after: dict, *, hidden: frozenset[str] = frozenset()) -> int:
    """Print the rows gone ("-") and new ("+") per set (or document) and table, the rows of ``hidden`` ones only
    counted; return how many changed."""
    changed = 0
    for name in sorted(before.keys() | after.keys()):
        for table in READ:
            old, new = before.get(name, {}).get(table, set()), after.get(name, {}).get(table, set())
            gone, added = sorted(old - new), sorted(new - old)
            if not gone and not added:
                continue
            changed += len(gone) + len(added)
            if name in hidden:
                print(f"## (a held-out text).{table}: {len(gone)} gone, {len(added)} new, not shown")
                continue
            print(f"## {name}.{table}: {len(gone)} gone, {len(added)} new")
            for sign, rows in (("-", gone), ("+", added)):
                for row in rows:
                    print(f"{sign} " + " | ".join(row))
    print(f"{changed} rows changed" if changed else "no row changed")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["save", "diff"])
    parser.add_argument("file")
    parser.add_argument("--wikinews", action="store_true", help="every Wikinews corpus text, not the seed sets")
    args = parser.parse_args()

    from toolkit.nlp.model import load_model

    nlp = load_model()
    now = wikinews_facts(nlp) if args.wikinews else facts(nlp)
    if args.what == "save":
        Path(args.file).write_bytes(pickle.dumps(now))
    else:
        before = pickle.loads(Path(args.file).read_bytes())
        report(before, now, hidden=frozenset(held_out_ids(before | now)) if args.wikinews else frozenset())


if __name__ == "__main__":
    main()
