"""The switch to other ``ner`` weights (``TOOLKIT_NER_WEIGHTS``): loaded in the ``ner`` pipe's place,
and named in ``model_info`` and the parse cache's model identity so parses of other weights never mix."""

from __future__ import annotations

import pytest

from toolkit.core.errors import ModelError
from toolkit.extraction import cache
from toolkit.nlp.model import NER_WEIGHTS_ENV, load_model, model_info, ner_weights

SENTENCE = "Angela Merkel met Emmanuel Macron in Paris on Tuesday, the French government said."


@pytest.fixture(scope="module")
def stock():
    """A fresh stock pipeline (the process's cached one may carry other weights when the variable is set)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(NER_WEIGHTS_ENV, raising=False)
        return load_model.__wrapped__()


@pytest.fixture(scope="module")
def weights_dirs(tmp_path_factory, stock):
    """The stock weights written twice, once with one weight changed."""
    nlp = stock
    same, other = tmp_path_factory.mktemp("same"), tmp_path_factory.mktemp("other")
    ner = nlp.get_pipe("ner")
    ner.to_disk(same)
    ner.to_disk(other)
    model_bytes = bytearray((other / "model").read_bytes())
    model_bytes[-1] ^= 1  # one bit of the last weight: other weights, same architecture
    (other / "model").write_bytes(bytes(model_bytes))
    return same, other


def test_unset_is_the_stock_model(monkeypatch, stock):
    monkeypatch.delenv(NER_WEIGHTS_ENV, raising=False)
    assert ner_weights() is None
    assert "ner_weights" not in model_info(stock)
    assert "ner=" not in cache.model_identity(stock)


def test_weights_are_loaded_and_named(monkeypatch, weights_dirs, stock):
    same, other = weights_dirs
    monkeypatch.setenv(NER_WEIGHTS_ENV, str(same))
    nlp = load_model.__wrapped__()  # a fresh pipeline: the cached one stays the stock model
    identity = model_info(nlp)["ner_weights"]
    assert len(identity) == 12 and identity == ner_weights()[1]
    assert f"ner={identity}" in cache.model_identity(nlp)
    assert f"ner={identity}" in cache._default_identity.__wrapped__()
    # the stock weights written out and read back tag as the stock model does
    assert [(e.text, e.label_) for e in nlp(SENTENCE).ents] == [(e.text, e.label_) for e in stock(SENTENCE).ents]
    assert cache.model_identity(nlp) != cache.model_identity(stock)
    monkeypatch.setenv(NER_WEIGHTS_ENV, str(other))
    assert ner_weights()[1] != identity  # other bytes, another identity: another cache key


def test_a_wrong_directory_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv(NER_WEIGHTS_ENV, str(tmp_path))
    with pytest.raises(ModelError):
        ner_weights()
