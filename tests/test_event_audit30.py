"""Round events30: rules from an audit of twelve White House "ICYMI" articles (bench/audit/events30.tsv).

"Short-run real GDP will be boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%": a margin after "by" that the
parser ran into the subject of a gapped clause names no agent. "VOLVO CARS" / "Volvo Cars may move …": the
second word of a paragraph starts no sentence after a one-word first, so a name is not cut in two.

Real sentences of the audited White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

TAX_CUT = dt.date(2025, 4, 30)
EXPANSION = dt.date(2025, 3, 10)

GDP = "Short-run real GDP will be boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%.\n"


class TestMarginRunIntoGap:
    """An amount after "by" run into the subject of a gapped clause is a margin: the passive names no agent."""

    def test_long_run_gdp_boosts_nothing(self, nlp, tmp_path):
        events = events_of(GDP, TAX_CUT, "gdp", nlp=nlp, folder=tmp_path)
        boosts = events[events["verb"] == "boost"]
        assert not any("GDP" in str(s) or "%" in str(s) for s in boosts["subject"])
