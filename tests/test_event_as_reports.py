"""Attribution by a framing phrase (round events15): an "as" clause of reporting attributes the
clause it is set off from ("As Heald told The Huffington Post, US surface ozone has dropped …" → the
drop, reported by Heald); an "according to" inside a relative clause speaks for that clause only
("a policy of turning away boats of migrants which, according to AFP, the Untied Nations … have
criticised": the policy is no claim of AFP's).

Real sentences of Wikinews articles: GUM_news_warming and GUM_news_asylum read through GUM's news documents (text CC BY
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


POLICY = ("Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the "
          "Untied Nations and United States have both criticised.\n")


class TestAccordingToInARelativeClause:
    """"… boats of migrants which, according to AFP, the … have criticised": AFP reports the
    criticism, not the policy."""

    def test_the_main_clause_is_not_attributed(self, nlp, tmp_path):
        events = events_of(POLICY, dt.date(2015, 5, 18), "policy", nlp=nlp, folder=tmp_path)
        maintain = events[events["verb"] == "maintain"]
        assert not maintain.empty and maintain["reported_by"].isna().all()
