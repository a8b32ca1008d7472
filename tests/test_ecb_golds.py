"""The blind event golds on the ECB+ news articles of rounds ecb53 to ecb59 (``tests/data/gold/ecb-events-dev3`` to
``ecb-events-dev9``, and the held-out ``ecb-events-test3`` to ``ecb-events-test6``): each is well formed, comes back
byte for byte from its round's script, holds its half of its round's corpus (``bench/audit/<round>/corpus``)
unchanged, and shares no text with another event gold.

The texts are one hundred and ten news articles (ECB+, CC BY 3.0; see each gold's ``texts/NOTICE``). The tests check
only the golds' form; the rules made on them are tested in ``test_rules_ecb53.py``, ``test_rules_ecb54.py`` and
``test_rules_ecb55.py`` and ``test_rules_s56.py``.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

# half: (round, gold folder, script under bench/audit, files, events, centuries of the dates)
GOLDS = {"dev3": ("ecb53", "ecb-events-dev3", "ecb53/make_gold_ecb53dev3.py", 10, 102, ("20",)),
         "dev4": ("ecb53", "ecb-events-dev4", "ecb53/make_gold_ecb53dev4.py", 10, 104, ("20",)),
         "dev5": ("ecb54", "ecb-events-dev5", "ecb54/make_gold_ecb54dev5.py", 10, 171, ("20",)),
         "dev6": ("ecb54", "ecb-events-dev6", "ecb54/make_gold_ecb54dev6.py", 10, 117, ("20", "19")),
         "dev7": ("ecb55", "ecb-events-dev7", "ecb55/make_gold_ecb55dev7.py", 10, 99, ("20",)),
         "dev8": ("ecb55", "ecb-events-dev8", "ecb55/make_gold_ecb55dev8.py", 10, 146, ("20", "19")),
         "dev9": ("ecb56", "ecb-events-dev9", "ecb56/make_gold_ecb56dev9.py", 10, 145, ("20",)),
         "test3": ("ecb56", "ecb-events-test3", "ecb56/make_gold_ecb56test3.py", 10, 131, ("20", "19")),
         "test4": ("ecb57", "ecb-events-test4", "ecb57/make_gold_ecb57test4.py", 10, 95, ("20", "19")),
         "test5": ("ecb58", "ecb-events-test5", "ecb58/make_gold_ecb58test5.py", 10, 155, ("20",)),
         "test6": ("ecb59", "ecb-events-test6", "ecb59/make_gold_ecb59test6.py", 10, 126, ("20", "19"))}


def _corpus(half: str):
    return ROOT / "bench" / "audit" / GOLDS[half][0] / "corpus"


def _rows(half: str) -> list[str]:
    rows = (_corpus(half) / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    return [row for row in rows[1:] if row.split("\t")[-1] == half]


@pytest.mark.parametrize("half", sorted(GOLDS))
class TestEcbEventGolds:
    """Each file names its text, and every event's spans fall inside it; an article with a date in the manifest
    carries it as ``published``, one without carries null; no file has an outlet."""

    def test_gold_is_well_formed(self, half):
        _, folder, _, files, events, centuries = GOLDS[half]
        check_event_gold(DATA / "gold" / folder, files=files, events=events, outlet=None, centuries=centuries,
                         dated=None)

    def test_the_committed_gold_comes_back_from_its_script(self, half):
        _, folder, script, files, _, _ = GOLDS[half]
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / script, files=files)

    def test_the_texts_are_their_half_of_the_corpus_unchanged(self, half):
        _, folder, _, files, _, _ = GOLDS[half]
        texts, corpus = DATA / "gold" / folder / "texts", _corpus(half)
        rows = _rows(half)
        assert len(rows) == files
        assert gold_texts(DATA / "gold" / folder) == {row.split("\t")[0] for row in rows}
        for row in rows:
            name = row.split("\t")[0]
            assert (texts / name).read_bytes() == (corpus / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (corpus / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:] == rows

    def test_no_text_is_shared_with_another_event_gold(self, half):
        check_texts_apart([GOLDS[half][1]], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*",
                                                      "wh-events-*", "ecb-events-*"))
