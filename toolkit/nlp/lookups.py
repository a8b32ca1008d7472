"""Tokens found by their word in a Doc's arrays (numpy), not by making every token a Python object.

The repairs of the entities look for a few listed words in each document again and again
("the", ":", the kinds of body, the titles, the heads of bodies' names, the speech verbs). Each
look-up used to hash its word list anew, read the Doc's column anew and test membership with
``numpy.isin`` (which sorts the column together with the list). Here the hashes of a list are
computed once per list, a column of a Doc once per Doc (see :func:`token_column`), and a sorted
list is searched with ``numpy.searchsorted``: the same tokens, about a third of the time.

Example:
    >>> indices_of(nlp("The court and the council met."), LOWER, frozenset({"the"}))  # doctest: +SKIP
    [0, 3]
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Callable, Iterable

import numpy as np
from spacy.attrs import IDS, IS_UPPER, LEMMA, LOWER, ORTH, POS, SENT_START, SUFFIX, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

# The columns kept per Doc: a token's word and what the tagger and lemmatizer said of it, which
# the repairs and mends leave alone (they change entities, heads and dependency labels), so a column
# read once stays true for the Doc's life. The one step that retags a word after the parse
# (report_tails.mend_reports_read_as_nouns: "…, Sky Sports News understands.") calls :func:`forget`.
_FIXED_ATTRS = frozenset({ORTH, LOWER, LEMMA, SUFFIX, POS, TAG, IS_UPPER})

_LAST = threading.local()


@lru_cache(maxsize=128)
def _sorted_hashes(words: frozenset[str]) -> np.ndarray:
    """The string ids of ``words``, sorted (spaCy's id of a string does not depend on the vocab:
    ``doc.vocab.strings[word]`` gives the same number)."""
    return np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)


def _positions(mask: np.ndarray) -> list[int]:
    """The indices of the true values of a one-dimensional mask: ``numpy.flatnonzero``'s answer, without its two
    Python wrappers (a third of the time of the look-ups below, called some 20,000 times for 150 documents)."""
    return mask.nonzero()[0].tolist()


def token_column(doc: Doc, attr: int) -> np.ndarray:
    """``doc.to_array(attr)`` for an attribute fixed at the parse (ORTH, LOWER, LEMMA, SUFFIX, POS,
    TAG, IS_UPPER), read once per Doc.

    The columns of the last Doc asked about are kept, per thread, with the Doc itself: holding it
    keeps its ``id`` from being given to another Doc, so ``is`` tells the same Doc exactly.
    """
    if attr not in _FIXED_ATTRS:
        raise ValueError("only the attributes fixed at the parse are kept: the others may change")
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.columns = doc, {}
    column = _LAST.columns.get(attr)
    if column is None:
        column = _LAST.columns[attr] = doc.to_array(attr)
    return column


def forget(doc: Doc) -> None:
    """Drop the columns kept for ``doc``: a step changed a word's tag, part of speech or lemma after the parse (its
    text, which no step changes, is kept)."""
    if getattr(_LAST, "doc", None) is doc:
        text = _LAST.columns.get("text")
        _LAST.columns = {} if text is None else {"text": text}


def upper_case_indices(doc: Doc) -> list[int]:
    """Indices, in order, of the Doc's tokens written all in capitals ("NATO", "CPA", "U.S."), from its IS_UPPER
    column read once per Doc: the acronym and capitals rules each start from these few words."""
    if not len(doc):
        return []
    return _positions(token_column(doc, IS_UPPER) == 1)

def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins it anew from every token on each read (a Token
    made per word), and a Doc's text never changes (a retokenizer keeps it). Kept with the columns of
    the last Doc asked about (see :func:`token_column`), so never another Doc's text."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.columns = doc, {}
    text = _LAST.columns.get("text")
    if text is None:
        text = _LAST.columns["text"] = doc.text
    return text


def kept(doc: Doc, key: str, compute: Callable[[Doc], object]):
    """``compute(doc)``, computed once per Doc and kept with its columns under ``key``: for a rule's per-document
    finding (the ranges of a work's story, the spans of citations) read again for each word it tests. Like the
    columns, dropped by :func:`forget` (a finding may rest on a word's tag)."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.columns = doc, {}
    found = _LAST.columns.get(key, _MISSING)
    if found is _MISSING:
        found = _LAST.columns[key] = compute(doc)
    return found


_MISSING = object()


def span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text joined once (:func:`doc_text`): spaCy joins a span's text anew from
    its tokens on each read (a Token made per word, about three times the slice's cost)."""
    doc = span.doc
    # (the kept text read here, not through doc_text: some 2,000 calls a document, a rule's every name)
    text = _LAST.columns.get("text") if getattr(_LAST, "doc", None) is doc else None
    return (doc_text(doc) if text is None else text)[span.start_char : span.end_char]


def known_text(doc: Doc, text: str) -> None:
    """Keep ``text`` as the text :func:`doc_text` gives for ``doc``, for a caller that has the text the Doc was parsed
    from (the tokenizer keeps it exactly: ``doc.text == text``), which spares spaCy's join; ``doc`` becomes the last
    Doc asked about."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.columns = doc, {}
    _LAST.columns["text"] = text


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, or the same spans a caller kept for the Doc (:func:`keep_entities`): spaCy makes every span anew
    on each read (0.1 ms a news article), and a dozen rules read them."""
    if getattr(_LAST, "doc", None) is doc:
        kept = _LAST.columns.get("ents")
        if kept is not None:
            return kept
    return doc.ents


def keep_entities(doc: Doc, ents: tuple[Span, ...] | None) -> None:
    """Keep ``ents``, the Doc's entities as they are (``doc.ents``), for :func:`entities`, or drop them (None): for a
    caller that knows no step sets ``doc.ents`` meanwhile (the repairs, which set them once at their end and drop
    them then; the facts of a parsed text, which set none). ``doc`` becomes the last Doc asked about."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.columns = doc, {}
    if ents is None:
        _LAST.columns.pop("ents", None)
    else:
        _LAST.columns["ents"] = ents


def indices_of(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (LOWER, LEMMA, ORTH) is one of ``words``."""
    if not len(doc):
        return []
    wanted = _sorted_hashes(words if isinstance(words, frozenset) else frozenset(words))
    if not len(wanted):
        return []
    return _positions(_fixed_among(doc, attr, wanted))


def distinct_words(doc: Doc, attr: int) -> tuple[list[int], list[str]]:
    """The distinct values of a column fixed at the parse (see :func:`token_column`), as string ids
    and as strings, in the order of the ids; found once per Doc, kept with its columns."""
    column = token_column(doc, attr)  # (makes the Doc the last one asked about)
    found = _LAST.columns.get(("distinct", attr))
    if found is None:
        ordered = np.sort(column)  # (numpy.unique, in a third of its time)
        ids = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))].tolist() if len(ordered) else []
        strings = doc.vocab.strings
        found = _LAST.columns[("distinct", attr)] = (ids, [strings[value] for value in ids])
    return found


def indices_matching(doc: Doc, attr: int, test: Callable[[str], object]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (ORTH, LOWER …) passes ``test`` (a regular
    expression's ``match``, a string method): each distinct word of the Doc is tested once, not each token."""
    if not len(doc):
        return []
    ids = [value for value, word in zip(*distinct_words(doc, attr)) if test(word)]
    return _positions(among_ids(token_column(doc, attr), ids)) if ids else []


def among(column: np.ndarray, words: frozenset[str]) -> np.ndarray:
    """Which values of a column of string ids (a Doc's LOWER, TAG, DEP …) are ids of ``words``."""
    wanted = _sorted_hashes(words)
    return _among(column, wanted) if len(wanted) else np.zeros(len(column), dtype=bool)


def among_ids(column: np.ndarray, ids: Iterable[int]) -> np.ndarray:
    """Which values of a column are among some string ids: for a list made anew for each text
    (a text's own surnames), which :func:`among` would hash and keep among its fixed lists."""
    wanted = np.unique(np.fromiter(ids, dtype=np.uint64))
    return _among(column, wanted) if len(wanted) else np.zeros(len(column), dtype=bool)


def _among(column: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Which values of ``column`` are in ``wanted`` (sorted, not empty): ``numpy.isin``, faster."""
    if len(wanted) <= 3:  # (a comparison per value is quicker than a search for so few)
        found = column == wanted[0]
        for value in wanted[1:]:
            found |= column == value
        return found
    # (a value past the last one wanted is compared with the last, clipped: no match, as it is greater)
    return wanted.take(np.searchsorted(wanted, column), mode="clip") == column


def _fixed_among(doc: Doc, attr: int, wanted: np.ndarray) -> np.ndarray:
    """Which tokens' ``attr``, a column fixed at the parse (:func:`token_column`), is in ``wanted`` (sorted, not
    empty): for more than three words, :func:`_among` over the column's distinct values (about half as many as its
    tokens), spread back to the tokens through the column's inverse index, both found once per Doc and kept with its
    columns (a third of the search's time on a news article); for fewer, the comparisons on the column itself."""
    column = token_column(doc, attr)  # (makes the Doc the last one asked about)
    if len(wanted) <= 3:  # (the spreading back would cost more than the comparisons it spares)
        return _among(column, wanted)
    coded = _LAST.columns.get(("coded", attr))
    if coded is None:
        coded = _LAST.columns[("coded", attr)] = np.unique(column, return_inverse=True)
    values, inverse = coded
    return _among(values, wanted)[inverse]


def indices_where(doc: Doc, **wanted: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose attributes named in lower case (``dep``, ``tag``,
    ``pos``) each have one of the values given: ``indices_where(doc, dep=["conj"], tag=["VBD"])``.

    The columns fixed at the parse are read once per Doc (:func:`token_column`), the others (a
    mend may change a head or a dependency label) from the Doc as it is now.
    """
    if not len(doc) or not wanted:
        return []
    keep = None
    for name, values in wanted.items():
        attr = IDS[name.upper()]
        values = _sorted_hashes(values if isinstance(values, frozenset) else frozenset(values))
        if not len(values):
            return []
        found = _fixed_among(doc, attr, values) if attr in _FIXED_ATTRS else _among(doc.to_array(attr), values)
        keep = found if keep is None else keep & found
    return _positions(keep)


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, from one array of the parse as it is now (a
    mend that moves a head may move a boundary): the starts ``Span.sent`` finds, which walks
    the tokens back to one and first asks the Doc whether it has sentence starts at all, on
    every call (2 µs an entity)."""
    if not len(doc):
        return [0]
    if not doc.has_annotation("SENT_START"):
        return [s.start for s in doc.sents]  # a sentencizer's or a parser's, as spaCy finds them
    starts = _positions(doc.to_array(SENT_START) == 1)
    return starts if starts and starts[0] == 0 else [0, *starts]


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range ``(start, end)`` of the entity token ``i`` belongs to, read from the tokens' IOB tags as the
    entities stand now (a token outside every entity is its own range): the walk several rules make from one word of
    a name to the whole name, without searching ``doc.ents``."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end
