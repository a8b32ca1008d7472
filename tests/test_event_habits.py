"""A verb of habit frames the act (round events19, ``ASPECT_VERBS`` of toolkit/nlp/predicates.py): "tend
to X" tells a habit of doing X, so X is the event, with the frame's tense ("Existing treatments have
tended to take hours to set": take; "The study showed the actor rat … tend to switch the lever": switch,
reported by the study); a kind's habit in the simple present stays a statement about the kind ("Ice
shelves tend to weaken as they move": no row).

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2019-11-21 Slippery
business: materials scientists invent new coating for self-cleaning toilets; wn_2020-04-30 Neuroscientists tell Wikinews about
empathy and harm aversion observed in lab rats (audited in round events19); wn_2019-10-12 Scientists
describe how upside-down rivers of warm water break Antarctica's ice.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

TREATMENTS = "Existing treatments have tended to take hours to set.\n"

RATS = ("The study showed the actor rat, which pressed the lever tend to switch the lever to avoid shocking the other "
        "rat.\n")

ICE = "Ice shelves tend to weaken as they move, forming cracks and crevasses at their edges and stretch points.\n"


class TestTendToFramesTheAct:
    """No row for "tend"; the verb it governs is the event."""

    def test_treatments_take_hours(self, nlp, tmp_path):
        events = events_of(TREATMENTS, dt.date(2019, 4, 11), "treatments", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "tend"].empty
        assert not events[events["verb"] == "take"].empty

    def test_the_rat_switches(self, nlp, tmp_path):
        events = events_of(RATS, dt.date(2020, 4, 30), "rats", nlp=nlp, folder=tmp_path)
        switch = events[events["verb"] == "switch"]
        assert events[events["verb"] == "tend"].empty
        assert not switch.empty and (switch["reported_by"] == "the study").all()


class TestAKindsHabit:
    """A plural kind's habit in the simple present is a statement about the kind."""

    def test_ice_shelves(self, nlp, tmp_path):
        events = events_of(ICE, dt.date(2019, 10, 12), "ice", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "weaken"].empty
