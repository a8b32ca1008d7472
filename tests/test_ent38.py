"""Entity rules after the audit of two Wikinews articles (round ``ent38``, ``bench/audit/ent38/README.md``, the
gold ``tests/data/gold/wikinews-entities-dev19``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestNineteenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev19`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev19"
    ARTICLES = 2
