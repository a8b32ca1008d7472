"""Entity rules after the audit of ten Wikinews articles (round ``entities58``, ``bench/audit/entities58.tsv``,
the gold ``tests/data/gold/wikinews-entities-dev11``): a chamber's "House of" read as an officer's title ("the House
of Commons Library" cut to a person "Commons Library"), a party's adjective before a member's title and name left
untagged ("Conservative MP Philip Hammond"), a hyphenated people dropped as a modifier built of two words
("African-American residents"), a pan-ethnic name left untagged ("Latino voters"), a complex of buildings read as a body ("the Legislative Council
Complex"), an English given name left out before a Chinese name ("Yolanda Yu Hoi-kwan"), a place's people opening a sentence left
untagged ("Britons voted").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestEleventhEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev11`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev11"
    ARTICLES = 10

# Wikinews, 2019-08-29, Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline
_LIBRARY = ("During prorogation, the members of parliament may not officially debate or work on laws or policies. "
            "According to the House of Commons Library, in the past few decades most prorogations have been for at "
            "most two weeks.")


class TestChambersAreNoTitles:
    """"the House of Commons Library": the model saw the body whole, but "House" is a title word ("House Speaker")
    and the title cut left "Commons Library" as a person's name. A chamber's word followed by "of" opens the
    chamber's name; no officer's title goes on with "of" after "House" or "Senate"."""

    def test_the_library_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _LIBRARY))
        assert rows.get("House of Commons Library") == "ORG" and "Commons Library" not in rows

    def test_a_person_after_the_chambers_whole_name_is_cut_off(self, nlp):
        # Wikinews, 2020-02-21, US President Trump grants eleven people clemency (wikinews-entities-dev8)
        ents = ents_of(nlp, "According to CNN, multiple officials pressured Trump not to commute Blagojevich's "
                            "sentence, including Republican members of the House of Representatives Darin LaHood "
                            "and Mike Bost.")
        assert ("Darin LaHood", "PERSON") in ents

    def test_a_title_before_a_name_is_still_cut(self, nlp):
        ents = ents_of(nlp, "Secretary of State Mike Pompeo said on Monday that House Speaker Nancy Pelosi was "
                            "wrong.")
        assert ("Mike Pompeo", "PERSON") in ents and ("Nancy Pelosi", "PERSON") in ents


# Wikinews, 2019-08-29, Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline
_HAMMOND = ("Conservative MP Philip Hammond commented, \"It would be a constitutional outrage if Parliament were "
            "prevented from holding the government to account at a time of national crisis.\"")


class TestPartyAdjectivesBeforeTitles:
    """"Conservative MP Philip Hammond": a party's capitalised adjective before a member's title and a name is the
    party, which the model left untagged."""

    def test_the_party_before_an_mp(self, nlp):
        ents = ents_of(nlp, _HAMMOND)
        assert ("Conservative", "ORG") in ents and ("Philip Hammond", "PERSON") in ents
        assert label_rows(entity_table(nlp, _HAMMOND)).get("Conservative") == "ORG"

    def test_an_adjective_after_another_capitalised_word_is_left(self, nlp):
        ents = ents_of(nlp, "Liberal Democrat MP Jo Swinson did not agree with the plan.")
        assert ("Democrat", "ORG") not in ents and ("Jo Swinson", "PERSON") in ents

    def test_an_adjective_before_a_common_noun_is_left(self, nlp):
        ents = ents_of(nlp, "Conservative voters and Philip Hammond disagreed.")
        assert ("Conservative", "ORG") not in ents


# Wikinews, 2019-01-26, US study finds correlation between youth suicide, household gun ownership
_RESIDENTS = ("Each state has a large proportion of African-American residents; they were found statistically less "
              "likely to commit suicide and to own guns.")


class TestHyphenatedPeoples:
    """"African-American residents": the model calls the compound a people, but the mention filter dropped it as two
    words joined by a hyphen ("U.S.-China talks"). A continent's adjective joined to a nation of settlers' names one
    people; two nations' adjectives still name a relation."""

    def test_african_american_is_a_people(self, nlp):
        assert label_rows(entity_table(nlp, _RESIDENTS)).get("African-American") == "NORP"

    def test_a_people_named_alone_elsewhere_leaves_it_whole(self, nlp):
        # the set's vote took "African-American" for a compound of two entities once "African" named a people
        text = "African leaders met in Addis Ababa on Monday. " + _RESIDENTS
        rows = label_rows(entity_table(nlp, text))
        assert rows.get("African-American") == "NORP" and rows.get("African") == "NORP"

    def test_two_nations_are_left(self, nlp):
        rows = label_rows(entity_table(nlp, "The Chinese-American trade talks resumed on the Syrian-Turkish "
                                            "border."))
        assert "Chinese-American" not in rows and "Syrian-Turkish" not in rows


# Wikinews, 2020-02-23, Bernie Sanders wins 2020 Nevada caucuses
_VOTERS = ("NBC News reported Sanders was aided by the support of younger voters, as well as Latino voters. Among "
           "voters between the ages of 17 and 29, he received two-thirds of the votes; he secured approximately half "
           "of the votes of Latino voters.")


class TestUntaggedPanEthnicPeoples:
    """"as well as Latino voters": the model tags no word of the closed class of US pan-ethnic names (the census's
    "Hispanic or Latino"), which name a people."""

    def test_latino_is_a_people(self, nlp):
        assert label_rows(entity_table(nlp, _VOTERS)).get("Latino") == "NORP"

    def test_a_body_named_after_the_people_is_left(self, nlp):
        ents = ents_of(nlp, "The Latino Victory Fund endorsed him on Monday.")
        assert ("Latino", "NORP") not in ents


# Wikinews, 2019-06-23, Hong Kong protesters surround downtown police complex
_COMPLEX = ("The protest began outside the Legislative Council Complex but later moved a few blocks to the Hong Kong "
            "Police Headquarters, with some protesters heading for Revenue Tower instead.")


class TestComplexesAreBuildings:
    """"outside the Legislative Council Complex": a name ending in "Complex" names a group of buildings (FAC), which
    the model called a body; "Headquarters" is left (a command that speaks, "Army Headquarters said", is a body)."""

    def test_the_complex_is_a_building(self, nlp):
        rows = label_rows(entity_table(nlp, _COMPLEX))
        assert rows.get("Legislative Council Complex") == "FAC" and rows.get("Revenue Tower") == "FAC"

    def test_a_lower_case_complex_is_no_name(self, nlp):
        rows = label_rows(entity_table(nlp, "Eisenhower warned of the military-industrial complex in 1961."))
        assert all(label != "FAC" for label in rows.values())


# Wikinews, 2019-10-02, Police shoot teenage protester as Hong Kong demonstrations continue
_YU = ("Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: \"The police officers' lives "
       "were seriously threatened.\"")


class TestEnglishNamesBeforeChineseNames:
    """"Yolanda Yu Hoi-kwan": Hong Kong's news writes an English given name before a Chinese name (a surname and a
    hyphenated given name); the model tagged "Yu Hoi-kwan" alone."""

    def test_the_english_name_is_taken_in(self, nlp):
        rows = label_rows(entity_table(nlp, _YU))
        assert rows.get("Yolanda Yu Hoi-kwan") == "PERSON" and "Yu Hoi-kwan" not in rows

    def test_a_capitalised_role_is_left(self, nlp):
        ents = ents_of(nlp, "Activist Lam Cheuk-ting said the police had failed.")
        assert ("Lam Cheuk-ting", "PERSON") in ents


# Wikinews, 2019-09-24, UK Supreme Court rules prorogation of parliament unlawful
_BRITONS = ("Britons voted in a 2016 referendum to leave the EU. After failed negotiations for a deal on trade and "
            "deadline extension the deadline currently stands at October 31, 2019.")


class TestUntaggedDemonyms:
    """"Britons voted in a 2016 referendum": a plural naming a known place's people, which the model left untagged
    where it opens a sentence, is a people (NORP)."""

    def test_britons_are_a_people(self, nlp):
        assert label_rows(entity_table(nlp, _BRITONS)).get("Britons") == "NORP"

    def test_britons_opening_a_paragraph(self, nlp):
        text = ("It is not for the Court to opine about the motivations, argued the government's lawyer, Richard "
                "Keen.\n\n" + _BRITONS)
        assert label_rows(entity_table(nlp, text)).get("Britons") == "NORP"

    def test_common_plurals_opening_sentences_are_left(self, nlp):
        rows = label_rows(entity_table(nlp, "Workers voted in a referendum. Officers said it was calm."))
        assert "Workers" not in rows and "Officers" not in rows
