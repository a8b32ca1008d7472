"""Entity rules after the audit of nine Wikinews articles rich in names of other languages (round ``ent39a``,
``bench/audit/ent39a/README.md``, the gold ``tests/data/gold/wikinews-entities-dev20``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestTwentiethEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev20`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev20"
    ARTICLES = 9
