"""Entity rules after the second entity audit (found and labelled) of fresh text: four Wikinews science and
technology interviews and four White House presidential messages of history (round ``entities18``,
``bench/audit/entities18.tsv``).

Each rule is checked on a sentence of the corpora (Wikinews 2019–2020, White House 2025), outside the
audited texts where the corpora have one. Wikinews texts: Wikinews contributors, en.wikinews.org, CC BY 2.5;
White House texts: public domain.
"""

from __future__ import annotations

from conftest import labels_of


class TestCapitalisedCommonNouns:
    """"to our Soldiers, Sailors, Marines, Airmen, …", "NOW, THEREFORE, I, …": common words written with
    capitals in honour or in a proclamation's formula name no one."""

    def test_ranks_of_the_services_after_our_are_no_names(self, nlp):
        # White House, Veterans Day proclamation (not audited).
        labels = labels_of(nlp, "Today, we extend our deepest gratitude to our Soldiers, Sailors, Marines, Airmen, "
                              "Coast Guardsmen, and Guardians for their sacrifice, and we thank the families who "
                              "share the burden of their service.")
        assert not labels

    def test_a_connective_in_capitals_is_no_person(self, nlp):
        labels = labels_of(nlp, "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by "
                              "virtue of the authority vested in me by the Constitution and the laws of the United "
                              "States, do hereby proclaim December 7, 2025, as National Pearl Harbor Remembrance Day.")
        assert "THEREFORE" not in labels
        assert labels.get("DONALD TRUMP") == "PERSON" or labels.get("Donald Trump") == "PERSON"

    def test_names_in_a_list_stay(self, nlp):
        # White House (not audited): a list of bodies whose names are English words too, after no quantifier.
        labels = labels_of(nlp, "The Nation’s 2,700 data centers, mostly operated by tech giants like Google, Amazon, "
                              "Microsoft, Meta, and Apple, consumed over 4% of U.S. electricity in 2022 and are "
                              "expected to reach 9% by 2030.")
        assert labels.get("Google") == "ORG" and labels.get("Amazon") == "ORG"


class TestStarDesignations:
    """"HR 6819 contains two stars", "black hole — V616 Mon —", "another system LB-1", "of Telescopium
    constellation": a star's or a system's catalogue designation and a constellation are places (LOC)."""

    # Astronomer tells Wikinews about discovery of closest black hole known so far (an audited text: the
    # corpus names no other star so outside the science pool).
    TEXT = ("The black hole described in the study is located in the HR 6819 stellar system of Telescopium "
            "constellation, making it the first system visible to the naked eye to contain a black hole. HR 6819 "
            "contains two stars, and they are visible from the Southern Hemisphere. The nearest previously known "
            "black hole — V616 Mon — the study noted was usually estimated at more than 3000 light years away. "
            "The research suggested HR 6819 was very similar to another system LB-1.")

    def test_a_star_systems_designation_is_a_place(self, nlp):
        labels = labels_of(nlp, self.TEXT)
        assert labels.get("HR 6819") == "LOC"
        assert labels.get("V616 Mon") == "LOC"
        assert labels.get("LB-1") == "LOC"

    def test_an_untagged_constellation_is_a_place(self, nlp):
        assert labels_of(nlp, self.TEXT).get("Telescopium") == "LOC"

    def test_an_aircraft_in_a_text_without_stars_is_no_place(self, nlp):
        from toolkit.nlp.heavens import designated_stars

        # Wikinews (not audited): a designation's shape in a text with no star nor black hole.
        doc = nlp("The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, Massachusetts, "
                  "and was manufactured in 1944 according to Federal Aviation Administration records.")
        assert designated_stars(doc, list(doc.ents)) == list(doc.ents)


class TestTurnSpeakers:
    """"((Perttu Ahola)) Hi.": a full name that marks an interview's turn is a person's, though the model
    reads it as a body ("developer Perttu Ahola", ORG)."""

    def test_a_turns_full_name_is_a_person(self, nlp):
        # Open source game developer Perttu Ahola talks about Minetest with Wikinews (an audited text: the
        # model mislabels no other interviewee's turns in the corpus).
        text = ("Recently, Finnish open-source video game developer Perttu Ahola discussed Minetest, his \"longest "
                "ever project\", with Wikinews.\n\nStarted in October 2010, Minetest was an attempt by Ahola to "
                "create a sandbox game similar to Minecraft.\n\nCan you introduce yourself?\n\n((Perttu Ahola)) "
                "Hi. Although I'm usually called \"celeron55\" on the Internet, my real name is Perttu Ahola. I'm a "
                "programmer and electronics geek from Finland.\n\n((WN)) How did you find out about programming?"
                "\n\n((Perttu Ahola)) I've had programming as a hobby my entire life.\n\n((WN)) What made you want "
                "to create Minetest?\n\n((Perttu Ahola)) Initially I took it as a challenge.\n\n((WN)) When did you "
                "start working on Minetest initially?\n\n((Perttu Ahola)) At the beginning of October 2010.")
        assert labels_of(nlp, text).get("Perttu Ahola") == "PERSON"

    def test_initials_make_no_speaker(self, nlp):
        from toolkit.nlp.turn_labels import turn_speakers

        doc = nlp("((WN)) How did you find out about programming?")
        assert not [e for e in turn_speakers(doc, list(doc.ents)) if e.label_ == "PERSON"]


class TestHeadWordsOfHistory:
    """"St. John's Church in Richmond", "the Boston Harbor", "the Boston Massacre": a saint's church is a
    building (FAC), a harbour is water (LOC), and an event named after a place no body (EVENT, not listed)."""

    def test_a_saints_church_is_a_building(self, nlp):
        # White House, Patrick Henry's speech (an audited text: the corpora name no other saint's church so).
        labels = labels_of(nlp, "On March 23, 1775, Patrick Henry rose to the pulpit of St. John’s Church in Richmond, "
                              "Virginia, to speak those immortal words that remain etched upon every American heart.")
        assert labels.get("St. John’s Church") == "FAC"

    def test_a_harbour_is_a_place(self, nlp):
        # White House, the Boston Tea Party's anniversary (not audited).
        labels = labels_of(nlp, "The growing movement of resistance reached the tipping point on December 16, 1773, "
                              "when the Sons of Liberty dumped hundreds of chests of British tea into the Boston "
                              "Harbor.")
        assert labels.get("Boston Harbor") == "LOC"

    def test_a_massacre_is_no_body(self, nlp):
        # White House, the Boston Massacre's anniversary (not audited).
        labels = labels_of(nlp, "Today our Nation commemorates the 255th anniversary of the Boston Massacre—the "
                              "singular event that ignited the movement for American independence.")
        assert labels.get("Boston Massacre") not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")


class TestFrenchLandforms:
    """"a site called Abri Peyrony": a French landform word (abri, grotte, lac, baie, pointe) opens a place's
    name as a Spanish one does ("Punta Tombo")."""

    def test_a_rock_shelter_is_a_place(self, nlp):
        # Neanderthals knew what they were doing (an audited text: the corpora name no other French landform).
        labels = labels_of(nlp, "Dr Martisius and her team used five bone tools discovered from Neanderthals' sites "
                              "in southwest France for this research. Four of these bone tools were found in a site "
                              "called Abri Peyrony and the other one was from Pech-de-l’Azé I.")
        assert labels.get("Abri Peyrony") == "LOC"


class TestAPolitysIndependence:
    """"of the Independence of the United States of America the two hundred and fiftieth", "250 years of
    glorious American Independence": a polity's capitalised abstract noun is its state, no body."""

    def test_the_proclamations_closing_formula_names_no_body(self, nlp):
        # White House, National Pearl Harbor Remembrance Day 2025 (not audited).
        labels = labels_of(nlp, "IN WITNESS WHEREOF, I have hereunto set my hand this fifth day of December, in the "
                              "year of our Lord two thousand twenty-five, and of the Independence of the United "
                              "States of America the two hundred and fiftieth.")
        assert not any("Independence" in name for name in labels)

    def test_american_independence_names_no_body(self, nlp):
        # White House (not audited).
        labels = labels_of(nlp, "As we celebrate 250 glorious years of American Independence, we renew our commitment "
                              "to strengthening our maritime power and ensuring that America is the mostdominant "
                              "force upon the oceans for generations to come.")
        assert not any("Independence" in name for name in labels)
        assert labels.get("United States") == "GPE" or labels.get("America") == "GPE"


class TestGenerationalSuffixes:
    """"Theodore Roosevelt, Jr. exemplified …": a suffix after a comma is the person's, no place."""

    def test_a_lone_suffix_names_no_place(self, nlp):
        # White House, Theodore Roosevelt's birthday (an audited text: the model reads no other suffix so).
        labels = labels_of(nlp, "Born on this day in 1858, Theodore Roosevelt, Jr. exemplified American exceptionalism "
                              "throughout his colorful life.")
        assert "Jr" not in labels and "Jr." not in labels
        assert labels.get("Theodore Roosevelt") == "PERSON"


class TestCommonNounsJoinedByAmpersand:
    """"in journal Astronomy & Astrophysics": two common nouns joined by "&" that name nothing apart are one
    body's name, not two names joined in a headline ("Trump & Zelenskyy")."""

    def test_a_journal_named_by_two_common_nouns_is_kept(self, nlp):
        # Astronomer tells Wikinews about discovery of closest black hole (an audited text: the corpus names
        # no other body so).
        labels = labels_of(nlp, "A study published in journal Astronomy & Astrophysics last month reported astronomers "
                              "from the European Southern Observatory (ESO) and elsewhere discovered a black hole in "
                              "the Telescopium constellation.")
        assert labels.get("Astronomy & Astrophysics") == "ORG"


class TestHonours:
    """"the Presidential Medal of Freedom", "the Badge of Military Merit": an honour named by its head word is
    no body or person (the model labels "the Nobel Peace Prize" a work)."""

    NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")

    def test_a_medal_is_no_body(self, nlp):
        # White House (not audited).
        labels = labels_of(nlp, "The Presidential Medal of Freedom is the Nation’s highest civilian honor, presented "
                              "to individuals who have made exemplary contributions to the prosperity, values, or "
                              "security of the United States.")
        assert labels.get("Presidential Medal of Freedom") not in self.NAME_LABELS
        assert labels.get("United States") == "GPE"

    def test_a_medal_is_no_person(self, nlp):
        # White House (not audited).
        labels = labels_of(nlp, "You know, he awarded the Presidential Citizens Medal to Liz Cheney, who the "
                              "president-elect has said should be in jail.")
        assert not any(label in self.NAME_LABELS for name, label in labels.items() if "Medal" in name)
        assert labels.get("Liz Cheney") == "PERSON"


class TestTermsSpeltOutWithACapital:
    """"a technology called Matrix-assisted laser desorption/ionization (MALDI)": an acronym spelt out in lower
    case but for the first word is a term, no body (as "liquid natural gas (LNG)" is)."""

    def test_a_techniques_acronym_is_no_body(self, nlp):
        # Neanderthals knew what they were doing (an audited text: the corpora spell out no other term so).
        labels = labels_of(nlp, "After the trypsin has broken collagen fibres into peptides, it is analysed using a "
                              "technology called Matrix-assisted laser desorption/ionization (MALDI) Time-of-Flight "
                              "mass spectrometer (ToF MS).")
        assert "MALDI" not in labels

    def test_a_body_spelt_out_in_capitals_stays(self, nlp):
        from toolkit.nlp.glossed_terms import glossed_acronyms

        # Wikinews (not audited): every word of a body's name is capitalised.
        doc = nlp('Yesterday, the World Health Organization (WHO) raised the 2019-nCoV coronavirus global risk '
                  'assessment from "moderate" to "high".')
        assert "WHO" not in glossed_acronyms(doc)


class TestConventionsThatSit:
    """"the Fifth Virginia Convention met in Williamsburg": a convention that meets, assembles or votes is an
    assembly (ORG), not a treaty (LAW, not listed)."""

    def test_a_convention_that_meets_is_a_body(self, nlp):
        # White House (not audited).
        labels = labels_of(nlp, "As the flame of liberty spread across the American Colonies, the Fifth Virginia "
                              "Convention met in Williamsburg in the spring of 1776 to construct a new order of "
                              "self-governance for a free and sovereign people.")
        assert labels.get("Fifth Virginia Convention") == "ORG"

    def test_a_treaty_stays_no_body(self, nlp):
        from toolkit.nlp.assemblies import sits_as_a_body

        # White House (not audited): a convention that is amended is a treaty.
        doc = nlp("3006(a)), modified the HTSUS to reflect amendments to the International Convention on the "
                  "Harmonized Commodity Description and Coding System (the “Convention”).")
        assert not any(sits_as_a_body(e) for e in doc.ents)
