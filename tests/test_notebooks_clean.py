"""The notebooks under notebooks/ stay thin and diff-able.

No outputs or execution counts are committed (run ``jupyter nbconvert --clear-output --inplace
notebooks/*.ipynb`` before committing), every notebook names the project's registered kernel
("briefing-toolkit", installed by ``make setup`` into .venv), and code cells call into
``toolkit`` rather than defining functions of their own.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
KERNEL = "briefing-toolkit"
CLEAR = "run `.venv/bin/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb`"


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {"briefing.ipynb", "explore.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs or execution counts; {CLEAR}"
    assert not [i for i, c in enumerate(nb.cells) if c.get("attachments")], f"{path.name}: attachments"
    assert "widgets" not in nb.metadata and "papermill" not in nb.metadata, f"{path.name}: run metadata; {CLEAR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_names_the_registered_kernel(path):
    spec = nbformat.read(path, as_version=4).metadata.get("kernelspec", {})
    assert spec.get("name") == KERNEL, f"{path.name}: kernelspec {spec.get('name')!r}, expected {KERNEL!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin(path):
    """Logic lives in toolkit: no function or class definitions in notebooks, one parameters cell."""
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert sum("parameters" in c.metadata.get("tags", []) for c in code) == 1, f"{path.name}: one parameters cell"
    for cell in code:
        tree = ast.parse(cell.source)
        defs = [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        assert not defs, f"{path.name}: cell {cell.id} defines {defs}; put it in the toolkit package"
        assert len(cell.source.splitlines()) <= 20, f"{path.name}: cell {cell.id} is long; move logic into toolkit"
    assert any(c.cell_type == "markdown" for c in nb.cells), f"{path.name}: no narrative"
