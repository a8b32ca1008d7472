"""Round ent39b: the twenty-first entity dev gold (``wikinews-entities-dev21``, ten Wikinews texts of 2019 on
science, space, health, an obituary, an inventor, Pacific and Asian politics and a summit) and the rules its errors
showed. Sentences are Wikinews's (CC BY 2.5, "Wikinews contributors, en.wikinews.org")."""

from conftest import DATA
from test_entities import TestSecondEntityDevGold


class TestTwentyFirstEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev21`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev21"
    ARTICLES = 10
