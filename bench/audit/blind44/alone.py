"""Each sentence given on the command line read alone, as a document of the given day, and its event rows printed:
to tell a parse from a rule when reading the blind pool's errors (round blind44; no rule is made on them).

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/blind44/alone.py DAY SENTENCE...
"""
import datetime as dt
import hashlib
import sys

from toolkit.extraction.tables import extract
from toolkit.nlp.model import load_model
from toolkit.reading.documents import Document

_FIELDS = ("subject", "verb", "object", "negated", "modality", "reported_by", "quoted", "date")


def main(day: str, sentences: list[str]) -> None:
    nlp = load_model()
    for i, text in enumerate(sentences):
        doc = Document(id=f"alone{i}", path=f"alone{i}.txt", text=text,
                       sha256=hashlib.sha256(text.encode()).hexdigest(), published=dt.date.fromisoformat(day))
        print("»", text)
        for row in extract([doc], nlp=nlp).events.to_dict("records"):
            print("   EV", {k: row[k] for k in _FIELDS if k in row and row[k] == row[k] and row[k]})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
