"""Quotations across a set: each quotation once, with the documents that report it.

Two reports are one quotation when most of the shorter one's word shingles are in the longer
one (:func:`quote_clusters`); :func:`merge_quotes` says whether their wording or attribution
differs, and :func:`speaker_table` who is quoted by which outlet.

Example:
    >>> quote_clusters(["We will not back down.", "we will NOT back down"])
    [0, 0]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from toolkit.core.frames import is_missing, rows_of
from toolkit.core.groups import connected_groups
from toolkit.core.text import strip_quote_marks

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
SHINGLE = 3  # words per shingle when matching quotations
QUOTE_MATCH = 0.8  # share of the shorter quotation's shingles found in the longer one
MIN_SHARED_WORDS = 8  # a fragment shorter than this joins another quotation only when identical


def _joined(values) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if v is not None and v == v))


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
    # Two different texts are one quotation only when the shorter has MIN_SHARED_WORDS words or
    # more (_same_quotation): a shorter text can match nothing but itself, found above.
    sets = [_shingles(w) if len(w) >= MIN_SHARED_WORDS else frozenset() for w in dwords]
    postings: dict[str, list[int]] = defaultdict(list)
    for a, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            postings[shingle].append(a)
    # The candidates of each text: the later texts sharing one of its rare 3-grams (gathered as sets,
    # so that each pair is tested once; the pairs and so the clusters do not depend on the order).
    later: list[set[int]] = [set() for _ in distinct]
    for members in postings.values():
        if 2 <= len(members) <= max_postings:
            for pos, a in enumerate(members[:-1]):
                later[a].update(members[pos + 1:])
    for a, candidates in enumerate(later):  # similar texts, from different documents
        words_a, set_a = dwords[a], sets[a]
        for b in sorted(candidates):
            if not _same_quotation(words_a, dwords[b], set_a, sets[b]):
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
        normal = {t: normalise(t) for t in cleans}  # (each form once: a quotation reported a hundred times)
        longest = max(cleans, key=lambda t: (len(normal[t].split()), t))
        docs = list(dict.fromkeys(m[0] for m in members))
        outlets = [outlet_of.get(d) for d in (m[0] for m in members)]
        rows.append({
            "quote": f"q{number}", "text": longest, "speaker": speaker, "speakers": "; ".join(attributions),
            "documents": len(docs), "outlets": len({o for o in outlets if not is_missing(o)}),
            "sources": "; ".join(docs), "outlet_names": _joined(outlets),
            "wording_differs": len(set(normal.values())) > 1,
            "attribution_differs": len(counts) > 1 or (bool(counts) and unattributed),
            "first_published": published_of.get(first_doc), "doc": first_doc, "start": first_start,
            "words": len(normal[longest].split()),
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
