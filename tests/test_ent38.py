"""Entity rules after the audit of two Wikinews articles (round ``ent38``, ``bench/audit/ent38/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev19``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestNineteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev19`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev19"
    ARTICLES = 2


# Wikinews, 2020-09-30, On the campaign trail in the USA, August 2020
_HARRIS = ("Harris, in her address, accepted the vice presidential nomination, becoming the first African American "
           "and first South Asian American to fill the role.")


class TestPeoplesBeforeSettlerNations:
    """"the first South Asian American": a people written before a spaced "American" is one people of origin and
    citizenship, as "African American" is (the model stopped at "South Asian")."""

    def test_the_people_takes_american(self, nlp):
        rows = label_rows(entity_table(nlp, _HARRIS))
        assert rows.get("South Asian American") == "NORP" and rows.get("African American") == "NORP"
        assert "South Asian" not in rows

    def test_a_hyphenated_people_before_a_noun_stays(self, nlp):
        # Wikinews, 2019-01-26, US study finds correlation between youth suicide, household gun ownership
        rows = label_rows(entity_table(nlp, "Each state has a large proportion of African-American residents; they "
                                            "were found statistically less likely to commit suicide and to own guns."))
        assert rows.get("African-American") == "NORP"

    def test_a_body_named_so_and_the_adjective_alone_stay(self, nlp):
        ents = ents_of(nlp, "He joined the Chinese American Citizens Alliance. American troops paraded in Boston.")
        assert ("Chinese American", "NORP") not in ents and ("American", "NORP") in ents


_KAVANAUGH = ("He said the \"phony\" and \"nasty\" Harris attacked Biden during Democratic debates and blasted her "
              "behavior during the Brett Kavanaugh Supreme Court confirmation hearing.")


class TestPeopleBeforeBodies:
    """"the Brett Kavanaugh Supreme Court confirmation hearing": a person's full name run into a national body's name,
    as a modifier of a noun written small, is the person and the body."""

    def test_the_nominee_and_the_court_are_apart(self, nlp):
        rows = label_rows(entity_table(nlp, _KAVANAUGH))
        assert rows.get("Brett Kavanaugh") == "PERSON" and rows.get("Supreme Court") == "ORG"
        assert "Brett Kavanaugh Supreme Court" not in rows

    def test_bodies_named_after_people_stay_whole(self, nlp):
        rows = label_rows(entity_table(nlp, "The Bill Clinton Foundation grant went to Haiti. She studied at the "
                                            "George Washington University campus."))
        assert rows.get("Bill Clinton Foundation") == "ORG" and rows.get("George Washington University") == "ORG"
        assert "Bill Clinton" not in rows


_OUTLETS = ("Following the tweet, Newsweek, Politico, The Hill, Time Magazine, Mediaite, The Independent, and TMZ, "
            "among others, published stories on the incident.")


class TestUntaggedBodiesAmongBodies:
    """"Newsweek, Politico, The Hill, Time Magazine, Mediaite, The Independent, and TMZ": a name the model left
    untagged in a list of bodies is a body."""

    def test_the_untagged_outlet_is_a_body(self, nlp):
        assert ("The Independent", "ORG") in ents_of(nlp, _OUTLETS)

    def test_a_list_of_fewer_bodies_adds_nothing(self, nlp):
        ents = ents_of(nlp, "Reporters from CNN, Reuters, Bloomberg and Stuff were there.")
        assert not any(text.endswith("Stuff") for text, _ in ents)


_PAC = ("According to FEC records, De La Fuente's Rocky 101 LLC political action committee gave Seidenberg a total of "
        "US$10,000 over a series of five payments between December 2019 and April 2020.")


class TestNumbersInsideFirmsNames:
    """"De La Fuente's Rocky 101 LLC political action committee": a number after a proper noun is part of the name
    a firm's legal form closes; the given name alone still names its person."""

    def test_the_committee_is_named_whole(self, nlp):
        rows = label_rows(entity_table(nlp, _PAC))
        assert rows.get("Rocky 101 LLC") == "ORG"

    def test_the_given_name_alone_stays_its_persons(self, nlp):
        table = entity_table(nlp, "In alternate party news, businessman Rocky De La Fuente was named the nominee. "
                                  + _PAC + " And there will be those who will vote for Rocky because of his Hispanic "
                                           "name and roots.")
        assert "Rocky" in aliases_of(table, "Rocky De La Fuente") and "Rocky" not in label_rows(table)

    def test_a_year_before_a_legal_form_is_no_part_of_a_name(self, nlp):
        assert ("Acme Widgets LLC", "ORG") in ents_of(nlp, "The club was sold in 2019 LLC filings showed. Acme "
                                                           "Widgets LLC bought it.")
        assert not any(text.startswith("2019") for text, label in ents_of(nlp, "The club was sold in 2019 LLC "
                                                                                "filings showed.") if label == "ORG")


_CONVENTION = ("AIP vice chairman Mark Seidenberg commented. Other speakers during the four day event included four of "
               "Trump's children; First Lady Melania Trump; Mark and Patricia McCloskey, who drew weapons on allegedly "
               "trespassing protesters at their St. Louis residence; and Nicholas Sandmann.")


class TestCouplesSharingASurname:
    """"Mark and Patricia McCloskey": a given name before "and" and a person named in full shares that person's
    surname; it is no other "Mark" of the text."""

    def test_the_given_name_is_not_another_persons(self, nlp):
        table = entity_table(nlp, _CONVENTION)
        assert "Mark" not in aliases_of(table, "Mark Seidenberg")
        assert label_rows(table).get("Mark") == "PERSON" and label_rows(table).get("Patricia McCloskey") == "PERSON"

    def test_a_surname_alone_before_and_is_left(self, nlp):
        table = entity_table(nlp, "Smith and Jane Doe met. Mark Smith left.")
        assert "Smith" in aliases_of(table, "Mark Smith")


_RUNNING_MATE = ("That same day, rapper Kanye West made a surprise announcement on Twitter that he, himself, was "
                 "running for president. He named Wyoming preacher Michelle Tidball as his running mate and introduced "
                 "the Birthday Party as the vehicle for his run. West floated Simmons as a potential running mate, "
                 "arguing Tidball could be used in a different capacity.")


class TestPeopleAfterRoleNouns:
    """"Wyoming preacher Michelle Tidball": a given name and a surname the model left untagged right after the noun
    of a trade are a person (Wikinews, 2020-08-31, On the campaign trail in the USA, July 2020)."""

    def test_the_preacher_is_a_person_and_her_surname_hers(self, nlp):
        table = entity_table(nlp, _RUNNING_MATE)
        assert label_rows(table).get("Michelle Tidball") == "PERSON" and "Tidball" in aliases_of(table,
                                                                                                  "Michelle Tidball")

    def test_a_works_noun_is_no_trade(self, nlp):
        from toolkit.nlp.role_nouns import people_after_role_nouns

        doc = nlp("She starred in the film Michael Clayton with her neighbour Mary.")
        assert [e.text for e in people_after_role_nouns(doc, set())] == []


_DEAN = ("Others dismissed the claims outright. Erwin Chemerinsky, Dean of UC Berkeley School of Law called it \"a truly "
         "silly argument.\"")


class TestOfficesInApposition:
    """"Erwin Chemerinsky, Dean of UC Berkeley School of Law": a one-word "person" set off after a person's name, an
    English noun before "of" and a body, is the person's office, no second person."""

    def test_the_office_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, _DEAN))
        assert "Dean" not in rows and rows.get("Erwin Chemerinsky") == "PERSON"
        assert rows.get("UC Berkeley School of Law") == "ORG"

    def test_a_senator_of_a_state_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "The debate stage held Bernie Sanders, Warren of Massachusetts and Joe "
                                            "Biden."))
        assert rows.get("Warren") == "PERSON"
