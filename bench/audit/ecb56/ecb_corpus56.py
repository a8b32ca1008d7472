"""Draw a fifth set of ECB+ news articles for event golds (round ecb56): articles no earlier round drew.

Rounds ecb52 to ecb55 drew 40, 20, 20 and 20 articles; their dev halves have been read row by row and rules were made
on them, so they no longer stand for unseen news. This round draws one further article for each of ``DRAWN`` topics
among the articles the four rounds left, with its own seed, and cuts them into ``HALVES``: ``dev9``, read row by row
for rules as the dev halves before it, and ``test3``, held out: annotated blind and scored, its errors never read.
Drawn and written by ecb53's functions, dated by ecb54's rule.

    PYTHONPATH=bench/audit/ecb52:bench/audit/ecb53:bench/audit/ecb54:bench/audit/ecb55 .venv/bin/python \
        bench/audit/ecb56/ecb_corpus56.py ECB_PLUS_DIR OUT_DIR

ECB+: Cybulska and Vossen, LREC 2014; the NewsReader project; CC BY 3.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ecb_corpus53
import ecb_corpus54
import ecb_corpus55

HALVES = ("dev9", "test3")
DRAWN = 20
SEED = 56


def drawn(corpus: Path) -> list[Path]:
    """One article no earlier round drew for each of ``DRAWN`` topics, with this round's seed, in drawn order."""
    taken = set(ecb_corpus55.drawn(corpus)) | set(ecb_corpus55.earlier(corpus))
    return ecb_corpus53.drawn(corpus, taken=taken, seed=SEED, count=DRAWN)


def write_corpus(corpus: Path, out: Path) -> int:
    """Write every drawn article with its manifest row and the NOTICE (ecb53's writer); return how many."""
    return ecb_corpus53.write_corpus(corpus, out, picks=drawn(corpus), halves=HALVES, date_of=ecb_corpus54.published)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
