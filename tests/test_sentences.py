"""Sentence boundaries: a blank line always ends a sentence (datelines, headings, signature lines)."""

from pathlib import Path

import pytest

from conftest import ROOT

WIKINEWS = ROOT / "tests" / "data" / "gold" / "wikinews" / "texts"


class TestParagraphBreaks:
    def test_a_dateline_is_a_sentence_of_its_own(self, nlp):
        text = next(WIKINEWS.glob("wn_2019-09-13_*.txt")).read_text(encoding="utf-8")
        doc = nlp(text)
        first = next(doc.sents)
        assert first.text.strip() == text.split("\n\n", 1)[0].strip()

    @pytest.mark.parametrize("path", sorted(WIKINEWS.glob("*.txt"))[:4], ids=lambda p: p.name[:20])
    def test_no_sentence_spans_a_blank_line(self, nlp, path: Path):
        doc = nlp(path.read_text(encoding="utf-8"))
        assert not [s.text for s in doc.sents if "\n\n" in s.text.strip()]

    def test_a_single_line_break_is_left_to_the_parser(self, nlp):
        doc = nlp("Russian President Vladimir Putin met\nthe American envoy in Moscow on Wednesday.")
        assert len(list(doc.sents)) == 1
