"""Event rules of round events9 on states told in the past, each checked on a real sentence of a
Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold):
wn_2019-04-20 California court sentences parents who kept their children in captivity (a quote gold
text, no event gold) and wn_2020-01-06 Iraqi Parliament votes for expulsion of United States troops
(event dev gold 7, written after its first score); of round events11, wn_2020-04-14 Iranian
International Master Dorsa Derakhshani discusses her chess career with Wikinews (an interview in no
gold), wn_2019-10-05 Four stabbed to death at Paris police headquarters (event dev gold 7) and
wn_2020-06-19 On the campaign trail in the USA, May 2020 (in no gold).
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


FAMILY_LIVES = ("And I was looking for immigration even before that because most of my family lives outside of "
                "Iran.\n")
ATTACKER_LIVED = (
    "The attacker, a man, reached the courtyard before he was shot in the head by another police officer. Local "
    "prosecutor Remy Heitz said the suspect's wife was taken into custody.\n\nOfficials said the man was 45 years "
    "old and born in the French territory of Martinique. He lived in Gonesse, a suburb of Paris.\n"
)

WALKER_RESIDES = (
    "Walker, a truck driver who currently resides in South Carolina, first met Hawkins in 2014 while she was running "
    "for Sheriff of Milwaukee County, Wisconsin as an independent socialist and Hawkins was running for governor of "
    "New York for the Green Party.\n"
)


class TestDwelling:
    """"most of my family lives outside of Iran", "He lived in Gonesse, a suburb of Paris", "who
    currently resides in South Carolina": where someone lives is a state in the present and in the
    simple past, like owning; no act."""

    def test_lives_is_no_event(self, nlp, tmp_path):
        events = events_of(FAMILY_LIVES, dt.date(2020, 4, 14), "lives", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "live"].empty

    def test_lived_is_no_event(self, nlp, tmp_path):
        events = events_of(ATTACKER_LIVED, dt.date(2019, 10, 5), "lived", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "live"].empty

    def test_resides_is_no_event(self, nlp, tmp_path):
        events = events_of(WALKER_RESIDES, dt.date(2020, 6, 19), "resides", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "reside"].empty
        assert not events[events["verb"] == "meet"].empty  # what the one who lives there did stays
