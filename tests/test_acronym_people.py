"""Names that are no person: a word of two to four capitals alone (a body by its initials, a title), a people.

Real sentences from Wikinews (CC BY 2.5, Wikinews contributors, en.wikinews.org): the interview with Dorsa
Derakhshani (2020-04-14: "my TED talk", PERSON before), the rally in Washington (2020-12-15: "#MAGA" MAGA stands for
Make America Great Again", PERSON), the interview with sex workers in Mysore (2020-10-18: "[local MLA]", PERSON),
the B-17 crash in Connecticut (2019-10-03: "at 9:54 a.m. ET", PERSON). Controls: a person the text names by
initials ("MBS") and a name shouted in capitals stay people.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows, labels_of

TED = "So I did receive questions about my TED talk and to me it seemed like they simply wanted to understand the topic."
MAGA = "MAGA stands for Make America Great Again — a slogan commonly used by Trump and his supporters."
MLA = "Ramdas [local MLA] and ministry of health gave us ration kits in the lockdown."
ET = "The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) on Wednesday."
MBS = "Mohammed bin Salman met Trump in Riyadh on Tuesday. MBS said the talks had gone well."


def _labels(nlp, text):
    return dict(ents_of(nlp, text))


class TestAcronymsOffPeople:
    """"TED", "MAGA": bodies; "MLA": a post; "ET": a time zone."""

    def test_bodies_by_initials(self, nlp):
        assert _labels(nlp, TED).get("TED") == "ORG"
        assert _labels(nlp, MAGA).get("MAGA") != "PERSON"

    def test_a_title_is_no_one(self, nlp):
        assert "MLA" not in _labels(nlp, MLA)

    def test_a_time_zone_is_no_one(self, nlp):
        assert "ET" not in labels_of(nlp, ET)

    def test_a_person_named_by_initials_stays(self, nlp):
        assert _labels(nlp, MBS).get("MBS") == "PERSON"


class TestPeopleSaidOfPersons:
    """"So many girls I helped are Muslims": a people predicated of persons stays a people (NORP), not a person.

    Zara Kay's interview with Wikinews (2020-07-06; CC BY 2.5, Wikinews contributors, en.wikinews.org).
    """

    TEXT = ("I wanted to help other girls who couldn't. So many girls I helped are Muslims. They still choose to be "
            "Muslims, but anxiety and depression is something they suffer from. Muslim women are told what to wear.")

    def test_the_plural_is_a_people(self, nlp):
        labels = label_rows(entity_table(nlp, self.TEXT))
        assert labels.get("Muslims", labels.get("Muslim")) == "NORP"
        assert "PERSON" not in {labels.get("Muslims"), labels.get("Muslim")}


class TestRoleBeforeAModifier:
    """"Or Americans vote to end DEI — racist DEI policies": "racist" qualifies the policies, no role of DEI's.

    White House remarks (public domain), in seeds/whitehouse-ukraine: the set's vote made "DEI" a person.
    """

    TEXT = ("Or Americans vote to end DEI — racist DEI policies, and lawyers in the Department of Justice say they "
            "don't want to change.")

    def test_no_person(self, nlp):
        assert label_rows(entity_table(nlp, self.TEXT)).get("DEI") != "PERSON"

    def test_a_role_before_a_name_still_counts(self, nlp):
        """"selection committee member Ulf Danielsson": a role only a person holds."""
        text = "The award was given by selection committee member Ulf Danielsson on Monday."
        assert label_rows(entity_table(nlp, text)).get("Ulf Danielsson") == "PERSON"


class TestAcronymsOffPlaces:
    """"an order on AI": an English word's abbreviation in capitals is no place; a short form of a country, a
    postal code or a place's initials stays one (The White House, 2025, public domain; Wikinews, CC BY 2.5)."""

    def test_an_abbreviation_is_no_place(self, nlp):
        labels = labels_of(nlp, "The President signed an executive order on AI. The order sets rules for AI "
                                "companies and asks Congress to act.")
        assert "AI" not in labels
        assert labels.get("Congress") == "ORG"

    def test_short_forms_and_codes_stay_places(self, nlp):
        labels = labels_of(nlp, "A mother called the police in Kamloops, BC, on Sunday. Flights to LA and the UK "
                                "were cut, the EU said.")
        assert labels.get("Kamloops") == "GPE"
        assert labels.get("BC") == "GPE" and labels.get("LA") == "GPE"
        assert labels.get("United Kingdom") == "GPE"
