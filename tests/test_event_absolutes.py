"""Absolute "with" clauses (round events19, toolkit/nlp/absolutes.py): in "with" + a noun + a past
participle the noun is acted on, no agent ("With NASA's James Webb Telescope scheduled to be deployed
…": the telescope schedules nothing); the main clause keeps its row.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-12-25 Earth-based
life can survive in hydrogen-rich atmospheres (audited in round events19; the corpus's other absolute
clauses, "with occupants ejected", "With the access secured", gave no row before the rule either).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

WEBB = ("With NASA's James Webb Telescope scheduled to be deployed next year, the paper suggests researchers could "
        "observe smaller exoplanets that orbit small red-dwarf stars.\n")


class TestWithAbsolute:
    """The participle of the absolute clause gives no row; the reported observation stays."""

    def test_the_telescope_schedules_nothing(self, nlp, tmp_path):
        events = events_of(WEBB, dt.date(2020, 12, 25), "webb", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "schedule"].empty
        observe = events[events["verb"] == "observe"]
        assert not observe.empty and (observe["reported_by"] == "the paper").all()
