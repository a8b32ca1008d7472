"""Participles as prepositions (round events14): "following", "including", "regarding" and the
other marginal prepositions of English, with a noun phrase and no subject of their own, relate
that phrase to the clause; the clause's subject does not do them.

Real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no gold; audited as "events14
audit"): wn_2020-02-24 Donald Trump wins 2020 US Republican delegates from Nevada.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

VICTORIES = ("Trump's victory brings his delegate total to 86, following his victories in Iowa, where he secured 39 of "
             "the state's 40 delegates, and New Hampshire, where he secured all 22 of the state's delegates.\n")


class TestFollowingAsAPreposition:
    """"…, following his victories in Iowa": after them; the victory follows nothing, and the
    clause's own act stays."""

    def test_nothing_follows(self, nlp, tmp_path):
        events = events_of(VICTORIES, dt.date(2020, 2, 24), "nevada", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "follow"].empty

    def test_the_clause_stays(self, nlp, tmp_path):
        events = events_of(VICTORIES, dt.date(2020, 2, 24), "nevada", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "bring"].empty

    def test_a_tensed_following_is_a_verb(self, nlp):
        from toolkit.nlp.deverbal import used_as_preposition

        doc = nlp("Because these countries aren't following the basic human rights.")
        assert not used_as_preposition(next(t for t in doc if t.lower_ == "following"))
