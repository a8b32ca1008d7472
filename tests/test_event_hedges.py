"""An adverb of possibility hedges its clause (round events15): "Perhaps they had learned an
important lesson" offers the learning as possible, "may", as a modal would.

Real sentences of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_warhol, audited in
bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

LESSON = ("In fact, many people Wikinews observed took out their mobiles as they left for the evening and used their own "
          "phone cameras to make one further record of the moment - a photo of a photo. Perhaps they had learned an "
          "important lesson from the Warhol exhibit that cultural events like these were ripe for use and reuse.\n")


class TestHedgedClause:
    """"Perhaps they had learned …": a guess, marked "may"; the plain clause before stays plain."""

    def test_the_guess_is_marked(self, nlp, tmp_path):
        events = events_of(LESSON, dt.date(2014, 1, 28), "lesson", nlp=nlp, folder=tmp_path)
        learn = events[events["verb"] == "learn"]
        assert not learn.empty and (learn["modality"] == "may").all()

    def test_the_narrative_stays_plain(self, nlp, tmp_path):
        events = events_of(LESSON, dt.date(2014, 1, 28), "lesson", nlp=nlp, folder=tmp_path)
        took = events[events["verb"] == "take out"]
        assert not took.empty and took["modality"].isna().all()
