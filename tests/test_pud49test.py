"""The held-out half of round pud49's event gold on news of other outlets (``tests/data/gold/pud-events-test``): it is
well formed, it comes back byte for byte from its round's script, it holds exactly the PUD news documents at the even
positions of the file (2nd, 4th, ..., 108th), each text byte for byte what ``bench/audit/pud49/pud_corpus.py``
writes, and it shares no text with another event gold.

The texts are short excerpts of news articles of many outlets from UD English PUD with Universal NER's annotation
(CC BY-SA 3.0; see the folder's ``texts/NOTICE``), with no date or outlet. No rule is made on this gold: it is the
lead's held-out test of the rules made on the other half; the tests check only its form.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

FOLDER = "pud-events-test"
SCRIPT = ROOT / "bench" / "audit" / "pud49" / "make_gold_pud49test.py"
FILES, EVENTS = 54, 66


def _pud_corpus():
    path = ROOT / "bench" / "audit" / "pud49" / "pud_corpus.py"
    spec = importlib.util.spec_from_file_location("pud49_pud_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestPudEventsTest:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, SCRIPT, files=FILES)

    def test_it_holds_the_even_documents_byte_for_byte(self):
        pud_corpus = _pud_corpus()
        even = [f"pud_{doc_id}.txt" for doc_id, _ in pud_corpus.documents()[1::2]]
        texts = DATA / "gold" / FOLDER / "texts"
        assert sorted(p.name for p in texts.glob("*.txt")) == sorted(even)
        with tempfile.TemporaryDirectory() as tmp:
            pud_corpus.write_corpus(Path(tmp))
            for name in even:
                assert (texts / name).read_bytes() == (Path(tmp) / name).read_bytes(), name
            assert (texts / "NOTICE").read_bytes() == (Path(tmp) / "NOTICE").read_bytes()
            rows = (Path(tmp) / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        ours = (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert ours[0] == rows[0] and sorted(ours[1:]) == sorted(r for r in rows[1:] if r.split("\t")[0] in even)

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER])
