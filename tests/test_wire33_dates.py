"""Which way a weekday points in reported speech and with forward-looking nouns (round ``wire33``).

Reported speech shifts tenses back ("Thursday is the deadline" → "he said Thursday was the deadline"), so the past
of a reported clause says nothing of the day's side of the publication day: a deadline, a target date, a day a
vote is set for and a future in the past ("would", "was due to", "was to", "was going to") look ahead of the
moment of speaking, which a reporting verb with a day of its own fixes ("said on Friday that …"). A weekday
given with the holiday it falls on ("Thursday, Thanksgiving Day") is that holiday.

The sentences are the lead's probe ``bench/audit/wire32/ft1.txt`` and this round's probes
``bench/audit/wire33-dates/`` (news of 2025 in wire style); controls are past days that must stay past.
"""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.nlp.dates import resolve
from toolkit.nlp.timeline import time_expressions

SAT_NOV_22 = dt.date(2025, 11, 22)  # ft1
TUE_MAR_11 = dt.date(2025, 3, 11)  # tariffs1
MON_SEP_22 = dt.date(2025, 9, 22)  # shutdown1
MON_DEC_22 = dt.date(2025, 12, 22)  # holidays1
TUE_OCT_21 = dt.date(2025, 10, 21)  # ceasefire1


def _dates(nlp, text: str, published: dt.date) -> dict[str, str | None]:
    return {t.expression: t.date for t in time_expressions(nlp(text), published=published)}


class TestADayNamedAsADeadline:
    """A weekday that names a deadline lies ahead, even under a past reporting verb."""

    def test_a_deadline_said_on_the_day_before(self, nlp):
        text = 'Trump said on Friday that Thursday was an "appropriate" deadline for Volodymyr Zelenskyy to agree.'
        assert _dates(nlp, text, SAT_NOV_22) == {"Friday": "2025-11-21", "Thursday": "2025-11-27"}

    def test_a_deadline_said_earlier_in_the_week_has_passed(self, nlp):
        # told on Monday, the Thursday after that Monday is the one gone by
        text = "Trump said on Monday that Thursday was an appropriate deadline for Kyiv to agree."
        assert _dates(nlp, text, SAT_NOV_22)["Thursday"] == "2025-11-20"

    def test_a_reported_deadline_without_a_day_of_speaking(self, nlp):
        assert _dates(nlp, "The White House said the deadline was Thursday.", SAT_NOV_22) == \
            {"Thursday": "2025-11-27"}

    def test_a_headline_and_a_target_date(self, nlp):
        assert _dates(nlp, "Trade partners given Friday deadline to submit tariff offers", TUE_MAR_11) == \
            {"Friday": "2025-03-14"}
        text = ('Minority Leader Chuck Schumer said the Republican plan was a "non-starter" and that Tuesday was '
                "the target date for a bipartisan deal.")
        assert _dates(nlp, text, MON_SEP_22) == {"Tuesday": "2025-09-23"}

    def test_the_day_merged_with_the_day_of_speaking_is_two_days(self, nlp):
        text = ("The White House said on Monday that Friday was the final deadline for trading partners to submit "
                "offers to avoid higher tariffs.")
        assert _dates(nlp, text, TUE_MAR_11) == {"Monday": "2025-03-10", "Friday": "2025-03-14"}

    @pytest.mark.parametrize("text", ["Kyiv missed Thursday's deadline.",
                                      "The ultimatum expired on Thursday, officials said.",
                                      "The deadline was Thursday.",
                                      "Russia issued an ultimatum on Thursday.",
                                      "The deadline was extended on Thursday."])
    def test_control_a_deadline_passed_set_or_told_in_the_past(self, nlp, text):
        assert _dates(nlp, text, SAT_NOV_22) == {"Thursday": "2025-11-20"}


class TestAReportedFuture:
    """A future in the past under a reporting verb looks ahead of the moment of speaking."""

    def test_would_after_a_named_day_of_speaking(self, nlp):
        text = "He told reporters on Friday that the vote would be held Thursday."
        assert _dates(nlp, text, SAT_NOV_22)["Thursday"] == "2025-11-27"
        text = ("Senate Majority Leader John Thune said on Monday that a vote on a stopgap funding bill would be "
                "held on Thursday, a week before government funding runs out.")
        assert _dates(nlp, text, MON_SEP_22) == {"Monday": "2025-09-22", "Thursday": "2025-09-25"}

    def test_was_due_to_under_a_reporting_verb(self, nlp):
        text = ("Canadian officials said they had met U.S. counterparts on Sunday in Ottawa and that a second round "
                "of talks was due to take place on Thursday.")
        assert _dates(nlp, text, TUE_MAR_11) == {"Sunday": "2025-03-09", "Thursday": "2025-03-13"}
        text = "Airport operators said on Sunday that services were due to resume on Tuesday."
        assert _dates(nlp, text, MON_DEC_22)["Tuesday"] == "2025-12-23"

    def test_a_reported_obligation_and_a_deadline_given(self, nlp):
        text = ("A spokesperson for the Mexican economy ministry said on Tuesday that Mexico had to answer by Friday "
                "and was preparing a counter-proposal.")
        assert _dates(nlp, text, TUE_MAR_11)["Friday"] == "2025-03-14"
        text = "A U.S. official said Washington had given both sides until Friday to agree on a second phase."
        assert _dates(nlp, text, TUE_OCT_21) == {"Friday": "2025-10-24"}

    def test_an_order_to_act_by_a_day(self, nlp):
        text = ("Federal agencies were told to prepare contingency plans by Wednesday, according to a memo from the "
                "Office of Management and Budget.")
        assert _dates(nlp, text, MON_SEP_22) == {"Wednesday": "2025-09-24"}
        text = "Rail operators urged passengers to travel by Wednesday."
        assert _dates(nlp, text, MON_DEC_22) == {"Wednesday": "2025-12-24"}

    def test_a_vote_set_for_a_day(self, nlp):
        assert _dates(nlp, "The Senate set the vote for Tuesday.", dt.date(2025, 9, 25)) == {"Tuesday": "2025-09-30"}

    @pytest.mark.parametrize("text", ["Officials said on Friday that Russia attacked Kyiv on Thursday.",
                                      "Officials said the delegations had met on Thursday.",
                                      "He was due to appear in court on Thursday.",
                                      "He said the troops stayed until Thursday."])
    def test_control_what_was_done_stays_past(self, nlp, text):
        assert _dates(nlp, text, SAT_NOV_22)["Thursday"] == "2025-11-20"

    def test_control_a_pluperfect_deadline_outside_reported_speech(self, nlp):
        # told from after the moment it was set: the Friday gone by
        assert _dates(nlp, "The court had given the government until Friday.", TUE_OCT_21) == {"Friday": "2025-10-17"}


class TestAWeekdayWithItsHoliday:
    """"Thursday, Thanksgiving Day": the holiday that falls on that weekday within a week."""

    def test_thanksgiving_in_a_deadline(self, nlp):
        text = ('Trump said on Friday that Thursday, Thanksgiving Day, was an "appropriate" deadline for Volodymyr '
                "Zelenskyy to agree.")
        assert _dates(nlp, text, SAT_NOV_22)["Thursday, Thanksgiving Day"] == "2025-11-27"

    def test_christmas_and_boxing_day(self, nlp):
        text = ("Rail operators said trains would not run on Thursday, Christmas Day, and that some routes could stay "
                "closed until Friday, Boxing Day.")
        assert _dates(nlp, text, MON_DEC_22) == {"Thursday, Christmas Day": "2025-12-25",
                                                 "Friday, Boxing Day": "2025-12-26"}

    def test_the_calendar_arithmetic(self):
        assert resolve("Thursday, Thanksgiving Day", SAT_NOV_22, "past") == ("2025-11-27", "day")
        # a holiday on another weekday is not this week's: the tense decides as for the holiday alone
        assert resolve("Monday, Christmas Day", SAT_NOV_22, "past") == ("2024-12-25", "day")
