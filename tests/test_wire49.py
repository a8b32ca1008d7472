"""Session 49's rules for wire copy (the news agencies' style, which the Wikinews golds rarely use): an infinitive
with a subject of its own is a goal, never an aspect verb's complement (toolkit/nlp/predicates.py), and a report
tail "…, it said." whose clause has a plural or no agent stands for the body that reported the sentence before
(toolkit/nlp/pronoun_antecedents.py, toolkit/nlp/events.py).

Sentences are written for the tests in the form of agency reports on the 2025 Ukraine diplomacy (the seed article's
story); the figures in them are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import events_of, records_headed_by

DAY = dt.date(2025, 8, 6)


def _events(nlp, tmp_path, text):
    return events_of(text, DAY, "wire", nlp=nlp, folder=tmp_path)


class TestInfinitiveWithItsOwnSubject:
    """"for Russia to agree" names a goal (a deadline's, a demand's), even where the parser hangs it on "come"."""

    def test_a_deadline_for_someone_to_act_is_no_act(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Witkoff's visit comes two days before a deadline set by President Donald "
                                        "Trump for Russia to agree to a ceasefire or face new sanctions.")
        assert not records_headed_by(events, "agree")
        assert not records_headed_by(events, "face")

    @pytest.mark.parametrize("text, verb", [
        ("The talks came as Russia began to withdraw its troops from the region.", "withdraw"),
        ("The Russian army started to shell the city of Kharkiv on Monday.", "shell"),
    ])
    def test_control_an_aspect_verb_keeps_its_act(self, nlp, tmp_path, text, verb):
        assert records_headed_by(_events(nlp, tmp_path, text), verb)


class TestItThatReportedTheSentenceBefore:
    """"it" is singular: after a plural or an agentless clause it is the source named before, not the clause's subject."""

    def test_a_plural_subject_is_not_its_own_reporter(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Russia launched 72 drones and two missiles at Ukraine overnight, the "
                                        "Ukrainian air force said. Air defenses shot down 61 of the drones, it said.")
        [row] = records_headed_by(events, "shoot")
        assert row["subject"] == "air defenses"
        assert "air force" in row["reported_by"]

    def test_an_agentless_passive_keeps_its_source(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Police arrested two men in Kyiv on Tuesday, the agency reported. The men "
                                        "were charged with arson, it added.")
        [row] = records_headed_by(events, "charge")
        assert row["reported_by"] == "the agency"

    def test_a_chain_of_its_goes_back_to_the_named_source(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "The Ukrainian air force said Russia had launched 72 drones. Air defenses "
                                        "shot down 61 of the drones, it said. Falling debris damaged two houses, "
                                        "it added.")
        [row] = records_headed_by(events, "damage")
        assert "air force" in row["reported_by"]

    def test_control_a_body_reporting_its_own_act(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "The company will cut 500 jobs in Germany, it said on Monday.")
        [row] = records_headed_by(events, "cut")
        assert row["reported_by"] == row["subject"] == "the company"
