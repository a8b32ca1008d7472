"""The event gold on blog and newsgroup posts that repost or discuss news of other outlets (``tests/data/gold/
ewt-events-dev``, round ``ewt50dev``): it is well formed, it comes back byte for byte from its round's script, its
texts are the dev half of UD English EWT's news and commentary posts, unchanged, and it shares no text with another
event gold.

The texts are weblog and newsgroup posts of 2003-2006 (UD English EWT with Universal NER's annotation, CC BY-SA 4.0;
see the gold's ``texts/NOTICE``). No rule was made on this gold; the tests check only its form.
"""

from __future__ import annotations

import sys

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "ewt-events-dev", "ewt50/make_gold_ewt50dev.py", 12, 84


class TestEwtEventGold:
    """Each file names its text, and every event's spans fall inside it; each post carries its date, no outlet."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, dated=True)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_dev_half_of_ewt_news_unchanged(self, tmp_path):
        audit = str(ROOT / "bench" / "audit" / "ewt50")
        if audit not in sys.path:
            sys.path.insert(0, audit)
        import ewt_corpus

        ewt_corpus.write_corpus(tmp_path)
        dev = set(ewt_corpus.half("dev"))
        assert len(dev) == FILES and not dev & set(ewt_corpus.half("test"))
        texts = DATA / "gold" / FOLDER / "texts"
        assert gold_texts(DATA / "gold" / FOLDER) == dev
        for name in dev:
            assert (texts / name).read_bytes() == (tmp_path / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (tmp_path / "NOTICE").read_bytes()

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*"))
