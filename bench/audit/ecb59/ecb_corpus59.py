"""Draw an eighth set of ECB+ news articles for an event gold (round ecb59): articles no earlier round drew.

Rounds ecb52 to ecb58 drew 40, 20, 20, 20, 20, 10 and 10 articles; their dev halves have been read row by row and rules
were made on them, and their held-out halves have been scored since. This round draws one further article for each of
``DRAWN`` topics among the articles the seven rounds left, with its own seed, as one held-out half, ``test6``:
annotated blind and scored on the code of the session that drew it, its errors never read. Drawn and written by
ecb53's functions, dated by ecb54's rule.

    PYTHONPATH=bench/audit/ecb52:bench/audit/ecb53:bench/audit/ecb54:bench/audit/ecb55:bench/audit/ecb56:bench/audit/ecb57:bench/audit/ecb58 \
        .venv/bin/python bench/audit/ecb59/ecb_corpus59.py ECB_PLUS_DIR OUT_DIR

ECB+: Cybulska and Vossen, LREC 2014; the NewsReader project; CC BY 3.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ecb_corpus53
import ecb_corpus54
import ecb_corpus58

HALVES = ("test6",)
DRAWN = 10
SEED = 59


def earlier(corpus: Path) -> set[Path]:
    """The articles the rounds before this one drew (ecb52 to ecb58)."""
    return ecb_corpus58.earlier(corpus) | set(ecb_corpus58.drawn(corpus))


def drawn(corpus: Path) -> list[Path]:
    """One article no earlier round drew for each of ``DRAWN`` topics, with this round's seed, in drawn order."""
    return ecb_corpus53.drawn(corpus, taken=earlier(corpus), seed=SEED, count=DRAWN)


def write_corpus(corpus: Path, out: Path) -> int:
    """Write every drawn article with its manifest row and the NOTICE (ecb53's writer); return how many."""
    return ecb_corpus53.write_corpus(corpus, out, picks=drawn(corpus), halves=HALVES, date_of=ecb_corpus54.published)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
