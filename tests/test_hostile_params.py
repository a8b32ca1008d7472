"""Hostile params files (issue 16, the params side of items 1–2, 6, 7 and 17).

Every case is a real file in ``tmp_path`` read by :func:`toolkit.reading.params.load_params`
(and, for the set names, by ``toolkit build``'s own entry point): it is refused with a
:class:`ParamsError` naming the file, the line and the key, in a short message, before
anything formats its values or touches ``reports/``.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from toolkit.core.errors import ParamsError
from toolkit.reading.params import EXCERPT_CHARS, MAX_PARAMS_BYTES, load_params

VALID = "name: demo\ntitle: Demo\nsources: demo\npublished: 2025-08-07\n"
# Every message stays short: the file's path, the key and an excerpt of at most ~60 characters.
SHORT = 400


def write(tmp_path, text: str | bytes, name: str = "p.yaml"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refused(path, pattern: str) -> ParamsError:
    """Load ``path``, expecting a short ParamsError matching ``pattern`` (a regex)."""
    with pytest.raises(ParamsError) as caught:
        load_params(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert len(message) < len(str(path)) + SHORT, f"{len(message)} characters: {message[:500]}"
    assert re.search(pattern, message), message
    return caught.value


# -- items 1–2: set names that cannot collide with anything the build writes in reports/ --------------

@pytest.mark.parametrize("name", [
    "index.html",      # would be swapped in over the index
    "index",           # its lock was the index's lock (reports/.index.lock)
    "_failed",         # the failed notebooks' folder
    "screenshots",     # the browser tests' screenshots
    ".staging",        # the build's own (hidden) entries
    ".index",
    "adv-x.old-1",     # dots: suffixes and the clean-up of another set's entries
    "a.lock",
    "a+b",             # the build's private namespace (.staging+<name>+…)
    "-lead", "trail-", "two--hyphens", "mixed_-joins", "_lead",
    "Upper",           # case-insensitive file systems would merge two sets
    "con", "nul", "lpt1",  # folders some systems cannot create
    "a" * 65,
    "with space",
    "\x1b[2Jclear",
])
def test_a_set_name_is_a_plain_name(tmp_path, name):
    text = VALID.replace("name: demo", f"name: {json.dumps(name)}")  # a YAML double-quoted string
    error = refused(write(tmp_path, text), r"p\.yaml:1: key 'name': ")
    assert error.key == "name" and error.line == 1
    assert "lower-case letters and digits" in str(error) or "reserved" in str(error), str(error)
    assert "\x1b" not in str(error)


@pytest.mark.parametrize("name", ["ukraine-diplomacy", "whitehouse-ukraine", "set_2", "a", "2025-talks",
                                  "index-2025", "failed", "a" * 64])
def test_plain_names_are_accepted(tmp_path, name):
    assert load_params(write(tmp_path, VALID.replace("name: demo", f"name: {name}"))).name == name


def test_the_rule_is_stated_in_the_error(tmp_path):
    error = refused(write(tmp_path, VALID.replace("name: demo", "name: index.html")), "key 'name'")
    assert ("lower-case letters and digits, words joined by single '-' or '_' (no dots" in str(error)
            and "reports/<name>/" in str(error))
    error = refused(write(tmp_path, VALID.replace("name: demo", "name: index")), "key 'name'")
    assert "'index' is reserved" in str(error) and "index.html" in str(error)


@pytest.mark.parametrize("name", ["index.html", "index", "_failed"])
def test_build_refuses_such_a_set_before_touching_reports(tmp_path, monkeypatch, name):
    import papermill

    from toolkit.build.run import build_one

    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "index.html").write_text("<!doctype html><title>index</title>", encoding="utf-8")
    path = write(tmp_path, VALID.replace("name: demo", f"name: {name}").replace("sources: demo",
                                                                                 "sources: ukraine-diplomacy"))
    with pytest.raises(ParamsError, match=r"key 'name'"):
        build_one(path, reports=reports, progress=False)
    assert sorted(p.name for p in reports.iterdir()) == ["index.html"]
    assert (reports / "index.html").read_text(encoding="utf-8") == "<!doctype html><title>index</title>"


# -- item 6: alias bombs and other files that would grow as they are read or reported ----------------

def billion_laughs(levels: int = 10, width: int = 10, key: str = "title") -> str:
    """A real billion-laughs document: ``width ** levels`` copies of "lol" from a few hundred bytes."""
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels):
        refs = ", ".join([f"*lol{level - 1}"] * width)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    return VALID.replace("title: Demo\n", "") + "\n".join(lines) + f"\n{key}: *lol{levels - 1}\n"


@pytest.mark.parametrize("key", ["title", "focus", "aliases", "colour"])
def test_a_billion_laughs_is_refused_before_it_expands(tmp_path, key):
    path = write(tmp_path, billion_laughs(key=key))
    assert path.stat().st_size < 1000
    error = refused(path, r"p\.yaml:4: anchors and aliases \('&name', '\*name'\) are not allowed")
    assert error.line == 4  # the first anchor


@pytest.mark.parametrize("text, line", [
    (VALID + "focus: &f [Donald Trump]\n", 5),                   # an anchor alone
    ("name: &n demo\ntitle: *n\nsources: demo\n", 1),
    (VALID + "aliases: {Bibi: &b Benjamin Netanyahu, Netanyahu: *b}\n", 5),
])
def test_anchors_and_aliases_are_refused_with_their_line(tmp_path, text, line):
    error = refused(write(tmp_path, text), "anchors and aliases")
    assert error.line == line


def test_merge_keys_are_refused(tmp_path):
    # "<<" gives keys a second time, from elsewhere in the file (no alias needed).
    error = refused(write(tmp_path, "name: demo\n<<: {title: Merged, sources: demo}\n"),
                    r"p\.yaml:2: merge keys \('<<'\) are not allowed")
    assert error.line == 2


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = write(tmp_path, VALID + "# " + "x" * MAX_PARAMS_BYTES + "\n")
    refused(path, rf"p\.yaml: [\d,]+ bytes, over the limit of {MAX_PARAMS_BYTES:,}")


def test_deep_nesting_is_refused_without_recursing(tmp_path):
    depth = 40_000  # composing this recursed once per level: a RecursionError, not a ParamsError
    error = refused(write(tmp_path, VALID + "focus: " + "[" * depth + "]" * depth + "\n"),
                    r"p\.yaml:5: nested more than \d+ levels deep")
    assert error.line == 5


@pytest.mark.parametrize("text, pattern", [
    (VALID + "focus: [" + ", ".join(["x" * 200] * 300) + ", 7]\n", r"key 'focus'"),  # a long list, one bad item
    (VALID.replace("title: Demo", "title: [" + ", ".join(["y" * 500] * 100) + "]"), r"key 'title'"),
    (VALID + "k" * 1_000 + ": 1\n", r"unknown key"),                      # YAML's longest plain key
    (VALID.replace("name: demo", "name: " + "Z" * 30_000), r"key 'name'"),
    (VALID + "focus: !!python/object/apply:os.system [" + "'echo'," * 2000 + "]\n",
     r"key 'focus': the tag .* is not allowed"),
    (VALID + "focus: !<tag:" + "q" * 20_000 + "> x\n",
     r"p\.yaml:5: key 'focus': the tag 'tag:q+\.\.\.q+' is not allowed"),
])
def test_messages_quote_at_most_a_short_excerpt(tmp_path, text, pattern):
    error = refused(write(tmp_path, text), pattern)
    longest_run = max(len(m) for m in re.findall(r"(.)\1*", str(error)))
    assert longest_run <= 2 * EXCERPT_CHARS + 2, str(error)


def test_a_bad_item_deep_in_a_list_is_reported_at_its_own_line(tmp_path):
    text = VALID + "focus:\n  - Donald Trump\n  - Vladimir Putin\n  - [not, a, name]\n"
    error = refused(write(tmp_path, text), r"p\.yaml:8: key 'focus'")
    assert error.line == 8


# -- item 7: impossible values YAML cannot construct -------------------------------------------------

@pytest.mark.parametrize("value, says", [
    ("2025-02-30", "day is out of range"),
    ("0000-01-01", "year 0 is out of range"),
    ("2025-13-01", "month must be in 1..12"),
    ("2025-02-30 10:00:00", "day is out of range"),
])
def test_an_impossible_date_names_file_line_and_key(tmp_path, value, says):
    error = refused(write(tmp_path, VALID.replace("2025-08-07", value)),
                    rf"p\.yaml:4: key 'published': '{value}' is not a calendar date \({says}[^)]*\); "
                    r"expected a real date YYYY-MM-DD")
    assert (error.key, error.line) == ("published", 4)


def test_an_impossible_date_anywhere_names_its_key_and_line(tmp_path):
    error = refused(write(tmp_path, VALID + "focus:\n  - Donald Trump\n  - 2025-02-30\n"),
                    r"p\.yaml:7: key 'focus': '2025-02-30' is not a calendar date")
    assert (error.key, error.line) == ("focus", 7)


@pytest.mark.parametrize("value", ["0001-01-01", "1799-12-31", "2200-01-01", "9999-12-31"])
def test_a_date_outside_the_news_is_refused(tmp_path, value):
    error = refused(write(tmp_path, VALID.replace("2025-08-07", value)),
                    rf"p\.yaml:4: key 'published': {value} is outside 1800-01-01 … 2199-12-31")
    assert error.key == "published"


def test_an_integer_of_thousands_of_digits_names_its_key(tmp_path):
    # int() refuses more than 4,300 digits with a bare ValueError.
    error = refused(write(tmp_path, VALID + "focus: " + "9" * 5_000 + "\n"),
                    r"p\.yaml:5: key 'focus': '9{10,}.*' is not a valid int")
    assert error.key == "focus"


# -- item 17: unclear values refused with a clear message --------------------------------------------

@pytest.mark.parametrize("sources", ['""', "''", '" "', ".", "./", '"."'])
def test_sources_naming_seeds_itself_is_refused(tmp_path, sources):
    refused(write(tmp_path, VALID.replace("sources: demo", f"sources: {sources}")),
            r"p\.yaml:3: key 'sources': .* names seeds/ itself")


def test_sources_with_a_control_character_is_refused(tmp_path):
    refused(write(tmp_path, VALID.replace("sources: demo", 'sources: "demo\\0/x"')),
            r"p\.yaml:3: key 'sources': contains a control character")


def test_a_key_given_twice_is_refused_naming_both_lines(tmp_path):
    error = refused(write(tmp_path, VALID + "title: Another\n"),
                    r"p\.yaml:5: key 'title': given twice \(lines 2 and 5\); each key may be given once")
    assert (error.key, error.line) == ("title", 5)


def test_a_key_given_twice_inside_a_mapping_is_refused(tmp_path):
    text = VALID + "aliases:\n  Bibi: Benjamin Netanyahu\n  Zelenskyy: Volodymyr Zelensky\n  Bibi: Someone Else\n"
    error = refused(write(tmp_path, text), r"p\.yaml:8: key 'aliases': 'Bibi' given twice \(lines 6 and 8\)")
    assert (error.key, error.line) == ("aliases", 8)


def test_a_key_given_twice_in_other_spellings_is_refused(tmp_path):
    refused(write(tmp_path, VALID + '"title": Another\n'), r"key 'title': given twice \(lines 2 and 5\)")


@pytest.mark.parametrize("formats, says", [
    ("[]", "an empty list builds no HTML and no PDF"),
    ("[html, html]", "html listed twice"),
])
def test_formats_must_say_what_to_build(tmp_path, formats, says):
    error = refused(write(tmp_path, VALID + f"formats: {formats}\n"), rf"p\.yaml:5: key 'formats': {says}")
    assert error.key == "formats"


def test_leaving_formats_out_builds_both(tmp_path):
    assert load_params(write(tmp_path, VALID)).formats == ["html", "pdf"]


@pytest.mark.parametrize("title", ['""', '"   "'])
def test_a_blank_title_is_refused(tmp_path, title):
    refused(write(tmp_path, VALID.replace("title: Demo", f"title: {title}")),
            r"p\.yaml:2: key 'title': the title is empty")


@pytest.mark.parametrize("line", ['title: "Talks \\ud800"', 'aliases: {"\\udfff": Donald Trump}'])
def test_half_a_character_is_refused(tmp_path, line):
    # YAML's "\ud800" escape gives a lone surrogate, which no UTF-8 file (HTML, CSV, Parquet) can hold.
    text = VALID.replace("title: Demo\n", "") + line + "\n"
    if not line.startswith("title"):
        text += "title: Demo\n"
    error = refused(write(tmp_path, text), r"p\.yaml:4: key '(title|aliases)': holds an escape of half a character")
    assert error.line == 4


# -- what is read at all -------------------------------------------------------------------------------

def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    refused(fifo, r"p\.yaml: not a regular file")


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "p.yaml").mkdir()
    refused(tmp_path / "p.yaml", r"p\.yaml: not a regular file")


def test_bytes_that_are_not_utf8_name_their_line(tmp_path):
    error = refused(write(tmp_path, VALID.encode() + b"title2: caf\xe9\n"), r"p\.yaml:5: not UTF-8 text")
    assert error.line == 5


@pytest.mark.parametrize("text, says", [("", "got an empty file"), ("# only a comment\n", "got an empty file"),
                                        ("- a list\n", "got list"), ("just text\n", "got str")])
def test_not_a_mapping(tmp_path, text, says):
    refused(write(tmp_path, text), rf"p\.yaml: expected a mapping of keys to values, {says}")


def test_a_bom_is_read(tmp_path):
    assert load_params(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode())).name == "demo"
