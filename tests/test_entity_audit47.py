"""Entity rules after the audit of twelve Wikinews articles whose entities nobody had audited (round ``entities47``,
``bench/audit/entities47.tsv``): a speaker "of" a place's body, two surnames joined by "and", a church's rank before
a name, a periodical after a capitalised "The", a body's name spelt by an acronym used elsewhere.

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, ents_of, label_rows

# Wikinews, 2019-10-17, the dark web arrests
_NCA = ("Nikki Holland of the UK's National Crime Agency (NCA) said, \"Dark web child sex offenders — some of whom "
        "are the very worst offenders — cannot hide from law enforcement.\"")


class TestSpeakersOfPlacesBodies:
    """"Nikki Holland of the UK's National Crime Agency said": a speaker "of" a body a place owns is a person."""

    def test_the_speaker(self, nlp):
        ents = ents_of(nlp, _NCA)
        assert ("Nikki Holland", "PERSON") in ents
        assert label_rows(entity_table(nlp, _NCA)).get("Nikki Holland") == "PERSON"

    def test_the_place_and_the_body_stay(self, nlp):
        ents = ents_of(nlp, _NCA)
        assert ("UK", "GPE") in ents and ("National Crime Agency", "ORG") in ents


# Wikinews, 2020-05-08, Kelly v. United States
_KELLY = ("Yesterday, the United States Supreme Court overturned the criminal convictions of Bridget Anne Kelly and "
          "William Baroni for crimes relating to a 2013 incident. The case revolved around Kelly and Baroni's "
          "convictions following the 2013 \"Bridgegate scandal\" in Fort Lee, New Jersey.")


class TestSurnamesJoinedByAnd:
    """"Kelly and Baroni's convictions": two people named in full before are two people, not one."""

    def test_the_two_people(self, nlp):
        ents = ents_of(nlp, _KELLY)
        assert not any(" and " in text for text, _ in ents)
        assert ("Kelly", "PERSON") in ents and ("Baroni", "PERSON") in ents

    def test_the_table(self, nlp):
        table = entity_table(nlp, _KELLY)
        assert "Kelly and Baroni" not in set(table["name"])
        assert "Kelly" in aliases_of(table, "Bridget Anne Kelly")
        assert "Baroni" in aliases_of(table, "William Baroni")

    def test_a_pair_nobody_is_named_by_stays(self, nlp):
        # no person of the text is named "Marks" or "Spencer" in full: a firm's name is left whole
        ents = ents_of(nlp, "Shoppers at Marks and Spencer's store in Leeds were evacuated on Monday.")
        assert not (("Marks", "PERSON") in ents and ("Spencer", "PERSON") in ents)


# Wikinews, 2019-05-12, Pope Francis's decree
_OUELLET = ("Cardinal Marc Ouellet of the Holy See said, \"We have said for years that priests should follow certain "
            "strict rules, so why should the bishops and other members of the church hierarchy be exempt?\"")


class TestChurchRanks:
    """"Cardinal Marc Ouellet … said": a church's rank is no part of the name."""

    def test_the_rank_off(self, nlp):
        ents = ents_of(nlp, _OUELLET)
        assert ("Marc Ouellet", "PERSON") in ents
        assert "Marc Ouellet" in set(entity_table(nlp, _OUELLET)["name"])

    def test_a_rank_before_one_word_stays(self, nlp):
        ents = ents_of(nlp, "Imam Khomeini International Airport was closed, and Imam Khomeini was quoted.")
        assert not any(text == "Khomeini" for text, _ in ents)


# Wikinews, 2019-05-12, Pope Francis's decree
_ATLANTIC = ("According to a recent report by The Atlantic, the Watch Tower maintains a database of the accused "
             "molesters.")


class TestTitlesWithThe:
    """"a report by The Atlantic": a capitalised "The" inside a sentence makes a periodical's title, not the ocean."""

    def test_the_periodical(self, nlp):
        ents = ents_of(nlp, _ATLANTIC)
        assert ("The Atlantic", "ORG") in ents
        assert label_rows(entity_table(nlp, _ATLANTIC)).get("Atlantic") == "ORG"

    def test_the_ocean_and_known_places_stay(self, nlp):
        ents = ents_of(nlp, "The ship crossed the Atlantic in March.")
        assert not any(label == "ORG" for text, label in ents if "Atlantic" in text)
        ents = ents_of(nlp, "The judges met in The Hague on Monday.")
        assert not any(label == "ORG" for text, label in ents if "Hague" in text)


# Wikinews, 2020-03-17, a cow urine party in New Delhi
_ABHM = ("The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani "
         "where the attendees consumed cow urine. A poster of coronavirus, personified as an avatar of the Hindu god "
         "Narsimha, was displayed. At the event, ABHM president Chakrapani said \"Coronavirus has come because of "
         "the people who kill and eat animals.\" Cows are considered sacred by Hindus.")


class TestNamesSpeltByAcronymsElsewhere:
    """"Akhil Bharat Hindu" + "Mahasabha", then "ABHM": the pieces an acronym spells are one body."""

    def test_the_body(self, nlp):
        ents = ents_of(nlp, _ABHM)
        assert ("Akhil Bharat Hindu Mahasabha", "ORG") in ents
        assert not any(label == "PERSON" and "Hindu" in text for text, label in ents)

    def test_the_table(self, nlp):
        table = entity_table(nlp, _ABHM)
        rows = label_rows(table)
        assert rows.get("Akhil Bharat Hindu Mahasabha") == "ORG"
        assert "ABHM" in aliases_of(table, "Akhil Bharat Hindu Mahasabha")
        assert rows.get("Hindus") == "NORP"  # the people is no longer a short form of a "person"

    def test_a_whole_name_and_no_acronym_stay(self, nlp):
        # the same words with no acronym anywhere: the rule changes nothing
        text = "The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani."
        ents = ents_of(nlp, text)
        assert not any(text_ == "Akhil Bharat Hindu Mahasabha" and label == "ORG" for text_, label in ents)


# Wikinews, 2020-10-12, the second debate cancelled
_CPD = ("The United States Commission on Presidential Debates announced on Friday the second presidential debate has "
        "been cancelled. In an official statement, the commission said, \"On October 8, CPD announced that the second "
        "presidential debate would be conducted virtually.\"")


class TestAcronymsWithoutTheCountry:
    """"the United States Commission on Presidential Debates" … "CPD": initials that leave the country out."""

    def test_the_alias(self, nlp):
        table = entity_table(nlp, _CPD)
        assert "CPD" not in set(table["name"])
        assert "CPD" in aliases_of(table, "United States Commission on Presidential Debates")

    def test_initials_with_the_country_still_join(self, nlp):
        # Wikinews, 2019-10-17: the same form with the country's initial in
        text = ("The United States Department of Justice unsealed further charges against him. The USDOJ said the "
                "site was the largest of its kind.")
        table = entity_table(nlp, text)
        assert "USDOJ" not in set(table["name"]) or "USDOJ" in aliases_of(table, "United States Department of Justice")


# Wikinews, 2019-06-20, Gloria Vanderbilt
_WHITNEY = ("At the age of ten, Vanderbilt was the subject of a heavily publicized custody battle between her widowed "
            "mother, Gloria Morgan Vanderbilt, and her aunt, Gertrude Vanderbilt Whitney, who controlled a large piece "
            "of the Vanderbilt fortune.")


class TestGivenNamesBeforeTwoWordNames:
    """"her aunt, Gertrude Vanderbilt Whitney": the given name the parser compounds into the name is taken in."""

    def test_the_full_name(self, nlp):
        ents = ents_of(nlp, _WHITNEY)
        assert ("Gertrude Vanderbilt Whitney", "PERSON") in ents
        assert "Gertrude Vanderbilt Whitney" in set(entity_table(nlp, _WHITNEY)["name"])

    def test_a_place_before_a_name_stays_out(self, nlp):
        ents = ents_of(nlp, "The race was won by a rider from the north, Texas Ted Cruz said on Monday.")
        assert not any(text.startswith("Texas") and label == "PERSON" for text, label in ents)


# Wikinews, 2019-08-24, the Amazon fires at the G7
_UOL = ("Amazon Environmental Research Institute Director Ane Alencar, in remarks to UOL.com.br, said, \"This year we "
        "do not have an extreme drought, as there was in 2015 and 2016.\"")


class TestOutletsNamedByAddress:
    """"in remarks to UOL.com.br": a capitalised web address names an outlet (ORG)."""

    def test_the_outlet(self, nlp):
        assert ("UOL.com.br", "ORG") in ents_of(nlp, _UOL)
        assert label_rows(entity_table(nlp, _UOL)).get("UOL.com.br") == "ORG"

    def test_a_lower_case_address_stays(self, nlp):
        ents = ents_of(nlp, "Readers can visit example.com for the full list.")
        assert not any(text == "example.com" for text, _ in ents)


# Wikinews, 2019-08-24, Andrea Zamperoni
_HOSTEL = ("Zamperoni was discovered, unresponsive, at Kamway Lodge & Tavern, a hostel near LaGuardia Airport. Police "
           "were answering a call regarding an unconscious man.")


class TestHostels:
    """"Kamway Lodge & Tavern, a hostel": a hostel in apposition is a building (FAC), as a hotel is."""

    def test_the_hostel(self, nlp):
        assert label_rows(entity_table(nlp, _HOSTEL)).get("Kamway Lodge & Tavern") == "FAC"


class TestElders:
    """"Elder Nelson White provided a prayer": an elder's rank is no given name (Wikinews, 2019-10-19, the Northern
    Arapaho's buffalo herd)."""

    def test_the_name(self, nlp):
        text = ("Elementary school students sang, Elder Nelson White provided a prayer, and the buffalo were released "
                "from a livestock trailer.")
        ents = ents_of(nlp, text)
        assert ("Nelson White", "PERSON") in ents
        assert not any(text_.startswith("Elder") for text_, _ in ents)
