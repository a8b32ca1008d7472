"""A text that names itself (round events17, toolkit/nlp/self_reference.py): "The following is the
third edition of a monthly series … It features original material …": the article describes
itself; "It" is no actor of the story.

Real sentences of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-08-31 On the
campaign trail in the USA, July 2020 (the series' opening, as in the events17 audit's two texts).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.self_reference import names_the_text

OPENING = ("The following is the third edition of a monthly series chronicling the 2020 United States presidential "
           "election. It features original material compiled throughout the previous month after an overview of "
           "the month's biggest stories.\n")


class TestTheFollowing:
    """"It" standing for "the following" gives no row; a day that follows is no text."""

    def test_it_features_nothing(self, nlp, tmp_path):
        events = events_of(OPENING, dt.date(2020, 8, 31), "opening", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "feature"].empty

    def test_the_following_day_is_a_day(self, nlp):
        doc = nlp("The following day, the governor signed the bill.")
        assert not any(names_the_text(t) for t in doc)
