"""Entity rules after the audit of nine Wikinews articles rich in names of other languages (round ``ent39a``,
``bench/audit/ent39a/README.md``, the gold ``tests/data/gold/wikinews-entities-dev20``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentiethEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev20`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev20"
    ARTICLES = 9


# Wikinews, 2019-05-06, Students compete in second international Neurosurgery Olympiad in Tyumen, Russia
_TITOV = ("The other two places at Sechenov University were awarded to Oleg Titov, fifth year at the First MSMU, and "
          "Irina Borovikova, fifth year at Ural State Medical University.")


class TestSlavicSurnames:
    """"awarded to Oleg Titov, fifth year at the First MSMU": two words the model called a body, the second a Slavic
    surname by its ending ("-ov"), neither an English word nor a known place, are a person."""

    def test_the_student_is_a_person(self, nlp):
        rows = label_rows(entity_table(nlp, _TITOV))
        assert rows.get("Oleg Titov") == "PERSON" and rows.get("Ural State Medical University") == "ORG"

    def test_bodies_and_places_so_ended_stay(self, nlp):
        # a club named after its town ("Rostov" a known place), a bank by an English word
        ents = dict(ents_of(nlp, "The fans of Torpedo Rostov cheered. Shares in Bank Petrov fell, the bank said."))
        assert ents.get("Torpedo Rostov") == "ORG" and ents.get("Bank Petrov") == "ORG"


_DAGESTAN = ("A year ago, this native of the Dagestan village took first prize, and he is now one of the organizers "
             "of the Olympiad.")


class TestLandsInStan:
    """"this native of the Dagestan village": a name ending in the Persian and Turkic "-stan" ("land of") is a land,
    not a people, whatever the model says."""

    def test_the_republic_is_a_place(self, nlp):
        assert dict(ents_of(nlp, _DAGESTAN)).get("Dagestan") == "GPE"

    def test_a_people_in_stani_stays(self, nlp):
        # Wikinews-like control: the people's adjective ends in "-stani"
        ents = dict(ents_of(nlp, "Several Pakistani and Kazakhstani officials attended the talks in Astana."))
        assert ents.get("Pakistani") == "NORP"


_RUSSIAN_TAG = ("If a person strives for and desires something, then everything will work out.\" ((ru))Russian: "
                "\u200dСвою победу я дарю маме, которая вдохновила меня пойти учится на нейрохирурга. Conducting "
                "surgical competitions for students is a Russian practice.")


class TestLanguageTags:
    """"((ru))Russian: …": Wikinews' tag of the original's language, glued by the tokenizer to its code ("ru))Russian"),
    is no entity; the people's adjective in the prose stays."""

    def test_the_tag_is_no_entity(self, nlp):
        ents = ents_of(nlp, _RUSSIAN_TAG)
        assert not any(")" in text for text, _ in ents)
        assert ("Russian", "NORP") in ents


# Wikinews, 2020-01-10, Greek prime minister reaffirms EastMed pipeline project is open for other countries to join
_INTERCONNECTOR = ("During the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016, the then-envisioned "
                   "EuroAsia Interconnector was considered as an alternative route to export the gas as electricity.")


class TestLinesAreBuilt:
    """"the then-envisioned EuroAsia Interconnector": a pipeline's or a power cable's name, which the model calls a
    product, is a built thing (FAC)."""

    def test_the_cable_is_a_facility(self, nlp):
        assert label_rows(entity_table(nlp, _INTERCONNECTOR)).get("EuroAsia Interconnector") == "FAC"

    def test_a_product_of_another_head_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "The airline flies the Boeing 737 MAX and the Airbus A320neo."))
        assert all(label != "FAC" for label in rows.values())


# Wikinews, 2019-05-15, Polish leader Jaroslaw Kaczynski promises stricter punishments for child abusers
_FRANOWSKA = ("Calling it as \"just another apology\", Anna Franowska of \"Have no fear\", an abuse victim support "
              "charity, told Reuters \"it almost appears as if the statement was prepared before the church officials "
              "saw the movie\".")


class TestQuotedBodiesInApposition:
    """"Anna Franowska of "Have no fear", an abuse victim support charity": a body named by a phrase is set in
    quotation marks, and a description after the comma whose noun is a body's kind says it is a body."""

    def test_the_charity_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _FRANOWSKA))
        assert rows.get("Have no fear") == "ORG" and rows.get("Anna Franowska") == "PERSON"

    def test_a_quotation_before_its_speaker_stays(self, nlp):
        ents = ents_of(nlp, "\"Nothing Will Change Here\", the party said on Monday. \"We Will Fight On\", a party "
                            "spokesman said.")
        assert not any(label == "ORG" and "Will" in text for text, label in ents)


_FIELDS = "Energean has committed 1.7 billion dollars in the Karish and Tanin fields."


class TestPlacesListedBeforeTheirKind:
    """"the Karish and Tanin fields": a word the model read as a people's adjective ("-ish"), listed with a place
    before a plural landform's noun, is one more of those places."""

    def test_both_fields_are_places(self, nlp):
        rows = label_rows(entity_table(nlp, _FIELDS))
        assert rows.get("Karish") == "LOC" and rows.get("Tanin") == "LOC"

    def test_peoples_before_a_plural_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "Drilling began in the Turkish and Greek fields. The Australian and "
                                            "Japanese markets fell."))
        assert rows.get("Turkish") == "NORP" and rows.get("Australian") == "NORP"


_ENERGEAN = ("Earlier that day, the Greek gas producer Energean signed a letter of intent on selling two billion cubic "
             "meters of gas per year to the Greek gas supplier DEPA.")


class TestBodiesAfterTradeNouns:
    """"the Greek gas producer Energean": an untagged name right after a people's adjective, the goods and the noun
    of a firm's trade is a firm (ORG)."""

    def test_the_producer_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _ENERGEAN))
        assert rows.get("Energean") == "ORG" and rows.get("DEPA") == "ORG"

    def test_a_person_of_that_trade_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "The American film producer Harvey Weinstein was jailed in New York."))
        assert rows.get("Harvey Weinstein") == "PERSON" and not any(label == "ORG" for label in rows.values())
