"""The thirteenth event dev gold (``tests/data/gold/wikinews-events-dev13``) and the rules mended on it (round ``ev39``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Zelensky declines Honcharuk's
resignation, a Texas judge on the male-only draft, a prop plane crash near Las Vegas, Germany bans Mahan Air, hand
washing and superbug E. coli, Warholm wins the 400 m hurdles in Doha): Wikinews, CC BY 2.5, credit "Wikinews
contributors, en.wikinews.org". The first class checks the gold is well formed; the others assert a property of the
extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

from pathlib import Path

from conftest import check_event_gold

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev13"


class TestThirteenthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=47)
