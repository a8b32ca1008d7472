"""Entity rules after the audit of ten Wikinews articles (round ``ent39c``, ``bench/audit/ent39c/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev22``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentySecondEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev22`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev22"
    ARTICLES = 10


# Wikinews, 2019-09-30, Brother of murdered Pakistani social media star sentenced to life
_FOLLOWERS = ("At the time of her murder, Qandeel Baloch, nicknamed the \"Kim Kardashian of Pakistan,\" had about "
              "750,000 followers on Facebook, and wrote about feminism.")


class TestMediaAfterFollowers:
    """"had about 750,000 followers on Facebook": the service a user's audience is on is a body, also where the parser
    hangs "on" on the verb whose object the followers are (the model left "Facebook" untagged)."""

    def test_the_service_is_a_body(self, nlp):
        assert ("Facebook", "ORG") in ents_of(nlp, _FOLLOWERS)

    def test_a_day_or_a_place_after_followers_stays(self, nlp):
        ents = ents_of(nlp, "The singer gained two million followers on Sunday. She won followers on Capitol Hill.")
        assert ("Sunday", "ORG") not in ents and ("Capitol", "ORG") not in ents


# Wikinews, 2020-03-17, 200 in New Delhi, India drink cow urine to fight off COVID-19
_GOD = ("A yajña (literally means sacrifice, devotion, worship, or offering) was conducted at the start of the meeting "
        "and a poster of coronavirus, personified as an avatar of the Hindu god Narsimha, was displayed.")


class TestGodsAfterKindNouns:
    """"an avatar of the Hindu god Narsimha": a name right after a lower-case "god" or "goddess" is the god's, a
    person as the golds annotate gods (the model left it untagged)."""

    def test_the_god_is_a_person(self, nlp):
        assert ("Narsimha", "PERSON") in ents_of(nlp, _GOD)

    def test_a_god_of_something_names_no_one(self, nlp):
        ents = ents_of(nlp, "He swore by the god of war. The Greek god Zeus ruled Olympus.")
        assert not any(text.startswith("war") for text, _ in ents)
        assert ("Zeus", "PERSON") in ents


# Wikinews, 2020-03-17 (as above)
_ASSEMBLY = ("Suman Haripriya of the Hajo assembly said \"Coronavirus is an airborne disease and it can be cured by "
             "using gaumutra and cow dung.\"")


class TestPlacesBeforeSeats:
    """"Suman Haripriya of the Hajo assembly": a name between "the" and a lower-case "assembly", "constituency" or
    "legislature" is the place that elects it (the model called it a body)."""

    def test_the_seat_is_a_place(self, nlp):
        ents = ents_of(nlp, _ASSEMBLY)
        assert ("Hajo", "GPE") in ents and ("Suman Haripriya", "PERSON") in ents

    def test_an_acronym_or_a_capitalised_assembly_stays(self, nlp):
        ents = ents_of(nlp, "The ANC assembly met in Durban. The United Nations General Assembly opened in New York.")
        assert ("ANC", "GPE") not in ents and not any(label == "GPE" and "Nations" in text for text, label in ents)


# Wikinews, 2019-01-28, Bombs kill at least 20 at cathedral in Mindanao, Philippines
_REGION = ("Of the 2.8 million who voted, 85% were in favour and on Friday the government announced the new region, to "
           "be called Bangsamoro, would be governing itself from 2022.")
_JOLO = "Jolo, and the Sulu region it is within, were among the areas to vote against the measure."


class TestPlacesNamedAsTerritories:
    """"the new region, to be called Bangsamoro": the name a kind noun is to be called by is of the noun's kind (a
    participle of naming the parser reads as a relative clause); a name joined by "and" to a named territory of a
    lower-case kind is a place ("Jolo, and the Sulu region it is within")."""

    def test_the_region_called_so_is_a_place(self, nlp):
        assert label_rows(entity_table(nlp, _REGION)).get("Bangsamoro") == "GPE"

    def test_a_town_listed_with_a_region_is_a_place(self, nlp):
        ents = ents_of(nlp, _JOLO)
        assert ("Jolo", "GPE") in ents and ("Sulu", "GPE") in ents

    def test_a_company_called_so_and_a_person_with_leaders_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "They created a new company, to be called Bangsamoro, on Friday. The "
                                            "Duterte administration and the region's leaders met on Monday."))
        assert rows.get("Bangsamoro") == "ORG" and rows.get("Duterte") != "GPE"


# Wikinews, 2019-09-15, Oil facilities in Saudi Arabia hit by drone attacks
_OWNED = ("Yesterday, oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit by multiple drone "
          "strikes in a pre-dawn raid.")


class TestNamesOwned:
    """"Saudi Arabia's state-owned Saudi Aramco": a name after "-owned", heading its phrase, is a firm (the model read
    a people's adjective in it, NORP)."""

    def test_the_owned_name_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _OWNED))
        assert rows.get("Saudi Aramco") == "ORG" and rows.get("Saudi Arabia") == "GPE"

    def test_an_owned_thing_named_by_a_people_or_a_person_stays(self, nlp):
        assert label_rows(entity_table(nlp, "The state-owned Saudi company said exports went on.")).get("Saudi") == "NORP"
        rows = label_rows(entity_table(nlp, "He sold the family-owned Johnson store. Johnson said so."))
        assert rows.get("Johnson") == "PERSON"
