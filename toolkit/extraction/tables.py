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
from toolkit.extraction.parsing import BOOL, INT, MAYBE, TEXT, Parsed, extract_processes, parse_all, rows_of_shape
from toolkit.core.frames import rows_of
from toolkit.core.text import WHO_LABELS
from toolkit.nlp.events import events as find_events
from toolkit.nlp.model import load_model, model_info
from toolkit.nlp.quotation_marks import quoted_tokens
from toolkit.nlp.quotes import direct_quotations
from toolkit.nlp.syntax import PersonResolver
from toolkit.reading.sources import Document, SourceSet, read_paths

DOCUMENT_COLUMNS = ["id", "path", "title", "outlet", "published", "url", "sha256", "tokens", "words"]
ENTITY_COLUMNS = ["name", "label", "aliases", "mentions", "documents"]
MENTION_COLUMNS = ["doc", "name", "label", "text", "start", "end", "sentence"]
QUOTE_COLUMNS = ["doc", "text", "speaker", "cue", "start", "end", "sentence", "unterminated"]
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


def _sentence(doc_text: str, start: int, end: int) -> str:
    return " ".join(doc_text[start:end].split())


# The longest sentence a row carries whole. Real sentences are far shorter (the longest in
# the default sets has 848 characters); a text without sentence ends can be one "sentence"
# of up to TOOLKIT_MAX_PARSE_CHARS, and every fact in it would carry a copy of all of it.
MAX_SENTENCE_CHARS = 2_000


class _Sentences:
    """A document's sentences as text for the rows of its facts, memory bounded per row.

    A sentence is made once and shared by the rows it provides. One longer than
    :data:`MAX_SENTENCE_CHARS` gives each fact the part of it around the fact instead,
    marked with "…" where cut: the fact's ``start``/``end`` still point into the full text.
    """

    def __init__(self, body: str):
        self.body, self.made = body, {}

    def __call__(self, sent_start: int, sent_end: int, start: int, end: int) -> str:
        if sent_end - sent_start > MAX_SENTENCE_CHARS:
            half = max((MAX_SENTENCE_CHARS - (end - start)) // 2, 0)  # 0: a fact longer than the part
            left = max(sent_start, start - half)
            right = min(sent_end, left + MAX_SENTENCE_CHARS)
            left = max(sent_start, min(left, right - MAX_SENTENCE_CHARS))
            return (("… " if left > sent_start else "") + _sentence(self.body, left, right)
                    + (" …" if right < sent_end else ""))
        text = self.made.get((sent_start, sent_end))
        if text is None:
            text = self.made[(sent_start, sent_end)] = _sentence(self.body, sent_start, sent_end)
        return text


def extract(source, *, aliases: dict[str, str] | None = None, published: dt.date | None = None,
            nlp=None, n_process: int = 1) -> Extraction:
    """Extract entities, quotes, timeline and events from documents.

    Args:
        source: a :class:`SourceSet`, a :class:`Document`, a list of them, or paths.
        aliases: extra surface form → canonical name mappings (from params).
        published: the reference date for documents that carry none.
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


_FACT_FIELDS = {
    "quotes": (TEXT, MAYBE, MAYBE, INT, INT, TEXT, BOOL),
    "timeline": (TEXT, MAYBE, MAYBE, INT, INT, TEXT),
    "events": (MAYBE, TEXT, MAYBE, BOOL, MAYBE, MAYBE, BOOL, TEXT, MAYBE, INT, INT, TEXT),
}
_SET_COLUMNS = {"documents": DOCUMENT_COLUMNS, "mentions": MENTION_COLUMNS, "quotes": QUOTE_COLUMNS,
                "timeline": TIMELINE_COLUMNS, "events": EVENT_COLUMNS, "entities": ENTITY_COLUMNS}



def _valid_facts_entry(entry) -> bool:
    if type(entry) is not dict or not all(rows_of_shape(entry.get(k), f) for k, f in _FACT_FIELDS.items()):
        return False
    answers = entry.get("answers")  # [["canonical", text, label], name] and [["label", name], label]
    if not rows_of_shape(answers, ({list}, MAYBE)):
        return False
    questions = [question for question, _ in answers]
    canonical = [q for q in questions if len(q) == 3]
    labels = [q for q in questions if len(q) == 2]
    return (len(canonical) + len(labels) == len(questions)
            and rows_of_shape(canonical, (TEXT, TEXT, TEXT)) and {q[0] for q in canonical} <= {"canonical"}
            and rows_of_shape(labels, (TEXT, TEXT)) and {q[0] for q in labels} <= {"label"})


def _valid_set_entry(entry) -> bool:
    if type(entry) is not list or len(entry) != 2 or type(entry[0]) is not dict or type(entry[1]) is not dict:
        return False
    tables, info = entry
    return (tables.keys() == _SET_COLUMNS.keys()
            and all(isinstance(tables[name], pd.DataFrame) and list(tables[name].columns) == columns
                    for name, columns in _SET_COLUMNS.items())
            and all(type(k) is str and type(v) in MAYBE for k, v in info.items()))


def _extract_facts(task: tuple) -> tuple:
    """One document's facts (in a worker, or here), kept in the cache unless they are not reusable."""
    fkey, parsed, published = task
    return document_facts(fkey, parsed, published, nlp=pool.SHARED["nlp"], store=pool.SHARED["store"],
                          index=pool.SHARED["index"])[0]


def document_facts(fkey: str, parsed: "Parsed", published: dt.date | None, *, nlp, store, index) -> tuple:
    """One parsed document's facts with the questions they asked of the set's index: the
    per-document extraction step of both engines (this machine's processes, Dask workers).

    Returns ``(facts, answers)``; ``answers`` (the index's answers, as data) is None when the
    extractors used the index in a way that is not recorded, so the facts are not reusable.
    """
    from toolkit.extraction.cache import RecordingIndex, answer_list

    recorder = RecordingIndex(index)
    facts = _facts(parsed.doc(nlp, store), published, recorder, parsed.text)
    answers = None if recorder.opaque else answer_list(recorder.answers)
    if answers is not None:
        store.put("facts", fkey, {**facts, "answers": answers})
    return facts, answers


def _facts(doc, published: dt.date | None, index, body: str | None = None) -> dict:
    """One document's quotes, timeline and events (offsets relative to its body, ``doc.text``)."""
    from toolkit.nlp.timeline import time_expressions  # the timeline module resolves dates

    body = doc.text if body is None else body  # Doc.text is rebuilt token by token on each call
    inside = quoted_tokens(doc, body)
    resolver = PersonResolver(doc, index, inside)
    sentence_of = _Sentences(body)
    quotes = [(q.text, q.speaker, q.cue, q.start, q.end, sentence_of(q.sent_start, q.sent_end, q.start, q.end), q.unterminated)
              for q in direct_quotations(doc, index=index, resolver=resolver, text=body)]
    timeline = []
    for t in time_expressions(doc, published=published, text=body):
        sent = doc.char_span(t.start, t.end, alignment_mode="expand")
        sent = sent.sent if sent is not None else None
        s0, s1 = (sent.start_char, sent.end_char) if sent is not None else (t.start, t.end)
        timeline.append((t.expression, t.date, t.granularity, t.start, t.end, sentence_of(s0, s1, t.start, t.end)))
    # Each event is dated by the time expression of its own clause, not of its sentence.
    times = [(t[3], t[4], t[1]) for t in timeline]
    events = [(e.subject, e.verb, e.object, e.negated, e.modality, e.reported_by, e.quoted, e.kind, e.date, e.start,
               e.end, sentence_of(e.sent_start, e.sent_end, e.start, e.end))
              for e in find_events(doc, index=index, resolver=resolver, times=times, inside=inside, text=body)]
    return {"quotes": quotes, "timeline": timeline, "events": events}


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
        fkey = facts_key(p.key, document.published)
        facts = store.get("facts", fkey, valid=_valid_facts_entry)
        if facts is None or not same_answers(facts["answers"], index):
            facts = None
            todo.append((position, (fkey, Parsed(p.key, p.text, [], 0, 0, p.docbin), document.published)))
        every_facts.append(facts)
    processes = extract_processes(len(todo), n_process)
    shared = {"nlp": nlp, "store": store, "index": index}
    for (position, _), facts in zip(todo, pool.imap(_extract_facts, [t for _, t in todo], processes=processes,
                                                    shared=shared)):
        every_facts[position] = facts
    return assemble(documents, parsed, every_facts, index)


def assemble(documents: list[Document], parsed: list["Parsed"], every_facts: list[dict],
             index: entities_mod.EntityIndex) -> dict:
    """The set's tables from each document's parse and facts (in the documents' order):
    the set-wide step of both engines, so that the same facts give the same tables."""
    full_names = _full_names_by_first(index)
    doc_rows, mention_rows, quote_rows, time_rows, event_rows = [], [], [], [], []
    for document, p, facts in zip(documents, parsed, every_facts):
        offset, body, doc_id = document.body_start, document.body, document.id
        local = {**_own_people(p.mentions, index), **_local_first_names(p.mentions, index, full_names)}
        doc_rows.append({
            "id": doc_id, "path": document.path, "title": document.title, "outlet": document.outlet,
            "published": document.published.isoformat() if document.published else None, "url": document.url,
            "sha256": document.sha256, "tokens": p.tokens, "words": p.words,
        })
        sentence_of = _Sentences(body)
        for m in p.mentions:
            name = index.canonical_of.get(m.key)
            if name is None:
                continue
            name = local.get(name, name)
            mention_rows.append({"doc": doc_id, "name": name, "label": index.label_of[name], "text": m.text,
                                 "start": m.start + offset, "end": m.end + offset,
                                 "sentence": sentence_of(m.sent_start, m.sent_end, m.start, m.end)})
        for text, speaker, cue, start, end, sentence, unterminated in facts["quotes"]:
            quote_rows.append({"doc": doc_id, "text": text, "speaker": local.get(speaker, speaker), "cue": cue,
                               "start": start + offset, "end": end + offset,
                               "sentence": sentence, "unterminated": unterminated})
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


def _full_names_by_first(index: entities_mod.EntityIndex) -> dict[str, set[str]]:
    """The set's full personal names by first name, for the first names two or more share."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for name, label in index.label_of.items():
        if label == "PERSON" and len(name.split()) >= 2:
            by_first[name.split()[0].casefold()].add(name)
    return {first: names for first, names in by_first.items() if len(names) > 1}


def _local_first_names(mentions: list, index: entities_mod.EntityIndex,
                       full_names: dict[str, set[str]]) -> dict[str, str]:
    """``{"Mark": "Mark Rutte"}`` for a document that names one of the set's Marks in full.

    A lone first name that several people in the set share stays its own entity in the
    index; within one document it is the one of them that the document names in full.
    """
    if not full_names:
        return {}
    named = {index.canonical_of.get(m.key) for m in mentions}
    local = {}
    for name in named:
        if name and " " not in name and index.label_of.get(name) == "PERSON":
            here = full_names.get(name.casefold(), set()) & named
            if len(here) == 1:
                local[name] = next(iter(here))
    return local


def _own_people(mentions: list, index: entities_mod.EntityIndex) -> dict[str, str]:
    """The full names a document's lone names mean there, where the set-wide index says otherwise.

    * ``{"West": "Kanye West"}`` in a document that names Kanye West in full: the links the index
      makes only inside the documents that name the person (:attr:`EntityIndex.within_document`);
    * ``{"Robert Hunter": "Hunter Biden"}`` for a document that says "Hunter" alone and names
      Hunter Biden in full, never Robert Hunter: the index links a lone word to one person for the
      whole set, as the surname of a full name of another document; but news calls by the given
      name alone only someone it has named in full ("Biden's son Hunter").

    One pass over the document's mentions (the index's answers are looked up once per key).
    """
    full_here: set[str] = set()
    lone: dict[str, set[str]] = defaultdict(set)
    for key in {m.key for m in mentions}:
        name = index.canonical_of.get(key)
        if name is None:
            continue
        if " " in key:
            full_here.add(name)
        else:
            lone[name].add(key)
    local = {name: full for name, full in index.within_document.items() if full in full_here and name in lone}
    for name, keys in lone.items():
        if name in full_here or len(keys) != 1 or " " not in name or index.label_of.get(name) != "PERSON":
            continue
        word = next(iter(keys))
        fits = [f for f in full_here if f.split()[0].casefold() == word and index.label_of.get(f) == "PERSON"]
        if len(fits) == 1:
            local[name] = fits[0]
    return local


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
