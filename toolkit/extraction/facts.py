"""One document's facts: its direct quotations, time expressions and events, each row with the
sentence it comes from and character offsets into the document's body.

:func:`document_facts` is the per-document step of both engines (this machine's processes in
:mod:`toolkit.extraction.tables`, Dask workers in :mod:`toolkit.extraction.cluster`); the
facts are kept in the cache with the questions they asked of the set's index, so that they are
reused while the index answers as before.

Example:
    >>> facts, answers = document_facts(fkey, parsed, published, nlp=nlp, store=store, index=index)  # doctest: +SKIP
    >>> facts["quotes"][0][:2]
"""

from __future__ import annotations

import datetime as dt

from toolkit.extraction import pool
from toolkit.extraction.parsing import BOOL, INT, MAYBE, TEXT, Parsed, rows_of_shape
from toolkit.nlp.events import events as find_events
from toolkit.nlp.lookups import keep_entities, known_text
from toolkit.nlp.quotation_marks import quoted_tokens
from toolkit.nlp.quotes import direct_quotations
from toolkit.nlp.person_resolver import PersonResolver


def sentence_text(doc_text: str, start: int, end: int) -> str:
    """The text between two offsets on one line, its runs of white space made single spaces."""
    return " ".join(doc_text[start:end].split())


# The longest sentence a row carries whole. Real sentences are far shorter (the longest in
# the default sets has 848 characters); a text without sentence ends can be one "sentence"
# of up to TOOLKIT_MAX_PARSE_CHARS, and every fact in it would carry a copy of all of it.
MAX_SENTENCE_CHARS = 2_000


class Sentences:
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
            return (("… " if left > sent_start else "") + sentence_text(self.body, left, right)
                    + (" …" if right < sent_end else ""))
        text = self.made.get((sent_start, sent_end))
        if text is None:
            text = self.made[(sent_start, sent_end)] = sentence_text(self.body, sent_start, sent_end)
        return text


# The shapes of a document's facts as the cache keeps them (rows come back as lists).
FACT_FIELDS = {
    "quotes": (TEXT, MAYBE, MAYBE, INT, INT, TEXT, BOOL, MAYBE),
    "timeline": (TEXT, MAYBE, MAYBE, INT, INT, TEXT),
    "events": (MAYBE, TEXT, MAYBE, BOOL, MAYBE, MAYBE, BOOL, TEXT, MAYBE, INT, INT, TEXT),
}


def valid_facts_entry(entry) -> bool:
    """Whether a cache entry read back has the shape of a document's facts and their index answers."""
    if type(entry) is not dict or not all(rows_of_shape(entry.get(k), f) for k, f in FACT_FIELDS.items()):
        return False
    answers = entry.get("answers")  # [["canonical", text, label], name], [["titled", text, title], name], [["label", name], label]
    if not rows_of_shape(answers, ({list}, MAYBE)):
        return False
    questions = [question for question, _ in answers]
    canonical = [q for q in questions if len(q) == 3]
    labels = [q for q in questions if len(q) == 2]
    return (len(canonical) + len(labels) == len(questions)
            and rows_of_shape(canonical, (TEXT, TEXT, TEXT)) and {q[0] for q in canonical} <= {"canonical", "titled"}
            and rows_of_shape(labels, (TEXT, TEXT)) and {q[0] for q in labels} <= {"label"})


def extract_facts(task: tuple) -> tuple:
    """One document's facts (in a worker, or here), kept in the cache unless they are not reusable."""
    fkey, parsed, published, title = task
    return document_facts(fkey, parsed, published, nlp=pool.SHARED["nlp"], store=pool.SHARED["store"],
                          index=pool.SHARED["index"], title=title)[0]


def document_facts(fkey: str, parsed: "Parsed", published: dt.date | None, *, nlp, store, index,
                   title: str | None = None) -> tuple:
    """One parsed document's facts with the questions they asked of the set's index: the
    per-document extraction step of both engines (this machine's processes, Dask workers).

    Returns ``(facts, answers)``; ``answers`` (the index's answers, as data) is None when the
    extractors used the index in a way that is not recorded, so the facts are not reusable.
    """
    from toolkit.extraction.cache import RecordingIndex, answer_list

    recorder = RecordingIndex(index)
    facts = _facts(parsed.doc(nlp, store), published, recorder, parsed.text, title)
    answers = None if recorder.opaque else answer_list(recorder.answers)
    if answers is not None:
        store.put("facts", fkey, {**facts, "answers": answers})
    return facts, answers


def _facts(doc, published: dt.date | None, index, body: str | None = None, title: str | None = None) -> dict:
    """One document's quotes, timeline and events (offsets relative to its body, ``doc.text``); the title can name
    whom a transcript's office label stands for."""
    from toolkit.nlp.timeline import time_expressions  # the timeline module resolves dates

    body = doc.text if body is None else body  # Doc.text is rebuilt token by token on each call
    known_text(doc, body)  # (and the rules that read it from lookups.doc_text find it there)
    keep_entities(doc, doc.ents)  # (no step below sets them: the rules that read them from lookups.entities share one read)
    inside = quoted_tokens(doc, body)
    resolver = PersonResolver(doc, index, inside)
    sentence_of = Sentences(body)
    quotes = [(q.text, q.speaker, q.cue, q.start, q.end, sentence_of(q.sent_start, q.sent_end, q.start, q.end), q.unterminated,
               q.relayed_by)
              for q in direct_quotations(doc, index=index, resolver=resolver, text=body, title=title)]
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
              for e in find_events(doc, index=index, resolver=resolver, times=times, inside=inside, text=body,
                                   published=published)]
    return {"quotes": quotes, "timeline": timeline, "events": events}
