"""What the toolkit writes for other programs is inert: CSV cells never run as spreadsheet
formulas, and text printed on a terminal never carries control sequences (issue 16, items
10 and 11)."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from toolkit import cli
from toolkit.analysis import compare
from toolkit.core.text import inert_cell, printable, printable_json
from toolkit.pipeline import store
from toolkit.reading.outlets import with_outlets

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
            "\tTAB", "\rCR"]
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"


class TestCsvCells:
    def test_a_cell_starting_like_a_formula_gets_an_apostrophe(self):
        for cell in FORMULAS:
            assert inert_cell(cell) == "'" + cell
        assert inert_cell("Trump said") == "Trump said" and inert_cell("") == ""
        assert inert_cell(-3) == -3 and inert_cell(-0.5) == -0.5  # numbers are not formulas

    def test_every_table_written_keeps_formulas_inert(self, seed_extraction, tmp_path):
        documents = seed_extraction.documents.assign(title=FORMULAS[0], outlet=FORMULAS[1])
        hostile = with_outlets(type(seed_extraction)(**{**vars(seed_extraction), "documents": documents}))
        written = {**store.save_tables(hostile, tmp_path), **store.save_comparison(compare.compare(hostile), tmp_path)}
        cells = []
        for path in written.values():
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.reader(handle):
                    cells.extend(row)
        assert "'" + FORMULAS[0] in cells and "'" + FORMULAS[1] in cells
        # The outlet is a column header of speakers_by_outlet.csv: inert there too.
        header = next(csv.reader((tmp_path / "speakers_by_outlet.csv").open(encoding="utf-8")))
        assert "'" + FORMULAS[1] in header
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
        assert not [c for c in cells if c.startswith("-") and not _is_number(c)]

    def test_numbers_stay_numbers(self, tmp_path):
        frame = pd.DataFrame({"term": ["-ism", "peace"], "z": [-2.5, 3.0], "count": [-1, 4]})

        class Tables:
            documents = pd.DataFrame({"id": ["a"], "path": ["a.txt"]})
            entities = frame
            quotes = timeline = events = pd.DataFrame(columns=["doc", "start", "end"])

        text = store.save_tables(Tables, tmp_path)["entities"].read_text(encoding="utf-8")
        assert "'-ism,-2.5,-1" in text and "peace,3.0,4" in text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class TestTerminal:
    def test_printable_shows_control_characters_escaped(self):
        shown = printable("Title" + ESCAPES + "\tend\nnext")
        assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown and "\u202e" not in shown
        assert "\\x1b]0;owned\\x07" in shown and "\\u202e" in shown and "\tend\nnext" in shown
        assert printable("bad \ud800 byte").encode("utf-8")  # a lone surrogate no longer breaks printing

    def test_printable_json_is_the_same_data(self):
        data = {"title": "x" + ESCAPES + "\ud800"}
        text = printable_json(json.dumps(data, ensure_ascii=False))
        assert json.loads(text) == data and not any(c in text for c in "\x1b\x07\x9b\u202e")

    @pytest.fixture
    def hostile_article(self, tmp_path):
        path = tmp_path / "hostile.md"
        path.write_text(f"---\ntitle: \"Talks {ESCAPES.encode('unicode_escape').decode()}\"\noutlet: Wire\n"
                        "published: 2025-08-07\n---\n"
                        f"Donald Trump met Vladimir Putin on Friday.\x1b[2J \"We will talk,\" Trump said.\n",
                        encoding="utf-8")
        return path

    @pytest.mark.parametrize("as_json", [False, True])
    def test_extract_prints_no_control_sequence(self, hostile_article, capsys, as_json):
        assert cli.main(["extract", str(hostile_article)] + (["--json"] if as_json else [])) == 0
        out, err = capsys.readouterr()
        for stream in (out, err):
            assert not any(c in stream for c in "\x1b\x07\x9b\u202e")
        assert "Donald Trump" in out
        if as_json:
            assert json.loads(out)["documents"][0]["title"].startswith("Talks \x1b]0;owned")
