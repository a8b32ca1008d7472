"""The lemma tables of a pipeline's lemmatizer: its verbs, its irregular verb forms and every lemma it knows.

Several rules ask whether a word is an English verb or an English word at all ("hoped" of "hope", "Protesters"
a common noun, "Slovak" a word); the answer is in the model's own tables, not in a word list of ours. Read once per
pipeline. This module imports nothing of the pipeline's, so that the pipeline's own components
(:mod:`toolkit.nlp.model`) and the rules (:mod:`toolkit.nlp.mistags`) can both ask it.

Example:
    >>> "hope" in lemma_tables(load_model()).verbs  # doctest: +SKIP
    True
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class LemmaTables(NamedTuple):
    """The lemma tables of a pipeline's lemmatizer."""

    verbs: frozenset[str]  # the verb lemmas
    irregular: dict[str, str]  # irregular verb form → lemma ("went" → "go")
    words: frozenset[str]  # every lemma: nouns, verbs, adjectives, adverbs
    nouns: frozenset[str] = frozenset()  # the noun lemmas ("allege" is none: a verb only)


@lru_cache(maxsize=4)
def lemma_tables(nlp) -> LemmaTables:
    """The lemma tables of one pipeline's lemmatizer (its verbs, irregular verb forms and every lemma), read once
    per pipeline; empty for a model without rule tables.

    Args:
        nlp: a loaded spaCy pipeline.
    """
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
        verbs = frozenset(index["verb"])
        irregular = {form: lemmas[0] for form, lemmas in lookups.get_table("lemma_exc")["verb"].items() if lemmas}
        words = frozenset().union(*(frozenset(index[pos]) for pos in ("noun", "verb", "adj", "adv")))
        nouns = frozenset(index["noun"])
    except (KeyError, ValueError):  # a model without rule tables: no repair, no word known
        return LemmaTables(frozenset(), {}, frozenset())
    _READ.append(words)
    return LemmaTables(verbs, irregular, words, nouns)


# The words of the tables read so far, the last read last (the pipeline reads its own as it is built).
_READ: list[frozenset[str]] = []


def loaded_words() -> frozenset[str]:
    """Every lemma of the pipeline whose tables were read last (empty before any pipeline is built): for a rule
    that reads a text alone, inside the pipeline's own components (:mod:`toolkit.nlp.run_in_heads`, which the
    sentence starts ask), where no Doc's vocab is at hand."""
    return _READ[-1] if _READ else frozenset()
