"""The event gold on White House statements and articles of 2025-26 (``tests/data/gold/wh-events-test``, round
``wh50test``, the held-out half): it is well formed, it comes back byte for byte from its round's script, its texts
are the test half of ``bench/audit/wh50/wh_corpus.py``'s draw, unchanged, and it shares no text with another event
gold.

The texts are works of the United States government (public domain; see the gold's ``texts/NOTICE``). This half is
held out: no rule is made on it and nobody reads its error rows; the tests check only its form.
"""

from __future__ import annotations

import sys

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "wh-events-test", "wh50/make_gold_wh50test.py", 8, 53


class TestWhEventGold:
    """Each file names its text, and every event's spans fall inside it; each document carries its day of
    publication and the outlet "The White House"; presidential messages date history back to the 18th century."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet="The White House",
                         centuries=("20", "19", "18", "17"))

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_test_half_of_the_white_house_draw_unchanged(self, tmp_path):
        audit = str(ROOT / "bench" / "audit" / "wh50")
        if audit not in sys.path:
            sys.path.insert(0, audit)
        import wh_corpus

        wh_corpus.write_corpus(tmp_path)
        test = set(wh_corpus.half("test"))
        assert len(test) == FILES and not test & set(wh_corpus.half("dev"))
        texts = DATA / "gold" / FOLDER / "texts"
        assert gold_texts(DATA / "gold" / FOLDER) == test
        for name in test:
            assert (texts / name).read_bytes() == (tmp_path / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (tmp_path / "NOTICE").read_bytes()

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*"))
