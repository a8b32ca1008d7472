"""The toolkit's event rows for a gold folder whose files may carry ``published`` null (ECB+ articles printing no
date): ``bench/audit/gold_rows.py events``, with each text dated as ``toolkit.evaluation.scoring.load_gold`` dates it
(``parse_date``, so a null date stays none) instead of ``date.fromisoformat``, which fails on null. Written for round
ecb55dev8's ``rows-ecb55dev8.txt``; it changes nothing in gold_rows.py.

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/ecb55/rows_ecb55dev8.py GOLD OUT
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import gold_rows  # noqa: E402
from toolkit.reading.sources import parse_date, read_document  # noqa: E402


def _gold_files(folder: Path):
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = read_document(folder / "texts" / Path(gold["source"]).name)
        yield path, gold, document.with_published(parse_date(gold.get("published")))


if __name__ == "__main__":
    from toolkit.nlp.model import load_model

    gold_rows._gold_files = _gold_files
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        gold_rows.event_rows(Path(sys.argv[1]), out, load_model())
