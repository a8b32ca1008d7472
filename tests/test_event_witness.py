"""Verbs that place a thing in time (round events13, toolkit/nlp/descriptions.py): a verb of
witnessing with a time for subject tells what happened in that time, and "came" with a thing for
subject and the time of another event dates the thing; neither is an act. And the progressive of
"suffer from" tells a condition (toolkit/nlp/circumstances.py).

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold; the Mugabe
article is in the quote gold wikinews-dev2): wn_2019-01-12 State-run bus crashes in Cuba en route
to Havana, killing seven; wn_2019-09-09 Longtime leader of Zimbabwe Robert Mugabe dies aged 95;
wn_2020-04-05 SARS-CoV-2 surpasses one million infections worldwide; wn_2020-09-05 Germany says
Alexei Navalny poisoned with Novichok.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.descriptions import relates_in_time

ROADS = ("Cuban roads suffer a large number of accidents; 2018 saw 11,187 recorded accidents leading to 750 "
         "deaths and 7,999 injuries.\n")


class TestTimeAsWitness:
    """"2018 saw 11,187 recorded accidents", "The following election in 2013 saw a substantial
    victory for Mugabe": the year is no agent and "saw" no act; the acts of the sentence stay."""

    def test_a_year_sees_nothing(self, nlp, tmp_path):
        events = events_of(ROADS, dt.date(2019, 1, 12), "roads", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty

    def test_an_election_in_a_year_is_no_time(self, nlp):
        doc = nlp("The following election in 2013 saw a substantial victory for Mugabe, and despite Tsvangirai's "
                  "allegations of widespread fraud, Mugabe ended the power-sharing.")
        saw = next(t for t in doc if t.text == "saw")
        # (its subject is an event, not a time: left to the other rules)
        assert not relates_in_time(saw, "see")
        assert not relates_in_time(next(t for t in doc if t.text == "ended"), "end")


MILESTONE = ("The milestone came the same day Malawi confirmed its first coronavirus infections and Zambia had its "
             "first coronavirus-related death.\n")


class TestThingCameInTheTimeOfAnother:
    """"The milestone came the same day Malawi confirmed …": like "came two days after", the
    sentence dates the milestone by another event; "came" is no act, the confirming is one."""

    def test_the_milestone_does_not_come(self, nlp, tmp_path):
        events = events_of(MILESTONE, dt.date(2020, 4, 5), "milestone", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty
        assert not events[events["verb"] == "confirm"].empty


SUFFERING = ("Navalny was airlifted from Omsk to Berlin in August when he was suffering from a serious medical "
             "condition.\n")


class TestSufferingFromACondition:
    """"when he was suffering from a serious medical condition": the progressive of "suffer from"
    tells a condition that lasted, a state (toolkit/nlp/circumstances.py)."""

    def test_the_condition_is_no_event(self, nlp, tmp_path):
        events = events_of(SUFFERING, dt.date(2020, 9, 5), "navalny", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "suffer"].empty
