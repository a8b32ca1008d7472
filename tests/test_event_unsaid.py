"""What a negated reporting verb frames is nobody's claim (round events15): "officials have not said
why the team was initially denied visas" tells the denial as a fact, reported by no one; "I do not
think that it can be right …" asserts nothing.

Real sentences of Wikinews articles (text CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"): GUM_news_afghan read through GUM's news documents (tests/data/gold/gum-news,
audited in bench/audit/events15.tsv) and wn_2019-10-10 UK urges US to waive diplomatic immunity
(tuned event gold).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

VISAS = ("Citing privacy rules, U.S. officials have not said why the team was initially denied visas, but Afghan "
         "Ambassador Hamdullah Mohib says there were concerns they would attempt to remain in the United States or "
         "in Canada after the contest.\n")


class TestNegatedReport:
    """A negated "said" reports nothing: its indirect question is a fact, its plain clause no claim."""

    def test_the_denial_is_nobodys_report(self, nlp, tmp_path):
        events = events_of(VISAS, dt.date(2017, 7, 21), "visas", nlp=nlp, folder=tmp_path)
        deny = events[events["verb"] == "deny"]
        assert deny["reported_by"].isna().all()

    def test_a_plain_clause_is_unasserted(self, nlp):
        from toolkit.nlp.unsaid import unsaid

        doc = nlp("I must answer you directly, I do not think that it can be right to use the process of diplomatic "
                  "immunity for this type of purpose.")
        think = next(t for t in doc if t.lower_ == "think")
        content = next(c for c in think.children if c.dep_ == "ccomp")
        assert unsaid(think, content) == "unasserted"
        assert unsaid(doc[2], content) is None  # "must answer": not negated
