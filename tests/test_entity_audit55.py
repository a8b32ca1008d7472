"""Entity rules after the audit of six Wikinews articles (round ``entities55``, ``bench/audit/entities55.tsv``): a
common noun's plural capitalised because it opens a sentence or a quotation ("Photographs showed the aircraft",
"\"Guardrails can only take so much.\""), a town after "the mayor of" or "the town of" ("the mayor of Yartsevo"), a patrol's
name as a body ("Florida Highway Patrol described"), a faith's adjective before a noun ("a Pentecostal church"), a
greeting before a name ("Hi Agastya."), a maker run into its model's code ("Airbus A300s").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import entity_table, label_rows

# Wikinews, 2019-01-15, Iranian cargo plane crashes into Karaj houses
_KARAJ = ("Press TV said the crash was followed by a fire. Photographs showed the aircraft, sans wings, with the "
          "cockpit buried within a house and twisted engine parts strewn around.")
# Wikinews, 2019-01-05, Florida highway pileup fire kills five children, two truck drivers
_GUARDRAILS = ("Florida Department of Transportation official Troy Roberts said yesterday morning the road itself "
               "will be examined as part of investigations. He said \"Guardrails can only take so much.\" The "
               "guardrail would be examined, Roberts said, to determine if it had performed as designed.")


class TestPluralsOpeningSentences:
    """A common noun's plural opening a sentence or a quotation is capitalised for that place only; the model read
    "Photographs" as a person and "Guardrails" as a body."""

    def test_photographs_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, _KARAJ))
        assert "Photographs" not in rows and rows.get("Press TV") == "ORG"

    def test_guardrails_is_no_body(self, nlp):
        rows = label_rows(entity_table(nlp, _GUARDRAILS))
        assert "Guardrails" not in rows and rows.get("Troy Roberts") == "PERSON"

    def test_a_surname_named_in_full_elsewhere_is_kept(self, nlp):
        text = ("Attorney General Jeff Sessions spoke to reporters on Monday. Sessions said the department would "
                "review the case.")
        rows = label_rows(entity_table(nlp, text))
        assert rows.get("Jeff Sessions") == "PERSON"
        table = entity_table(nlp, text)
        assert int(table.loc[table["name"] == "Jeff Sessions", "mentions"].iloc[0]) == 2

    def test_a_name_that_is_no_plural_is_kept(self, nlp):
        rows = label_rows(entity_table(nlp, "Reuters reported the deal on Monday."))
        assert "Reuters" in rows


# Wikinews, 2019-02-06, Bus carrying children overturns in Babyninsky, Russia; at least seven die
_YARTSEVO = ("At least 45 were aboard. The occupants were going to a dance competition, according to the mayor of "
             "Yartsevo via news agency Interfax.")


class TestTownsAfterMayors:
    """"according to the mayor of Yartsevo": a mayor's "of" takes the town, which the model called a person; so does
    a kind of settlement's in lower case ("the town of Pandeglang")."""

    def test_yartsevo_is_a_place(self, nlp):
        rows = label_rows(entity_table(nlp, _YARTSEVO))
        assert rows.get("Yartsevo") == "GPE" and rows.get("Interfax") == "ORG"

    def test_the_mayor_named_after_the_town_is_left(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "The mayor of Kherson, Ihor Kolykhaev, was detained on Thursday.")
        assert ("Kherson", "GPE") in ents and ("Ihor Kolykhaev", "PERSON") in ents

    def test_towns_after_their_kind(self, nlp):
        # Wikinews, 2019-10-11, Wiranto stabbed; 2020-06-11, explosives kill a jackal in Tamil Nadu: "the town of", "the
        # village of" in lower case name a town, which the model called a body and a people
        from conftest import ents_of

        ents = ents_of(nlp, "Wiranto, who was visiting the town of Pandeglang in the province of Banten, survived "
                            "the attack.")
        assert ("Pandeglang", "GPE") in ents and ("Banten", "GPE") in ents
        ents = ents_of(nlp, "The suspects range in age from 21 to 78 and were identified as Narikuravars from the "
                            "village of Poolangudi.")
        assert ("Poolangudi", "GPE") in ents

    def test_a_body_after_a_town_is_left(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "He is a member of the town of Hempstead Democratic Committee.")
        assert ("Hempstead Democratic Committee", "GPE") not in ents

    def test_a_bank_after_a_governor_is_left(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "The governor of the Bank of England spoke on Thursday.")
        assert any(label == "ORG" and "Bank of England" in text for text, label in ents)


# Wikinews, 2019-01-05, Florida highway pileup fire kills five children, two truck drivers
_PATROL = ("The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75 "
           "close to Alachua when the initial collision between the car and truck occurred.")


class TestPatrolsAreBodies:
    """"Florida Highway Patrol described, …": "patrol" heads a body's name, so the untagged subject of a reporting
    verb is the body, not a speaker "Highway Patrol" PERSON after the place."""

    def test_the_highway_patrol(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, _PATROL)
        assert ("Florida Highway Patrol", "ORG") in ents
        assert not any(label == "PERSON" for _, label in ents)

    def test_a_speaker_is_still_found(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "The accident sequence began, Trooper Kim Montes described, in the northbound lanes.")
        assert any(label == "PERSON" and "Kim Montes" in text for text, label in ents)


# Wikinews, 2019-01-05, Florida highway pileup fire kills five children, two truck drivers
_CHURCH = ("The children were all from Marksville, Louisiana. The Avoyelles House of Mercy, a Pentecostal church, had "
           "been travelling 700 miles from Louisiana to Walt Disney World and was within an hour of its destination.")


class TestFaithAdjectives:
    """"a Pentecostal church": a faith's adjective before a common noun names the believers (NORP), not a body."""

    def test_pentecostal_is_a_people(self, nlp):
        rows = label_rows(entity_table(nlp, _CHURCH))
        assert rows.get("Pentecostal") == "NORP"

    def test_a_lutheran_pastor(self, nlp):
        from conftest import ents_of

        assert ("Lutheran", "NORP") in ents_of(nlp, "He is a Lutheran pastor.")

    def test_a_church_named_with_the_adjective_is_left(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "The United Methodist Church voted to split on Friday.")
        assert any(label == "ORG" and "Methodist Church" in text for text, label in ents)


# Wikinews, 2020-10-18, Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers
_GREETING = "The names have been altered in the following interview. Hi Agastya. Nice to meet you. Same here Jaya."


class TestGreetingsOffNames:
    """"Hi Agastya.": the greeting is no given name of the person hailed (the given-name mend took it in)."""

    def test_agastya(self, nlp):
        rows = label_rows(entity_table(nlp, _GREETING))
        assert rows.get("Agastya") == "PERSON" and "Hi Agastya" not in rows

    def test_a_name_opened_by_a_capitalised_word_is_left(self, nlp):
        from conftest import ents_of

        ents = ents_of(nlp, "Hillary Clinton met voters in Ohio on Friday.")
        assert ("Hillary Clinton", "PERSON") in ents


# Wikinews, 2019-01-15, Iranian cargo plane crashes into Karaj houses
_AIRBUS = ("The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force and states it "
           "runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for freight.")


class TestMakersBeforeModelCodes:
    """"Boeing 707s and Airbus A300s": the maker alone is the body, as the model's "Boeing" of "Boeing 707s"."""

    def test_airbus(self, nlp):
        rows = label_rows(entity_table(nlp, _AIRBUS))
        assert rows.get("Airbus") == "ORG" and "Airbus A300s" not in rows and rows.get("Boeing") == "ORG"

    def test_a_channel_with_a_number_is_left(self, nlp):
        from conftest import ents_of

        assert ("Channel 4", "ORG") in ents_of(nlp, "He watched Channel 4 last night.")
