"""A verb of indication passes on its clause, also with a modal in it or after it (round events13).

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in a gold): wn_2019-02-05 Block
of flats collapses in Aleppo, killing eleven; wn_2020-04-05 SARS-CoV-2 surpasses one million
infections worldwide.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MODAL_CONTENT = "The US has further indicated no support will come without political reform in Syria.\n"

CLOSING = ("On Thursday, the total number of cases of the SARS-CoV-2 coronavirus infections surpassed one million "
           "worldwide, Johns Hopkins University data indicated.\n")


class TestIndicationWithAModalClause:
    """"The US has further indicated no support will come …": the parser hangs the clause's
    subject on "indicated" as its object; given back, the modal clause is the content, reported
    by the US, and "indicated" no act of its own."""

    def test_indicated_is_no_event(self, nlp, tmp_path):
        events = events_of(MODAL_CONTENT, dt.date(2019, 2, 5), "aleppo", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "indicate"].empty

    def test_the_content_is_reported_by_the_subject(self, nlp, tmp_path):
        events = events_of(MODAL_CONTENT, dt.date(2019, 2, 5), "aleppo", nlp=nlp, folder=tmp_path)
        come = events[events["verb"] == "come"]
        assert len(come) == 1 and come.iloc[0]["reported_by"] == "United States" and come.iloc[0]["negated"]


class TestIndicationClosingTheSentence:
    """"…, Johns Hopkins University data indicated.": after its content, closing the sentence as
    "said" does, a verb of indication only names the source."""

    def test_indicated_is_no_event(self, nlp, tmp_path):
        events = events_of(CLOSING, dt.date(2020, 4, 5), "million", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "indicate"].empty

    def test_the_content_stays_with_its_source(self, nlp, tmp_path):
        events = events_of(CLOSING, dt.date(2020, 4, 5), "million", nlp=nlp, folder=tmp_path)
        surpass = events[events["verb"] == "surpass"]
        assert len(surpass) == 1 and "Johns Hopkins" in surpass.iloc[0]["reported_by"]
