"""A service of two words that somebody posts on or goes through is a body, not a place: "Truth Social".

The model reads "on Truth Social" and "via Truth Social" as a place (GPE) about as often as not. A name of two or
three capitalised words after a posting "on" ("the president's post on Truth Social") or after "via" is the
service the thing went through, as one word after them already is ("on Twitter"), unless it is a known place ("via
Hong Kong").

Real sentences of White House pages (public domain; /work/shared/corpora/whitehouse-ukraine: the press briefing of
2025-02-20, the Cabinet meeting of 2025-02-26; the last, a control, is ours).
"""

from __future__ import annotations

from conftest import entity_index

from toolkit.nlp.entities import mentions, repair_entities

BRIEFING = ("Q After the president’s post on Truth Social yesterday, need to know: Who does he think is more "
            "responsible for the Russian invasion of Ukraine, Putin or Zelenskyy?")
CABINET = ("So, I guess there was a — like, last week, the president en- — encouraged me, via Truth Social and also "
           "via phone call, to be more aggressive.")
TRAVEL = "The delegation flew via Hong Kong to London on Monday."


def _evidence(nlp, text: str, name: str) -> list[str | None]:
    return [m.evidence for m in mentions(repair_entities(nlp(text))) if m.text == name]


class TestServicesOfTwoWords:
    """The posting "on" and "via" mark a service of two words as one."""

    def test_a_post_on_the_service(self, nlp):
        assert _evidence(nlp, BRIEFING, "Truth Social") == ["medium-post"]

    def test_via_the_service(self, nlp):
        assert _evidence(nlp, CABINET, "Truth Social") == ["medium-post"]

    def test_the_set_votes_the_service_a_body(self, nlp):
        index = entity_index(nlp, BRIEFING + "\n\n" + CABINET)
        assert index.label_of.get("Truth Social") == "ORG"

    def test_a_known_place_after_via_stays_a_place(self, nlp):
        assert "medium-post" not in _evidence(nlp, TRAVEL, "Hong Kong")
