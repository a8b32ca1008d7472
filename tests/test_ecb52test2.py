"""The event gold on real news articles of outlets no rule was made on (``tests/data/gold/ecb-events-test2``, round
``ecb52-test2``): it is well formed, it comes back byte for byte from its round's script, its texts are the ``test2``
half of the ECB+ articles of ``bench/audit/ecb52/corpus/``, unchanged, and it shares no text with another event gold.

The texts are ten news articles of ten outlets of 2004-2013 (ECB+, CC BY 3.0; see the gold's ``texts/NOTICE``). No
rule was made on this gold; the tests check only its form.
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "ecb-events-test2", "ecb52/make_gold_ecb52test2.py", 10, 140
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"


def _half_rows() -> list[str]:
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    return [row for row in rows[1:] if row.split("\t")[-1] == "test2"]


class TestEcbEventGoldTest2:
    """Each file names its text, and every event's spans fall inside it; no outlet, and each article carries the
    manifest's date, or null where the manifest has none (one article)."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, centuries=("20", "19"),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_test2_half_of_the_corpus_unchanged(self):
        texts = DATA / "gold" / FOLDER / "texts"
        half = {row.split("\t")[0] for row in _half_rows()}
        assert len(half) == FILES
        assert gold_texts(DATA / "gold" / FOLDER) == half
        for name in half:
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        manifest = (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert manifest[0] == (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[0]
        assert sorted(manifest[1:]) == sorted(_half_rows())

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*",
                                              "ecb-events-*"))
