"""Entity rules after the entity audit (found and labelled) of nine Wikivoyage travel guides of the GUM corpus (round
``entities38``, ``bench/audit/entities38.tsv``): Athens, Cleveland, Cuba, Guadeloupe, Łódź, Oakland, Socotra,
Thailand and Vava'u.

Each rule is checked on the audited sentences: the texts are Wikivoyage's (Wikivoyage contributors, CC BY-SA 3.0),
as the GUM corpus (Georgetown University Multilayer corpus, Zeldes; annotations CC BY 4.0) holds them, in the files
GUM_voyage_cleveland, GUM_voyage_cuba and GUM_voyage_socotra.
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, label_rows


# GUM_voyage_cleveland
_CLEVELAND = """Cleveland is a culturally diverse city on the shores of Lake Erie, one of the Great Lakes, in Cuyahoga County, Ohio, USA. Recreational, cultural and educational opportunities are abundant throughout Northeast Ohio.

Cleveland is the urban center of Northeast Ohio, the 15th largest combined metropolitan area in the United States. Like most U.S. cities, Cleveland proper began to lose population to suburban areas in the 1960s and 1970s. However, in the mid-1980s, Cleveland earned the nickname the "Comeback City" as the urban core experienced a dramatic revitalization process that continues today.

Another thing non-locals don't often realize is that Cleveland's long history of industrial wealth has left it chock full of cultural riches as well as the beginnings of a "sustainable city" movement. Serving as a global model for urban rebirth, Cleveland has been named one of the top 10 international visitor hotspots by Travel and Leisure magazine. For decades, the city has boasted of: a "Big Five" orchestra (The Cleveland Orchestra), the second largest performing arts center in the U.S. (Playhouse Square Center), a world-renowned art museum (The Cleveland Museum of Art), the nation's first health museum (HealthSpace Cleveland), R&D hub of the aerospace and aviation industry (the NASA Glenn Research & Visitors Center) and a number of other first-rate attractions (too many to mention here - read on)."""


class TestAKnownCityStaysAPlace:
    """"the nation's first health museum (HealthSpace Cleveland)", of which the model tags "Cleveland" alone: one kind
    noun in apposition makes no building of a known city that every other mention calls a place."""

    def test_the_city_is_a_place(self, nlp):
        assert label_rows(entity_table(nlp, _CLEVELAND)).get("Cleveland") == "GPE"

    def test_a_kind_noun_still_names_an_unknown_place(self, nlp):
        # the museums named in brackets after their kind noun stay buildings
        rows = label_rows(entity_table(nlp, _CLEVELAND))
        assert rows.get("The Cleveland Museum of Art") == "FAC"


# GUM_voyage_cuba
_CUBA = """Citizens of Antigua and Barbuda (28 days), Barbados (28 days), Benin, Bosnia and Herzegovina, CIS (except Ukraine and Uzbekistan), Dominica, Grenada (60 days), Liechtenstein (90 days), Macedonia, Malaysia (90 days), Mongolia, Montenegro (90 days), Namibia, Singapore, Slovakia, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Serbia (90 days), Turkmenistan who can stay 30 days without visa."""


class TestAKnownCountryIsNoPersonsFullName:
    """"…, Slovakia, Saint Kitts and Nevis, Saint Lucia, …": a country the model takes for a person is no person
    named in full, whose last word would make it a person whatever the gazetteer says."""

    def test_the_country_is_a_place(self, nlp):
        assert label_rows(entity_table(nlp, _CUBA)).get("Saint Lucia") == "GPE"

    def test_the_other_countries_stay_places(self, nlp):
        rows = label_rows(entity_table(nlp, _CUBA))
        assert rows.get("Slovakia") == "GPE" and rows.get("Barbados") == "GPE"


class TestACountryOfTwoNames:
    """"Saint Kitts and Nevis", "Saint Vincent and the Grenadines": a country whose name joins two names by "and",
    which the model cut at the "and" (and took for a person), is one place under its whole name."""

    def test_the_whole_names(self, nlp):
        rows = label_rows(entity_table(nlp, _CUBA))
        assert rows.get("Saint Kitts and Nevis") == "GPE"
        assert rows.get("Saint Vincent and the Grenadines") == "GPE"
        assert "Saint Kitts" not in rows and "Saint Vincent" not in rows

    def test_a_country_the_model_read_whole_stays(self, nlp):
        assert label_rows(entity_table(nlp, _CUBA)).get("Bosnia and Herzegovina") == "GPE"


# GUM_voyage_socotra
_SOCOTRA = """Due to its remarkable biodiversity, with over a third of the local plant species found nowhere else, Socotra has been designated a UNESCO World Heritage Site. With over 40,000 inhabitants, though, it's not just a nature reserve.

The Island is new to tourism, so if you are looking for a luxurious vacation this is not the right destination. However, Socotra is a perfect destination for the adventurous and nature loving travelers. Socotra takes pride in their eco-tourism and values their spectacular plant and wildlife that may sometimes be only found on this island. Although the lodging and facilities may not be the same as more modern and developed locations, Socotra is a beautiful and magnificent destination choice. Great care is shown to both guests and the environment.

Socotra is an eco-tourism system with limited infrastructure and new to the international tourist market, and therefore the hotel accommodations are not quite like other destinations. However there are four hotels in Hadibo: Taj Socotra Hotel, Hafijj Hotel, Socotra Hotel, and Summer land Hotel. These hotels may not be the most luxerious, but they do provide air-conditionting, televisions, and refrigerators in all of the rooms. Most of the rooms at these hotels have their own bathroom, but there are a few rooms at the Hafijj Hotel and Socotra Hotel that must share bathrooms.

In addition, there are also two information centers located at the airport and Hadibo.

There is a public bus from the airport to Hadibo and from Hadibo to Qalansia. Beside these two buses, there is no public transport, but car rental with driver is available.

The interior of the island is dominated by the beautiful and green Hagghier mountains and limestone plateau. While on the outer coastline, breathtaking natural beaches have pure white sand dunes and palm trees. Socotra Island is very rich and is home to many rare spectacular species of reefs, fish, birds, plants, and trees which are not found anywhere else in the world."""


class TestAFacilityHasNoGivenName:
    """"Socotra Hotel", which the model calls a person, is a hotel by its head word: "Socotra" alone (the island) is
    no given name of it, and is not joined to the hotel."""

    def test_the_island_is_not_the_hotel(self, nlp):
        table = entity_table(nlp, _SOCOTRA)
        assert "Socotra" not in aliases_of(table, "Socotra Hotel")

    def test_the_hotel_stays_a_facility(self, nlp):
        assert label_rows(entity_table(nlp, _SOCOTRA)).get("Socotra Hotel") == "FAC"


class TestATownSomethingIsIn:
    """"four hotels in Hadibo", "located at the airport and Hadibo", "from the airport to Hadibo and from Hadibo to
    Qalansia": a one-word "person" never named in full nor with a title, that something is in and that most of its
    mentions use as a place, is a town the gazetteer does not know."""

    def test_the_town_is_a_place(self, nlp):
        assert label_rows(entity_table(nlp, _SOCOTRA)).get("Hadibo") == "GPE"

    def test_people_and_the_city_keep_their_labels(self, nlp):
        # GUM_voyage_oakland
        text = ("Oakland's history in the arts and entertainment arena is notable as well, as Oakland has nurtured or "
                "been a second home to novelists Gertrude Stein, Jack London, Amy Tan, and Maya Angelou; actors Meryl "
                "Streep, Mark Hamill, Bruce Lee, and Tom Hanks.")
        rows = label_rows(entity_table(nlp, text))
        assert rows.get("Oakland") == "GPE" and rows.get("Jack London") == "PERSON" and rows.get("Amy Tan") == "PERSON"


class TestAnIslandByItsFirstWord:
    """"Socotra Island is very rich …" beside "Socotra has been designated a UNESCO World Heritage Site": a lone first
    word of a two-word island or river (no known place, no person's surname) is its short form, as "Mahan" is Mahan
    Air's."""

    def test_the_lone_name_is_the_island(self, nlp):
        table = entity_table(nlp, _SOCOTRA)
        assert "Socotra" in aliases_of(table, "Socotra Island")
        assert label_rows(table).get("Socotra Island") == "LOC"

    def test_the_hotel_keeps_its_name(self, nlp):
        table = entity_table(nlp, _SOCOTRA)
        assert label_rows(table).get("Socotra Hotel") == "FAC" and "Socotra Hotel" not in aliases_of(table, "Socotra Island")
