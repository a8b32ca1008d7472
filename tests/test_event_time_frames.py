"""Clauses of time passing (round events17, toolkit/nlp/time_frames.py): "As July came to a close",
"As the campaign entered June" date what the sentence tells; the month and the campaign do nothing.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold):
wn_2020-07-25 On the campaign trail in the USA, June 2020; wn_2020-08-31 On the campaign trail in
the USA, July 2020. The fire's start is a sentence of event dev gold 10 (Notre-Dame), kept there.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.time_frames import passes_time

JULY = ("As July came to a close, Biden’s lead over Trump in the RealClearPolitics average slightly decreased, "
        "with Biden registering 49.9 percent to 42.1 percent for Trump.\n")

JUNE = ("As the campaign entered June, presumptive Democratic presidential nominee Joe Biden, who mathematically "
        "secured the nomination of his party with victories in the June 2 primaries, led President Donald Trump, "
        "the presumptive Republican presidential nominee, 49.0 percent to 42.2 percent in the RealClearPolitics "
        "average.\n")


class TestTimeComesToAClose:
    """A month that "came to a close" is a frame of time: no row; the sentence's act stays."""

    def test_the_month_does_not_come(self, nlp, tmp_path):
        events = events_of(JULY, dt.date(2020, 8, 31), "july", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty
        assert not events[events["verb"] == "decrease"].empty

    def test_a_month_as_subject_of_a_phrase_of_time(self, nlp):
        doc = nlp("Still, he remained well ahead of Trump in opinion polls as the month came to a close.")
        came = next(t for t in doc if t.text == "came")
        assert passes_time(came, "come")


class TestCampaignEntersAMonth:
    """A campaign that "entered June" moves into a time: no row."""

    def test_the_campaign_does_not_enter(self, nlp, tmp_path):
        events = events_of(JUNE, dt.date(2020, 7, 25), "june", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "enter"].empty


class TestActsAtATimeStay:
    """A thing that starts at a time, a half of a match that ends with a score and an army that
    enters a place are no frames of time."""

    def test_a_fire_starts(self, nlp):
        doc = nlp("The fire reportedly started at about 19:00 local time (1700 UTC).")
        assert not passes_time(next(t for t in doc if t.text == "started"), "start")

    def test_a_half_of_a_match_ends_with_a_score(self, nlp):
        # (GUM's news document "soccer", Wikinews; a right row of the events15 audit)
        doc = nlp("The first half ended 1 – 1 on the scoreboard.")
        assert not passes_time(next(t for t in doc if t.text == "ended"), "end")

    def test_an_army_enters_towns(self, nlp):
        doc = nlp("The Syrian Army entered Tell Tamer and Ain Issa yesterday according to state media.")
        assert not passes_time(next(t for t in doc if t.text == "entered"), "enter")
