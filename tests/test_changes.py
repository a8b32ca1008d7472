"""What is new between two builds: facts kept as Parquet, compared, written to changes.csv."""

from __future__ import annotations

import csv
import dataclasses

import pandas as pd
import pytest

from toolkit.analysis import changes
from toolkit.pipeline import store

from toolkit.present import views
from toolkit.extraction.tables import Extraction

DOCS = pd.DataFrame([
    {"id": "nyt", "path": "nyt.txt", "title": "Trump may meet Putin", "outlet": "New York Times",
     "published": "2025-08-07", "url": None, "sha256": "0", "tokens": 9, "words": 9},
    {"id": "wh", "path": "wh.txt", "title": None, "outlet": "The White House", "published": "2025-08-19",
     "url": None, "sha256": "1", "tokens": 9, "words": 9},
])
QUOTES = pd.DataFrame([
    {"doc": "nyt", "text": "very soon,", "speaker": "Donald Trump", "cue": "said", "start": 5, "end": 15,
     "sentence": "s", "unterminated": False},
    {"doc": "wh", "text": "Very soon", "speaker": None, "cue": ":", "start": 1, "end": 9, "sentence": "s",
     "unterminated": False},
])
MENTIONS = pd.DataFrame([
    {"doc": "nyt", "name": "Donald Trump", "label": "PERSON", "text": "Trump", "start": 0, "end": 5, "sentence": "s"},
    {"doc": "wh", "name": "Donald Trump", "label": "PERSON", "text": "Trump", "start": 0, "end": 5, "sentence": "s"},
])
TIMELINE = pd.DataFrame([
    {"doc": "nyt", "expression": "Friday", "date": "2025-08-08", "granularity": "day", "start": 0, "end": 6,
     "sentence": "The meeting is on Friday."},
    {"doc": "nyt", "expression": "soon", "date": None, "granularity": None, "start": 0, "end": 4, "sentence": "x"},
])
EVENTS = pd.DataFrame([
    {"doc": "nyt", "subject": "Donald Trump", "verb": "meet", "object": "Vladimir Putin", "negated": False,
     "date": "2025-08-08", "start": 0, "end": 9, "sentence": "s"},
    {"doc": "wh", "subject": "Russia", "verb": "end", "object": "the war", "negated": True, "date": None,
     "start": 0, "end": 9, "sentence": "s"},
])


def _ex(doc_ids=("nyt", "wh")) -> Extraction:
    pick = lambda frame, column="doc": frame[frame[column].isin(doc_ids)].reset_index(drop=True)  # noqa: E731
    return Extraction(documents=pick(DOCS, "id"), entities=pd.DataFrame(), mentions=pick(MENTIONS),
                      quotes=pick(QUOTES), timeline=pick(TIMELINE), events=pick(EVENTS))


def test_facts_are_one_row_per_fact_in_a_fixed_order():
    facts = changes.facts(_ex())
    assert facts.columns.tolist() == changes.FACT_COLUMNS
    assert facts["kind"].tolist() == ["document", "document", "entity", "quote", "timeline", "event", "event"]
    quote = facts[facts["kind"] == "quote"].iloc[0]
    assert quote["key"] == "very soon" and quote["doc"] == "nyt; wh"  # the same words in two documents: one fact
    assert quote["detail"] == "Donald Trump" and quote["weight"] == 2
    assert facts[facts["kind"] == "document"]["text"].tolist() == ["Trump may meet Putin", "wh"]  # no title: id
    assert "2025-08-08: The meeting is on Friday." in facts["text"].tolist()  # undated expressions left out
    assert "Russia not end the war" in facts["text"].tolist()
    shuffled = dataclasses.replace(_ex(), quotes=QUOTES.iloc[::-1], events=EVENTS.iloc[::-1])
    pd.testing.assert_frame_equal(changes.facts(shuffled), facts)


def test_compare_facts_lists_added_and_removed():
    old, new = changes.facts(_ex(("nyt",))), changes.facts(_ex())
    table = changes.compare_facts(old, new)
    assert table.columns.tolist()[:4] == ["kind", "change", "text", "doc"]
    assert set(table["change"]) == {"added"}
    assert table[table["kind"] == "document"]["doc"].tolist() == ["wh"]
    assert "Russia not end the war" in table["text"].tolist()
    back = changes.compare_facts(new, old)
    assert set(back["change"]) == {"removed"} and len(back) == len(table)
    assert changes.compare_facts(new, new).empty and changes.compare_facts(None, new).empty


def test_update_first_then_unchanged_then_changed(tmp_path):
    first = store.record_changes(_ex(("nyt",)), tmp_path)
    assert first.first and first.table.empty and not first.unchanged
    header = (tmp_path / "changes.csv").read_text(encoding="utf-8")
    assert header == "kind,change,text,doc,detail,weight,key\n"
    facts_bytes = (tmp_path / "facts.parquet").read_bytes()

    same = store.record_changes(_ex(("nyt",)), tmp_path)
    assert same.unchanged and (tmp_path / "facts.parquet").read_bytes() == facts_bytes

    later = tmp_path / "staging"  # a build writes elsewhere and reads the live folder
    grown = store.record_changes(_ex(), later, previous_dir=tmp_path)
    assert not grown.first and not grown.unchanged and grown.previous_documents == 1
    rows = list(csv.DictReader((later / "changes.csv").open(encoding="utf-8")))
    assert {"kind": "document", "change": "added", "doc": "wh"}.items() <= rows[0].items()
    assert {r["kind"] for r in rows} == {"document", "event"}  # the quote and the entity were known already
    counts = grown.counts().set_index("kind")
    assert counts.loc["document", "added"] == 1 and counts.loc["quote", "added"] == 0
    assert (tmp_path / "facts.parquet").read_bytes() == facts_bytes  # the live facts were only read
    reread = store.load_facts(later)
    pd.testing.assert_frame_equal(reread, grown.facts)


@pytest.mark.parametrize("content", [b"not parquet", b""])
def test_unreadable_previous_facts_count_as_a_first_build(tmp_path, content):
    (tmp_path / "facts.parquet").write_bytes(content)
    assert store.load_facts(tmp_path) is None
    assert store.record_changes(_ex(), tmp_path).first


def test_show_changes_says_first_unchanged_or_what_changed(tmp_path):
    first = store.record_changes(_ex(("nyt",)), tmp_path / "a")
    assert "This is the first build of this set" in views.show_changes(first, DOCS).data
    same = store.record_changes(_ex(("nyt",)), tmp_path / "a")
    assert "Nothing changed since the last build" in views.show_changes(same, DOCS).data
    grown = store.record_changes(_ex(), tmp_path / "b", previous_dir=tmp_path / "a")
    page = views.show_changes(grown, DOCS).data
    assert "Since the last build (1 document, now 2)" in page
    assert "documents: 1 new" in page and "<caption>Documents</caption>" in page and "The White House" in page


def test_changes_are_ordered_removed_first_then_by_weight():
    def facts(rows):
        return pd.DataFrame([{"kind": k, "key": t, "text": t, "doc": "d", "detail": "", "weight": w}
                             for k, t, w in rows], columns=changes.FACT_COLUMNS)

    old = facts([("entity", "Gone", 1), ("entity", "Kept", 9)])
    new = facts([("entity", "Kept", 9), ("entity", "Minor", 1), ("entity", "Major", 7), ("document", "d2", 100)])
    table = changes.compare_facts(old, new)
    assert list(zip(table["kind"], table["change"], table["text"])) == [
        ("document", "added", "d2"), ("entity", "removed", "Gone"), ("entity", "added", "Major"),
        ("entity", "added", "Minor")]
