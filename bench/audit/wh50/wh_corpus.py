"""Pick short White House statements and articles of 2025-26 (``/work/shared/corpora/whitehouse-2025``, public domain)
for an event gold, and write them as a small corpus in the layout :func:`gold_writer.write_event_gold` reads (texts,
a ``MANIFEST.tsv`` with ``file, title, date, url, source, words``, a ``NOTICE``).

The White House is a publisher the event golds had not read: its statements, readouts, joint statements, messages
and articles (round-ups that quote other outlets and officials) are primary-source news. The candidates are the
corpus's ``briefings-statements`` and ``articles`` of 150 to 450 words, less the documents of the source set
``seeds/whitehouse-ukraine`` (matched by their date and slug); sixteen are drawn with a fixed seed, and
:func:`half` splits them: ``"dev"`` the 1st, 3rd, … drawn, ``"test"`` the 2nd, 4th, … (held out).

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/wh50/wh_corpus.py OUT_DIR
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path("/work/shared/corpora/whitehouse-2025")
CATEGORIES = ("briefings-statements", "articles")
WORDS = (150, 450)
DRAWN = 16
SEED = 50


def _in_source_set() -> set[str]:
    """The ``date_slug`` of every document of the White House source set."""
    names = (p.name for p in (ROOT / "seeds" / "whitehouse-ukraine").glob("*.txt"))
    return {n.split("_wh_", 1)[1].removesuffix(".txt")[:60] for n in names if "_wh_" in n}


def drawn() -> list[list[str]]:
    """The drawn documents' manifest rows, in the order drawn."""
    rows = [r.split("\t") for r in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    taken = _in_source_set()
    candidates = [r for r in rows if r[2] in CATEGORIES and WORDS[0] <= int(r[6]) <= WORDS[1]
                  and r[0].split("__", 1)[1].removesuffix(".txt")[:60] not in taken]
    return random.Random(SEED).sample(sorted(candidates), DRAWN)


def half(which: str) -> list[str]:
    """The file names of one half: ``"dev"`` the 1st, 3rd, … drawn, ``"test"`` the 2nd, 4th, …."""
    names = [r[0] for r in drawn()]
    return names[0::2] if which == "dev" else names[1::2]


def write_corpus(out: Path) -> int:
    """Copy the drawn texts with a manifest (date = the day of publication) and the NOTICE; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    lines = ["file\ttitle\tdate\turl\tsource\twords"]
    rows = drawn()
    for file, title, category, published, url, source, words in rows:
        shutil.copyfile(CORPUS / file, out / file)
        lines.append(f"{file}\t{title}\t{published[:10]}\t{url}\t{source}\t{words}")
    (out / "MANIFEST.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "NOTICE").write_text(
        "White House statements and articles of 2025-26, from /work/shared/corpora/whitehouse-2025 (texts of\n"
        "whitehouse.gov as mirrored by github:brian14708/wh-briefings; the manifest's source column names each file).\n"
        "Works of the United States government: public domain.\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1])))
