"""Negation (round events15): a subject under "neither" denies the act ("neither side could open
the scoring"), as "no side" or "none of them" does; a conjoined verb shares its first conjunct's
"not" only when it can share the auxiliary carrying it ("did not censor the story but limited its
spread": "did" takes a bare verb, "limited" is tensed) and when no "either" makes the "not" one
alternative's ("was either not loading at all, or loading very slowly").

Real sentences of Wikinews articles (text CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"): GUM_news_soccer and GUM_news_hackers read through GUM's news documents
(tests/data/gold/gum-news, audited in bench/audit/events15.tsv), and wn_2020-11-02 On the campaign
trail in the USA, October 2020 (/work/shared/corpora/wikinews-2019-2020, not held out).
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


CENSOR = "Facebook did not censor the story but limited its spread on their platform.\n"
EITHER = ("Posts on the message board for the Scientology-critic site Operation Clambake from Friday theorized that a "
          "denial-of-service attack had occurred, and wrote that as of Friday the Scientology.org site was either not "
          "loading at all, or loading very slowly.\n")


class TestNegationOfConjuncts:
    """A tensed conjunct after "did not", and the alternative after "either not …, or", are not negated."""

    def test_a_tensed_conjunct_is_not_negated(self, nlp, tmp_path):
        events = events_of(CENSOR, dt.date(2020, 11, 2), "censor", nlp=nlp, folder=tmp_path)
        censor, limit = events[events["verb"] == "censor"], events[events["verb"] == "limit"]
        assert censor["negated"].all() and not limit.empty and not limit["negated"].any()

    def test_the_second_alternative_is_not_negated(self, nlp, tmp_path):
        events = events_of(EITHER, dt.date(2008, 1, 20), "either", nlp=nlp, folder=tmp_path)
        load = events[events["verb"] == "load"].sort_values("start")
        assert list(load["negated"]) == [True, False]

    def test_a_bare_conjunct_shares_the_not(self, nlp, tmp_path):
        from toolkit.nlp.coordination import shares_negation

        doc = nlp("The senators did not sign or ratify the treaty.")
        sign, ratify = (next(t for t in doc if t.lower_ == w) for w in ("sign", "ratify"))
        assert shares_negation(ratify, sign)
