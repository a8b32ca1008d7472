"""Hostile pages, feeds and exports (issue 15): a clear message naming the file, never a crash,
never markup or a script read as text, never a file or URL opened because an input names it."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from conftest import DATA
from toolkit.core.errors import SourceError
from toolkit.reading import pages
from toolkit.reading.sources import (BAD_ROW, BINARY, EMPTY, SHORTENED, TOO_LARGE, UNREADABLE, read_paths)

MIXED = DATA / "inputs" / "mixed"
ARTICLE = "<p>The harbour master said on Tuesday that the quay would reopen next week.</p>"


def read(folder: Path, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sources = read_paths([folder], name="hostile", **kwargs)
    return sources, [str(w.message) for w in caught]


def skips(sources) -> dict[str, tuple[str, str]]:
    return {Path(s.path).name: (s.kind, s.reason) for s in sources.skipped}


def rss(*items: str, title: str = "Coast Desk") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            + "".join(items) + "</channel></rss>")


class TestHugeFiles:
    @pytest.mark.parametrize("name, content", [
        ("wire.rss", rss("<item><title>T</title><description>" + "Words. " * 2000 + "</description></item>")),
        ("export.jsonl", json.dumps({"text": "Words. " * 2000}) + "\n"),
        ("page.html", "<html><body>" + ARTICLE * 200 + "</body></html>"),
    ])
    def test_a_file_over_the_limit_is_skipped_naming_it(self, tmp_path, monkeypatch, name, content):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "5000")
        (tmp_path / "ok.txt").write_text("The quay reopened on Monday, the harbour master said.\n", encoding="utf-8")
        (tmp_path / name).write_text(content, encoding="utf-8")
        sources, messages = read(tmp_path)
        kind, reason = skips(sources)[name]
        assert kind == TOO_LARGE and "over the limit" in reason
        assert any(name in m and "TOOLKIT_MAX_DOCUMENT_BYTES" in m for m in messages)

    def test_a_feed_of_more_entries_than_the_limit_fails_the_set(self, tmp_path, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENTS", "3")
        item = "<item><title>T{0}</title><description>Entry number {0} was read today.</description></item>"
        (tmp_path / "wire.rss").write_text(rss(*(item.format(i) for i in range(10))), encoding="utf-8")
        with pytest.raises(SourceError, match="more than 3 documents"):
            read(tmp_path)

    def test_a_page_of_more_markup_than_trafilatura_is_given_is_read_in_part(self, tmp_path, monkeypatch):
        monkeypatch.setattr(pages, "MAX_PAGE_CHARS", 5_000)
        (tmp_path / "long.html").write_text("<html><body>" + ARTICLE * 400 + "</body></html>", encoding="utf-8")
        sources, _ = read(tmp_path)
        [doc] = sources.documents
        kind, reason = skips(sources)["long.html"]
        assert kind == SHORTENED and "5,000" in reason
        assert 0 < len(doc.text) < 5_000


class TestEncodings:
    def test_a_windows_1252_export_is_read_as_such(self, tmp_path):
        row = json.dumps({"title": "Café reopens", "outlet": "Côte News",
                          "text": "The café reopened, its owner said."}, ensure_ascii=False)
        (tmp_path / "export.jsonl").write_bytes((row + "\n").encode("cp1252"))
        [doc] = read(tmp_path)[0].documents
        assert (doc.title, doc.outlet, doc.encoding) == ("Café reopens", "Côte News", "cp1252")

    def test_utf16_without_a_bom_is_refused_naming_the_file(self, tmp_path):
        (tmp_path / "ok.txt").write_text("The quay reopened on Monday.\n", encoding="utf-8")
        (tmp_path / "export.csv").write_bytes("title,text\nA,The quay reopened.\n".encode("utf-16-le"))
        (tmp_path / "wire.rss").write_bytes(rss("<item><title>A</title></item>").encode("utf-16-le"))
        sources, messages = read(tmp_path)
        assert skips(sources)["export.csv"][0] == BINARY and skips(sources)["wire.rss"][0] == BINARY
        assert any(m.startswith("skipped ") and "export.csv: binary data" in m for m in messages)

    def test_a_latin1_feed_that_says_so_is_read(self, tmp_path):
        feed = rss("<item><title>Quai fermé</title><description>Le quai est fermé, a dit le maire.</description>"
                   "</item>", title="Côte").replace('encoding="utf-8"', 'encoding="iso-8859-1"')
        (tmp_path / "wire.rss").write_bytes(feed.encode("latin-1"))
        [doc] = read(tmp_path)[0].documents
        assert (doc.title, doc.outlet) == ("Quai fermé", "Côte")


class TestScriptsAndMarkup:
    def test_scripts_in_a_feed_never_become_text(self, tmp_path):
        feed = rss(
            "<item><title>&lt;script&gt;alert('t')&lt;/script&gt;Quay reopens</title>"
            "<description><![CDATA[<p>The quay reopened on Monday.</p><script>document.cookie='x'</script>"
            "<p onclick=\"steal()\">Boats returned, the harbour master said.</p><style>p{}</style>]]></description>"
            "</item>",
            "<item><title>Only a script</title><description><![CDATA[<script>alert(1)</script>]]></description></item>")
        (tmp_path / "wire.rss").write_text(feed, encoding="utf-8")
        sources, messages = read(tmp_path)
        [doc] = sources.documents
        assert doc.title == "Quay reopens"
        assert doc.text == "The quay reopened on Monday.\n\nBoats returned, the harbour master said."
        for document in sources.documents:
            for word in ("alert", "cookie", "steal", "script", "p{}"):
                assert word not in document.text and word not in (document.title or "")
        kind, reason = skips(sources)["wire.rss#entry-2"]
        assert (kind, reason) == (EMPTY, "no text")
        assert any("wire.rss#entry-2" in m for m in messages)

    def test_a_broken_feed_is_named(self, tmp_path):
        (tmp_path / "ok.txt").write_text("The quay reopened on Monday.\n", encoding="utf-8")
        (tmp_path / "wire.rss").write_text("<rss><channel><title>Broken", encoding="utf-8")
        kind, reason = skips(read(tmp_path)[0])["wire.rss"]
        assert kind in (UNREADABLE, EMPTY) and reason

    def test_a_feed_naming_a_file_or_an_entity_reads_neither(self, tmp_path):
        secret = tmp_path / "secret.txt"
        secret.write_text("SECRET-LINE", encoding="utf-8")
        (tmp_path / "set").mkdir()
        (tmp_path / "set" / "ok.txt").write_text("The quay reopened on Monday.\n", encoding="utf-8")
        # Bytes that are a path, and a feed whose entity points at the file: feedparser gets a stream.
        (tmp_path / "set" / "path.xml").write_text(str(secret), encoding="utf-8")
        (tmp_path / "set" / "xxe.rss").write_text(
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">]><rss version="2.0"><channel>'
            "<title>X</title><item><title>T</title><description>Read &s; here, the harbour master said."
            "</description></item></channel></rss>", encoding="utf-8")
        sources, _ = read(tmp_path / "set")
        for document in sources.documents:
            assert "SECRET-LINE" not in document.text and "SECRET-LINE" not in (document.title or "")
        assert skips(sources)["path.xml"][0] == UNREADABLE

    def test_deep_json_and_an_empty_export(self, tmp_path):
        (tmp_path / "ok.txt").write_text("The quay reopened on Monday.\n", encoding="utf-8")
        (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "\n" + json.dumps({"text": "Boats returned."}) + "\n",
                                             encoding="utf-8")
        (tmp_path / "empty.csv").write_text("title,text\n", encoding="utf-8")
        sources, _ = read(tmp_path)
        found = skips(sources)
        assert found["deep.jsonl#line-1"][0] == BAD_ROW and found["deep.jsonl#line-1"][1].startswith("line 1:")
        assert found["empty.csv"] == (EMPTY, "no rows")
        assert any(d.path.endswith("deep.jsonl#line-2") for d in sources.documents)

    def test_a_csv_with_an_unclosed_quote_keeps_what_came_before(self, tmp_path):
        (tmp_path / "export.csv").write_text('title,text\nA,The quay reopened.\nB,"never closed\n', encoding="utf-8")
        sources, _ = read(tmp_path)
        assert [Path(d.path).name for d in sources.documents] == ["export.csv#line-2"]
        kind, reason = skips(sources)["export.csv#line-3"]
        assert kind == BAD_ROW and reason.startswith("line 3: unreadable CSV")
