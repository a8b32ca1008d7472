"""The twelfth event dev gold (``tests/data/gold/wikinews-events-dev12``) and the rules mended on it (round ``ev36b``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Senator Ted Cruz proposes an
amendment setting Congressional term limits, Hurricane Dorian makes landfall in the Bahamas, four teenagers shot at a
Pennsylvania graduation party, an earthquake in the southern Philippines, the South African "Lion Man" killed by his
lions, Greta Thunberg named Time's Person of the Year): Wikinews, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org". The first class checks the gold is well formed; the others assert a
property of the extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import check_event_gold, events_of, records_with_verb

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev12"


class TestGoldWellFormed:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=56)


# Wikinews, 2019-07-23: Four teenagers shot at Pennsylvania graduation party.
FLED = ("Party-goers still at the scene after the shooting fled when police arrived, according to county police.\n")
# Wikinews, 2019-07-15: Earthquake injures 25 people in southern Philippines.
STRUCK = ("At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao del Sur, Philippines, "
          "injuring at least 25 people and damaging churches, houses, and other infrastructure, according to Philippine "
          "officials.\n")
# Wikinews, 2019-09-01: Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas.
LANDFALL = "Dorian reached the Bahamas earlier today, making landfall in Elbow Cay.\n"
# Wikinews, 2019-01-06: Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits.
SPONSORED = ("On Thursday, former United States presidential candidate Senator Ted Cruz and fellow Republican "
             "Representative Francis Rooney proposed to set lifetime limits for service in the Senate and House "
             "through amendment to the Constitution of the United States of America. It was co-sponsored by Senators "
             "Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia, all Republicans.\n")


class TestPrepositionalRoot:
    """A preposition heads no sentence: the one finite verb of a clause of time hung on it is the main verb."""

    def test_party_goers_fled(self, nlp, tmp_path):
        events = events_of(FLED, dt.date(2019, 7, 23), "fled", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "flee")
        assert "goers" in row["subject"].lower() and "shooting" not in row["subject"].lower()
        assert row["reported_by"] == "county police"

    def test_control_a_clause_of_time_with_a_pronoun(self, nlp, tmp_path):
        # a clause of time with its own subject (a pronoun) in a sentence with a main verb stays as it is
        events = events_of("Residents stayed at the scene after they fled the fire.\n", dt.date(2019, 7, 23),
                           "stayed", nlp=nlp, folder=tmp_path)
        assert [r["subject"] for r in records_with_verb(events, "flee")] in ([], ["Residents"], ["residents"])


class TestParticipleSeries:
    """"injuring … and damaging …": the second participle is a verb of the quake, not an adjective."""

    def test_earthquake_damaging(self, nlp, tmp_path):
        events = events_of(STRUCK, dt.date(2019, 7, 15), "damaging", nlp=nlp, folder=tmp_path)
        [injure] = records_with_verb(events, "injure")
        assert injure["object"] == "at least 25 people"
        [damage] = records_with_verb(events, "damage")
        assert damage["subject"] == "an earthquake" and damage["object"].startswith("churches")
        assert damage["reported_by"] == "Philippine officials"

    def test_control_adjective_in_ing(self, nlp, tmp_path):
        events = events_of("The storm hit the coast on Friday, bringing heavy rain and damaging winds.\n",
                           dt.date(2019, 7, 15), "winds", nlp=nlp, folder=tmp_path)
        assert not records_with_verb(events, "damage")


class TestResultParticipleDate:
    """A participle of result after a comma shares its clause's date."""

    def test_making_landfall_today(self, nlp, tmp_path):
        events = events_of(LANDFALL, dt.date(2019, 9, 1), "landfall", nlp=nlp, folder=tmp_path)
        [make] = records_with_verb(events, "make")
        assert make["date"] == "2019-09-01"

    def test_injuring_on_saturday(self, nlp, tmp_path):
        events = events_of(STRUCK, dt.date(2019, 7, 15), "injuring", nlp=nlp, folder=tmp_path)
        assert {r["date"] for r in records_with_verb(events, "injure") + records_with_verb(events, "damage")} == {"2019-07-13"}

    def test_control_participle_before_its_clause(self, nlp, tmp_path):
        # a participle that opens the sentence has no comma before it, and is not a result of the clause
        events = events_of("Fearing the storm, residents left the island on Saturday.\n", dt.date(2019, 7, 15),
                           "fearing", nlp=nlp, folder=tmp_path)
        assert all(r["date"] != "2019-07-13" for r in records_with_verb(events, "fear"))


class TestPrefixedPassive:
    """"was co-sponsored by": the participle with its by-agent is the passive verb, written whole."""

    def test_co_sponsored(self, nlp, tmp_path):
        events = events_of(SPONSORED, dt.date(2019, 1, 6), "sponsored", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "co-sponsor")
        assert "Marco Rubio" in row["subject"]

    def test_control_prefixed_adjective(self, nlp, tmp_path):
        # no by-agent: no one is named as the sponsor
        events = events_of("The bill was co-sponsored.\n", dt.date(2019, 1, 6), "bill", nlp=nlp, folder=tmp_path)
        assert not [r for r in records_with_verb(events, "co-sponsor") if r["subject"]]


# Wikinews, 2019-12-14: Greta Thunberg named 2019 Time Person of the Year.
SEPTEMBER = ("Thunberg began her climate protest on August 20, 2018, at the age of fifteen, outside of the Swedish "
             "Parliament, instead of attending school. She protested alone on the first day, but thousands of Swedes "
             "eventually joined the protest. That September, the Fridays for Future movement launched; Thunberg "
             "promised protests every week until Sweden joined the Paris Agreement.\n")


class TestThatMonth:
    """"That September" after a date with a year in the paragraph is that year's September."""

    def test_that_september_2018(self, nlp, tmp_path):
        events = events_of(SEPTEMBER, dt.date(2019, 12, 14), "launched", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "launch")
        assert row["date"] == "2018-09"

    def test_control_a_bare_month(self, nlp, tmp_path):
        # a month without "that" is counted from the day of publication, as before
        text = SEPTEMBER.replace("That September", "In September")
        events = events_of(text, dt.date(2019, 12, 14), "launched", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "launch")
        assert row["date"] == "2019-09"
