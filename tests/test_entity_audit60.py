"""Entity rules after the audit of nine Wikinews articles (round ``entities60``, ``bench/audit/entities60.tsv``,
the gold ``tests/data/gold/wikinews-entities-dev13``): a people's name written solid after a place of two words left
untagged ("1.7 million Hongkongers"), a people's adjective before a role and a name read as a language ("English
mathematician John Horton Conway"), a service something is posted to read as a person ("posted to Twitter"), and a
service, its channel and the channel's name run together as one work ("his YouTube channel Numberphile").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestThirteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev13`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev13"
    ARTICLES = 9


# Wikinews, 2019-08-19, Hong Kong protests continue through police opposition, rainstorms
_MARCH = ("Yesterday, what organizers estimated at 1.7 million Hongkongers, about a quarter of the city's population, "
          "marched from downtown Victoria Park toward the Central district, despite both pouring rain and police "
          "disapproval in the eleventh week of pro-Democracy protests against Chinese government encroachment on "
          "Hong Kong's rights and freedoms.")
_SINCE_JUNE = ("Hongkongers have been protesting since early June, when their government proposed a bill that would "
               "have allowed the central Chinese government to extradite people who had been accused of crimes from "
               "Hong Kong and try them in the mainland's judicial system.")


class TestSolidWrittenDemonyms:
    """"Hongkongers": the people of a place of two words written as one word; the demonym rule of round entities58
    undid the ending to "Hongkong", which no place list spells so."""

    def test_hongkongers_are_a_people(self, nlp):
        assert ("Hongkongers", "NORP") in ents_of(nlp, _MARCH)
        assert ("Hongkongers", "NORP") in ents_of(nlp, _SINCE_JUNE)

    def test_a_solid_place_name_is_no_people(self):
        from toolkit.nlp.gazetteer import demonym_of_place

        assert demonym_of_place("Hongkongers") and demonym_of_place("Londoners")
        assert not demonym_of_place("Hongkong") and not demonym_of_place("Newspapers")

    def test_a_team_named_after_the_people_is_left(self, nlp):
        ents = ents_of(nlp, "The Hong Kong Hongkongers beat the visitors on Sunday.")
        assert ("Hongkongers", "NORP") not in ents


# Wikinews, 2020-04-14, English mathematician John Horton Conway dies after contracting COVID-19
_CONWAY = ("English mathematician John Horton Conway died on Saturday at his New Jersey home, reportedly due to "
           "COVID-19 complications.")


class TestLanguagesBeforePeople:
    """"English mathematician John Horton Conway": the model reads "English" as the language; before a person's
    role and name it is the people's adjective (NORP), as the model tags "German chancellor Angela Merkel"."""

    def test_english_before_a_role_and_a_name_is_a_people(self, nlp):
        ents = ents_of(nlp, _CONWAY)
        assert ("English", "NORP") in ents and ("John Horton Conway", "PERSON") in ents

    def test_the_table_lists_the_people(self, nlp):
        assert label_rows(entity_table(nlp, _CONWAY)).get("English") == "NORP"

    def test_the_language_itself_is_left(self, nlp):
        ents = ents_of(nlp, "The paper was written in English and later translated into French.")
        assert ("English", "NORP") not in ents
        ents = ents_of(nlp, "English lessons are compulsory in the schools of Tyler.")
        assert ("English", "NORP") not in ents


# Wikinews, 2020-04-16, Elizabeth Warren endorses Joe Biden in 2020 US presidential election
_VIDEO = ("In a video message posted to Twitter, Warren commended Biden for his empathy towards US citizens and said "
          "she was \"proud to endorse Joe Biden as president of the United States.\" Biden praised Warren's "
          "endorsement on Twitter, stating he was \"proud to have the fiercest of fighters\" on his side.")


class TestMediaPostedTo:
    """"a video message posted to Twitter": the model calls the service a person; what something is posted to or
    on is a service (ORG). The table's one row for both mentions follows."""

    def test_the_service_is_a_body(self, nlp):
        assert ents_of(nlp, _VIDEO)[0] == ("Twitter", "ORG")

    def test_the_table_has_the_service_as_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _VIDEO))
        assert rows.get("Twitter") == "ORG" and rows.get("Elizabeth Warren", rows.get("Warren")) == "PERSON"

    def test_a_person_written_to_is_left(self, nlp):
        ents = ents_of(nlp, "Pelosi wrote to Mnuchin on Friday, asking for the documents.")
        assert ("Mnuchin", "ORG") not in ents


# Wikinews, 2020-04-14, English mathematician John Horton Conway dies after contracting COVID-19
_HARAN = ("Independent filmmaker and journalist Brady Haran, known for his educational YouTube channel Numberphile, "
          "posted a podcast dedicated to Conway.")


class TestMediaApartFromAccounts:
    """"his educational YouTube channel Numberphile": the model ran the service, the noun and the channel's name
    together as one work; cut at the noun, the service is a body and the channel an outlet (ORG)."""

    def test_the_service_and_the_channel_are_apart(self, nlp):
        ents = ents_of(nlp, _HARAN)
        assert ("YouTube", "ORG") in ents and ("Numberphile", "ORG") in ents
        assert not any("channel" in text for text, _ in ents)

    def test_a_channel_without_a_name_is_left_to_the_account_rule(self, nlp):
        ents = ents_of(nlp, "He posted the video on his YouTube channel last week.")
        assert ("YouTube", "ORG") in ents and len([e for e in ents if "YouTube" in e[0]]) == 1
