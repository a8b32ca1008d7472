"""The inputs analysts have (issue 15): saved web pages, RSS/Atom feeds, CSV/JSON-lines exports.

The fixtures under tests/data/inputs/ are written for these tests (original prose about an
invented ferry strike; no text from any publisher). ``mixed/`` is the folder of the issue:
a saved news page with its navigation, cookie banner, related links and footer, an RSS
file of two entries and a JSON-lines export of two articles.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

from conftest import DATA
from toolkit.core.errors import SourceError
from toolkit.reading.exports import read_export
from toolkit.reading.feeds import as_iso_date, is_feed, read_feed
from toolkit.reading.pages import NoArticle, read_page
from toolkit.reading.sources import (BAD_ROW, EMPTY, NO_ARTICLE, SUMMARY_ONLY, UNREADABLE, read_document, read_file,
                                     read_paths)

MIXED = DATA / "inputs" / "mixed"
PAGE = MIXED / "harbour-ferry.html"
# Words only the page's furniture holds: navigation, cookie banner, related and most-read boxes, footer.
BOILERPLATE = ("cookies", "Accept all", "Manage settings", "Subscribe", "Related stories", "Most read",
               "Bridge repairs", "Late goal", "All rights reserved", "Privacy policy", "newsletter", "dataLayer")


def read(*paths, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sources = read_paths(list(paths), name="inputs", **kwargs)
    return sources, [str(w.message) for w in caught]


@pytest.fixture(scope="module")
def mixed():
    return read(MIXED)[0]


@pytest.fixture(scope="module")
def mixed_extraction(mixed, nlp):
    from toolkit.extraction.tables import extract

    return extract(mixed, nlp=nlp)


class TestMixedFolder:
    """The issue's "done when": five documents, right metadata, no boilerplate, quotes attributed."""

    def test_five_documents_with_their_titles_outlets_and_dates(self, mixed):
        found = {(d.title, d.outlet, d.published) for d in mixed.documents}
        assert found == {
            ("Ferry crews walk out over night-shift rota", "Northern Ledger", dt.date(2024, 3, 12)),
            ("Mediator to meet ferry union and operator on Friday", "Estuary Wire", dt.date(2024, 3, 13)),
            ("Commuters turn to bridge buses as ferries stay in port", "Estuary Wire", dt.date(2024, 3, 14)),
            ("Ferry talks end without a deal", "Harbour Gazette", dt.date(2024, 3, 15)),
            ("Operator offers extra rest day to ferry crews", "Shoreline Radio News", dt.date(2024, 3, 16)),
        }

    def test_each_keeps_its_origin(self, mixed):
        origins = sorted(Path(d.path).name for d in mixed.documents)
        assert origins == ["estuary-wire.rss#entry-1", "estuary-wire.rss#entry-2", "harbour-ferry.html",
                           "monitor-export.jsonl#line-1", "monitor-export.jsonl#line-2"]
        assert len({d.id for d in mixed.documents}) == 5
        urls = {d.url for d in mixed.documents}
        assert "https://ledger.example.org/news/2024/03/12/ferry-crews-strike" in urls  # the page's canonical URL
        assert "https://wire.example.net/2024/03/14/bridge-buses" in urls  # an entry's link

    def test_no_boilerplate_in_any_text(self, mixed):
        page = next(d for d in mixed.documents if d.path.endswith(".html"))
        assert "Crews on the harbour ferries stopped work" in page.body
        assert page.body.rstrip().endswith("unless the rota is withdrawn.")
        for document in mixed.documents:
            for words in BOILERPLATE:
                assert words not in document.text, (document.id, words)

    def test_paragraphs_are_kept(self, mixed):
        page = next(d for d in mixed.documents if d.path.endswith(".html"))
        assert page.body.count("\n\n") == 4  # five paragraphs
        assert not page.body.startswith(page.title)  # the headline repeats the title: not part of the body

    def test_an_entry_with_only_a_summary_is_marked(self, mixed):
        [note] = mixed.skipped
        assert note.kind == SUMMARY_ONLY and note.path.endswith("estuary-wire.rss#entry-2")
        assert "summary" in note.reason

    def test_quotes_are_attributed_and_offsets_point_into_the_text_as_read(self, mixed, mixed_extraction):
        quotes = mixed_extraction.quotes
        documents = {d.id: d for d in mixed.documents}
        assert set(quotes["doc"]) == set(documents)  # every document has its quotes
        assert quotes["speaker"].notna().all()
        said = set(zip(quotes["doc"].map(lambda i: Path(documents[i].path).name), quotes["speaker"]))
        assert {("harbour-ferry.html", "Petra Halvorsen"), ("estuary-wire.rss#entry-1", "Rosa Lindgren"),
                ("estuary-wire.rss#entry-2", "Samir Haddad"), ("monitor-export.jsonl#line-1", "Rosa Lindgren"),
                ("monitor-export.jsonl#line-2", "Daniel Okafor")} <= said
        # "Councillor Ines Marchetti said …. “When the ferries stop …,” she said.": a councillor is a
        # person (the model calls the titled name an organisation), and "she" is her.
        ferries = quotes[quotes["text"].str.contains("When the ferries stop")]
        assert list(ferries["speaker"]) == ["Ines Marchetti"]
        for row in quotes.itertuples():
            source = documents[row.doc].text[row.start:row.end]
            assert row.text.strip("“”\"' ,.") in source

    def test_the_briefing_says_an_entry_was_only_a_summary_not_that_it_was_skipped(self, mixed_extraction):
        from toolkit.present.views import overview, provenance_table

        lede = overview(mixed_extraction).data
        assert "1 feed entry carried only a summary" in lede and "skipped" not in lede
        assert "Skipped or shortened files" in provenance_table(mixed_extraction).data

    def test_the_documents_table_names_each_origin(self, mixed_extraction):
        paths = [Path(p).name for p in mixed_extraction.documents["path"]]
        assert "estuary-wire.rss#entry-2" in paths and "monitor-export.jsonl#line-1" in paths


class TestPages:
    def test_metadata_precedence_manifest_then_front_matter_then_page(self, tmp_path):
        markup = PAGE.read_text(encoding="utf-8")
        (tmp_path / "story.html").write_text("---\ntitle: Ferry strike (front matter)\n---\n" + markup,
                                             encoding="utf-8")
        (tmp_path / "MANIFEST.csv").write_text("file,title,outlet\nstory.html,Ferry strike (manifest),The Ledger\n",
                                               encoding="utf-8")
        [doc] = read(tmp_path)[0].documents
        assert (doc.title, doc.outlet, doc.published) == ("Ferry strike (manifest)", "The Ledger",
                                                          dt.date(2024, 3, 12))
        (tmp_path / "MANIFEST.csv").write_text("file,outlet\nstory.html,The Ledger\n", encoding="utf-8")
        [doc] = read(tmp_path)[0].documents
        assert doc.title == "Ferry strike (front matter)"

    def test_a_page_of_navigation_only_is_skipped_with_a_reason(self, tmp_path):
        (tmp_path / "good.txt").write_text("Petra Halvorsen said the union would meet on Friday.\n", encoding="utf-8")
        (tmp_path / "index.html").write_text(
            "<html><head><title>Ledger</title></head><body><header><nav><ul><li><a href='/n'>News</a></li>"
            "<li><a href='/s'>Sport</a></li></ul></nav></header><div class='cookie'><button>Accept all</button>"
            "</div><footer><a href='/p'>Privacy</a></footer></body></html>", encoding="utf-8")
        (tmp_path / "blank.html").write_text("<html><body><script>track()</script></body></html>", encoding="utf-8")
        sources, messages = read(tmp_path)
        kinds = {Path(s.path).name: s.kind for s in sources.skipped}
        assert kinds == {"index.html": NO_ARTICLE, "blank.html": EMPTY}
        assert any("index.html" in m and "no article text" in m for m in messages)

    def test_a_date_the_page_shows_but_does_not_declare_and_never_a_copyright_year(self):
        body = "<p>The ferries returned to service on Wednesday, the union said.</p>" * 3
        dated = read_page(f'<html><body><article><time datetime="2024-03-20T08:00">20 March 2024</time>{body}'
                          "</article><footer>© 2025 Coast Post</footer></body></html>", path="x.html")
        undated = read_page(f"<html><body><article>{body}</article><footer>© 2025 Coast Post</footer></body></html>",
                            path="y.html")
        assert (dated.published, undated.published) == ("2024-03-20", None)

    def test_a_fragment_saved_without_html_is_read(self):
        page = read_page("<p>Petra Halvorsen said the talks would resume.</p>", path="x.html")
        assert page.text == "Petra Halvorsen said the talks would resume."

    def test_no_article_raises_naming_the_file(self):
        with pytest.raises(NoArticle, match="x.html: no article text"):
            read_page("<html><body><nav><a href='/'>Home</a></nav></body></html>", path="x.html")

    def test_a_page_is_one_document(self):
        doc = read_document(PAGE)
        assert doc.outlet == "Northern Ledger" and doc.text[doc.body_start:].startswith("Crews on the harbour")


class TestFeeds:
    def test_entries_in_order_with_content_or_summary(self):
        feed = read_feed((MIXED / "estuary-wire.rss").read_bytes(), path="estuary-wire.rss")
        assert feed.title == "Estuary Wire"
        assert [(e.number, e.published, e.summary_only) for e in feed.entries] == [
            (1, "2024-03-13", False), (2, "2024-03-14", True)]
        assert feed.entries[0].text.count("\n\n") == 2  # three paragraphs of content:encoded

    def test_atom_as_xml(self, tmp_path):
        (tmp_path / "wire.xml").write_text(
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Desk</title>'
            '<entry><title>Harbour reopens</title><link href="https://coast.example/harbour"/>'
            '<updated>2024-04-02T22:15:00-04:00</updated><content type="html">&lt;p&gt;The harbour reopened on '
            'Tuesday, the port authority said.&lt;/p&gt;</content></entry></feed>', encoding="utf-8")
        (tmp_path / "config.xml").write_text("<config><mode>fast</mode></config>", encoding="utf-8")
        sources, _ = read(tmp_path)
        [doc] = sources.documents
        assert (doc.title, doc.outlet, doc.published, doc.url) == (
            "Harbour reopens", "Coast Desk", dt.date(2024, 4, 2), "https://coast.example/harbour")
        assert doc.text == "The harbour reopened on Tuesday, the port authority said."
        [skip] = sources.skipped
        assert skip.kind == UNREADABLE and "config.xml" in skip.path and "not an RSS or Atom feed" in skip.reason

    def test_a_manifest_row_names_an_entry_or_gives_a_feed_its_outlet(self, tmp_path):
        (tmp_path / "wire.rss").write_bytes((MIXED / "estuary-wire.rss").read_bytes())
        (tmp_path / "MANIFEST.tsv").write_text("file\toutlet\ttitle\nwire.rss\tEstuary Wire Service\t\n"
                                               "wire.rss#entry-2\t\tBuses fill in for ferries\n", encoding="utf-8")
        docs = sorted(read(tmp_path)[0].documents, key=lambda d: d.id)
        assert [d.outlet for d in docs] == ["Estuary Wire Service"] * 2
        assert docs[1].title == "Buses fill in for ferries"
        assert docs[0].title == "Mediator to meet ferry union and operator on Friday"

    def test_dates_as_the_feed_writes_them(self):
        assert as_iso_date("Tue, 12 Mar 2024 23:30:00 -0500") == "2024-03-12"  # not the 13th in UTC
        assert as_iso_date("2024-03-12T23:30:00-05:00") == "2024-03-12"
        assert as_iso_date("yesterday") is None

    def test_a_feed_is_known_by_its_root(self):
        assert is_feed((MIXED / "estuary-wire.rss").read_bytes())
        assert not is_feed(b"<html><body><p>feed the birds</p></body></html>")

    def test_a_feed_is_not_one_document(self):
        with pytest.raises(SourceError, match="one document per entry"):
            read_document(MIXED / "estuary-wire.rss")


JSONL_ROWS = [
    {"title": "Ferry talks end", "media_name": "Harbour Gazette", "publish_date": "2024-03-15 09:30:00",
     "url": "https://gazette.example.com/a", "text": "Talks ended on Friday without a deal, the union said."},
    "not json {",
    ["a", "list"],
    {"title": "No body", "media_name": "Harbour Gazette"},
    {"headline": "Buses run late", "source": {"id": None, "name": "Coast FM"},
     "date": "Sat, 16 Mar 2024 08:00:00 +0000", "link": "https://coast.example/b",
     "body": "<p>Buses ran late on Saturday.</p><p>“It was slow,” said a driver.</p>"},
]


class TestExports:
    def write_jsonl(self, folder: Path) -> Path:
        lines = [row if isinstance(row, str) else json.dumps(row) for row in JSONL_ROWS]
        path = folder / "export.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def test_bad_rows_are_skipped_with_their_line_numbers(self, tmp_path):
        self.write_jsonl(tmp_path)
        sources, messages = read(tmp_path)
        assert sorted(Path(d.path).name for d in sources.documents) == ["export.jsonl#line-1", "export.jsonl#line-5"]
        bad = {Path(s.path).name: s.reason for s in sources.skipped if s.kind == BAD_ROW}
        assert set(bad) == {"export.jsonl#line-2", "export.jsonl#line-3", "export.jsonl#line-4"}
        assert bad["export.jsonl#line-2"].startswith("line 2: not valid JSON")
        assert bad["export.jsonl#line-3"].startswith("line 3: a JSON list")
        assert bad["export.jsonl#line-4"].startswith("line 4: no text")
        assert any("export.jsonl#line-2" in m for m in messages)

    def test_the_usual_column_names_and_html_bodies(self, tmp_path):
        self.write_jsonl(tmp_path)
        docs = {Path(d.path).name: d for d in read(tmp_path)[0].documents}
        first, last = docs["export.jsonl#line-1"], docs["export.jsonl#line-5"]
        assert (first.title, first.outlet, first.published) == ("Ferry talks end", "Harbour Gazette",
                                                                dt.date(2024, 3, 15))
        assert (last.title, last.outlet, last.published, last.url) == (
            "Buses run late", "Coast FM", dt.date(2024, 3, 16), "https://coast.example/b")
        assert last.text == "Buses ran late on Saturday.\n\n“It was slow,” said a driver."

    def test_csv_rows_spanning_lines_and_their_line_numbers(self, tmp_path):
        (tmp_path / "export.csv").write_text(
            'title,outlet,date,content\n'
            'Quay closed,Port News,2024-03-17,"The quay closed on Sunday.\n\nIt reopens on Monday."\n'
            'Short row,Port News\n'
            'Tide warning,Port News,2024-03-18,"A high tide is expected, forecasters said."\n', encoding="utf-8")
        (tmp_path / "MANIFEST.csv").write_text("file,outlet\nexport.csv,Port News Daily\n", encoding="utf-8")
        sources, _ = read(tmp_path)
        docs = {Path(d.path).name: d for d in sources.documents}
        assert set(docs) == {"export.csv#line-2", "export.csv#line-6"}  # the first row takes lines 2-4
        assert docs["export.csv#line-2"].text == "The quay closed on Sunday.\n\nIt reopens on Monday."
        assert {d.outlet for d in docs.values()} == {"Port News Daily"}  # the manifest first
        [bad] = sources.skipped
        assert (Path(bad.path).name, bad.kind) == ("export.csv#line-5", BAD_ROW)
        assert bad.reason == "line 5: 2 fields where the header has 4"

    def test_a_columns_mapping_for_other_names(self, tmp_path):
        (tmp_path / "feed.csv").write_text("story_text,paper,when\nThe harbour reopened on Tuesday.,Coast Post,"
                                           "2024-04-02\n", encoding="utf-8")
        sources, _ = read(tmp_path, columns={"story_text": "text", "paper": "outlet", "when": "published"})
        [doc] = sources.documents
        assert (doc.text, doc.outlet, doc.published) == ("The harbour reopened on Tuesday.", "Coast Post",
                                                         dt.date(2024, 4, 2))
        with pytest.raises(SourceError, match="no usable row"):
            read(tmp_path)  # without the mapping there is no text column

    def test_offsets_are_into_the_row_text_as_read(self):
        text = "Line one.\n\n  Line two, said Rosa Lindgren.  "
        export = read_export(json.dumps({"text": text}) + "\n", path="e.jsonl")
        assert export.rows[0].text == text

    def test_an_export_is_not_one_document(self):
        with pytest.raises(SourceError, match="one document per row"):
            read_document(MIXED / "monitor-export.jsonl")

    def test_read_file_gives_documents_and_notes(self):
        documents, notes = read_file(MIXED / "estuary-wire.rss")
        assert len(documents) == 2 and [n.kind for n in notes] == [SUMMARY_ONLY]
