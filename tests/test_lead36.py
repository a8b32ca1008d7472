"""Events read for the lead's round of session 36: denials by "neither … nor".

The sentences are the lead's, written in the house style of a wire story on the Bondi Junction stabbings of April
2024 (public reporting). Each test asserts a property of the output, with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt

from conftest import ents_of, labels_of, tables_of

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


class TestBylineWriterIsNoAntecedent:
    """"By Jem Aswad" ⏎ "… the first time she has taken the top prize": the piece's writer is no one its "she" stands
    for (round wire36b's Variety story, where the singer the model left untagged in the body lost her acts to him)."""

    STORY = ("Grammys 2025: Beyoncé Finally Wins Album of the Year for 'Cowboy Carter'\n\nBy Jem Aswad\n\nFebruary 2, 2025 11:58pm PT\n\n"
             "Beyoncé won album of the year on Sunday night, the first time she has taken the top prize. She accepted "
             "the award from members of the Los Angeles Fire Department.\n")

    def test_writer_takes_no_act_of_the_story(self, nlp, tmp_path):
        events = tables_of(nlp, self.STORY, dt.date(2025, 2, 3), tmp_path).events
        assert "Jem Aswad" not in set(events["subject"].dropna())

    def test_control_a_person_of_the_story_is_the_antecedent(self, nlp, tmp_path):
        text = self.STORY.replace("Beyoncé won", "Singer Taylor Swift won")
        events = tables_of(nlp, text, dt.date(2025, 2, 3), tmp_path).events
        subjects = [e.subject for e in events.itertuples() if e.verb in ("take", "accept")]
        assert subjects == ["Taylor Swift", "Taylor Swift"]


class TestHeadlineTitleWithItsMark:
    """"… for 'Cowboy Carter'" in a headline: the model takes the closing mark into its "person"; the name in single
    quotation marks is still a work's title."""

    def test_title_whose_entity_holds_the_closing_mark_is_a_work(self, nlp, tmp_path):
        text = ("Beyoncé Finally Wins Album of the Year for 'Cowboy Carter'\n\nBy Jem Aswad\n\n"
                "Beyoncé won album of the year on Sunday night, the first time she has taken the top prize.\n")
        labels = {name.strip("'"): label for name, label in ents_of(nlp, text)}
        assert labels.get("Cowboy Carter") == "WORK_OF_ART"


class TestForeseenWeekday:
    """"Crisafulli said the bureau expected up to 400 millimetres of rain … before Monday" (an ABC story of Saturday
    1 March 2025, round wire36a): what someone is reported to foresee lies ahead of the telling, the next Monday."""

    DAY = dt.date(2025, 3, 1)

    def test_reported_expectation_looks_ahead(self, nlp, tmp_path):
        text = ("Queensland Premier David Crisafulli said the Bureau of Meteorology expected up to 400 millimetres of "
                "rain over the Scenic Rim before Monday.\n")
        timeline = tables_of(nlp, text, self.DAY, tmp_path).timeline
        assert list(timeline["date"]) == ["2025-03-03"]

    def test_control_a_told_past_stays_past(self, nlp, tmp_path):
        text = "Crisafulli said the rain eased before Monday, when the river peaked.\n"
        timeline = tables_of(nlp, text, self.DAY, tmp_path).timeline
        assert list(timeline["date"]) == ["2025-02-24"]


class TestPartyWordAsComplement:
    """"every single state of the 50 states shifted Republican" (White House remarks, February 2025): the word says
    which way the states went; the object is not the party's full name, to which the index joins the word."""

    def test_bare_party_word_stays_as_written(self, nlp, tmp_path):
        text = ("The Republican Party won the House. Republicans celebrated. So, every single state of the 50 states "
                "shifted Republican.\n")
        rows = [e for e in tables_of(nlp, text, dt.date(2025, 2, 19), tmp_path).events.itertuples() if e.verb == "shift"]
        assert [e.object for e in rows] == ["Republican"]

    def test_control_a_party_named_as_object_keeps_its_name(self, nlp, tmp_path):
        text = "The Republican Party won the House. Voters punished the Republicans in Michigan.\n"
        rows = [e for e in tables_of(nlp, text, dt.date(2025, 2, 19), tmp_path).events.itertuples()
                if e.verb == "punish"]
        assert [e.object for e in rows] == ["Republican Party"]
