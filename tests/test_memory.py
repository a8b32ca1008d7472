"""Memory per document is bounded by its text, not by its facts times its sentence length
(issue 16, item 15: a text without sentence ends is one enormous "sentence", and every fact
in it carried a copy of all of it)."""

from __future__ import annotations

import datetime as dt
import hashlib

from toolkit.extraction.tables import MAX_SENTENCE_CHARS, extract
from toolkit.reading.sources import Document

CLAUSE = ("Donald Trump met Vladimir Putin in Anchorage, Volodymyr Zelensky spoke with Emmanuel Macron "
          "in Kyiv, Marco Rubio called Sergey Lavrov on Friday")


def _extract(text, nlp):
    doc = Document(id="long", path="long.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   published=dt.date(2025, 8, 7))
    return doc, extract([doc], nlp=nlp)


def test_a_sentence_of_ordinary_length_is_carried_whole(nlp, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", "off")
    text = ", and ".join([CLAUSE] * 6) + "."
    _, ex = _extract(text, nlp)
    assert set(ex.mentions["sentence"]) == {text}


def test_a_sentence_without_end_gives_each_fact_a_bounded_part_around_it(nlp, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", "off")
    text = " ".join([CLAUSE.replace(",", "")] * 80)  # about 8,000 characters, no sentence end
    doc, ex = _extract(text, nlp)
    rows = [*ex.mentions.itertuples(), *ex.events.itertuples(), *ex.timeline.itertuples()]
    assert len(rows) > 100
    for row in rows:
        assert len(row.sentence) <= MAX_SENTENCE_CHARS + 4  # plus the "… " and " …" marks
        fact = " ".join(doc.text[row.start:row.end].split())
        assert fact[:MAX_SENTENCE_CHARS // 2] in row.sentence  # the part shown is around the fact itself
    assert any(r.sentence.startswith("… ") for r in rows) and any(r.sentence.endswith(" …") for r in rows)
