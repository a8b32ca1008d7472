"""Event rules of round events11 on passives without an agent done to a thing, each checked on a
real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold, none in
an event gold): wn_2019-01-06 Senator Ted Cruz proposes amendment to U.S. Constitution setting
Congressional term limits, wn_2019-02-05 Block of flats collapses in Aleppo, killing eleven,
wn_2019-08-05 Wikinews attends Texas Haunters Convention, wn_2020-02-27 Former Egyptian President Hosni
Mubarak dies, wn_2020-04-14 Iranian International Master Dorsa Derakhshani discusses her chess career
with Wikinews, wn_2019-08-30 Gillibrand ends US presidential bid, wn_2020-02-23 Bernie Sanders wins 2020
Nevada caucuses and wn_2020-10-22 Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng; and
wn_2019-10-05 Four stabbed to death at Paris police headquarters (event dev gold 7).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from conftest import events_of

AMENDMENT = "The 22nd amendment establishing a legal limit on presidential terms was passed in 1947.\n"
SURVIVOR = "The survivor was rescued from beneath broken breeze blocks.\n"
FUNERAL = "A military funeral was held for Mubarak on Wednesday.\n"
SENTENCED = "Numerous times, over the years, people have been sentenced to death penalty for renouncing Islam.\n"
GILLIBRAND = (
    "Before joining the Senate, Gillibrand served in the U.S. House of Representatives. She was first elected to the "
    "House in 2006.\n"
)
EMPLOYED = (
    "Officials said the man was 45 years old and born in the French territory of Martinique. He was employed with the "
    "police since 2003 and was hearing impaired.\n"
)
FOCUSED = ("Halloween-themed, the event was focused on equipment, techniques, props and costumes used in haunted "
           "attractions and home haunts.\n")


class TestActDoneToAThing:
    """"The 22nd amendment … was passed in 1947", "The survivor was rescued …", "A military funeral
    was held …": a passive in the simple past or the present perfect on a particular thing (with
    a definite article, a possessive, "a", "no" or "all") tells an act done by someone the text
    does not name; it is an event with no subject."""

    def test_amendment_was_passed(self, nlp, tmp_path):
        events = events_of(AMENDMENT, dt.date(2019, 1, 6), "amendment", nlp=nlp, folder=tmp_path)
        passed = events[events["verb"] == "pass"]
        assert len(passed) == 1 and passed["subject"].isna().all()
        assert "amendment" in passed["object"].iloc[0]

    def test_survivor_was_rescued(self, nlp, tmp_path):
        events = events_of(SURVIVOR, dt.date(2019, 2, 5), "survivor", nlp=nlp, folder=tmp_path)
        assert len(events[events["verb"] == "rescue"]) == 1

    def test_a_funeral_was_held(self, nlp, tmp_path):
        events = events_of(FUNERAL, dt.date(2020, 2, 27), "funeral", nlp=nlp, folder=tmp_path)
        assert len(events[events["verb"].str.startswith("hold")]) == 1

    def test_what_changed_says_the_agent_is_not_named(self, nlp, tmp_path):
        from toolkit.analysis import changes
        from toolkit.extraction.tables import Extraction

        events = events_of(AMENDMENT, dt.date(2019, 1, 6), "amendment", nlp=nlp, folder=tmp_path)
        empty = pd.DataFrame(columns=["doc", "start"])
        ex = Extraction(documents=pd.DataFrame(columns=["id", "title", "published"]), entities=pd.DataFrame(),
                        mentions=pd.DataFrame(columns=["doc", "name", "label", "start"]),
                        quotes=pd.DataFrame(columns=["doc", "text", "speaker", "start"]), timeline=empty, events=events)
        texts = changes.facts(ex).query("kind == 'event'")["text"].tolist()
        assert any(t.startswith("(not named) pass") for t in texts), texts

    def test_what_happens_to_a_kind_is_no_event(self, nlp, tmp_path):
        # a bare plural of people: what has happened to such people, not an act on someone
        events = events_of(SENTENCED, dt.date(2020, 4, 14), "people", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "sentence"].empty


    def test_she_was_elected(self, nlp, tmp_path):
        # a main clause's "she" is the person named before: the passive is news about her
        events = events_of(GILLIBRAND, dt.date(2019, 8, 30), "elected", nlp=nlp, folder=tmp_path)
        elected = events[events["verb"] == "elect"]
        assert len(elected) == 1 and elected["subject"].isna().all()
        assert elected["object"].iloc[0] == "Gillibrand"


class TestStatalPassive:
    """"the event was focused on equipment …", "He was employed with the police since 2003": a
    participle that names a lasting state (what a thing is about, where it lies, what it is made
    of, whom one works for) is no act, whatever its tense."""

    def test_focused_on_is_no_event(self, nlp, tmp_path):
        events = events_of(FOCUSED, dt.date(2019, 8, 5), "focused", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "focus"].empty

    def test_employed_with_is_no_event(self, nlp, tmp_path):
        events = events_of(EMPLOYED, dt.date(2019, 10, 5), "employed", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "employ"].empty


# seeds/hong-kong-protests, wn_2019-11-27 Hundreds of Hong Kong district council seats go to pro-democracy
# candidates; and wn_2020-10-08 Guitarist Eddie Van Halen dies aged 65 (entity dev gold 4), both Wikinews,
# CC BY 2.5.
SEEN_AS = ("Chinese University political scientist Ma Ngok said the turnout was seen as public support of the "
           "protesters who have demonstrated in Hong Kong since June.\n")
KNOWN_FOR = ("Eddie Van Halen was known for his heavy use of two-handed tapping and complex harmonics in his guitar "
             "playing, and has been widely regarded as one of the most influential electric guitarists.\n")


class TestRegardedAs:
    """"the turnout was seen as public support", "Van Halen was known for his heavy use of two-handed
    tapping … and has been widely regarded as one of the most influential electric guitarists": a
    passive of regarding with "as" (or "known" with "as" or "for") tells how someone or something is
    seen, a construal, no act done to them."""

    def test_seen_as_is_no_event(self, nlp, tmp_path):
        events = events_of(SEEN_AS, dt.date(2019, 11, 27), "seen-as", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty

    def test_known_for_and_regarded_as_are_no_events(self, nlp, tmp_path):
        events = events_of(KNOWN_FOR, dt.date(2020, 10, 8), "known-for", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].str.startswith("know") | (events["verb"] == "regard")].empty


SCHEDULED = (
    "According to the National Conference of State Legislatures, the next Republican primary election or caucus is "
    "scheduled for March 3, when both parties are to hold more than a dozen primary elections.\n"
)
SCHEDULED_TO = "The Lord Mayor election in the Australian city is scheduled to take place this week.\n"


class TestScheduled:
    """"the next Republican primary election or caucus is scheduled for March 3": the present passive
    of a verb of scheduling tells an arrangement made, news of a coming event; "is scheduled to take
    place" frames the verb after it and is no row of its own."""

    def test_scheduled_for_is_an_event(self, nlp, tmp_path):
        events = events_of(SCHEDULED, dt.date(2020, 2, 23), "scheduled", nlp=nlp, folder=tmp_path)
        scheduled = events[events["verb"].str.startswith("schedule")]
        assert len(scheduled) == 1 and scheduled["reported_by"].notna().all()

    def test_scheduled_to_is_no_row(self, nlp, tmp_path):
        events = events_of(SCHEDULED_TO, dt.date(2020, 10, 22), "scheduled_to", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].str.startswith("schedule")].empty
