"""The event rows of GUM interviews (Wikinews) and court texts, with their sentences: fresh text for event audits.

Each document is read with :func:`toolkit.evaluation.gum.read_gum` and extracted as a set of its own. An
interview is dated by its dateline ("Tuesday, September 1, 2015", on the headline's line or the next), its
body starting there and the headline before it the title; one without a dateline, and a court text (a
hearing's or an argument's transcript), is dated by its header's ``meta::dateCreated`` and its first line
is the title. Not a test and no score: the rows are judged by reading (``bench/audit/events38.tsv``).
Texts: Wikinews (CC BY 2.5, credit "Wikinews contributors"); court texts CC BY 4.0 (sources in each
document's metadata); GUM annotations CC BY 4.0.

    PYTHONPATH=$PWD .venv/bin/python bench/gum_talk_events.py OUT.tsv FOLDER [FOLDER ...]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

import pandas as pd

from toolkit.evaluation.gum import read_gum
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document

COLUMNS = ["doc", "start", "subject", "verb", "object", "negated", "modality", "reported_by", "date", "kind",
           "sentence"]
_CREATED = re.compile(r"^# meta::dateCreated = (\d{4}-\d{2}-\d{2})", re.M)
_DATELINE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+ \d{1,2}, \d{4})")


def talk_documents(folder: str) -> list[Document]:
    """The documents of ``folder``, each dated by its dateline or its header."""
    docs = []
    for path in sorted(Path(folder).glob("*.conllu")):
        header = _CREATED.search(path.read_text(encoding="utf-8"))
        for gum in read_gum(path):
            first = gum.text.split("\n", 1)[0]
            line = _DATELINE.search(gum.text, 0, len(first) + 40)
            if line:
                published = dt.datetime.strptime(line.group(1), "%B %d, %Y").date()
                title, body = gum.text[:line.start()].strip(), line.start()
            else:
                published = dt.date.fromisoformat(header.group(1)) if header else None
                title, body = first, len(first) + 1
            docs.append(Document(id=gum.id, path=gum.id, text=gum.text,
                                 sha256=hashlib.sha256(gum.text.encode()).hexdigest(), title=title,
                                 published=published, body_start=body))
    return docs


def main(out: str, *folders: str) -> None:
    tables = []
    for folder in folders:
        for doc in talk_documents(folder):
            events = extract([doc]).events
            tables.append(events[~events["quoted"]][COLUMNS])
    pd.concat(tables, ignore_index=True).to_csv(out, sep="\t", na_rep="nan")


if __name__ == "__main__":
    main(*sys.argv[1:])
