"""What only a place undergoes marks a name as a place: the object of "annexed", "invaded", "entered", and the
subject of their passives ("when Crimea was annexed").

A real sentence of a White House page (public domain; /work/shared/corpora/whitehouse-ukraine: the press briefing
of 2025-02-20); the other two are ours.
"""

from __future__ import annotations

from toolkit.nlp.entities import mentions, repair_entities

ANNEXED = ("I was in Northern Europe working out of the Baltics when Crimea was annexed and was — a lot — a lot of "
           "this came on Twitter.")


def _evidence(nlp, text: str, name: str) -> list[str | None]:
    return [m.evidence for m in mentions(repair_entities(nlp(text))) if m.text == name]


class TestPlaceVerbs:
    def test_the_subject_of_a_passive_place_verb(self, nlp):
        assert _evidence(nlp, ANNEXED, "Crimea") == ["place-object"]

    def test_the_object_of_annex(self, nlp):
        assert _evidence(nlp, "Russia annexed Crimea in 2014.", "Crimea") == ["place-object"]

    def test_the_subject_of_another_passive_is_left(self, nlp):
        assert _evidence(nlp, "Crimea was mentioned by the President.", "Crimea") != ["place-object"]
