"""Entity rules after the audit of eleven short Wikinews articles (round ``ent40a``, ``bench/audit/ent40a/README.md``,
the gold ``tests/data/gold/wikinews-entities-dev23``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, entity_table, ents_of, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentyThirdEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev23`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev23"
    ARTICLES = 11


# Wikinews, 2019-06-24, New Hampshire crash kills seven including former US Marines
_CLUB = ("The victims were reportedly members and supporters of the motorcycle club Marine JarHeads MC, which includes "
         "both veterans of the United States Marines and their spouses.")


class TestClubsOpenedByPeoplesWords:
    """"the motorcycle club Marine JarHeads MC": a club right before its name names a body, also where the model
    read the name's first word as a people's ("Marine" NORP) and left the rest untagged."""

    def test_the_club_is_a_body(self, nlp):
        assert ("Marine JarHeads MC", "ORG") in ents_of(nlp, _CLUB)

    def test_a_people_without_a_name_after_stays(self, nlp):
        ents = ents_of(nlp, "The club's Irish players left early. He joined a club with Irish roots.")
        assert ("Irish", "NORP") in ents and not any(label == "ORG" and "Irish" in text for text, label in ents)

    def test_a_club_opened_by_a_people_word(self, nlp):
        assert ("Irish Riders MC", "ORG") in ents_of(nlp, "He rode with the motorcycle club Irish Riders MC in Dublin.")


# Wikinews, 2019-10-11, Indonesian security minister Wiranto stabbed
_NETWORK = ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects "
            "were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State.")


class TestBodiesOpenedAfterArticles:
    """"the Jamaah Ansharut Daulah network": a capitalised proper noun the model left out between "the" and a body's
    name, compounded onto it, opens the name."""

    def test_the_network_keeps_its_first_word(self, nlp):
        ents = ents_of(nlp, _NETWORK)
        assert ("Jamaah Ansharut Daulah", "ORG") in ents and ("Ansharut Daulah", "ORG") not in ents

    def test_a_place_a_day_or_a_title_before_a_body_stays_apart(self, nlp):
        ents = ents_of(nlp, "He met the Texas Rangers on Monday. The Monday BBC interview aired late.")
        assert ("BBC", "ORG") in ents and not any(text.startswith("Monday B") for text, _ in ents)


# Wikinews, 2019-03-02, Nine jailed over sexual abuse in Bradford, England children's home
_BOARD = ('Bradford Council stated, "The Safeguarding Board will look closely at this case to see if there are any '
          'lessons we can learn that could help us keep young people safer".')


class TestBoardsAtQuotationOpenings:
    """"“The Safeguarding Board will look closely …”": a name ending in "Board" that the model read as a work's
    title at a quotation's opening is a body; a title set whole in quotation marks stays a work."""

    def test_the_board_is_a_body(self, nlp):
        assert ("The Safeguarding Board", "ORG") in ents_of(nlp, _BOARD)

    def test_a_quoted_title_stays_a_work(self, nlp):
        assert ("ORG" not in {label for text, label in ents_of(nlp, 'She read "The Board" on the train.')
                              if "Board" in text})


# Wikinews, 2019-10-02, Hurricane Lorenzo hits Azores, heads towards Ireland
_AZORES = ("The Azores — autonomous islands of Portugal in the Atlantic Ocean — closed schools and non-essential public "
           "services.")


class TestPlacesDescribedInApposition:
    """"The Azores — autonomous islands of Portugal …": an untagged name before a dash or a comma and a description
    whose head is a kind of place is that place; "autonomous" makes the kind a polity (GPE). In the whole article
    the place is a polity, not the person the model read in "as Hurricane Lorenzo hit the Azores"."""

    def test_the_islands_are_a_polity(self, nlp):
        assert ("Azores", "GPE") in ents_of(nlp, _AZORES)

    def test_in_the_article_the_azores_are_a_place(self, nlp):
        text = ("Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for "
                "Ireland, issued weather alerts as the storm approached from the west.\n\n" + _AZORES)
        assert label_rows(entity_table(nlp, text)).get("Azores") == "GPE"

    def test_a_person_before_a_role_stays_a_person(self, nlp):
        ents = ents_of(nlp, "He met Smith, a town councillor, on Monday. Paris, the capital of France, is big.")
        assert ("Smith", "PERSON") in ents and ("Paris", "GPE") in ents


# Wikinews, 2019-09-27, New South Wales decriminalizes abortion
_MEMBER = ("The upper house debate involved 102 amendments, and was amongst the longest they have ever debated a "
           "bill.\n\nMember of parliament (MP) Kevin Conolly said a law allowing the termination of a life marked a "
           "\"sad day for NSW\".")


class TestOfficesOpeningSentences:
    """"Member of parliament (MP) Kevin Conolly said": a lone capitalised role with "of" after it, the subject the
    parser found, is the office of the name after it, no speaker's name."""

    def test_the_office_names_no_one(self, nlp):
        ents = ents_of(nlp, _MEMBER)
        assert ("Kevin Conolly", "PERSON") in ents and ("Member", "PERSON") not in ents

    def test_a_surname_that_is_a_role_stays(self, nlp):
        assert "Bishop" in {text for text, _ in ents_of(nlp, "The debate ended. Bishop said the plan was sound.")}


# Wikinews, 2019-01-16, Lion Air disaster: Crashed jet's voice recorder recovered from Java Sea
_FLIGHT = ("The National Transportation Safety Committee of Indonesia on Monday announced the cockpit voice recorder "
           "from Lion Air Flight 610 has been recovered from the Java Sea.")


class TestFlightsApartFromAirlines:
    """"from Lion Air Flight 610": a flight named by its airline and number is the airline (ORG) and the flight
    (EVENT), not one body."""

    def test_the_airline_and_the_flight(self, nlp):
        ents = ents_of(nlp, _FLIGHT)
        assert ("Lion Air", "ORG") in ents and ("Flight 610", "EVENT") in ents

    def test_a_body_named_after_flights_stays(self, nlp):
        ents = ents_of(nlp, "She read Flight Safety Foundation reports. The crash of Flight 752 killed 176.")
        assert ("Flight Safety Foundation", "ORG") in ents and ("Flight 752", "EVENT") in ents
