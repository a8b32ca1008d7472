"""Session 48's mends of session 47's second reading: one rule for an "acting" that tells the way the main act was
done (toolkit/nlp/means_participles.py, which properties.py no longer repeats), and one list of storms' kinds and name
openers (toolkit/nlp/lexicon.py) shared by the storm names, the votes and the missed names.

Sentences are written for the tests, in the form of Wikinews reports (CC BY 2.5) quoted in test_ev46a and test_ev47b.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import events_of, records_headed_by
from toolkit.nlp.missed import untagged_storms
from toolkit.nlp.votes import is_storm


def _events(nlp, tmp_path, text, day=dt.date(2019, 3, 16)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


class TestActingInACapacity:
    """An "acting" with the way or standing it acts in, or a fronted one with only manners, is no act of its own."""

    @pytest.mark.parametrize("text", [
        "Acting via his lawyers, Volodymyr Zhukovskyy, 23, pleaded not guilty on Tuesday.",
        "Acting on behalf of the family, the lawyer filed a complaint on Monday.",
        "The lawyer filed a complaint on Monday, acting on behalf of the family.",
    ])
    def test_the_main_act_only(self, nlp, tmp_path, text):
        events = _events(nlp, tmp_path, text)
        assert not records_headed_by(events, "act")
        assert records_headed_by(events, "plead") or records_headed_by(events, "file")

    def test_control_a_finite_act(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "The city council acted on the report on Tuesday.")
        assert records_headed_by(events, "act")


class TestStormOpeners:
    """Every grade word and kind of the one list opens a storm's name; a kind alone that opens given names does not."""

    @pytest.mark.parametrize("key", ["hurricane lorenzo", "tropical storm barry", "subtropical storm alberto",
                                     "super typhoon haiyan", "tropical depression three"])
    def test_a_storms_name(self, key):
        assert is_storm(key)

    @pytest.mark.parametrize("key", ["storm reid", "national hurricane center", "depression era"])
    def test_control_not_a_storm(self, key):
        assert not is_storm(key)

    def test_an_untagged_subtropical_storm_is_found_whole(self, nlp):
        doc = nlp("Subtropical Storm Alberto made landfall on Monday near Laguna Beach, Florida.")
        assert [span.text for span in untagged_storms(doc, set())] == ["Subtropical Storm Alberto"]


class TestNoPassiveOfARule:
    """A passive under "shall" prescribes, as laws and orders do: no event (toolkit/nlp/passive_forms.py). The
    sentence is the severability clause of the White House's executive order of 6 August 2025 (public domain)."""

    def test_shall_not_be_affected(self, nlp, tmp_path):
        text = ("If any provision of this order or the application of any provision of this order to any individual "
                "or circumstance is held to be invalid, the remainder of this order and the application of its "
                "provisions to any other individuals or circumstances shall not be affected thereby.")
        assert not records_headed_by(_events(nlp, tmp_path, text), "affect")

    def test_control_a_modal_of_an_occasion(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "The guardrail would be examined by Monday, the agency said.")
        assert records_headed_by(events, "examine")


class TestNoProgressiveOnAPronoun:
    """A progressive passive on "they" tells what keeps happening to people the speaker does not name: no event
    (toolkit/nlp/passives.py). The sentence is President Trump's, from the White House's transcript of 19 February
    2025 (public domain)."""

    def test_theyre_being_captured(self, nlp, tmp_path):
        text = ("And, obviously, they're not easy to capture, but they're being captured in record numbers, and "
                "they're being brought out of our country.")
        events = _events(nlp, tmp_path, text)
        assert not records_headed_by(events, "capture") and not records_headed_by(events, "bring")

    def test_control_a_named_patient(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Passengers at airports are being screened for the virus, officials said.")
        assert records_headed_by(events, "screen")
