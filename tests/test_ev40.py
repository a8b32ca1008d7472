"""The fourteenth event dev gold (``tests/data/gold/wikinews-events-dev14``) and the rules mended on it (round ``ev40``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Nevada's majority-female legislature,
the House holds two Cabinet officers in contempt, Pelosi announces an impeachment inquiry, the WHO declares COVID-19
a pandemic, Caloundra defeat Wynnum at rugby union, the wrestler Jon Huber dies): Wikinews, CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org". The first class checks the gold is well formed; the others assert a
property of the extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import check_event_gold, events_of, records_with_verb

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev14"


class TestFourteenthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=62)


def _events(nlp, tmp_path, text, day=dt.date(2019, 7, 20)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)
