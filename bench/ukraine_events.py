"""The event rows of the Ukraine source sets, with their sentences and dates: text for event precision audits.

Documents are read as ``toolkit extract`` reads them (:func:`toolkit.reading.sources.read_paths`: each
dated by its MANIFEST row), the seed article by the story's date. Not a test and no score: the rows are
judged by reading (``bench/audit/events16.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/ukraine_events.py OUT.tsv seeds/ukraine-diplomacy seeds/whitehouse-ukraine/A01_* …
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from audit_events import write_asserted_events  # bench/ is the script's own folder on sys.path

# The date of params/ukraine-diplomacy.yaml's "published": the seed article's.
_STORY_DATE = dt.date(2025, 8, 7)


def main(out: str, *paths: str) -> None:
    write_asserted_events([Path(p) for p in paths], out, published=_STORY_DATE)


if __name__ == "__main__":
    main(*sys.argv[1:])
