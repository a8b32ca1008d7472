"""A participle after the object of a verb of perception or recording (round events17,
toolkit/nlp/perception.py): "Video captured Trump wearing a mask": Trump wears it, not the video.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-11-02 On the
campaign trail in the USA, October 2020 (the events17 audit; in the rest of the corpus the parser
hangs such participles on the object, "Footage … showed a group of protesters throwing things").
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.perception import seen_doer

MASK = "Video captured Trump wearing a mask while walking to Marine One en route to the hospital.\n"


class TestTheOneSeenActs:
    """The participle's subject is the one seen; the seeing stays the video's."""

    def test_trump_wears_the_mask(self, nlp, tmp_path):
        events = events_of(MASK, dt.date(2020, 11, 2), "mask", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "wear"]["subject"].str.contains("Trump").all()
        assert not events[events["verb"] == "wear"].empty
        assert events[events["verb"] == "capture"]["subject"].str.lower().tolist() == ["video"]


class TestAParticipleAfterACommaIsTheSubjects:
    """After a comma the participle is the subject's own act."""

    def test_police_hope(self, nlp):
        doc = nlp("The police filmed the crowd, hoping to identify the attackers.")
        assert seen_doer(next(t for t in doc if t.text == "hoping")) is None
