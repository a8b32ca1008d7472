"""The event rows of GUM biographies (Wikipedia), with their sentences: fresh text for event precision audits.

Each document is read with :func:`toolkit.evaluation.gum.read_gum`; its first line (the article's name) is
the title and the body follows it. A biography carries no dateline, so it is dated by its header's
``meta::dateModified`` (the version of the article GUM took), and each is read as a set of its own: the
people of one life are not those of another. Not a test and no score: the rows are judged by reading
(``bench/audit/events37.tsv``). Texts: Wikipedia (CC BY-SA 3.0, credit "Wikipedia contributors");
GUM annotations CC BY 4.0.

    PYTHONPATH=$PWD .venv/bin/python bench/gum_bio_events.py OUT.tsv FOLDER
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
_MODIFIED = re.compile(r"^# meta::dateModified = (\d{4}-\d{2}-\d{2})", re.M)


def bio_documents(folder: str) -> list[Document]:
    """The biographies of ``folder``, each dated by its header and with its body after the title line."""
    docs = []
    for path in sorted(Path(folder).glob("*.conllu")):
        header = _MODIFIED.search(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(header.group(1)) if header else None
        for gum in read_gum(path):
            title = gum.text.split("\n", 1)[0]
            body = gum.text.find("\n\n")
            docs.append(Document(id=gum.id, path=gum.id, text=gum.text,
                                 sha256=hashlib.sha256(gum.text.encode()).hexdigest(), title=title,
                                 published=published, body_start=body + 2 if body >= 0 else 0))
    return docs


def main(out: str, folder: str) -> None:
    tables = []
    for doc in bio_documents(folder):
        events = extract([doc]).events
        tables.append(events[~events["quoted"]][COLUMNS])
    pd.concat(tables, ignore_index=True).to_csv(out, sep="\t", na_rep="nan")


if __name__ == "__main__":
    main(*sys.argv[1:3])
