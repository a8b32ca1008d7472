"""Entity rules after the audit of nine Wikinews articles (round ``ent36c``, ``bench/audit/ent36c/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev16``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestSixteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev16`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev16"
    ARTICLES = 9


# Wikinews, 2019-12-28, Typhoon Phanfone strikes Philippines
_ATTRACTIONS = ("Phanfone impacted upon popular tourist attractions, such as Boracay and Coron, as well as the "
                "Kalibo International Airport. It also blocked roads and forced over 58,000 civilians to evacuate.")


class TestPlacesTravellersGoTo:
    """"popular tourist attractions, such as Boracay and Coron": one-word names listed after a plural of the places
    travellers go to are places, not a person and a body."""

    def test_the_listed_names_are_places(self, nlp):
        rows = label_rows(entity_table(nlp, _ATTRACTIONS))
        assert rows.get("Coron") == "GPE" and rows.get("Boracay") in ("GPE", "LOC")
        assert rows.get("Kalibo International Airport") == "FAC"

    def test_bodies_listed_after_attractions_or_other_plurals_stay_bodies(self, nlp):
        rows = label_rows(entity_table(nlp, "Visitors flocked to attractions such as Disneyland and SeaWorld last "
                                            "summer."))
        assert rows.get("SeaWorld") == "ORG" and rows.get("Disneyland") not in ("GPE", "LOC")
        rows = label_rows(entity_table(nlp, "Shoppers went to stores such as Walmart and Target on Monday."))
        assert rows.get("Walmart") == "ORG" and rows.get("Target") == "ORG"


# Wikinews, 2019-10-28, Former US Representative John Conyers dies at age 90
_HOLIDAY = ("Starting in 1968, he spent 15 years fighting for Martin Luther King Jr. Day to be a federal holiday; "
            "President Ronald Reagan signed Conyers's bill into law in 1983.")


class TestHolidaysNamedAfterPeople:
    """"fighting for Martin Luther King Jr. Day to be a federal holiday": a holiday named after a person is a day,
    not the person."""

    def test_the_holiday_is_no_person(self, nlp):
        ents = ents_of(nlp, _HOLIDAY)
        assert ("Martin Luther King Jr. Day", "PERSON") not in ents and ("Ronald Reagan", "PERSON") in ents
        assert "Martin Luther King Jr. Day" not in label_rows(entity_table(nlp, _HOLIDAY))
        assert ("Martin Luther King Day", "DATE") in ents_of(nlp, "Marches were held on Martin Luther King Day in "
                                                                  "Atlanta.")

    def test_a_person_named_day_stays_a_person(self, nlp):
        assert ("Doris Day", "PERSON") in ents_of(nlp, "Doris Day, the actress and singer, died on Monday.")
        assert ("Martin Luther King Jr.", "PERSON") in ents_of(nlp, "Martin Luther King Jr. spoke in Washington.")


# Wikinews, 2019-10-29, Former US Senator Kay Hagan dies at age 66
_VIRUS = ("According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from Powassan virus, a flavivirus, "
          "leading to encephalitis (brain inflammation).")


class TestVirusesNamedAfterPlaces:
    """"died from Powassan virus": the town a virus is named after, before a lower-case "virus", means the virus,
    no place of the story."""

    def test_the_virus_s_name_is_no_place(self, nlp):
        assert not any(text == "Powassan" for text, _ in ents_of(nlp, _VIRUS))
        assert "Powassan" not in label_rows(entity_table(nlp, _VIRUS))

    def test_a_country_before_virus_and_a_place_elsewhere_stay(self, nlp):
        assert ("China", "GPE") in ents_of(nlp, "He called it the China virus again on Monday.")
        assert ("Wuhan", "GPE") in ents_of(nlp, "He called it the Wuhan virus and the China virus.")
        assert ("Powassan", "GPE") in ents_of(nlp, "The tick was found near Powassan, Ontario, in 1958.")


# Wikinews, 2019-08-30, Gillibrand ends US presidential bid
_GILLIBRAND = ("Before joining the Senate, Gillibrand served in the U.S. House of Representatives. She was first "
               "elected to the House in 2006.")
# Wikinews, 2019-10-28, Former US Representative John Conyers dies at age 90
_COMMITTEE = ("He served as a member of the House Oversight Committee until 1995, then joined the House Judiciary "
              "Committee. He served as the chair of the Judiciary Committee while the Democratic party controlled "
              "the House from 2007 until 2011.")


class TestChambersNamedAgainShort:
    """"the U.S. House of Representatives" … "the House"; "the House Judiciary Committee" … "the Judiciary
    Committee": a chamber and its committee named in full, then short, are one row each."""

    def test_the_house_is_one_row(self, nlp):
        table = entity_table(nlp, _GILLIBRAND)
        rows = label_rows(table)
        assert rows.get("U.S. House of Representatives") == "ORG" and "House" not in rows
        assert "House" in aliases_of(table, "U.S. House of Representatives")

    def test_the_committee_is_one_row(self, nlp):
        table = entity_table(nlp, _COMMITTEE)
        rows = label_rows(table)
        assert rows.get("House Judiciary Committee") == "ORG" and "Judiciary Committee" not in rows
        assert "House Oversight Committee" in rows

    def test_two_chambers_leave_the_short_form_alone(self, nlp):
        rows = label_rows(entity_table(nlp, "The bill passed the House of Commons and went to the House of Lords. "
                                            "The House will vote again on Monday."))
        assert "House of Commons" in rows and "House of Lords" in rows and rows.get("House") == "ORG"


# Wikinews, 2020-01-15, U.S. House to decide on submitting articles of impeachment to Senate
_SPEAKER = ("Yesterday, United States House of Representatives Speaker Nancy Pelosi confirmed a vote will be held "
            "today to decide whether to submit two articles of impeachment, passed against President Donald Trump, "
            "to the U.S. Senate. Additionally, the House must allocate money for the trial.")


class TestChambersBeforeTitles:
    """"United States House of Representatives Speaker Nancy Pelosi": the model took the country and left the
    chamber untagged; the chamber, with its country, is a body (and "the House" after it the same)."""

    def test_the_chamber_is_a_body(self, nlp):
        table = entity_table(nlp, _SPEAKER)
        rows = label_rows(table)
        assert rows.get("United States House of Representatives") == "ORG" and "United States" not in rows
        assert "House" in aliases_of(table, "United States House of Representatives")
        assert rows.get("Nancy Pelosi") == "PERSON"

    def test_a_tagged_chamber_and_a_house_s_name_are_left(self, nlp):
        assert ("the House of Commons", "ORG") in ents_of(nlp, "He addressed the House of Commons on Monday.")
        assert ("Texas House of Representatives", "ORG") in ents_of(nlp, "Texas House of Representatives Speaker "
                                                                         "Dade Phelan spoke.")
        assert ("the White House", "FAC") in ents_of(nlp, "The actor spoke at the White House on Monday.")


# Wikinews, 2020-03-11, Joe Biden wins 2020 US Democratic presidential primaries in Michigan, Missouri and Mississippi
_PARTY = ("The Democratic Party uses primary elections, along with caucuses, to select its nominee for the 2020 "
          "United States presidential election. Along with votes from Democrats living overseas, the six primaries "
          "yesterday represented 365 delegates.")


class TestPartyMembersAndTheParty:
    """"The Democratic Party uses primary elections" … "votes from Democrats living overseas": the members' noun
    standing for the party beside the party's full name is one row, under the full name."""

    def test_one_row_for_the_party(self, nlp):
        table = entity_table(nlp, _PARTY)
        rows = label_rows(table)
        assert rows.get("Democratic Party") == "ORG" and "Democrats" not in rows
        assert "Democrats" in aliases_of(table, "Democratic Party")

    def test_another_party_s_members_stay_their_own(self, nlp):
        rows = label_rows(entity_table(nlp, "The Republican Party held its convention. Democrats protested outside "
                                            "the hall on Monday."))
        assert rows.get("Republican Party") == "ORG" and rows.get("Democrats") == "ORG"


# Wikinews, 2019-10-28, Former US Representative John Conyers dies at age 90
_DEAN = ("At the time, he had served in Congress longer than any other then-current member, earning him the "
         "distinction of Dean of the House of Representatives.")


class TestOfficesOfBodies:
    """"the distinction of Dean of the House of Representatives": one capitalised word before "of the" and a body is
    an office held there, no person."""

    def test_the_office_is_no_person(self, nlp):
        ents = ents_of(nlp, _DEAN)
        assert ("Dean", "PERSON") not in ents and ("the House of Representatives", "ORG") in ents

    def test_a_person_named_so_in_the_text_stays(self, nlp):
        ents = ents_of(nlp, "Howard Dean spoke on Monday. Later, Dean of the Democratic National Committee said he "
                            "would run.")
        assert ("Dean", "PERSON") in ents and ("Howard Dean", "PERSON") in ents
