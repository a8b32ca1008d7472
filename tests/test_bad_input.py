"""Bad input, each case with a test: what can be read is read correctly; what cannot is
skipped with a warning naming the file and the reason (and listed in the provenance); a
set with nothing usable, a broken source set or params file fails clearly, before any
kernel starts; the limits are settings, and exceeding them says so.
"""

from __future__ import annotations

import datetime as dt
import time
import warnings

import pandas as pd
import pytest

from conftest import ROOT
from toolkit.core.errors import BuildError, ParamsError, SourceError
from toolkit.core.settings import SettingsError, max_document_bytes
from toolkit.reading.sources import SourceWarning, read_document, read_paths, resolve_sources

ARTICLE = ("Donald Trump said on Friday that he would meet Vladimir Putin next week. "
           "“We are very close,” Trump told reporters in Washington.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def read_set(folder, **kwargs):
    """Read a folder, returning the source set and the warnings' messages."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sources = read_paths([folder], name="bad", **kwargs)
    return sources, [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]


def skipped(sources) -> dict[str, str]:
    return {s.path.rsplit("/", 1)[-1]: s.reason for s in sources.skipped}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


class TestDocuments:
    @pytest.mark.parametrize("name, data, reason", [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n  \n", "only whitespace"),
        ("paper.txt", PDF, "binary data, not text"),
        ("image.txt", PNG, "binary data, not text"),
        ("broken.txt", b"Putin \x81\x8d met \xc3\x28 Trump", "not UTF-8, UTF-16 or Windows-1252 text"),
        ("front.md", b"---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
    ])
    def test_unreadable_is_skipped_named_and_listed(self, folder, name, data, reason):
        (folder / name).write_bytes(data)
        sources, messages = read_set(folder)
        assert [d.id for d in sources.documents] == ["good"]
        assert skipped(sources)[name].startswith(reason)
        assert any(name in m and reason in m for m in messages), messages

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_with_a_bom_is_read(self, tmp_path, encoding):
        text = "Zelensky said “café” costs €5 in Kyiv."
        data = text.encode(encoding)
        if encoding != "utf-16":
            data = ("\ufeff" + text).encode(encoding)
        (tmp_path / "a.txt").write_bytes(data)
        doc = read_document(tmp_path / "a.txt")
        assert doc.body == text and doc.encoding == "utf-16"

    @pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
    def test_windows_1252_and_latin1_are_read(self, tmp_path, encoding):
        text = "Café owner José said the Élysée talks went well." + (" “Très bien” – €5." if encoding == "cp1252" else "")
        (tmp_path / "a.txt").write_bytes(text.encode(encoding))
        doc = read_document(tmp_path / "a.txt")
        assert doc.body == text and doc.encoding == "cp1252"

    def test_invalid_utf8_that_is_windows_1252_is_read_as_such(self, tmp_path):
        (tmp_path / "a.txt").write_bytes(b"The ministers met in Z\xfcrich \x96 and said \x93yes\x94.")
        assert read_document(tmp_path / "a.txt").body == "The ministers met in Zürich – and said “yes”."

    def test_20_mb_file_is_read_quickly_and_shortened_for_parsing(self, folder):
        paragraph = ARTICLE * 20 + "\n"
        (folder / "huge.txt").write_text(paragraph * (20_000_000 // len(paragraph) + 1), encoding="utf-8")
        assert (folder / "huge.txt").stat().st_size > 20_000_000
        started = time.monotonic()
        sources, messages = read_set(folder)
        assert time.monotonic() - started < 20
        huge = next(d for d in sources.documents if d.id == "huge")
        assert len(huge.body) <= 1_000_000 and huge.body.endswith(".")  # cut at a paragraph end
        reason = skipped(sources)["huge.txt"]
        assert reason.startswith("shortened") and "TOOLKIT_MAX_PARSE_CHARS" in reason
        assert any("huge.txt" in m and "shortened" in m for m in messages)

    def test_file_over_the_size_limit_is_skipped_naming_the_setting(self, folder, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "1000")
        (folder / "big.txt").write_text(ARTICLE * 20, encoding="utf-8")
        sources, messages = read_set(folder)
        assert "over the limit of 1,000 bytes" in skipped(sources)["big.txt"]
        assert "TOOLKIT_MAX_DOCUMENT_BYTES" in skipped(sources)["big.txt"]
        assert [d.id for d in sources.documents] == ["good"]

    def test_single_line_of_1_mb(self, folder, nlp, monkeypatch):
        from toolkit.extraction.tables import extract

        line = ("Putin met Trump in Alaska on Friday and said “talks went well” " * 16_000)[:1_048_576]
        (folder / "line.txt").write_text(line, encoding="utf-8")
        sources, _ = read_set(folder)
        doc = next(d for d in sources.documents if d.id == "line")
        assert doc.text == line and 0 < len(doc.body) <= 1_000_000  # cut at a space, not mid-word
        assert line[len(doc.body)] == " "
        monkeypatch.setenv("TOOLKIT_MAX_PARSE_CHARS", "3000")  # keep the parse in this test short
        sources, _ = read_set(folder)
        ex = extract(sources, nlp=nlp)
        assert ex.entities["name"].isin(["Vladimir Putin", "Putin"]).any()
        assert (ex.mentions["end"] <= 3000).all()

    def test_unbalanced_quotation_marks(self, tmp_path, nlp):
        from toolkit.extraction.tables import extract

        (tmp_path / "a.txt").write_text("Trump said, “we will never give up. Putin replied: ”no” and \"maybe.\n\n"
                                        "Zelensky said ‘fine.", encoding="utf-8")
        sources, _ = read_set(tmp_path)
        ex = extract(sources, nlp=nlp)
        text = sources.documents[0].text
        for row in ex.quotes.to_dict("records"):
            assert 0 <= row["start"] < row["end"] <= len(text)
        assert ex.quotes["unterminated"].any()

    def test_no_sentence_at_all(self, tmp_path, nlp):
        from toolkit.extraction.tables import extract

        (tmp_path / "a.txt").write_text("*** --- ### 12 34 56 !!! ??? ... ||| <> []\n\n%%% ~~~", encoding="utf-8")
        sources, _ = read_set(tmp_path)
        ex = extract(sources, nlp=nlp)
        assert len(ex.documents) == 1 and ex.quotes.empty and ex.events.empty

    def test_non_english_article_is_read_and_flagged(self, tmp_path, nlp):
        from toolkit.extraction.tables import extract

        text = ("Президент Владимир Путин заявил в пятницу, что переговоры с Украиной продолжатся на "
                "следующей неделе в Стамбуле. «Мы готовы к диалогу», — сказал он журналистам. "
                "中国外交部发言人表示，双方将于下周在北京举行会谈。")
        (tmp_path / "ru.txt").write_text(text, encoding="utf-8")
        sources, messages = read_set(tmp_path)
        assert sources.documents[0].body == text
        assert any("ru.txt" in m and "English" in m for m in messages)
        ex = extract(sources, nlp=nlp)
        for name in ("mentions", "quotes", "timeline", "events"):
            assert all(0 <= r["start"] <= r["end"] <= len(text) for r in getattr(ex, name).to_dict("records"))

    def test_the_same_file_twice(self, folder):
        (folder / "zz-copy.txt").write_bytes((folder / "good.txt").read_bytes())
        sources, messages = read_set(folder)
        assert [d.id for d in sources.documents] == ["good"]
        assert skipped(sources) == {"zz-copy.txt": "same content as good.txt (read once)"}
        assert any("zz-copy.txt" in m for m in messages)
        # One file named twice (its folder and itself) is read once, and is no "skip".
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            again = read_paths([folder / "good.txt", folder], name="twice")
        assert [d.id for d in again.documents] == ["good"] and len(again.skipped) == 1

    def test_skipped_files_reach_the_extraction_as_data(self, folder, nlp):
        import json

        from toolkit.extraction.tables import SKIPPED_COLUMNS, extract, to_dict

        (folder / "paper.txt").write_bytes(PDF)
        (folder / "zz-copy.txt").write_bytes((folder / "good.txt").read_bytes())
        sources, _ = read_set(folder)
        ex = extract(sources, nlp=nlp)
        assert list(ex.skipped.columns) == SKIPPED_COLUMNS
        expected = [{"path": str(folder / "paper.txt"), "reason": "binary data, not text", "kind": "binary",
                     "copy_of": None},
                    {"path": str(folder / "zz-copy.txt"), "reason": "same content as good.txt (read once)",
                     "kind": "copy", "copy_of": "good"}]
        assert to_dict(ex)["skipped"] == expected and json.loads(json.dumps(to_dict(ex)))["skipped"] == expected
        assert list(extract(sources.documents, nlp=nlp).skipped.columns) == SKIPPED_COLUMNS  # none skipped

    def test_html_with_scripts_keeps_only_the_text(self, tmp_path):
        (tmp_path / "a.html").write_text("<title>T</title><script>alert(1)</script><p onclick='x()'>Putin met Trump.</p>",
                                         encoding="utf-8")
        assert read_document(tmp_path / "a.html").body == "Putin met Trump."


class TestSourceSets:
    def test_missing_folder(self, tmp_path):
        with pytest.raises(SourceError, match=r"sources 'nowhere': no such folder .*nowhere"):
            resolve_sources("nowhere", base=tmp_path)

    def test_empty_folder(self, tmp_path):
        (tmp_path / "empty").mkdir()
        (tmp_path / "empty" / "notes.pdf").write_bytes(PDF)  # not an article suffix
        with pytest.raises(SourceError, match=r"sources 'empty': the folder .* holds no \.txt, \.md or \.html"):
            resolve_sources("empty", base=tmp_path)

    def test_glob_matching_nothing(self, tmp_path):
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        with pytest.raises(SourceError, match=r"sources '\*\.md': the glob matches no"):
            resolve_sources("*.md", base=tmp_path)

    @pytest.mark.parametrize("spec", ["../../etc", "../*", "/etc", "x/../../.."])
    def test_outside_seeds(self, tmp_path, spec):
        (tmp_path / "x").mkdir()
        with pytest.raises(SourceError, match="outside"):
            resolve_sources(spec, base=tmp_path)

    def test_symbolic_links_out_of_seeds_are_refused(self, tmp_path):
        outside = tmp_path / "outside"
        outside.mkdir()
        (outside / "secret.txt").write_text("Not an article.", encoding="utf-8")
        seeds = tmp_path / "seeds"
        (seeds / "set").mkdir(parents=True)
        (seeds / "set" / "a.txt").symlink_to(outside / "secret.txt")
        (seeds / "linked").symlink_to(outside)
        for spec in ("set", "set/*.txt", "linked"):
            with pytest.raises(SourceError, match="outside"):
                resolve_sources(spec, base=seeds)

    def test_nothing_usable_fails_naming_the_set_and_why(self, tmp_path):
        (tmp_path / "a.txt").write_bytes(b"")
        (tmp_path / "b.txt").write_bytes(PNG)
        with pytest.raises(SourceError) as caught:
            read_set(tmp_path)
        message = str(caught.value)
        assert message.startswith("source set 'bad': no usable document (2 skipped")
        assert "a.txt: empty file" in message and "b.txt: binary data" in message

    def test_too_many_documents_names_the_setting(self, folder, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENTS", "2")
        for i in range(3):
            (folder / f"{i}.txt").write_text(f"Article {i} about Putin.", encoding="utf-8")
        with pytest.raises(SourceError, match=r"source set 'bad': 4 documents is over the limit of 2 "
                                              r"\(setting TOOLKIT_MAX_DOCUMENTS\)"):
            read_set(folder)

    def test_a_broken_setting_is_named(self, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "lots")
        with pytest.raises(SettingsError, match="TOOLKIT_MAX_DOCUMENT_BYTES='lots': expected a whole number"):
            max_document_bytes()
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENT_BYTES", "0")
        assert max_document_bytes() is None  # 0 turns the limit off


class TestNoPublishedDate:
    def test_warned_left_unresolved_and_said_in_the_briefing(self, tmp_path, nlp):
        from toolkit.present import views
        from toolkit.extraction.tables import extract

        (tmp_path / "a.txt").write_text("Trump will meet Putin on Friday. The talks of August 7, 2025 failed.",
                                        encoding="utf-8")
        sources, messages = read_set(tmp_path)
        assert any("source set 'bad': no published date" in m and "unresolved" in m for m in messages)
        ex = extract(sources, nlp=nlp)
        dates = dict(zip(ex.timeline["expression"], ex.timeline["date"]))
        assert pd.isna(dates.get("on Friday", dates.get("Friday", 0)))  # relative: needs a reference date
        assert "2025-08-07" in dates.values()  # absolute dates are still resolved
        lede = views.overview(ex).data
        assert "No article carries a published date" in lede and "left unresolved" in lede

    def test_extract_dates_a_set_read_without_a_date(self, tmp_path, nlp):
        from toolkit.extraction.tables import extract

        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        published = dt.date(2025, 8, 7)
        sources, _ = read_set(tmp_path)
        assert sources.documents[0].published is None
        ex = extract(sources, nlp=nlp, published=published)
        assert list(ex.documents["published"]) == ["2025-08-07"]
        dates = dict(zip(ex.timeline["expression"], ex.timeline["date"]))
        assert str(dates.get("on Friday", dates.get("Friday"))).startswith("2025-08")  # resolved against 7 August
        # Read with the date, or given as paths (read with it, so no warning that there is none):
        # the same tables.
        dated = extract(read_paths([tmp_path], published=published), nlp=nlp, published=published)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from_paths = extract([tmp_path / "a.txt"], nlp=nlp, published=published)
        assert not any("no published date" in str(w.message) for w in caught)
        for other in (dated, from_paths):
            pd.testing.assert_frame_equal(other.documents, ex.documents)
            pd.testing.assert_frame_equal(other.timeline, ex.timeline)
        # A document's own date wins over the one given to extract.
        later = extract(read_paths([tmp_path], published=published), nlp=nlp, published=dt.date(2030, 1, 1))
        assert list(later.documents["published"]) == ["2025-08-07"]

    def test_a_params_date_or_a_document_date_is_enough(self, tmp_path):
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        _, messages = read_set(tmp_path, published=dt.date(2025, 8, 7))
        assert not any("no published date" in m for m in messages)


class TestBrokenParamsFailBeforeAnyKernel:
    VALID = "name: demo\ntitle: Demo\nsources: ukraine-diplomacy\npublished: 2025-08-07\n"

    @pytest.mark.parametrize("text, pattern", [
        ("name: demo\ntitle: [unclosed\nsources: x\n", r"p\.yaml:3: not valid YAML"),
        (VALID + "colour: red\n", r"p\.yaml:5: key 'colour': unknown key; expected one of name, title"),
        (VALID + "focus: Trump\n", r"p\.yaml:5: key 'focus': .*expected a list of entity names"),
        (VALID + "formats: [html, docx]\n", r"p\.yaml:5: key 'formats': .*expected a list of formats: html, pdf"),
        (VALID.replace("published: 2025-08-07", "published: someday"), r"p\.yaml:4: key 'published': .*YYYY-MM-DD"),
        (VALID.replace("sources: ukraine-diplomacy", "sources: ../../etc"),
         r"p\.yaml:3: key 'sources': .*relative to seeds/, without '\.\.'"),
        (VALID.replace("title: Demo\n", ""), r"p\.yaml: key 'title': missing; expected the briefing's title"),
        ("- just\n- a list\n", r"p\.yaml: expected a mapping"),
    ])
    def test_params_error(self, tmp_path, monkeypatch, text, pattern):
        import papermill

        from toolkit.build.run import build_one

        monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
        path = tmp_path / "p.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ParamsError, match=pattern):
            build_one(path, reports=tmp_path / "reports", progress=False)

    def test_a_broken_limit_fails_before_any_kernel(self, tmp_path, monkeypatch):
        import papermill

        from toolkit.build.run import build_one

        monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
        monkeypatch.setenv("TOOLKIT_CELL_TIMEOUT", "ten minutes")
        path = tmp_path / "p.yaml"
        path.write_text(self.VALID, encoding="utf-8")
        with pytest.raises(SettingsError, match="TOOLKIT_CELL_TIMEOUT='ten minutes'"):
            build_one(path, reports=tmp_path / "reports", progress=False)

    @pytest.mark.parametrize("sources, pattern", [
        ("no-such-set", "no such folder"),
        ("ukraine-diplomacy/*.md", "the glob matches no"),
    ])
    def test_broken_sources_fail_before_any_kernel(self, tmp_path, monkeypatch, sources, pattern):
        import papermill

        from toolkit.build.run import build_one

        monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
        path = tmp_path / "p.yaml"
        path.write_text(self.VALID.replace("sources: ukraine-diplomacy", f"sources: {sources}"), encoding="utf-8")
        with pytest.raises((SourceError, BuildError), match=pattern):
            build_one(path, reports=tmp_path / "reports", progress=False)
        assert not (tmp_path / "reports").exists() or not any((tmp_path / "reports").iterdir())


@pytest.mark.parametrize("folder", sorted(p.name for p in (ROOT / "seeds").iterdir() if p.is_dir()))
def test_the_shipped_seed_sets_read_cleanly(folder):
    sources, messages = read_set(ROOT / "seeds" / folder)
    assert len(sources) and not sources.skipped and not messages
