"""Write out the UNER dev errors with their sentences: every gold name not found, every label
disagreement, every predicted name that is no gold name.

    python bench/audit/uner41/rows.py tests/data/gold/uner-pud-news-dev tests/data/gold/uner-ewt-news-dev > rows.txt

Dev folders only: never point it at a *-heldout folder.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from toolkit.evaluation.scoring import overlap
from toolkit.evaluation.uner import UNER_TYPE_LABELS, read_uner
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def sentence_of(text: str, start: int, end: int, bounds: list[tuple[int, int]]) -> str:
    for a, b in bounds:
        if a <= start < b:
            return text[a:b]
    return text[max(0, start - 100):end + 100]


def sentence_bounds(path: Path) -> dict[str, list[tuple[int, int]]]:
    """Each document's sentence spans, rebuilt as read_uner joins them (by a space)."""
    out: dict[str, list[tuple[int, int]]] = {}
    doc, at = path.stem, 0
    for line in path.open(encoding="utf-8"):
        if line.startswith("# newdoc id = "):
            doc, at = line.split("= ", 1)[1].strip(), 0
        elif line.startswith("# text = "):
            s = line.rstrip("\n").split("= ", 1)[1]
            out.setdefault(doc, []).append((at, at + len(s)))
            at += len(s) + 1
    return out


def main(folders: list[str]) -> None:
    for folder in folders:
        if "heldout" in folder:
            raise SystemExit("dev folders only")
        paths = sorted(Path(folder).glob("*.iob2"))
        docs = [d for p in paths for d in read_uner(p)]
        bounds = {k: v for p in paths for k, v in sentence_bounds(p).items()}
        documents = [Document(id=d.id, path=d.id, text=d.text, sha256=hashlib.sha256(d.text.encode()).hexdigest())
                     for d in docs]
        mentions = extract(documents).mentions
        rows = {"MISSED": [], "LABEL": [], "SPURIOUS": []}
        for d in docs:
            m = mentions[(mentions["doc"] == d.id) & mentions["label"].isin(NAME_LABELS)]
            spans = [(int(r.start), int(r.end), r.label) for r in m.itertuples()]
            for s, e, kind in d.names:
                hits = [x for x in spans if overlap((s, e), x[:2]) > 0]
                sent = sentence_of(d.text, s, e, bounds.get(d.id, []))
                if not hits:
                    rows["MISSED"].append(f"{d.id}\t{kind}\t{d.text[s:e]!r}\n    | {sent}")
                    continue
                best = max(hits, key=lambda x: overlap((s, e), x[:2]))
                if best[2] not in UNER_TYPE_LABELS[kind]:
                    rows["LABEL"].append(f"{d.id}\tgold {kind} {d.text[s:e]!r}\tours {best[2]} "
                                         f"{d.text[best[0]:best[1]]!r}\n    | {sent}")
            for s, e, label in spans:
                if label != "NORP" and not any(overlap((s, e), n[:2]) > 0 for n in d.names):
                    rows["SPURIOUS"].append(f"{d.id}\tours {label} {d.text[s:e]!r}\n    | "
                                            f"{sentence_of(d.text, s, e, bounds.get(d.id, []))}")
        print(f"######## {Path(folder).name}")
        for kind, lines in rows.items():
            print(f"==== {kind} ({len(lines)})")
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
