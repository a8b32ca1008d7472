"""Tokens found in a Doc's arrays (toolkit.nlp.lookups) give what a loop over the tokens gives,
and the extraction's garbage-collector settings (toolkit.extraction.pool) are put back after it."""

from __future__ import annotations

import gc
import re

import pytest
from spacy.attrs import DEP, LEMMA, LOWER, ORTH

from toolkit.extraction import pool
from toolkit.nlp.lookups import (among, among_ids, doc_text, forget, indices_matching, indices_of, indices_where,
                                 sentence_starts, token_column)

# Two sentences of the White House corpus (public domain; bench/README.md): from its articles of
# 2025-03-05 ("what they are saying …") and 2025-04-11 ("the state of play …").
TEXT = ("He wanted to be a police officer and during the speech, the president said the Secret Service has "
        "made him an agent. Deficits are certainly dangerous; former Federal Reserve Chairman Paul Volcker "
        "said trade deficits were to blame for the Great Recession.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


class TestWordSearch:
    def test_the_same_tokens_as_a_loop(self, doc):
        words = frozenset({"the", "him", "recession", "for", "agent"})
        assert indices_of(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words]

    def test_a_lemma_search(self, doc):
        assert indices_of(doc, LEMMA, {"say", "tell"}) == [t.i for t in doc if t.lemma_ in ("say", "tell")]

    def test_no_word_or_no_token(self, doc, nlp):
        assert indices_of(doc, LOWER, set()) == []
        assert indices_of(nlp(""), LOWER, {"the"}) == []

    def test_words_that_pass_a_test(self, doc):
        capitals = indices_matching(doc, ORTH, str.istitle)  # each distinct word tested once
        assert capitals == [t.i for t in doc if t.text.istitle()]
        assert indices_matching(doc, LOWER, re.compile(r"^def").match) == [t.i for t in doc if t.lower_.startswith("def")]
        assert indices_matching(doc, ORTH, lambda word: False) == []
        assert indices_matching(doc[:0].as_doc(), ORTH, str.istitle) == []

    def test_a_mask_of_a_column(self, doc):
        mask = among(doc.to_array(LOWER), frozenset({"the", "he"}))
        assert mask.tolist() == [t.lower_ in ("the", "he") for t in doc]

    def test_a_mask_for_ids_made_per_text(self, doc):
        surnames = ["Volcker", "Powell", "Volcker"]  # (repeated, and one the text does not hold)
        mask = among_ids(doc.to_array(ORTH), (doc.vocab.strings[s] for s in surnames))
        assert mask.tolist() == [t.text in surnames for t in doc]
        assert not among_ids(doc.to_array(ORTH), []).any()


class TestParseSearch:
    def test_several_attributes_at_once(self, doc):
        found = indices_where(doc, pos=("VERB",), tag=("VBD", "VBZ"))
        assert found == [t.i for t in doc if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ")]

    def test_a_mended_label_is_read_as_it_is_now(self, nlp):
        doc = nlp(TEXT)
        said = next(t for t in doc if t.text == "said")
        assert said.i not in indices_where(doc, dep=("advcl",))
        said.dep_ = "advcl"
        assert said.i in indices_where(doc, dep=("advcl",))

    def test_a_retagged_word_is_read_anew_once_forgotten(self, nlp):
        doc = nlp(TEXT)  # (a fresh Doc: the module's shared one keeps its tags)
        agent = next(t for t in doc if t.text == "agent")
        assert agent.i in indices_where(doc, tag=("NN",))
        agent.tag_ = "VBP"
        forget(doc)  # (as report_tails does after making a noun a verb of saying)
        assert agent.i not in indices_where(doc, tag=("NN",))
        assert agent.i in indices_where(doc, tag=("VBP",))

    def test_only_attributes_fixed_at_the_parse_are_kept(self, doc):
        with pytest.raises(ValueError):
            token_column(doc, DEP)


class TestDocText:
    def test_the_text_of_each_doc_asked_about(self, doc, nlp):
        other = nlp("Deficits are certainly dangerous.")
        assert doc_text(doc) == doc.text == TEXT
        assert doc_text(other) == other.text  # (another Doc: never the last one's text)
        assert doc_text(doc) == TEXT
        assert doc_text(nlp("")) == ""


class TestSentenceStarts:
    def test_the_starts_span_sent_finds(self, doc):
        assert sentence_starts(doc) == sorted({t.sent.start for t in doc})


class TestCollectorSettings:
    def test_restored_after_the_extraction(self):
        before = gc.get_threshold()
        with pool.collector_eased():
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold()[0] >= pool.YOUNG_THRESHOLD
        assert gc.get_threshold() == before and gc.get_freeze_count() == 0

    def test_restored_after_an_error(self):
        before = gc.get_threshold()
        with pytest.raises(RuntimeError):
            with pool.collector_eased():
                raise RuntimeError("stop")
        assert gc.get_threshold() == before and gc.get_freeze_count() == 0

    def test_collection_left_off_when_the_caller_turned_it_off(self):
        before = gc.get_threshold()
        gc.set_threshold(0)
        try:
            with pool.collector_eased():
                assert gc.get_threshold()[0] == 0
        finally:
            gc.set_threshold(*before)
