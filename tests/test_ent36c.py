"""Entity rules after the audit of nine Wikinews articles (round ``ent36c``, ``bench/audit/ent36c/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev16``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA
from test_entities import TestSecondEntityDevGold


class TestSixteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev16`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev16"
    ARTICLES = 9
