"""An aspectual verb's marks are the event's (round events15): "they will keep hosting the video"
is a hosting to come, "will", as the frame "keep" is no event of its own.

Real sentence of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_hackers, audited in
bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

HOSTING = ("Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites "
           "such as Gawker.com have stated that they will keep hosting the video.\n")


class TestModalityOfTheAspect:
    """"will keep hosting": the hosting carries the "will" of "keep"."""

    def test_the_event_has_the_modality(self, nlp, tmp_path):
        events = events_of(HOSTING, dt.date(2008, 1, 20), "hosting", nlp=nlp, folder=tmp_path)
        host = events[events["verb"] == "host"]
        assert not host.empty and (host["modality"] == "will").all()

    def test_the_frame_is_no_event(self, nlp, tmp_path):
        events = events_of(HOSTING, dt.date(2008, 1, 20), "hosting", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "keep"].empty
