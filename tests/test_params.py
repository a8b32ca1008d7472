"""Params files are validated before anything runs, with errors naming file, line and key."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from toolkit.core.errors import ParamsError
from toolkit.reading.params import all_params_files, load_params


def write(tmp_path, text):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


VALID = "name: demo\ntitle: Demo\nsources: demo\npublished: 2025-08-07\n"


class TestLoadParams:
    def test_every_shipped_params_file_is_valid(self):
        files = all_params_files(ROOT / "params")
        assert files
        for path in files:
            assert load_params(path).name == path.stem

    def test_valid(self, tmp_path):
        params = load_params(write(tmp_path, VALID))
        assert params.published == dt.date(2025, 8, 7) and params.formats == ["html", "pdf"]

    def test_yaml_syntax_error_names_file_and_line(self, tmp_path):
        with pytest.raises(ParamsError, match=r"p\.yaml:3: not valid YAML"):
            load_params(write(tmp_path, "name: demo\ntitle: [unclosed\nsources: x\n"))

    def test_unknown_key_names_the_key_and_line(self, tmp_path):
        with pytest.raises(ParamsError, match=r"p\.yaml:5: key 'colour': unknown key"):
            load_params(write(tmp_path, VALID + "colour: red\n"))

    def test_wrong_type_says_what_was_expected(self, tmp_path):
        with pytest.raises(ParamsError, match=r"key 'focus'.*expected a list"):
            load_params(write(tmp_path, VALID + "focus: Trump\n"))

    def test_sources_outside_seeds(self, tmp_path):
        with pytest.raises(ParamsError, match=r"key 'sources'"):
            load_params(write(tmp_path, VALID.replace("sources: demo", "sources: ../../etc")))

    def test_bad_date(self, tmp_path):
        with pytest.raises(ParamsError, match=r"key 'published'"):
            load_params(write(tmp_path, VALID.replace("2025-08-07", "August 7")))
