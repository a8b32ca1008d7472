"""Science, space, health and technology news (round ``wire35a``): craft, medicines, firms, campuses, stamps, credits.

The probe stories of ``bench/audit/wire35a/`` are general news on science, space, health and technology in the house
styles of Space.com, Science News, Nature News, STAT News, the Guardian's science desk, BBC News science, AFP, New
Scientist, Ars Technica and Phys.org (a university's release republished). They gave names the small model misses or
mislabels: a drug after "obesity drug" a person, a firm before ", which makes …" a person, a vaccine maker a person,
a rocket after its maker's name a body, "the University of Wisconsin–Madison" parted into a body and a person; page
furniture read as names ("Dec." under a byline a person, the Guardian's "Mon 14 Oct" a body, its
"Ian Sample Science editor" one person, a photo credit "Kim Shiflett/Nasa" one person, a reference's "Iasi et al"
a person "Iasi et"); "45,000 years ago" dated 2024; "the first death … in a decade" dated ten years ahead; "who"
after "Gorbunov, of the Russian space agency Roscosmos," given to the agency.

The sentences below are the helper's, written in those outlets' published house style for this round; the names
and events are those of public reporting of 2024–25. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

from conftest import ents_of, labels_of, tables_of
from toolkit.nlp.dates import resolve


class TestMedicinesAndMakers:
    """A brand after a medicine's noun, or "sold as", is a product; a maker of goods is a firm."""

    def test_drug_brands(self, nlp):
        labels = labels_of(nlp, "The Food and Drug Administration on Friday approved Eli Lilly's obesity drug "
                                "Zepbound as a treatment. The weekly injection is also sold as Mounjaro for type 2 "
                                "diabetes.")
        assert labels.get("Zepbound") == "PRODUCT"
        assert labels.get("Mounjaro") == "PRODUCT"
        assert labels.get("Eli Lilly") == "ORG"

    def test_control_a_person_after_the_noun_in_a_clause(self, nlp):
        # "the drug Mary Jones gave him": the name opens a relative clause, no brand
        labels = labels_of(nlp, "The policy maker John Smith said the drug Mary Jones gave him worked.")
        assert labels.get("Mary Jones") == "PERSON"
        assert labels.get("John Smith") == "PERSON"  # a "policy maker" is a person

    def test_vaccine_maker(self, nlp):
        labels = labels_of(nlp, "The vaccine maker Zoetis received a conditional licence from the USDA in February.")
        assert labels.get("Zoetis") == "ORG"


class TestWhichIsNoPerson:
    """A subject described by ", which …" is no person."""

    def test_firms(self, nlp):
        labels = labels_of(nlp, "Novo Nordisk, which makes the rival drugs Wegovy and Ozempic, has not sought "
                                "approval for sleep apnea.")
        assert labels.get("Novo Nordisk") == "ORG"
        labels = labels_of(nlp, "Anthropic, which makes the Claude models, has not announced a comparable product.")
        assert labels.get("Anthropic") == "ORG"

    def test_control_a_clause_after_an_object(self, nlp):
        # a "which" after an object may take up the whole clause
        assert labels_of(nlp, "He met John Smith, which surprised everyone.").get("John Smith") == "PERSON"


class TestCraft:
    """A craft's model after its maker's name, or before "megarocket", is a product."""

    def test_maker_before_model(self, nlp):
        labels = labels_of(nlp, "The spacecraft lifted off on a SpaceX Falcon Heavy rocket from Kennedy Space Center "
                                "at 12.06pm local time on Monday.")
        assert labels.get("Falcon Heavy") == "PRODUCT"
        assert labels.get("Kennedy Space Center") == "FAC"

    def test_megarocket(self, nlp):
        labels = labels_of(nlp, "SpaceX's Starship megarocket lifted off from the company's Starbase site in South "
                                "Texas today.\n\nStarship's upper stage continued. NASA has picked a modified version "
                                "of Starship to land astronauts on the moon.")
        assert labels.get("Starship") == "PRODUCT"
        assert labels.get("SpaceX") == "ORG"


class TestCampusesAndFacilities:
    """A campus after a dash or a comma is one body with its university."""

    def test_dashed_campus(self, nlp):
        labels = labels_of(nlp, "The authors, led by Yoshihiro Kawaoka at the University of Wisconsin–Madison, did "
                                "not find evidence.")
        assert labels.get("University of Wisconsin–Madison") == "ORG"
        assert "Madison" not in labels

    def test_campus_before_and_a_role(self, nlp):
        labels = labels_of(nlp, "says Brant Robertson, an astrophysicist at the University of California, Santa "
                                "Cruz, and a coauthor of the study.")
        assert labels.get("University of California, Santa Cruz") == "ORG"

    def test_control_a_list_of_universities(self, nlp):
        # ", and Stanford": a capitalised word after ", and" goes on with the list
        labels = labels_of(nlp, "Students from the University of California, Davis, and Stanford attended.")
        assert "University of California, Davis" not in labels


class TestPageFurniture:
    """Stamps, desks, credits and "et al" are no part of a name."""

    def test_month_under_a_byline(self, nlp):
        ents = ents_of(nlp, "By Elaine Chen\nDec. 20, 2024\n\nThe Food and Drug Administration on Friday approved it.")
        assert ("Elaine Chen", "PERSON") in ents
        assert not any(t.startswith("Dec") and label == "PERSON" for t, label in ents)

    def test_guardian_byline_and_stamp(self, nlp):
        ents = ents_of(nlp, "Europa Clipper launches\n\nIan Sample Science editor\nMon 14 Oct 2024 18.30 BST\n\n"
                            "Nasa's Europa Clipper spacecraft has blasted off from Florida.")
        assert ("Ian Sample", "PERSON") in ents
        assert not any(t.startswith("Mon") for t, _ in ents)

    def test_control_a_three_word_name_before_a_desk(self, nlp):
        # a name alone on its line with no desk noun after it keeps its words
        ents = ents_of(nlp, "Mary Ann Evans\n\nThe novelist was born in Warwickshire.")
        assert not any(t == "Mary Ann" for t, _ in ents)

    def test_slashed_credit(self, nlp):
        labels = labels_of(nlp, "Nasa's Europa Clipper lifts off. Photograph: Kim Shiflett/Nasa")
        assert labels.get("Kim Shiflett") == "PERSON"
        assert "Kim Shiflett/Nasa" not in labels

    def test_et_al(self, nlp):
        labels = labels_of(nlp, "More information: Leonardo N. M. Iasi et al, Neanderthal ancestry through time, "
                                "Science (2024).")
        assert not any(name.endswith(" et") for name in labels)


class TestCountsBack:
    """A count of years in thousands before "ago" gives no date; "the first … in a decade" looks back."""

    def test_thousands_of_years(self):
        assert resolve("around 50,500 years ago", dt.date(2024, 12, 12))[0] is None
        assert resolve("45,000 years ago", dt.date(2024, 12, 12))[0] is None
        assert resolve("1,000 years ago", dt.date(2024, 12, 12))[0] == "1024"
        assert resolve("three years ago", dt.date(2024, 12, 12))[0] == "2021"  # control

    def test_first_in_a_decade(self, nlp, tmp_path):
        text = ("Measles cases top 400\n\nWashington (AFP) - March 25, 2025\n\nA six-year-old girl who was not "
                "vaccinated died in Lubbock in February, the first death from measles in the United States in a "
                "decade.\n")
        rows = tables_of(nlp, text, dt.date(2025, 3, 25), tmp_path).timeline
        decade = [r.date for r in rows.itertuples() if r.expression == "in a decade"]
        assert decade and decade[0] != "2035"


class TestWhoAfterABody:
    """"who" after a person's "of <body>" phrase stands for the person."""

    def test_cosmonaut(self, nlp, tmp_path):
        text = ("Starliner astronauts back\n\n19 March 2025\n\nThe pair came back with Nasa's Nick Hague and Russian "
                "cosmonaut Aleksandr Gorbunov, of the Russian space agency Roscosmos, who had arrived at the station "
                "on the Crew-9 mission last year.\n")
        events = tables_of(nlp, text, dt.date(2025, 3, 19), tmp_path).events
        arrive = [e for e in events.itertuples() if e.verb == "arrive"]
        assert arrive and "Gorbunov" in str(arrive[0].subject) and "Roscosmos" not in str(arrive[0].subject)

    def test_control_the_body_itself(self, nlp, tmp_path):
        # "who" right after a body with no person before its "of" stays the body's
        text = "Team\n\n19 March 2025\n\nThe grant went to the Open University, who had applied last year.\n"
        events = tables_of(nlp, text, dt.date(2025, 3, 19), tmp_path).events
        apply_ = [e for e in events.itertuples() if e.verb == "apply"]
        assert not apply_ or "Open University" in str(apply_[0].subject)


class TestIllnessCodes:
    """An influenza's subtype ("H5N1") and the acronym before "vaccine" ("the MMR vaccine") are no names."""

    def test_flu_subtype_and_vaccine(self, nlp):
        labels = labels_of(nlp, "The H5N1 avian influenza virus has been circulating in US dairy cattle. H5N1 was "
                                "first detected in cattle in March. The best way to protect yourself is the MMR "
                                "vaccine.")
        assert "H5N1" not in labels
        assert "MMR" not in labels

    def test_control_a_maker_and_a_body(self, nlp):
        # a maker's name before "vaccine" is written as a name; an acronym before another noun stays
        ents = ents_of(nlp, "The Pfizer vaccine was approved, and NATO officials agreed.")
        assert any(t == "Pfizer" for t, _ in ents)
        assert ("NATO", "ORG") in ents


class TestVersionedModels:
    """A software model's name runs over its version number ("Gemini 2.0 Flash Thinking"): one product."""

    def test_model_release(self, nlp):
        labels = labels_of(nlp, "Google, meanwhile, released Gemini 2.0 Flash Thinking, its own reasoning model, on "
                                "Thursday.")
        assert labels.get("Gemini 2.0 Flash Thinking") == "PRODUCT"
        assert "Gemini" not in labels and "Flash Thinking" not in labels

    def test_control_a_count_after_a_name(self, nlp):
        # a number with a point after a person's name, and no name after it, is a count
        labels = labels_of(nlp, "John Smith 2.5 million people watched the final.")
        assert not any("2.5" in name for name in labels)
