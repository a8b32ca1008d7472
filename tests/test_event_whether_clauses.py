"""A "whether" clause hung on a main verb is no condition of it (round events17, toolkit/nlp/clauses.py):
"While Biden did not say in the debate whether he supports significant changes, one third party
presidential nominee proposed to Wikinews a novel approach": the proposal was made.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-10-29 On the
campaign trail in the USA, September 2020 (the events17 audit; in the rest of the corpus no such
clause reaches an event row). The concessive "whether … or not" is from wn_2020-11-17 Wikinews
discusses DRM (an interview).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.clauses import modality_of

PROPOSAL = ("While Democratic presidential nominee Joe Biden did not say in the debate whether he supports "
            "significant changes, one third party presidential nominee proposed to Wikinews a novel approach, "
            "aiming both to prevent future Court packing and promote ideological balance.\n")


class TestWhetherIsNoCondition:
    """The proposal under a misattached "whether" clause, and an act under a concessive one, are
    no conditionals; an "if" clause still is one."""

    def test_proposal_is_made(self, nlp, tmp_path):
        events = events_of(PROPOSAL, dt.date(2020, 10, 29), "proposal", nlp=nlp, folder=tmp_path)
        proposal = events[events["verb"] == "propose"]
        assert len(proposal) == 1 and proposal["modality"].isna().all()

    def test_concessive_whether(self, nlp):
        doc = nlp("So whether you knew it or not, you were asking about copyright law.")
        assert modality_of(next(t for t in doc if t.text == "asking")) is None

    def test_if_stays_a_condition(self, nlp):
        doc = nlp("If the bill passes, the company closes its plant.")
        assert modality_of(next(t for t in doc if t.text == "closes")) == "conditional"
