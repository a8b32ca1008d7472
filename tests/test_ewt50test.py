"""The held-out half of round ewt50's event gold on weblog and newsgroup posts that repost or discuss news of other
outlets (``tests/data/gold/ewt-events-test``): it is well formed, it comes back byte for byte from its round's script,
it holds exactly ``ewt_corpus.half("test")`` (the 1st, 3rd, ... news and commentary post of UD English EWT's weblogs
and newsgroups), each text byte for byte what ``bench/audit/ewt50/ewt_corpus.py`` writes, with its manifest row and
date, and it shares no text with another event gold.

The texts are posts of 2003-2006 from UD English EWT with Universal NER's annotation (CC BY-SA 4.0; see the folder's
``texts/NOTICE``); each gold file has the post's date and no outlet. No rule is made on this gold: it is the lead's
held-out test of the rules made on the other half; the tests check only its form.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

FOLDER = "ewt-events-test"
SCRIPT = ROOT / "bench" / "audit" / "ewt50" / "make_gold_ewt50test.py"
FILES, EVENTS = 12, 48


def _ewt_corpus():
    path = ROOT / "bench" / "audit" / "ewt50" / "ewt_corpus.py"
    spec = importlib.util.spec_from_file_location("ewt50_ewt_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestEwtEventsTest:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, dated=True)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, SCRIPT, files=FILES)

    def test_it_holds_the_test_half_byte_for_byte(self):
        ewt_corpus = _ewt_corpus()
        half = ewt_corpus.half("test")
        assert len(half) == FILES and not set(half) & set(ewt_corpus.half("dev"))
        texts = DATA / "gold" / FOLDER / "texts"
        assert sorted(p.name for p in texts.glob("*.txt")) == sorted(half)
        with tempfile.TemporaryDirectory() as tmp:
            ewt_corpus.write_corpus(Path(tmp))
            for name in half:
                assert (texts / name).read_bytes() == (Path(tmp) / name).read_bytes(), name
            assert (texts / "NOTICE").read_bytes() == (Path(tmp) / "NOTICE").read_bytes()
            rows = (Path(tmp) / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        ours = (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert ours[0] == rows[0] and sorted(ours[1:]) == sorted(r for r in rows[1:] if r.split("\t")[0] in half)
        assert sum(int(r.split("\t")[-1]) for r in ours[1:]) == 2048  # the half's words, as the corpus counts them

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*"))
