"""The table-driven attribute ruler and the memoising lemmatizer give every token the attributes
spaCy's own components give it (toolkit.nlp.rule_components)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Forms the ruler's two-token and whitespace patterns are written for, in real sentences' shapes.
PATTERN_CASES = [
    "It ain't over, and we're gonna win. Let's go, y'all: c'mon!  There is a deal; there's hope.",
    "He gotta see it.\n\n\nShe gets it, they got it, and nothin' changed.\tThe end \n",
    "",
    "   ",
]


def _texts() -> list[str]:
    gold = ROOT / "tests" / "data" / "gold"
    texts = [p.read_text("utf-8") for folder in ("whitehouse", "wikinews-dev") for p in sorted((gold / folder / "texts").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "data" / "inputs" / "whitehouse-bench").glob("*.txt"))]
    return texts + PATTERN_CASES


@pytest.fixture(scope="module")
def stock():
    from toolkit.nlp.model import load_model

    return load_model(speed=False)


def _attributes(doc):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

    return doc.to_array([ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]), \
        [(t.lemma_, str(t.morph), t.pos_, t.tag_, t.dep_) for t in doc]


class TestSameAttributes:
    def test_the_pipeline_uses_the_table_driven_components(self, nlp):
        from toolkit.nlp.rule_components import LEMMATIZER_NAME, RULER_NAME

        assert RULER_NAME in nlp.pipe_names and LEMMATIZER_NAME in nlp.pipe_names
        assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
        # the stock lemmatizer stays in the pipeline, disabled: its tables still answer
        assert "verb" in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")

    def test_every_token_as_spacy_gives_it(self, nlp, stock):
        texts = _texts()
        assert len(texts) > 15
        for text, fast, plain in zip(texts, nlp.pipe(texts), stock.pipe(texts)):
            (a, words_a), (b, words_b) = _attributes(fast), _attributes(plain)
            assert words_a == words_b, text[:80]
            assert np.array_equal(a, b), text[:80]

    def test_the_stock_components_do_not_run(self, nlp, monkeypatch):
        from spacy.pipeline import AttributeRuler, Lemmatizer

        def refuse(*args, **kwargs):
            raise AssertionError("a stock rule component ran")

        for component in (AttributeRuler, Lemmatizer):  # nlp.pipe calls a component's pipe, nlp() its __call__
            monkeypatch.setattr(component, "__call__", refuse)
            monkeypatch.setattr(component, "pipe", refuse)
        texts = ["Talks in Kyiv went on until Friday.", "“We are close,” he said."]
        assert [t.lemma_ for d in nlp.pipe(texts, batch_size=2) for t in d][:3] == ["talk", "in", "Kyiv"]
        assert nlp(texts[1])[-2].lemma_ == "say"

    def test_the_patterns_forms_get_their_lemmas(self, nlp):
        doc = nlp(PATTERN_CASES[0])
        lemmas = {t.lower_: t.lemma_ for t in doc}
        assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["y'"] == "you"
        there_is = next(t for t in doc if t.lower_ == "is" and t.nbor(-1).lower_ == "there")
        assert there_is.pos_ in {"VERB", "AUX"} and there_is.lemma_ == "be"

    def test_the_same_answer_from_the_memo(self, nlp):
        text = PATTERN_CASES[1]
        first, second = nlp(text), nlp(text)  # the second run reads every token from the memos
        assert np.array_equal(_attributes(first)[0], _attributes(second)[0])


class TestFallback:
    def test_a_pattern_the_table_cannot_read_keeps_the_stock_ruler(self):
        import spacy

        from toolkit.nlp.rule_components import RULER_NAME, speed_up

        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "new"}, {"LOWER": "york", "OP": "?"}]], {"TAG": "NNP"})
        speed_up(nlp)
        assert RULER_NAME not in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names
        assert nlp("New York")[0].tag_ == "NNP"

    def test_a_readable_ruler_on_a_blank_pipeline_sets_the_same(self):
        import spacy

        from toolkit.nlp.rule_components import RULER_NAME, speed_up

        def build(fast: bool):
            nlp = spacy.blank("en")
            ruler = nlp.add_pipe("attribute_ruler")
            ruler.add([[{"LOWER": {"IN": ["kyiv", "kiev"]}}]], {"TAG": "NNP", "POS": "PROPN"})
            ruler.add([[{"LOWER": "kyiv"}]], {"POS": "NOUN"})  # later: overrides the one before
            ruler.add([[{"LOWER": "in"}, {"LOWER": {"REGEX": "^k"}}]], {"LEMMA": "inside"}, index=0)
            return speed_up(nlp) if fast else nlp

        fast, plain = build(True), build(False)
        assert RULER_NAME in fast.pipe_names
        text = "Talks in Kyiv, then in Kiev and in Moscow."
        assert [(t.tag_, t.pos_, t.lemma_) for t in fast(text)] == [(t.tag_, t.pos_, t.lemma_) for t in plain(text)]
        assert fast(text)[2].pos_ == "NOUN" and fast(text)[1].lemma_ == "inside"
