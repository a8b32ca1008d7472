"""The event gold on short White House statements and articles of 2025-26 (``tests/data/gold/wh-events-dev``, round
``wh50dev``): it is well formed, it comes back byte for byte from its round's script, its texts are the dev half of
``wh_corpus``'s draw, unchanged, and it shares no text with another event gold.

The texts are works of the United States government (public domain; see the gold's ``texts/NOTICE``). No rule was
made on this gold; the tests check only its form.
"""

from __future__ import annotations

import sys

import pytest
from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "wh-events-dev", "wh50/make_gold_wh50dev.py", 8, 39


class TestWhEventGold:
    """Each file names its text, and every event's spans fall inside it; each document carries its day of
    publication and the outlet "The White House"; a proclamation's history reaches back to 1782."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet="The White House",
                         centuries=("20", "19", "17"))

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_dev_half_of_the_draw_unchanged(self, tmp_path):
        audit = str(ROOT / "bench" / "audit" / "wh50")
        if audit not in sys.path:
            sys.path.insert(0, audit)
        import wh_corpus

        if not wh_corpus.CORPUS.exists():
            pytest.skip(f"the White House corpus is not on this machine ({wh_corpus.CORPUS})")
        wh_corpus.write_corpus(tmp_path)
        dev = set(wh_corpus.half("dev"))
        assert len(dev) == FILES and not dev & set(wh_corpus.half("test"))
        texts = DATA / "gold" / FOLDER / "texts"
        assert gold_texts(DATA / "gold" / FOLDER) == dev
        for name in dev:
            assert (texts / name).read_bytes() == (tmp_path / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (tmp_path / "NOTICE").read_bytes()

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*"))
