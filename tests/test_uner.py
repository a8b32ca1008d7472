"""Universal NER as entity gold: the IOB2 reader on the stored UNER files, and the scorer on hand-built frames.

The UNER files under tests/data/gold/uner-* are CC BY-SA (Universal NER, on the sentences of UD English PUD and
EWT); see each folder's SOURCE.txt and LICENSE.txt.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from toolkit.core.errors import SourceError
from toolkit.evaluation import uner
from toolkit.evaluation.report import format_report
from toolkit.evaluation.scoring import overlap
from toolkit.evaluation.uner import read_uner, score_uner

GOLD = Path(__file__).resolve().parent / "data" / "gold"
PUD_DEV = GOLD / "uner-pud-news-dev" / "en_pud-ud-test-news-dev.iob2"


@pytest.fixture(scope="module")
def pud_dev():
    return read_uner(PUD_DEV)


class TestReadUner:
    def test_every_gold_name_is_the_text_at_its_offsets(self, pud_dev):
        names = [(d.text[s:e], t) for d in pud_dev for s, e, t in d.names]
        assert len(pud_dev) == 108 and len(names) > 150
        assert all(text == text.strip() and text for text, _ in names)
        assert {t for _, t in names} == {"PER", "ORG", "LOC"}

    def test_a_document_is_its_sentences_joined(self, pud_dev):
        first = pud_dev[0]
        assert first.id == "n01001"
        assert first.text.startswith("“While much of the digital transition is unprecedented in the United States")
        assert " For those who follow social media transitions on Capitol Hill," in first.text
        assert ("Kori Schulman", "PER") in {(first.text[s:e], t) for s, e, t in first.names}
        assert ("United States", "LOC") in {(first.text[s:e], t) for s, e, t in first.names}

    def test_the_halves_share_no_document(self):
        halves = [{d.id for p in (GOLD / f"uner-{src}-news-{half}").glob("*.iob2") for d in read_uner(p)}
                  for src in ("pud", "ewt") for half in ("dev", "heldout")]
        assert halves[0].isdisjoint(halves[1]) and halves[2].isdisjoint(halves[3])
        assert all(halves)

    def test_a_token_its_sentence_lacks_names_the_file_and_line(self, tmp_path):
        bad = tmp_path / "bad.iob2"
        bad.write_text("# newdoc id = d1\n# text = Kyiv is far.\n1\tKyiv\tB-LOC\t-\t-\n2\tKiev\tO\t-\t-\n",
                       encoding="utf-8")
        with pytest.raises(SourceError, match=r"bad\.iob2: line 4: the token 'Kiev'"):
            read_uner(bad)


class TestScoreUner:
    @staticmethod
    def _rows(doc, *found):
        rows = []
        for text, label in found:
            start = doc.text.index(text)
            rows.append({"doc": doc.id, "label": label, "start": start, "end": start + len(text), "text": text})
        return pd.DataFrame(rows, columns=["doc", "label", "start", "end", "text"])

    def test_found_labelled_and_spurious(self, pud_dev):
        doc = pud_dev[0]
        rows = self._rows(doc, ("Kori Schulman", "PERSON"), ("United States", "ORG"), ("blog", "ORG"),
                          ("Monday", "DATE"))
        result = score_uner(rows, [doc])
        assert result["gold"] == len(doc.names) and result["found"] == 2
        assert result["found_and_right"] == pytest.approx(1 / len(doc.names))
        assert result["predicted"] == 3 and result["precision"] == pytest.approx(2 / 3)  # DATE is no name
        assert [e["text"] for e in result["errors"]["mislabelled"]] == ["United States"]
        assert [e["text"] for e in result["errors"]["spurious"]] == ["blog"]

    def test_a_nationality_finds_a_name_but_is_never_spurious(self, pud_dev):
        doc = pud_dev[0]
        result = score_uner(self._rows(doc, ("Obama", "NORP"), ("digital", "NORP")), [doc])
        assert result["found"] == 1 and result["predicted"] == 0 and not result["errors"]["spurious"]

    def test_the_report_gives_the_figures_and_lists_errors_only_when_asked(self, pud_dev):
        doc = pud_dev[0]
        result = {**score_uner(self._rows(doc, ("United States", "PERSON")), [doc]), "folder": "uner-x"}
        assert "UNER names of uner-x (1 documents" in format_report(result)
        assert "name mislabelled     United States: gold LOC, got United States PERSON" in format_report(result, errors=3)
        assert "mislabelled" not in format_report(result)

    def test_scores_with_the_one_overlap(self):
        assert uner.overlap is overlap


def test_evaluate_uner_scores_a_folder_with_the_real_extraction(nlp, tmp_path):
    # The first three PUD news documents, with the file's own lines: the extraction finds most of their names.
    lines, docs = [], 0
    for line in PUD_DEV.read_text(encoding="utf-8").splitlines(keepends=True):
        docs += line.startswith("# newdoc id = ")
        if docs > 3:
            break
        lines.append(line)
    (tmp_path / "three.iob2").write_text("".join(lines), encoding="utf-8")
    result = uner.evaluate_uner(tmp_path, nlp=nlp)
    assert result["folder"] == tmp_path.name and result["documents"] == 3
    assert result["recall"] >= 0.5 and 0 < result["precision"] <= 1
    found = {e["text"] for e in result["errors"]["missed"]}
    assert "Kori Schulman" not in found  # a full name after a title is found


def test_evaluate_uner_refuses_an_empty_folder(tmp_path):
    with pytest.raises(SourceError, match="no UNER documents"):
        uner.evaluate_uner(tmp_path)
