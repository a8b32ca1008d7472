"""The event gold on real news of other publishers (``tests/data/gold/ecb-events-test``, round ``ecb52-test``, a
held-out half): it is well formed, it comes back byte for byte from its round's script, its texts are the ``test`` half
of ``bench/audit/ecb52/corpus/``, unchanged, with their manifest rows and the corpus's NOTICE, and it shares no text
with another event gold.

The texts are ten news articles of the ECB+ corpus (Cybulska and Vossen, LREC 2014; CC BY 3.0; see the gold's
``texts/NOTICE``), each from an outlet of its own. Three carry a publication date in the manifest and seven none, so
the form check runs on each group with the parameter that fits it (``dated`` for the first, ``published`` null for the
second). This half is held out: no rule is made on it and nobody reads its error rows; the tests check only its form.
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "ecb-events-test", "ecb52/make_gold_ecb52test.py", 10, 188
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"


def _test_half() -> dict[str, str]:
    """The corpus's manifest rows of the test half, by file name."""
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[0]: row for row in rows if row.split("\t")[-1] == "test"}


class TestEcbEventGold:
    """Each file names its text, and every event's spans fall inside it; an article with a date in the manifest has
    it as ``published``, one without has ``published`` null; no file has an outlet."""

    def test_gold_is_well_formed(self):
        check_event_gold(DATA / "gold" / FOLDER, files=FILES, events=EVENTS, outlet=None, centuries=("20",),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_test_half_of_the_ecb_corpus_unchanged(self):
        half = _test_half()
        texts = DATA / "gold" / FOLDER / "texts"
        assert len(half) == FILES and gold_texts(DATA / "gold" / FOLDER) == set(half)
        for name in half:
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        manifest = (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert manifest[0] == (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[0]
        assert sorted(manifest[1:]) == sorted(half.values())

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*",
                                              "ecb-events-*"))
