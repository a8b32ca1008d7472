"""Round events34: rules from an audit of four White House press pages (bench/audit/events34.tsv).

"WHBQ-TV (8/19/25): Woman, her friend shaken up after being robbed, followed and carjacked in Orange Mound": a
round-up line that cites another outlet's headline and dates it in figures is page furniture, as one that places
the outlet ("WLWT (Cincinnati, OH): …", round events18); the parser glued the outlet and its date to the
headline's subject. "Senate Democrats are to blame as Congress heads toward a government shutdown": "be to blame"
says who is answerable, the subject blames no one.

Real sentences of the White House texts (public domain), in /work/shared/corpora/whitehouse-2025, and of the
Wikinews texts (CC BY 2.5), in /work/shared/corpora/wikinews-2019-2020.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MEMPHIS = dt.date(2025, 9, 15)
SHUTDOWN = dt.date(2025, 9, 25)

ROUND_UP = ("Violent crime has prompted headline after headline in recent months:\n\n"
            "WHBQ-TV (8/19/25): Woman, her friend shaken up after being robbed, followed and carjacked in Orange "
            "Mound\n\n"
            "WMC-TV (7/28/25): Man charged with murder after deadly shooting at Wendy’s, per MPD\n\n"
            "WREG-TV (7/11/25): Three men carjack, punch victim at Midtown gas station\n")


class TestDatedCitedHeadlines:
    """"WHBQ-TV (8/19/25): Woman … shaken up …": another outlet's headline, listed with its date."""

    def test_dated_headlines_are_no_events(self, nlp, tmp_path):
        events = events_of(ROUND_UP, MEMPHIS, "round-up", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["shake up", "follow", "carjack", "charge", "shoot", "punch"])].empty

    def test_the_line_before_stays(self, nlp, tmp_path):
        events = events_of(ROUND_UP, MEMPHIS, "round-up", nlp=nlp, folder=tmp_path)
        assert "prompt" in set(events["verb"])

    def test_form(self):
        from toolkit.nlp.cited_headlines import cited_headline

        assert cited_headline("WMC-TV (8/14/25): Elderly woman bodyslammed on pavement during carjacking at movie "
                              "theater")
        assert cited_headline("WBAY-TV (Green Bay, WI): Memorial Day gas prices lowest in 4 years")
        # (a year in parentheses is no headline's date, and running text has no colon after it)
        assert not cited_headline("Resolution 2803 (2025), which endorsed the plan, was adopted.")
        assert not cited_headline("The Office of Management and Budget (OMB) today announced the addition of "
                                  "several senior appointees.")


BLAME = "Senate Democrats are to blame as Congress heads toward a government shutdown, Bloomberg reports.\n"
BLAME_FOR = ("The New York Times reports Democrats are to blame for blocking the GOP bill to fund the government "
             "through November.\n")


class TestToBlame:
    """"Democrats are to blame": who is answerable; no act of blaming, no row "blame"."""

    def test_democrats_blame_no_one(self, nlp, tmp_path):
        events = events_of(BLAME, SHUTDOWN, "blame", nlp=nlp, folder=tmp_path)
        assert "blame" not in set(events["verb"])

    def test_to_blame_for(self, nlp, tmp_path):
        events = events_of(BLAME_FOR, SHUTDOWN, "blame-for", nlp=nlp, folder=tmp_path)
        assert not events["verb"].str.startswith("blame").any()

    def test_set_phrase(self, nlp):
        from toolkit.nlp.formulas import set_phrase

        # (Wikinews, 2019: the patrol asks who is answerable)
        doc = nlp("Also investigating is the Florida Highway Patrol, which is attempting to ascertain who, if "
                  "anyone, is to blame.")
        assert set_phrase(next(t for t in doc if t.lower_ == "blame"))

    def test_blame_with_an_object_stays(self, nlp):
        from toolkit.nlp.formulas import set_phrase

        # (a White House article: "who to blame", the object of the blaming)
        doc = nlp("Now we know who to blame if anything goes wrong.")
        assert not set_phrase(next(t for t in doc if t.lower_ == "blame"))
