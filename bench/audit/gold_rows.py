"""The rows the toolkit gives for a gold folder's texts, each text read alone with its day, for a round to read
against its gold: the listings (`rows-start.txt`, `rows-final.txt`) every entity and event round keeps.

usage (from the checkout)::

    PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/gold_rows.py entities tests/data/gold/GOLD OUT
    PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/gold_rows.py events tests/data/gold/GOLD OUT

Entities: each row has a mark ("  " a gold entity's form with its label, "!L" a gold entity's form with another
label, "??" no form of the gold: unscored), the label, the name, the aliases, the mentions and the gold entity it
matches. Events: each row's subject, verb, object and marks, as ``toolkit extract --json`` gives them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

_EVENT_FIELDS = ("subject", "verb", "object", "negated", "modality", "reported_by", "quoted", "date")


def _gold_files(folder: Path):
    """Each gold json of the folder with its text read as a document of its publication day."""
    from toolkit.reading.sources import read_document

    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = read_document(folder / "texts" / Path(gold["source"]).name)
        yield path, gold, document.with_published(dt.date.fromisoformat(gold["published"]))


def entity_rows(folder: Path, out, nlp) -> None:
    from toolkit.evaluation.scoring import normalise_name
    from toolkit.extraction.tables import extract

    for path, gold, document in _gold_files(folder):
        forms = {normalise_name(form): (e["name"], e["label"]) for e in gold.get("entities", ())
                 for form in [e["name"], *e["aliases"]]}
        print("==", path.stem[:40], file=out)
        for row in extract([document], nlp=nlp).entities.to_dict("records"):
            aliases = row.get("aliases")
            names = [row["name"]] + (aliases.split("; ") if isinstance(aliases, str) and aliases else [])
            hit = [forms[normalise_name(n)] for n in names if normalise_name(n) in forms]
            mark = "  " if hit and hit[0][1] == row["label"] else ("!L" if hit else "??")
            print(mark, row["label"], row["name"], "|", aliases, "|", row.get("mentions"), "|", hit[0] if hit else "",
                  file=out)


def event_rows(folder: Path, out, nlp) -> None:
    from toolkit.extraction.tables import extract

    for path, _, document in _gold_files(folder):
        print("==", path.stem[:60], file=out)
        for row in extract([document], nlp=nlp).events.to_dict("records"):
            print("EV", {k: row[k] for k in _EVENT_FIELDS if k in row and row[k] == row[k] and row[k]}, file=out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["entities", "events"])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out")
    args = parser.parse_args()

    from toolkit.nlp.model import load_model

    nlp = load_model()
    with open(args.out, "w", encoding="utf-8") as out:
        (entity_rows if args.what == "entities" else event_rows)(args.gold, out, nlp)


if __name__ == "__main__":
    main()
