"""Events: who does what to whom, with negation, modality, attribution and the clause's date.

Real sentences: the seed article, and sentences of Wikinews articles (CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; from /work/shared/corpora/wikinews-2019-2020:
wn_2019-02-02 Paris court jails two police, wn_2019-06-23 Hong Kong protesters, wn_2019-09-11
UK Prime Minister Johnson suspends parliament, wn_2020-06-23 Reading stabbing attack,
wn_2019-03-17 Christchurch suspect appears in court, wn_2019-01-04 Nancy Pelosi again
elected Speaker), joined into one document dated as the latest of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.extraction.tables import EVENT_COLUMNS, extract
from toolkit.reading.sources import read_document

WIKINEWS = (
    "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.\n\n"
    "Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, "
    "40 and 49, at an Irish pub.\n\n"
    "Johnson became leader of the Conservative Party and prime minister after Theresa May stepped down on July 24 "
    "after she was unable to negotiate a Brexit deal.\n\n"
    "Legal and religious groups have also called for the bill to be dropped.\n\n"
    "Brenton Tarrant did not apply for bail.\n\n"
    "President Trump has said he will not approve a budget that does not allocate funding for a wall along the "
    "country's border with Mexico.\n"
)


@pytest.fixture(scope="module")
def wikinews_events(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "wikinews-sentences.txt"
    path.write_text(WIKINEWS, encoding="utf-8")
    document = read_document(path).with_published(dt.date(2019, 9, 11))
    return extract([document], nlp=nlp).events


@pytest.fixture(scope="module")
def seed_events(seed_extraction):
    return seed_extraction.events


def _rows(events, verb, **where):
    rows = events[events["verb"] == verb]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows


class TestColumns:
    def test_the_contract(self, seed_events):
        assert list(seed_events.columns) == EVENT_COLUMNS

    def test_kinds_and_modalities_from_the_contract(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            assert set(events["kind"]) <= {"action", "speech act", "stance", "background"}
            assert set(events["modality"].dropna()) <= {"could", "would", "may", "might", "must", "should", "will",
                                                        "can", "conditional"}
            assert events["negated"].map(type).eq(bool).all() and events["quoted"].map(type).eq(bool).all()

    def test_offsets_inside_the_sentence(self, seed_extraction, seed_document):
        for e in seed_extraction.events.itertuples():
            assert 0 <= e.start < e.end <= len(seed_document.text)
            assert " ".join(seed_document.text[e.start:e.end].split()) in " ".join(e.sentence.split())


class TestOpenVerbs:
    """Any predicate with an agent, not a list of diplomacy verbs; copulas and a bare "said" are not events."""

    def test_verbs_outside_any_diplomacy_list(self, wikinews_events, seed_events):
        assert not _rows(wikinews_events, "meet", subject="Emily Spanton").empty
        assert not _rows(seed_events, "receive", subject="Steve Witkoff").empty

    def test_stop_list(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            assert not set(events["verb"]) & {"be", "have", "say", "tell", "seem"}

    def test_phrasal_verbs_whole(self, wikinews_events, seed_events):
        assert not _rows(wikinews_events, "step down", subject="Theresa May").empty
        assert not _rows(seed_events, "call for", subject="Kyiv").empty
        assert "step" not in set(wikinews_events["verb"])


class TestAgents:
    def test_passive_turned_back(self, wikinews_events):
        arrests = _rows(wikinews_events, "arrest")
        assert list(arrests["subject"]) == ["Thames Valley Police"]

    def test_relative_who_resolved(self, wikinews_events):
        assert not _rows(wikinews_events, "waive", subject="Emily Spanton").empty

    def test_pronouns_resolved_or_left_out(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            subjects = set(events["subject"].dropna().str.lower())
            assert not subjects & {"he", "she", "it", "they", "who", "which", "that"}

    def test_no_empty_cut_or_quoted_subjects(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            assert events["subject"].notna().all()
            assert not events["subject"].str.contains("[“”\"…]").any()


class TestClaimsNotFlattened:
    def test_reported_content_with_its_modal(self, seed_events):
        ends = _rows(seed_events, "end", subject="Kyiv")
        assert list(ends["modality"]) == ["must"] and list(ends["reported_by"]) == ["Moscow"]

    def test_according_to(self, seed_events):
        meets = _rows(seed_events, "meet", subject="Donald Trump", modality="could")
        assert len(meets) == 1 and "The New York Times" in meets.iloc[0]["reported_by"]

    def test_body_speaking_of_itself(self, seed_events):
        ends = _rows(seed_events, "end", subject="Moscow")
        assert list(ends["modality"]) == ["would"] and list(ends["reported_by"]) == ["Moscow"]

    def test_goal_is_no_event(self, wikinews_events, seed_events):
        assert "drop" not in set(wikinews_events["verb"])  # "called for the bill to be dropped"
        assert not _rows(wikinews_events, "call for").empty
        # "efforts to end Russia's war", "until Friday to show progress": goals, not facts
        assert _rows(seed_events, "end", subject="Donald Trump", modality=None).empty
        assert "show" not in set(seed_events["verb"])

    def test_negation(self, wikinews_events):
        applies = _rows(wikinews_events, "apply for", subject="Brenton Tarrant")
        assert list(applies["negated"]) == [True]
        approves = _rows(wikinews_events, "approve")
        assert list(approves["negated"]) == [True] and list(approves["modality"]) == ["will"]
        assert list(approves["reported_by"]) == list(approves["subject"]) == ["Trump"]  # the only name the text gives


class TestQuotations:
    def test_events_inside_quotes_marked(self, seed_events, seed_document):
        quoted = seed_events[seed_events["quoted"]]
        assert not quoted.empty
        text = seed_document.text
        for e in quoted.itertuples():  # a quotation mark opens before the event in its sentence
            assert any(mark in text[max(0, e.start - 200):e.end] for mark in "“\"")

    def test_plain_events_are_not_inside_quotes(self, seed_events):
        assert not seed_events[~seed_events["quoted"]]["verb"].isin(["work"]).any()  # "the pressure … is working," he said


class TestDates:
    def test_the_clause_of_the_time_expression(self, wikinews_events):
        assert list(_rows(wikinews_events, "step down")["date"]) == ["2019-07-24"]
        assert _rows(wikinews_events, "become")["date"].isna().all()

    def test_seed_dates_by_reading(self, seed_events):
        meeting = _rows(seed_events, "meet", subject="Donald Trump", modality="could")
        assert meeting.iloc[0]["date"] == "2025-08-11"  # "as early as next week", from 7 August
        deadline = _rows(seed_events, "give", subject="Donald Trump")
        assert list(deadline["date"]) == ["2025-08-08"]  # "until Friday"
        order = _rows(seed_events, "order", subject="Donald Trump")
        assert list(order["date"]) == ["2025-08-06"]  # "Earlier Wednesday, Trump ordered steeper tariffs"
        talks = seed_events[seed_events["subject"] == "Steve Witkoff"]
        assert talks["date"].isna().all()  # no clause of Witkoff's dates his talks: never the speech's Wednesday


class TestEventScoring:
    """toolkit.evaluation.events: the matching rules, on the seed's own rows."""

    @staticmethod
    def _gold(events, verb, subject, **marks):
        row = events[(events["verb"] == verb) & (events["subject"] == subject)].iloc[0]
        sentence_start = row["start"] - 5
        return {"subject": marks.pop("gold_subject", subject), "verb": verb, "object": None, "negated": False,
                "modality": None, "reported_by": None, "kind": "action", "date": None,
                "sentence_start": int(sentence_start), "sentence_end": int(row["end"] + 5), **marks}

    def test_alias_and_head_noun_match(self, seed_events):
        from toolkit.evaluation.events import score_events

        entities = [{"name": "Kyiv", "label": "GPE", "aliases": ["Kiev", "Ukraine's capital"]}]
        gold = [self._gold(seed_events, "call for", "Kyiv", gold_subject="Kiev"),
                self._gold(seed_events, "ramp up", "Trump’s administration", gold_subject="the Trump administration")]
        score = score_events(seed_events, gold, entities)
        assert score["matched"] == 2 and score["recall"] == 1.0

    def test_flattened_claim_counted(self, seed_events):
        from toolkit.evaluation.events import score_events

        plain = seed_events.assign(modality=None, reported_by=None, negated=False)
        gold = [self._gold(seed_events, "end", "Kyiv", modality="must", reported_by="Moscow")]
        assert score_events(plain, gold)["flattened"] == 1
        assert score_events(seed_events, gold)["flattened"] == 0

    def test_quoted_rows_not_scored(self, seed_events):
        from toolkit.evaluation.events import score_events

        score = score_events(seed_events, [])
        assert score["quoted"] == int(seed_events["quoted"].sum()) > 0
        assert score["predicted"] == len(seed_events) - score["quoted"]
