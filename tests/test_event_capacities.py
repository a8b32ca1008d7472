"""Capacities (round events19, toolkit/nlp/capacities.py): a relative clause with "can" on a thing
("a script … which can download videos") says what the thing is able to do, a description and no
event; the clause it hangs on keeps its row.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-10-26
GitHub blocks public access to youtube-dl after RIAA issues DMCA notice; wn_2020-12-25 Earth-based
life can survive in hydrogen-rich atmospheres (audited in round events19).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

BLOCKED = ("On Friday, code hosting and sharing website GitHub blocked the public access to youtube-dl, a software "
           "which can download videos from the internet via the command-line.\n")

YEAST = "Such reduction in growth rate was not observed for yeast cultures, which can thrive in acidic environments.\n"


class TestWhatAThingCanDo:
    """No row for the relative clause of ability; the main clause's act stays."""

    def test_a_software_which_can_download(self, nlp, tmp_path):
        events = events_of(BLOCKED, dt.date(2020, 10, 26), "blocked", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "download"].empty
        assert not events[events["verb"] == "block"].empty

    def test_cultures_which_can_thrive(self, nlp, tmp_path):
        events = events_of(YEAST, dt.date(2020, 12, 25), "yeast", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "thrive"].empty
