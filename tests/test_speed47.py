"""Round speed47: the cheaper look-ups give what a loop over the tokens gives (toolkit.nlp.lookups: a fixed column's
distinct values and their inverse index, the searchsorted index clipped, a span's text sliced from the kept text;
toolkit.nlp.missed.token_indices built name by name).

Two sentences of the White House corpus (public domain; bench/README.md), as in tests/test_lookups.py.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import pytest
from spacy.attrs import LEMMA, LOWER, ORTH

from toolkit.nlp.lookups import _among, _sorted_hashes, forget, indices_of, indices_where, known_text, span_text
from toolkit.nlp.missed import token_indices

TEXT = ("He wanted to be a police officer and during the speech, the president said the Secret Service has "
        "made him an agent. Deficits are certainly dangerous; former Federal Reserve Chairman Paul Volcker "
        "said trade deficits were to blame for the Great Recession.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


class TestDistinctValues:
    """More than three words are searched among the column's distinct values and spread back to the tokens."""

    @pytest.mark.parametrize("words", [{"the"}, {"the", "said", "him"}, {"the", "said", "him", "agent"},
                                       {"the", "him", "recession", "for", "agent", "zzz-not-a-word"}])
    def test_the_same_tokens_as_a_loop(self, doc, words):
        assert indices_of(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words]
        assert indices_of(doc, ORTH, words) == [t.i for t in doc if t.text in words]

    def test_no_word_of_the_text(self, doc):
        # (control: words none of which the text has, more than three of them)
        assert indices_of(doc, LOWER, {"zebra", "quokka", "narwhal", "okapi"}) == []

    def test_with_a_column_that_changes(self, doc):
        wanted = {"nsubj", "dobj", "pobj", "amod"}
        assert indices_where(doc, dep=wanted, lower={"he", "speech", "agent", "deficits", "secret"}) == [
            t.i for t in doc if t.dep_ in wanted and t.lower_ in {"he", "speech", "agent", "deficits", "secret"}]

    def test_forget_drops_them(self, nlp):
        doc = nlp("The president said the court and the council met the press.")
        words = {"say", "meet", "court", "council"}
        assert indices_of(doc, LEMMA, words) == [t.i for t in doc if t.lemma_ in words]
        doc[2].lemma_ = "tell"  # (as report_tails retags a word, then calls forget)
        forget(doc)
        assert indices_of(doc, LEMMA, words) == [t.i for t in doc if t.lemma_ in words]


class TestClippedSearch:
    def test_a_value_past_the_last_one_wanted(self):
        wanted = _sorted_hashes(frozenset({"a", "b", "c", "d"}))
        column = np.array([0, int(wanted[-1]), int(wanted[-1]) + 1, 2**64 - 1, int(wanted[0])], dtype=np.uint64)
        assert _among(column, wanted).tolist() == np.isin(column, wanted).tolist()


class TestSpanText:
    def test_a_name_as_spacy_joins_it(self, doc):
        known_text(doc, TEXT)
        assert [span_text(e) for e in doc.ents] == [e.text for e in doc.ents]
        assert span_text(doc[3:8]) == doc[3:8].text

    def test_another_doc_than_the_last(self, nlp, doc):
        other = nlp("Paul Volcker said so.")
        known_text(doc, TEXT)
        assert span_text(other[0:2]) == "Paul Volcker"  # (the other Doc's own text, not the kept one's)


class TestTokenIndices:
    def test_the_chained_ranges(self, doc):
        spans = [*doc.ents, doc[0:1], doc[5:9]]
        assert token_indices(spans) == set(chain.from_iterable(range(s.start, s.end) for s in spans))
        assert token_indices([]) == set()
