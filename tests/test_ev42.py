"""The sixteenth event dev gold (``tests/data/gold/wikinews-events-dev16``) and the rules mended on it (round ``ev42``).

The gold's texts and the sentences below are Wikinews articles of 2019 (the charity Sea-Eye renames its ship after
Alan Kurdi, 540 million Facebook records found on the public Internet, the US Department of Justice investigates
Ford over emissions testing, Tunisia's Prime Minister signs a decree banning face veils, the mockumentary Mister
America has its world premiere, the Northern Arapaho Tribe welcomes a buffalo herd; one sentence is of events-dev5,
a Taliban car bomb in Maidan Wardak): Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org". The first class checks the gold is well formed; the others assert a property of the extraction on
a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import blank, check_event_gold, events_of, records_headed_by

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev16"


class TestSixteenthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=65)


def _events(nlp, tmp_path, text, day=dt.date(2019, 4, 28)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


def _text(value) -> str:
    return "" if blank(value) else str(value).lower()


# Wikinews, 2019-04-28: US Department of Justice investigating Ford over emissions testing problems.
FORD = ("On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal "
        "investigation of Ford's internal emission testing practices.\n")
FORD_ITSELF = ("In February, Ford announced investigating itself, following employee concerns that emission testing "
               "calculation could be inconsistent.\n")


class TestNameAfterAFrontedTime:
    """A name run into the phrase of a fronted time with no comma ("On Friday Ford Motor Company") is the subject."""

    def test_ford_announced(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, FORD), "announce")
        assert _text(row["subject"]) == "ford motor company" and row["date"] == "2019-04-26"
        assert _text(row["object"]) != "ford motor company"  # (the time's phrase is no object either)

    def test_the_investigation_is_reported_by_ford(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, FORD), "perform")
        assert "justice" in _text(row["subject"]) and _text(row["reported_by"]) == "ford motor company"

    def test_control_a_time_set_off_by_a_comma(self, nlp, tmp_path):
        text = "On Friday, the company announced the closure of the plant.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "announce")
        assert _text(row["subject"]) == "the company"

    def test_control_a_time_alone_under_its_preposition(self, nlp, tmp_path):
        text = "In 2019 the government banned the drug.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "ban")
        assert _text(row["subject"]) == "the government"


class TestGerundOfAClaim:
    """A gerund with no subject under a verb of claiming, announcing or telling is the claimant's own act."""

    def test_ford_investigates_itself(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, FORD_ITSELF), "investigate")
        assert "ford" in _text(row["subject"]) and "ford" in _text(row["reported_by"])

    def test_the_councillor_witnessed_bodies(self, nlp, tmp_path):
        # Wikinews, 2019-01-24 (events-dev5): Car bomb ramming attack kills dozens at military base in Maidan Wardak.
        text = "Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 bodies in one hospital.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 1, 24)), "witness")
        assert "hotak" in _text(row["subject"]) and "hotak" in _text(row["reported_by"])

    def test_control_a_denied_gerund(self, nlp, tmp_path):
        text = "The senator denied taking bribes from the contractor.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "take") == []

    def test_control_a_claim_not_made(self, nlp, tmp_path):
        text = "The senator did not admit taking bribes from the contractor.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "take") == []

    def test_control_a_gerund_of_liking(self, nlp, tmp_path):
        text = "The senator enjoyed reading books about the war.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "read") == []


# Wikinews, 2019-10-19: Northern Arapaho Tribe welcomes buffalo herd in Wyoming, United States.
BISON = ("These American bison, commonly called buffalo, came from the National Bison Range in western Montana run by "
         "the U.S. federal government.\n")


class TestParticipleWithItsAgentAfterANoun:
    """A bare past participle with a "by" agent right after a noun describes the noun, though hung on the verb."""

    def test_no_running_of_the_range(self, nlp, tmp_path):
        assert records_headed_by(_events(nlp, tmp_path, BISON, day=dt.date(2019, 10, 19)), "run") == []

    def test_control_a_participle_set_off_by_a_comma(self, nlp, tmp_path):
        text = "The ship sank, hit by a torpedo fired by a submarine.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "hit")
        assert "torpedo" in _text(row["subject"])


# Wikinews, 2019-02-12: German migrant rescue charity renames ship after drowned Syrian toddler.
CRISIS = ("The accident happened during the height of the European migrant crisis, which saw a large spike in "
          "immigration to the continent.\n")


class TestWitnessedByAThing:
    """"See" with a thing for subject and a change for object, also through "which": the thing's time, no act."""

    def test_the_crisis_saw_nothing(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, CRISIS, day=dt.date(2019, 2, 12))
        assert records_headed_by(events, "see") == [] and records_headed_by(events, "happen")

    def test_control_people_who_saw(self, nlp, tmp_path):
        text = "Police saw a man leave the building.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "see")
        assert _text(row["subject"]) == "police"

    def test_control_a_body_that_saw(self, nlp, tmp_path):
        text = "The company saw its profits fall.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "see")

    def test_control_an_animal_that_saw(self, nlp, tmp_path):
        text = "The dog, which saw the intruder, barked.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "see")


class TestActByMeans:
    """A gerund with a complement under "by", hung on a verb of what was done, is that verb's subject's act."""

    def test_ford_hired_a_law_firm(self, nlp, tmp_path):
        text = "Ford started its investigation by hiring law firm Sidley Austin, according to The Verge.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "hire")
        assert "ford" in _text(row["subject"]) and "verge" in _text(row["reported_by"])

    def test_the_adults_leapt_on_the_day_they_escaped(self, nlp, tmp_path):
        # Wikinews, 2019-01-07 (events-dev11): Catalonia apartment block fire kills three, injures sixteen.
        text = ("A fire broke out yesterday in an apartment block in Badalona. Local authorities indicated the most "
                "seriously injured adults escaped alive by leaping from windows to flee the ten-storey building.\n")
        events = _events(nlp, tmp_path, text, day=dt.date(2019, 1, 7))
        [row] = records_headed_by(events, "leap")
        [escaped] = records_headed_by(events, "escape")
        assert "adults" in _text(row["subject"]) and "authorities" in _text(row["reported_by"])
        assert row["date"] == escaped["date"]

    def test_control_a_bare_manner(self, nlp, tmp_path):
        assert records_headed_by(_events(nlp, tmp_path, "He won the race by cheating.\n"), "cheat") == []

    def test_control_a_means_of_what_might_have_been(self, nlp, tmp_path):
        text = "The company might have avoided the fine by paying the tax.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "pay") == []

    def test_control_a_means_of_what_was_not_done(self, nlp, tmp_path):
        text = "The company did not avoid the fine by paying the tax.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "pay") == []

    def test_control_a_by_after_a_noun_deeper_in_the_clause(self, nlp, tmp_path):
        # Wikinews, 2019-09-30: U.S. House issues subpoena to secretary of state.
        text = ("Friday, the United States House of Representatives issued a subpoena for documents from Secretary of "
                "State Mike Pompeo as part of its impeachment investigation into alleged misconduct by sitting "
                "President Donald Trump.\n")
        assert records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 9, 30)), "sit") == []

    def test_control_a_by_after_a_passive(self, nlp, tmp_path):
        # Wikinews, 2019-10-16 (the Hong Kong seed set): Carrie Lam delivers speech on video after protests.
        text = "Speaking in the Legislative Council, Lam was interrupted by protesting legislators.\n"
        assert records_headed_by(_events(nlp, tmp_path, text, day=dt.date(2019, 10, 16)), "protest") == []
