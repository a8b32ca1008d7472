"""An "as" clause of reporting attributes the clause it is set off from (round events15): "As Heald
told The Huffington Post, US surface ozone has dropped …" → the drop, reported by Heald.

Real sentences of Wikinews articles: GUM_news_warming read through GUM's news documents (text CC BY
2.5, credit "Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, audited in
bench/audit/events15.tsv) and wn_2019-11-10 Coalition authorities report no casualties from missile
strike (event dev gold 6).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

OZONE = ("Heald noted the findings show pollution reduction is also important. As Heald told The Huffington Post, US "
         "surface ozone has dropped partly due to the Clean Air Act.\n")
PROTESTS = "This took place as anti-government protests continue in Baghdad and through the southern part of Iraq.\n"


class TestAsClauseOfReporting:
    """"As Heald told The Huffington Post, …": the clause is Heald's report, not a plain fact."""

    def test_the_drop_is_reported_by_heald(self, nlp, tmp_path):
        events = events_of(OZONE, dt.date(2014, 7, 28), "ozone", nlp=nlp, folder=tmp_path)
        drop = events[events["verb"] == "drop"]
        assert not drop.empty and drop["reported_by"].fillna("").str.contains("Heald").all()

    def test_telling_is_no_event(self, nlp, tmp_path):
        events = events_of(OZONE, dt.date(2014, 7, 28), "ozone", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "tell"].empty

    def test_an_as_clause_of_time_attributes_nothing(self, nlp):
        from toolkit.nlp.as_reports import as_reported

        doc = nlp(PROTESTS)
        assert as_reported(next(t for t in doc if t.lower_ == "took")) is None
