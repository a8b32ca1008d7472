"""Event rules of round events11 on passives without an agent done to a thing, each checked on a
real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold, none in
an event gold): wn_2019-01-06 Senator Ted Cruz proposes amendment to U.S. Constitution setting
Congressional term limits, wn_2019-02-05 Block of flats collapses in Aleppo, killing eleven and
wn_2019-08-05 Wikinews attends Texas Haunters Convention.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

AMENDMENT = "The 22nd amendment establishing a legal limit on presidential terms was passed in 1947.\n"
SURVIVOR = "The survivor was rescued from beneath broken breeze blocks.\n"
FOCUSED = ("Halloween-themed, the event was focused on equipment, techniques, props and costumes used in haunted "
           "attractions and home haunts.\n")


class TestActDoneToAThing:
    """"The 22nd amendment … was passed in 1947", "The survivor was rescued …": a passive in the
    simple past or the present perfect on a definite noun tells an act done by someone the text
    does not name; it is an event with no subject."""

    def test_amendment_was_passed(self, nlp, tmp_path):
        events = events_of(AMENDMENT, dt.date(2019, 1, 6), "amendment", nlp=nlp, folder=tmp_path)
        passed = events[events["verb"] == "pass"]
        assert len(passed) == 1 and passed["subject"].isna().all()
        assert "amendment" in passed["object"].iloc[0]

    def test_survivor_was_rescued(self, nlp, tmp_path):
        events = events_of(SURVIVOR, dt.date(2019, 2, 5), "survivor", nlp=nlp, folder=tmp_path)
        assert len(events[events["verb"] == "rescue"]) == 1


class TestStatalPassive:
    """"the event was focused on equipment …": a participle that names a lasting state (what a
    thing is about, where it lies, what it is made of) is no act, whatever its tense."""

    def test_focused_on_is_no_event(self, nlp, tmp_path):
        events = events_of(FOCUSED, dt.date(2019, 8, 5), "focused", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "focus"].empty
