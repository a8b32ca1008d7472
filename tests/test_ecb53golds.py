"""The blind event golds on round ecb53's ECB+ news articles (``tests/data/gold/ecb-events-dev3`` and
``ecb-events-dev4``): each is well formed, comes back byte for byte from its round's script, holds its half of
``bench/audit/ecb53/corpus`` unchanged, and shares no text with another event gold.

The texts are twenty news articles of twenty outlets (ECB+, CC BY 3.0; see each gold's ``texts/NOTICE``). The tests
check only the golds' form; the rules made on them are tested in ``test_rules_ecb53.py``.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

CORPUS = ROOT / "bench" / "audit" / "ecb53" / "corpus"
# half: (gold folder, script under bench/audit, files, events)
GOLDS = {"dev3": ("ecb-events-dev3", "ecb53/make_gold_ecb53dev3.py", 10, 102),
         "dev4": ("ecb-events-dev4", "ecb53/make_gold_ecb53dev4.py", 10, 104)}


def _rows(half: str) -> list[str]:
    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    return [row for row in rows[1:] if row.split("\t")[-1] == half]


@pytest.mark.parametrize("half", sorted(GOLDS))
class TestEcb53EventGolds:
    """Each file names its text, and every event's spans fall inside it; an article with a date in the manifest
    carries it as ``published``, one without carries null; no file has an outlet."""

    def test_gold_is_well_formed(self, half):
        folder, _, files, events = GOLDS[half]
        check_event_gold(DATA / "gold" / folder, files=files, events=events, outlet=None, centuries=("20",),
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self, half):
        folder, script, files, _ = GOLDS[half]
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / script, files=files)

    def test_the_texts_are_their_half_of_the_corpus_unchanged(self, half):
        folder, _, files, _ = GOLDS[half]
        texts = DATA / "gold" / folder / "texts"
        rows = _rows(half)
        assert len(rows) == files
        assert gold_texts(DATA / "gold" / folder) == {row.split("\t")[0] for row in rows}
        for row in rows:
            name = row.split("\t")[0]
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:] == rows

    def test_no_text_is_shared_with_another_event_gold(self, half):
        check_texts_apart([GOLDS[half][0]], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*",
                                                      "wh-events-*", "ecb-events-*"))
