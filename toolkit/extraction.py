"""One pass over a source set: parse each document once, run every extractor, return tables.

Every row carries its provenance: the document id, the sentence, and ``start``/``end``
character offsets into the document's text as read (``Document.text``), so that
``document.text[start:end]`` is the fact's source.

Example:
    >>> ex = extract(read_source_set("ukraine-diplomacy"))        # doctest: +SKIP
    >>> ex.quotes[["speaker", "text"]].head(3)
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

import pandas as pd

from . import entities as entities_mod
from .events import events as find_events
from .nlp import load_model, model_info, parse
from .quotes import direct_quotations, quoted_tokens
from .syntax import PersonResolver
from .sources import Document, SourceSet, read_paths

DOCUMENT_COLUMNS = ["id", "path", "title", "outlet", "published", "url", "sha256", "tokens", "words"]
ENTITY_COLUMNS = ["name", "label", "aliases", "mentions", "documents"]
MENTION_COLUMNS = ["doc", "name", "label", "text", "start", "end", "sentence"]
QUOTE_COLUMNS = ["doc", "text", "speaker", "cue", "start", "end", "sentence", "unterminated"]
TIMELINE_COLUMNS = ["doc", "expression", "date", "granularity", "start", "end", "sentence"]
EVENT_COLUMNS = ["doc", "subject", "verb", "object", "negated", "date", "start", "end", "sentence"]
WHO_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


@dataclass
class Extraction:
    """The extracted tables of a set of documents (pandas DataFrames)."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    timeline: pd.DataFrame
    events: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["path", "reason"]))
    model: dict = field(default_factory=dict)

    def who(self, *, labels: Iterable[str] = WHO_LABELS) -> pd.DataFrame:
        """The people, organisations and places (not nationalities, laws or works)."""
        return self.entities[self.entities["label"].isin(tuple(labels))].reset_index(drop=True)

    def quotes_by(self, speaker: str) -> pd.DataFrame:
        """The quotes of one speaker (canonical name, or any alias of it)."""
        names = {speaker}
        row = self.entities[self.entities["name"].str.lower() == speaker.lower()]
        for _, entity in self.entities.iterrows():
            if speaker.lower() in (a.lower() for a in entity["aliases"].split("; ")):
                names.add(entity["name"])
        names |= set(row["name"])
        return self.quotes[self.quotes["speaker"].isin(names)]

    def mention_counts(self) -> pd.DataFrame:
        """Mentions per entity (rows) and document (columns)."""
        if self.mentions.empty:
            return pd.DataFrame()
        return self.mentions.pivot_table(index="name", columns="doc", values="start", aggfunc="count", fill_value=0)

    def cooccurrence(self, *, top: int = 15, labels: Iterable[str] = WHO_LABELS) -> pd.DataFrame:
        """How many sentences name both entities, for the ``top`` most mentioned entities."""
        wanted = self.entities[self.entities["label"].isin(tuple(labels))].head(top)["name"].tolist()
        matrix = pd.DataFrame(0, index=wanted, columns=wanted, dtype=int)
        if not wanted:
            return matrix
        keep = self.mentions[self.mentions["name"].isin(wanted)]
        for _, names in keep.groupby(["doc", "sentence"])["name"]:
            for a, b in combinations(sorted(set(names)), 2):
                matrix.loc[a, b] += 1
                matrix.loc[b, a] += 1
        return matrix

    def summary(self, *, n: int = 5) -> pd.DataFrame:
        """Key sentences: those naming the set's most mentioned entities, quoting or dating them."""
        if self.mentions.empty:
            return pd.DataFrame(columns=["doc", "sentence", "score"])
        weight = self.mentions["name"].value_counts()
        scores: Counter = Counter()
        first_seen: dict = {}
        for (doc, sentence), names in self.mentions.groupby(["doc", "sentence"], sort=False)["name"]:
            words = max(len(sentence.split()), 8)
            scores[(doc, sentence)] = sum(weight[name] for name in set(names)) / words ** 0.5
            first_seen.setdefault((doc, sentence), len(first_seen))
        for frame, bonus in ((self.timeline, 0.5), (self.quotes, 0.25)):
            for key in zip(frame["doc"], frame["sentence"]):
                if key in scores:
                    scores[key] *= 1 + bonus
        best = sorted(scores, key=lambda k: (-scores[k], first_seen[k]))[:n]
        best.sort(key=lambda k: first_seen[k])
        return pd.DataFrame([{"doc": d, "sentence": s, "score": round(scores[(d, s)], 3)} for d, s in best])

    def _repr_html_(self) -> str:
        counts = ", ".join(f"{len(getattr(self, t))} {t}" for t in ("documents", "entities", "quotes", "timeline", "events"))
        top = self.entities.head(8)
        people = ", ".join(html.escape(f"{r.name} ({r.mentions})") for r in top.itertuples())
        return f"<p><b>Extraction</b>: {html.escape(counts)}</p><p>Most mentioned: {people}</p>"


def _documents(source) -> tuple[list[Document], pd.DataFrame]:
    if isinstance(source, SourceSet):
        skipped = pd.DataFrame([vars(s) for s in source.skipped], columns=["path", "reason"])
        return list(source.documents), skipped
    if isinstance(source, Document):
        return [source], pd.DataFrame(columns=["path", "reason"])
    items = list(source)
    if items and not isinstance(items[0], Document):
        return _documents(read_paths(items))
    return items, pd.DataFrame(columns=["path", "reason"])


def _sentence(doc_text: str, start: int, end: int) -> str:
    return " ".join(doc_text[start:end].split())


def extract(source, *, aliases: dict[str, str] | None = None, published: dt.date | None = None,
            nlp=None, n_process: int = 1) -> Extraction:
    """Extract entities, quotes, timeline and events from documents.

    Args:
        source: a :class:`SourceSet`, a :class:`Document`, a list of them, or paths.
        aliases: extra surface form → canonical name mappings (from params).
        published: the reference date for documents that carry none.
        nlp: a loaded spaCy pipeline (default: :func:`toolkit.nlp.load_model`).
        n_process: worker processes for parsing.

    Returns:
        An :class:`Extraction` whose tables all carry ``doc``, ``start``, ``end`` and
        ``sentence`` provenance.
    """
    from .timeline import time_expressions  # the timeline module resolves dates

    documents, skipped = _documents(source)
    documents = [d.with_published(published) for d in documents]
    nlp = nlp or load_model()
    parsed = list(zip(documents, parse((d.body for d in documents), nlp=nlp, n_process=n_process)))
    for _, doc in parsed:
        entities_mod.repair_entities(doc)
    mentions_by_doc = {d.id: list(entities_mod.mentions(doc)) for d, doc in parsed}
    index = entities_mod.EntityIndex.from_mentions(
        (m for ms in mentions_by_doc.values() for m in ms), aliases=aliases)

    doc_rows, mention_rows, quote_rows, time_rows, event_rows = [], [], [], [], []
    for document, doc in parsed:
        offset, body = document.body_start, doc.text
        doc_rows.append({
            "id": document.id, "path": document.path, "title": document.title, "outlet": document.outlet,
            "published": document.published.isoformat() if document.published else None, "url": document.url,
            "sha256": document.sha256, "tokens": len(doc), "words": sum(1 for t in doc if t.is_alpha),
        })
        for m in mentions_by_doc[document.id]:
            name = index.canonical_of.get(m.key)
            if name is None:
                continue
            mention_rows.append({"doc": document.id, "name": name, "label": index.label_of[name], "text": m.text,
                                 "start": m.start + offset, "end": m.end + offset,
                                 "sentence": _sentence(body, m.sent_start, m.sent_end)})
        resolver = PersonResolver(doc, index, quoted_tokens(doc))
        for q in direct_quotations(doc, index=index, resolver=resolver):
            quote_rows.append({"doc": document.id, "text": q.text, "speaker": q.speaker, "cue": q.cue,
                               "start": q.start + offset, "end": q.end + offset,
                               "sentence": _sentence(body, q.sent_start, q.sent_end), "unterminated": q.unterminated})
        dated: dict[int, str] = {}
        for t in time_expressions(doc, published=document.published):
            sent = doc.char_span(t.start, t.end, alignment_mode="expand")
            sent = sent.sent if sent is not None else None
            s0, s1 = (sent.start_char, sent.end_char) if sent is not None else (t.start, t.end)
            if t.date and s0 not in dated:
                dated[s0] = t.date
            time_rows.append({"doc": document.id, "expression": t.expression, "date": t.date,
                              "granularity": t.granularity, "start": t.start + offset, "end": t.end + offset,
                              "sentence": _sentence(body, s0, s1)})
        for e in find_events(doc, index=index, resolver=resolver):
            event_rows.append({"doc": document.id, "subject": e.subject, "verb": e.verb, "object": e.object,
                               "negated": e.negated, "date": dated.get(e.sent_start), "start": e.start + offset,
                               "end": e.end + offset, "sentence": _sentence(body, e.sent_start, e.sent_end)})

    mentions_df = pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
    return Extraction(
        documents=pd.DataFrame(doc_rows, columns=DOCUMENT_COLUMNS),
        entities=_entity_table(mentions_df, index),
        mentions=mentions_df,
        quotes=pd.DataFrame(quote_rows, columns=QUOTE_COLUMNS),
        timeline=pd.DataFrame(time_rows, columns=TIMELINE_COLUMNS),
        events=pd.DataFrame(event_rows, columns=EVENT_COLUMNS),
        skipped=skipped,
        model=model_info(nlp),
    )


def _entity_table(mentions: pd.DataFrame, index: entities_mod.EntityIndex) -> pd.DataFrame:
    if mentions.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    grouped = mentions.groupby("name")
    table = pd.DataFrame({
        "name": list(grouped.groups),
        "mentions": grouped.size().values,
        "documents": grouped["doc"].nunique().values,
    })
    table["label"] = table["name"].map(index.label_of)
    table["aliases"] = table["name"].map(
        lambda n: "; ".join(sorted(a for a in index.aliases_of.get(n, ()) if a != n)))
    table = table.sort_values(["mentions", "name"], ascending=[False, True], kind="mergesort")
    return table[ENTITY_COLUMNS].reset_index(drop=True)


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    clean = frame[columns].astype(object).where(frame[columns].notna(), None)
    return clean.to_dict(orient="records")


def to_dict(ex: Extraction) -> dict:
    """The extraction as plain JSON-ready data (the ``toolkit extract --json`` format)."""
    entities = _records(ex.entities, ENTITY_COLUMNS)
    for row in entities:
        row["aliases"] = [a for a in (row["aliases"] or "").split("; ") if a]
    return {
        "documents": _records(ex.documents, ["id", "path", "title", "outlet", "published", "sha256", "tokens"]),
        "entities": entities,
        "quotes": _records(ex.quotes, QUOTE_COLUMNS),
        "timeline": _records(ex.timeline, TIMELINE_COLUMNS),
        "events": _records(ex.events, EVENT_COLUMNS),
        "skipped": _records(ex.skipped, ["path", "reason"]),
        "model": ex.model,
    }


def to_text(ex: Extraction, *, width: int = 70) -> str:
    """Readable tables for a terminal."""
    def table(title, frame, columns):
        shown = frame[columns].astype(object).where(frame[columns].notna(), "")
        for column in columns:
            shown[column] = shown[column].map(lambda v: str(v) if len(str(v)) <= width else str(v)[: width - 1] + "…")
        body = shown.to_string(index=False) if len(shown) else "(none)"
        return f"== {title} ({len(frame)}) ==\n{body}\n"

    return "\n".join([
        table("documents", ex.documents, ["id", "outlet", "published", "tokens", "title"]),
        table("entities", ex.entities, ["name", "label", "mentions", "documents", "aliases"]),
        table("quotes", ex.quotes, ["doc", "speaker", "cue", "text"]),
        table("timeline", ex.timeline, ["doc", "expression", "date", "granularity"]),
        table("events", ex.events, ["doc", "subject", "verb", "object", "date"]),
    ])


Extraction.to_dict = to_dict
Extraction.to_text = to_text
