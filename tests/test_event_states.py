"""Event rules of round events9 on states told in the past, each checked on a real sentence of a
Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold):
wn_2019-04-20 California court sentences parents who kept their children in captivity (a quote gold
text, no event gold) and wn_2020-01-06 Iraqi Parliament votes for expulsion of United States troops
(event dev gold 7, written after its first score).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

FACED = ("Specifically, both parents faced twelve counts of torture and false imprisonment, nine counts of child "
         "abuse, and seven counts of cruelty to a dependent adult.\n")
AWAITED = "The resolution still awaited approval by the Iraqi government.\n"
DISAPPOINTED = (
    "Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the United "
    "States was disappointed by the Parliament's decision: \"While we await further clarification on the legal "
    "nature and impact of today's resolution,\" he said, \"we strongly urge Iraqi leaders to reconsider the "
    "importance of the ongoing economic and security relationship between the two countries and the continued "
    "presence of the Global Coalition to Defeat ISIS\".\n"
)


class TestStateInThePast:
    """"both parents faced twelve counts", "The resolution still awaited approval": a stative verb
    of possession, debt or predicament tells in the simple past what was so then, as the present
    tells what is; no act. "must face charges" (a future) is left to the other rules."""

    def test_faced_counts_is_no_event(self, nlp, tmp_path):
        events = events_of(FACED, dt.date(2019, 4, 20), "faced", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "face"].empty

    def test_awaited_approval_is_no_event(self, nlp, tmp_path):
        events = events_of(AWAITED, dt.date(2020, 1, 6), "awaited", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "await"].empty


class TestFeelingInThePassive:
    """"the United States was disappointed by the Parliament's decision": a verb of emotion in the
    passive tells a feeling, an adjective in all but its tag; the decision did nothing."""

    def test_disappointed_by_is_no_event(self, nlp, tmp_path):
        events = events_of(DISAPPOINTED, dt.date(2020, 1, 6), "disappointed", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "disappoint"].empty
