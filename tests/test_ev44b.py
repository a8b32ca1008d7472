"""The twenty-fourth event dev gold (``tests/data/gold/wikinews-events-dev24``) and the rules mended on it and on the
blind pool of session 43 (round ``ev44b``: a report before its clause, pronoun and collective subjects, times shared
across clauses).

The gold's texts and the sentences below are Wikinews articles of 2019 and 2020 (Alabama's governor signs an
abortion ban, the NBA suspends its season, Bernie Sanders wins the Nevada caucuses, a dark web site's users
arrested, two Ebola treatments, a London police sergeant shot; and of events-dev19 and -dev20: Samoa's measles
shutdown, a hotel fire in New Delhi, Taiwan's same-sex marriage law, Hurricane Humberto, Robert Hunter's obituary, a
school bus in Winchester): Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". The first
class checks the gold is well formed; the others assert a property of the extraction on a real sentence of these
texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import blank, check_event_gold, events_of, records_headed_by

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev24"


class TestTwentyFourthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=73)


def _events(nlp, tmp_path, text, day=dt.date(2019, 12, 7)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


def _text(value) -> str:
    return "" if blank(value) else str(value).lower()


class TestReportBeforeItsComma:
    """A report that opens its sentence, with a time and a comma before its clause, has that clause for content."""

    def test_al_jazeera_reported_on_thursday(self, nlp, tmp_path):
        text = ("Al Jazeera reported on Thursday, coverage had risen to 55 percent. According to Yett, the goal for "
                "the two-day shut down was to exceed 90 percent.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text), "rise")
        assert _text(row["reported_by"]) == "al jazeera"

    def test_control_the_report_after_its_content(self, nlp, tmp_path):
        text = "Coverage had risen to 55 percent, Al Jazeera reported on Thursday.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "rise")
        assert _text(row["reported_by"]) == "al jazeera"

    def test_control_an_act_before_the_comma(self, nlp, tmp_path):
        text = "The police arrived on Friday, the crowd dispersed quickly.\n"
        rows = records_headed_by(_events(nlp, tmp_path, text), "disperse")
        assert rows and all(blank(r["reported_by"]) for r in rows)


class TestSharedTimes:
    """A time written in one clause dates another where English makes it shared."""

    def test_shuttered_and_seized_in_march(self, nlp, tmp_path):
        text = "Authorities shuttered and seized the site in March 2018.\n"
        events = _events(nlp, tmp_path, text, day=dt.date(2019, 10, 17))
        [row] = records_headed_by(events, "shutter")
        assert row["date"] == "2018-03"

    def test_control_a_first_verb_with_its_object(self, nlp, tmp_path):
        text = "The company hired new staff and opened a factory in 2015.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "hire")
        assert blank(row["date"])

    def test_when_announcing_on_monday(self, nlp, tmp_path):
        text = ("When announcing the shutdown on Monday, Prime Minister Tuilaepa called on \"village councils, "
                "faith-based organizations, and church leaders, village mayors and government women representatives\" "
                "to instill confidence in vaccines in the public.\n")
        rows = records_headed_by(_events(nlp, tmp_path, text), "call")
        assert rows and all(r["date"] == "2019-12-02" for r in rows)

    def test_taken_to_hospital_after_a_crash_this_morning(self, nlp, tmp_path):
        text = ("Three children were taken to hospital after a Stagecoach South bus crashed into a tunnel in "
                "Winchester, Hampshire, England at about 8:10 am this morning.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2020, 9, 10)), "take")
        assert row["date"] == "2020-09-10"

    def test_control_after_a_day_not_shared(self, nlp, tmp_path):
        text = "The man died after he was shot on Monday.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "die")
        assert blank(row["date"])

    def test_in_an_advisory_issued_late_sunday(self, nlp, tmp_path):
        text = ("In an advisory issued late Sunday night, the National Hurricane Center (NHC) upgraded Tropical Storm "
                "Humberto to hurricane status, making it the third hurricane of the 2019 Atlantic hurricane season.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 9, 16)), "upgrade")
        assert row["date"] == "2019-09-15"


class TestParagraphDays:
    """The narration of the story's day goes on past a plan's time, a clock time, an age and another day's
    paragraph."""

    def test_the_legislative_yuan_debated(self, nlp, tmp_path):
        text = ("On Friday the legislature of Taiwan, the Legislative Yuan, voted 66 to 27 to legalize same-sex "
                "marriage. The law is to take effect late this week.\n\n"
                "The Legislative Yuan debated three competing bills, and selected the one posed by the country's "
                "cabinet.\n")
        rows = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 5, 19)), "debate")
        assert [r["date"] for r in rows] == ["2019-05-17"]

    def test_firefighters_dispatched_vehicles(self, nlp, tmp_path):
        text = ("The Hotel Arpit Palace in the Karol Bagh area of the Indian capital, New Delhi, caught fire yesterday "
                "morning. The area is popular with visitors. Firefighters dispatched around 30 vehicles; personnel "
                "reportedly had control of the blaze by 8:00am local time.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 2, 13)), "dispatch")
        assert row["date"] == "2019-02-12"

    def test_sanders_received_votes(self, nlp, tmp_path):
        text = ("Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic Party's Nevada "
                "caucuses.\n\nNBC News reported Sanders was aided by the support of younger voters, as well as Latino "
                "voters. Among voters between the ages of 17 and 29, he received two-thirds of the votes.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2020, 2, 23)), "receive")
        assert row["date"] == "2020-02-22"

    def test_control_a_paragraph_after_another_day(self, nlp, tmp_path):
        text = ("Metropolitan Police sergeant Matt Ratana was shot at the Croydon custody centre on Friday by a "
                "prisoner.\n\nA man suspected to have supplied the gun was arrested in Norfolk on Sunday.\n\n"
                "Sergeant Ratana underwent open heart surgery at the centre.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2020, 9, 30)), "undergo")
        assert blank(row["date"])  # (the story's day does not come back after another day's paragraph)

    def test_control_a_past_paragraph_after_a_year(self, nlp, tmp_path):
        text = ("Sergeant Ratana was shot on Friday.\n\nHe joined the police in 1989.\n\n"
                "He served in New Zealand for five years.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2020, 9, 30)), "serve")
        assert blank(row["date"])


HUNTER = ("On Monday, US singer and lyricist Robert Hunter died at his home in San Rafael, California.\n\n"
          "Born Robert Burns in Arroyo Grande, California on June 23, 1941, he took his stepfather's name sometime in "
          "his youth and met future Grateful Dead guitarist Jerry Garcia when both were in their late teens. The duo "
          "formed a brief musical partnership.\n")


class TestBirthName:
    """A name right after "born" is the person's name at birth, not another person a "he" may stand for."""

    def test_he_took_his_stepfathers_name(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, HUNTER, day=dt.date(2019, 9, 25)), "take")
        assert _text(row["subject"]) == "robert hunter"

    def test_control_born_to_a_named_parent(self, nlp, tmp_path):
        text = "Born to Robert Burns in 1941, he took his stepfather's name in his youth.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "take")
        assert _text(row["subject"]) == "robert burns"


class TestPairNamedBefore:
    """"The duo" is the two people of the sentence before."""

    def test_the_duo_formed_a_partnership(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, HUNTER, day=dt.date(2019, 9, 25)), "form")
        assert _text(row["subject"]) == "robert hunter and jerry garcia"

    def test_control_more_than_two_people(self, nlp, tmp_path):
        text = "John Smith met Anna Lee, Paul Brown and Mary Jones at a party. The pair founded a bakery.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "found")
        assert _text(row["subject"]) == "the pair"


class TestLawNamedBefore:
    """"This bill", "the bill" are the one law named before."""

    def test_this_bill_passed_the_senate(self, nlp, tmp_path):
        text = ("On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection "
                "Act, officially outlawing nearly all circumstances of abortion in the state. This bill passed the "
                "Senate of the state on Tuesday.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 5, 18)), "pass")
        assert _text(row["subject"]) == "alabama human life protection act"

    def test_control_two_acts_named(self, nlp, tmp_path):
        text = ("Congress passed the Clean Water Act and the Safe Roads Act on Monday. The bill takes effect next "
                "year.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text), "take")
        assert _text(row["subject"]) == "the bill"
