"""The twenty-eighth event dev gold (``tests/data/gold/wikinews-events-dev28``) and the rules mended on it and on the
blind pools of sessions 43 and 44 (round ``ev45b``: the lead's day carried to later narration of the same occasion,
a day in the lead not given to its verb).

The gold's texts and the sentences below are Wikinews articles of 2019 and 2020 (an escape room fire in Koszalin, the
Christchurch suspect in court, Tropical Depression Three, a B-17 crash in Connecticut, a fire at Stavanger Airport,
violence at a rally in Washington; and of events-dev21 to -dev23: a highway pileup in Florida, bombings in Jolo, the
House's impeachment resolution): Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". The
first class checks the gold is well formed; the others assert a property of the extraction on a real sentence of
these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import blank, check_event_gold, events_of, records_headed_by

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev28"


class TestTwentyEighthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=84)


def _events(nlp, tmp_path, text, day):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


HOUSE = ("Yesterday, the United States House of Representatives passed a resolution to establish procedural rules for "
         "the next phase of the impeachment investigation.\n\n"
         "Nancy Pelosi announced the upcoming vote in a letter earlier this week to other Democratic members of the "
         "House.\n\n")


class TestOccasionToldAgain:
    """A sentence in the simple past whose subject is a definite description taking up a word of the lead tells the
    lead's occasion again, on its day, after the narration has left it."""

    def test_the_resolution_passed(self, nlp, tmp_path):
        text = HOUSE + ("The resolution passed primarily along party lines. Republican Representatives attacked the "
                        "impeachment inquiry.\n")
        events = _events(nlp, tmp_path, text, dt.date(2019, 11, 1))
        assert [r["date"] for r in records_headed_by(events, "pass")] == ["2019-10-31"] * 2
        assert [r["date"] for r in records_headed_by(events, "attack")] == ["2019-10-31"]

    def test_control_a_name_for_subject(self, nlp, tmp_path):
        text = HOUSE + "Pelosi envisioned a public phase of hearings.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 11, 1)), "envision")
        assert blank(row["date"])

    def test_control_a_description_the_lead_does_not_use(self, nlp, tmp_path):
        text = HOUSE + "The committee opened an office in Ohio.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 11, 1)), "open")
        assert blank(row["date"])


class TestSequenceInTheSubject:
    """A time on a participle of sequence ("followed by") in the subject is the whole subject's, and dates its
    clause."""

    def test_road_accident_followed_by_a_fire(self, nlp, tmp_path):
        text = ("A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five "
                "children in a church bus and two truck drivers.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 1, 5)), "kill")
        assert row["date"] == "2019-01-03"

    def test_control_another_participle(self, nlp, tmp_path):
        text = "A man released from a prison near Gainesville on Thursday killed two truck drivers.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 1, 5)), "kill")
        assert blank(row["date"])


class TestRelativeOnATimedNoun:
    """A relative clause in the simple past on a noun with a time of its own happened at that time."""

    def test_shooting_on_friday_which_caused(self, nlp, tmp_path):
        text = ("Brenton Tarrant appeared in court yesterday, charged with one count of murder pertaining to a mass "
                "shooting in Christchurch on Friday, which caused the death of at least 50 people.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 3, 17)), "cause")
        assert row["date"] == "2019-03-15"

    def test_control_the_relative_has_its_own_subject(self, nlp, tmp_path):
        text = "Officials described the talks on Friday, which the minister attended, as useless.\n"
        rows = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 3, 17)), "attend")
        assert all(blank(r["date"]) for r in rows)


COURT = ("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, "
         "charged with one count of murder. ")


class TestDayGoesOn:
    """The narration of the lead's day goes on past a plan's later time in a clause under the main one, past "the
    same day", and into the other clauses of a sentence dated to it."""

    def test_judge_ordered_until_april_5(self, nlp, tmp_path):
        text = COURT + ("Judge Paul Kellar ordered the accused remain in custody until his next court appearance on "
                        "April 5. Brenton Tarrant did not apply for bail.\n")
        events = _events(nlp, tmp_path, text, dt.date(2019, 3, 17))
        assert [r["date"] for r in records_headed_by(events, "order")] == ["2019-03-16"]
        assert [r["date"] for r in records_headed_by(events, "apply for")] == ["2019-03-16"]

    def test_control_an_earlier_time_ends_the_day(self, nlp, tmp_path):
        text = COURT + ("Police said the accused had bought the guns in 2017. Brenton Tarrant did not apply for "
                        "bail.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 3, 17)), "apply for")
        assert blank(row["date"])

    def test_plane_crashed_and_struck(self, nlp, tmp_path):
        text = ("At least seven people were killed in the United States yesterday, when a World War II-era bomber "
                "crashed at Bradley International Airport in Windsor Locks, Connecticut. The plane crashed near the "
                "end of a runway at 9:54 a.m. ET (1354 UTC) during an attempted landing, and struck a deicing "
                "facility at the airport, according to officials.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 10, 3)), "strike")
        assert row["date"] == "2019-10-02"
