"""The package's shape: the layer contract holds, no import cycles, the cache's code version
follows the files of the layers that shape the facts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from toolkit.core import paths
from toolkit.extraction import cache

LAYERS = ["core", "reading", "nlp", "extraction", "analysis", "present", "evaluation", "pipeline", "build"]


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("toolkit")


def test_lint_imports_keeps_every_contract():
    linter = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(linter), "--no-cache"], cwd=paths.package_root().parent, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_every_module_lives_in_a_layer(graph):
    top = {m.split(".")[1] for m in graph.modules if m.count(".") >= 1}
    assert top <= set(LAYERS) | {"cli", "__main__"}
    assert set(LAYERS) <= top


def test_no_layer_imports_a_higher_one(graph):
    # The contract says the same; this states it plainly, imports in functions included.
    rank = {name: i for i, name in enumerate(LAYERS)}
    rank["evaluation"] = rank["present"]  # beside present, neither imports the other
    wrong = []
    for module in graph.modules:
        parts = module.split(".")
        if len(parts) < 3 or parts[1] not in rank:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            other = imported.split(".")
            if len(other) >= 2 and other[1] in rank and other[1] != parts[1] and rank[other[1]] >= rank[parts[1]]:
                wrong.append(f"{module} → {imported}")
    assert not wrong


def import_cycles(graph) -> list[list[str]]:
    """The groups of toolkit modules that import each other, round a cycle (Tarjan's algorithm)."""
    index, low, on_stack, stack, cycles, counter = {}, {}, set(), [], [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.find_modules_directly_imported_by(node)):
            if not nxt.startswith("toolkit"):
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_the_import_graph_has_no_cycle(graph):
    assert import_cycles(graph) == []


def test_a_cycle_is_found():
    # The cycle issue 11 removed: changes → compare → report → changes.
    made = grimp.ImportGraph()
    for a, b in [("toolkit.changes", "toolkit.compare"), ("toolkit.compare", "toolkit.report"),
                 ("toolkit.report", "toolkit.changes"), ("toolkit.report", "toolkit.paths")]:
        made.add_import(importer=a, imported=b)
    assert import_cycles(made) == [["toolkit.changes", "toolkit.compare", "toolkit.report"]]


def test_cache_code_version_follows_every_file_of_the_fact_layers(tmp_path, monkeypatch):
    copy = tmp_path / "toolkit"
    shutil.copytree(paths.package_root(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "package_root", lambda: copy)
    cache.code_version.cache_clear()
    try:
        before = cache.code_version()
        (copy / "present" / "new_view.py").write_text("X = 1\n")  # a layer that does not shape facts
        cache.code_version.cache_clear()
        assert cache.code_version() == before
        (copy / "nlp" / "new_extractor.py").write_text("X = 1\n")  # no hand-kept list to forget
        cache.code_version.cache_clear()
        assert cache.code_version() != before
        changed = cache.code_version()
        table = copy / "nlp" / "data" / "given_names.tsv"  # a data table shapes facts as code does
        table.write_text(table.read_text(encoding="utf-8") + "zelda\tf\t1.000\n", encoding="utf-8")
        cache.code_version.cache_clear()
        assert cache.code_version() != changed
    finally:
        cache.code_version.cache_clear()
