"""Draw a fourth set of ECB+ news articles for event golds (round ecb55): articles no earlier round drew.

Rounds ecb52, ecb53 and ecb54 drew 40, 20 and 20 articles; their dev halves have been read row by row and rules were
made on them, so they no longer stand for unseen news. This round draws one further article for each of ``DRAWN``
topics among the articles the three rounds left, with its own seed, and cuts them into ``HALVES`` (``dev7``,
``dev8``). The articles are joined back into prose by ecb52's ``ecb_corpus``, drawn and written by ecb53's functions
and dated by ecb54's rule (a day printed as an ordinal read as its number).

    PYTHONPATH=bench/audit/ecb52:bench/audit/ecb53:bench/audit/ecb54 .venv/bin/python \
        bench/audit/ecb55/ecb_corpus55.py ECB_PLUS_DIR OUT_DIR

ECB+: Cybulska and Vossen, LREC 2014; the NewsReader project; CC BY 3.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ecb_corpus
import ecb_corpus53
import ecb_corpus54

HALVES = ("dev7", "dev8")
DRAWN = 20
SEED = 55


def earlier(corpus: Path) -> set[Path]:
    """The articles the rounds before this one drew (ecb52, ecb53, ecb54)."""
    return set(ecb_corpus.drawn(corpus)) | set(ecb_corpus53.drawn(corpus)) | set(ecb_corpus54.drawn(corpus))


def drawn(corpus: Path) -> list[Path]:
    """One article no earlier round drew for each of ``DRAWN`` topics, with this round's seed, in drawn order."""
    return ecb_corpus53.drawn(corpus, taken=earlier(corpus), seed=SEED, count=DRAWN)


def write_corpus(corpus: Path, out: Path) -> int:
    """Write every drawn article with its manifest row and the NOTICE (ecb53's writer); return how many."""
    return ecb_corpus53.write_corpus(corpus, out, picks=drawn(corpus), halves=HALVES, date_of=ecb_corpus54.published)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
