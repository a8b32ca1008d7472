"""Write the news excerpts of UD English PUD (as kept in ``tests/data/gold/uner-pud-news-dev``) as a small corpus of
plain texts, one file per document, in the layout of ``/work/shared/corpora/*`` (texts, ``MANIFEST.tsv``, ``NOTICE``),
so that :func:`gold_writer.write_event_gold` can copy them into an event gold like any Wikinews text.

PUD's news documents are short excerpts (two to five consecutive sentences) of articles from many English-language
outlets; they carry no date, title or outlet. Each sentence becomes a paragraph of its own (wire copy sets one
sentence a paragraph), and a document is named by its PUD id (``pud_n01001.txt``). The excerpts are CC BY-SA 3.0
(Universal NER on UD English PUD); the NOTICE says so and keeps the source's credit.

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/pud49/pud_corpus.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold" / "uner-pud-news-dev"
SOURCE = "github:UniversalNER/UNER_English-PUD@07ea0553144e3fcf3d6633efe2a075b725a0d262:en_pud-ud-test.iob2"


def documents(path: Path = GOLD / "en_pud-ud-test-news-dev.iob2") -> list[tuple[str, list[str]]]:
    """The file's documents in order: ``(id, sentences)``."""
    docs: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            docs.append((line.split("= ", 1)[1].strip(), []))
        elif line.startswith("# text = "):
            docs[-1][1].append(line.split("= ", 1)[1].strip())
    return docs


def write_corpus(out: Path) -> int:
    """Write every document as ``pud_<id>.txt`` with its manifest row and the NOTICE; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\ttitle\tdate\turl\tsource\twords"]
    docs = documents()
    for doc_id, sents in docs:
        name = f"pud_{doc_id}.txt"
        text = "\n\n".join(sents) + "\n"
        (out / name).write_text(text, encoding="utf-8")
        rows.append(f"{name}\tPUD news excerpt {doc_id}\t\t\t{SOURCE} newdoc {doc_id}\t{len(text.split())}")
    (out / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    notice = ("News excerpts of UD English PUD with Universal NER's annotation (Mayhew et al., NAACL 2024), from\n"
              f"{SOURCE}\n(UD English PUD: github:UniversalDependencies/UD_English-PUD). Licence: CC BY-SA 3.0\n"
              "(https://creativecommons.org/licenses/by-sa/3.0/); these texts are the file's sentences unchanged, one\n"
              "paragraph each, and are shared under the same licence.\n")
    (out / "NOTICE").write_text(notice, encoding="utf-8")
    return len(docs)


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1])))
