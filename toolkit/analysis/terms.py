"""Distinctive terms: the words and names that set each outlet (or kind) apart, by weighted log-odds.

Word counts per group (:func:`term_counts`) are compared with an informative Dirichlet prior
(:func:`log_odds`, Monroe, Colaresi and Quinn 2008); :func:`distinctive_terms` keeps those
significant at the 5% level.

Example (a notebook cell)::

    distinctive_terms(ex, texts, group, top=10)
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from toolkit.analysis.quotations import _WORD
from toolkit.core.frames import rows_of

TERM_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")


PRIOR_SIZE = 500.0  # α_0 of the log-odds prior, in words


def _stop_words() -> frozenset:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a dependency; this only keeps the module importable without it
        STOP_WORDS = set()
    return frozenset(STOP_WORDS) | {"said", "says", "s", "t", "mr", "ms", "mrs", "also", "would", "could"}


def term_counts(texts: dict[str, str], mentions: pd.DataFrame | None = None, *,
                labels=TERM_LABELS) -> pd.DataFrame:
    """Counts of terms per document: lower-cased words outside names, plus canonical names.

    Args:
        texts: ``{doc id: Document.text}`` (the offsets of ``mentions`` index into it).
        mentions: the extraction's mentions; their spans are counted as their canonical
            name ("Vladimir Putin" for "Putin") rather than as words.

    Returns:
        ``doc``, ``term``, ``entity`` (bool), ``count``.
    """
    stop = _stop_words()
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    names: dict[str, Counter] = defaultdict(Counter)
    if mentions is not None and len(mentions):
        for doc, name, label, start, end in rows_of(mentions, ["doc", "name", "label", "start", "end"]):
            spans[doc].append((int(start), int(end)))
            if label in labels:
                names[doc][name] += 1
    docs, terms, entity, count = [], [], [], []  # the table's columns (a dict per row cost a tenth of a second per 100,000)
    for doc in sorted(texts):
        text = texts[doc]
        if spans.get(doc):  # the text between the names (offsets stay as they were)
            pieces, at = [], 0
            for start, end in sorted(spans[doc]):
                if end > at:
                    pieces += [text[at:max(start, at)], " " * (end - max(start, at))]
                    at = end
            text = "".join(pieces) + text[at:]
        every = Counter(_WORD.findall(text.casefold().replace("’", "'")))
        words = {w: c for w, c in every.items()
                 if len(w) > 2 and "'" not in w and w not in stop}  # contractions are style, not topic
        for found, is_name in ((words, False), (names[doc], True)):
            docs += [doc] * len(found)
            terms += found.keys()
            entity += [is_name] * len(found)
            count += found.values()
    if not docs:
        return pd.DataFrame(columns=["doc", "term", "entity", "count"])
    return pd.DataFrame({"doc": docs, "term": terms, "entity": entity, "count": count})


def log_odds(counts: pd.DataFrame, *, min_count: int = 3, prior: float = PRIOR_SIZE) -> pd.DataFrame:
    """Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For each group ``i`` against all other groups ``j`` and each term ``w``::

        δ = log((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α_0 − y_jw − α_w))
        z = δ / sqrt(1 / (y_iw + α_w) + 1 / (y_jw + α_w))

    with the informative prior ``α_w = α_0 · (the term's share of the whole set)``: a
    term seen a few times is pulled towards "no difference", a frequent one is judged
    on its evidence. ``α_0`` (:data:`PRIOR_SIZE`, 500 words) is small next to a set of a
    few thousand words; a prior as large as the set itself (``α_w`` = the raw counts)
    shrinks so hard that one article against seven finds nothing.

    Args:
        counts: ``group``, ``term``, ``count`` (several rows per pair are summed).
        min_count: leave out terms counted fewer times than this over the set.
        prior: ``α_0``, the weight of the prior in words.

    Returns:
        ``group``, ``term``, ``count`` (in the group), ``elsewhere``, ``z``; sorted by
        group, then ``z`` descending, then term.
    """
    columns = ["group", "term", "count", "elsewhere", "z"]
    if counts is None or counts.empty or counts["group"].nunique() < 2:
        return pd.DataFrame(columns=columns)
    table = counts.pivot_table(index="term", columns="group", values="count", aggfunc="sum", fill_value=0)
    total = table.sum(axis=1)
    table = table[total >= min_count]
    if table.empty:
        return pd.DataFrame(columns=columns)
    y = table.to_numpy(dtype=float)
    total = y.sum(axis=1, keepdims=True)
    alpha = prior * total / total.sum()
    alpha0 = alpha.sum()
    n = y.sum(axis=0, keepdims=True)
    rest = total - y
    n_rest = n.sum() - n
    delta = (np.log((y + alpha) / (n + alpha0 - y - alpha))
             - np.log((rest + alpha) / (n_rest + alpha0 - rest - alpha)))
    z = delta / np.sqrt(1.0 / (y + alpha) + 1.0 / (rest + alpha))
    frame = pd.DataFrame({
        "group": np.repeat(np.array(table.columns, dtype=object)[None, :], len(table), axis=0).ravel(),
        "term": np.repeat(table.index.to_numpy(dtype=object), len(table.columns)),
        "count": y.ravel().astype(int), "elsewhere": rest.ravel().astype(int), "z": np.round(z.ravel(), 3),
    })
    frame = frame.sort_values(["group", "z", "term"], ascending=[True, False, True], kind="mergesort")
    return frame[columns].reset_index(drop=True)


def distinctive_terms(ex, texts: dict[str, str], group: dict[str, str], *, top: int = 10,
                      min_z: float = 1.96) -> pd.DataFrame:
    """The terms and names that most distinguish each group (outlet or kind) from the rest.

    Returns the ``top`` terms of each group with ``z`` ≥ ``min_z`` (over-represented at
    the 5% level); ``entity`` says whether the term is a canonical name.
    """
    columns = ["group", "term", "entity", "count", "elsewhere", "z"]
    counts = term_counts(texts, ex.mentions)
    if counts.empty:
        return pd.DataFrame(columns=columns)
    counts = counts.assign(group=counts["doc"].map(group))
    entity = dict(zip(counts["term"].tolist(), counts["entity"].tolist()))
    scores = log_odds(counts[["group", "term", "count"]])
    if scores.empty:
        return pd.DataFrame(columns=columns)
    scores = scores[scores["z"] >= min_z].groupby("group", sort=True).head(top)
    scores = scores.assign(entity=scores["term"].map(entity).astype(bool))
    return scores[columns].reset_index(drop=True)
