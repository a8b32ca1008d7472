"""Draw a third set of ECB+ news articles for event golds (round ecb54): articles neither ecb52 nor ecb53 drew.

Rounds ecb52 and ecb53 drew 40 and 20 articles; their dev halves have been read row by row and rules were made on
them, so they no longer stand for unseen news. This round draws one further article for each of ``DRAWN`` topics
among the articles both rounds left, with its own seed, and cuts them into ``HALVES`` (``dev5``, ``dev6``). The
articles are joined back into prose by ecb52's ``ecb_corpus`` and dated by ecb53's rule, which also reads a day
printed as an ordinal ("WEDNESDAY, APRIL 24TH, 2013"), as some outlets print it and ecb53's rule missed.

    PYTHONPATH=bench/audit/ecb52:bench/audit/ecb53 .venv/bin/python bench/audit/ecb54/ecb_corpus54.py ECB_PLUS_DIR OUT_DIR

ECB+: Cybulska and Vossen, LREC 2014; the NewsReader project; CC BY 3.0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import ecb_corpus
import ecb_corpus53

HALVES = ("dev5", "dev6")
DRAWN = 20
SEED = 54
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def published(lines: list[str]) -> str:
    """ecb53's date rule, with a day printed as an ordinal read as its number; ``""`` when none is printed."""
    return ecb_corpus53.published([_ORDINAL_DAY.sub(r"\1", line) for line in lines])


def drawn(corpus: Path) -> list[Path]:
    """One article neither earlier round drew for each of ``DRAWN`` topics, with this round's seed, in drawn order."""
    taken = set(ecb_corpus.drawn(corpus)) | set(ecb_corpus53.drawn(corpus))
    return ecb_corpus53.drawn(corpus, taken=taken, seed=SEED, count=DRAWN)


def write_corpus(corpus: Path, out: Path) -> int:
    """Write every drawn article with its manifest row and the NOTICE (ecb53's writer); return how many."""
    return ecb_corpus53.write_corpus(corpus, out, picks=drawn(corpus), halves=HALVES, date_of=published)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
