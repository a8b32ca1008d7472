"""Entity rules after the audit of seven Wikinews articles (round ``entities59``, ``bench/audit/entities59.tsv``,
the gold ``tests/data/gold/wikinews-entities-dev12``): a language's community read as a body ("Francophone
fursuiters" ORG), a dance troupe read as a person ("Belly dancing troupe Tribal Evolution" PERSON), two towns joined
by a hyphen dropped ("in Kitchener-Waterloo, Ontario"), an intercapped platform left untagged ("YouTube
personality"), a hyphenated name joined to a person read as a body ("Cat-Monk Shiro"), an award's category read as
a body ("named Best Actor").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwelfthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev12`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev12"
    ARTICLES = 7


# Wikinews, 2019-03-25, Fur fans flock to Toronto's Furnal Equinox 2019 (a caption)
_FRANCOPHONE = ("Black, white, and grey fursuiters Image: Nicholas Moreau.\n\nFrancophone fursuiters Image: Nicholas "
                "Moreau.\n\nUS fursuiters Image: Nicholas Moreau.")


class TestLanguageCommunitiesArePeoples:
    """"Francophone fursuiters": a name of a language's speakers built on "-phone" (a closed class) is a people
    (NORP), which the model, not knowing the word, calls a body."""

    def test_the_francophones_are_a_people(self, nlp):
        rows = label_rows(entity_table(nlp, _FRANCOPHONE))
        assert rows.get("Francophone") == "NORP" and rows.get("United States") == "GPE"

    def test_a_plural_is_a_people_too(self, nlp):
        rows = label_rows(entity_table(nlp, "Many Francophone voters and the Francophones in Quebec backed the Bloc "
                                            "on Monday."))
        assert rows.get("Francophone") == "NORP" or rows.get("Francophones") == "NORP"

    def test_a_body_of_the_same_word_is_left(self, nlp):
        # control: a longer name with the word in it is no people
        rows = label_rows(entity_table(nlp, "The Organisation internationale de la Francophonie met in Paris on "
                                            "Monday."))
        assert "Francophone" not in rows


# Wikinews, 2019-08-05, Wikinews attends Texas Haunters Convention
_TROUPE = ("YouTube personality Mr. CreepyPasta was on hand and did a reading of scary stories. Belly dancing troupe "
           "Tribal Evolution performed on Saturday and again that evening at the adults-only Costume Ball.")


class TestTroupesAreBodies:
    """"Belly dancing troupe Tribal Evolution": a company of performers (troupe, orchestra, choir, ensemble) named
    right after its kind noun is a body (ORG), never a person, as "rock band Van Halen" is."""

    def test_the_troupe_is_a_body(self, nlp):
        assert label_rows(entity_table(nlp, _TROUPE)).get("Tribal Evolution") == "ORG"

    def test_an_orchestra_is_a_body(self, nlp):
        ents = ents_of(nlp, "The concert was given by chamber orchestra Les Violons du Roy on Friday.")
        assert all(label != "PERSON" for text, label in ents if "Violons" in text)

    def test_a_person_after_a_persons_noun_is_left(self, nlp):
        # control: "dancer" is a person's noun
        assert ("Mikhail Baryshnikov", "PERSON") in ents_of(nlp, "Famous dancer Mikhail Baryshnikov performed on "
                                                                 "Saturday in New York.")


# Wikinews, 2019-03-25, Fur fans flock to Toronto's Furnal Equinox 2019
_TWIN_TOWNS = ("The event raised nearly CDN$11,000 for Pet Patrol, a non-profit rescue organization in "
               "Kitchener-Waterloo, Ontario, run by volunteers.")


class TestPairsOfTownsAreOnePlace:
    """"in Kitchener-Waterloo, Ontario": two known towns joined by a hyphen, where something is, name one place
    (GPE); the model called it a body, which the index dropped as a compound of two places ("U.S.-China")."""

    def test_the_twin_towns_are_a_place(self, nlp):
        assert label_rows(entity_table(nlp, _TWIN_TOWNS)).get("Kitchener-Waterloo") == "GPE"

    def test_two_countries_are_still_two(self, nlp):
        # control: a country in the pair makes a relation
        rows = label_rows(entity_table(nlp, "The U.S.-Mexico talks in Washington ended on Monday."))
        assert "U.S.-Mexico" not in rows and rows.get("Mexico") == "GPE"

    def test_a_firm_of_two_surnames_is_left(self, nlp):
        # control: no known towns
        assert label_rows(entity_table(nlp, "Shares of Hewlett-Packard rose in New York on Monday.")).get(
            "Hewlett-Packard") == "ORG"


class TestUntaggedIntercappedBodies:
    """"YouTube personality Mr. CreepyPasta": an intercapped word with a capital first, untagged, bound as a
    modifier to a noun of a person's role right after it, is the platform or firm (ORG)."""

    def test_the_platform_is_a_body(self, nlp):
        assert label_rows(entity_table(nlp, _TROUPE)).get("YouTube") == "ORG"

    def test_a_star_of_another_platform(self, nlp):
        assert ("TikTok", "ORG") in ents_of(nlp, "A famous TikTok star said she would leave the platform on Monday.")

    def test_a_product_in_lower_case_first_is_left(self, nlp):
        # control: "iPhone" is a product, no body
        assert not any(text == "iPhone" for text, _ in ents_of(nlp, "Every iPhone user got the update on Monday."))

    def test_a_word_of_no_role_is_left(self, nlp):
        # control: an intercapped word before a noun of no role ("PowerPoint presentation") is not taken by the rule
        from toolkit.nlp.intercaps import untagged_intercapped_bodies

        assert untagged_intercapped_bodies(nlp("She gave a long PowerPoint presentation on Monday."), set()) == []


# Wikinews, 2019-03-25, Fur fans flock to Toronto's Furnal Equinox 2019
_ARTISTS = ("The event's featured guests were visual artists Moth Monarch and Cat-Monk Shiro, as well as the co-owners "
            "of US fursuit costume builders Don't Hug Cacti.")


class TestHyphenatedNamesJoinedToPeople:
    """"visual artists Moth Monarch and Cat-Monk Shiro": a name joined by "and" to a person and built like a
    person's name is a person, also where a hyphen joins two of its words (the model called it a body)."""

    def test_the_second_artist_is_a_person(self, nlp):
        assert ("Cat-Monk Shiro", "PERSON") in ents_of(nlp, _ARTISTS)

    def test_a_body_with_a_head_word_is_left(self, nlp):
        # control: "Holdings" heads a body
        ents = ents_of(nlp, "The deal between Peter Smith and Rolls-Royce Holdings was signed on Monday.")
        assert ("Rolls-Royce Holdings", "ORG") in ents


# Wikinews, 2019-08-05, Wikinews attends Texas Haunters Convention
_AWARD = ("Winch said the film has been screened at 14 film festivals and he was named Best Actor at one of those "
          "events.")


class TestAwardCategoriesAreNoNames:
    """"he was named Best Actor": "Best" and an award's noun (actor, picture, director, album …) name an award's
    category, which the model calls a body or a work; no entity."""

    def test_the_award_is_not_listed(self, nlp):
        assert "Best Actor" not in label_rows(entity_table(nlp, _AWARD))

    def test_another_category(self, nlp):
        rows = label_rows(entity_table(nlp, "Parasite won Best Picture and Bong Joon-ho won Best Director on Sunday."))
        assert "Best Picture" not in rows and "Best Director" not in rows

    def test_the_awards_full_name_is_left(self, nlp):
        # control: a name that does not open with "Best" is left to the other rules
        rows = label_rows(entity_table(nlp, "The Academy Award for Best Actor went to Joaquin Phoenix."))
        assert rows.get("Joaquin Phoenix") == "PERSON" and any("Academy Award" in name for name in rows)
