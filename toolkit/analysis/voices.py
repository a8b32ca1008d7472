"""Who says what: each quotation ranked by its relevance to the set's story, the principal
speakers chosen, and a chorus of similar reactions folded into one line.

A quotation is *relevant* when it (or the sentence that carries it) names the set's
principal actors or the words of its title; a speaker is *principal* when named in the
params' ``focus``, or quoted relevantly and often. A document that quotes many speakers
once or twice each (a round-up of reactions) is a *chorus*: its minor speakers are folded
into one line. What the page cannot show confidently (no speaker, a speaker that is not a
readable name) stays in the CSV with its flag.

Every row carries ``doc``, ``start``, ``end`` and ``sentence`` (the quotation's provenance).

Example:
    >>> table = voices(ex, actors, focus=params.focus, title=params.title)   # doctest: +SKIP
    >>> table[table["shown"]][["speaker", "text"]]
"""

from __future__ import annotations

import functools
import operator
from typing import Iterable

import pandas as pd

from toolkit.analysis.story import _canonical, _readable_name, _similar, _words, actors_in

VOICE_COLUMNS = ["speaker", "role", "shown", "short", "relevance", "confident", "flag", "text", "cue", "relayed_by",
                 "doc", "start", "end", "sentence"]
CHORUS_SPEAKERS = 12  # a document quoting this many speakers, each once or twice, is a round-up
SHORT_WORDS = 4  # a quotation shorter than this is shown in its sentence, not alone
# A corpus of thousands of documents has dozens of round-ups and a thousand minor speakers: the
# page names the most relevant and counts the rest (every quotation stays in voices.csv).
MAX_CHORUS = 6  # round-up documents given a line of their own
MAX_ALSO_QUOTED = 40  # speakers named in the line "Also quoted"
_STOP = set("the and for from with that this into over under about after before their there which while "
            "what when where who whom will would could should have has had been were are was its it's".split())


def title_terms(title: str | None) -> set[str]:
    """The content words of a set's title, lower-cased ("peace", "diplomacy", "summits")."""
    return {w.lower() for w in _words(title or "") if len(w) >= 4 and w.lower() not in _STOP}


def relevance(text: str, sentence: str, actors: dict[str, float], terms: set[str],
              canonical: dict[str, str] | None = None) -> float:
    """How much a quotation says about the set's story: the actors it (or its sentence)
    names, the title's words it uses, a little for substance (length up to 40 words)."""
    named = actors_in(f"{text} {sentence}", actors, canonical)
    words = [w.lower() for w in _words(text)]
    hits = sum(1 for w in words if w in terms or w.rstrip("s") in terms)
    return round(sum(named.values()) ** 0.5 + 2.0 * min(hits, 3) + min(len(words), 40) / 20, 3)


def _flag(speaker, text: str) -> str:
    if not isinstance(speaker, str) or not speaker.strip():
        return "no speaker"
    if not _readable_name(speaker):
        return "speaker is not a readable name"
    if not _words(text):
        return "no words"
    return ""


def voices(extraction, actors: dict[str, float], *, focus: Iterable[str] = (), title: str | None = None,
           max_speakers: int = 8, per_speaker: int = 3, per_focus: int = 3, per_other: int = 2) -> pd.DataFrame:
    """Every quotation, with its speaker's role and whether the briefing shows it.

    Roles: ``principal`` (a focus speaker or one of the ``max_speakers`` most relevant),
    ``chorus`` (a minor speaker of a round-up document, folded into one line), ``other``
    (named in a line "also quoted"), ``uncertain`` (not shown: see ``flag``).
    """
    quotes = extraction.quotes
    if quotes.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    if "relayed_by" not in quotes:
        quotes = quotes.assign(relayed_by=None)
    canonical = _canonical(extraction)
    terms = title_terms(title)
    focus = list(focus)
    frame = quotes.assign(
        flag=[_flag(s, t) for s, t in zip(quotes["speaker"], quotes["text"])],
        relevance=[relevance(str(t), str(s), actors, terms, canonical)
                   for t, s in zip(quotes["text"], quotes["sentence"])],
        short=[len(_words(str(t))) < SHORT_WORDS for t in quotes["text"]],
    )
    frame["confident"] = frame["flag"] == ""
    confident = frame[frame["confident"]]
    # Round-ups: many speakers quoted once or twice each in one document.
    per_doc = confident.groupby("doc")["speaker"].agg(["nunique", "count"])
    chorus_docs = set(per_doc[(per_doc["nunique"] >= CHORUS_SPEAKERS)
                              & (per_doc["count"] <= 2 * per_doc["nunique"])].index)
    mentions = dict(zip(extraction.entities["name"], extraction.entities["mentions"]))
    speakers = _speakers(confident)
    speakers["weight"] = [actors.get(name, 0.0) for name in speakers.index]
    speakers["chorus"] = [docs <= chorus_docs and name not in focus and mentions.get(name, 0) < 3
                          and actors.get(name, 0.0) == 0.0 for name, docs in zip(speakers.index, speakers["docs"])]
    # A country or a city "saying" something is a spokesperson unnamed or a misreading, and a
    # people ("Americans who say …") is a poll or a misreading too: each is listed under "also
    # quoted", never a principal voice.
    labels = dict(zip(extraction.entities["name"], extraction.entities["label"]))
    ranked = speakers[~speakers["chorus"] & ~speakers.index.map(lambda n: labels.get(n) in ("GPE", "NORP"))].assign(
        score=lambda s: s["best"] + s["weight"] + s["quotes"].clip(upper=10) * 0.5)
    ranked = ranked.sort_values(["score"], ascending=False, kind="mergesort")
    principal = [name for name in focus if name in ranked.index]
    principal += [name for name in ranked.index if name not in principal][: max(max_speakers - len(principal), 0)]
    role = {}
    for name in speakers.index:
        role[name] = ("principal" if name in principal else "chorus" if speakers.at[name, "chorus"] else "other")
    frame["role"] = [role.get(s, "uncertain") if c else "uncertain" for s, c in zip(frame["speaker"], frame["confident"])]
    frame["shown"] = False
    for name in principal:
        limit = per_focus if name in focus else per_other if principal.index(name) >= 4 else per_speaker
        # The speaker's own words before words another speaker tells as theirs ("he said, “…”" in Trump's turn).
        mine = frame[(frame["speaker"] == name) & frame["confident"]]
        mine = mine.assign(_relayed=mine["relayed_by"].notna()).sort_values(
            ["_relayed", "relevance", "doc", "start"], ascending=[True, False, True, True], kind="mergesort")
        kept: list[str] = []
        for index, text in zip(mine.index, mine["text"]):
            if len(kept) == limit:
                break
            if any(_similar(str(text), k) for k in kept):
                continue
            kept.append(str(text))
            frame.at[index, "shown"] = True
    order = {name: i for i, name in enumerate(principal)}
    frame["_order"] = [order.get(s, len(order)) for s in frame["speaker"]]
    frame = frame.sort_values(["_order", "shown", "relevance", "doc", "start"],
                              ascending=[True, False, False, True, True], kind="mergesort")
    return frame[VOICE_COLUMNS].reset_index(drop=True)


def _speakers(confident: pd.DataFrame) -> pd.DataFrame:
    """Per speaker (sorted, missing left out): ``quotes``, ``best`` (the sum of the three most
    relevant quotations' relevance) and ``docs`` (a set): a groupby with Python aggregations
    made a Series per speaker, a fifth of a second for a thousand speakers."""
    groups: dict[str, tuple[list, set]] = {}
    for speaker, relevance, doc in zip(confident["speaker"].tolist(), confident["relevance"].tolist(),
                                       confident["doc"].tolist()):
        if speaker is None or speaker != speaker:  # (NaN)
            continue
        scores, docs = groups.setdefault(speaker, ([], set()))
        scores.append(relevance)
        docs.add(doc)
    names = sorted(groups)
    return pd.DataFrame({"quotes": [len(groups[n][0]) for n in names],
                         "best": [_top_sum(groups[n][0]) for n in names],
                         "docs": [groups[n][1] for n in names]}, index=pd.Index(names, name="speaker"))


def _top_sum(values: list[float], n: int = 3) -> float:
    """The sum of the ``n`` largest values, added largest first (as ``Series.nlargest(n).sum()``)."""
    top = sorted((v for v in values if v == v), reverse=True)[:n]
    return float(functools.reduce(operator.add, top)) if top else 0.0


def chorus_lines(table: pd.DataFrame, documents: pd.DataFrame, *, limit: int = MAX_CHORUS) -> pd.DataFrame:
    """One row per round-up document: how many minor speakers and quotations it folds, their
    names (most relevant first) and the provenance of its most relevant quotation. At most
    ``limit`` round-ups, those with the most relevant quotation (then the most speakers), in
    the table's order."""
    chorus = table[table["role"] == "chorus"]
    rows = []
    titles = dict(zip(documents["id"], documents.get("title", pd.Series([None] * len(documents)))))
    for doc, group in chorus.groupby("doc", sort=False):
        group = group.sort_values(["relevance", "start"], ascending=[False, True], kind="mergesort")
        names = list(dict.fromkeys(group["speaker"]))
        best = group.iloc[0]
        rows.append({"doc": doc, "title": titles.get(doc), "speakers": len(names), "quotes": len(group),
                     "names": "; ".join(names), "text": best["text"], "speaker": best["speaker"],
                     "start": int(best["start"]), "end": int(best["end"]), "sentence": best["sentence"],
                     "relevance": best["relevance"]})
    kept = sorted(range(len(rows)), key=lambda i: (-rows[i]["relevance"], -rows[i]["speakers"], i))[:limit]
    return pd.DataFrame([rows[i] for i in sorted(kept)], columns=["doc", "title", "speakers", "quotes", "names",
                                                                  "text", "speaker", "start", "end", "sentence"])


def quote_counts(table: pd.DataFrame) -> dict[str, int]:
    """The numbers every part of the briefing gives for quotations, from one table."""
    return {"all": len(table), "shown": int(table["shown"].sum()) if len(table) else 0,
            "uncertain": int((~table["confident"]).sum()) if len(table) else 0,
            "chorus": int((table["role"] == "chorus").sum()) if len(table) else 0}


def also_quoted(table: pd.DataFrame, *, limit: int = MAX_ALSO_QUOTED) -> pd.DataFrame:
    """The speakers named in the line "also quoted", each with their most relevant quotation:
    at most ``limit``, the most quoted first (then the most relevant)."""
    others = table[table["role"] == "other"]
    if others.empty:
        return others.assign(quotes=pd.Series(dtype=int))
    counts = others.groupby("speaker").size()
    best = others.sort_values(["relevance", "doc", "start"], ascending=[False, True, True], kind="mergesort")
    best = best.drop_duplicates("speaker").assign(quotes=lambda f: [int(counts[s]) for s in f["speaker"]])
    return best.sort_values(["quotes", "relevance"], ascending=False, kind="mergesort").head(limit) \
        .reset_index(drop=True)


# A large set disagrees with itself hundreds of times (a corpus of 2,000 documents: 160 quotations);
# the page shows the most telling few and the CSV keeps every one.
MAX_DIFFERENCES = 8  # quotations shown under "Where sources differ"
MAX_VERSIONS = 6  # versions shown of each (the distinct wordings and attributions first)


def differences(comparison, quotes: pd.DataFrame, *, max_quotes: int = MAX_DIFFERENCES,
                max_versions: int = MAX_VERSIONS) -> pd.DataFrame:
    """The quotations the documents word or attribute differently: one row per document's
    version, with its provenance (only quotations of at least four words: a short phrase
    quoted twice is not a disagreement).

    ``shown`` marks what the page prints: the ``max_quotes`` most telling quotations (two
    sources naming different speakers first, then the most outlets, then the most documents,
    then the earliest reported) and of each at most ``max_versions`` versions, the distinct
    wordings and attributions first.

    Example:
        >>> rows = differences(comparison, ex.quotes)   # doctest: +SKIP
        >>> rows[rows["shown"]].groupby("quote")["doc"].nunique()
    """
    columns = ["quote", "what", "text", "speaker", "doc", "start", "end", "sentence", "shown"]
    groups = comparison.quotes
    if groups is None or groups.empty:
        return pd.DataFrame(columns=columns)
    differing = groups[(groups["attribution_differs"] | groups["wording_differs"]) & (groups["words"] >= 4)]
    if differing.empty:
        return pd.DataFrame(columns=columns)
    located = {(d, int(s)): (int(e), sent) for d, s, e, sent in
               zip(quotes["doc"], quotes["start"], quotes["end"], quotes["sentence"])}
    ranked = sorted(enumerate(differing.to_dict("records")), key=lambda item: _telling(*item))
    rows = []
    for rank, (_, group) in enumerate(ranked):
        what = " and ".join(w for w, flag in (("attribution", group["attribution_differs"]),
                                                 ("wording", group["wording_differs"])) if flag)
        variants = comparison.quote_variants[comparison.quote_variants["quote"] == group["quote"]]
        seen: set[tuple] = set()
        versions = []
        for variant in variants.to_dict("records"):
            end, sentence = located.get((variant["doc"], int(variant["start"])), (None, None))
            if sentence is None:
                continue
            version = (variant["speaker"] if isinstance(variant["speaker"], str) else None, tuple(w.lower() for w in _words(str(variant["text"]))))
            versions.append((version in seen, len(versions), {
                "quote": group["quote"], "what": what, "text": variant["text"], "speaker": variant["speaker"],
                "doc": variant["doc"], "start": int(variant["start"]), "end": end, "sentence": sentence}))
            seen.add(version)
        # Distinct versions before repeats, each kind in document order; then back to document order.
        chosen = {position for _, position, _ in sorted(versions)[:max_versions]}
        rows += [{**row, "shown": rank < max_quotes and position in chosen} for _, position, row in versions]
    return pd.DataFrame(rows, columns=columns)


def _telling(position: int, group: dict) -> tuple:
    """Sort key of a differing quotation: most telling first, ties in order of first report."""
    named = [s for s in str(group["speakers"]).split("; ") if s and s != "unattributed"]
    return (-(len(named) > 1), -int(group["outlets"]), -int(group["documents"]), position)
