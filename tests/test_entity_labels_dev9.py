"""Entity rules after the misses of the untouched ``wikinews-entities-dev9`` (round ``entities11``).

Each rule is checked on a sentence of Wikinews 2019–2020: the dev9 gold's own sentence where the corpus
outside the golds has none of the kind. Texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import DATA, labels_of
from test_entities import TestSecondEntityDevGold


class TestNinthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev9``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev9"
    ARTICLES = 8


class TestTenthRoundClasses:
    """Kinds of error of the untouched ``wikinews-entities-dev9``, by rules of news language."""

    def test_a_continent_is_a_region_not_a_polity(self, nlp):
        # A town of the gazetteer is called "Asia": the continent after "in" became a polity.
        labels = labels_of(nlp, "Mendez spent most of his 25-year career at posts outside the U.S., many in Asia.")
        assert labels.get("Asia") == "LOC" and labels.get("United States") == "GPE"

    def test_a_couple_named_by_two_given_names_is_no_list_of_places(self, nlp):
        # "from Florida, Richard and Lisa Parry": the parser hangs the couple on the place as a list.
        labels = labels_of(nlp, "A couple from Florida, Richard and Lisa Parry, made a 14-hour drive to D.C. for the "
                              "rally. Lisa Parry, a retired nurse, said, \"I went to bed at 1 o'clock and Trump was "
                              "ahead.\"")
        assert labels.get("Lisa Parry") == "PERSON" and labels.get("Richard") == "PERSON"
        assert labels.get("Florida") == "GPE"

    def test_a_surname_shared_by_a_family_is_a_person(self, nlp):
        # An obituary names the man, his parents and his wife in full, then "Cummings" alone, which the
        # model calls a place: which one it means is left open, but it is a person.
        labels = labels_of(nlp, "Elijah Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, "
                              "Maryland, in 1951. His parents, Robert Cummings Sr. and Ruth Elma Cummings, were "
                              "sharecroppers. In a statement, Maya Rockeymoore Cummings, his wife, said Cummings "
                              "\"worked until his last breath\". In response to Cummings's death, Nancy Pelosi "
                              "ordered the Capitol's flags be lowered to half staff.")
        assert labels.get("Cummings") == "PERSON" and labels.get("Baltimore") == "GPE"

    def test_a_country_before_a_title_is_no_part_of_the_name(self, nlp):
        # The model reads the country, the title and the name as one body.
        labels = labels_of(nlp, "Early yesterday morning, United States Representative Elijah Cummings died while in "
                              "hospice care.")
        assert labels.get("Elijah Cummings") == "PERSON" and labels.get("United States") == "GPE"
        assert not any("Representative" in name for name in labels)

    def test_one_word_before_a_landforms_noun_names_the_landform(self, nlp):
        # "the Kīlauea volcano": the model calls the volcano a person.
        labels = labels_of(nlp, "On Thursday, the journal Science published a report by a team from the University "
                              "of Hawaii at Mānoa (UH Mānoa) and the University of Southern California (USC), saying "
                              "the eruption of the Kīlauea volcano last year has been followed by a dramatic "
                              "increase in the population of phytoplankton, also called green algae, in the waters "
                              "surrounding the island.")
        assert labels.get("Kīlauea") == "LOC"
        # a town's station is still the town's
        labels = labels_of(nlp, "The train left Dolgellau station on time.")
        assert labels.get("Dolgellau") != "LOC"

    def test_a_journal_or_magazine_named_after_its_kind_is_a_body(self, nlp):
        # "the journal Science" (a work, to the model) and "magazine The Bark" (missed) are publishers' titles,
        # bodies as newspapers are.
        labels = labels_of(nlp, "On Thursday, the journal Science published a report by a team from the University "
                              "of Hawaii at Mānoa (UH Mānoa) and the University of Southern California (USC).")
        assert labels.get("Science") == "ORG"
        labels = labels_of(nlp, "In a 2006 interview with magazine The Bark, Day said, \"I've been through "
                              "everything.\"")
        assert labels.get("Bark") == "ORG"

    def test_a_person_before_a_works_noun_is_its_star(self, nlp):
        # "the James Cagney film": the model calls the actor a building. The rule reads the model's label of a
        # name it trims of "the", which the trimmed span had lost.
        labels = labels_of(nlp, "Though she was nominated for the Oscar for the 1959 romantic comedy Pillow Talk, "
                              "opposite Rock Hudson, Day personally considered her best film performance to be her "
                              "portrayal of singer Ruth Etting in the James Cagney film Love Me or Leave Me.")
        assert labels.get("James Cagney") == "PERSON" and labels.get("Rock Hudson") == "PERSON"


class TestNewsOutletsTheModelMissed:
    """A news outlet named by proper nouns before "News", which the model left untagged in its article."""

    def test_proper_nouns_before_news_name_an_outlet(self, nlp):
        # The dev7 gold's article on Alexei Leonov: in the whole text the model tags nothing in "Sputnik News
        # reported …" (alone, the sentence gets its tag).
        from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

        text = (DATA / "gold" / "wikinews-entities-dev7" / "texts"
                / "wn_2019-10-12_Cosmonaut-Alexei-Leonov-dies-at-age-85.txt").read_text(encoding="utf-8")
        index = EntityIndex.from_mentions(list(mentions(repair_entities(nlp(text)))))
        assert index.label("Sputnik News") == "ORG"
        assert index.label("Leonov") == "PERSON"


class TestBodiesCutBeforeTheirTail:
    """A body the model cut at its head word keeps the "of"/"for"/"on" tail its head takes."""

    def test_the_models_start_and_the_tails_end_make_the_name(self, nlp):
        # The dev9 gold's sentence: the model stops at "Committee" and calls the tail's city a place.
        labels = labels_of(nlp, "He was also a member of the United States House Select Committee on Benghazi.")
        assert labels.get("United States House Select Committee on Benghazi") == "ORG" and "Benghazi" not in labels
        # An article of the quotes gold wikinews-dev4 (in no entity gold): Cyprus's AKEL by its full name.
        labels = labels_of(nlp, "Progressive Party of Working People, the main opposition force, underlined that the "
                              "agreement is only a legal framework, and actual construction is in the hands of still "
                              "undecided private investors.")
        assert labels.get("Progressive Party of Working People") == "ORG"


class TestDaysNamedInThePossessive:
    """A day named for whose it is ("Women's Day") is an occasion, never a person or a body."""

    def test_a_possessive_before_day_names_an_occasion(self, nlp):
        # A Wikinews interview of 2020 outside every gold; the model calls the day a body (and elsewhere a person).
        labels = labels_of(nlp, "The state-run Indian Railways launched this event ahead of International Women's Day, "
                              "for promoting gender equality at work places.")
        assert labels.get("International Women's Day") == "EVENT" and labels.get("Indian Railways") == "ORG"


class TestStatesAndCountriesByTheirHeadWords:
    """A state's or a country's name that ends in a land's or a building's head word."""

    def test_a_state_named_by_its_land_is_a_polity(self, nlp):
        # A Wikinews article of 2020 outside every gold: "Island" heads the name, but Rhode Island is a state.
        labels = labels_of(nlp, "Congressman Justin Amash and former Rhode Island governor and US Senator Lincoln "
                              "Chafee are both reportedly considering runs.")
        assert labels.get("Rhode Island") == "GPE" and labels.get("Lincoln Chafee") == "PERSON"

    def test_a_country_or_a_state_before_house_is_its_chamber(self, nlp):
        # A Wikinews article of 2020 outside every gold: "the U.S. House" votes; it is no building.
        labels = labels_of(nlp, "Senate, a vote in the U.S. House, nor any vote in the U.")
        assert labels.get("U.S. House") == "ORG"
        labels = labels_of(nlp, "Flags at the White House were reportedly similarly lowered.")
        assert labels.get("White House") == "FAC"


class TestStormsNamedLikePeople:
    """A storm's kind and a given name ("Hurricane Humberto") name a storm, which its name alone takes up."""

    def test_a_storm_and_its_name_alone_are_no_person(self, nlp):
        # A Wikinews article of 2019 outside every gold: the model calls the storm and "Humberto" people.
        from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

        text = ("In an advisory issued late Sunday night, the National Hurricane Center (NHC) upgraded Tropical Storm "
                "Humberto to hurricane status, making it the third hurricane of the 2019 Atlantic hurricane season. "
                "Humberto, now officially Hurricane Humberto, is a category 1 hurricane, and as of Sunday night had no "
                "associated hurricane watches or warning.")
        index = EntityIndex.from_mentions(list(mentions(repair_entities(nlp(text)))))
        assert index.label("Hurricane Humberto") == "EVENT" and index.label("Humberto") == "EVENT"
        assert index.label("National Hurricane Center") == "ORG"
