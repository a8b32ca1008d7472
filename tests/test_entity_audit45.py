"""Entity rules after the entity audit (found and labelled) of twelve GUM news documents (round ``entities45``,
``bench/audit/entities45.tsv``): iodine in Australia, North Korea on a war footing, Taipei's lantern festival, the
space shuttles' museums, the UK's asylum questionnaire, a sensitive document found in Ottawa, day five of the 2018
World Cup, the Hajj stampede, Italian church schools and taxes, Warhol's Polaroids, ozone and crops, and the worship
of the Greek gods.

Each rule is checked on the audited sentences (GUM news: Wikinews texts, CC BY 2.5, Wikinews contributors; GUM
annotations CC BY 4.0, Georgetown University Multilayer corpus, Zeldes) and on controls the rule must leave alone.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows

# GUM_news_nasa
_SHUTTLES = (
    "Yesterday, NASA celebrated the 30th anniversary of the launch of the first space shuttle Tuesday at an event at "
    "the Kennedy Space Center (KSC) in Cape Canaveral, Florida. On April 12, 1981, Space Shuttle Columbia lifted off "
    "from the Kennedy Space Center on STS-1, the first space shuttle mission.\n\n"
    "At the ceremony, NASA Administrator Charles Bolden announced the locations that would be given the three "
    "remaining Space Shuttle orbiters following the end of the Space Shuttle program. The prototype orbiter, Space "
    "Shuttle Enterprise would be relocated from the Smithsonian's National Air and Space Museum to the Intrepid "
    "Sea-Air-Space Museum in New York City.\n\n"
    "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center.\n\n"
    "Columbia was lost tragically back on February 1, 2003 when it disintegrated during re-entry killing all seven "
    "astronauts aboard. Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff back on January "
    "28, 1986 killing all six aboard.\n\n"
    "\"These choices provide the greatest number of people with the best opportunity to share in the history and "
    "accomplishments of NASA's remarkable Space Shuttle Program.\"")

_PEOPLE_AND_BODIES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


class TestSpaceShuttles:
    """"Space Shuttle Columbia lifted off": a kind of craft of two words written as a title before the craft's name
    makes a vehicle (PRODUCT), not a person; the craft's one-word name alone ("Columbia was lost") is the craft too."""

    def test_the_shuttles_are_no_people(self, nlp):
        rows = label_rows(entity_table(nlp, _SHUTTLES))
        for name in ("Space Shuttle Columbia", "Space Shuttle Discovery", "Space Shuttle Challenger",
                     "Space Shuttle Enterprise"):
            assert rows.get(name, "PRODUCT") not in _PEOPLE_AND_BODIES, (name, rows.get(name))

    def test_the_short_name_is_the_craft(self, nlp):
        rows = label_rows(entity_table(nlp, _SHUTTLES))
        assert rows.get("Columbia", "PRODUCT") not in _PEOPLE_AND_BODIES, rows.get("Columbia")

    def test_the_programme_and_the_places_are_kept(self, nlp):
        rows = label_rows(entity_table(nlp, _SHUTTLES))
        assert rows.get("Space Shuttle Program") == "ORG"
        assert rows.get("Kennedy Space Center") == "FAC"
        assert rows.get("Charles Bolden") == "PERSON"

    def test_a_university_of_that_name_is_no_craft(self, nlp):
        text = "She studied at Columbia University in New York before joining the Space Shuttle Program."
        assert ("Columbia University", "ORG") in ents_of(nlp, text)


# GUM_news_worship
_GODS = ("Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena. The "
         "Greek Orthodox Church estimates that number is closer to 40,000.")


class TestLonePeopleAmongPeople:
    """"the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena": a list of one-word names of which two
    or more are people and at most half as many anything else is a list of people."""

    def test_the_gods(self, nlp):
        ents = dict(ents_of(nlp, _GODS))
        for god in ("Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"):
            assert ents.get(god) == "PERSON", (god, ents.get(god))

    def test_a_list_of_bodies_is_left(self, nlp):
        # a list of outlets with one "person" (lists of bodies are bodies_among_bodies's)
        text = "The story was picked up by Newsweek, Politico, Mediaite and Axios within the hour."
        ents = dict(ents_of(nlp, text))
        assert ents.get("Newsweek") != "PERSON" and ents.get("Politico") != "PERSON"

    def test_places_in_a_list_of_people_stay_places(self, nlp):
        text = "The tour, with Zeus, Hera and Paris as its stops, was a joke of the organisers."
        assert dict(ents_of(nlp, text)).get("Paris") != "PERSON"


# GUM_news_warhol
_ATHLETES = ("The exhibit at USI includes Polaroids of actor Dennis Hopper; photographers Nat Finkelstein, Christopher "
             "Makos and Felice Quinto; and athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).")


class TestCutSurnamesAmongPeople:
    """"athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)": the model left "Vitas" untagged and called
    "Gerulaitis" a place; coordinated with a person named in full, the two words are one person."""

    def test_the_athlete(self, nlp):
        ents = ents_of(nlp, _ATHLETES)
        assert ("Vitas Gerulaitis", "PERSON") in ents
        assert ("Gerulaitis", "GPE") not in ents

    def test_a_place_beside_a_person_is_left(self, nlp):
        text = "The award went to Jack Nicklaus and New Zealand for their work on the course."
        ents = dict(ents_of(nlp, text))
        assert ents.get("New Zealand") == "GPE"


# GUM_news_stampede
_STAMPEDE = ("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede during "
             "the annual Hajj pilgrimage near Mecca, Saudi Arabia.")


class TestMinistriesOfPeoples:
    """"the Saudi Interior Ministry over 345 …": a ministry's field is a title's word ("Interior Minister") but names
    the ministry before its head; with a people's adjective before it, the three words are the ministry."""

    def test_the_ministry(self, nlp):
        ents = ents_of(nlp, _STAMPEDE)
        assert any(label == "ORG" and text.endswith("Saudi Interior Ministry") for text, label in ents), ents

    def test_a_minister_stays_a_title(self, nlp):
        text = "Interior Minister Ahmed Hassan said the Health Ministry would publish the figures."
        ents = ents_of(nlp, text)
        assert any(label == "PERSON" and "Ahmed Hassan" in text for text, label in ents)
        assert not any("Minister Ahmed" in text and label == "ORG" for text, label in ents)


# GUM_news_taxes
_TAXES = ("Requests have come from the Municipality of Bogliasco, next to Genova, and from the deputies of Movimento 5 "
          "Stelle (M5S) of the regional counsel of Lombardy.")


class TestNamesSpeltByAcronyms:
    """"the deputies of Movimento 5 Stelle (M5S)": a name the model cut into a number and a person, which the
    acronym in brackets after it spells in full, is one body, and the acronym its short form."""

    def test_the_movement(self, nlp):
        ents = ents_of(nlp, _TAXES)
        assert ("Movimento 5 Stelle", "ORG") in ents
        assert ("Stelle", "PERSON") not in ents

    def test_a_whole_name_is_left(self, nlp):
        text = "The Kennedy Space Center (KSC) in Cape Canaveral, Florida, held a ceremony."
        ents = ents_of(nlp, text)
        assert any(text.endswith("Kennedy Space Center") for text, _ in ents)


# GUM_news_warhol
_MUSEUMS = ("While USI is holding its exhibit, there are also Warhol Polaroid exhibits at the Tang Teaching Museum and "
            "Art Gallery at Skidmore College in Saratoga Springs, New York and an Edward Steichen and Andy Warhol exhibit "
            "at the Mary & Leigh Block Museum of Art at Northwestern University in Evanston, Illinois.")


class TestMuseumsOfSchools:
    """"the Tang Teaching Museum and Art Gallery" is one name (no "Art Gallery" person); "the Mary & Leigh Block
    Museum of Art at Northwestern University" is a museum and the school it is at."""

    def test_the_gallery_is_the_museums(self, nlp):
        ents = ents_of(nlp, _MUSEUMS)
        assert not any(text == "Art Gallery" for text, _ in ents)
        assert any(text.endswith("Tang Teaching Museum and Art Gallery") for text, _ in ents), ents

    def test_the_school_apart(self, nlp):
        ents = ents_of(nlp, _MUSEUMS)
        assert ("Northwestern University", "ORG") in ents
        assert any(text.endswith("Mary & Leigh Block Museum of Art") for text, _ in ents), ents

    def test_a_campus_is_left(self, nlp):
        text = ("For example, the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw "
                "attendance levels reach 11,000 visitors.")
        ents = [text for text, _ in ents_of(nlp, text)]
        assert not any(t.endswith("at Greensboro") and "Museum" in t for t in ents)


# GUM_news_sensitive
_SOURCES = ("\"Sensitive government document found on rainy Ottawa street\" — CBC.ca, August 15, 2008\n\n"
            "\"Document found on street not secret, say feds\" — The Canadian Press, August 15, 2008\n\n"
            "\"Environment Canada security report found on street\" — Toronto Star, August 15, 2008\n\n"
            "Peter Zimonjic. \"MP calls for probe into misplaced documents\" — Edmonton Sun, August 16, 2008")


class TestOutletsOfSourceLines:
    """"Peter Zimonjic. "MP calls for probe …" — Edmonton Sun, August 16, 2008": in a source line, the name between
    the dash after the quoted headline and the comma before the date is the outlet (ORG), not a person."""

    def test_the_papers(self, nlp):
        ents = ents_of(nlp, _SOURCES)
        assert ("Edmonton Sun", "ORG") in ents
        assert ("Toronto Star", "ORG") in ents
        assert ("Peter Zimonjic", "PERSON") in ents

    def test_a_dash_in_a_sentence_is_left(self, nlp):
        text = "He read \"the report\" — Edmonton, he said, was the place, August 16, 2008 the date."
        assert ("Edmonton, he said", "ORG") not in ents_of(nlp, text)


# GUM_news_questionnaire
_VESSEL = ("The Border Force vessel HMC Searcher on The Solent on February 8, 2010. Image: Brian Burnell.\n\n"
           "The United Kingdom Home Office has sent asylum seekers a questionnaire.")


class TestShipsByPrefix:
    """"the Border Force vessel HMC Searcher": a ship's prefix (a closed class: HMS, HMC, USS, MV, …) and the
    capitalised words after it are the ship's name, a vehicle, not a body "HMC"."""

    def test_the_cutter(self, nlp):
        ents = ents_of(nlp, _VESSEL)
        assert ("HMC Searcher", "PRODUCT") in ents
        assert ("HMC", "ORG") not in ents
        assert ("Border Force", "ORG") in ents

    def test_a_ship_named_after_a_person(self, nlp):
        # Wikinews, 2019-02-12 (the rescue ship renamed after Alan Kurdi): the ship shares the boy's name and
        # mentions (products.product_kind); its former name, after a title, is the ship's
        text = ("Sea-Eye credit themselves with around 14,000 lives saved during 60 rescues since commencing work in "
                "2016. Their ship, MV Alan Kurdi, was previously MV Professor Albrecht Penck.")
        ents = ents_of(nlp, text)
        assert ("Alan Kurdi", "PERSON") in ents
        assert ("MV Professor Albrecht Penck", "PRODUCT") in ents
        assert ("MV", "ORG") not in ents

    def test_a_prefix_alone_is_left(self, nlp):
        # "MV" with no capitalised name after it names no ship
        text = "The MV was seen off the coast of Malta on Tuesday."
        assert not any(label == "PRODUCT" and text.startswith("MV") for text, label in ents_of(nlp, text))


class TestShuttleCutShort:
    """"the final Shuttle mission" beside "NASA's final Space Shuttle mission" (Wikinews, 2020-05-31, the SpaceX
    launch): the kind of craft cut short is the kind again, not a people (NORP)."""

    def test_the_shuttle(self, nlp):
        text = ("This was the first launch of a crewed spacecraft from the United States since NASA's final Space "
                "Shuttle mission in July 2011.\n\nHurley, along with his fellow crew members aboard the final Shuttle "
                "mission, had left a small U.S. flag aboard the ISS.")
        rows = label_rows(entity_table(nlp, text))
        assert rows.get("Shuttle", "PRODUCT") not in _PEOPLE_AND_BODIES, rows.get("Shuttle")
        assert rows.get("Space Shuttle", "PRODUCT") not in _PEOPLE_AND_BODIES, rows.get("Space Shuttle")
