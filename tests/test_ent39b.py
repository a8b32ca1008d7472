"""Round ent39b: the twenty-first entity dev gold (``wikinews-entities-dev21``, ten Wikinews texts of 2019 on
science, space, health, an obituary, an inventor, Pacific and Asian politics and a summit) and the rules its errors
showed. Sentences are Wikinews's (CC BY 2.5, "Wikinews contributors, en.wikinews.org")."""

from conftest import DATA, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentyFirstEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev21`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev21"
    ARTICLES = 10


# Wikinews, 2019-10-12, Scientists describe how 'upside-down rivers' of warm water break Antarctica's ice shelf
_BOULDER = ("In findings published Wednesday in Science Advances, researchers from the University of Colorado at "
            "Boulder (CU Boulder) in Colorado and the College of Wooster in Ohio reported a new mechanism by which "
            "warm ocean currents erode the ice shelves along the coast of Antarctica.")


class TestCampusShortFormsInBrackets:
    """"the University of Colorado at Boulder (CU Boulder)": the short form in brackets after a state university's
    campus named with "at" is one body (the model read the town in it as a person); the university and its town
    stay apart, as GUM's nested annotation has the town a place of its own."""

    def test_the_short_form_is_a_body(self, nlp):
        ents = ents_of(nlp, _BOULDER)
        assert ("CU Boulder", "ORG") in ents and ("Boulder", "PERSON") not in ents
        assert ("the University of Colorado", "ORG") in ents and ("Boulder", "GPE") in ents

    def test_a_bracket_of_other_words_is_left(self, nlp):
        ents = ents_of(nlp, "She studied at the University of Michigan at the time. He taught at the University "
                            "of Massachusetts at Amherst (near Boston) for years.")
        assert ("the University of Michigan", "ORG") in ents
        assert not any(text.startswith("near Boston") for text, _ in ents)


# Wikinews, 2019-03-05, SpaceX Crew Dragon capsule docks with International Space Station
_DRAGON = ("On Sunday, the SpaceX Crew Dragon capsule successfully docked with the International Space Station in "
           "orbit around the Earth. \"To be frank I'm a little emotionally exhausted because that was super "
           "stressful,\" SpaceX founder Elon Musk told the press after the launch.")


class TestUntaggedCraftOfMakers:
    """"the SpaceX Crew Dragon capsule": a run of capitalised words the model left untagged between "the" and a
    craft's kind noun, opening with a body the text names, is the maker and the craft."""

    def test_the_maker_and_the_craft(self, nlp):
        ents = ents_of(nlp, _DRAGON)
        assert ("Crew Dragon", "PRODUCT") in ents
        assert ents.count(("SpaceX", "ORG")) == 2

    def test_a_run_opening_with_no_body_is_left(self, nlp):
        # the first word is no body the text names: nothing is added
        ents = ents_of(nlp, "On Sunday, the Lucky Star Dragon capsule docked with the station.")
        assert ("Star Dragon", "PRODUCT") not in ents and ("Lucky", "ORG") not in ents


# Wikinews, 2019-08-15, Scientists report two life-saving treatments for Ebola
_ZMAPP = ("One antibody cocktail, ZMapp, initially showed promise in the field, but formal studies indicated it had "
          "less benefit than sought in preventing death. In the PALM trial, ZMapp served as a control.")


class TestMedicinesInApposition:
    """"One antibody cocktail, ZMapp,": a name set off after a medicine's noun (or a mixture of medicines) is the
    medicine, no body, at every mention."""

    def test_the_cocktail_is_a_product(self, nlp):
        assert label_rows(entity_table(nlp, _ZMAPP)).get("ZMapp") == "PRODUCT"

    def test_a_drug_maker_stays_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, "The drug company, Pfizer, said the vaccine worked. Pfizer shares "
                                            "rose on Monday."))
        assert rows.get("Pfizer") == "ORG"


# Wikinews, 2019-10-05, Voracious fish defend coral reefs against warming, say scientists
_CORALS = ("The researchers examined three types of coral in reefs off the coast of Fiji, Acropora millepora, Porites "
           "cylindrica, and Pocillopora damicornis. P. cyclindrica and P. damicornis are known to be function under "
           "conditions that damage other corals and A. millepora is not.")


class TestAbbreviatedBinomials:
    """"A. millepora" after "Acropora millepora": a binomial abbreviated to its genus's initial is a species, no
    person (the model read an initial and a surname)."""

    def test_the_abbreviated_species_is_dropped(self, nlp):
        assert not any(text == "A. millepora" for text, _ in ents_of(nlp, _CORALS))

    def test_a_person_with_an_initial_stays(self, nlp):
        ents = ents_of(nlp, "J. Smith and A. Jones spoke. A. millepora is not written in full here.")
        assert ("J. Smith", "PERSON") in ents and ("A. Jones", "PERSON") in ents


# Wikinews, 2019-02-11, Pioneering oceanographer Walter Munk dies of pneumonia in California
_PHD = ("Earning a post-war PhD in oceanography from University of California, Los Angeles, Munk was an early "
        "scientific adopter of scuba equipment.")


class TestDegreesAsNouns:
    """"a post-war PhD in oceanography": a degree's letters used as a noun are the degree earned, no work
    (WORK_OF_ART) nor body."""

    def test_the_degree_is_no_entity(self, nlp):
        ents = ents_of(nlp, _PHD)
        assert not any(text == "PhD" for text, _ in ents)
        assert ("University of California, Los Angeles", "ORG") in ents

    def test_a_state_written_as_a_degree_stays(self, nlp):
        assert ("MD", "GPE") in ents_of(nlp, "She moved to Baltimore, MD last year.")


# Wikinews, 2019-08-24, World leaders call to address Amazon rainforest fires at G7
_ACCORD = ("Brazil is not a member of G7, but it is part of a pact between the European Union and the South American "
           "group Mercosur, which requires Brazilian compliance with the Paris Climate Accord.")


class TestAgreementsCutToHeads:
    """"the Paris Climate Accord": the model tagged the head alone ("Accord" PRODUCT); the capitalised words before
    it, untagged, name the agreement, one law (LAW)."""

    def test_the_whole_agreement_is_a_law(self, nlp):
        ents = ents_of(nlp, _ACCORD)
        assert ("Paris Climate Accord", "LAW") in ents and ("Accord", "PRODUCT") not in ents

    def test_a_head_alone_is_left(self, nlp):
        ents = ents_of(nlp, "She signed the Accord on Monday.")
        assert not any(label == "LAW" for _, label in ents)
