"""Entity rules after the audit of eleven short Wikinews articles (round ``ent41b``, ``bench/audit/ent41b/README.md``,
the gold ``tests/data/gold/wikinews-entities-dev26``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentySixthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev26`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev26"
    ARTICLES = 11


def _labels(nlp, text: str) -> dict[str, str]:
    """The entity table's label of each name of ``text`` (repairs and the set-wide vote)."""
    return label_rows(entity_table(nlp, text))


class TestSidesOfResultsJoinedToAWin:
    """"Maroochydore defeated Caboolture 43–5, and University knocked of Noosa 32–22": a clause joined to a result,
    with a score of its own, is a result too, and a phrasal verb of winning ("knocked off") tells one; its sides are
    clubs, one named by a body's head word ("University") kept as a name."""

    # Wikinews, 2020-08-25, Caloundra defeat Wynnum in fourth round of 2020 Sunshine Coast Rugby Union season
    def test_the_joined_clause_names_two_clubs(self, nlp):
        labels = _labels(nlp, "In other results, Maroochydore defeated Caboolture 43–5, and University knocked of "
                              "Noosa 32–22")
        assert labels.get("University") == "ORG" and labels.get("Noosa") == "ORG"
        assert labels.get("Caboolture") == "ORG"

    def test_a_phrasal_verb_of_winning(self, nlp):
        labels = _labels(nlp, "On Saturday, Wynnum knocked off Noosa 32–22 at home.")
        assert labels.get("Noosa") == "ORG"

    def test_a_joined_clause_without_a_score_tells_no_result(self, nlp):
        labels = _labels(nlp, "Leeds beat Hull 3-1, and the University opened a library in Noosa.")
        assert labels.get("Noosa") == "GPE" and "University" not in labels


class TestNationalAdjectivesOffAcronyms:
    """"Belarusian KGB arrested 33 Russian individuals": a nation's adjective the model ran into a body's acronym is
    split off it, the adjective a people, the acronym the body."""

    # Wikinews, 2020-08-03, Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally
    def test_the_agency_is_named_by_its_acronym(self, nlp):
        ents = ents_of(nlp, "Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, "
                            "claiming them to be mercenaries.")
        assert ("KGB", "ORG") in ents and ("Belarusian", "NORP") in ents
        assert not any(text == "Belarusian KGB" for text, _ in ents)

    def test_with_the_article(self, nlp):
        ents = ents_of(nlp, "The Russian FSB said it had detained the man.")
        assert ("FSB", "ORG") in ents and ("Russian", "NORP") in ents

    def test_a_measure_is_no_body(self, nlp):
        ents = ents_of(nlp, "Chinese GDP grew by 5 percent.")
        assert not any(text in ("GDP", "Chinese GDP") and label == "ORG" for text, label in ents)


_BASE = ("On Sunday, Chilean military authorities reported 36 infections with COVID-19 at General Bernardo O'Higgins "
         "Riquelme Base in Trinity Peninsula, Antarctica.")


class TestSitesNamedAfterTitledPeople:
    """"at General Bernardo O'Higgins Riquelme Base": a base is a site named after a person, and the person's title
    in front is the site's name's (the model left it out and called the rest a person)."""

    # Wikinews, 2020-12-26, Chilean authorities report first COVID-19 outbreak in Antarctica
    def test_the_base_is_a_site_with_its_title(self, nlp):
        ents = ents_of(nlp, _BASE)
        assert ("General Bernardo O'Higgins Riquelme Base", "FAC") in ents
        assert not any(label == "PERSON" for _, label in ents)

    def test_a_titled_person_stays_a_person(self, nlp):
        ents = ents_of(nlp, "General Mark Milley visited the base on Friday.")
        assert ("Mark Milley", "PERSON") in ents and not any(label == "FAC" for _, label in ents)


class TestChannelsNamedByNumbers:
    """"Indeed, News 12 reported, …": "News" and a channel's number of one or two digits name an outlet, which the
    model read as a count."""

    # Wikinews, 2020-08-13, Water main bursts in White Plains, New York, US
    def test_the_channel_is_a_body(self, nlp):
        labels = _labels(nlp, "Indeed, News 12 reported, only buildings adjacent to the break were without water "
                              "service.")
        assert labels.get("News 12") == "ORG"

    def test_a_number_before_a_noun_is_a_count(self, nlp):
        ents = ents_of(nlp, "Breaking News 12 people were hurt. The News 12 hours later was grim.")
        assert not any(text.startswith("News") for text, _ in ents)


class TestMovementsBeforeTheirActs:
    """"A Black Lives Matter protest had taken place": a movement's name before a noun of its public acts (protest,
    rally, march), after an article, is the movement (a body), whatever the tagger makes of its words."""

    # Wikinews, 2020-06-23, Three killed, three others injured in stabbing attack in Reading, UK
    def test_the_movement_before_its_protest(self, nlp):
        ents = ents_of(nlp, "A Black Lives Matter protest had taken place in Forbury Gardens a few hours before the "
                            "attack, but Basu also stated this was not connected to the crime.")
        assert ("Black Lives Matter", "ORG") in ents and ("Forbury Gardens", "LOC") in ents

    def test_before_movement_too(self, nlp):
        assert ("Black Lives Matter", "ORG") in ents_of(nlp, "The Black Lives Matter movement grew.")

    def test_places_and_one_word_occasions_are_left(self, nlp):
        ents = ents_of(nlp, "A Hong Kong protest turned violent. Thousands joined a Pride march on Saturday.")
        assert ("Hong Kong", "GPE") in ents
        assert not any(label == "ORG" for _, label in ents)


class TestPeopleIdentifiedAs:
    """'a man in his forties identified only as "P Wilson"': the name after "identified as" or "named as", said of a
    person's noun, is a person's, an initial without a stop and quotation marks and all."""

    # Wikinews, 2020-06-07, Suspect arrested in death of elephant in Kerala, India that ate explosive fruit
    def test_the_suspect_is_a_person(self, nlp):
        ents = ents_of(nlp, "Officials later announced an arrest of a rubber tapper — a man in his forties identified "
                            "only as \"P Wilson\" — in the elephant's death while as of yesterday two other suspects "
                            "were reportedly at large.")
        assert ("P Wilson", "PERSON") in ents

    def test_a_passive_subject(self, nlp):
        assert ("R Kumar", "PERSON") in ents_of(nlp, "The victim was named as R Kumar, 34.")

    def test_things_named_as_are_no_people(self, nlp):
        ents = ents_of(nlp, "The operation, named as \"Desert Storm\", began in January. The ship was named as "
                            "\"Sea Star\" by its owners. The man was identified as a local farmer.")
        assert not any(label == "PERSON" for _, label in ents)


class TestPolitiesByTheirIndependence:
    """"openly supported independence for South Yemen": a compass word and a country, whose independence the text
    speaks of, is a polity (GPE), not the region the model reads."""

    # Wikinews, 2020-06-05, Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden
    def test_the_state_to_be_is_a_polity(self, nlp):
        labels = _labels(nlp, "Al-Quaety, who contributed to Agence France-Presse among other news organizations, "
                              "openly supported independence for South Yemen.")
        assert labels.get("South Yemen") == "GPE"

    def test_a_continent_stays_a_place(self, nlp):
        labels = _labels(nlp, "The independence of Africa was his dream.")
        assert labels.get("Africa") == "LOC"
