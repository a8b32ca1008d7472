"""Entity rules after the audit of eight Wikinews dev articles (round ``entities50``,
``bench/audit/entities50.tsv``): an acronym defined in brackets that spells an English word, a title word opening a
law's name, a star of a field before a name, a water named after a people.

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows

# Wikinews, 2020-02-14, the World Health Organization names the new coronavirus
_WHO = ("On Tuesday, the World Health Organization (WHO) announced the official name of the coronavirus-induced "
        "disease first recognized about two months ago in Wuhan, China: \"COVID-19\" is to replace the WHO's "
        "temporary designation \"2019-nCoV.\" WHO director-general Tedros Adhanom Ghebreyesus said the name had "
        "to be easy to say and, to prevent stigma, it must not cite any specific person, animal, profession or "
        "place, per WHO guidelines established in 2015. People who have the disease may not know it.")


def _mentions_of(nlp, text: str, name: str) -> int:
    table = entity_table(nlp, text)
    row = table[table["name"] == name]
    return int(row["mentions"].iloc[0]) if len(row) else 0


class TestAcronymsDefinedInBrackets:
    """"the World Health Organization (WHO)" … "the WHO's", "per WHO guidelines": an acronym defined in brackets
    after a body is that body wherever it is written in capitals, even where it spells a word ("who") the text
    also writes in lower case."""

    def test_every_mention_is_the_body(self, nlp):
        table = entity_table(nlp, _WHO)
        rows = label_rows(table)
        assert rows.get("World Health Organization") == "ORG"
        assert "WHO" not in rows
        assert _mentions_of(nlp, _WHO, "World Health Organization") == 5

    def test_the_acronyms_in_the_repaired_spans(self, nlp):
        ents = ents_of(nlp, _WHO)
        assert sum(1 for text, label in ents if text == "WHO" and label == "ORG") == 4

    def test_not_without_the_definition(self, nlp):
        # the same words in capitals, no body defines them in brackets: a shouted word stays no name
        text = "WHO director-general Tedros said so. People who have the disease may not know it."
        assert _mentions_of(nlp, text, "WHO") == 0

    def test_not_an_acronym_of_other_initials(self, nlp):
        # "(WHO)" after a name whose initials spell something else defines nothing
        text = ("The Wellness Health Office (WHO) opened. People who have the disease may not know it. "
                "WHO said so.")
        ents = ents_of(nlp, text)
        assert sum(1 for t, _ in ents if t == "WHO") <= 2


# Wikinews, 2020-03-16, US President Trump declares a COVID-19 national emergency
_ACT = "Trump made the decision under provisions of the National Emergencies Act, amongst other governing authorities."


class TestTitleWordsOpeningLaws:
    """"the National Emergencies Act": "National", a title word ("National Security Adviser Bolton"), before two
    words ending in a law's head opens the law's name; it is no title before a person's name."""

    def test_the_law_keeps_its_first_word(self, nlp):
        rows = label_rows(entity_table(nlp, _ACT))
        assert rows.get("National Emergencies Act") == "LAW"
        assert "Emergencies Act" not in rows

    def test_a_title_before_a_person_is_still_cut(self, nlp):
        ents = ents_of(nlp, "National Security Adviser John Bolton said the talks had failed.")
        assert any(text == "John Bolton" and label == "PERSON" for text, label in ents)


# Wikinews, 2020-02-15, Michael Avenatti convicted of attempted extortion
_DANIELS = ("Yesterday, a United States federal jury convicted Michael Avenatti, the California, US lawyer who "
            "represented porn star Stormy Daniels in her lawsuit against US President Donald Trump, of trying to "
            "extort Nike, an athletic equipment company. He was also accused of keeping for himself money that his "
            "client Stormy Daniels had earned from her book.")


class TestStarsOfAField:
    """"porn star Stormy Daniels": a name right after "star" qualified by a field's noun is a celebrity, a person,
    though the model calls it a body; a star of the sky ("the host star AB Aurigae") is left to the sky's rule."""

    def test_the_star_is_a_person(self, nlp):
        assert label_rows(entity_table(nlp, _DANIELS)).get("Stormy Daniels") == "PERSON"

    def test_a_star_of_the_sky_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, "Astronomers found a planet orbiting the host star AB Aurigae."))
        assert rows.get("AB Aurigae") != "PERSON"


# Wikinews, 2019-08-06, Franky Zapata crosses the English Channel
_CHANNEL = ("This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered "
            "freeflight flying device. This success came on the second attempt by the inventor to cross the Channel.")


class TestWatersNamedAfterPeoples:
    """"the English Channel": a people's adjective (or language) between "the" and a capitalised head of a water
    ends no name: both are the water's name (LOC), and the head alone after "the" is that water again."""

    def test_the_water_is_one_place(self, nlp):
        ents = ents_of(nlp, _CHANNEL)
        assert ("English Channel", "LOC") in ents
        assert ("English", "LANGUAGE") not in ents

    def test_the_head_alone_is_the_water(self, nlp):
        rows = label_rows(entity_table(nlp, _CHANNEL))
        assert rows.get("English Channel") == "LOC"
        assert rows.get("Channel", "LOC") == "LOC"

    def test_a_capitalised_word_after_the_head_is_left(self, nlp):
        ents = ents_of(nlp, "The ship was stopped by the American Coast Guard near Miami.")
        assert ("American Coast", "LOC") not in ents

    def test_a_known_sea_is_unchanged(self, nlp):
        assert ("the Irish Sea", "LOC") in ents_of(nlp, "Ships crossed the Irish Sea to Dublin.")


class TestAcronymsDefinedInBracketsControls:
    """The Wikinews identity check's articles: a title written as an acronym before a name, a status after "a"."""

    def test_a_title_before_a_name_is_left(self, nlp):
        # Wikinews, 2020-04-14, Dorsa Derakhshani's interview
        text = ("She holds the titles of International Master (IM) and Woman Grandmaster. IM Dorsa Derakhshani "
                "grew up in Tehran. People who know her say so.")
        ents = ents_of(nlp, text)
        assert sum(1 for t, _ in ents if t == "IM") <= 1

    def test_a_status_after_a_is_left(self, nlp):
        # Wikinews, 2020-01-10, the EastMed pipeline
        text = ("The EU considers the EastMed pipeline to be a Project of Common Interest (PCI). The estimated cost "
                "is 2.5 billion euros, and the EU considers it a PCI.")
        ents = ents_of(nlp, text)
        assert ("PCI", "ORG") not in ents[-2:]
