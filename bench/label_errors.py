"""Entity label errors by kind: GUM's news mentions matched with a label of another kind, each with its sentence.

Not a test and no score (``toolkit evaluate --gum`` gives the figures): a list to read when looking for
the next general kind of label error. Each line is GUM's type, the label given, GUM's mention, the
toolkit's mention and entity name, the document, then the sentence; a count per kind ends the list.
GUM nests mentions ("Texas" inside "University of Texas Arlington"), so a "place labelled ORG" is often a
place inside a body's name, not an error of the toolkit: read the sentence.

    PYTHONPATH=$PWD .venv/bin/python bench/label_errors.py [tests/data/gold/gum-news]

For the Wikinews entity golds, ``toolkit evaluate --errors 50 GOLD`` lists the misses and mislabellings.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

from toolkit.evaluation.gum import GUM_NAMED_LABELS, GUM_TYPE_LABELS, read_gum
from toolkit.evaluation.scoring import overlap
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document


def main(folder: str = "tests/data/gold/gum-news") -> None:
    gum = [d for p in sorted(Path(folder).rglob("*.conllu")) for d in read_gum(p)]
    docs = [Document(id=d.id, path=d.id, text=d.text, sha256=hashlib.sha256(d.text.encode()).hexdigest()) for d in gum]
    mentions = extract(docs).mentions
    kinds: Counter = Counter()
    for d in gum:
        rows = mentions[(mentions["doc"] == d.id) & mentions["label"].isin(GUM_NAMED_LABELS)].to_dict("records")
        for g in d.named:
            if g["etype"] not in GUM_TYPE_LABELS:
                continue
            span = (g["start"], g["end"])
            hits = [r for r in rows if overlap(span, (int(r["start"]), int(r["end"]))) > 0]
            if not hits:
                continue
            best = max(hits, key=lambda r: overlap(span, (int(r["start"]), int(r["end"]))))
            if best["label"] in GUM_TYPE_LABELS[g["etype"]]:
                continue
            kinds[(g["etype"], best["label"])] += 1
            start = max(d.text.rfind(". ", 0, g["start"]) + 1, d.text.rfind("\n", 0, g["start"]) + 1)
            end = d.text.find(". ", g["end"])
            sentence = d.text[start: len(d.text) if end < 0 else end + 1].strip()
            print(f"{g['etype']:>12} -> {best['label']:6} | {g['text']!r} got {best['text']!r} ({best['name']}) | {d.id}\n"
                  f"      {sentence[:300]}")
    for (etype, label), n in kinds.most_common():
        print(f"{n:4d}  {etype} labelled {label}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
