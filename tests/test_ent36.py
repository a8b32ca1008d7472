"""Entity rules after the audit of nine Wikinews articles (round ``ent36``, ``bench/audit/ent36/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev14``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestFourteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev14`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev14"
    ARTICLES = 9


# Wikinews, 2019-02-18, Fire kills nine, injures dozens in Chittagong, Bangladesh slum
_BHERA = ("Jasim Uddin, a spokesperson for the fire service, told the Associated Press four victims were from a single "
          "family. The fire in Bhera Market broke out at around 3:30am.")


class TestSitesCutAfterPlaces:
    """"Bhera Market": the model tagged the locality and left the market's head word out."""

    def test_the_market_is_a_site(self, nlp):
        ents = ents_of(nlp, _BHERA)
        assert ("Bhera Market", "FAC") in ents and ("Bhera", "GPE") not in ents
        assert label_rows(entity_table(nlp, _BHERA)).get("Bhera Market") == "FAC"

    def test_an_economy_s_market_is_no_site(self, nlp):
        ents = ents_of(nlp, "Britain left the European Single Market in 2020.")
        assert not any(label == "FAC" for _, label in ents)
        assert not any(label == "FAC" for _, label in ents_of(nlp, "The Stock Market fell sharply on Monday."))
        assert ("US Market", "FAC") not in ents_of(nlp, "Apple's sales in the US Market rose in May.")


# Wikinews, 2019-08-04, Puerto Rico's governor Rosselló resigns, new governor sworn in
_CRUZ = ("One senator, Eduardo Bhatia, said he intended to sue over the controversy. Carmen Yulín Cruz, the mayor of "
         "the capitol city of San Juan, said she would challenge Pierluisi's oath of office in court.")
_MIRRORS = ("Pierluisi said from LA Fortaleza's Hall of Mirrors, \"If the Senate confirms me, I will be governor until "
            "2020.\"")


class TestGivenNamesOpeningSentences:
    """"Carmen Yulín Cruz": the model tagged the two surnames and left out the given name that opens the sentence."""

    def test_the_given_name_is_the_person_s(self, nlp):
        ents = ents_of(nlp, _CRUZ)
        assert ("Carmen Yulín Cruz", "PERSON") in ents and ("Yulín Cruz", "PERSON") not in ents

    def test_an_english_word_or_a_place_is_left(self, nlp):
        assert ("Witness Mary Jones", "PERSON") not in ents_of(nlp, "It rained. Witness Mary Jones said she saw him.")
        assert ("Texas Ted Cruz", "PERSON") not in ents_of(nlp, "It rained. Texas Ted Cruz won the primary.")

    def test_a_role_opening_the_sentence_is_left(self, nlp):
        # Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
        ents = ents_of(nlp, "Jorgensen won on the fourth ballot. Podcaster Spike Cohen received the vice presidential "
                            "nomination.")
        assert ("Spike Cohen", "PERSON") in ents


class TestHallsOfBuildings:
    """"LA Fortaleza's Hall of Mirrors": a building's possessive before a hall of it, as a place's before a
    building ("London's Royal Albert Hall")."""

    def test_the_hall_is_a_site(self, nlp):
        assert ("Hall of Mirrors", "FAC") in ents_of(nlp, _MIRRORS)

    def test_a_person_after_a_possessive_is_left(self, nlp):
        ents = ents_of(nlp, "The mayor met LA Fortaleza's Tynice Hall on Monday.")
        assert not any(text.endswith("Hall") and label == "FAC" for text, label in ents)


# Wikinews, 2020-08-22, Russia's Navalny airlifted to Germany
_CHARITE = ("Navalny was transferred from the hospital in Omsk to Charité in Berlin via air ambulance. Cinema for Peace "
            "Foundation, a Berlin-based non-profit, provided for the medical evacuation.")
_STATEMENT = "Charité said in a statement, Navalny would be undergoing extensive medical diagnostics."


class TestBodiesForCauses:
    """"Cinema for Peace Foundation": a body named after what it stands "for", which the model left untagged where
    it opens a sentence (the rules found "Peace Foundation" alone)."""

    def test_the_whole_name_is_the_body(self, nlp):
        ents = ents_of(nlp, _CHARITE)
        assert ("Cinema for Peace Foundation", "ORG") in ents and ("Peace Foundation", "ORG") not in ents

    def test_a_common_noun_a_person_or_a_place_before_for_is_left(self, nlp):
        assert ("Peace Foundation", "ORG") in ents_of(nlp, "Funding for Peace Foundation projects was cut.")
        ents = ents_of(nlp, "He challenged President Barack Obama for the Democratic Party nomination.")
        assert ("Barack Obama", "PERSON") in ents and ("Democratic Party", "ORG") in ents


class TestSitesMovedTo:
    """"transferred from the hospital in Omsk to Charité in Berlin": the end of a move from a hospital is a site of
    its kind, which the model, not knowing it, read as a town."""

    def test_the_hospital_is_a_site(self, nlp):
        assert label_rows(entity_table(nlp, _CHARITE + " " + _STATEMENT)).get("Charité") == "FAC"

    def test_a_known_town_stays_a_town(self, nlp):
        assert label_rows(entity_table(nlp, "He was taken from the hospital to Omsk on Friday.")).get("Omsk") == "GPE"

    def test_a_move_from_a_town_says_nothing(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.transfers import site_moved_to

        doc = nlp("Navalny was flying from Tomsk to Charité on Thursday.")
        assert doc[6].text == "Charité" and not site_moved_to(Span(doc, 6, 7, label="GPE"))
        doc = nlp("Navalny was transferred from the hospital in Omsk to Charité in Berlin.")
        assert doc[9].text == "Charité" and site_moved_to(Span(doc, 9, 10, label="GPE"))


# Wikinews, 2020-10-26, GitHub blocks public access to youtube-dl after RIAA issues DMCA notice
_MULTIPLE = ("youtube-dl is used by thousands of people around the world. Multiple Creative Commons-licensed and public "
             "domain videos on Wikimedia Commons are uploaded via a tool called video2commons, which relies on "
             "youtube-dl to download media.")


class TestQuantifiersOpeningSentences:
    """"Multiple Creative Commons": the model ran the name on over the count that opens the sentence."""

    def test_the_count_is_no_word_of_the_name(self, nlp):
        ents = ents_of(nlp, _MULTIPLE)
        assert not any(text.startswith("Multiple") for text, _ in ents)
        assert ("Wikimedia Commons", "ORG") in ents

    def test_a_count_inside_a_sentence_is_left_to_the_model(self, nlp):
        ents = ents_of(nlp, "The Several Sisters Foundation gave money to Wikimedia Commons.")
        assert not any(text == "Sisters Foundation" for text, _ in ents)
