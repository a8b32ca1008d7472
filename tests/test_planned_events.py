"""A passive of planning with a to-infinitive states a planned event: "is set to meet", "is scheduled to discuss";
so does "be due to" ("are due to meet").

News announces what is to come with "set", "scheduled", "slated" or "poised" and an infinitive ("Actress Denise
Crosby is set to appear in the final season of Suits"): the infinitive is the event, with the modality "will",
as "is expected to" already gives. Before the rule these sentences gave no event at all. Sentences from Wikinews
(CC BY 2.5, Wikinews contributors, en.wikinews.org): "Puerto Rico governor announces resignation" (2019-07-28),
"Fan Expo Canada 2019 …" (2019-09-02), "Thai political party …" (2019-02-11), "Fire kills nine …" (2019-02-18,
the control), "Burundi President Pierre Nkurunziza dies aged 55" (2020-06-11: a plan told in the past tense
lies ahead of the moment it was made, so its month is the nearest one, not last year's); the others are made near
them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import events_of, rows_with_verb

from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_document

ROSSELLO = "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico.\n"
CROSBY = "Actress Denise Crosby is set to appear in the final season of Suits, a Toronto-shot legal series.\n"
COMMISSION = "The country's election commission is scheduled to discuss the events of this past weekend on Monday.\n"
SLATED = "The company was slated to open its first store in Toronto in May.\n"
NOT_SET = "Zelensky was not set to attend the summit in Brussels.\n"
ARSON = ("Millions dwell in the nation's slums, and while there was no suggestion on Sunday of sabotage, local "
         "activists claimed fires have in the past been deliberately set to clear away slum buildings.\n")
LIT = "The fire was deliberately set to destroy evidence of the theft.\n"
DUE = "The two leaders are due to meet in Geneva next week.\n"
DUE_BUT = "The minister was due to visit Kyiv on Monday but cancelled the trip.\n"
DUE_TO_FOG = "The flight to Kyiv was cancelled on Monday due to fog.\n"
NKURUNZIZA_DAY = dt.date(2020, 6, 11)
NKURUNZIZA = ("Pierre Nkurunziza, the President of Burundi, died at the age of 55 on Monday. Nkurunziza became president "
              "of the African nation in 2005 and was due to stand down in August. His presidential term was to end in "
              "August, in favor of his elected successor, Evariste Ndayishimiye.\n")
HELD = "The election was held in August, and Evariste Ndayishimiye won it.\n"
COURT = "The suspect was due to appear in court on Monday, but the hearing was delayed.\n"

DAY = dt.date(2019, 9, 2)


class TestPlannedByAPassive:
    """The infinitive after "is set / scheduled / slated to" is an event to come ("will")."""

    @pytest.mark.parametrize("text, verb, subject", [
        (ROSSELLO, "replace", "Wanda Vázquez Garced"),
        (CROSBY, "appear", "Denise Crosby"),
        (COMMISSION, "discuss", "the country's election commission"),
        (SLATED, "open", "the company"),
    ])
    def test_the_infinitive_is_a_planned_event(self, nlp, tmp_path, text, verb, subject):
        rows = rows_with_verb(events_of(text, DAY, verb, nlp=nlp, folder=tmp_path), verb)
        assert len(rows) == 1
        assert rows["subject"].iloc[0] == subject and rows["modality"].iloc[0] == "will"
        assert not rows["negated"].iloc[0]

    def test_a_plan_denied_is_negated(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(NOT_SET, DAY, "not_set", nlp=nlp, folder=tmp_path), "attend")
        assert len(rows) == 1 and bool(rows["negated"].iloc[0]) and rows["modality"].iloc[0] == "will"


class TestDueTo:
    """"are due to meet": "due" frames an act to come as "able" frames one done; "due to fog" is a cause."""

    def test_the_meeting_is_to_come(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(DUE, DAY, "due", nlp=nlp, folder=tmp_path), "meet")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "the two leaders" and rows["modality"].iloc[0] == "will"

    def test_a_plan_then_an_act(self, nlp, tmp_path):
        events = events_of(DUE_BUT, DAY, "due_but", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "visit")["modality"].tolist() == ["will"]
        assert rows_with_verb(events, "cancel")["modality"].isna().all()

    def test_a_cause_is_no_plan(self, nlp, tmp_path):
        events = events_of(DUE_TO_FOG, DAY, "fog", nlp=nlp, folder=tmp_path)
        assert not any(m == "will" for m in events["modality"].dropna())


class TestFiresSetOnPurpose:
    """"were deliberately set to clear away …": a fire lit for a purpose plans nothing."""

    @pytest.mark.parametrize("text, name", [(ARSON, "arson"), (LIT, "lit")])
    def test_no_planned_event(self, nlp, tmp_path, text, name):
        events = events_of(text, DAY, name, nlp=nlp, folder=tmp_path)
        assert not any(m == "will" for m in events["modality"].dropna())


def _timeline(text, published, name, *, nlp, folder):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract([read_document(path).with_published(published)], nlp=nlp).timeline


class TestPlanSeenFromThePast:
    """"was due to stand down in August", "was to end in August", told in June: the coming August."""

    def test_the_coming_month(self, nlp, tmp_path):
        timeline = _timeline(NKURUNZIZA, NKURUNZIZA_DAY, "nkurunziza", nlp=nlp, folder=tmp_path)
        august = timeline[timeline["expression"] == "August"]
        assert len(august) == 2 and set(august["date"]) == {"2020-08"}

    def test_the_event_carries_the_date(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(NKURUNZIZA, NKURUNZIZA_DAY, "nkurunziza", nlp=nlp, folder=tmp_path), "stand down")
        assert len(rows) == 1 and rows["date"].iloc[0] == "2020-08" and rows["modality"].iloc[0] == "will"

    def test_a_past_act_keeps_the_past_month(self, nlp, tmp_path):
        timeline = _timeline(HELD, NKURUNZIZA_DAY, "held", nlp=nlp, folder=tmp_path)
        assert timeline[timeline["expression"] == "August"]["date"].tolist() == ["2019-08"]

    def test_a_weekday_stays_the_one_told_of(self, nlp, tmp_path):
        """"was due to appear in court on Monday", told on a Thursday: the Monday just gone."""
        timeline = _timeline(COURT, dt.date(2020, 6, 11), "court", nlp=nlp, folder=tmp_path)
        assert timeline[timeline["expression"] == "Monday"]["date"].tolist() == ["2020-06-08"]
