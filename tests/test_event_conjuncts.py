"""Conjuncts (round events13): a conjoined verb without auxiliaries of its own shares those of the
nearest conjunct that has them; a tensed verb after the noun phrase of "after" is no conjunct but
the verb of the clause "after" opens; one right after a noun that "and" joins to another is the
verb of a second clause, with that noun for subject.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in a gold): wn_2020-11-17
Violence breaks out in Washington DC at pro-Trump protest; wn_2019-01-06 Senator Ted Cruz proposes
amendment to U.S. Constitution setting Congressional term limits; wn_2019-07-12 Louisiana declares
state of emergency as Tropical Storm Barry approaches U.S. coast; wn_2020-03-15 Bernie Sanders wins
2020 Northern Mariana Islands US Democratic presidential caucuses.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

CONCEDED = ("The president has not yet conceded the election, and has claimed widespread voter fraud with mail-in "
            "ballots, and made various legal challenges.\n")


class TestNegationOfTheNearestConjunct:
    """"has not yet conceded …, and has claimed …, and made …": "made" shares the "has" of the
    conjunct before it, not the "has not" of the first; only the conceding is negated."""

    def test_the_last_act_is_not_negated(self, nlp, tmp_path):
        events = events_of(CONCEDED, dt.date(2020, 11, 17), "conceded", nlp=nlp, folder=tmp_path)
        made = events[events["verb"] == "make"]
        assert len(made) == 1 and not made.iloc[0]["negated"]

    def test_the_first_act_stays_negated(self, nlp, tmp_path):
        events = events_of(CONCEDED, dt.date(2020, 11, 17), "conceded", nlp=nlp, folder=tmp_path)
        conceded = events[events["verb"] == "concede"]
        assert len(conceded) == 1 and conceded.iloc[0]["negated"]


TRADITION = ("The U.S. Constitution originally did not limit the number of presidential terms, but there was a "
             "longstanding tradition of not seeking a third term after the country's first president, George "
             "Washington, sought no third term.\n")


class TestClauseOpenedByATimeWord:
    """"… after the country's first president, George Washington, sought no third term": "after"
    opens a clause whose subject is the noun phrase it seems to govern; "sought" is no conjunct of
    the main clause, and the Constitution seeks nothing (toolkit/nlp/subordinators.py)."""

    def test_the_parse_is_mended(self, nlp):
        from toolkit.nlp.subordinators import mend_time_clauses

        doc = mend_time_clauses(nlp(TRADITION.strip()))
        sought = next(t for t in doc if t.text == "sought")
        assert sought.dep_ == "advcl" and {(c.text, c.dep_) for c in sought.children} >= {
            ("president", "nsubj"), ("after", "mark")}

    def test_the_main_subject_seeks_nothing(self, nlp, tmp_path):
        events = events_of(TRADITION, dt.date(2019, 1, 6), "terms", nlp=nlp, folder=tmp_path)
        assert events[(events["verb"] == "seek") & (events["subject"].fillna("").str.contains("Constitution"))].empty


FORECASTERS = ("Although its winds are only predicted to reach about 75 miles per hour (120 kph), the National "
               "Weather Service has issued a flash flood warning covering an area from Gulfport, Mississippi, to New "
               "Orleans and other forecasters predicted a storm surge of three to six feet (one to two meters).\n")


class TestSubjectJoinedToANoun:
    """"… to New Orleans and other forecasters predicted a storm surge …": the parser joins "other
    forecasters" to "New Orleans"; they are the subject of "predicted", a second clause, and the
    Weather Service predicts nothing (toolkit/nlp/coordination.py). A past form with no complement
    after two joined nouns ("votes cast and delegates allocated") is a participle and stays."""

    def test_the_forecasters_predict(self, nlp, tmp_path):
        events = events_of(FORECASTERS, dt.date(2019, 7, 12), "barry", nlp=nlp, folder=tmp_path)
        predicted = events[events["verb"] == "predict"]
        assert list(predicted["subject"]) == ["other forecasters"]

    def test_a_participle_after_joined_nouns_stays(self, nlp):
        from toolkit.nlp.coordination import mend_coordinated_subjects

        doc = mend_coordinated_subjects(nlp(
            "US Senator Bernie Sanders of Vermont won the caucuses, securing a majority of both votes cast and "
            "delegates allocated."))
        assert next(t for t in doc if t.text == "delegates").dep_ != "nsubj"
