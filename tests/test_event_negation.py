"""A subject under "neither" denies the act (round events15): "neither side could open the
scoring" is negated, as "no side" or "none of them" is.

Real sentence of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_soccer, audited in
bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

NEITHER = ("Despite their attempts, neither side could open the scoring in the first half as it ended 0 – 0. "
           "In the 62nd minute Kim Min-Woo conceded a penalty.\n")


class TestNeitherSubject:
    """"neither side could open the scoring": the opening did not happen."""

    def test_the_event_is_negated(self, nlp, tmp_path):
        events = events_of(NEITHER, dt.date(2018, 6, 19), "neither", nlp=nlp, folder=tmp_path)
        opened = events[events["verb"] == "open"]
        assert not opened.empty and opened["negated"].all()

    def test_a_plain_subject_is_not(self, nlp, tmp_path):
        events = events_of(NEITHER, dt.date(2018, 6, 19), "neither", nlp=nlp, folder=tmp_path)
        conceded = events[events["verb"] == "concede"]
        assert not conceded.empty and not conceded["negated"].any()
