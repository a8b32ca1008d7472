"""Round events21: rules from an audit of fresh wire-style Wikinews articles (bench/audit/events21.tsv).

"averaged nearly 5%", "took 48-60 months" and "came in above market expectations" measure their subject; "it was
followed by Hurricane Dorian" orders two events; "The news came from the Twitter account" names its source;
"Grocery prices saw their largest decline" tells what the prices underwent; "General Motors saw its overall
vehicle sales soar" is no report by General Motors; "were transported by ambulance and by air" names a means,
not an agent; "He died in 2014 which basically stalled the study" gives the date for no agent; "Photos and video
from the blaze showed thick smoke" depict it.

Real sentences of the corpora in /work/shared/corpora (White House texts, public domain; Wikinews,
CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"), outside the audited texts where the corpora have
one (the news of Ginger Baker's death and the Connecticut crash victims are the audit's own: the corpora have
no other such sentence).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

INFLATION = ("Under Biden, inflation averaged nearly 5% and hit 9.1% amid the worst inflation crisis in decades — "
             "fueled by the Radical Left’s obsession with spending.\n")

LICENSE = ("The average NRC review time for licensing new reactors took more than 20,000 hours. The issuance of a "
           "combined operating license took 48-60 months.\n")

INFLATION_PRINT = ("Today, GDP growth came in above market expectations, and yesterday, consumer confidence "
                   "rose.\n")

PRIZE = ("A year ago, this native of the Dagestan village took first prize, and he is now one of the organizers of "
         "the Olympiad.\n")


class TestMeasures:
    """A verb of average, of duration or of a figure with an amount, a length of time or a level measures its
    subject."""

    def test_an_average_is_no_act(self, nlp, tmp_path):
        events = events_of(INFLATION, dt.date(2025, 12, 17), "inflation", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "average"].empty

    def test_a_length_of_time_is_no_act(self, nlp, tmp_path):
        events = events_of(LICENSE, dt.date(2026, 5, 22), "license", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "take"].empty

    def test_taking_what_is_no_time_stays_an_act(self, nlp):
        from toolkit.nlp.measures import measures_its_subject

        doc = nlp(PRIZE)
        took = next(t for t in doc if t.lower_ == "took")
        assert not measures_its_subject(took, "take")

    def test_a_figure_that_came_in_is_no_act(self, nlp, tmp_path):
        events = events_of(INFLATION_PRINT, dt.date(2025, 11, 13), "print", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].str.startswith("come")].empty
        assert not events[events["verb"] == "rise"].empty


HURRICANES = ("Forming in July 2019, Hurricane Barry was the first hurricane of the season, and it was followed by "
              "Hurricane Dorian in late August.\n")


class TestSequencePassives:
    """"X was followed by Y" with a thing on both sides orders two events; nobody followed anyone."""

    def test_the_later_storm_follows_nobody(self, nlp, tmp_path):
        events = events_of(HURRICANES, dt.date(2019, 12, 1), "hurricanes", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "follow"].empty
        assert not events[events["verb"] == "form"].empty


NEWS = ("The news came from the Twitter account in his name and was independently confirmed by Associated Press "
        "with his daughter Nettie Baker.\n")

BISON = ("These American bison, commonly called buffalo, came from the National Bison Range in western Montana run by "
         "the U.S. federal government.\n")


class TestMessageSources:
    """"came from" with a message for subject names its source, not an act; a thing's origin stays."""

    def test_the_news_came_from_nobody(self, nlp, tmp_path):
        # (the audited obituary of Ginger Baker: the corpora have no other such sentence)
        events = events_of(NEWS, dt.date(2019, 10, 7), "news", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty
        assert not events[events["verb"] == "confirm"].empty

    def test_the_bison_came_from_a_range(self, nlp):
        from toolkit.nlp.message_sources import names_message_source

        doc = nlp(BISON)
        came = next(t for t in doc if t.lower_ == "came")
        assert not names_message_source(came, "come")


GROCERIES = "Grocery prices saw their largest decline in nearly five years.\n"

RANCH = "Under President Biden, their ranch saw 5,640 illegal crossings in April 2024.\n"


class TestThingsThatSee:
    """"see" with a common noun of a thing for subject tells what the thing underwent, no act."""

    def test_prices_see_nothing(self, nlp, tmp_path):
        events = events_of(GROCERIES, dt.date(2026, 1, 13), "groceries", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty

    def test_a_ranch_sees_nothing(self, nlp, tmp_path):
        events = events_of(RANCH, dt.date(2025, 5, 1), "ranch", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty


MOTORS = "General Motors saw its overall vehicle sales soar, posting its best year for SUV sales in decades.\n"


class TestPerceivedEvents:
    """A bare infinitive with its own subject after a verb of perception is no reported content."""

    def test_the_sales_soar_reported_by_nobody(self, nlp, tmp_path):
        events = events_of(MOTORS, dt.date(2026, 1, 6), "motors", nlp=nlp, folder=tmp_path)
        soar = events[events["verb"] == "soar"]
        assert not soar.empty
        assert soar["reported_by"].isna().all()

    def test_a_finite_clause_after_see_is_left_alone(self, nlp):
        from toolkit.nlp.perception import perceived_clause

        doc = nlp("And he sees that the rats will use the lever less.\n")  # (round events19's rats interview)
        use = next(t for t in doc if t.lower_ == "use")
        assert use.dep_ == "ccomp" and not perceived_clause(use)


# Two White House transcripts of the Ukraine set (public domain): remarks before a Cabinet meeting and
# with Prime Minister Modi (the reporter's question is cut off, no question mark).
BOXES = "Then you see the boxes move, and then you say, \u201cWell, where are all the boxes?\u201d\n"
INDIA = "Q Prime Minister, how do you see India play a role in a \u2014 in de-escalating the Ukraine-Russia \u2014\n"


class TestPerceivedByNobody:
    """What "you" see, or what a question asks someone to see, took place before no one."""

    def test_what_you_see_is_no_event(self, nlp, tmp_path):
        events = events_of(BOXES, dt.date(2025, 2, 26), "boxes", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "move"].empty

    def test_what_a_question_asks_to_see_is_no_event(self, nlp, tmp_path):
        events = events_of(INDIA, dt.date(2025, 2, 13), "india", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "play"].empty

    def test_a_named_seer_still_sees(self, nlp, tmp_path):
        events = events_of(MOTORS, dt.date(2026, 1, 6), "motors", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "soar"].empty


AMBULANCE = ("Crash victims were transported by ambulance and by air to hospitals in the area, including Hartford "
             "Hospital, Bridgeport Hospital, and Saint Francis Hospital.\n")


class TestMeans:
    """A bare noun of transport or communication after "by" names how, not who."""

    def test_the_ambulance_transports_nobody(self, nlp, tmp_path):
        # (the audited report of the Connecticut crash: the corpora have no other such passive)
        events = events_of(AMBULANCE, dt.date(2019, 10, 3), "ambulance", nlp=nlp, folder=tmp_path)
        assert events[events["subject"].fillna("").str.contains("ambulance")].empty

    def test_a_means_names_no_agent(self, nlp):
        from toolkit.nlp.clauses import agent_phrase

        doc = nlp(AMBULANCE)
        transported = next(t for t in doc if t.lower_ == "transported")
        assert agent_phrase(transported) is None


STUDY = "He died in 2014 which basically stalled the study after that until now.\n"


class TestTimedRelatives:
    """A relative pronoun hung on a date or a time stands for no agent."""

    def test_a_year_stalls_no_study(self, nlp, tmp_path):
        events = events_of(STUDY, dt.date(2020, 5, 22), "study", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "stall"].empty


BLAZE = "Photos and video from the blaze showed thick smoke with flames visible at windows.\n"

FOOTAGE = ("Footage from the City University Student Union showed a group of protesters throwing things as they ran "
           "away from police.\n")


class TestDepictions:
    """A picture or a recording that shows something depicts it: no act."""

    def test_photos_show_no_act(self, nlp, tmp_path):
        events = events_of(BLAZE, dt.date(2020, 6, 6), "blaze", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "show"].empty

    def test_footage_shows_no_act(self, nlp, tmp_path):
        events = events_of(FOOTAGE, dt.date(2019, 10, 2), "footage", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "show"].empty
