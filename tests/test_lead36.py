"""Events read for the lead's round of session 36: denials by "neither … nor".

The sentences are the lead's, written in the house style of a wire story on the Bondi Junction stabbings of April
2024 (public reporting). Each test asserts a property of the output, with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt

from conftest import labels_of, tables_of

DAY = dt.date(2024, 4, 14)


class TestNeitherNor:
    """"Neither Cauchi's family nor his doctors had warned police": the warning was not given, by either of them."""

    def test_neither_on_a_possessor_denies_the_act(self, nlp, tmp_path):
        text = "Neither Cauchi's family nor his doctors had warned police, the commissioner said.\n"
        rows = [e for e in tables_of(nlp, text, DAY, tmp_path).events.itertuples() if e.verb == "warn"]
        assert [(e.subject, e.negated) for e in rows] == [("Cauchi's family and his doctors", True)]

    def test_neither_before_an_article_denies_the_act(self, nlp, tmp_path):
        text = "Neither the family nor the doctors had warned police.\n"
        rows = [e for e in tables_of(nlp, text, DAY, tmp_path).events.itertuples() if e.verb == "warn"]
        assert [e.negated for e in rows] == [True]

    def test_control_both_and_affirms_the_act(self, nlp, tmp_path):
        text = "Both Cauchi's family and his doctors had warned police, the commissioner said.\n"
        rows = [e for e in tables_of(nlp, text, DAY, tmp_path).events.itertuples() if e.verb == "warn"]
        assert [(e.subject, e.negated) for e in rows] == [("Cauchi's family and his doctors", False)]


class TestSideOfItsStaffCountry:
    """"England coach Gareth Southgate said": a country before a side's role is left as the place it is (the rule
    that makes "Caloundra" a club compared the gazetteer's capitalised names with the name in small letters)."""

    def test_country_before_coach_is_no_club(self, nlp):
        labels = labels_of(nlp, "England coach Gareth Southgate said the players were ready.\n")
        assert labels.get("England") != "ORG"

    def test_control_town_before_coach_is_a_club(self, nlp):
        labels = labels_of(nlp, "Caloundra coach Geoff Ingram said the players were ready.\n")
        assert labels.get("Caloundra") == "ORG"
