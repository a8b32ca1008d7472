"""Entity rules after the label audit of fifteen fresh Wikinews articles (round ``entities12``,
``bench/audit/entities12.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020. Texts: Wikinews contributors,
en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import labels_of


class TestAPartyNamedByItsAdjective:
    """"Democratic Senator", "the Democratic primary": the capitalised adjective names the party (ORG)."""

    def test_party_adjectives_before_titles_are_the_parties(self, nlp):
        labels = labels_of(nlp, "A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth "
                              "Dole to become the first female Democratic US Senator from North Carolina.")
        assert labels.get("Republican") == "ORG" and labels.get("Democratic") == "ORG"
        assert labels.get("Elizabeth Dole") == "PERSON" and labels.get("North Carolina") == "GPE"

    def test_a_primary_is_the_partys(self, nlp):
        labels = labels_of(nlp, "Gillibrand dropped out ahead of the upcoming third Democratic primary debate.")
        assert labels.get("Democratic") == "ORG"

    def test_a_nationality_stays_a_people(self, nlp):
        labels = labels_of(nlp, "Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk "
                              "in Siberia to Berlin, Germany.")
        assert labels.get("Russian") == "NORP"


class TestANamePlacedByABearing:
    """"nine kilometers east of Carrascal": only a place has a bearing taken from it."""

    def test_a_town_after_a_compass_point_and_of_is_a_place(self, nlp):
        labels = labels_of(nlp, "According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the "
                              "epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 "
                              "km (45 miles) north of Tandag City, the capital of Surigao del Sur.")
        assert labels.get("Carrascal") == "GPE" and labels.get("Tandag City") == "GPE"
        assert labels.get("Philippine Institute of Volcanology and Seismology") == "ORG"


class TestACountrysAdjective:
    """"Tongan time": a country's adjective ("-n", "-an", "-ian" on a country's name) is a nationality."""

    def test_the_adjective_of_a_small_country_is_no_person(self, nlp):
        labels = labels_of(nlp, "Akilisi Pohiva, the prime minister of Tonga, died today at 10:00 a.m. Tongan time "
                              "(2100 UTC, yesterday) at the age of 78.")
        assert labels.get("Tongan") == "NORP" and labels.get("Tonga") == "GPE"
        assert labels.get("Akilisi Pohiva") == "PERSON"


class TestATownInItsRegion:
    """"from Tomsk in Siberia": a known town, "in" and a region are two places, not one body."""

    def test_a_town_and_its_region_are_two_places(self, nlp):
        labels = labels_of(nlp, "On Thursday, Navalny was flying from Tomsk in Siberia headed for Moscow when he "
                              "fell ill.")
        assert labels.get("Tomsk") == "GPE" and labels.get("Siberia") == "LOC"
        assert "Tomsk in Siberia" not in labels and labels.get("Moscow") == "GPE"


class TestASourceNamedByItsApposition:
    """"according to Sadie Weiner, Hagan's former spokeswoman": what the apposition calls the source wins."""

    def test_a_source_in_apposition_with_a_persons_role_is_a_person(self, nlp):
        labels = labels_of(nlp, "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from Powassan "
                              "virus, a flavivirus, leading to encephalitis (brain inflammation).")
        assert labels.get("Sadie Weiner") == "PERSON"


class TestAListNamedByPluralPlaces:
    """"the towns damaged were X, Y and Z": a list that a plural noun of places names is of places."""

    def test_the_members_of_a_list_of_towns_are_places(self, nlp):
        labels = labels_of(nlp, "Governor Alexander Pimentel told CNN Philippines the towns damaged were primarily "
                              "Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes.")
        assert all(labels.get(name) == "GPE" for name in ("Cantilan", "Madrid", "Carmen", "Lanuza", "Cortes"))
        assert labels.get("Alexander Pimentel") == "PERSON"
