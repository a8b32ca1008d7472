"""Reading source sets: metadata, manifests, decoding, and the trailing outlet line."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import SEED
from toolkit.core.errors import SourceError
from toolkit.reading.sources import decode, read_document, read_paths, resolve_sources


class TestReadDocument:
    def test_trailing_outlet_line_is_metadata_not_body(self):
        doc = read_document(SEED)
        assert doc.outlet == "New York Times"
        assert not doc.body.rstrip().endswith("New York Times")
        assert doc.body.rstrip().endswith("conflict.")

    def test_front_matter(self, tmp_path):
        path = tmp_path / "a.md"
        path.write_text("---\ntitle: Talks\noutlet: Reuters\npublished: 2025-08-07\n---\nPutin met Trump.\n",
                        encoding="utf-8")
        doc = read_document(path)
        assert (doc.title, doc.outlet, doc.published) == ("Talks", "Reuters", dt.date(2025, 8, 7))
        assert doc.body == "Putin met Trump."
        assert doc.text[doc.body_start:doc.body_end] == doc.body

    def test_manifest_beside_the_files(self, tmp_path):
        (tmp_path / "x.txt").write_text("Rubio spoke in Geneva on Sunday.", encoding="utf-8")
        (tmp_path / "MANIFEST.tsv").write_text(
            "file\ttitle\toutlet\tpublished\turl\nx.txt\tGeneva talks\tThe White House\t2025-11-23T10:00:00-05:00\thttp://x\n",
            encoding="utf-8")
        [doc] = read_paths([tmp_path]).documents
        assert (doc.title, doc.outlet, doc.published) == ("Geneva talks", "The White House", dt.date(2025, 11, 23))

    def test_comments_left_by_a_scraper_are_blanked_but_offsets_kept(self, tmp_path):
        """The White House texts carry "<!-- -->" lines from their pages' markup."""
        raw = ("The tariff applies to imports.\n\n<!-- -->\n\nIt takes effect on Monday. <!-- a\nb -->"
               " Trump signed it.\n")
        path = tmp_path / "order.txt"
        path.write_text(raw, encoding="utf-8")
        doc = read_document(path)
        assert "<!--" not in doc.text and "-->" not in doc.text
        assert len(doc.text) == len(raw) and doc.text.count("\n") == raw.count("\n")
        start = raw.index("Trump signed")
        assert doc.text[start:start + 12] == "Trump signed"
        assert "It takes effect on Monday." in doc.body and "Trump signed it." in doc.body

    def test_html_article_text(self, tmp_path):
        path = tmp_path / "a.html"
        path.write_text("<html><title>T</title><script>alert(1)</script><p>Putin met Trump.</p></html>")
        doc = read_document(path)
        assert doc.title == "T" and "alert" not in doc.body and "Putin met Trump." in doc.body


class TestDecode:
    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
    def test_text_encodings(self, encoding):
        text, _ = decode("Zelensky said “café” costs €5.".encode(encoding))
        assert "café" in text and "€" in text

    def test_binary_is_refused_with_the_file_named(self):
        with pytest.raises(SourceError, match="x.txt: binary"):
            decode(b"%PDF-1.7\x00\x01", "x.txt")


class TestResolveSources:
    def test_outside_seeds_is_refused(self, tmp_path):
        with pytest.raises(SourceError, match="outside"):
            resolve_sources("../../etc", base=tmp_path)

    def test_glob_matching_nothing(self, tmp_path):
        with pytest.raises(SourceError, match="matches no"):
            resolve_sources("*.txt", base=tmp_path)

    def test_empty_set_fails_naming_it(self, tmp_path):
        (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
        with pytest.warns(UserWarning, match="empty.txt"):
            with pytest.raises(SourceError, match="source set 'demo'"):
                read_paths([tmp_path], name="demo")
