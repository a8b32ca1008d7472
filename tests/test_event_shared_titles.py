"""Two posts joined before one name (round events17, toolkit/nlp/shared_titles.py): "US singer and
lyricist Robert Hunter died", "… founder and director Christina Tobin moderated": one person, not a
list of two agents.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold):
wn_2019-09-25 Singer-songwriter Robert Hunter dies aged 78; wn_2020-11-02 On the campaign trail in
the USA, October 2020 (the events17 audit: the corpus has no other sentence of a title and a second
title before a name as subject).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

HUNTER = "On Monday, US singer and lyricist Robert Hunter died at his home in San Rafael, California.\n"

TOBIN = "Free and Equal Elections Foundation founder and director Christina Tobin moderated both debates.\n"


class TestTwoPostsOfOnePerson:
    """The subject is the person who holds both posts."""

    def test_singer_and_lyricist(self, nlp, tmp_path):
        events = events_of(HUNTER, dt.date(2019, 9, 25), "hunter", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "die"]["subject"].tolist() == ["Robert Hunter"]

    def test_founder_and_director(self, nlp, tmp_path):
        events = events_of(TOBIN, dt.date(2020, 11, 2), "tobin", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "moderate"]["subject"].tolist() == ["Christina Tobin"]


class TestAPersonAndANameStayTwo:
    """A post with a determiner is a person of its own: the list stays."""

    def test_the_reporter_and_a_name(self, nlp, tmp_path):
        events = events_of("The reporter and Joe Lockhart questioned the visit.\n", dt.date(2020, 11, 2), "two",
                           nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "question"]["subject"].tolist() == ["the reporter and Joe Lockhart"]
