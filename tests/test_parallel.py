"""Builds that spend time only on what is new: unchanged sets are skipped (saying why),
``force`` rebuilds, ``jobs`` builds sets side by side, and a large set is extracted once,
before its kernel starts (toolkit.build.plan)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import set_params
from toolkit.build import plan as planning
from toolkit.build import run as build_mod
from toolkit.build import warmup
from toolkit.extraction import cache

SETS = {
    "one": {"a.txt": "Secretary of State Marco Rubio spoke on Monday. “The war must end,” Rubio said.",
            "b.txt": "Volodymyr Zelensky thanked European leaders on Tuesday. “Ukraine is ready,” Zelensky said."},
    "two": {"c.txt": "President Donald Trump met reporters on Friday. “We made progress,” Trump said."},
}


@pytest.fixture
def project(tmp_path, make_project):
    """The two sets of SETS, in a temporary project that this test's builds use."""
    project = make_project(tmp_path / "project", sets=SETS)
    with project.environment():
        yield project


@pytest.mark.build
def test_sets_side_by_side_then_skipped_then_only_the_changed_one(project, monkeypatch, capsys):
    import papermill

    files = [project.params_file("one"), project.params_file("two")]
    reports = project.reports
    spans: dict[str, tuple] = {}
    real_build_set = build_mod.build_set

    def timed(plan, **options):
        started = time.monotonic()
        try:
            return real_build_set(plan, **options)
        finally:
            spans[plan.name] = (started, time.monotonic(), threading.current_thread().name)

    monkeypatch.setattr(build_mod, "build_set", timed)
    first = build_mod.build(files, reports=reports, progress=False, jobs=2)
    assert [(r.name, r.status, r.reason) for r in first] == [("one", "built", "first build"),
                                                           ("two", "built", "first build")]
    (a0, a1, thread_a), (b0, b1, thread_b) = spans["one"], spans["two"]
    assert a0 < b1 and b0 < a1 and thread_a != thread_b  # the two builds overlapped
    assert "The war must end" in (reports / "one" / "data" / "quotes.csv").read_text(encoding="utf-8")
    assert "We made progress" in (reports / "two" / "data" / "quotes.csv").read_text(encoding="utf-8")
    assert (reports / "one" / planning.FINGERPRINT).is_file()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="one/briefing.html"' in index and 'href="two/briefing.html"' in index

    real_execute = papermill.execute_notebook
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    capsys.readouterr()
    second = build_mod.build(files, reports=reports, progress=True, jobs=2)
    assert [r.status for r in second] == ["skipped", "skipped"]
    assert all(r.reason.startswith("unchanged since") for r in second) and second[0].documents == 2
    err = capsys.readouterr().err
    assert "Skipped one: unchanged since" in err and "Skipped two: unchanged since" in err
    cli = subprocess.run([sys.executable, "-m", "toolkit", "build", *map(str, files)], capture_output=True, text=True,
                         env={**os.environ, "TOOLKIT_REPORTS": str(reports)}, timeout=120)
    assert cli.returncode == 0 and "Skipped one: unchanged since" in cli.stderr, cli.stderr

    monkeypatch.setattr(papermill, "execute_notebook", real_execute)
    (project.seeds / "one" / "b.txt").write_text(SETS["one"]["b.txt"].replace("ready", "ready for peace"),
                                                     encoding="utf-8")
    third = build_mod.build(files, reports=reports, progress=False, jobs=2)
    assert [(r.name, r.status) for r in third] == [("one", "built"), ("two", "skipped")]
    assert third[0].reason == "1 source file changed (b.txt)"
    assert "Ukraine is ready for peace" in (reports / "one" / "data" / "quotes.csv").read_text(encoding="utf-8")


def test_reasons_say_what_changed(project, monkeypatch):
    from toolkit.reading.params import load_params

    params_file = project.params_file("one")
    notebook = project.root / "nb.ipynb"
    notebook.write_text("{}", encoding="utf-8")
    folder = project.reports / "one"
    folder.mkdir(parents=True)

    def current():
        return planning.inputs(params_file, load_params(params_file), notebook)

    assert planning.decide(folder, current(), formats=["html"]) == planning.Decision(True, "first build")
    for name in ("briefing.json", "briefing.ipynb", "briefing.html"):
        (folder / name).write_text("{}", encoding="utf-8")
    planning.record(folder, current())
    assert planning.decide(folder, current(), formats=["html"]).reason.startswith("unchanged since")
    assert planning.decide(folder, current(), formats=["html"], force=True).build
    assert planning.decide(folder, current(), formats=["html", "pdf"]).reason == "output missing: briefing.pdf"
    [plan] = planning.plan_builds([params_file], project.reports, notebook=notebook)
    assert plan.decision.reason.startswith("unchanged since") and plan.inputs == current()

    (project.seeds / "one" / "a.txt").write_text("Changed.", encoding="utf-8")
    (project.seeds / "one" / "new.txt").write_text("New.", encoding="utf-8")
    (project.seeds / "one" / "b.txt").unlink()
    params_file.write_text(set_params("one", title="Set one, again"), encoding="utf-8")
    notebook.write_text('{"cells": []}', encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_MAX_PARSE_CHARS", "5000")
    decision = planning.decide(folder, current(), formats=["html"])
    assert decision.build and decision.reason == (
        "params changed; 1 source file changed (a.txt); 1 source file new (new.txt); "
        "1 source file removed (b.txt); notebook changed; TOOLKIT_MAX_* settings changed")


def test_the_plan_is_made_once_and_builds_nothing_unchanged(project, monkeypatch):
    """Every file is hashed once per build (the plan), and an unchanged set runs no kernel."""
    import papermill

    project.pretend_built()
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    hashed: list[Path] = []
    real_sha = planning._file_sha

    def counted(path):
        hashed.append(Path(path))
        return real_sha(path)

    monkeypatch.setattr(planning, "_file_sha", counted)
    results = build_mod.build(progress=False, jobs=2)
    assert [(r.name, r.status) for r in results] == [("one", "skipped"), ("two", "skipped")]
    sources = sorted(p.name for p in hashed if project.seeds.resolve() in p.parents)
    assert sources == ["a.txt", "b.txt", "c.txt"] and len(hashed) == len(set(hashed))  # notebook and params once too


def test_a_set_whose_sources_match_nothing_is_planned_to_fail_alone(project):
    """Planning names the set; it fails when its turn comes, and the others are still planned."""
    project.write_params("three", set_params("three"))
    plans = planning.plan_builds(jobs=2)
    assert [(p.name, p.error is None) for p in plans] == [("one", True), ("three", False), ("two", True)]
    assert [p.decision.reason for p in plans if p.decision] == ["first build", "first build"]
    assert "three" in str(plans[1].error) and plans[1].decision is None


@pytest.mark.build
def test_a_large_set_is_extracted_before_the_kernel(project, tmp_path, monkeypatch):
    """The build's warm() runs the notebook's extract() in a child (two parsing processes);
    the kernel's call then reads the finished tables: nothing is parsed or extracted twice."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.params import load_params
    from toolkit.reading.sources import read_source_set

    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "own-cache"))
    project.write_sources("big", {f"d{i:02d}.txt": f"Marco Rubio said on Monday that talks continue. Item {i}."
                                  for i in range(planning.WARM_MIN_DOCUMENTS)})
    params_file = project.write_params("big", set_params("big"))
    params = load_params(params_file)
    assert warmup.unparsed(params) == planning.WARM_MIN_DOCUMENTS
    assert not warmup.warm(params_file, documents=planning.WARM_MIN_DOCUMENTS - 1, processes=2)
    [plan] = planning.plan_builds([params_file], project.reports)
    assert plan.large and plan.processes == (os.cpu_count() or 1)

    result = build_mod.build_one(params_file, reports=project.reports, progress=False)
    assert result.status == "built" and result.documents == planning.WARM_MIN_DOCUMENTS
    assert warmup.unparsed(params) == 0
    # One set entry: written by warm(), read by the kernel (had the kernel extracted other
    # documents than warm() did, it would have written a second one).
    assert len(list((tmp_path / "own-cache" / "sets").rglob("*.tkc"))) == 1
    cache.STATS.clear()
    ex = extract(read_source_set(params.sources, name=params.name, published=params.published),
                 aliases=params.aliases, published=params.published)
    assert dict(cache.STATS) == {"sets_hits": 1} and "Marco Rubio" in set(ex.entities["name"])


def test_a_rebuild_after_a_few_changes_does_not_read_the_large_set_to_count_its_new_texts(project, tmp_path,
                                                                                        monkeypatch, nlp):
    """A large set whose last build parsed all but a few of its texts, with the same code and
    model, and whose cache still holds a few unchanged ones, is not read to count the texts
    new to the cache (the kernel parses those few); otherwise it is."""
    import dataclasses

    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_source_set

    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "own-cache"))
    texts = {f"d{i:02d}.txt": f"Marco Rubio said on Monday that talks continue. Item {i}."
             for i in range(planning.WARM_MIN_DOCUMENTS)}
    project.write_sources("big", texts)
    params_file = project.write_params("big", set_params("big"))
    [plan] = planning.plan_builds([params_file], project.reports)
    assert plan.large and not warmup.few_new_texts(plan)  # no build before
    plan.folder.mkdir(parents=True)
    planning.record(plan.folder, plan.inputs)  # as a successful build does
    assert not warmup.few_new_texts(plan)  # the cache holds none of its texts
    source = read_source_set(plan.params.sources, name="big", published=plan.params.published)
    extract(source, nlp=nlp)  # what the build's extraction keeps in the cache
    assert warmup.few_new_texts(plan)

    project.write_sources("big", {"d00.txt": texts["d00.txt"] + " Changed."})
    [changed] = planning.plan_builds([params_file], project.reports)
    assert changed.decision.build and warmup.few_new_texts(changed)
    other_code = dataclasses.replace(changed, inputs={**changed.inputs, "toolkit": "another version"})
    assert not warmup.few_new_texts(other_code)  # other code: other cache keys, every text counted
    project.write_sources("big", {name: text + " Changed." for name, text in texts.items()})
    [rewritten] = planning.plan_builds([params_file], project.reports)
    assert not warmup.few_new_texts(rewritten)
