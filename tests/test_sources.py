"""Reading source sets: metadata, manifests, decoding, and the trailing outlet line."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from conftest import SEED
from toolkit.core.errors import SourceError
from toolkit.reading.sources import (
    BAD_FRONT_MATTER, BINARY, COPY, EMPTY, SHORTENED, SKIP_KINDS, TOO_LARGE, UNDECODABLE, UNREADABLE, Document,
    SkippedDocument, SourceSet, SourceWarning, decode, read_document, read_paths, resolve_sources,
)

ARTICLE = "Donald Trump said on Friday that he would meet Vladimir Putin next week.\n"


class TestOutletOfAnUnlabelledDocument:
    """A document whose metadata names no outlet takes its address's site, else a short
    capitalised last line; a signature in capitals is never an outlet."""

    FOLDER = Path(__file__).parent / "data" / "inputs" / "whitehouse-bench"

    def test_the_site_of_its_address_not_its_signature(self):
        [doc] = [d for d in read_paths([self.FOLDER]).documents if "pope-francis" in d.id]
        assert doc.outlet == "whitehouse.gov"
        assert doc.text.rstrip().endswith("DONALD J. TRUMP")
        assert doc.body.rstrip().endswith("two hundred and forty-ninth.")

    def test_without_an_address_a_signature_is_not_an_outlet(self, tmp_path):
        text = (self.FOLDER / "presidential-actions__2025-04-21-honoring-the-memory-of-his-holiness-pope-francis.txt")
        copy = tmp_path / "proclamation.txt"
        copy.write_bytes(text.read_bytes())
        assert read_document(copy).outlet is None

    def test_a_last_line_naming_an_outlet_still_counts(self):
        from toolkit.reading.outlets import outlet_from

        assert outlet_from(None, "New York Times") == "New York Times"
        assert outlet_from(float("nan"), "CNN") == "CNN"
        assert outlet_from("https://www.reuters.com/world/x", "New York Times") == "reuters.com"
        assert outlet_from("file:///tmp/x.txt", "CLICK HERE TO VIEW ANNEX II") is None


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


def _read(*paths, **options) -> tuple[SourceSet, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        source = read_paths(list(paths), name="kinds", **options)
    return source, [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]


class TestSkippedKinds:
    """Each skipped file says why as data (``kind``, ``copy_of``); the reason is only for the reader."""

    @pytest.mark.parametrize("name, data, kind, reason", [
        ("empty.txt", b"", EMPTY, "empty file"),
        ("blank.txt", b" \n\t\n", EMPTY, "only whitespace"),
        ("meta.md", b"---\ntitle: Only a title\n---\n", EMPTY, "no text"),
        ("paper.txt", b"%PDF-1.7\n1 0 obj\n", BINARY, "binary data, not text"),
        ("controls.txt", bytes(range(1, 9)) * 50, BINARY, "binary data, not text"),
        ("broken.txt", b"Putin \x81\x8d met \xc3\x28 Trump", UNDECODABLE, "not UTF-8, UTF-16 or Windows-1252 text"),
        ("odd16.txt", b"\xff\xfeA\x00B", UNDECODABLE, "broken UTF-16"),
        ("front.md", b"---\ntitle: [unclosed\n---\nText.\n", BAD_FRONT_MATTER, "front matter is not valid YAML"),
    ])
    def test_each_unusable_file_has_its_kind(self, tmp_path, name, data, kind, reason):
        (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / name).write_bytes(data)
        source, _ = _read(tmp_path)
        [skip] = source.skipped
        assert (skip.path, skip.kind, skip.copy_of) == (str(tmp_path / name), kind, None)
        assert skip.reason.startswith(reason)
        with pytest.raises(SourceError) as raised:
            read_document(tmp_path / name)
        assert (raised.value.kind, raised.value.reason) == (kind, skip.reason)

    def test_a_file_over_the_size_limit_is_too_large(self, tmp_path, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "100")
        (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "big.txt").write_text(ARTICLE * 3, encoding="utf-8")
        [skip] = _read(tmp_path)[0].skipped
        assert skip.kind == TOO_LARGE and "TOOLKIT_MAX_DOCUMENT_BYTES" in skip.reason

    def test_what_cannot_be_read_is_unreadable(self, tmp_path):
        for path in (tmp_path / "gone.txt", tmp_path / "folder.txt"):  # missing; a folder, not a file
            (tmp_path / "folder.txt").mkdir(exist_ok=True)
            with pytest.raises(SourceError) as raised:
                read_document(path)
            assert raised.value.kind == UNREADABLE and raised.value.reason.startswith("cannot read")

    def test_a_shortened_body_is_listed_as_shortened_not_as_skipped(self, tmp_path, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_PARSE_CHARS", "100")
        (tmp_path / "long.txt").write_text(ARTICLE * 5, encoding="utf-8")
        source, messages = _read(tmp_path)
        [skip] = source.skipped
        assert [d.id for d in source.documents] == ["long"] and len(source.documents[0].body) <= 100
        assert skip.kind == SHORTENED and skip.reason.startswith("shortened: only the first")
        assert any(m.startswith(f"{tmp_path / 'long.txt'}: shortened") for m in messages), messages

    def test_a_copy_names_the_id_of_the_document_kept(self, tmp_path):
        one, two = tmp_path / "one", tmp_path / "two"
        one.mkdir(), two.mkdir()
        (one / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (two / "a.txt").write_text(ARTICLE + "Zelensky was not invited.\n", encoding="utf-8")
        (two / "b.txt").write_bytes((two / "a.txt").read_bytes())
        source, messages = _read(one, two)
        ids = [d.id for d in source.documents]
        assert ids[0] == "a" and ids[1].startswith("a-")  # the same stem twice: the second id is made unique
        [skip] = source.skipped
        # The copy is of two/a.txt, whose id is not its file name: the id is what the tables carry.
        assert (skip.kind, skip.copy_of) == (COPY, ids[1])
        assert skip.reason == "same content as a.txt (read once)"
        assert any(m.startswith("skipped ") and "b.txt" in m for m in messages)

    def test_kinds_are_a_closed_set_and_only_a_copy_names_a_kept_document(self):
        assert len(set(SKIP_KINDS)) == len(SKIP_KINDS) == 11  # 8, and (issue 15) no-article, bad-row, summary-only
        assert SkippedDocument("/x/b.txt", "same content as a.txt (read once)", COPY, "a").copy_of == "a"
        with pytest.raises(ValueError, match="unknown kind"):
            SkippedDocument("/x/a.pdf", "binary data, not text", "pdf")
        with pytest.raises(ValueError, match="copy_of"):
            SkippedDocument("/x/b.txt", "same content as a.txt (read once)", COPY)
        with pytest.raises(ValueError, match="copy_of"):
            SkippedDocument("/x/a.pdf", "binary data, not text", BINARY, "a")


class TestPublished:
    """The params' date reaches the documents that carry none, in one place: SourceSet.with_published."""

    def test_a_documents_own_date_wins(self, tmp_path):
        (tmp_path / "dated.md").write_text(f"---\npublished: 2025-08-01\n---\n{ARTICLE}", encoding="utf-8")
        (tmp_path / "undated.txt").write_text(ARTICLE.replace("Friday", "Monday"), encoding="utf-8")
        source, messages = _read(tmp_path, published=dt.date(2025, 8, 7))
        assert {d.id: d.published for d in source} == {"dated": dt.date(2025, 8, 1), "undated": dt.date(2025, 8, 7)}
        assert not any("no published date" in m for m in messages)
        later = source.with_published(dt.date(2030, 1, 1))  # applying a date again changes nothing
        assert [d.published for d in later] == [d.published for d in source] and later.skipped is source.skipped

    def test_a_set_read_without_a_date_takes_one_later(self, tmp_path):
        (tmp_path / "undated.txt").write_text(ARTICLE, encoding="utf-8")
        source, messages = _read(tmp_path)
        assert source.documents[0].published is None and any("no published date" in m for m in messages)
        assert source.with_published(None) is source
        dated = source.with_published(dt.date(2025, 8, 7))
        assert dated.documents[0].published == dt.date(2025, 8, 7) and source.documents[0].published is None
        assert (dated.name, dated.skipped) == (source.name, source.skipped)
        assert isinstance(dated.documents[0], Document)
