"""Entity rules after the audit of eleven short Wikinews articles (round ``ent40b``, ``bench/audit/ent40b/README.md``,
the gold ``tests/data/gold/wikinews-entities-dev24``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentyFourthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev24`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev24"
    ARTICLES = 11


def _labels(nlp, text: str) -> dict[str, str]:
    """The entity table's label of each name of ``text`` (repairs and the set-wide vote)."""
    return label_rows(entity_table(nlp, text))


# Wikinews, 2019-10-22, Aftershocks increase death toll of magnitude 6.3 earthquake in southern Philippines
_FAULT = ("Phivolcs said in its report, the western extension of Mindanao Fault makes the province seismically active, "
          "while the nearby Cotabato Trench contributes to earthquakes regionally.")


class TestFaultsAndTrenches:
    """"the western extension of Mindanao Fault": a fault and an ocean trench are features of the earth's crust,
    places (LOC), whatever the model calls them (a body)."""

    def test_the_fault_is_a_place(self, nlp):
        labels = _labels(nlp, _FAULT)
        assert labels.get("Mindanao Fault") == "LOC" and labels.get("Cotabato Trench") == "LOC"

    def test_other_heads_stay(self, nlp):
        labels = _labels(nlp, "Scientists say the Alpine Fault in New Zealand could rupture soon. The Mariana Trench "
                              "is the deepest place on Earth. Geologists at the Mindanao Institute said so.")
        assert labels.get("Alpine Fault") == "LOC" and labels.get("Mariana Trench") == "LOC"
        assert labels.get("Mindanao Institute") == "ORG"


_SULTAN = ("It was followed by another earthquake an hour later; the second quake had a magnitude of 4.0 and was "
           "recorded in Sultan Kudarat. Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat, announced "
           "classes for students would be cancelled.")


class TestPlacesNamedAfterTitledPeople:
    """"was recorded in Sultan Kudarat", "the mayor of Esperanza, Sultan Kudarat,": a title and a name that together
    are a place the gazetteer knows are one place, the title kept (the title rules made a person "Kudarat"; the model
    cut the first mention in two)."""

    def test_the_province_keeps_its_title(self, nlp):
        labels = _labels(nlp, _SULTAN)
        assert labels.get("Sultan Kudarat") == "GPE" and "Kudarat" not in labels
        assert labels.get("Esperanza") == "GPE" and labels.get("Charles Federic Plotena") == "PERSON"

    def test_a_canadian_town_named_after_a_prince(self, nlp):
        labels = _labels(nlp, "The fire started in Prince George, a city in British Columbia.")
        assert labels.get("Prince George") == "GPE" and "George" not in labels

    def test_a_ruler_stays_a_person(self, nlp):
        labels = _labels(nlp, "Sultan Qaboos ruled Oman for decades. King Charles visited Canada.")
        assert labels.get("Qaboos") == "PERSON" and labels.get("Charles") == "PERSON"


_TALLY = ("76 villages were affected according to NDRRMC report on Saturday, which figured 21 injured individuals in "
          "Davao del Sur, 36 in North Cotabato, 29 in South Cotabato and seven in General Santos City.")


class TestTalliesPlaceByPlace:
    """"21 injured individuals in Davao del Sur, 36 in North Cotabato, …": a name counted in a tally place by place
    is a place, as its fellows are (the model called the first a body)."""

    def test_the_first_of_the_tally_is_a_place(self, nlp):
        labels = _labels(nlp, _TALLY)
        assert labels.get("Davao del Sur") == "GPE" and labels.get("North Cotabato") == "GPE"

    def test_a_body_in_a_tally_stays(self, nlp):
        labels = _labels(nlp, "Two people were arrested in Congress, 3 in Texas. He served 12 years in Congress, "
                              "4 in the Senate.")
        assert labels.get("Congress") == "ORG" and labels.get("Texas") == "GPE"


_RAPPLER = ("Rappler reported three malls in Davao City and Gaisano Mall in Digos City were damaged following "
            "aftershocks.")


class TestOutletsThatReported:
    """"Rappler reported three malls … were damaged": an untagged one-word name, the subject of "reported" with a
    clause for complement, is an outlet (the model left it untagged)."""

    def test_the_outlet_is_a_body(self, nlp):
        assert ("Rappler", "ORG") in ents_of(nlp, _RAPPLER)

    def test_no_clause_or_a_known_person_names_no_outlet(self, nlp):
        from toolkit.nlp.reporting_outlets import outlets_reporting

        assert not outlets_reporting(nlp("Smith reported the theft to police. Paris reported a record heat."), set())
        labels = _labels(nlp, "Inspector Joe Brabham arrived at noon. Brabham reported the car had been stolen. "
                              "Reuters reported the talks had failed.")
        assert labels.get("Joe Brabham") == "PERSON" and labels.get("Brabham") != "ORG"
        assert labels.get("Reuters") == "ORG"


# Wikinews, 2019-10-05, Four stabbed to death at Paris police headquarters
_PREFECTURE = ("On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT worker went on a "
               "stabbing spree, killing four.")


class TestPoliceForcesBySeat:
    """"the headquarters of the Paris Police Prefecture": a name with "Police" before a last word that names no
    building, ground, day or event is a police force or its office, a body (the model called it an event)."""

    def test_the_prefecture_is_a_body(self, nlp):
        labels = _labels(nlp, _PREFECTURE)
        assert labels.get("Paris Police Prefecture") == "ORG" and labels.get("Paris") == "GPE"

    def test_a_police_station_stays_a_building(self, nlp):
        labels = _labels(nlp, "He was taken to the Brixton Police Station on Monday. Tokyo Prefecture is large.")
        assert labels.get("Brixton Police Station") == "FAC" and labels.get("Tokyo Prefecture") != "ORG"


# Wikinews, 2020-01-17, Seismic activity continues to shake Puerto Rico with 5.2 quake
_PLANT = ("The Costa Sur power plant at Guayanilla was close to the January 7 quake's epicenter. Costa Sur provided "
          "power for about a quarter of Puerto Rico's private homes and businesses. Reportedly, without Costa Sur the "
          "island's other plants would have to operate near full capacity.")
_RIVERA = "One resident told Paul Rivera of WESH 2 news, \"We're used to it.\""


class TestPlantsNamedByWhatTheyMake:
    """"The Costa Sur power plant at Guayanilla": a name compounded onto "power plant" (a plant named by what it
    makes) is the plant, a facility (the model called it a place)."""

    def test_the_plant_is_a_facility(self, nlp):
        labels = _labels(nlp, _PLANT)
        assert labels.get("Costa Sur") == "FAC" and labels.get("Guayanilla") == "GPE"

    def test_a_town_before_a_plant_stays(self, nlp):
        labels = _labels(nlp, "Workers at the Texas power plant went on strike. A Dublin power plant closed. The "
                              "Robert Plant concert sold out.")
        assert labels.get("Texas") == "GPE" and labels.get("Dublin") == "GPE"


class TestStationsByChannelAndTheirPeople:
    """"told Paul Rivera of WESH 2 news": a call sign and its channel number before "news" are one station, and the
    one a speaker tells "of" a body is a person (the model called him a body and cut the station at the sign)."""

    def test_the_station_and_its_reporter(self, nlp):
        labels = _labels(nlp, _RIVERA)
        assert labels.get("WESH 2") == "ORG" and labels.get("Paul Rivera") == "PERSON"

    def test_a_count_after_a_sign_or_a_firm_told_stays(self, nlp):
        ents = ents_of(nlp, "The KARE crew filmed 2 news vans. The company told Goldman Sachs of its plans.")
        assert not any(text.startswith("KARE 2") for text, _ in ents)
        assert ("Goldman Sachs", "PERSON") not in ents


# Wikinews, 2020-02-05, Police shoot man dead after terrorist-related knife attack in London
_BOOTS = ("The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what "
          "the police declared a \"terrorist-related\" attack.")


class TestChainsNamedByOneShop:
    """"reportedly outside a Boots store": an untagged name between "a" and a shop noun is the chain, a body (the
    model left it untagged); a town there says where the shop is."""

    def test_the_chain_is_a_body(self, nlp):
        assert ("Boots", "ORG") in ents_of(nlp, _BOOTS)

    def test_a_town_or_a_street_before_a_shop_stays(self, nlp):
        ents = ents_of(nlp, "He was arrested outside a London store. She works at a Main Street shop. They met "
                            "at the Boots store.")
        assert ("London", "ORG") not in ents and ("Main", "ORG") not in ents
        assert ("Boots", "ORG") not in ents
