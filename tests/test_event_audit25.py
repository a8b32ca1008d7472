"""Round events25: rules from an audit of fresh wire-style Wikinews articles (bench/audit/events25.tsv).

"Hawkins, Blankenship, and Carroll all argued …", "was condemned … by Egypt, Greece and Cyprus": the parser hangs
the last item of a list of three on the item before it, not on the first; every item is one of the subject (or
object), so the list is walked conjunct by conjunct.

Real sentences of the corpora in /work/shared/corpora (White House texts, public domain; Wikinews, CC BY
2.5, credit "Wikinews contributors, en.wikinews.org"), outside the audited texts where the corpora have one.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# (events17's text: the other subject lists of three in the corpora are parsed as flat lists)
ARGUED = "Hawkins, Blankenship, and Carroll all argued they should not be mandatory.\n"
LEADS = ("Research shows financial literacy leads to greater investments, higher retirement savings, and ultimately "
         "more household wealth.\n")


class TestListsOfThree:
    """A list whose last item the parser hangs on the item before keeps every item."""

    def test_three_who_argued(self, nlp, tmp_path):
        events = events_of(ARGUED, dt.date(2020, 11, 2), "argued", nlp=nlp, folder=tmp_path)
        argued = events[events["verb"] == "argue"]
        assert len(argued) == 1
        subject = argued["subject"].iloc[0]
        assert "Hawkins" in subject and "Blankenship" in subject and "Carroll" in subject

    def test_three_things_it_leads_to(self, nlp, tmp_path):
        events = events_of(LEADS, dt.date(2025, 4, 1), "leads", nlp=nlp, folder=tmp_path)
        leads = events[events["verb"] == "lead"]
        assert len(leads) == 1
        assert "household wealth" in leads["object"].iloc[0]
        assert "retirement savings" in leads["object"].iloc[0]
