"""Entity rules after the audit of eleven short Wikinews articles (round ``ent40b``, ``bench/audit/ent40b/README.md``,
the gold ``tests/data/gold/wikinews-entities-dev24``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA
from test_entities import TestSecondEntityDevGold


class TestTwentyFourthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev24`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev24"
    ARTICLES = 11
