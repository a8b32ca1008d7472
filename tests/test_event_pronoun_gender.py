"""Pronoun gender (round events14): a person a narrative subject "he" stood for is a man to the
rest of the story, one "she" stood for a woman, so a later "she" skips him even when the text
never gave his sex otherwise.

Real sentences of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no gold; audited as "events14
audit"): wn_2020-04-16 Elizabeth Warren endorses Joe Biden in 2020 US presidential election.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

ENDORSED = (
    "Former US presidential candidate Elizabeth Warren announced yesterday she was endorsing Joe Biden for this "
    "year's presidential election. The move came shortly after fellow former presidential candidate Bernie Sanders "
    "and former president Barack Obama announced their own support for Biden.\n\n"
    "In a video message posted to Twitter, Warren commended Biden for his empathy towards US citizens and said she "
    "was \"proud to endorse Joe Biden as president of the United States.\" Biden praised Warren's endorsement on "
    "Twitter, stating he was \"proud to have the fiercest of fighters\" on his side. He also expressed a desire to "
    "work with Warren to \"create a government that works for everyone — not just the wealthy and well-connected.\"\n\n"
    "In Warren's campaign for the Democratic Party nomination, she was known for her anti-corruption stance and had "
    "released over 70 policy plans. However, she dropped out of the race in early March after failing to win any of "
    "the fourteen state nominating contests of \"Super Tuesday\", March 3. She did not immediately endorse another "
    "candidate at the time.\n")


class TestSheIsNotTheOneCalledHe:
    """"Biden praised …. He also expressed … In Warren's campaign …, she … had released …":
    Biden was "he", so "she" is Warren, the woman named in the sentence."""

    def test_she_drops_out(self, nlp, tmp_path):
        events = events_of(ENDORSED, dt.date(2020, 4, 16), "warren", nlp=nlp, folder=tmp_path)
        dropped = events[events["verb"].isin(["drop", "drop out"])]
        assert list(dropped["subject"]) == ["Elizabeth Warren"]

    def test_he_is_not_given_her_acts(self, nlp, tmp_path):
        events = events_of(ENDORSED, dt.date(2020, 4, 16), "warren", nlp=nlp, folder=tmp_path)
        hers = events[events["verb"].isin(["release", "drop", "drop out", "fail"])]
        assert not hers.empty and "Joe Biden" not in set(hers["subject"])

    def test_he_stays_biden(self, nlp, tmp_path):
        events = events_of(ENDORSED, dt.date(2020, 4, 16), "warren", nlp=nlp, folder=tmp_path)
        expressed = events[events["verb"] == "express"]
        assert list(expressed["subject"]) == ["Joe Biden"]
