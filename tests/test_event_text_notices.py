"""A page's notice about the text (round events19, toolkit/nlp/self_reference.py): a subject "this
article" is the text itself, no actor ("This article requires pre-publication review …").

A real line of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-10-18 Living with
HIV during COVID-19: Wikinews talks to HIV-positive sex workers.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

REVIEW = ("This article requires pre-publication review by an uninvolved reviewer (one not substantially involved "
          "in writing the article).\n")


class TestThisArticle:
    """The article's notice about itself gives no row."""

    def test_this_article_requires_nothing(self, nlp, tmp_path):
        events = events_of(REVIEW, dt.date(2020, 10, 18), "review", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "require"].empty
