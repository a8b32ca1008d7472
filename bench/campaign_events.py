"""The event rows of the two Wikinews campaign round-ups of autumn 2020, with their sentences and dates.

"On the campaign trail in the USA", September and October 2020 (Wikinews, CC BY 2.5): long wire-style
round-ups never used for event rules. Each is read as ``toolkit extract`` reads it
(:func:`toolkit.reading.sources.read_paths`), dated by its row of the corpus MANIFEST.tsv. Not a test and
no score: the rows are judged by reading (``bench/audit/events17.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/campaign_events.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_paths

CORPUS = "/work/shared/corpora/wikinews-2019-2020"
TEXTS = ("wn_2020-10-29_On-the-campaign-trail-in-the-USA-September-2020.txt",
         "wn_2020-11-02_On-the-campaign-trail-in-the-USA-October-2020.txt")


def write_asserted_events(paths: list[Path], out: str) -> None:
    """Write the event rows of the texts at ``paths`` that are no one's quoted words, as TSV (also
    used by ``bench/wh_events.py``)."""
    events = extract(read_paths(paths)).events
    events = events[~events["quoted"]]
    events[["doc", "start", "subject", "verb", "object", "negated", "modality", "reported_by", "date",
            "sentence"]].to_csv(out, sep="\t", na_rep="nan")


def main(out: str, corpus: str = CORPUS) -> None:
    write_asserted_events([Path(corpus) / name for name in TEXTS], out)


if __name__ == "__main__":
    main(*sys.argv[1:3])
