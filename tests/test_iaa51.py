"""Rounds iaa51, iaa52, iaa55, iaa56, iaa57 and iaa58: second, independent event annotations of ten golds' texts
(bench/audit/iaa51/README.md; round iaa52, the two held-out halves of the ECB+ golds,
bench/audit/ecb52/README-second-*.md; round iaa55, the held-out half of round ecb56,
bench/audit/ecb56/README-second-ecb56test3.md; round iaa56, the held-out half of round ecb57,
bench/audit/ecb57/README-second-ecb57test4.md; round iaa57, the held-out half test5 of round ecb58,
bench/audit/ecb58/README-second-ecb58test5.md; round iaa58, the held-out half test6 of round ecb59,
bench/audit/ecb59/README-second-ecb59test6.md).

Each ``<gold>-second`` folder holds the same texts as its first annotation, byte for byte, annotated again by a
helper who saw neither the first annotation nor the toolkit's output; ``bench/agreement.py`` scores one annotator
against the other. The tests check the folders' form and that the agreement scorer reads them as the evaluation does.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script

# (first annotation, script under bench/audit, files, events, outlet, dated, centuries)
SECOND = [
    ("wikinews-events-val", "iaa51/make_second_wn.py", 4, 56, "Wikinews", False, ("20", "19", "18")),
    ("pud-events-test", "iaa51/make_second_pud.py", 54, 66, None, False, ("20", "19")),
    ("ewt-events-test", "iaa51/make_second_ewt.py", 12, 48, None, True, ("20", "19")),
    ("wh-events-test", "iaa51/make_second_wh.py", 8, 46, "The White House", False, ("20", "19", "18", "17")),
    ("ecb-events-test", "ecb52/make_second_ecb52test.py", 10, 175, None, None, ("20", "19")),
    ("ecb-events-test2", "ecb52/make_second_ecb52test2.py", 10, 135, None, None, ("20", "19")),
    ("ecb-events-test3", "ecb56/make_second_ecb56test3.py", 10, 119, None, None, ("20", "19")),
    ("ecb-events-test4", "ecb57/make_second_ecb57test4.py", 10, 121, None, None, ("20", "19")),
    ("ecb-events-test5", "ecb58/make_second_ecb58test5.py", 10, 158, None, None, ("20", "19")),
    ("ecb-events-test6", "ecb59/make_second_ecb59test6.py", 10, 133, None, None, ("20", "19")),
]


def _agreement():
    spec = importlib.util.spec_from_file_location("bench_agreement", ROOT / "bench" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_agreement", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("first, script, files, events, outlet, dated, centuries", SECOND)
class TestSecondAnnotation:

    def test_gold_is_well_formed(self, first, script, files, events, outlet, dated, centuries):
        check_event_gold(DATA / "gold" / f"{first}-second", files=files, events=events, outlet=outlet, dated=dated,
                         centuries=centuries)

    def test_the_committed_gold_comes_back_from_its_script(self, first, script, files, events, outlet, dated,
                                                           centuries):
        check_event_gold_from_script(DATA / "gold" / f"{first}-second", ROOT / "bench" / "audit" / script,
                                     files=files)

    def test_the_texts_are_the_first_annotations(self, first, script, files, events, outlet, dated, centuries):
        ours, theirs = DATA / "gold" / f"{first}-second" / "texts", DATA / "gold" / first / "texts"
        names = sorted(p.name for p in theirs.glob("*.txt"))
        assert sorted(p.name for p in ours.glob("*.txt")) == names
        assert all((ours / n).read_bytes() == (theirs / n).read_bytes() for n in names)


class TestAgreementScorer:
    """The second annotator's rows scored as predictions against the first's, as ``toolkit evaluate`` pairs them."""

    def test_a_gold_agrees_with_itself(self):
        folder = DATA / "gold" / "ewt-events-dev"
        totals = _agreement().between_annotators(folder, folder)
        assert totals["right"] == totals["rows"] == totals["matched"] == totals["gold"] == 84

    def test_two_annotators_differ_somewhere(self):
        # two careful readings of the same posts are not one: the scorer sees where they part
        first, second = DATA / "gold" / "ewt-events-test", DATA / "gold" / "ewt-events-test-second"
        totals = _agreement().between_annotators(first, second)
        assert totals["rows"] == 48 and totals["gold"] == 48
        assert 0 < totals["right"] < totals["rows"]

    def test_golds_of_other_texts_are_refused(self):
        with pytest.raises(SystemExit, match="documents differ"):
            _agreement().between_annotators(DATA / "gold" / "ewt-events-dev", DATA / "gold" / "ewt-events-test")
