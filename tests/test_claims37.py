"""Events that must not flatten a claim into a fact (round ``claims37``).

The probe stories of ``bench/audit/claims37/`` are news of 2024–25 in the house styles of a wire report, a
business desk, a court report, a city-hall story, a health desk, a sports transfer item, a foreign-desk analysis,
a live blog and a press-release rewrite, dense with reported speech, expectation, demands, conditions, denials,
allegations and hedges. Two kinds of hearsay came out as plain facts:

* an act told as hearsay with no claimant named: an adverb of hearsay ("A former city contractor allegedly
  overbilled …", "… is reportedly set to extend its review") or a passive verb of saying or believing that
  raises its subject ("Ruben Amorim is said to have identified Sesko …");
* a report closing the sentence in the present, which the tagger read as a noun ("…, Sky Sports News
  understands.", "…, reports in Slovenia claim.").

The sentences below are the helper's, written in those outlets' published house style for this round; the names
and events are those of public reporting of 2024–25. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

SKY_DAY = dt.date(2025, 7, 29)
COUNCIL_DAY = dt.date(2025, 3, 19)
NIPPON_DAY = dt.date(2024, 9, 12)


def _one(events, verb):
    rows = events[events["verb"] == verb]
    assert len(rows) == 1, rows.to_dict("records")
    return rows.iloc[0]


def _by(row):
    value = row["reported_by"]
    return value if isinstance(value, str) else None


class TestHearsay:
    """An act told as hearsay with no claimant named is somebody's word: its ``reported_by`` says so."""

    def test_is_said_to_have(self, nlp, tmp_path):
        text = "Ruben Amorim is said to have identified Sesko as his top target.\n"
        row = _one(events_of(text, SKY_DAY, "said", nlp=nlp, folder=tmp_path), "identify")
        assert row["subject"] == "Ruben Amorim" and _by(row) == "is said"

    def test_allegedly(self, nlp, tmp_path):
        text = "A former city contractor allegedly overbilled the homeless services department by $2 million last year.\n"
        events = events_of(text, COUNCIL_DAY, "alleged", nlp=nlp, folder=tmp_path)
        row = events.iloc[0]
        assert len(events) == 1 and _by(row) == "allegedly"

    def test_reportedly_on_a_plan(self, nlp, tmp_path):
        text = "The Committee on Foreign Investment in the United States is reportedly set to extend its review.\n"
        row = _one(events_of(text, NIPPON_DAY, "reportedly", nlp=nlp, folder=tmp_path), "extend")
        assert row["modality"] == "will" and _by(row) == "reportedly"

    def test_believed_by_a_named_source(self, nlp, tmp_path):
        # the agent of the raising passive is the source
        text = "The gunman is believed by police to have fled to Texas after the shooting.\n"
        row = _one(events_of(text, COUNCIL_DAY, "believed", nlp=nlp, folder=tmp_path), "flee")
        assert _by(row) == "police"

    def test_named_source_wins(self, nlp, tmp_path):
        # control: an "according to" names who says it; the adverb adds nothing
        text = "Leipzig reportedly rejected a first offer of £60m, according to sources in Germany.\n"
        row = _one(events_of(text, SKY_DAY, "named", nlp=nlp, folder=tmp_path), "reject")
        assert _by(row) == "sources"

    def test_known_and_expected_stay(self, nlp, tmp_path):
        # control: "is known to have" vouches for its content; "is expected to" is a future, not hearsay
        text = ("Nippon Steel is known to have met union leaders in Pittsburgh. The company is expected to close the "
                "deal by the end of the year.\n")
        events = events_of(text, NIPPON_DAY, "known", nlp=nlp, folder=tmp_path)
        assert _by(_one(events, "meet")) is None
        close = _one(events, "close")
        assert close["modality"] == "will" and _by(close) is None

    def test_apparently_stays(self, nlp, tmp_path):
        # control: an adverb of appearance judges, it cites nobody
        text = "The council apparently approved the contract without a vote.\n"
        row = _one(events_of(text, COUNCIL_DAY, "apparently", nlp=nlp, folder=tmp_path), "approve")
        assert _by(row) is None


class TestReportTails:
    """A report in the present closing the sentence, read as a noun by the tagger, is the clause's source."""

    def test_outlet_understands(self, nlp, tmp_path):
        text = ("Manchester United are set to make a formal offer for RB Leipzig striker Benjamin Sesko, Sky Sports "
                "News understands.\n")
        row = _one(events_of(text, SKY_DAY, "understands", nlp=nlp, folder=tmp_path), "make")
        assert row["modality"] == "will" and _by(row) == "Sky Sports News"

    def test_reports_claim(self, nlp, tmp_path):
        text = "Sesko could reject United if they fail to qualify for European football, reports in Slovenia claim.\n"
        row = _one(events_of(text, SKY_DAY, "claim", nlp=nlp, folder=tmp_path), "reject")
        assert row["modality"] == "could" and _by(row) == "reports"

    def test_plural_noun_after_a_phrase_is_left(self, nlp, tmp_path):
        # control: "claims" after a noun and a preposition is what was paid for, no report
        text = "The insurer paid out $2 billion last year in insurance claims.\n"
        row = _one(events_of(text, NIPPON_DAY, "claims", nlp=nlp, folder=tmp_path), "pay out")
        assert _by(row) is None

    def test_list_ending_in_claims_is_left(self, nlp, tmp_path):
        # control: a list set off by a comma that ends in "claims" is what the demands covered, no report
        text = "The union's demands covered wages, overtime and pension claims.\n"
        row = _one(events_of(text, NIPPON_DAY, "pension", nlp=nlp, folder=tmp_path), "cover")
        assert _by(row) is None and row["subject"] == "the union's demands"


class TestInvertedConditions:
    """A condition written with its auxiliary first and no "if" is no act that happened."""

    def test_had_the_deal_collapsed(self, nlp, tmp_path):
        text = "Had the deal collapsed, U.S. Steel would have closed its Pittsburgh-area mills.\n"
        events = events_of(text, NIPPON_DAY, "had", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "collapse"].empty
        # (its consequence is a past that did not happen: no event since session 50's counterfactuals.py, which
        # before gave it "would")
        assert events[events["verb"] == "close"].empty

    def test_should_after_an_infinitive(self, nlp, tmp_path):
        # the vow was made; the tariffs are only its condition, and the condition is the retaliation's, not the vow's
        text = "The European Union vowed to retaliate should the US impose tariffs on European cars.\n"
        events = events_of(text, COUNCIL_DAY, "should", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "impose"].empty
        vow = _one(events, "vow")
        assert not isinstance(vow["modality"], str)

    def test_should_read_as_a_conjunct(self, nlp, tmp_path):
        # the parser joins the condition to the vow as a conjunct, with no "and" and no comma
        text = "Ottawa has vowed to retaliate dollar for dollar should Washington impose further tariffs.\n"
        events = events_of(text, dt.date(2025, 3, 15), "conjunct", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "impose"].empty and len(events[events["verb"] == "vow"]) == 1

    def test_conjunct_after_and_is_left(self, nlp):
        # control: "and had to" joins a second act of the same subject, no condition
        from toolkit.nlp.inversions import inverted_condition

        doc = nlp("The company lost money last year, and had the board approve 400 job cuts.")
        had = next(t for t in doc if t.lower_ == "had")
        assert not inverted_condition(had) and not any(inverted_condition(t) for t in doc)

    def test_question_and_possession_are_left(self, nlp, tmp_path):
        # controls: a question opening with "Should" is a main clause; "had the deal collapsed by" is no inversion
        text = ("Should the government resign? Ministers met on Monday. The company had the deal reviewed by its "
                "lawyers.\n")
        events = events_of(text, COUNCIL_DAY, "controls", nlp=nlp, folder=tmp_path)
        assert len(events[events["verb"] == "meet"]) == 1


class TestPerSources:
    """A "per …" set off by a comma or opening the sentence names the source, as "according to" does."""

    def test_per_a_department(self, nlp, tmp_path):
        text = "The virus has infected herds in 33 farms across eight states, per the Agriculture Department.\n"
        row = _one(events_of(text, dt.date(2024, 4, 25), "per", nlp=nlp, folder=tmp_path), "infect")
        assert _by(row) == "Agriculture Department"

    def test_per_opening_the_sentence(self, nlp, tmp_path):
        text = "Per the health ministry, Israeli strikes killed at least 20 people in Gaza on Wednesday night.\n"
        row = _one(events_of(text, dt.date(2025, 1, 15), "per_opening", nlp=nlp, folder=tmp_path), "kill")
        assert _by(row) == "the health ministry"

    def test_rates_are_left(self, nlp, tmp_path):
        # control: "per share", "per cent" are rates, no source
        text = ("Nippon Steel offered $55 per share for U.S. Steel, a premium of 40 per cent, and investors bought "
                "the stock.\n")
        events = events_of(text, NIPPON_DAY, "rates", nlp=nlp, folder=tmp_path)
        assert not events["reported_by"].map(lambda v: isinstance(v, str)).any()
