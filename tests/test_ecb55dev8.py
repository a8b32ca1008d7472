"""The blind event gold on the ``dev8`` half of round ecb55's ECB+ news articles (``tests/data/gold/ecb-events-dev8``,
round ``ecb55dev8``): it is well formed, it comes back byte for byte from its round's script, it holds its half of
``bench/audit/ecb55/corpus`` unchanged, and it shares no text with another event gold.

The texts are ten news articles of ten outlets (ECB+, CC BY 3.0; see the gold's ``texts/NOTICE``). No rule was made
on this gold; the tests check only its form (the lead merges them into ``test_ecb_golds.py``).
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, HALF, FILES, EVENTS = "ecb-events-dev8", "ecb55/make_gold_ecb55dev8.py", "dev8", 10, 146
CORPUS = ROOT / "bench" / "audit" / "ecb55" / "corpus"


def _rows() -> list[str]:
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    return [row for row in rows[1:] if row.split("\t")[-1] == HALF]


class TestEcb55Dev8EventGold:
    """Each file names its text, and every event's spans fall inside it; an article with a date in the manifest
    carries it as ``published``, one without carries null; no file has an outlet."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, centuries=("20", "19"),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_their_half_of_the_corpus_unchanged(self):
        texts = DATA / "gold" / FOLDER / "texts"
        rows = _rows()
        assert len(rows) == FILES
        assert gold_texts(DATA / "gold" / FOLDER) == {row.split("\t")[0] for row in rows}
        for row in rows:
            name = row.split("\t")[0]
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:] == rows

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*",
                                              "wh-events-*", "ecb-events-*"))
