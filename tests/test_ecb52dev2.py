"""The event gold on real news of other publishers (``tests/data/gold/ecb-events-dev2``, round ``ecb52-dev2``): it is
well formed, it comes back byte for byte from its round's script, its texts are the ``dev2`` half of the ECB+ articles
in ``bench/audit/ecb52/corpus/``, unchanged, and it shares no text with another event gold.

The texts are news articles of ten outlets of 2005-2013 (ECB+, Cybulska and Vossen, LREC 2014, CC BY 3.0; see the
gold's ``texts/NOTICE``). No rule was made on this gold; the tests check only its form.
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "ecb-events-dev2", "ecb52/make_gold_ecb52dev2.py", 10, 155
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"


def _half(rows: list[str], dated: bool) -> list[str]:
    return [row for row in rows if bool(row.split("\t")[2]) == dated]


class TestEcbEventGold:
    """Each file names its text, and every event's spans fall inside it; no outlet; an article that prints its date
    carries it as ``published``, the others none."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, centuries=("20", "19"),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_dev2_half_of_the_corpus_unchanged(self):
        rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        half = [row for row in rows[1:] if row.split("\t")[-1] == "dev2"]
        names = {row.split("\t")[0] for row in half}
        texts = DATA / "gold" / FOLDER / "texts"
        assert len(names) == FILES and gold_texts(DATA / "gold" / FOLDER) == names
        for name in names:
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines() == [rows[0], *half]

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*",
                                              "ecb-events-*"))
