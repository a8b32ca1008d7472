"""Entity rules after the audit of two Wikinews articles (round ``ent37b``, ``bench/audit/ent37b/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev18``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA
from test_entities import TestSecondEntityDevGold


class TestEighteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev18`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev18"
    ARTICLES = 2
