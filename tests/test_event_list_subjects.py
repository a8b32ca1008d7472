"""The last item of a subject's list misparsed as a second subject (round events17, toolkit/nlp/agents.py):
"Biden's victories in Arizona, Florida, and Illinois left him with …": the victories left him so, not
Illinois; "President Trump himself, his wife Melania, and son Barron all tested positive": the list's
first item heads it, not Barron.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-03-20 Arizona,
Florida, Illinois hold 2020 US presidential primaries (in entity dev gold 7); wn_2020-11-02 On the
campaign trail in the USA, October 2020 (the events17 audit).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

VICTORIES = ("Biden's victories in Arizona, Florida, and Illinois left him with a reported total of 1,124 pledged "
             "delegates; United States Senator from Vermont Bernie Sanders trailed him with a total of 815.\n")

FAMILY = ("After it was revealed his aide Hope Hicks tested positive for coronavirus, President Trump himself, his "
          "wife Melania, and son Barron all tested positive for the virus.\n")


class TestListHeadsTheSubject:
    """The subject is the list's head, not its last item."""

    def test_victories_leave(self, nlp, tmp_path):
        events = events_of(VICTORIES, dt.date(2020, 3, 20), "victories", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "leave"]["subject"].tolist() == ["Biden's victories"]

    def test_trump_tests_positive(self, nlp, tmp_path):
        events = events_of(FAMILY, dt.date(2020, 11, 2), "family", nlp=nlp, folder=tmp_path)
        subjects = events[events["verb"] == "test"]["subject"].tolist()
        assert any("Trump" in s for s in subjects) and "Barron" not in subjects
