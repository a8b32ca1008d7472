"""Universal NER as entity gold: reading its IOB2 files, scoring the extraction's names against them.

Universal NER (UNER, Mayhew et al., NAACL 2024; CC BY-SA) marks people (PER), organisations (ORG)
and places (LOC) in the sentences of Universal Dependencies treebanks. Its English PUD sentences are
cut from news articles of many outlets, and its EWT weblogs comment on the news: text from other
publishers than the Wikinews and White House texts the rules were written on. Each document's text
is rebuilt from its sentences (the ``# text`` lines, joined by a space) so that the gold names get
character offsets; the extraction's mentions are then scored against them.

UNER's conventions are not the toolkit's (it has no nationalities, and calls a place that stands for
its government or team an organisation), so the label agreement is a floor, read with that in mind.

Example:
    >>> print(evaluate_uner(Path("tests/data/gold/uner-pud-news-dev"))["found_and_right"])   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit.core.errors import SourceError
from toolkit.evaluation.scoring import overlap
from toolkit.reading.sources import Document

# What each UNER type is found as. A nationality (NORP) counts as finding a name but never as its label.
UNER_TYPE_LABELS = {"PER": {"PERSON"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"}}
# The toolkit's labels of names; NORP finds a gold name but is left out of precision, since UNER tags no
# nationalities.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


@dataclass
class UnerDocument:
    """One UNER document: its text rebuilt from its sentences and its gold names (start, end, type)."""

    id: str
    text: str = ""
    names: list[tuple[int, int, str]] = field(default_factory=list)


def read_uner(path: str | Path) -> list[UnerDocument]:
    """Read a UNER IOB2 file into documents with character offsets.

    Each token row is ``index, form, tag, …``; ``# newdoc id =`` opens a document and ``# text =``
    gives a sentence's text, in which the forms are found in order.

    Raises:
        SourceError: when the file has a token before any sentence text, or a form its sentence lacks.
    """
    path = Path(path)
    documents: list[UnerDocument] = []
    sentence: str | None = None
    tokens: list[tuple[str, str, int]] = []  # form, tag, line number

    def close_sentence() -> None:
        nonlocal sentence, tokens
        if sentence is None:
            return
        if not documents:
            documents.append(UnerDocument(id=path.stem))
        doc = documents[-1]
        base = len(doc.text) + 1 if doc.text else 0
        doc.text = f"{doc.text} {sentence}" if doc.text else sentence
        at, name = 0, None
        for form, tag, line_no in tokens:
            i = sentence.find(form, at)
            if i < 0:
                raise SourceError(f"{path}: line {line_no}: the token {form!r} is not in its sentence's text")
            start, end, at = base + i, base + i + len(form), i + len(form)
            if tag.startswith("B-") or (tag.startswith("I-") and name is None):
                if name:
                    doc.names.append(tuple(name))
                name = [start, end, tag[2:]]
            elif tag.startswith("I-"):
                name[1] = end
            elif name:
                doc.names.append(tuple(name))
                name = None
        if name:
            doc.names.append(tuple(name))
        sentence, tokens = None, []

    with path.open(encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                close_sentence()
                documents.append(UnerDocument(id=line.split("= ", 1)[1].strip()))
            elif line.startswith("# text = "):
                close_sentence()
                sentence = line.split("= ", 1)[1]
            elif line and not line.startswith("#"):
                fields = line.split("\t")
                if sentence is None or len(fields) < 3:
                    raise SourceError(f"{path}: line {line_no}: a token row outside a sentence, or without a tag")
                tokens.append((fields[1], fields[2], line_no))
        close_sentence()
    return documents


def evaluate_uner(folder: Path, *, nlp=None) -> dict:
    """Score the extraction's names against every ``*.iob2`` file of a folder (one set)."""
    from toolkit.extraction.tables import extract

    docs = [d for p in sorted(Path(folder).glob("*.iob2")) for d in read_uner(p)]
    if not docs:
        raise SourceError(f"{folder}: no UNER documents (*.iob2 files) in it")
    documents = [Document(id=d.id, path=d.id, text=d.text, sha256=hashlib.sha256(d.text.encode()).hexdigest())
                 for d in docs]
    ex = extract(documents, nlp=nlp)
    return {**score_uner(ex.mentions, docs), "folder": Path(folder).name}


def score_uner(mentions: pd.DataFrame, docs: list[UnerDocument]) -> dict:
    """Score predicted mentions (doc, label, start, end) against UNER documents.

    A gold name is found when a predicted name overlaps it; its label is right when the predicted
    name that overlaps it most has a label of its type. A predicted name (not a nationality) that
    overlaps no gold name is spurious.
    """
    gold = found = right = predicted = spurious = 0
    errors: dict[str, list[dict]] = {"missed": [], "mislabelled": [], "spurious": []}
    for d in docs:
        rows = mentions[(mentions["doc"] == d.id) & mentions["label"].isin(_NAME_LABELS)]
        spans = [(int(r.start), int(r.end), r.label) for r in rows.itertuples()]
        for start, end, kind in d.names:
            gold += 1
            hits = [s for s in spans if overlap((start, end), s[:2]) > 0]
            if not hits:
                errors["missed"].append({"doc": d.id, "text": d.text[start:end], "type": kind})
                continue
            found += 1
            best = max(hits, key=lambda s: overlap((start, end), s[:2]))
            if best[2] in UNER_TYPE_LABELS.get(kind, ()):
                right += 1
            else:
                errors["mislabelled"].append({"doc": d.id, "text": d.text[start:end], "type": kind,
                                              "predicted": best[2], "predicted_text": d.text[best[0]:best[1]]})
        for start, end, label in spans:
            if label == "NORP":
                continue
            predicted += 1
            if not any(overlap((start, end), n[:2]) > 0 for n in d.names):
                spurious += 1
                errors["spurious"].append({"doc": d.id, "text": d.text[start:end], "label": label})

    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    return {"uner": True, "documents": len(docs), "gold": gold, "found": found, "recall": ratio(found, gold),
            "label_agreement": ratio(right, found), "found_and_right": ratio(right, gold),
            "predicted": predicted, "precision": ratio(predicted - spurious, predicted), "errors": errors}
