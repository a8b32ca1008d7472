"""Hostile source sets (issue 16, second round): what the reading layer does with them.

* one bad value never fails its set: an impossible date, a lone surrogate, a key given
  twice, a manifest row with bytes that are not UTF-8, a file name that is not UTF-8 — the
  field is dropped (or the key's last value used) with a warning naming the file and the
  field, and the document is read;
* every file read for a set (articles, manifests) is inside the set's folder, links
  followed; the file a link points to is never opened;
* a glob is walked once and counted as it goes (repeated ``**``, link loops, the limit);
* the HTML reader is linear, whatever tags are left open;
* reading a 20 MB document costs memory in proportion to it.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pyarrow as pa
import pytest

from conftest import ROOT
from toolkit.core.errors import SourceError
from toolkit.reading.sources import (SUFFIXES, SourceWarning, _html_to_text, read_document, read_manifest,
                                     read_paths, read_source_set, resolve_sources)

ARTICLE = ("Donald Trump said on Friday that he would meet Vladimir Putin next week. "
           "“We are very close,” Trump told reporters in Washington.\n")
OTHER = "Volodymyr Zelensky met European leaders in Kyiv on Monday. They spoke about security guarantees.\n"
PARAMS_DATE = dt.date(2025, 8, 18)
SECRET = "root:x:0:0:SECRET-LINE:/root:/bin/bash\n"


def read(folder: Path, **kwargs):
    """Read a folder as a set: the set and the messages of its SourceWarnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sources = read_paths([folder], name="hostile", **kwargs)
    return sources, [str(w.message) for w in caught if issubclass(w.category, SourceWarning)]


def by_id(sources):
    return {d.id: d for d in sources.documents}


def front(meta: str, body: str = ARTICLE) -> str:
    return f"---\n{meta}\n---\n{body}"


def assert_storable(sources) -> None:
    """Every text of every document can be written as UTF-8 (pyarrow, JSON, CSV)."""
    columns = {k: [getattr(d, k) for d in sources.documents] for k in ("id", "path", "title", "outlet", "url")}
    pa.table(columns)
    json.dumps(columns, ensure_ascii=False).encode("utf-8")
    for d in sources.documents:
        d.text.encode("utf-8")


# --- 5 and 17: one bad value never fails its set --------------------------------------------------

class TestBadValues:
    @pytest.mark.parametrize("value, why", [
        ("2025-02-30", "day is out of range"),
        ("0000-01-01", "year 0 is out of range"),
        ("2025-13-01", "month must be in 1..12"),
        ("yesterday", "expected YYYY-MM-DD"),
    ])
    def test_an_impossible_front_matter_date_drops_the_field(self, tmp_path, value, why):
        (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
        (tmp_path / "bad.md").write_text(front(f"title: Kept\npublished: {value}\noutlet: Reuters"), encoding="utf-8")
        sources, messages = read(tmp_path, published=PARAMS_DATE)
        bad = by_id(sources)["bad"]
        assert (bad.title, bad.outlet, bad.published) == ("Kept", "Reuters", PARAMS_DATE)
        assert "Trump told reporters" in bad.body
        assert any("bad.md" in m and "'published'" in m and why in m for m in messages), messages
        assert not sources.skipped

    def test_the_front_matter_date_alone_is_dropped_not_the_manifest_one(self, tmp_path):
        (tmp_path / "a.md").write_text(front("published: 2025-02-30"), encoding="utf-8")
        (tmp_path / "MANIFEST.tsv").write_text("file\tpublished\na.md\t2025-08-07\n", encoding="utf-8")
        sources, _ = read(tmp_path, published=PARAMS_DATE)
        assert by_id(sources)["a"].published == dt.date(2025, 8, 7)

    @pytest.mark.parametrize("meta, field", [
        ('title: "\\ud800"', "title"),
        ('title: "Talks \\udfff resume"', "title"),
        ('outlet: "\\ud83d"', "outlet"),
        ('url: "https://example.org/\\udc80"', "url"),
    ])
    def test_a_lone_surrogate_drops_the_field(self, tmp_path, meta, field):
        (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
        (tmp_path / "bad.md").write_text(front(f"{meta}\npublished: 2025-08-07"), encoding="utf-8")
        sources, messages = read(tmp_path)
        bad = by_id(sources)["bad"]
        assert getattr(bad, field) is None and bad.published == dt.date(2025, 8, 7)
        assert any("bad.md" in m and repr(field) in m and "not valid Unicode" in m for m in messages), messages
        assert_storable(sources)

    def test_the_set_with_a_lone_surrogate_extracts(self, tmp_path, nlp):
        from toolkit.extraction.tables import extract

        (tmp_path / "bad.md").write_text(front('title: "\\ud800"\noutlet: "Reuters \\udfff"'), encoding="utf-8")
        sources, _ = read(tmp_path, published=PARAMS_DATE)
        ex = extract(sources, nlp=nlp)
        assert ex.entities["name"].isin(["Donald Trump"]).any()

    def test_a_manifest_row_with_bytes_that_are_not_utf8_loses_that_field_only(self, tmp_path):
        for name, text in (("a.txt", ARTICLE), ("b.txt", OTHER)):
            (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / "MANIFEST.tsv").write_bytes(
            "file\ttitle\toutlet\tpublished\n".encode()
            + "a.txt\tTalks in Zürich\tNeue Zürcher Zeitung\t2025-08-07\n".encode()
            + b"b.txt\tBroken \xed\xa0\x80 title\tReuters\t2025-08-08\n")
        sources, messages = read(tmp_path)
        docs = by_id(sources)
        assert (docs["a"].title, docs["a"].outlet) == ("Talks in Zürich", "Neue Zürcher Zeitung")
        assert (docs["b"].title, docs["b"].outlet, docs["b"].published) == (None, "Reuters", dt.date(2025, 8, 8))
        assert any("MANIFEST.tsv" in m and "b.txt" in m and "'title'" in m for m in messages), messages
        assert_storable(sources)

    def test_a_windows_1252_manifest_is_read_as_such(self, tmp_path):
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "MANIFEST.csv").write_bytes("file,title\na.txt,Café – €5\n".encode("cp1252"))
        sources, messages = read(tmp_path)
        assert by_id(sources)["a"].title == "Café – €5" and not [m for m in messages if "MANIFEST" in m]

    def test_an_impossible_manifest_date_is_warned_not_silently_replaced(self, tmp_path):
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "MANIFEST.tsv").write_text("file\ttitle\tpublished\na.txt\tT\t2025-02-30\n", encoding="utf-8")
        sources, messages = read(tmp_path, published=PARAMS_DATE)
        assert by_id(sources)["a"].published == PARAMS_DATE  # the params date, and said so
        assert any("MANIFEST.tsv" in m and "a.txt" in m and "'published'" in m and "2025-02-30" in m
                   for m in messages), messages

    def test_a_front_matter_key_given_twice_is_named(self, tmp_path):
        (tmp_path / "a.md").write_text(front("title: First\noutlet: Reuters\nTitle: Second"), encoding="utf-8")
        sources, messages = read(tmp_path)
        assert by_id(sources)["a"].title == "Second"
        assert any("a.md" in m and "'title'" in m and "lines 2 and 4" in m for m in messages), messages

    def test_a_file_listed_twice_in_a_manifest_is_named(self, tmp_path):
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "MANIFEST.tsv").write_text("file\ttitle\na.txt\tOne\na.txt\tTwo\n", encoding="utf-8")
        sources, messages = read(tmp_path)
        assert by_id(sources)["a"].title == "Two"
        assert any("MANIFEST.tsv" in m and "'a.txt'" in m and "twice" in m for m in messages), messages

    def test_a_file_name_that_is_not_utf8_is_read_under_a_readable_id(self, tmp_path):
        name = os.fsdecode(b"report-\xff.txt")
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        sources, messages = read(tmp_path)
        assert [d.id for d in sources.documents] == ["report-\\xff"]
        assert any("not valid UTF-8" in m for m in messages), messages
        assert_storable(sources)

    @pytest.mark.parametrize("meta", [
        "title: " + "9" * 5000,  # int() of 5,000 digits raises ValueError
        "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\ntitle: *c",  # a list where text belongs
        "title: 2025-02-30 10:00:00",
        "title: yes",
    ])
    def test_values_yaml_would_convert_are_text_or_dropped(self, tmp_path, meta):
        (tmp_path / "a.md").write_text(front(meta), encoding="utf-8")
        sources, _ = read(tmp_path)
        title = by_id(sources)["a"].title
        assert title is None or meta.endswith(title)

    def test_oversized_front_matter_is_refused_before_yaml_reads_it(self, tmp_path):
        (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
        (tmp_path / "big.md").write_text(front("title: T\n" + "k: [[[[[[[[[[]]]]]]]]]]\n" * 10_000), encoding="utf-8")
        sources, messages = read(tmp_path)
        assert "over the limit" in {Path(s.path).name: s.reason for s in sources.skipped}["big.md"]


# --- 12: every file read for a set is inside its folder -------------------------------------------

@pytest.fixture
def linked(tmp_path):
    """seeds/ with a set whose manifest is a link to a file outside seeds/."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(SECRET, encoding="utf-8")
    seeds = tmp_path / "seeds"
    (seeds / "set").mkdir(parents=True)
    (seeds / "set" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds, outside / "passwd"


class TestInsideTheSet:
    @pytest.mark.parametrize("manifest", ["MANIFEST.tsv", "MANIFEST.csv"])
    @pytest.mark.parametrize("spec", ["set", "set/a.txt", "set/*.txt", "**/a.txt"])
    def test_a_manifest_linked_out_of_the_set_is_refused_unread(self, linked, manifest, spec):
        seeds, secret = linked
        (seeds / "set" / manifest).symlink_to(secret)
        with pytest.raises(SourceError, match="points outside") as caught:
            resolve_sources(spec, base=seeds)
        assert manifest in str(caught.value) and "SECRET" not in str(caught.value)

    def test_reading_the_folder_refuses_it_too(self, linked):
        seeds, secret = linked
        (seeds / "set" / "MANIFEST.tsv").symlink_to(secret)
        for attempt in (lambda: read_paths([seeds / "set"]), lambda: read_manifest(seeds / "set"),
                        lambda: read_source_set("set", base=seeds)):
            with pytest.raises(SourceError, match="points outside") as caught:
                attempt()
            assert "SECRET" not in str(caught.value)

    def test_the_build_plan_fails_the_set_without_reading_the_link(self, linked, make_project, tmp_path):
        from toolkit.build.plan import plan_builds

        seeds, secret = linked
        (seeds / "set" / "MANIFEST.tsv").symlink_to(secret)
        project = make_project(tmp_path / "project", params={"set": "name: set\ntitle: T\nsources: set\n"})
        project.env["TOOLKIT_SEEDS"] = str(seeds)
        with project.environment():
            [plan] = plan_builds(force=True)
        assert isinstance(plan.error, SourceError) and "MANIFEST.tsv" in str(plan.error)
        assert "SECRET" not in str(plan.error)

    @pytest.mark.parametrize("spec", ["set", "set/*.txt", "set/b.txt", "set/**/*.txt"])
    def test_an_article_linked_to_another_set_leaves_the_set(self, linked, spec):
        seeds, _ = linked
        (seeds / "other").mkdir()
        (seeds / "other" / "x.txt").write_text(OTHER, encoding="utf-8")
        (seeds / "set" / "b.txt").symlink_to(seeds / "other" / "x.txt")
        with pytest.raises(SourceError, match="points outside"):
            resolve_sources(spec, base=seeds)

    def test_links_inside_the_set_are_fine_and_read_once(self, linked):
        seeds, _ = linked
        (seeds / "set" / "sub").mkdir()
        (seeds / "set" / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
        (seeds / "set" / "c.txt").symlink_to(seeds / "set" / "sub" / "b.txt")
        (seeds / "set" / "sub" / "m.tsv").write_text("file\ttitle\nc.txt\tLinked manifest\n", encoding="utf-8")
        (seeds / "set" / "MANIFEST.tsv").symlink_to(seeds / "set" / "sub" / "m.tsv")
        assert [p.name for p in resolve_sources("set/**/*.txt", base=seeds)] == ["a.txt", "b.txt"]
        sources = read_source_set("set", base=seeds, published=PARAMS_DATE)
        assert by_id(sources)["c"].title == "Linked manifest"

    @pytest.mark.parametrize("spec", ["", ".", "set/.."])
    def test_seeds_itself_is_no_set(self, linked, spec):
        seeds, _ = linked
        (seeds / "README.md").write_text("# The source sets\n\nWhere they come from.\n", encoding="utf-8")
        with pytest.raises(SourceError, match="names .* itself|points outside"):
            resolve_sources(spec, base=seeds)

    def test_a_manifest_that_is_not_a_file_is_refused(self, linked):
        seeds, _ = linked
        (seeds / "set" / "MANIFEST.csv").mkdir()
        with pytest.raises(SourceError, match="MANIFEST.csv: not a regular file"):
            resolve_sources("set", base=seeds)


# --- 13: a glob is walked once ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def deep(tmp_path_factory):
    """seeds/adv-deep/d1/…/d14/x.txt: one article under 14 folders."""
    seeds = tmp_path_factory.mktemp("deep") / "seeds"
    folder = seeds.joinpath("adv-deep", *[f"d{i}" for i in range(1, 15)])
    folder.mkdir(parents=True)
    (folder / "x.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds


class TestGlobs:
    @pytest.mark.parametrize("spec", ["adv-deep/**/**/**/**/**/**/*.txt", "adv-deep/**/*/**/*/**/*.txt",
                                      "**/**/**/**/**/**/**/*.txt"])
    def test_repeated_double_stars_match_each_file_once(self, deep, spec):
        started = time.monotonic()
        files = resolve_sources(spec, base=deep)
        assert [f.name for f in files] == ["x.txt"]  # was thousands of matches of the same file
        assert time.monotonic() - started < 5

    def test_the_walk_stops_at_the_limit(self, tmp_path, monkeypatch):
        monkeypatch.setenv("TOOLKIT_MAX_DOCUMENTS", "5")
        for i in range(40):
            (tmp_path / "set" / f"f{i % 4}").mkdir(parents=True, exist_ok=True)
            (tmp_path / "set" / f"f{i % 4}" / f"{i}.txt").write_text(f"Article {i}.", encoding="utf-8")
        for spec in ("set/**/*.txt", "set/*/*.txt"):
            with pytest.raises(SourceError, match=r"more than 5 documents.*TOOLKIT_MAX_DOCUMENTS"):
                resolve_sources(spec, base=tmp_path)
        (tmp_path / "flat").mkdir()
        for i in range(6):
            (tmp_path / "flat" / f"{i}.txt").write_text(f"Article {i}.", encoding="utf-8")
        with pytest.raises(SourceError, match=r"more than 5 documents"):
            resolve_sources("flat", base=tmp_path)

    def test_links_to_one_file_count_once_and_a_loop_ends(self, tmp_path):
        (tmp_path / "set" / "sub").mkdir(parents=True)
        (tmp_path / "set" / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "set" / "b.txt").symlink_to(tmp_path / "set" / "sub" / "a.txt")
        (tmp_path / "set" / "sub" / "up").symlink_to(tmp_path / "set")  # a loop, inside the set
        assert [p.name for p in resolve_sources("set/**/*.txt", base=tmp_path)] == ["a.txt"]

    @pytest.mark.parametrize("spec", ["a/*.txt", "a/**/*.txt", "**/*", "a/**", "a/*/*", "a/.*", "a/.hid/*",
                                      "*/b/**/*.*", "a/[bd]/*", "a/?/*", "**/c/*"])
    def test_the_same_files_as_glob(self, tmp_path, spec):
        for name in ("a/1.txt", "a/b/2.md", "a/b/c/3.html", "a/.hid/4.txt", "a/.5.txt", "a/d/6.htm", "x/7.txt",
                     "a/b/c/8.pdf"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("Text.", encoding="utf-8")
        expected = sorted({Path(p).resolve() for p in glob.glob(str(tmp_path / spec), recursive=True)
                           if Path(p).is_file() and Path(p).suffix.lower() in SUFFIXES})
        assert resolve_sources(spec, base=tmp_path) == expected


# --- 14: the HTML reader is linear -----------------------------------------------------------------

BROKEN_HTML = {  # 1 MB each; with html.parser: 77 s, hours, 11 s, AssertionError
    "endtags.html": "</" * 500_000,
    "starttags.html": "<a " * 333_334,
    "comments.html": "<!--" * 250_000,
    "sections.html": "<![" * 333_334,
    "closed.html": "<a " * 333_334 + ">",
}


class TestHTML:
    def test_a_megabyte_of_broken_tags_is_read_in_linear_time(self, tmp_path):
        for name, markup in BROKEN_HTML.items():
            (tmp_path / name).write_text(markup + "\n<p>Putin met Trump.</p>", encoding="utf-8")
        script = textwrap.dedent(f"""
            import warnings
            from toolkit.reading.sources import read_paths
            warnings.simplefilter("ignore")
            sources = read_paths([{str(tmp_path)!r}])
            print(len(sources.documents) + sum(s.kind != "shortened" for s in sources.skipped))
        """)
        # A separate process with a generous limit: before, the first file alone took 77 s.
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                              cwd=ROOT)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.split() == [str(len(BROKEN_HTML))]

    def test_what_is_never_closed_is_text(self):
        text, title = _html_to_text("<title>T &amp; U</title><p>3 < 4 and <b>bold</b> and <unclosed")
        assert (text, title) == ("3 < 4 and bold and <unclosed", "T & U")
        assert _html_to_text("</</</")[0] == "</</</"
        assert _html_to_text("a <!-- never closed <p>b</p>")[0] == "a <!-- never closed \nb"

    def test_the_text_of_a_page(self):
        markup = ("<!DOCTYPE html><html><head><title>Talks</title><style>p {color: red}</style>"
                  "<script>if (a < b) { document.write('<p>x</p>') }</script></head><body>"
                  "<!-- <p>commented out</p> --><p onclick='a>b' class=\"x\">Putin &lt;met&gt; Trump&nbsp;today.</p>"
                  "<noscript>Enable JS</noscript><div>Next<br/>line &#x2014; &#8212; &#55296; &#99999999999999</div>"
                  "<![CDATA[ignored]]><?php echo 1 ?></></body></html>")
        text, title = _html_to_text(markup)
        assert title == "Talks"
        assert text == "Putin <met> Trump\xa0today.\n\nNext\nline — — \ufffd \ufffd999999"
        text.encode("utf-8")

    def test_an_unclosed_script_hides_the_rest_as_in_a_browser(self):
        assert _html_to_text("<p>Visible</p><script>var a = '</p>text'")[0] == "Visible"

    def test_html_with_no_text_is_skipped_as_such(self, tmp_path):
        (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
        (tmp_path / "tags.html").write_text("</" * 1000 + ">", encoding="utf-8")
        sources, _ = read(tmp_path)
        assert {Path(s.path).name: s.reason for s in sources.skipped} == {"tags.html": "no text"}


# --- 15: memory per document is in proportion to it ------------------------------------------------

MEMORY_SCRIPT = """
import sys, warnings
warnings.simplefilter("ignore")
from toolkit.reading.duplicates import drop_duplicates
from toolkit.reading.sources import read_paths

def status(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith(key + ":"))

with open("/proc/self/clear_refs", "w") as handle:
    handle.write("5")  # the peak (VmHWM) starts again from what is resident now
before = status("VmRSS")
sources = read_paths([sys.argv[1]])
drop_duplicates(sources)
print((status("VmHWM") - before) // 1024)
"""


@pytest.mark.parametrize("name, unit", [
    ("line.txt", "Putin met Trump in Alaska on Friday and said “talks went well” "),
    ("page.html", "<p>Putin met Trump in Alaska on Friday and said “talks went well”.</p>\n"),
])
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc/self/clear_refs")
def test_reading_20_mb_costs_memory_in_proportion(tmp_path, name, unit):
    """A 20 MB document (one line, or a page of 300,000 paragraphs) is read, copies looked
    for, in memory of a few times its size (measured: 54 MB for the line, 163 MB for the
    page, which took 476 MB with html.parser); only TOOLKIT_MAX_PARSE_CHARS of it go on to
    the parser."""
    (tmp_path / name).write_text((unit * (20_000_000 // len(unit) + 1))[:20_000_000], encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) < 250, f"{done.stdout.strip()} MB to read a 20 MB file"
