"""The eleventh event dev gold (``tests/data/gold/wikinews-events-dev11``) and the rules mended on it (round ``ev36``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Puerto Rico's governor Rosselló
resigns, Louisiana declares a state of emergency as Tropical Storm Barry approaches, Russia's Navalny airlifted to
Germany, a fire in a Chittagong slum, a Catalonia apartment-block fire, Nickey Iyambo's death): Wikinews, CC BY 2.5,
credit "Wikinews contributors, en.wikinews.org". The first class checks the gold is well formed; the others assert a
property of the extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import check_event_gold, events_of, records_with_verb

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev11"


class TestGoldWellFormed:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=64)


# Wikinews, 2019-08-04: Puerto Rico's governor Rosselló resigns, new governor sworn in.
STIPULATES = ("The Puerto Rican constitution stipulates the secretary of state succeeds to the governorship following a "
              "vacancy, but the post remained unfilled until Pierluisi was appointed to the position.\n")
# Wikinews, 2020-08-22: Russia's Navalny airlifted to Germany.
TRANSFERRED = ("Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in Siberia to "
               "Berlin, Germany. Navalny has been suffering from a serious medical condition since Thursday.\n\n"
               "Alexei Navalny is an outspoken critic of Russian president Vladimir Putin. Navalny was transferred "
               "from the hospital in Omsk to Charité in Berlin via air ambulance.\n")
# Wikinews, 2019-02-18: Fire kills nine, injures dozens in Chittagong, Bangladesh slum.
KILLED = ("A fire yesterday morning destroyed at least 200 makeshift homes in a slum in Chittagong, a port city in "
          "Bangladesh. Officials said it killed nine people and injured at least 50 more.\n")
# Wikinews, 2019-05-21: Nickey Iyambo, former vice-president of Namibia, dies aged 82.
SADNESS = ("Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning. He was 82 years "
           "old.\n\nThe current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death. Geingob "
           "tweeted, \"I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo.\"\n")


class TestLawInLowerCase:
    """What a constitution stipulates is its text, reported by it: no act of the constitution."""

    def test_constitution_stipulates(self, nlp, tmp_path):
        events = events_of(STIPULATES, dt.date(2019, 8, 4), "stipulates", nlp=nlp, folder=tmp_path)
        assert not records_with_verb(events, "stipulate")
        [succeed] = records_with_verb(events, "succeed")
        assert "constitution" in succeed["reported_by"].lower()

    def test_control_a_demand_stipulated(self, nlp, tmp_path):
        # a person's stipulation of what should be done is a demand: its content is no fact
        events = events_of("Under the deal, Smith stipulated that he be paid in cash.\n", dt.date(2019, 8, 4),
                           "demand", nlp=nlp, folder=tmp_path)
        assert not [r for r in records_with_verb(events, "pay") if not r["modality"] and not r["reported_by"]]


class TestSurnamePassive:
    """An agentless passive on the surname of a person named before, though the model left it untagged."""

    def test_navalny_transferred(self, nlp, tmp_path):
        events = events_of(TRANSFERRED, dt.date(2020, 8, 22), "transferred", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "transfer")
        assert row["subject"] is None and row["object"] == "Alexei Navalny"

    def test_control_state_in_the_present(self, nlp, tmp_path):
        text = TRANSFERRED + "\nNavalny is based in Moscow.\n"
        events = events_of(text, dt.date(2020, 8, 22), "based", nlp=nlp, folder=tmp_path)
        assert not records_with_verb(events, "base")


class TestReportedIt:
    """People's report of what "it" did: the thing the sentence before was about."""

    def test_officials_said_it_killed(self, nlp, tmp_path):
        events = events_of(KILLED, dt.date(2019, 2, 18), "killed", nlp=nlp, folder=tmp_path)
        for verb in ("kill", "injure"):
            [row] = records_with_verb(events, verb)
            assert row["subject"].lower() == "a fire" and row["reported_by"].lower() == "officials"

    def test_control_dummy_it_and_a_body_speaking(self, nlp, tmp_path):
        text = ("The company lost its appeal on Monday. Officials said it would take weeks to repair the line. "
                "The ministry said it would appeal.\n")
        events = events_of(text, dt.date(2019, 2, 18), "dummy", nlp=nlp, folder=tmp_path)
        assert not records_with_verb(events, "take")
        assert [r["subject"] for r in records_with_verb(events, "appeal")] == ["the ministry"]


class TestRoleHolderTaggedAsBody:
    """"The current president of Namibia, Hage Geingob, expressed …": the person in apposition, though the model
    tagged him as a body."""

    def test_geingob_expressed(self, nlp, tmp_path):
        events = events_of(SADNESS, dt.date(2019, 5, 21), "sadness", nlp=nlp, folder=tmp_path)
        assert [r["subject"] for r in records_with_verb(events, "express")] == ["Hage Geingob"]

    def test_control_a_name_of_the_kin(self, nlp, tmp_path):
        # the name after "the son of the founder," is the founder's: the son stays the subject
        text = "The son of the founder, Pohamba, resigned on Wednesday.\n"
        events = events_of(text, dt.date(2019, 5, 21), "son", nlp=nlp, folder=tmp_path)
        assert [r["subject"] for r in records_with_verb(events, "resign")] == ["the son of the founder"]


# Wikinews, 2019-01-07: Catalonia apartment block fire kills three, injures sixteen.
WHILE = ("The fire service indicated on Twitter the baby girl was critically ill, while two adults were seriously "
         "injured.\n")


class TestPassiveOfContrast:
    """A passive in a "while" clause of contrast is news of its own, as its active twin is."""

    def test_two_adults_injured(self, nlp, tmp_path):
        events = events_of(WHILE, dt.date(2019, 1, 7), "while", nlp=nlp, folder=tmp_path)
        [row] = records_with_verb(events, "injure")
        assert row["subject"] is None and row["object"] == "two adults"
        assert row["reported_by"].lower() == "the fire service"

    def test_control_while_in_the_progressive(self, nlp, tmp_path):
        text = "Two people died while five were being treated at the hospital.\n"
        events = events_of(text, dt.date(2019, 1, 7), "progressive", nlp=nlp, folder=tmp_path)
        assert not records_with_verb(events, "treat")


# Wikinews, 2019-08-04: Puerto Rico's governor Rosselló resigns, new governor sworn in.
SWORN = ("On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth of Puerto Rico "
         "and Pedro Pierluisi was sworn in at 5 p.m. local time (2100 UTC) as Puerto Rico's new governor.\n")


class TestPassiveClauseAfterAnd:
    """A name joined by "and" right before a singular "was" and its participle is that passive's subject: a second
    clause, not a reduced passive on the first clause's subject."""

    def test_pierluisi_sworn_in(self, nlp, tmp_path):
        events = events_of(SWORN, dt.date(2019, 8, 4), "sworn", nlp=nlp, folder=tmp_path)
        assert [(isinstance(r["subject"], str), r["object"]) for r in records_with_verb(events, "swear in")] == [(False, "Pedro Pierluisi")]
        assert [r["subject"] for r in records_with_verb(events, "resign")] == ["Ricardo Rosselló Nevares"]

    def test_control_plural_were(self, nlp, tmp_path):
        # "were" may agree with the whole phrase: the reduced-passive reading stays
        text = "A pair of convicted killers caught dealing drugs in broad daylight were released without bail.\n"
        events = events_of(text, dt.date(2019, 8, 4), "were", nlp=nlp, folder=tmp_path)
        assert not [r for r in records_with_verb(events, "catch") if r["subject"]]
