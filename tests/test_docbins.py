"""A parsed text written as DocBin bytes (toolkit.extraction.docbins) reads back as spaCy's own
DocBin gives it, by the fast writer also when a step of the extraction left a memo in the Doc's
``user_data`` (which a DocBin does not keep)."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from toolkit.extraction.docbins import doc_from_docbin, docbin_bytes

# A sentence of the White House corpus (public domain; bench/README.md), article of 2025-04-11.
TEXT = ("Deficits are certainly dangerous; former Federal Reserve Chairman Paul Volcker said trade deficits "
        "were to blame for the Great Recession (Volcker, 1987).")


@pytest.fixture
def doc(nlp):
    return nlp(TEXT)


def spacys_own(doc, vocab):
    return next(DocBin().from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(vocab))


class TestUserDataMemo:
    def test_read_back_as_spacy_reads_it(self, doc, nlp):
        doc.user_data["cited_authors"] = frozenset({(12, 13)})
        back = doc_from_docbin(docbin_bytes(doc), nlp.vocab)
        assert back.to_json() == spacys_own(doc, nlp.vocab).to_json()
        assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
        assert not back.user_data  # (not kept, as by spaCy's DocBin())

    def test_the_memo_takes_the_fast_writer(self, doc, nlp, monkeypatch):
        doc.user_data["cited_authors"] = frozenset()

        def refuse(self, doc):
            raise AssertionError("spaCy's DocBin.add collects the strings token by token")

        monkeypatch.setattr(DocBin, "add", refuse)
        assert doc_from_docbin(docbin_bytes(doc), nlp.vocab).to_json()["text"] == TEXT
