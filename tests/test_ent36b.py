"""Entity rules after the audit of nine Wikinews articles (round ``ent36b``, ``bench/audit/ent36b/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev15``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestFifteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev15`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev15"
    ARTICLES = 9


# Wikinews, 2019-10-07, Mockumentary Mister America has world premiere
_PREMIERE = ("Friday evening, mockumentary Mister America had its world premiere at Grauman's Egyptian Theatre in "
             "Hollywood, California as part of Hulu's Beyond Fest film festival.")
_BALLOT = ("When Heidecker narrowly avoids a murder conviction, he sets out to run for District Attorney of San "
           "Bernardino County and fails to even be on the ballot.")


class TestPlacesEndingInTheirKind:
    """"District Attorney of San Bernardino County": the rule that splits a seat's place off a person after a title
    took "Bernardino County" for a person; no person's name ends in "County"."""

    def test_the_county_is_whole(self, nlp):
        ents = ents_of(nlp, _BALLOT)
        assert ("San Bernardino County", "GPE") in ents and ("Bernardino County", "GPE") not in ents

    def test_a_person_after_a_seat_is_still_split_off(self, nlp):
        ents = ents_of(nlp, "He is the First Minister of Scotland Nicola Sturgeon and more.")
        assert ("Nicola Sturgeon", "PERSON") in ents


class TestBuildingsOfFounders:
    """"at Grauman's Egyptian Theatre": a building named by its founder's possessive is one site, not a person and
    a body."""

    def test_the_theatre_is_one_site(self, nlp):
        ents = ents_of(nlp, _PREMIERE)
        assert ("Grauman's Egyptian Theatre", "FAC") in ents and not any(t == "Grauman" for t, _ in ents)
        assert ("Ford's Theatre", "FAC") in ents_of(nlp, "Lincoln was shot at Ford's Theatre in Washington.")

    def test_a_person_the_text_names_keeps_his_name(self, nlp):
        ents = ents_of(nlp, "Donald Trump spoke. Protesters gathered outside Trump's Grand Hotel on Monday.")
        assert ("Grand Hotel", "FAC") in ents and not any(t.startswith("Trump's") for t, _ in ents)


class TestOwnersOfFestivals:
    """"as part of Hulu's Beyond Fest film festival": a festival is no body, so the word before its possessive is
    its owner, a body of its own."""

    def test_the_owner_is_a_body(self, nlp):
        ents = ents_of(nlp, _PREMIERE)
        assert ("Hulu", "ORG") in ents and ("Hulu's Beyond Fest", "ORG") not in ents
        assert label_rows(entity_table(nlp, _PREMIERE)).get("Hulu") == "ORG"

    def test_a_body_named_with_a_possessive_stays_whole(self, nlp):
        ents = ents_of(nlp, "The People's Liberation Army moved troops. McDonald's Corporation reported profits.")
        assert any(t.endswith("People's Liberation Army") for t, _ in ents)
        assert ("McDonald's Corporation", "ORG") in ents


# Wikinews, 2019-12-14, Greta Thunberg named 2019 Time Person of the Year
_MOVEMENT = ("That September, the Fridays for Future movement launched; Thunberg promised protests every week until "
             "Sweden joined the Paris Agreement.")


class TestMovementsByName:
    """"the Fridays for Future movement": a movement's capitalised name between "the" and "movement", which the
    model read as a date ("Fridays") or missed, is a body's."""

    def test_the_movement_is_a_body(self, nlp):
        ents = ents_of(nlp, _MOVEMENT)
        assert ("Fridays for Future", "ORG") in ents and ("Fridays", "DATE") not in ents
        assert ("Extinction Rebellion", "ORG") in ents_of(nlp, "Members of the Extinction Rebellion movement "
                                                               "blocked bridges.")

    def test_a_people_a_place_or_a_date_before_movement_is_left(self, nlp):
        assert ("Kurdish", "NORP") in ents_of(nlp, "The Kurdish movement in Syria grew.")
        assert ("March", "DATE") in ents_of(nlp, "The March movement of troops was slow.")


# Wikinews, 2019-09-12, Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78
_ISLANDER = ("In 2013, he became the first Pacific Islander to be awarded the Parliamentarians for Global Action's "
             "Defender of Democracy Award.")


class TestPacificIslanders:
    """"the first Pacific Islander": the pan-ethnic name of two words, left untagged, is a people."""

    def test_the_islander_is_a_people(self, nlp):
        assert ("Pacific Islander", "NORP") in ents_of(nlp, _ISLANDER)

    def test_a_longer_name_or_a_team_is_left(self, nlp):
        assert ("Pacific Islander", "NORP") not in ents_of(nlp, "The Pacific Islander Health Partnership opened a "
                                                                "clinic.")
        assert not any(label == "NORP" for _, label in ents_of(nlp, "The New York Islanders beat the Boston Bruins."))


# Wikinews, 2019-01-06, Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits
_REPUBLICANS = ("On Thursday, former United States presidential candidate Senator Ted Cruz and fellow Republican "
                "Representative Francis Rooney proposed to set lifetime limits for service in the Senate and House "
                "through amendment to the Constitution of the United States of America. It was co-sponsored by "
                "Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia, all Republicans.")


class TestPartyAdjectiveAndPlural:
    """"fellow Republican Representative Francis Rooney" and "all Republicans": the party's adjective and its
    members' plural, both read as the party, are one row."""

    def test_one_row_for_the_party(self, nlp):
        table = entity_table(nlp, _REPUBLICANS)
        rows = label_rows(table)
        assert rows.get("Republicans") == "ORG" and "Republican" not in rows
        assert "Republican" in aliases_of(table, "Republicans")

    def test_a_people_s_adjective_and_plural_stay_a_people(self, nlp):
        rows = label_rows(entity_table(nlp, "Serbian police arrived. Serbians protested in Belgrade."))
        assert "Serbian" in rows or "Serbians" in rows
        assert all(rows.get(n, "NORP") == "NORP" for n in ("Serbian", "Serbians"))
