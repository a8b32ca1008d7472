"""Round iaa47's second, independent event annotation of the twelve texts of ``tests/data/gold/wikinews-events-dev29``
and ``-dev30`` (``bench/audit/iaa47/second/``, an agreement study, not a gold of the suite): it is well formed, it
comes back from its script, and it annotates the very texts of the first gold.

The texts are Wikinews articles of 2019–2020 (Pelosi elected Speaker, sevengill sharks in False Bay, a Maker Faire in
Tyler, Pohiva's death, a stampede at Soleimani's funeral, a PG&E helicopter crash; Iran's downing of a Ukrainian jet,
Kobe Bryant's death, John Horton Conway's death, one million SARS-CoV-2 infections in the US, Hana Kimura's death, a
crash at Calicut): Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". No rule is made
here; the tests check only the annotation's form.
"""

from __future__ import annotations

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script

SECOND = ROOT / "bench" / "audit" / "iaa47" / "second"
FIRST = [DATA / "gold" / "wikinews-events-dev29", DATA / "gold" / "wikinews-events-dev30"]


class TestSecondAnnotation:
    """The second annotation is a well-formed event gold folder whose offsets lie in its texts."""

    def test_it_is_well_formed(self):
        check_event_gold(SECOND, files=12, events=121)

    def test_the_committed_annotation_comes_back_from_its_script(self):
        check_event_gold_from_script(SECOND, ROOT / "bench" / "audit" / "iaa47" / "make_second.py", files=12)

    def test_it_annotates_the_first_gold_s_texts_byte_for_byte(self):
        first = {p.name: p for folder in FIRST for p in (folder / "texts").glob("*.txt")}
        second = {p.name: p for p in (SECOND / "texts").glob("*.txt")}
        assert set(first) == set(second) and len(second) == 12
        assert all(first[name].read_bytes() == second[name].read_bytes() for name in second)
