"""The params' ``columns:`` mapping for exports with names of their own (issue 15): validated
strictly, named in every error with file, line and key, and absent when not given."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from toolkit.core.errors import ParamsError
from toolkit.reading.params import load_params
from toolkit.reading.sources import read_source_set

VALID = "name: demo\ntitle: Demo\nsources: demo\npublished: 2024-04-02\n"


def write(tmp_path, text):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mapping_reads_an_export_with_its_own_names(tmp_path):
    params = load_params(write(tmp_path, VALID + "columns: {story_text: text, paper: outlet, when: published}\n"))
    assert params.columns == {"story_text": "text", "paper": "outlet", "when": "published"}
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "export.csv").write_text("story_text,paper,when\n\"The harbour reopened on Tuesday, "
                                                  "the port said.\",Coast Post,2024-04-02\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        [doc] = read_source_set(params.sources, base=tmp_path, columns=params.columns).documents
    assert (doc.outlet, doc.published) == ("Coast Post", dt.date(2024, 4, 2))


def test_without_columns_the_recorded_params_are_as_before(tmp_path):
    params = load_params(write(tmp_path, VALID))
    assert params.columns == {}
    assert "columns" not in params.as_dict() and "columns" not in params.model_dump(mode="json")
    with_columns = load_params(write(tmp_path, VALID + "columns: {story: text}\n"))
    assert with_columns.as_dict()["columns"] == {"story": "text"}


@pytest.mark.parametrize("value, says", [
    ("{story: body}", r"'story' maps to 'body'; expected one of text, title, url, published, outlet"),
    ("{a: text, b: text}", r"'a' and 'b' both map to text; expected one column per field"),
    ("[text]", r"expected a flat mapping of an export's column name to a field"),
    ("{story: {x: text}}", r"Input should be a valid string"),
    ("{'': text}", r"column name '' is empty"),
    ('{"a\\tb": text}', r"holds a control character"),
    ("{story: 5}", r"Input should be a valid string"),
    ("{story: text, story: title}", r"given twice"),
])
def test_a_bad_mapping_names_file_line_and_key(tmp_path, value, says):
    with pytest.raises(ParamsError, match=rf"p\.yaml:5: key 'columns': .*{says}"):
        load_params(write(tmp_path, VALID + f"columns: {value}\n"))
