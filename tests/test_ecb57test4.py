"""The blind, held-out event gold on the ECB+ news articles of round ecb57 (``tests/data/gold/ecb-events-test4``): it
is well formed, comes back byte for byte from its round's script, holds the ``test4`` half of the round's corpus
(``bench/audit/ecb57/corpus``) unchanged, and shares no text with another event gold.

The texts are ten news articles of ten outlets (ECB+, CC BY 3.0; see the gold's ``texts/NOTICE``). The gold is held
out: no rule is made on it, and the tests check only its form.
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, HALF, FILES, EVENTS = "ecb-events-test4", "ecb57/make_gold_ecb57test4.py", "test4", 10, 95
CORPUS = ROOT / "bench" / "audit" / "ecb57" / "corpus"


def _rows() -> list[str]:
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    return [row for row in rows[1:] if row.split("\t")[-1] == HALF]


class TestEcb57Test4EventGold:
    """Each file names its text, and every event's spans fall inside it; an article with a date in the manifest
    carries it as ``published``, one without carries null; no file has an outlet."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, centuries=("20", "19"),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_test4_half_of_the_corpus_unchanged(self):
        texts, rows = DATA / "gold" / FOLDER / "texts", _rows()
        assert len(rows) == FILES
        assert gold_texts(DATA / "gold" / FOLDER) == {row.split("\t")[0] for row in rows}
        for row in rows:
            name = row.split("\t")[0]
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:] == rows

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*",
                                              "ecb-events-*"))
