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


# wn_2019-12-16 Conservative Party wins majority in 2019 UK general election (in the brexit-2019 source set).
TWO_POSTS = ('Conservative Party leader and Prime Minister Boris Johnson said he was "humbled" by the results '
             'and promised to deliver Brexit.\n')

# White House, 2025-08-19, "President Trump's peace summit hailed as a game changer" (public domain;
# /work/shared/corpora/whitehouse-ukraine, in the whitehouse-ukraine source set).
MCCAUL = ("Rep. Michael McCaul: “President Biden’s weakness on the global stage led to a world on fire, and "
          "President Trump is working tirelessly to extinguish the flames.”\n")


class TestNoListWhereNoneIs:
    """An "and" after a post or after a clause joins no list: the name is the subject."""

    def test_two_posts_before_a_name_are_that_person(self, nlp, tmp_path):
        events = events_of(TWO_POSTS, dt.date(2019, 12, 16), "posts", nlp=nlp, folder=tmp_path)
        assert events.loc[events["verb"] == "humble", "reported_by"].tolist() == ["Boris Johnson"]

    def test_a_clause_before_and_is_no_list(self, nlp, tmp_path):
        events = events_of(MCCAUL, dt.date(2025, 8, 19), "mccaul", nlp=nlp, folder=tmp_path)
        subjects = events.loc[events["verb"] == "work", "subject"].tolist()
        assert subjects and all("Trump" in s for s in subjects)
