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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

import pandas as pd

from toolkit.nlp import entities as entities_mod
from toolkit.extraction import pool
from toolkit.extraction.facts import Sentences, extract_facts, valid_facts_entry
from toolkit.extraction.local_names import full_names_by_first, local_first_names, own_people
from toolkit.extraction.parsing import MAYBE, Parsed, extract_processes, parse_all
from toolkit.core.frames import rows_of
from toolkit.core.text import WHO_LABELS
from toolkit.nlp.model import load_model, model_info
from toolkit.reading.sources import Document, SourceSet, read_paths

DOCUMENT_COLUMNS = ["id", "path", "title", "outlet", "published", "url", "sha256", "tokens", "words"]
ENTITY_COLUMNS = ["name", "label", "aliases", "mentions", "documents"]
MENTION_COLUMNS = ["doc", "name", "label", "text", "start", "end", "sentence"]
QUOTE_COLUMNS = ["doc", "text", "speaker", "cue", "start", "end", "sentence", "unterminated", "relayed_by"]
TIMELINE_COLUMNS = ["doc", "expression", "date", "granularity", "start", "end", "sentence"]
EVENT_COLUMNS = ["doc", "subject", "verb", "object", "negated", "modality", "reported_by", "quoted", "kind", "date",
                 "start", "end", "sentence"]
# The fields of toolkit.reading.sources.SkippedDocument: code tests ``kind`` and ``copy_of``,
# the reader sees ``reason``.
SKIPPED_COLUMNS = ["path", "reason", "kind", "copy_of"]


@dataclass
class Extraction:
    """The extracted tables of a set of documents (pandas DataFrames)."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    timeline: pd.DataFrame
    events: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))
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
        chosen = set(wanted)
        names_in: dict[tuple, set] = defaultdict(set)
        for doc, sentence, name in rows_of(self.mentions, ["doc", "sentence", "name"]):
            if name in chosen:
                names_in[(doc, sentence)].add(name)
        pairs = Counter(pair for names in names_in.values() for pair in combinations(sorted(names), 2))
        for (a, b), count in pairs.items():
            matrix.loc[a, b] = matrix.loc[b, a] = count
        return matrix

    def summary(self, *, n: int = 5) -> pd.DataFrame:
        """Key sentences: those naming the set's most mentioned entities, quoting or dating them."""
        if self.mentions.empty:
            return pd.DataFrame(columns=["doc", "sentence", "score"])
        rows = rows_of(self.mentions, ["doc", "sentence", "name"])
        weight = Counter(name for _, _, name in rows)
        names_in: dict[tuple, set] = {}
        for doc, sentence, name in rows:
            names_in.setdefault((doc, sentence), set()).add(name)
        scores: Counter = Counter()
        first_seen: dict = {}
        for (doc, sentence), names in names_in.items():
            words = max(len(sentence.split()), 8)
            scores[(doc, sentence)] = sum(weight[name] for name in names) / words ** 0.5
            first_seen[(doc, sentence)] = len(first_seen)
        for frame, bonus in ((self.timeline, 0.5), (self.quotes, 0.25)):
            for key in zip(frame["doc"], frame["sentence"]):
                if key in scores:
                    scores[key] *= 1 + bonus
        best = sorted(scores, key=lambda k: (-scores[k], first_seen[k]))[:n]
        best.sort(key=lambda k: first_seen[k])
        return pd.DataFrame([{"doc": d, "sentence": s, "score": round(scores[(d, s)], 3)} for d, s in best])

    def _repr_html_(self) -> str:
        """A notebook summary: what each table holds, who is most mentioned and quoted, the dates."""
        def esc(value) -> str:
            return html.escape(str(value))

        def top(frame: pd.DataFrame, n: int = 6) -> str:
            return ", ".join(esc(f"{r.name} ({r.mentions})") for r in frame.head(n).itertuples()) or "—"

        def span(values) -> str:
            values = sorted(str(v) for v in values if isinstance(v, str) and v)
            return "" if not values else values[0] if values[0] == values[-1] else f"{values[0]} to {values[-1]}"

        n = len(self.documents)
        published = span(self.documents.get("published", []))
        attributed = int(self.quotes["speaker"].notna().sum()) if len(self.quotes) else 0
        resolved = self.timeline["date"].dropna() if len(self.timeline) else pd.Series(dtype=object)
        rows = [
            ("entities", len(self.entities), f"{len(self.mentions)} mentions"),
            ("quotes", len(self.quotes), f"{attributed} with a speaker"),
            ("timeline", len(self.timeline), f"{len(resolved)} resolved" + (f", {span(resolved)}" if len(resolved) else "")),
            ("events", len(self.events), "subject–verb–object"),
        ]
        table = "".join(f"<tr><td style='text-align:left'><code>.{t}</code></td><td style='text-align:right'>{c}</td>"
                        f"<td style='text-align:left'>{esc(note)}</td></tr>"
                        for t, c, note in rows)
        kinds = [("People", ("PERSON",)), ("Places", ("GPE", "LOC", "FAC")), ("Organisations", ("ORG",))]
        lines = [f"<li>{label}: {top(self.entities[self.entities['label'].isin(labels)])}</li>"
                 for label, labels in kinds]
        if attributed:
            speakers = self.quotes["speaker"].value_counts().head(6)
            lines.append("<li>Quoted: " + ", ".join(esc(f"{s} ({c})") for s, c in speakers.items()) + "</li>")
        if len(self.skipped):
            lines.append(f"<li>{len(self.skipped)} file(s) skipped: see <code>.skipped</code></li>")
        return (f"<div class='toolkit-extraction'><p><b>Extraction</b> of {n} document{'s' if n != 1 else ''}"
                f"{' published ' + esc(published) if published else ''}</p>"
                f"<table><thead><tr><th style='text-align:left'>table</th><th>rows</th><th></th></tr></thead><tbody>{table}</tbody></table>"
                f"<ul>{''.join(lines)}</ul></div>")


def _source_set(source, published: dt.date | None) -> SourceSet:
    """``source`` as a :class:`SourceSet` whose undated documents carry ``published``.

    Paths are read here, with the date; documents read before (with a date or without)
    get it from :meth:`SourceSet.with_published`, which leaves a document's own date alone.
    """
    if isinstance(source, SourceSet):
        return source.with_published(published)
    items = [source] if isinstance(source, Document) else list(source)
    if items and not isinstance(items[0], Document):
        return read_paths(items, published=published)
    return SourceSet("documents", items).with_published(published)


def extract(source, *, aliases: dict[str, str] | None = None, published: dt.date | None = None,
            nlp=None, n_process: int = 1) -> Extraction:
    """Extract entities, quotes, timeline and events from documents.

    Args:
        source: a :class:`SourceSet`, a :class:`Document`, a list of them, or paths.
        aliases: extra surface form → canonical name mappings (from params).
        published: the reference date for documents that carry none (a date, or its text "YYYY-MM-DD").
        nlp: a loaded spaCy pipeline (default: :func:`toolkit.nlp.model.load_model`).
        n_process: worker processes for parsing and extracting (:mod:`toolkit.extraction.pool`; used
            when at least 16 texts per process are to be parsed or re-extracted).

    Parsed texts, each document's facts and the finished tables are cached
    (:mod:`toolkit.extraction.cache`): a text already parsed with this model and this code is not
    parsed again, and an unchanged set is read back whole.

    Returns:
        An :class:`Extraction` whose tables all carry ``doc``, ``start``, ``end`` and
        ``sentence`` provenance.
    """
    from toolkit.extraction import cache

    source = _source_set(source, published)
    documents = list(source.documents)
    skipped = pd.DataFrame([vars(s) for s in source.skipped], columns=SKIPPED_COLUMNS)
    store = cache.Cache.open()
    model = cache.model_identity(nlp)
    keys = [cache.doc_key(d.body, model) for d in documents]
    key = cache.set_key(documents, keys, aliases, model)
    cached = store.get("sets", key, valid=_valid_set_entry)
    if cached is None:
        nlp = nlp or load_model()
        if cache.model_identity(nlp) != model:  # not the package meta.json named
            model = cache.model_identity(nlp)
            keys = [cache.doc_key(d.body, model) for d in documents]
            key = cache.set_key(documents, keys, aliases, model)
        with pool.collector_eased():  # (fewer passes of the garbage collector: see there)
            cached = [_tables(documents, keys, aliases=aliases, nlp=nlp, n_process=n_process, store=store),
                      model_info(nlp)]
        store.put("sets", key, cached)
    tables, info = cached
    return Extraction(**tables, skipped=skipped, model=dict(info))


_SET_COLUMNS = {"documents": DOCUMENT_COLUMNS, "mentions": MENTION_COLUMNS, "quotes": QUOTE_COLUMNS,
                "timeline": TIMELINE_COLUMNS, "events": EVENT_COLUMNS, "entities": ENTITY_COLUMNS}



def _valid_set_entry(entry) -> bool:
    if type(entry) is not list or len(entry) != 2 or type(entry[0]) is not dict or type(entry[1]) is not dict:
        return False
    tables, info = entry
    return (tables.keys() == _SET_COLUMNS.keys()
            and all(isinstance(tables[name], pd.DataFrame) and list(tables[name].columns) == columns
                    for name, columns in _SET_COLUMNS.items())
            and all(type(k) is str and type(v) in MAYBE for k, v in info.items()))


def _tables(documents: list[Document], keys: list[str], *, aliases, nlp, n_process: int, store) -> dict:
    """Every table of the documents: parse (or read) each one, index the set, then extract per document."""
    from toolkit.extraction.cache import facts_key, same_answers

    parsed = parse_all(documents, keys, nlp=nlp, n_process=n_process, store=store)
    index = entities_mod.EntityIndex.from_documents((p.mentions for p in parsed), aliases=aliases)
    # Quotes and events depend on the rest of the set only through the index's answers: a
    # document's cached facts are reused when the index answers its questions as before.
    every_facts: list = []
    todo: list[tuple] = []
    for position, (document, p) in enumerate(zip(documents, parsed)):
        fkey = facts_key(p.key, document.published, document.title)
        facts = store.get("facts", fkey, valid=valid_facts_entry)
        if facts is None or not same_answers(facts["answers"], index):
            facts = None
            todo.append((position, (fkey, Parsed(p.key, p.text, [], 0, 0, p.docbin), document.published,
                                    document.title)))
        every_facts.append(facts)
    processes = extract_processes(len(todo), n_process)
    shared = {"nlp": nlp, "store": store, "index": index}
    for (position, _), facts in zip(todo, pool.imap(extract_facts, [t for _, t in todo], processes=processes,
                                                    shared=shared)):
        every_facts[position] = facts
    return assemble(documents, parsed, every_facts, index)


def assemble(documents: list[Document], parsed: list["Parsed"], every_facts: list[dict],
             index: entities_mod.EntityIndex) -> dict:
    """The set's tables from each document's parse and facts (in the documents' order):
    the set-wide step of both engines, so that the same facts give the same tables."""
    full_names = full_names_by_first(index)
    doc_rows, mention_rows, quote_rows, time_rows, event_rows = [], [], [], [], []
    for document, p, facts in zip(documents, parsed, every_facts):
        offset, body, doc_id = document.body_start, document.body, document.id
        local = {**own_people(p.mentions, index), **local_first_names(p.mentions, index, full_names)}
        doc_rows.append({
            "id": doc_id, "path": document.path, "title": document.title, "outlet": document.outlet,
            "published": document.published.isoformat() if document.published else None, "url": document.url,
            "sha256": document.sha256, "tokens": p.tokens, "words": p.words,
        })
        sentence_of = Sentences(body)
        for m in p.mentions:
            name = index.name_of(m)  # ("President Trump" beside "Mrs. Trump": by its title)
            if name is None:
                name = index.canonical_of.get(m.key)
                if name is None:
                    continue
                name = local.get(name, name)
            mention_rows.append({"doc": doc_id, "name": name, "label": index.label_of[name], "text": m.text,
                                 "start": m.start + offset, "end": m.end + offset,
                                 "sentence": sentence_of(m.sent_start, m.sent_end, m.start, m.end)})
        for text, speaker, cue, start, end, sentence, unterminated, relayed_by in facts["quotes"]:
            quote_rows.append({"doc": doc_id, "text": text, "speaker": local.get(speaker, speaker), "cue": cue,
                               "start": start + offset, "end": end + offset, "sentence": sentence,
                               "unterminated": unterminated, "relayed_by": local.get(relayed_by, relayed_by)})
        for expression, date, granularity, start, end, sentence in facts["timeline"]:
            time_rows.append({"doc": doc_id, "expression": expression, "date": date,
                              "granularity": granularity, "start": start + offset, "end": end + offset,
                              "sentence": sentence})
        for subject, verb, obj, negated, modality, reported_by, quoted, kind, date, start, end, sentence in facts["events"]:
            event_rows.append({"doc": doc_id, "subject": local.get(subject, subject), "verb": verb,
                               "object": local.get(obj, obj), "negated": negated, "modality": modality,
                               "reported_by": local.get(reported_by, reported_by), "quoted": quoted, "kind": kind,
                               "date": date, "start": start + offset, "end": end + offset, "sentence": sentence})

    mentions_df = pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
    return {
        "documents": pd.DataFrame(doc_rows, columns=DOCUMENT_COLUMNS),
        "entities": _entity_table(mentions_df, index),
        "mentions": mentions_df,
        "quotes": pd.DataFrame(quote_rows, columns=QUOTE_COLUMNS),
        "timeline": pd.DataFrame(time_rows, columns=TIMELINE_COLUMNS),
        "events": pd.DataFrame(event_rows, columns=EVENT_COLUMNS),
    }


def _entity_table(mentions: pd.DataFrame, index: entities_mod.EntityIndex) -> pd.DataFrame:
    if mentions.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    grouped = mentions.groupby("name")
    sizes = grouped.size()  # (its index is the names in order: grouped.groups made an index per name)
    table = pd.DataFrame({
        "name": sizes.index.tolist(),
        "mentions": sizes.values,
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
        "skipped": _records(ex.skipped, SKIPPED_COLUMNS),
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
