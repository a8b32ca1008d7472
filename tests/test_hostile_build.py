"""Hostile input, second round (issue 16), on the build side.

* The build's own entries in ``reports/`` (locks, staging folders, a briefing set aside
  during a swap) live in a namespace no set name can produce, and the clean-up of one set
  never touches another's; the publish step replaces only the set's own earlier briefing
  (items 1-3).
* A signal whose exception Python drops (raised in a finaliser, as happens when the PDF
  starts) still stops the build, with 143, and keeps the last good briefing (item 4).
* A damaged ``data/facts.parquet`` is named, the set rebuilt, and the lost history said
  to be lost; it never fails the build (item 8).
* Progress lines are printable (item 11); a read-only ``reports/<name>`` and a cell out of
  time each give one clear line (item 17).

One good briefing of the seed article is built once (module fixture); the tests that run
a kernel are marked ``build``, the others use hand-made folders.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from conftest import ROOT, SEED, set_params
from toolkit.core.errors import BuildError, ToolkitError

NAME = "hostile"
PARAMS = f"name: {NAME}\ntitle: Hostile build\nsources: one\npublished: 2025-08-07\nformats: [html, pdf]\n"


def snapshot(reports: Path) -> dict[str, bytes]:
    """Every file under ``reports`` (hidden ones too) and its bytes."""
    return {p.relative_to(reports).as_posix(): p.read_bytes() for p in sorted(reports.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory, make_project):
    """A project whose set ``hostile`` (the seed article) is built once, as a good briefing."""
    from toolkit.build.run import build

    project = make_project(tmp_path_factory.mktemp("hostile-build"), sets={"one": {SEED.name: SEED}},
                           params={NAME: PARAMS})
    with project.environment():
        build([project.params_file(NAME)], reports=project.reports, progress=False)
    return project


def own_briefing(reports: Path, name: str) -> Path:
    """A hand-made earlier briefing of set ``name``: a folder whose briefing.json names it."""
    folder = reports / name
    (folder / "data").mkdir(parents=True)
    (folder / "briefing.json").write_text(json.dumps({"name": name}), encoding="utf-8")
    (folder / "briefing.html").write_text("old", encoding="utf-8")
    return folder


def a_plan(reports: Path, name: str):
    """What :func:`toolkit.build.publish.staging` needs of a plan."""
    return SimpleNamespace(reports=reports, name=name, folder=reports / name)


@pytest.fixture
def immutable():
    """``chattr +i`` a path (undone after the test): read-only even for root."""
    done: list[Path] = []

    def make(path: Path) -> Path:
        if shutil.which("chattr") is None or os.geteuid() != 0:
            pytest.skip("chattr +i needs root and the chattr tool")
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if result.returncode != 0:
            pytest.skip(f"this file system has no immutable flag: {result.stderr.decode().strip()}")
        done.append(path)
        return path

    yield make
    for path in done:
        subprocess.run(["chattr", "-i", str(path)], check=False)


# -- items 1-3: names and what the build replaces ---------------------------------------------------------


NAMES = ["index", "index.html", "lock", "staging", "adv-x", "adv-x.old-1", "a.lock", "x"]


@pytest.mark.parametrize("name", NAMES)
def test_no_set_name_takes_the_lock_of_the_index_or_of_another_set(name, tmp_path):
    from toolkit.build.locks import BuildLocked, lock_file, set_lock
    from toolkit.build.publish import write_index

    with set_lock(tmp_path, name):
        assert lock_file(tmp_path, name).name not in (".index.lock", "index.html", name)
        for other in NAMES:
            if other != name:
                try:
                    with set_lock(tmp_path, other):
                        pass
                except BuildLocked:
                    pytest.fail(f"the lock of '{name}' locked '{other}'")
        done = threading.Event()
        writer = threading.Thread(target=lambda: (write_index(tmp_path), done.set()), daemon=True)
        writer.start()
        assert done.wait(15), f"writing the index waited for the lock of the set named '{name}'"
    assert (tmp_path / "index.html").is_file()


def test_private_names_cannot_be_made_from_another_name():
    from toolkit.build.locks import is_private, private_name

    for name in NAMES:
        for other in NAMES:
            if other != name:
                assert not is_private(private_name("staging", other) + "+abc123", "staging", name)
                assert not is_private(private_name("old", other) + "+abc123", "old", name)
    for bad in ("a+b", "../x", ".hidden", ""):
        with pytest.raises(ValueError):
            private_name("staging", bad)


def test_building_one_set_leaves_another_sets_build_in_progress_alone(tmp_path):
    from toolkit.build.publish import staging

    own_briefing(tmp_path, "adv-x")
    with staging(a_plan(tmp_path, "adv-x.old-1")) as theirs:
        (theirs / "briefing.html").write_text("in progress", encoding="utf-8")
        with staging(a_plan(tmp_path, "adv-x")) as ours:  # clears what a killed build of adv-x left
            assert theirs.is_dir() and (theirs / "briefing.html").read_text(encoding="utf-8") == "in progress"
            assert ours != theirs
        assert theirs.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adv-x"]  # no staging folder or lock left


def _file(reports: Path, name: str) -> Path:
    (reports / name).write_text("someone's notes", encoding="utf-8")
    return reports / name


def _index(reports: Path, name: str) -> Path:
    (reports / "index.html").write_text("<!doctype html><title>index</title>", encoding="utf-8")
    return reports / "index.html"


def _foreign_folder(reports: Path, name: str) -> Path:
    (reports / name).mkdir()
    (reports / name / "notes.txt").write_text("not a briefing", encoding="utf-8")
    return reports / name


def _other_sets_briefing(reports: Path, name: str) -> Path:
    folder = own_briefing(reports, name)
    (folder / "briefing.json").write_text(json.dumps({"name": "another-set"}), encoding="utf-8")
    return folder


def _link(reports: Path, name: str) -> Path:
    elsewhere = own_briefing(reports.parent / "elsewhere", name)
    (reports / name).symlink_to(elsewhere, target_is_directory=True)
    return reports / name


@pytest.mark.parametrize("name, make, says", [
    ("index.html", _index, "which the build writes itself (the index of all briefings)"),
    ("index.html", lambda reports, name: reports / name, "which the build writes itself"),
    ("notes", _file, "is a file, not this set's earlier briefing"),
    ("screenshots", _foreign_folder, "holds something other than this set's earlier briefing"),
    ("one", _other_sets_briefing, "no briefing.json naming 'one'"),
    ("one", _link, "is a link, not this set's earlier briefing"),
], ids=["index", "index-not-yet-written", "file", "foreign-folder", "other-set", "link"])
def test_publish_replaces_nothing_but_the_sets_own_briefing(tmp_path, name, make, says):
    from toolkit.build.publish import staging

    reports = tmp_path / "reports"
    reports.mkdir()
    target = make(reports, name)
    before = snapshot(tmp_path)
    with pytest.raises(BuildError) as refused:
        with staging(a_plan(reports, name)):
            pytest.fail("a build was started")
    message = str(refused.value)
    assert f"source set '{name}'" in message and str(target) in message and says in message
    assert snapshot(tmp_path) == before
    assert not [p.name for p in reports.iterdir() if p.name.startswith(".")]  # no lock or staging left


def test_an_empty_folder_or_the_sets_own_briefing_may_be_replaced(tmp_path):
    from toolkit.build.publish import staging

    (tmp_path / "empty").mkdir()
    own_briefing(tmp_path, "own")
    for name in ("empty", "own", "not-there"):
        with staging(a_plan(tmp_path, name)) as folder:
            assert folder.is_dir()


def test_index_html_that_is_a_folder_is_named(tmp_path):
    from toolkit.build.publish import write_index

    (tmp_path / "index.html").mkdir()
    with pytest.raises(ToolkitError, match=rf"{tmp_path / 'index.html'} is a folder, where the build writes the index"):
        write_index(tmp_path)


# -- item 17: read-only reports/<name> ---------------------------------------------------------------------


def test_a_read_only_briefing_folder_fails_clearly_before_the_kernel(tmp_path, make_project, immutable,
                                                                     monkeypatch, capfd):
    import papermill

    from toolkit import cli

    project = make_project(tmp_path, sets={"one": {SEED.name: SEED}}, params={NAME: PARAMS})
    folder = immutable(own_briefing(project.reports, NAME))
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    with project.environment():
        rc = cli.main(["build", "--quiet", str(project.params_file(NAME))])
    err = capfd.readouterr().err
    assert rc == 1 and "Traceback" not in err and "PermissionError" not in err
    assert f"toolkit build: failed: source set '{NAME}': {folder} is read-only" in err
    assert (folder / "briefing.html").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_a_swap_refused_by_the_system_keeps_the_old_briefing(tmp_path, monkeypatch, immutable, exchange):
    from toolkit.build import publish

    target = immutable(own_briefing(tmp_path, "set"))
    staging = tmp_path / ".staging+set+x"
    staging.mkdir()
    (staging / "briefing.html").write_text("new", encoding="utf-8")
    if not exchange:
        monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    with pytest.raises(PermissionError):
        publish._swap_in(staging, target)
    assert (target / "briefing.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".staging+set+x", "set"]


def test_a_second_rename_that_fails_puts_the_old_briefing_back(tmp_path, monkeypatch):
    from toolkit.build import publish

    target = own_briefing(tmp_path, "set")
    staging = tmp_path / ".staging+set+x"
    staging.mkdir()
    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    real_rename = os.rename

    def rename(src, dst):
        if Path(src) == staging:
            raise OSError(28, "No space left on device", str(dst))  # the second rename of the swap
        real_rename(src, dst)

    monkeypatch.setattr(publish.os, "rename", rename)
    with pytest.raises(OSError, match="No space left"):
        publish._swap_in(staging, target)
    assert (target / "briefing.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".staging+set+x", "set"]


# -- item 11: printable progress lines ---------------------------------------------------------------------


def test_progress_lines_are_printable(tmp_path, make_project, monkeypatch, capsys):
    from toolkit.build import plan as planning
    from toolkit.build import run

    project = make_project(tmp_path, sets={"one": {SEED.name: SEED}}, params={"one": set_params("one")})
    with project.environment():
        [plan] = planning.plan_builds()
    # A title as YAML's escapes ("\e]0;…\a") give it: an OSC sequence, a screen clear, a forged line.
    title = "Evil \x1b]0;owned\x07 \x1b[2J title\nBuilt fake-set in 0 s"
    plan = dataclasses.replace(plan, params=plan.params.model_copy(update={"title": title}))
    monkeypatch.setattr(run, "_run_and_publish",
                        lambda plan, progress_bar, scheduler=None: ({"sources": 1}, {"notebook": 0.1}))
    run.build_set(plan, index=False)
    skipped = dataclasses.replace(plan, decision=planning.Decision(False, "unchanged (\x1b[31mred.txt\x9b)"))
    run.build_set(skipped, index=False)
    err = capsys.readouterr().err
    assert not any(ch in err for ch in "\x1b\x07\x9b"), err
    lines = err.splitlines()
    assert [line.split()[0] for line in lines] == ["Building", "Built", "Skipped"], lines
    assert "Evil \\x1b]0;owned\\x07 \\x1b[2J title\\nBuilt fake-set" in lines[0]
    assert "(\\x1b[31mred.txt\\x9b)" in lines[2]


# -- item 8: facts.parquet damaged -------------------------------------------------------------------------


def _parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


GOOD_FACTS = pd.DataFrame({"kind": ["entity"], "key": ["Kyiv"], "text": ["Kyiv"], "doc": ["a"], "detail": ["GPE"],
                           "weight": [3]})


@pytest.mark.parametrize("damage, says", [
    (lambda good: good[: len(good) // 2], "is not a readable Parquet file"),
    (lambda good: b"PAR1" + b"\x00" * 64, "is not a readable Parquet file"),
    (lambda good: _parquet(GOOD_FACTS.assign(weight=[float("nan")])), "the column weight holds decimal numbers, not whole numbers"),
    (lambda good: _parquet(GOOD_FACTS.assign(weight=["many"])), "the column weight holds text, not whole"),
    (lambda good: _parquet(GOOD_FACTS.assign(kind=[7])), "the column kind holds whole numbers, not text"),
    (lambda good: _parquet(GOOD_FACTS.drop(columns=["key"])), "lacks the column key"),
], ids=["truncated", "garbage", "weight-nan", "weight-text", "kind-number", "no-key"])
def test_damaged_facts_are_said_lost_not_a_first_build(tmp_path, seed_extraction, damage, says):
    from toolkit.pipeline.store import FACTS_FILE, load_facts, record_changes
    from toolkit.present.views import show_changes

    previous = tmp_path / "previous"
    previous.mkdir()
    (previous / FACTS_FILE).write_bytes(damage(_parquet(GOOD_FACTS)))
    changed = record_changes(seed_extraction, tmp_path / "data", previous)  # what the notebook runs: no failure
    page = show_changes(changed).data
    assert changed.first and "The history of this set was lost" in page and "first build" not in page, page[:300]
    assert "(data/facts.parquet" in page and says in page, page[:300]
    assert load_facts(previous) is None
    # this build's facts are kept and read back: the history starts again
    assert load_facts(tmp_path / "data") is not None and load_facts(tmp_path / "nothing") is None


def test_a_changed_output_is_not_skipped_as_unchanged(tmp_path, make_project):
    from toolkit.build import plan as planning

    project = make_project(tmp_path, sets={"one": {SEED.name: SEED}})
    folder = project.reports / "one"
    (folder / "data").mkdir(parents=True)
    for name in ("briefing.json", "briefing.ipynb", "briefing.html"):
        (folder / name).write_text("{}", encoding="utf-8")
    facts = folder / "data" / "facts.parquet"
    facts.write_bytes(_parquet(GOOD_FACTS))
    with project.environment():
        [plan] = planning.plan_builds(force=True)
        planning.record(folder, plan.inputs)
        assert not planning.plan_builds()[0].decision.build
        facts.write_bytes(facts.read_bytes()[:100])  # truncated
        decision = planning.plan_builds()[0].decision
        assert decision.build and decision.reason == "output damaged (not as published): data/facts.parquet"
        facts.unlink()
        assert planning.plan_builds()[0].decision.reason == "output missing: data/facts.parquet"


@pytest.mark.build
def test_a_damaged_facts_file_is_rebuilt_and_its_history_said_lost(good, tmp_path, capfd):
    from toolkit.build.run import build

    reports = tmp_path / "reports"
    shutil.copytree(good.reports, reports)
    facts = reports / NAME / "data" / "facts.parquet"
    facts.write_bytes(_parquet(GOOD_FACTS.assign(weight=["many"])))  # failed every build before
    with good.environment():
        [result] = build([good.params_file(NAME)], reports=reports)
    assert result.status == "built" and result.reason == "output damaged (not as published): data/facts.parquet"
    err = capfd.readouterr().err
    assert (f'{NAME}: warning: the history of "What changed" is lost: {reports / NAME}/data/facts.parquet: '
            "the column weight holds text, not whole numbers; this build starts it again") in err
    page = (reports / NAME / "briefing.html").read_text(encoding="utf-8")
    assert "The history of this set was lost" in page and "data/facts.parquet: the column weight holds text" in page
    assert "This is the first build" not in page and str(reports) not in page


# -- item 4: a signal Python drops still stops the build ---------------------------------------------------


@pytest.mark.build
def test_a_signal_dropped_as_the_pdf_starts_still_stops_the_build(good, monkeypatch, capfd):
    from toolkit import cli
    from toolkit.present import render

    real = render.html_to_pdf

    def pdf_after_a_signal_in_a_finaliser(page, *, name="briefing"):
        class Finalised:
            def __del__(self):
                # The handler runs here, where Python drops what it raises ("Exception ignored
                # in: …"), as when WeasyPrint's fonts are finalised while SIGTERM arrives.
                os.kill(os.getpid(), signal.SIGTERM)

        Finalised()
        return real(page, name=name)

    monkeypatch.setattr(render, "html_to_pdf", pdf_after_a_signal_in_a_finaliser)
    before = snapshot(good.reports)
    with good.environment():
        rc = cli.main(["build", "--force", "--quiet", str(good.params_file(NAME))])
    err = capfd.readouterr().err
    assert rc == 128 + signal.SIGTERM, err[-2000:]
    assert "interrupted by SIGTERM" in err and "Exception ignored" not in err
    assert snapshot(good.reports) == before  # the last good briefing, the index, no leftovers


# -- item 17: a cell out of time says so in one line -------------------------------------------------------


@pytest.mark.build
def test_a_cell_out_of_time_prints_one_line(tmp_path, make_project):
    import nbformat

    project = make_project(tmp_path, sets={"one": {SEED.name: SEED}}, params={NAME: PARAMS})
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell("params_file = None\ndata_dir = None\nprevious_dir = None")
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell("import time\ntime.sleep(60)")]
    notebook = tmp_path / "slow.ipynb"
    nbformat.write(nb, notebook)
    script = ("import sys\nfrom pathlib import Path\nfrom toolkit.build.run import build_one\n"
              "from toolkit.core.errors import BuildError\n"
              f"try:\n    build_one({str(project.params_file(NAME))!r}, notebook=Path({str(notebook)!r}), "
              "progress=False)\nexcept BuildError as exc:\n    print(f'failed: {exc}', file=sys.stderr)\n")
    env = {**os.environ, **project.env, "TOOLKIT_CELL_TIMEOUT": "2"}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, timeout=120)
    err = done.stderr.decode("utf-8", "replace")
    [line] = err.splitlines() or [""]  # no papermill log line, no kernel traceback, no ZMQ error
    assert re.fullmatch(rf"failed: source set '{NAME}': the notebook cell `import time` \(cell id [\w-]+\) ran out "
                        r"of time: it ran for more than the limit of 2 s per cell \(setting TOOLKIT_CELL_TIMEOUT\)\. "
                        r"The previous briefing was kept\.", line), err


def test_a_source_file_name_that_is_not_utf8_can_be_fingerprinted(tmp_path, monkeypatch):
    """The fingerprint is JSON encoded as UTF-8: a file name's undecodable byte must not break it."""
    from toolkit.build.plan import fingerprint, inputs
    from toolkit.reading.params import Params

    seeds = tmp_path / "seeds"
    (seeds / "s").mkdir(parents=True)
    (seeds / "s" / os.fsdecode(b"report-\xff.txt")).write_text("Trump met Putin in Alaska on Friday.")
    params_file = tmp_path / "s.yaml"
    params_file.write_text("name: s\ntitle: S\nsources: s\n")
    monkeypatch.setenv("TOOLKIT_SEEDS", str(seeds))
    values = inputs(params_file, Params(name="s", title="S", sources="s"), common={})
    assert list(values["sources"]) == ["s/report-\\xff.txt"]
    assert len(fingerprint(values)) == 64
