"""A conjoined verb without auxiliaries of its own shares those of the nearest conjunct that has
them (round events13).

Real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in a gold): wn_2020-11-17
Violence breaks out in Washington DC at pro-Trump protest.
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
