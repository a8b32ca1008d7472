"""The lead's rounds of session 37: a town after "via" is a route, not a medium; a foreseen thing's month lies ahead.

The sentences are the lead's, written in the house style of a wire story (round ent37b found the slip in a control
of its own). Each test asserts a property of the output, with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt

from conftest import labels_of, tables_of


class TestRouteViaATown:
    """"flew to Rome via Dubai": what one travels "via" is a place on the way; what one announces "via" is a
    channel ("announced the plan via Twitter")."""

    def test_town_after_via_stays_a_place(self, nlp):
        labels = labels_of(nlp, "The minister flew to Rome via Dubai on Monday.\n")
        assert labels.get("Dubai") == "GPE"

    def test_control_service_after_via_is_a_body(self, nlp):
        labels = labels_of(nlp, "The minister announced the plan via Twitter on Monday.\n")
        assert labels.get("Twitter") == "ORG"


class TestForeseenObjectsTime:
    """"with Chair Jerome Powell ruling out a cut in March" (a Fed story of 29 January 2025): the month of what is
    foreseen, ruled out or signalled lies ahead of the foreseeing, not back from the writer's day."""

    DAY = dt.date(2025, 1, 29)

    def _dates(self, nlp, tmp_path, text):
        timeline = tables_of(nlp, text, self.DAY, tmp_path).timeline
        return dict(zip(timeline["expression"], timeline["date"].astype(str)))

    def test_a_ruled_out_cut_lies_ahead(self, nlp, tmp_path):
        text = ("The Federal Reserve held rates steady on Wednesday, with Chair Jerome Powell ruling out a cut in "
                "March.\n")
        assert self._dates(nlp, tmp_path, text).get("March", "").startswith("2025-03")

    def test_a_predicted_recession_lies_ahead(self, nlp, tmp_path):
        text = "Economists predicted a recession in April, the survey showed.\n"
        assert self._dates(nlp, tmp_path, text).get("April", "").startswith("2025-04")

    def test_control_a_reported_result_looks_back(self, nlp, tmp_path):
        text = "The company reported a loss in March, its filing showed.\n"
        assert self._dates(nlp, tmp_path, text).get("March", "").startswith("2024-03")


class TestDaySetFor:
    """"Justice Juan Merchan set sentencing for July 11" (a court story of 31 May 2024): the day a thing is set or
    scheduled for lies ahead of the setting, not in the year before (round wire37c found it)."""

    DAY = dt.date(2024, 5, 31)

    def _dates(self, nlp, tmp_path, text):
        timeline = tables_of(nlp, text, self.DAY, tmp_path).timeline
        return [str(d) for d in timeline["date"]]

    def test_a_day_set_for_lies_ahead(self, nlp, tmp_path):
        text = "Justice Juan Merchan set sentencing for July 11, days before the Republican convention opens.\n"
        assert self._dates(nlp, tmp_path, text)[:1] == ["2024-07-11"]

    def test_a_weekday_scheduled_for_lies_ahead(self, nlp, tmp_path):
        assert self._dates(nlp, tmp_path, "The judge scheduled the hearing for Tuesday.\n") == ["2024-06-04"]

    def test_control_a_day_waited_for_stays_past(self, nlp, tmp_path):
        text = "The family waited for Tuesday's ruling, which upheld the verdict.\n"
        assert self._dates(nlp, tmp_path, text) == ["2024-05-28"]
