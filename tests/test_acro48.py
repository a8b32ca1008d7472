"""Round ``acro48``: a short form defined in brackets joins its body in the entity index; labels' causes; "the latter".

Sentences from Wikinews articles of 2019 and 2020 (the California power-line helicopter crash, the wrestler Hana
Kimura's death, Hamza bin Laden's death, Hurricane Dorian in the Bahamas): Wikinews, CC BY 2.5, credit "Wikinews
contributors, en.wikinews.org". Sentences from White House remarks and presidential actions of 2025 (the Religious
Liberty Commission order, the press briefings on Ukraine): works of the US government, public domain. Each class
asserts a property of the entity table or the index's labels on real text, with a control (invented where the texts
have none) where the rule must not fire.
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, label_rows, labels_of, speaker_of


class TestShortFormJoinsItsBody:
    """A body's name, then a short form of any make in brackets, then the short form alone: one entity, named by the
    body's name, the short form its alias (toolkit/nlp/bracketed_short_forms.py)."""

    CALFIRE = ("The California Department of Forestry and Fire Protection (CalFire) said several acres of land burned "
               "before the flames were extinguished. CalFire requested power line de-energisation during the "
               "emergency.")
    STARDOM = ("Japanese professional wrestler Hana Kimura, age 22, has died, wrestling promotion World Wonder Ring "
               "Stardom (Stardom) announced yesterday. Kimura was signed for Stardom at the time of her death, having "
               "joined them in 2019.")

    def test_calfire(self, nlp):
        table = entity_table(nlp, self.CALFIRE)
        rows = label_rows(table)
        assert rows.get("California Department of Forestry and Fire Protection") == "ORG"
        assert "CalFire" not in rows
        assert "CalFire" in aliases_of(table, "California Department of Forestry and Fire Protection")

    def test_a_short_form_that_is_the_names_last_word(self, nlp):
        table = entity_table(nlp, self.STARDOM)
        assert "Stardom" not in label_rows(table)
        assert "Stardom" in aliases_of(table, "World Wonder Ring Stardom")

    def test_control_a_place_in_brackets(self, nlp):
        rows = label_rows(entity_table(nlp, "The Acme Corporation (Texas) sued the city. Texas appealed the ruling."))
        assert rows.get("Texas") == "GPE"

    def test_control_a_defined_term_of_a_common_noun(self, nlp):
        text = ("(a) There is hereby established the Religious Liberty Commission (Commission). (i) The Commission "
                "shall be composed of up to 14 members appointed by the President.")
        assert "Commission" not in aliases_of(entity_table(nlp, text), "Religious Liberty Commission")

    def test_control_two_bodies_given_one_short_form(self, nlp):
        text = ("The Northern Rail Authority (Railco) and the Southern Freight Company (Railco) signed the deal. "
                "Railco said the trains would run in May.")
        table = entity_table(nlp, text)
        assert "Railco" not in aliases_of(table, "Northern Rail Authority")
        assert "Railco" not in aliases_of(table, "Southern Freight Company")


class TestNameTransliteratedWithAMarkedSound:
    """A name transliterated with an apostrophe for a sound English has no letter for and again without it, in one
    document, is one name: "al-Qa’ida" in a quoted statement, "Al-Qaeda" in the article's words
    (toolkit/nlp/slips.py, spellings.py)."""

    TEXT = ("Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001. Trump's statement "
            "read: \"The loss of Hamza bin Ladin not only deprives al-Qa’ida of important leadership skills and the "
            "symbolic connection to his father, but undermines important operational activities of the group.\"")

    def test_al_qaida(self, nlp):
        table = entity_table(nlp, self.TEXT)
        rows = label_rows(table)
        assert rows.get("Al-Qaeda") == "ORG" and "al-Qa’ida" not in rows
        assert "al-Qa’ida" in aliases_of(table, "Al-Qaeda")

    def test_control_two_names_more_than_a_vowel_apart(self, nlp):
        text = "Officials in Ma'arat said the convoy reached Marrat on Monday. Ma'arat was shelled on Tuesday."
        table = entity_table(nlp, text)
        assert not any("Marrat" in aliases_of(table, name) for name in table["name"] if name != "Marrat")


class TestRoomNamedByItsLook:
    """An office named by its shape or colour is a room (FAC), not a body (toolkit/nlp/head_labels.py)."""

    def test_oval_office(self, nlp):
        text = ("President Trump is the President of Peace! Nations around the world see that real leadership is "
                "back in the Oval Office.")
        assert labels_of(nlp, text).get("Oval Office") == "FAC"

    def test_control_an_office_named_by_its_field(self, nlp):
        text = "The Foreign Office said the ambassador had been summoned on Tuesday."
        assert labels_of(nlp, text).get("Foreign Office") == "ORG"


class TestPlaceTheModelCallsABody:
    """A one-word name the model tags a body in every mention, used once as only a place is ("when Crimea was
    annexed") and never as a body, is a place (toolkit/nlp/bodies_as_places.py)."""

    CRIMEA = ("Under President Obama, they lost Crimea. I was in Northern Europe working out of the Baltics when "
              "Crimea was annexed and was — a lot — a lot of this came on Twitter. I guess Crimea?")

    def test_crimea(self, nlp):
        assert labels_of(nlp, self.CRIMEA).get("Crimea") in ("GPE", "LOC")

    def test_control_a_body_cited_as_a_source(self, nlp):
        text = ("Russian troops invaded Acmecorp last year, according to Acmecorp. Acmecorp said the troops had left. "
                "Acmecorp is a mining firm.")
        assert labels_of(nlp, text).get("Acmecorp") not in ("GPE", "LOC")


class TestTownNamedAfterItsHarbour:
    """A two-word name ending in "Harbour" or "Bay", whose first word is no known place, with the land around it
    named ("the … vicinity"), is a town (GPE), not the water (toolkit/nlp/place_readings.py, head_labels.py)."""

    def test_marsh_harbour(self, nlp):
        text = ("The Sandy Point area and progressing north has not suffered as much devastation that was seen in the "
                "Marsh Harbour vicinity.")
        assert labels_of(nlp, text).get("Marsh Harbour") == "GPE"

    def test_control_the_water_of_a_known_city(self, nlp):
        text = "Boats crowded the Boston Harbor area as the storm approached."
        assert labels_of(nlp, text).get("Boston Harbor") in ("LOC", None)


class TestLatterOfTwoNamesListed:
    """"The latter" and "the former" stand for the last and the first of the names listed before
    (toolkit/nlp/latter_former.py)."""

    def test_the_latter_speaks(self, quotes_of):
        text = ("The Federal Aviation Administration and the National Transportation Safety Board opened inquiries. "
                "The latter said it was \"not traveling to the crash scene at this time.\"")
        assert speaker_of(quotes_of(text), "not traveling") == "National Transportation Safety Board"

    def test_the_former_speaks(self, quotes_of):
        text = ("The Federal Aviation Administration and the National Transportation Safety Board opened inquiries. "
                "The former said it was \"reviewing the records of the flight.\"")
        assert speaker_of(quotes_of(text), "reviewing") == "Federal Aviation Administration"

    def test_control_no_list_before(self, quotes_of):
        text = "The board met on Monday. The latter said it was \"reviewing the records of the flight.\""
        assert speaker_of(quotes_of(text), "reviewing") is None


class TestSubjectOfAnAbsoluteClause:
    """A participle after "with" and a noun phrase ("with the latter yesterday confirming …") has that noun for its
    subject, not the subject of the clause it hangs from (toolkit/nlp/syntax.py)."""

    NTSB = ("Investigations have been launched by the Federal Aviation Administration and the National Transportation "
            "Safety Board, with the latter yesterday confirming on Twitter they were \"not traveling to the crash "
            "scene at this time.\"")

    def test_ntsb(self, quotes_of):
        text = ("The California Department of Forestry and Fire Protection (CalFire) said several acres of land burned. "
                + self.NTSB)
        assert speaker_of(quotes_of(text), "not traveling") == "National Transportation Safety Board"

    def test_control_a_participle_with_its_own_subject(self, quotes_of):
        text = "With the vote over, Senator Tom Carper was saying \"we will try again next year.\""
        assert speaker_of(quotes_of(text), "we will try") == "Tom Carper"
