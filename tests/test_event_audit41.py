"""Round events41: rules from an audit of six White House pages (bench/audit/events41.tsv).

"Just this month, a pair of convicted killers caught dealing drugs in broad daylight were released without bail in
New York City": "caught" is a reduced passive relative on the killers (a tensed "were" with no coordinator before it
is the clause's verb), so the killers were released, and they caught no one. "In 2022, a New York City man was
released without bail after he smeared his own feces on a random woman": the "he" of the clause of time is the man of
the main clause, not the President named sentences before.

Real sentences of the White House texts, public domain (White House), in /work/shared/corpora/whitehouse-2025:
articles__2025-08-25-cashless-bail-is-a-government-backed-crime-spree.txt.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, rows_with_verb

BAIL_DAY = dt.date(2025, 8, 25)
FECES = ("President Donald J. Trump’s aggressive crackdown to end the failed experiment known as “cashless bail” aims "
         "to get violent criminals off our streets — starting in Washington, D.C., where dangerous predators are being "
         "set free to offend again and again.\n\n"
         "In 2022, a New York City man was released without bail after he smeared his own feces on a random woman "
         "waiting for the subway.\n")
KILLERS = ("Just this month, a pair of convicted killers caught dealing drugs in broad daylight were released without "
           "bail in New York City.\n")


class TestReducedPassiveBeforeTensedBe:
    """"a pair of convicted killers caught dealing drugs … were released": released, not catching."""

    def test_the_killers_were_released(self, nlp, tmp_path):
        events = events_of(KILLERS, BAIL_DAY, "bail", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "catch").empty or rows_with_verb(events, "catch")["subject"].isna().all()
        rows = rows_with_verb(events, "release")
        assert len(rows) == 1 and rows["subject"].isna().all() and rows["object"].iloc[0].startswith("a pair")


class TestHeOfAClauseAfterItsMainClause:
    """"a New York City man was released without bail after he smeared …": the man smeared."""

    def test_the_man_smeared(self, nlp, tmp_path):
        events = events_of(FECES, BAIL_DAY, "feces", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "smear")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "a New York City man"
