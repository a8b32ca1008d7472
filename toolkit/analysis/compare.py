"""Multi-source comparison: what each outlet contributes, where the sources agree and differ.

One :class:`Comparison` is built from a set's :class:`~toolkit.extraction.tables.Extraction`
(and its documents' texts, for the key terms). Every table is a pandas DataFrame with a
fixed row order, so that the CSV files written by :meth:`Comparison.save` are
byte-identical for the same sources:

* ``coverage`` / ``per_day``: documents per outlet (and kind) and per day;
* ``entities``: the canonical people, organisations and places with the outlets naming them;
* ``speakers``: who is quoted by whom (speaker × outlet counts);
* ``quotes`` / ``quote_variants``: each quotation once, with the documents reporting it
  and whether their wording or attribution differs;
* ``timeline``: one timeline over the set, each dated item with its documents;
* ``terms``: key terms and entities that distinguish each outlet (weighted log-odds);
* ``network_nodes`` / ``network_edges``: who appears with whom across the set.

When a set has one outlet but several kinds of document (the White House's remarks,
fact sheets, statements …), the comparisons are made between kinds instead
(:attr:`Comparison.group_by`).

Example (a notebook cell)::

    cmp = compare.compare(ex, sources, copies=copies)
    cmp.quotes.head()
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.core.frames import is_missing, rows_of
from toolkit.core.groups import connected_groups
from toolkit.core.text import WHO_LABELS, strip_quote_marks
from toolkit.reading.duplicates import DUPLICATE_COLUMNS
from toolkit.reading.outlets import with_outlets
from toolkit.reading.sources import COPY

TERM_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")
# "The White House (whitehouse.gov) - remarks": the outlet, an optional site, a section.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
SHINGLE = 3  # words per shingle when matching quotations
QUOTE_MATCH = 0.8  # share of the shorter quotation's shingles found in the longer one
PRIOR_SIZE = 500.0  # α_0 of the log-odds prior, in words
MIN_SHARED_WORDS = 8  # a fragment shorter than this joins another quotation only when identical


# ---------------------------------------------------------------------------- outlets


def exact_copies(skipped: pd.DataFrame | None) -> pd.DataFrame:
    """The files :func:`toolkit.reading.sources.read_paths` read once because another had the same
    bytes, as rows of the :func:`toolkit.reading.duplicates.find_duplicates` table.

    Args:
        skipped: an extraction's ``skipped`` table; its rows of kind
            :data:`~toolkit.reading.sources.COPY` are the copies, ``copy_of`` the kept document.

    Returns:
        ``doc`` (the copy's file name without its suffix), ``copy_of``, ``similarity`` 1.0;
        the other columns empty.
    """
    if skipped is None or skipped.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    copies = skipped[skipped["kind"] == COPY]
    rows = [{"doc": Path(str(path)).stem, "copy_of": kept, "similarity": 1.0}
            for path, kept in zip(copies["path"], copies["copy_of"])]
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def _groups(documents: pd.DataFrame) -> tuple[str, dict[str, str]]:
    """Compare outlets when there are several, else kinds of document when there are several."""
    outlets = documents["outlet"].fillna("unknown outlet")
    kinds = documents["kind"] if "kind" in documents else pd.Series([None] * len(documents), index=documents.index)
    if outlets.nunique() < 2 and kinds.dropna().nunique() >= 2:
        return "kind", dict(zip(documents["id"], kinds.fillna("other")))
    return "outlet", dict(zip(documents["id"], outlets))


def _joined(values) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if v is not None and v == v))


# ---------------------------------------------------------------------------- coverage


def coverage(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per outlet and kind: count, words, first and last published date."""
    columns = ["outlet", "kind", "documents", "words", "first", "last"]
    if documents.empty:
        return pd.DataFrame(columns=columns)
    docs = documents.assign(outlet=documents["outlet"].fillna("unknown outlet"),
                            kind=documents.get("kind", pd.Series(index=documents.index, dtype=object)).fillna(""))
    table = docs.groupby(["outlet", "kind"], sort=True).agg(
        documents=("id", "size"), words=("words", "sum"),
        first=("published", "min"), last=("published", "max")).reset_index()
    table = table.sort_values(["documents", "outlet", "kind"], ascending=[False, True, True], kind="mergesort")
    return table[columns].reset_index(drop=True)


def per_day(documents: pd.DataFrame, group: dict[str, str]) -> pd.DataFrame:
    """Documents per published day and group (outlet or kind): ``date``, ``group``, ``documents``."""
    columns = ["date", "group", "documents"]
    dated = documents[documents["published"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({"date": dated["published"].astype(str), "group": dated["id"].map(group)})
    table = frame.groupby(["date", "group"], sort=True).size().rename("documents").reset_index()
    return table[columns]


# ---------------------------------------------------------------------------- entities


def entity_outlets(ex, documents: pd.DataFrame) -> pd.DataFrame:
    """The people, organisations and places with the number of outlets that name them."""
    who = ex.who()
    outlet_of = dict(zip(documents["id"], documents["outlet"].fillna("unknown outlet")))
    outlets_of: dict[str, set] = defaultdict(set)
    for name, doc in rows_of(ex.mentions, ["name", "doc"]):
        outlets_of[name].add(outlet_of.get(doc))
    outlets = {name: sorted(o for o in found if not is_missing(o)) for name, found in outlets_of.items()}
    return who.assign(outlets=[len(outlets.get(n, ())) for n in who["name"]],
                      outlet_names=["; ".join(outlets.get(n, ())) for n in who["name"]])


# ---------------------------------------------------------------------------- quotes


def normalise(text) -> str:
    """Lower-cased words of ``text`` (quote marks, punctuation and spacing ignored)."""
    return " ".join(_WORD.findall(str(text).casefold().replace("’", "'")))


def _shingles(words: list[str]) -> frozenset:
    if len(words) < SHINGLE:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _same_quotation(a: list[str], b: list[str], sa: frozenset, sb: frozenset) -> bool:
    """Two quotations are one when identical, or when most of the shorter's 3-grams are in the other."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < MIN_SHARED_WORDS:
        return False
    return len(sa & sb) >= QUOTE_MATCH * min(len(sa), len(sb))


def quote_clusters(texts: list[str], docs: list[str] | None = None, speakers: list | None = None, *,
                   max_postings: int = 40) -> list[int]:
    """A cluster number for each quotation; the same number means the same quotation.

    Two reports are one quotation when their normalised texts are identical, or, when
    they come from different documents, when at least 80% of the shorter one's word
    3-grams occur in the longer one, the shorter having at least :data:`MIN_SHARED_WORDS`
    words (a partial or lightly edited report of the same words). Within one document,
    different texts stay apart, and so do identical texts given to two different named
    speakers: a round-up quoting five people who all call him "the peace president"
    holds five quotations, not one. Candidates are the pairs sharing a 3-gram that
    occurs in at most ``max_postings`` distinct quotations, so the work stays close to
    linear for thousands of quotations.

    Args:
        texts: the quotations, in reading order.
        docs: the document of each (default: each its own).
        speakers: the attributed speaker of each (``None`` when unattributed).

    Returns:
        A number per text (``-1`` for a text without words), numbered by first appearance.
    """
    n = len(texts)
    keys = [normalise(t) for t in texts]
    docs = list(docs) if docs is not None else [str(i) for i in range(n)]
    speakers = [s if isinstance(s, str) and s else None for s in (speakers if speakers is not None else [None] * n)]
    same: list[tuple[int, int]] = []  # pairs of rows that are one quotation
    rows_by_text: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k:
            rows_by_text[k].append(i)
    for rows in rows_by_text.values():  # identical texts
        for pos, i in enumerate(rows):
            for j in rows[:pos]:
                if not (docs[i] == docs[j] and speakers[i] and speakers[j] and speakers[i] != speakers[j]):
                    same.append((i, j))
                    break
    distinct = sorted(rows_by_text)
    dwords = [k.split() for k in distinct]
    sets = [_shingles(w) for w in dwords]
    postings: dict[str, list[int]] = defaultdict(list)
    for a, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            postings[shingle].append(a)
    checked = set()
    for shingle in sorted(postings):  # similar texts, from different documents
        members = postings[shingle]
        if len(members) < 2 or len(members) > max_postings:
            continue
        for a, b in combinations(members, 2):
            if (a, b) in checked:
                continue
            checked.add((a, b))
            if not _same_quotation(dwords[a], dwords[b], sets[a], sets[b]):
                continue
            pair = next(((i, j) for i in rows_by_text[distinct[a]] for j in rows_by_text[distinct[b]] if docs[i] != docs[j]),
                        None)
            if pair:
                same.append(pair)
    numbers = [-1] * n
    # A text without words is in no pair, so it is a group of its own and keeps -1; the
    # groups come in the order of their first row, which numbers them by first appearance.
    worded = (group for group in connected_groups(range(n), same) if keys[group[0]])
    for number, group in enumerate(worded):
        for i in group:
            numbers[i] = number
    return numbers


def _order(documents: pd.DataFrame) -> dict[str, tuple]:
    """A document's place in reading order: published date, then id."""
    return {d: (str(p) if p == p and p is not None else "9999", d)
            for d, p in zip(documents["id"], documents["published"])}


def merge_quotes(quotes: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each quotation once, with its sources; and every reported form of it.

    Returns:
        ``(groups, variants)``. ``groups`` has one row per quotation: ``quote`` (``q1``,
        ``q2`` … in order of first report), ``text`` (the longest form), ``speaker`` (the
        most frequent attribution, the earliest on a tie), ``speakers`` (every attribution, with
        "unattributed"), ``documents``, ``outlets``, ``sources`` (document ids),
        ``outlet_names``, ``wording_differs``, ``attribution_differs``, ``first_published``,
        ``doc`` and ``start`` of the first report. ``variants`` has one row per reported
        quotation: ``quote``, ``doc``, ``outlet``, ``speaker``, ``text``, ``start``.
    """
    group_columns = ["quote", "text", "speaker", "speakers", "documents", "outlets", "sources", "outlet_names",
                     "wording_differs", "attribution_differs", "first_published", "doc", "start", "words"]
    variant_columns = ["quote", "doc", "outlet", "speaker", "text", "start"]
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=group_columns), pd.DataFrame(columns=variant_columns)
    order = _order(documents)
    outlet_of = dict(zip(documents["id"], documents["outlet"].fillna("unknown outlet")))
    published_of = dict(zip(documents["id"], documents["published"]))
    reports = sorted(rows_of(quotes, ["doc", "start", "text", "speaker"]),
                     key=lambda r: (order.get(r[0], ("9999", r[0])), r[1]))
    clusters = quote_clusters([r[2] for r in reports], [r[0] for r in reports], [r[3] for r in reports])
    members_of: dict[int, list[tuple]] = defaultdict(list)
    for (doc, start, text, speaker), cluster in zip(reports, clusters):
        if cluster >= 0:
            clean = strip_quote_marks(text, through_spaces=True)
            members_of[cluster].append((doc, int(start), None if is_missing(speaker) else speaker, clean))
    rows, variants = [], []
    for number, cluster in enumerate(sorted(members_of), start=1):
        members = members_of[cluster]
        first_doc, first_start = members[0][0], members[0][1]
        named = [m[2] for m in members if m[2] is not None]
        unattributed = len(named) < len(members)
        counts = Counter(named)
        first_named = {s: i for i, s in reversed(list(enumerate(named)))}
        speaker = min(counts, key=lambda s: (-counts[s], first_named[s])) if counts else None
        attributions = sorted(set(named)) + (["unattributed"] if unattributed else [])
        cleans = [m[3] for m in members]
        longest = max(cleans, key=lambda t: (len(normalise(t).split()), t))
        docs = list(dict.fromkeys(m[0] for m in members))
        outlets = [outlet_of.get(d) for d in (m[0] for m in members)]
        rows.append({
            "quote": f"q{number}", "text": longest, "speaker": speaker, "speakers": "; ".join(attributions),
            "documents": len(docs), "outlets": len({o for o in outlets if not is_missing(o)}),
            "sources": "; ".join(docs), "outlet_names": _joined(outlets),
            "wording_differs": len({normalise(t) for t in cleans}) > 1,
            "attribution_differs": len(counts) > 1 or (bool(counts) and unattributed),
            "first_published": published_of.get(first_doc), "doc": first_doc, "start": first_start,
            "words": len(normalise(longest).split()),
        })
        variants += [{"quote": f"q{number}", "doc": doc, "outlet": outlet, "speaker": who, "text": clean,
                      "start": begin} for (doc, begin, who, clean), outlet in zip(members, outlets)]
    return pd.DataFrame(rows, columns=group_columns), pd.DataFrame(variants, columns=variant_columns)


def speaker_table(quotes: pd.DataFrame, group: dict[str, str]) -> pd.DataFrame:
    """Quotations per speaker (rows) and outlet or kind (columns), with a ``total`` column.

    Rows are sorted by total, then name; unattributed quotations are left out.
    """
    named = quotes[quotes["speaker"].notna()] if quotes is not None and len(quotes) else pd.DataFrame()
    if named.empty:
        return pd.DataFrame(columns=["speaker", "total"])
    frame = pd.DataFrame({"speaker": named["speaker"], "group": named["doc"].map(group).fillna("other")})
    table = pd.crosstab(frame["speaker"], frame["group"])
    columns = sorted(table.columns, key=lambda c: (-int(table[c].sum()), str(c)))
    table = table[columns]
    table.columns = [str(c) for c in table.columns]
    table.columns.name = None
    table.insert(0, "total", table.sum(axis=1))
    table = table.reset_index()
    return table.sort_values(["total", "speaker"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


# ---------------------------------------------------------------------------- timeline


def merge_timeline(timeline: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One timeline over the set: each dated item (a date and what is said of it) with its documents.

    The same sentence dated the same way in several documents is one item. Items are
    in date order; ``documents`` counts the documents that support the item.
    """
    columns = ["date", "granularity", "expressions", "sentence", "documents", "sources", "outlets", "key"]
    dated = timeline[timeline["date"].notna()] if timeline is not None and len(timeline) else pd.DataFrame()
    if dated.empty:
        return pd.DataFrame(columns=columns)
    order = _order(documents)
    outlet_of = dict(zip(documents["id"], documents["outlet"].fillna("unknown outlet")))
    items = sorted(rows_of(dated, ["doc", "start", "date", "granularity", "expression", "sentence"]),
                   key=lambda r: (order.get(r[0], ("9999", r[0])), r[1]))
    members_of: dict[str, list[tuple]] = {}
    for item in items:
        members_of.setdefault(f"{item[2]}|{normalise(item[5])}", []).append(item)
    rows = []
    for key, members in members_of.items():
        docs = list(dict.fromkeys(m[0] for m in members))
        _, _, date, granularity, _, sentence = members[0]
        rows.append({"date": date, "granularity": granularity, "expressions": _joined(m[4] for m in members),
                     "sentence": sentence, "documents": len(docs), "sources": "; ".join(docs),
                     "outlets": _joined(outlet_of.get(d) for d in docs), "key": key})
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["date", "key"], kind="mergesort").reset_index(drop=True)


def timeline_by_date(items: pd.DataFrame, *, top: int | None = None,
                     documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per date: documents supporting it, items, and the best-supported sentence.

    With ``top``, keeps ``top`` dates, still in date order: whole days before months and
    years (a law's "50 U.S.C. 1701" read as a year, cited by every executive order, must
    not crowd out the days of the story), then those supported by the most documents,
    then those nearest the documents' publication dates (given ``documents``).
    """
    columns = ["date", "documents", "items", "sentence", "sources"]
    if items is None or items.empty:
        return pd.DataFrame(columns=columns)
    members_of: dict[str, list[tuple]] = defaultdict(list)
    for item in rows_of(items, ["date", "sources", "documents", "sentence"]):
        members_of[item[0]].append(item)
    rows = []
    for date in sorted(members_of):
        members = members_of[date]
        docs = list(dict.fromkeys(d for m in members for d in m[1].split("; ")))
        best = max(members, key=lambda m: m[2])  # the first of the best supported
        rows.append({"date": date, "documents": len(docs), "items": len(members), "sentence": best[3],
                     "sources": "; ".join(docs)})
    table = pd.DataFrame(rows, columns=columns)
    if top is not None and len(table) > top:
        published = sorted(str(p) for p in (documents["published"].dropna() if documents is not None else []))
        span = (_day(published[0]), _day(published[-1])) if published else None

        def distance(date: str) -> int:
            day = _day(date)
            if span is None or day is None:
                return 0
            return max((span[0] - day).days, (day - span[1]).days, 0)

        rank = sorted(table.index, key=lambda i: (len(str(table.at[i, "date"])) != 10, -table.at[i, "documents"],
                                                  distance(str(table.at[i, "date"])), -table.at[i, "items"],
                                                  str(table.at[i, "date"])))
        table = table.loc[sorted(rank[:top])]
    return table.reset_index(drop=True)


def _day(value: str):
    import datetime as dt

    text = str(value)
    parts = text.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


# ---------------------------------------------------------------------------- key terms


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
        for doc, name, label, start, end in zip(mentions["doc"], mentions["name"], mentions["label"],
                                                mentions["start"], mentions["end"]):
            spans[doc].append((int(start), int(end)))
            if label in labels:
                names[doc][name] += 1
    rows = []
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
        rows += [{"doc": doc, "term": w, "entity": False, "count": c} for w, c in words.items()]
        rows += [{"doc": doc, "term": n, "entity": True, "count": c} for n, c in names[doc].items()]
    return pd.DataFrame(rows, columns=["doc", "term", "entity", "count"])


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
    entity = dict(zip(counts["term"], counts["entity"]))
    scores = log_odds(counts[["group", "term", "count"]])
    if scores.empty:
        return pd.DataFrame(columns=columns)
    scores = scores[scores["z"] >= min_z].groupby("group", sort=True).head(top)
    scores = scores.assign(entity=scores["term"].map(entity).astype(bool))
    return scores[columns].reset_index(drop=True)


# ---------------------------------------------------------------------------- network


def network(ex, *, top: int = 25, labels=WHO_LABELS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Who appears with whom across the set, as nodes and weighted edges.

    Nodes are the ``top`` people, organisations and places named in the most documents
    (then mentions); an edge joins two that are named in one sentence, weighted by the
    number of such sentences, with the number of documents they come from.

    Returns:
        ``(nodes, edges)``: ``name``, ``label``, ``mentions``, ``documents``; and
        ``source``, ``target``, ``sentences``, ``documents`` (sorted by weight).
    """
    node_columns = ["name", "label", "mentions", "documents"]
    edge_columns = ["source", "target", "sentences", "documents"]
    who = ex.entities[ex.entities["label"].isin(tuple(labels))]
    nodes = who.sort_values(["documents", "mentions", "name"], ascending=[False, False, True],
                            kind="mergesort").head(top)[node_columns].reset_index(drop=True)
    wanted = set(nodes["name"])
    sentences: Counter = Counter()
    docs: dict[tuple, set] = defaultdict(set)
    names_in: dict[tuple, set] = defaultdict(set)
    for doc, sentence, name in rows_of(ex.mentions, ["doc", "sentence", "name"]):
        if name in wanted:
            names_in[(doc, sentence)].add(name)
    for (doc, _), names in names_in.items():
        for a, b in combinations(sorted(names), 2):
            sentences[(a, b)] += 1
            docs[(a, b)].add(doc)
    edges = pd.DataFrame([{"source": a, "target": b, "sentences": n, "documents": len(docs[(a, b)])}
                          for (a, b), n in sentences.items()], columns=edge_columns)
    edges = edges.sort_values(["sentences", "documents", "source", "target"], ascending=[False, False, True, True],
                              kind="mergesort").reset_index(drop=True)
    return nodes, edges


# ---------------------------------------------------------------------------- all together


@dataclass
class Comparison:
    """The multi-source tables of one set (see the module docstring)."""

    documents: pd.DataFrame
    group_by: str
    coverage: pd.DataFrame
    per_day: pd.DataFrame
    copies: pd.DataFrame
    entities: pd.DataFrame
    speakers: pd.DataFrame
    quotes: pd.DataFrame
    quote_variants: pd.DataFrame
    timeline: pd.DataFrame
    terms: pd.DataFrame
    network_nodes: pd.DataFrame
    network_edges: pd.DataFrame

    @property
    def outlets(self) -> list[str]:
        return sorted(set(self.documents["outlet"].dropna()))

    @property
    def groups(self) -> list[str]:
        """The outlets (or kinds) compared, most documents first."""
        _, group = _groups(self.documents)
        counts = Counter(group.values())
        return sorted(counts, key=lambda g: (-counts[g], str(g)))

    def shared_quotes(self) -> pd.DataFrame:
        """The quotations reported by more than one document."""
        return self.quotes[self.quotes["documents"] > 1].reset_index(drop=True)



def compare(ex, sources=None, *, copies: pd.DataFrame | None = None, top_terms: int = 10,
            network_top: int = 25) -> Comparison:
    """Build every multi-source table of a set.

    Args:
        ex: the set's extraction (its outlets normalised by :func:`with_outlets` if not yet).
        sources: the :class:`~toolkit.reading.sources.SourceSet` (or documents) extracted, for the
            key terms; without it the terms table is empty.
        copies: the :func:`toolkit.reading.duplicates.drop_duplicates` table of documents counted once;
            files skipped as byte-for-byte copies when read are added to it.
    """
    if "kind" not in ex.documents:
        ex = with_outlets(ex)
    documents = ex.documents
    group_by, group = _groups(documents)
    texts = {d.id: d.text for d in (sources or []) if d.id in group}
    items = merge_timeline(ex.timeline, documents)
    quotes, variants = merge_quotes(ex.quotes, documents)
    nodes, edges = network(ex, top=network_top)
    exact = exact_copies(getattr(ex, "skipped", None))
    near = copies if copies is not None and len(copies) else None
    every_copy = pd.concat([exact, near], ignore_index=True) if near is not None else exact
    every_copy = every_copy.sort_values(["copy_of", "doc"], kind="mergesort").reset_index(drop=True)
    return Comparison(
        documents=documents, group_by=group_by, coverage=coverage(documents), per_day=per_day(documents, group),
        copies=every_copy,
        entities=entity_outlets(ex, documents), speakers=speaker_table(ex.quotes, group),
        quotes=quotes, quote_variants=variants, timeline=items,
        terms=distinctive_terms(ex, texts, group, top=top_terms) if texts else pd.DataFrame(
            columns=["group", "term", "entity", "count", "elsewhere", "z"]),
        network_nodes=nodes, network_edges=edges,
    )
