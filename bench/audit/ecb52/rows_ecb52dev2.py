"""The toolkit's event rows for each text of a gold folder whose texts are some dated, some not (the ECB+ halves:
``bench/audit/gold_rows.py`` needs a publication day for every text), as ``gold_rows.py events`` prints them: each
text read alone, with its gold's ``published`` day where it has one.

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/ecb52/rows_ecb52dev2.py GOLD OUT
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

FIELDS = ("subject", "verb", "object", "negated", "modality", "reported_by", "quoted", "date")


def main(folder: Path, out_path: str) -> None:
    from toolkit.extraction.tables import extract
    from toolkit.nlp.model import load_model
    from toolkit.reading.sources import read_document

    nlp = load_model()
    with open(out_path, "w", encoding="utf-8") as out:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            document = read_document(folder / "texts" / Path(gold["source"]).name)
            if gold["published"]:
                document = document.with_published(dt.date.fromisoformat(gold["published"]))
            print("==", path.stem[:60], file=out)
            for row in extract([document], nlp=nlp).events.to_dict("records"):
                print("EV", {k: row[k] for k in FIELDS if k in row and row[k] == row[k] and row[k]}, file=out)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
