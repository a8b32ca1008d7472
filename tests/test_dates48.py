"""The story's day carried to later sentences (round dates48, toolkit/nlp/day_runs.py and clause_dates.act_beside).

Four rules of English narration, each with a control where the day is not carried:

- a time in a relative clause on someone ("President Trump, who appointed Murphy … in 2017, responded …") looks
  back on that one's past: it neither sets nor ends the day the main clause goes on telling;
- one dies once: a death told again ("Stevens died in the evening …", "Huber succumbed to …") is of the death's day;
- a teller's own acts told next are of the telling's day ("Yesterday afternoon, Nancy Pelosi … announced …" ¶
  "Pelosi called Trump's conduct …"), until another one acts or another time is named;
- an act told just before one of the day ("broke through the center guardrail before colliding with other
  vehicles") is of that day; a finite clause after "after" is not ("arrested twelve people … after a jackal died");
- a relative clause opened by a preposition and "which" ("… for which he received treatment") tells what the thing
  had been through, not the day's act; a plain relative clause on the occasion does take the day, and so does one on
  the means of the act ("via a post on Twitter, in which she thanked her supporters").

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; the texts of the
event golds wikinews-events-dev14, -dev21, -dev22, -dev29 and -dev34, and of the entity gold
wikinews-entities-dev16), and of a White House fact sheet (public domain, US
federal government work, 17 USC 105: "Fact Sheet: The United States and India Announce Historic Trade Deal",
2026-02-09).
"""

from __future__ import annotations

import datetime as dt

from conftest import blank, events_of, records_headed_by

# wn_2020-11-26 "US federal agency announces plans to begin presidential transition …" (events-dev34)
GSA = ("On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to "
       "President-elect Joe Biden and his team, giving them permission to access what she described as post-election "
       "resources for a presidential transition process following the 2020 US Presidential Election on November 3, "
       "which multiple national news outlets have projected former US Vice President Joe Biden won against incumbent "
       "US President Donald Trump.\n\n"
       "President Trump, who appointed Murphy to her position himself in 2017, responded to her letter on Twitter, "
       "calling for the beginning of a presidential transition process \"in the best interests of the country\".\n")

# wn_2019-07-17 "Retired US Supreme Court Justice John Paul Stevens dies aged 99" (events-dev34)
STEVENS = ("Wednesday, July 17, 2019\n\n"
           "John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99, "
           "according to a statement released by the Supreme Court. Stevens died in the evening with his two daughters "
           "at his bedside at Holy Cross Hospital in Fort Lauderdale, Florida. The statement ascribed his death to "
           "complications from a stroke on Monday.\n\n"
           "Stevens was born in 1920 in Chicago, Illinois and studied law at Northwestern University. He was nominated "
           "to the Supreme Court in 1975 by President Gerald Ford.\n")

# wn_2020-12-28 "US professional wrestler Jon Huber dies aged 41" (events-dev14)
HUBER = ("US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under the ring name "
         "Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, died on Saturday aged 41.\n\n"
         "According to his wife, Amanda, Huber succumbed to an unspecified lung disorder, unrelated to COVID-19, for "
         "which he received treatment at the Mayo Clinic. The professional wrestling community reacted to the news "
         "with grief and shock.\n")

# wn_2019-09-25 "US Speaker Pelosi announces Trump impeachment inquiry" (events-dev14)
PELOSI = ("Wednesday, September 25, 2019\n\n"
          "Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be "
          "launching an impeachment inquiry into the conduct of United States President Donald Trump. Pelosi had "
          "previously opposed impeachment proceedings.\n\n"
          "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" according to NBC. "
          "\"[T]he House of Representatives is moving forward with an official impeachment inquiry,\" she announced. "
          "Specifically, she was directing six of the House's committees to \"proceed with their investigations under "
          "[the] umbrella\" of impeachment.\n\n"
          "Members of the House Judiciary Committee do not all agree on how impeachment inquiries work.\n")

# the White House fact sheet of 2026-02-09 (public domain)
TRADE_DEAL = ("ACHIEVING RECIPROCAL TRADE: Last Friday, in a Joint Statement, President Donald J. Trump announced a "
              "trade deal between the United States and India that will open up India’s market of over 1.4 billion "
              "people to American products.\n\n"
              "Friday’s Joint Statement follows a call between President Trump and Indian Prime Minister Narendra Modi "
              "last week, in which the leaders reached a framework for an Interim Agreement on reciprocal trade and "
              "reaffirmed their commitment to broader U.S.-India Bilateral Trade Agreement (BTA) negotiations.\n\n"
              "Also on the call, President Trump agreed to remove the additional 25% tariff on imports from India in "
              "recognition of India’s commitment to stop purchasing Russian Federation oil.\n")

# wn_2019-01-05 "Florida highway pileup, fire kills five children, two truck drivers" (events-dev21)
PILEUP = ("Saturday, January 5, 2019\n\n"
          "A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five children in "
          "a church bus and two truck drivers. One semi truck and a car broke through the center guardrail before "
          "colliding with other vehicles; around 50 gallons of diesel fuel, officials said, spilled and ignited.\n")

# wn_2020-06-11 "Police arrest twelve after explosive-laden meat kills jackal in India" (events-dev22)
JACKAL = ("Authorities on Monday arrested twelve people in Tamil Nadu, India after a jackal died trying to eat a bomb "
          "embedded in meat that subsequently exploded. Jackals are protected in India.\n")


def _dates(events, verb: str) -> list:
    return [r["date"] for r in records_headed_by(events, verb)]


class TestRelativeClauseOnSomeoneLooksBack:
    """A time in a relative clause on someone dates that clause; the main clause goes on telling the day."""

    def test_the_response_is_of_the_letters_day(self, nlp, tmp_path):
        events = events_of(GSA, dt.date(2020, 11, 26), "gsa", nlp=nlp, folder=tmp_path)
        assert _dates(events, "send") == ["2020-11-23"]
        assert _dates(events, "respond") == ["2020-11-23"]
        assert _dates(events, "appoint") == ["2017"]  # (the relative clause keeps its own time)

    def test_a_relative_clause_on_an_occasion_dates_it(self, nlp, tmp_path):
        # control: Cengiz's travel "for the United Nations (UN) General Assembly which took place this week" is
        # not carried to the lead's day (a week, and a clause on an occasion); wn_2019-09-29 (events-dev33)
        text = ("Sunday, September 29, 2019\n\nOn Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, "
                "addressed reporters in New York, New York. Cengiz traveled to New York for the United Nations (UN) "
                "General Assembly which took place this week.\n")
        events = events_of(text, dt.date(2019, 9, 29), "cengiz", nlp=nlp, folder=tmp_path)
        assert _dates(events, "address") == ["2019-09-26"]
        assert all(blank(d) for d in _dates(events, "travel"))

    def test_a_clause_of_which_on_a_name_ends_the_day(self, nlp, tmp_path):
        # control: "Typhoon Haiyan, which killed over 6,000 people in 2013" is another occasion's scene, and the
        # comparison is not carried to the landfall's day; wn_2019-12-28 (events-dev22)
        text = ("Saturday, December 28, 2019\n\nTyphoon Phanfone made landfall on the central Philippines from "
                "Tuesday night through to Wednesday, killing at least 20 according to Philippine officials on "
                "Thursday, and leaving reportedly at least 15,000 stranded at ports.\n\nPhanfone impacted upon popular "
                "tourist attractions, such as Boracay and Coron, as well as the Kalibo International Airport. It also "
                "blocked roads and forced over 58,000 civilians to evacuate.\n\nPhanfone damaged similar regions to "
                "Typhoon Haiyan, which killed over 6,000 people in 2013.\n")
        events = events_of(text, dt.date(2019, 12, 28), "phanfone", nlp=nlp, folder=tmp_path)
        assert "2013" in _dates(events, "kill")  # (Haiyan's, in its own clause)
        assert records_headed_by(events, "damage")
        assert all(blank(d) for d in _dates(events, "damage"))


class TestDeathToldAgain:
    """A death told again, by the same name or "he"/"she", is of the death's day; the life told after is not."""

    def test_stevens_died_in_the_evening(self, nlp, tmp_path):
        events = events_of(STEVENS, dt.date(2019, 7, 17), "stevens", nlp=nlp, folder=tmp_path)
        assert _dates(events, "die") == ["2019-07-16", "2019-07-16"]
        assert _dates(events, "bear") == ["1920"]  # (the life told after keeps its own years)

    def test_huber_succumbed(self, nlp, tmp_path):
        events = events_of(HUBER, dt.date(2020, 12, 28), "huber", nlp=nlp, folder=tmp_path)
        assert _dates(events, "die") == ["2020-12-26"]
        assert _dates(events, "succumb") == ["2020-12-26"]
        assert all(blank(d) for d in _dates(events, "react"))  # (another one's act: no death told again)


class TestTellerGoesOn:
    """After a telling whose content is not of its day, the teller's own acts told next are of that day."""

    def test_pelosi_called_and_was_directing(self, nlp, tmp_path):
        events = events_of(PELOSI, dt.date(2019, 9, 25), "pelosi", nlp=nlp, folder=tmp_path)
        assert _dates(events, "call") == ["2019-09-24"]
        assert _dates(events, "direct") == ["2019-09-24"]
        assert all(blank(d) for d in _dates(events, "oppose"))  # (the past perfect looks back)

    def test_another_time_named_ends_the_turn(self, nlp, tmp_path):
        # control: "a call … last week" names another time; what Trump agreed "on the call" is not of Friday
        events = events_of(TRADE_DEAL, dt.date(2026, 2, 9), "trade", nlp=nlp, folder=tmp_path)
        assert _dates(events, "announce") == ["2026-02-06"]
        assert records_headed_by(events, "agree")
        assert all(d != "2026-02-06" for d in _dates(events, "agree"))


class TestActJustBefore:
    """An act told just before one of the day, with no time between, is of that day."""

    def test_before_colliding(self, nlp, tmp_path):
        events = events_of(PILEUP, dt.date(2019, 1, 5), "pileup", nlp=nlp, folder=tmp_path)
        assert _dates(events, "break") == ["2019-01-03"]
        assert _dates(events, "collide") == ["2019-01-03"]

    def test_after_a_finite_clause_is_not_carried(self, nlp, tmp_path):
        # control: what the arrests followed may have waited days
        events = events_of(JACKAL, dt.date(2020, 6, 11), "jackal", nlp=nlp, folder=tmp_path)
        assert _dates(events, "arrest") == ["2020-06-08"]
        assert all(blank(d) for d in _dates(events, "die"))


# wn_2020-01-09 "Stampede during funeral procession for Qasem Soleimani kills dozens" (events-dev29)
STAMPEDE = ("During the funeral of Iranian commander General Qasem Soleimani on Tuesday, a stampede erupted, resulting "
            "in a several-hours postponement of Soleimani's burial, according to state media.\n\n"
            "The stampede, which occurred in Kerman, resulted in at least 56 deaths and over 200 people injured, "
            "according to state television.\n")


class TestRelativeClauseOnAThingBefore:
    """A relative clause opened by a preposition and "which" takes no day from the run; a plain one does."""

    def test_for_which_he_received_treatment(self, nlp, tmp_path):
        events = events_of(HUBER, dt.date(2020, 12, 28), "huber", nlp=nlp, folder=tmp_path)
        assert _dates(events, "succumb") == ["2020-12-26"]
        assert records_headed_by(events, "receive")
        assert all(blank(d) for d in _dates(events, "receive"))

    def test_which_occurred_in_kerman(self, nlp, tmp_path):
        # control: the occasion's own relative clause is of its day
        events = events_of(STAMPEDE, dt.date(2020, 1, 9), "stampede", nlp=nlp, folder=tmp_path)
        assert _dates(events, "occur") == ["2020-01-07"]

    def test_in_which_on_the_means_of_the_act(self, nlp, tmp_path):
        # control: the post the announcement was made through tells what was done in it, that day;
        # wn_2019-08-30 "Gillibrand ends US presidential bid" (entities-dev16)
        text = ("Friday, August 30, 2019\n\nKirsten Gillibrand, who was a candidate in the Democratic primary for the "
                "2020 United States presidential election, ended her campaign on Wednesday. She made her official "
                "announcement via a post on Twitter, in which she thanked her supporters.\n")
        events = events_of(text, dt.date(2019, 8, 30), "gillibrand", nlp=nlp, folder=tmp_path)
        assert _dates(events, "end") == ["2019-08-28"]
        assert _dates(events, "thank") == ["2019-08-28"]
