"""Clauses of time in a general statement (round events19, toolkit/nlp/generic_times.py): under a main
clause in the general present, a "when" clause (the model hangs "when" as an adverb) or an "after"
clause in the present perfect tells a condition or a step of what generally happens, no event; a clause
under a present perfect ("since GitHub has restored …, Sergey M has made …") or a past is narrated.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-05-22 Astronomer
tells Wikinews about discovery of closest black hole known so far; wn_2020-06-28 Neanderthals knew what
they were doing; wn_2020-11-17 Wikinews discusses DRM and DMCA with Richard Stallman (audited in round
events19; outside the audit the corpus has such clauses only inside quotations and interview answers).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

ACCRETION = ("A black hole forms an accretion disk when a significant amount of matter orbits the black hole, as "
             "depicted in the image.\n")

TRYPSIN = ("After the trypsin has broken collagen fibres into peptides, it is analysed using a technology called "
           "Matrix-assisted laser desorption/ionization (MALDI) Time-of-Flight mass spectrometer (ToF MS).\n")

RESTORED = ("However, since GitHub has restored public access of youtube-dl, Sergey M has made the GitLab repository "
            "private.\n")


class TestConditionOfAGeneralStatement:
    """No row for the clause of time of what generally happens."""

    def test_when_matter_orbits(self, nlp, tmp_path):
        events = events_of(ACCRETION, dt.date(2020, 5, 22), "accretion", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "orbit"].empty

    def test_after_the_trypsin_has_broken(self, nlp, tmp_path):
        events = events_of(TRYPSIN, dt.date(2020, 6, 28), "trypsin", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "break"].empty


class TestNarratedClauseStays:
    """A clause of time under a present perfect tells what happened."""

    def test_since_github_has_restored(self, nlp, tmp_path):
        events = events_of(RESTORED, dt.date(2020, 11, 17), "restored", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "restore"].empty
        assert not events[events["verb"] == "make"].empty
