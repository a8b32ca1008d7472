"""Draw a second set of ECB+ news articles for event golds (round ecb53): articles round ecb52 did not draw.

Round ecb52 (``bench/audit/ecb52/``) drew one article for each of 40 ECB+ topics; its dev halves have been read row by
row and rules were made on them, so they no longer stand for unseen news. This round draws one further article for
each of ``DRAWN`` topics among the articles ecb52 left, with its own seed, and cuts them into ``HALVES`` (``dev3``,
``dev4``). The articles are joined back into prose by ecb52's own ``ecb_corpus`` (same join, same manifest columns),
except that the publication date is also read where an outlet prints the month in capitals ("MAY 3, 2013") or the
date in figures ("05/05/2010", month first, as US outlets print it), which ecb52's rule missed.

    PYTHONPATH=bench/audit/ecb52 .venv/bin/python bench/audit/ecb53/ecb_corpus53.py ECB_PLUS_DIR OUT_DIR

ECB+: Cybulska and Vossen, LREC 2014; the NewsReader project; CC BY 3.0.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import ecb_corpus

HALVES = ("dev3", "dev4")
DRAWN = 20
SEED = 53
_FIGURES = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b")


def published(lines: list[str]) -> str:
    """ecb52's date rule, also for a month in capitals and a US date in figures; ``""`` when none is printed."""
    found = ecb_corpus.published([line.title() if line.isupper() or re.search(r"\b[A-Z]{3,}\s+\d", line) else line
                                  for line in lines])
    if found:
        return found
    for line in lines[:4]:
        m = _FIGURES.search(line)
        if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
            return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return ""


def drawn(corpus: Path, *, taken: set[Path] | None = None, seed: int = SEED, count: int = DRAWN) -> list[Path]:
    """One article not ``taken`` (by default: ecb52's) for each of ``count`` topics, drawn with ``seed``, in the order
    drawn."""
    taken = set(ecb_corpus.drawn(corpus)) if taken is None else taken
    rng = random.Random(seed)
    topics = sorted((d for d in corpus.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name))
    picks = []
    for topic in topics:
        left = [p for p in sorted(topic.glob("*ecbplus.xml")) if p not in taken
                and ecb_corpus.TOKENS[0] <= sum(map(len, ecb_corpus.sentences(p))) <= ecb_corpus.TOKENS[1]]
        if left:
            picks.append(rng.choice(left))
    return rng.sample(picks, count)


def write_corpus(corpus: Path, out: Path, *, picks: list[Path] | None = None, halves: tuple[str, ...] = HALVES,
                 date_of=published) -> int:
    """Write every drawn article (``picks``, by default this round's draw) as ``ecb_<topic>_<n>.txt``, dated by
    ``date_of``, with its manifest row and the NOTICE, cut into ``halves``; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\ttitle\tdate\turl\tsource\twords\thalf"]
    picks = drawn(corpus) if picks is None else picks
    for which in halves:
        for path in picks[halves.index(which)::len(halves)]:
            url, host, lines = ecb_corpus.article(path)
            name = "ecb_" + path.stem.replace("ecbplus", "") + ".txt"
            text = "\n\n".join(lines) + "\n"
            (out / name).write_text(text, encoding="utf-8")
            rows.append(f"{name}\t{lines[0].replace(chr(9), ' ')}\t{date_of(lines)}\t{url}\t{host} "
                        f"({ecb_corpus.SOURCE}/{path.parent.name}/{path.name})\t{len(text.split())}\t{which}")
    (out / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    notice = (Path(ecb_corpus.__file__).parent / "corpus" / "NOTICE").read_text(encoding="utf-8")
    (out / "NOTICE").write_text(notice, encoding="utf-8")
    return len(rows) - 1


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1]), Path(sys.argv[2])))
