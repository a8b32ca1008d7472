"""The event gold on news excerpts of other outlets than Wikinews (``tests/data/gold/pud-events-dev``, round
``pud49dev``): it is well formed, it comes back byte for byte from its round's script, its texts are UD English PUD's
news documents at the odd positions of the file, unchanged, and it shares no text with another event gold.

The texts are short excerpts of news articles of many outlets (UD English PUD with Universal NER's annotation,
CC BY-SA 3.0; see the gold's ``texts/NOTICE``). No rule was made on this gold; the tests check only its form.
"""

from __future__ import annotations

import sys

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "pud-events-dev", "pud49/make_gold_pud49dev.py", 54, 84


class TestPudEventGold:
    """Each file names its text, and every event's spans fall inside it; the excerpts carry no date or outlet."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None,
                         centuries=("20", "19", "18"))

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_odd_documents_of_pud_news_unchanged(self, tmp_path):
        audit = str(ROOT / "bench" / "audit" / "pud49")
        if audit not in sys.path:
            sys.path.insert(0, audit)
        import pud_corpus

        pud_corpus.write_corpus(tmp_path)
        odd = {f"pud_{doc_id}.txt" for doc_id, _ in pud_corpus.documents()[0::2]}
        texts = DATA / "gold" / FOLDER / "texts"
        assert gold_texts(DATA / "gold" / FOLDER) == odd
        for name in odd:
            assert (texts / name).read_bytes() == (tmp_path / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (tmp_path / "NOTICE").read_bytes()

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*"))
