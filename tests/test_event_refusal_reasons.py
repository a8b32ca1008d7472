"""A participle after a negated modal clause (round events17, toolkit/nlp/participles.py): "Trump
would not commit to a peaceful transfer of power, claiming the possibility of fraud": the claim was
made; the "would" of the refusal is not the claim's.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-10-29 On the
campaign trail in the USA, September 2020 (the events17 audit; the corpus has no other such
participle that the toolkit reads as an event).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

REFUSAL = ("When confronted with the possibility of Democrats winning the election, Trump would not commit to a "
           "peaceful transfer of power, claiming the possibility of fraud occurring as a result of increased "
           "mail-in voting.\n")


class TestReasonOfARefusal:
    """The refusal keeps its "would" and its negation; the claim has neither."""

    def test_claim_is_made(self, nlp, tmp_path):
        events = events_of(REFUSAL, dt.date(2020, 10, 29), "refusal", nlp=nlp, folder=tmp_path)
        claim = events[events["verb"] == "claim"]
        assert len(claim) == 1 and claim["modality"].isna().all() and not claim["negated"].any()
        commit = events[events["verb"] == "commit"]
        assert commit["modality"].tolist() == ["would"] and commit["negated"].all()
