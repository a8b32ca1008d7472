"""Entity rules after the audit of ten Wikinews articles (round ``ent39c``, ``bench/audit/ent39c/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev22``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA
from test_entities import TestSecondEntityDevGold


class TestTwentySecondEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev22`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev22"
    ARTICLES = 10
