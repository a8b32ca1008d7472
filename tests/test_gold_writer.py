"""bench/audit/gold_writer.py, the writer the rounds' gold scripts share: it must give back, from a round's
annotations, exactly the gold that round committed, and refuse an annotation its text does not bear out.

The texts are Wikinews articles in the committed golds (CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org").
"""

import importlib.util
import json
import sys

import pytest

from conftest import ROOT

AUDIT = ROOT / "bench" / "audit"
sys.path.insert(0, str(AUDIT))
import gold_writer  # noqa: E402


def _script(round_name: str):
    """A round's make_gold.py as a module: its annotations, its writer not run (it runs only as __main__)."""
    spec = importlib.util.spec_from_file_location(f"make_gold_{round_name}", AUDIT / round_name / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestEventRows:
    def test_the_committed_event_gold_comes_back(self):
        docs = _script("ev42").DOCS
        folder = ROOT / "tests" / "data" / "gold" / "wikinews-events-dev16"
        for file, (_, events) in docs.items():
            text = (folder / "texts" / file).read_text(encoding="utf-8")
            committed = json.loads((folder / file.replace(".txt", ".json")).read_text(encoding="utf-8"))["events"]
            assert gold_writer.event_rows(text, events) == committed

    def test_a_verb_not_in_its_sentence_is_refused(self):
        text = "The company said on Friday that it had hired a law firm. It declined to comment."
        with pytest.raises(AssertionError):
            gold_writer.event_rows(text, [gold_writer.event("hired a law firm", "fired", "the company", "fire")])

    def test_an_abbreviation_ends_no_sentence(self):
        text = "The U.S. Department of Justice opened an inquiry. Ford said it would cooperate."
        assert [text[a:b] for a, b in gold_writer.sentences(text)] == [
            "The U.S. Department of Justice opened an inquiry.", "Ford said it would cooperate."]


class TestEntityChecks:
    def test_the_committed_entity_gold_passes(self):
        docs = _script("ent42").DOCS
        folder = ROOT / "tests" / "data" / "gold" / "wikinews-entities-dev27"
        for prefix, (_, entities) in docs.items():
            [path] = list((folder / "texts").glob(prefix + "*.txt"))
            gold_writer.check_entities(path.read_text(encoding="utf-8"), entities)
            committed = json.loads((folder / (path.stem + ".json")).read_text(encoding="utf-8"))["entities"]
            assert committed == entities

    def test_an_alias_the_text_lacks_is_refused(self):
        text = "Robert Mugabe, who led Zimbabwe for 37 years, has died."
        with pytest.raises(AssertionError):
            gold_writer.check_entities(text, [gold_writer.entity("Robert Mugabe", "PERSON", "Cde Mugabe")])

    def test_one_form_for_two_entities_is_refused(self):
        text = "Georgia Tech beat Georgia State in Atlanta, Georgia."
        with pytest.raises(AssertionError):
            gold_writer.check_entities(text, [gold_writer.entity("Georgia", "GPE"),
                                              gold_writer.entity("Georgia Tech", "ORG", "georgia")])
