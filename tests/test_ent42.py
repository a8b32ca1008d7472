"""Entity rules after the audit of ten short Wikinews articles (round ``ent42``, ``bench/audit/ent42/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev27``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentySeventhEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev27`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev27"
    ARTICLES = 10


def _labels(nlp, text: str) -> dict[str, str]:
    """The entity table's label of each name of ``text`` (repairs and the set-wide vote)."""
    return label_rows(entity_table(nlp, text))


class TestFactionsAreBodies:
    """"as part of The Wyatt Family faction", "leader of the villainous faction The Dark Order": a faction is a group
    of people (ORG), whichever side of its noun the name stands, and a name that opens with its own "The" stands after
    "the" (the model called both works)."""

    # Wikinews, 2020-12-28, US professional wrestler Jon Huber dies aged 41
    def test_a_faction_named_before_its_noun(self, nlp):
        labels = _labels(nlp, "In his WWE run from 2012 to 2019, as Luke Harper, Huber aligned with Rowan as part of "
                              "The Wyatt Family faction.")
        assert labels.get("The Wyatt Family") == "ORG"

    def test_a_faction_named_after_its_noun(self, nlp):
        labels = _labels(nlp, "In March, he debuted as the heel Brodie Lee, leader of the villainous faction The Dark "
                              "Order.")
        assert labels.get("The Dark Order") == "ORG"

    def test_a_work_before_a_noun_of_works_stays_a_work(self, nlp):
        labels = _labels(nlp, "In 2019 he starred in The Wyatt Family documentary.")
        assert labels.get("The Wyatt Family") != "ORG"


class TestNationalAdjectivesOffAStateModifier:
    """"to the building of Zimbabwean State institutions": a nation's adjective the model ran into a capitalised
    "State" that qualifies a lower-case noun is the people (NORP); the state in general is no body's name."""

    # Wikinews, 2019-09-09, Longtime leader of Zimbabwe Robert Mugabe dies aged 95
    def test_the_adjective_is_the_people(self, nlp):
        ents = ents_of(nlp, "He made a great personal contribution to the battle for your country’s independence, to "
                            "the building of Zimbabwean State institutions.")
        assert ("Zimbabwean", "NORP") in ents
        assert not any(text.endswith("State") for text, _ in ents)

    def test_a_body_named_with_state_keeps_its_name(self, nlp):
        ents = ents_of(nlp, "Islamic State fighters took the town.")
        assert ("Islamic State", "ORG") in ents

    def test_no_noun_after_it_no_split(self, nlp):
        ents = ents_of(nlp, "The Iranian State said no.")
        assert ("Iranian", "NORP") not in ents


class TestRanchesArePlaces:
    """"when he participated in the Imus Ranch program for kids with cancer": a ranch is land with its buildings, a
    place (FAC) by its head; a foundation named after it ends in its own head and stays a body."""

    # Wikinews, 2019-12-30, Radio host Don Imus dies aged 79
    def test_the_ranch_is_a_place(self, nlp):
        labels = _labels(nlp, "Zachary first met the Imus family at age 10 when he participated in the Imus Ranch "
                              "program for kids with cancer.")
        assert labels.get("Imus Ranch") == "FAC"

    def test_its_foundation_is_a_body(self, nlp):
        labels = _labels(nlp, "The family asked for donations to the Imus Ranch Foundation, which provides support "
                              "for families with children suffering from serious diseases.")
        assert labels.get("Imus Ranch Foundation") == "ORG"


class TestPicturesPostedToServices:
    """"one of his lawyers posted a photo to Twitter showing him …": the parser hangs the service on the thing posted;
    a picture or a message posted "to" a one-word name puts it on a service (ORG), not with a person."""

    # Wikinews, 2020-11-22, Suspect in Kenosha, Wisconsin protester killings released from jail on US$2 million bond
    def test_the_service_is_a_body(self, nlp):
        labels = _labels(nlp, "Shortly after Rittenhouse's release, one of his lawyers posted a photo to Twitter "
                              "showing him and actor Ricky Schroder standing next to each other and smiling.")
        assert labels.get("Twitter") == "ORG"
        assert labels.get("Ricky Schroder") == "PERSON"

    def test_a_cheque_posted_to_a_person_is_mail(self, nlp):
        ents = ents_of(nlp, "He posted a cheque to Jeremy in May.")
        assert ("Jeremy", "PERSON") in ents


class TestComradeIsATitle:
    """"Cde [comrade] Robert Mugabe", "Cde Mugabe was an icon of liberation": "Comrade" and its short form "Cde" are
    honorifics before a name, no part of it."""

    # Wikinews, 2019-09-09, Longtime leader of Zimbabwe Robert Mugabe dies aged 95
    def test_the_short_form_is_no_name(self, nlp):
        table = entity_table(nlp, "I announce the passing on of Zimbabwe's founding father and former President, Cde "
                                  "[comrade] Robert Mugabe. Cde Mugabe was an icon of liberation.")
        names = set(table["name"])
        assert "Robert Mugabe" in names and not {"Cde", "Cde Mugabe"} & names

    def test_comrade_before_a_name(self, nlp):
        ents = ents_of(nlp, "Comrade Stalin spoke to the congress.")
        assert not any(text.startswith("Comrade") for text, _ in ents)


class TestDiseaseCodesInAnyContext:
    """"Huber succumbed to an unspecified lung disorder, unrelated to COVID-19": a code made of a disease's word
    ("COVID-19") is the disease wherever it stands (the model called it a law); other codes still need an illness's
    context."""

    # Wikinews, 2020-12-28, US professional wrestler Jon Huber dies aged 41
    def test_the_disease_is_no_entity(self, nlp):
        ents = ents_of(nlp, "According to his wife, Amanda, Huber succumbed to an unspecified lung disorder, unrelated "
                            "to COVID-19, for which he received treatment at the Mayo Clinic.")
        assert not any(text == "COVID-19" for text, _ in ents)

    def test_another_code_stays(self, nlp):
        ents = ents_of(nlp, "The F-16 crashed near the base.")
        assert any(text == "F-16" for text, _ in ents)


class TestIslandsByTheirNameAlone:
    """"landfall … in the Abaco Islands" beside "Parts of Abaco are decimated": a group of islands named without
    "Islands" in the same document is the group (one place, LOC), unless the short name is voted a person."""

    # Wikinews, 2019-09-05, Hurricane Dorian leaves trail of destruction in the Bahamas
    def test_the_short_name_joins_the_islands(self, nlp):
        table = entity_table(nlp, "Dorian made its initial landfall as a Category 5 hurricane in the Abaco Islands on "
                                  "Sunday. \"Parts of Abaco are decimated\", Minnis said. The international airport on "
                                  "Abaco is under water.")
        labels = label_rows(table)
        assert labels.get("Abaco Islands") == "LOC" and "Abaco" not in labels

    def test_a_person_of_the_name_stays_apart(self, nlp):
        labels = _labels(nlp, "Captain Cook reached the Cook Islands in 1773. Cook wrote about it.")
        assert labels.get("Cook") == "PERSON"
