"""The event rows of GUM's 24 news documents, with their sentences: fresh text for event precision audits.

GUM's news texts (older Wikinews articles) were never used for event rules. Each document is read with
:func:`toolkit.evaluation.gum.read_gum`; its body starts at the dateline ("Friday, July 21, 2017"), which
also gives its publication date, so the headline above it is the title, as in the Wikinews golds' texts.
Not a test and no score: the rows are judged by reading (``bench/audit/events15.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/gum_events.py OUT.tsv [tests/data/gold/gum-news]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

from toolkit.evaluation.gum import read_gum
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document

# The dateline line of a Wikinews article: a weekday, then the date.
_DATELINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+ \d{1,2}, \d{4})", re.M)


def gum_documents(folder: str = "tests/data/gold/gum-news") -> list[Document]:
    """GUM's news documents, each dated and with its body from the dateline on."""
    docs = []
    for path in sorted(Path(folder).rglob("*.conllu")):
        for gum in read_gum(path):
            line = _DATELINE.search(gum.text)
            published = dt.datetime.strptime(line.group(1), "%B %d, %Y").date() if line else None
            docs.append(Document(id=gum.id, path=gum.id, text=gum.text,
                                 sha256=hashlib.sha256(gum.text.encode()).hexdigest(),
                                 title=gum.text.split("\n", 1)[0], published=published,
                                 body_start=line.start() if line else 0))
    return docs


def main(out: str, folder: str = "tests/data/gold/gum-news") -> None:
    events = extract(gum_documents(folder)).events
    events = events[~events["quoted"]]
    events[["doc", "start", "subject", "verb", "object", "negated", "modality", "reported_by", "sentence"]].to_csv(
        out, sep="\t", na_rep="nan")


if __name__ == "__main__":
    main(*sys.argv[1:3])
