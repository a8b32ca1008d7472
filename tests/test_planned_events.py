"""A passive of planning with a to-infinitive states a planned event: "is set to meet", "is scheduled to discuss".

News announces what is to come with "set", "scheduled", "slated" or "poised" and an infinitive ("Actress Denise
Crosby is set to appear in the final season of Suits"): the infinitive is the event, with the modality "will",
as "is expected to" already gives. Before the rule these sentences gave no event at all. Sentences from Wikinews
(CC BY 2.5, Wikinews contributors, en.wikinews.org): "Puerto Rico governor announces resignation" (2019-07-28),
"Fan Expo Canada 2019 …" (2019-09-02), "Thai political party …" (2019-02-11), "Fire kills nine …" (2019-02-18,
the control); the others are made near them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import events_of

ROSSELLO = "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico.\n"
CROSBY = "Actress Denise Crosby is set to appear in the final season of Suits, a Toronto-shot legal series.\n"
COMMISSION = "The country's election commission is scheduled to discuss the events of this past weekend on Monday.\n"
SLATED = "The company was slated to open its first store in Toronto in May.\n"
NOT_SET = "Zelensky was not set to attend the summit in Brussels.\n"
ARSON = ("Millions dwell in the nation's slums, and while there was no suggestion on Sunday of sabotage, local "
         "activists claimed fires have in the past been deliberately set to clear away slum buildings.\n")
LIT = "The fire was deliberately set to destroy evidence of the theft.\n"

DAY = dt.date(2019, 9, 2)


def _rows(events, verb):
    return events[events["verb"] == verb]


class TestPlannedByAPassive:
    """The infinitive after "is set / scheduled / slated to" is an event to come ("will")."""

    @pytest.mark.parametrize("text, verb, subject", [
        (ROSSELLO, "replace", "Wanda Vázquez Garced"),
        (CROSBY, "appear", "Denise Crosby"),
        (COMMISSION, "discuss", "the country's election commission"),
        (SLATED, "open", "the company"),
    ])
    def test_the_infinitive_is_a_planned_event(self, nlp, tmp_path, text, verb, subject):
        rows = _rows(events_of(text, DAY, verb, nlp=nlp, folder=tmp_path), verb)
        assert len(rows) == 1
        assert rows["subject"].iloc[0] == subject and rows["modality"].iloc[0] == "will"
        assert not rows["negated"].iloc[0]

    def test_a_plan_denied_is_negated(self, nlp, tmp_path):
        rows = _rows(events_of(NOT_SET, DAY, "not_set", nlp=nlp, folder=tmp_path), "attend")
        assert len(rows) == 1 and bool(rows["negated"].iloc[0]) and rows["modality"].iloc[0] == "will"


class TestFiresSetOnPurpose:
    """"were deliberately set to clear away …": a fire lit for a purpose plans nothing."""

    @pytest.mark.parametrize("text, name", [(ARSON, "arson"), (LIT, "lit")])
    def test_no_planned_event(self, nlp, tmp_path, text, name):
        events = events_of(text, DAY, name, nlp=nlp, folder=tmp_path)
        assert not any(m == "will" for m in events["modality"].dropna())
