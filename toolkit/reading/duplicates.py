"""Documents that are the same text twice: exact copies and near-identical copies.

The same article often reaches a source set twice (from two feeds, or re-published with
a changed headline or a corrected line). A briefing counts such a text once.

Method: each document body becomes the set of its word 5-grams ("shingles": lower-cased
words, punctuation and layout ignored); two documents are copies when the Jaccard
similarity of their shingle sets is at least 0.9 (:data:`THRESHOLD`). 5-grams are long
enough that two different articles on the same story rarely share many (they share
names and phrases, not runs of five words), and short enough that one changed word
breaks only five shingles. The threshold comes from the 2,236 White House documents of
2025–26: the true copies there (one text under two addresses, a re-post with a
corrected headline) score 0.98–1.0, while distinct documents cut from one template
(pipeline permits differing in the company, successive TikTok enforcement delays,
steel and aluminium tariff orders) score 0.77–0.95; 0.8 would fold dozens of such
distinct orders into each other, 0.9 keeps most of them apart and still lets a copy
carry a feed's own header line or one rewritten sentence (a run of n changed words
breaks about n + 4 shingles: a 10-word header on a 500-word article scores 0.94, a
rewritten 20-word sentence 0.91).

Candidate pairs come from *prefix filtering* (Chaudhuri et al. 2006; Bayardo et al.
2007): with every set sorted rarest shingle first, two sets with Jaccard ≥ t must share
one of the first ``|A| − ⌈t·|A|⌉ + 1`` shingles of each, so only documents sharing a
rare shingle are compared, and every candidate's similarity is then counted in full (no
MinHash estimate). Shingles are handled as 64-bit hashes in numpy arrays; the 2,236 White
House documents (1.9 million words) take about two seconds on one core. MinHash with LSH
(``datasketch``) would only pay off for far larger sets.

Example:
    >>> unique, copies = drop_duplicates(read_source_set("whitehouse-ukraine"))  # doctest: +SKIP
    >>> copies[["doc", "copy_of", "similarity"]]
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace
from typing import Iterable

import numpy as np
import pandas as pd

from toolkit.core.groups import connected_groups
from toolkit.reading.sources import Document, SourceSet

SHINGLE = 5  # words per shingle
THRESHOLD = 0.9  # Jaccard similarity at or above which two documents are one text
DUPLICATE_COLUMNS = ["doc", "copy_of", "similarity", "outlet", "copy_of_outlet", "published", "title"]
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> frozenset:
    """The set of word ``size``-grams of ``text`` (lower-cased words; a short text is one shingle)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i:i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    """``|a ∩ b| / |a ∪ b|`` (0 for two empty sets)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd, 64 bits: a polynomial hash over word numbers


def _hashed_shingles(texts: list[str], size: int) -> list[np.ndarray]:
    """Each text's shingles as a sorted array of distinct 64-bit hashes.

    Words are numbered (the same word, the same number, across the texts) and each run of
    ``size`` numbers hashed with a polynomial in 64-bit arithmetic: numpy does the 1.9
    million shingles of 2,000 articles in a fraction of a second, where building them as
    strings takes seconds. Two different shingles share a hash with odds of about one in
    ten million over such a set, which may shift one similarity by a hair.
    """
    numbers: defaultdict[str, int] = defaultdict()
    numbers.default_factory = numbers.__len__  # a new word gets the next number
    hashed = []
    for text in texts:
        words = np.array(list(map(numbers.__getitem__, _WORD.findall(text.casefold()))), dtype=np.uint64)
        words += np.uint64(1)
        runs = max(len(words) - size + 1, 1) if len(words) else 0
        width = min(size, len(words))  # a short text is one shingle of all its words
        value = np.zeros(runs, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(width):
                value = value * _MULTIPLIER + words[k:k + runs]
        hashed.append(np.unique(value))
    return hashed


def similar_pairs(texts: dict[str, str], *, threshold: float = THRESHOLD,
                  size: int = SHINGLE) -> pd.DataFrame:
    """Every pair of texts whose shingle sets have Jaccard similarity ≥ ``threshold``.

    Args:
        texts: ``{id: text}``.
        threshold: the Jaccard similarity, in (0, 1].
        size: words per shingle.

    Returns:
        A frame ``a``, ``b``, ``similarity`` (``a`` < ``b``), sorted by ``a`` then ``b``.
    """
    ids = sorted(texts)
    sets = dict(zip(ids, _hashed_shingles([texts[i] for i in ids], size)))
    every = np.concatenate(list(sets.values())) if ids else np.zeros(0, dtype=np.uint64)
    values, where, counts = np.unique(every, return_inverse=True, return_counts=True)
    # One global order, rarest shingle first (ties by hash), as a rank per shingle; any fixed
    # order gives the same pairs, rarest first only makes the candidates few.
    rank = np.empty(len(values), dtype=np.int64)
    rank[np.lexsort((values, counts))] = np.arange(len(values))
    # Each text's shingles as ranks, cut from one array (a search per text took a second on 2,000 texts).
    ranks = dict(zip(ids, np.split(rank[where], np.cumsum([len(sets[i]) for i in ids])[:-1]))) if ids else {}
    index: dict[int, list[str]] = defaultdict(list)
    candidates: set[tuple[str, str]] = set()
    # Shortest first: a set is only compared with earlier (no longer) sets, whose length
    # filter |B| ≥ t·|A| is then checked once per pair.
    for doc in sorted(ids, key=lambda i: (len(sets[i]), i)):
        items = sets[doc]
        if not len(items):
            continue
        prefix = len(items) - math.ceil(threshold * len(items)) + 1
        for shingle in np.sort(ranks[doc])[:prefix].tolist():
            for other in index[shingle]:
                if len(sets[other]) >= threshold * len(items):
                    candidates.add((min(doc, other), max(doc, other)))
            index[shingle].append(doc)
    rows = []
    for a, b in sorted(candidates):
        inter = len(np.intersect1d(sets[a], sets[b], assume_unique=True))
        score = inter / (len(sets[a]) + len(sets[b]) - inter)
        if score >= threshold:
            rows.append({"a": a, "b": b, "similarity": round(score, 3)})
    return pd.DataFrame(rows, columns=["a", "b", "similarity"])


def _keep_order(doc: Document):
    # The copy kept: the earliest published, then the first by id.
    return (doc.published is None, doc.published.isoformat() if doc.published else "", doc.id)


def find_duplicates(documents: Iterable[Document], *, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Which documents are copies of another, and of which one (the one that is kept).

    In each group of copies the earliest published document (then the first by id) is
    kept; every other member is listed once.

    Returns:
        A frame with :data:`DUPLICATE_COLUMNS`: ``doc`` (the copy), ``copy_of`` (the kept
        document), ``similarity`` (Jaccard of the two), outlets, ``published`` and
        ``title`` of the copy; sorted by ``copy_of`` then ``doc``.
    """
    docs = {d.id: d for d in documents}
    pairs = similar_pairs({i: d.body for i, d in docs.items()}, threshold=threshold)
    if pairs.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    score = {(a, b): s for a, b, s in zip(pairs["a"], pairs["b"], pairs["similarity"])}
    sets: dict[str, frozenset] = {}
    rows = []
    # A copy of a copy is in the group of the first: copies are found in pairs, counted in groups.
    groups = (sorted(g) for g in connected_groups(docs, zip(pairs["a"], pairs["b"])) if len(g) > 1)
    for group in groups:
        kept = min((docs[i] for i in group), key=_keep_order)
        for i in group:
            if i == kept.id:
                continue
            similarity = score.get((min(i, kept.id), max(i, kept.id)))
            if similarity is None:  # a copy of a copy: measure against the kept one
                for j in (i, kept.id):
                    sets.setdefault(j, shingles(docs[j].body))
                similarity = round(jaccard(sets[i], sets[kept.id]), 3)
            copy = docs[i]
            rows.append({"doc": i, "copy_of": kept.id, "similarity": similarity, "outlet": copy.outlet,
                         "copy_of_outlet": kept.outlet,
                         "published": copy.published.isoformat() if copy.published else None,
                         "title": copy.title})
    frame = pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)
    return frame.sort_values(["copy_of", "doc"], kind="mergesort").reset_index(drop=True)


def drop_duplicates(source: SourceSet, *, threshold: float = THRESHOLD) -> tuple[SourceSet, pd.DataFrame]:
    """The source set with each group of copies reduced to one document, and the copies.

    Returns:
        ``(unique, copies)``: a :class:`SourceSet` without the copies (in the original
        order; skipped files kept) and the :func:`find_duplicates` table.
    """
    copies = find_duplicates(source.documents, threshold=threshold)
    dropped = set(copies["doc"])
    kept = [d for d in source.documents if d.id not in dropped]
    return replace(source, documents=kept), copies
