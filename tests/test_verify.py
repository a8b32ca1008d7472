"""Provenance that can be checked: what a build records, and ``toolkit verify`` rebuilding from it.

The real builds (marked ``build``) are the seed article, in a project of its own (its own
copy of the seed under ``seeds/``, its own reports and cache): built twice, so that the
second build's "What changed" compares with the first's facts, then verified as published,
and verified again after the copy of the seed is edited.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path

import pytest

from conftest import ROOT, SEED, seed_params

from toolkit import cli
from toolkit.build import plan as planning
from toolkit.build.verify import version_differences

NAME = "ukraine-diplomacy"
SEED_FILE = f"{NAME}/{SEED.name}"


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _state(folder: Path) -> dict:
    """Every entry under ``folder``: its bytes' hash (files), size and modification time."""
    return {p.relative_to(folder).as_posix(): (_sha(p) if p.is_file() else "dir", p.stat().st_size,
                                               p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob(f"toolkit-verify-{NAME}-*")}


@pytest.fixture(scope="module")
def built(tmp_path_factory, make_project):
    """The seed set built twice (the second build compares with the first's facts)."""
    project = make_project(tmp_path_factory.mktemp("verify"), sets={NAME: {SEED.name: SEED}},
                           params={NAME: seed_params("html", "pdf")}, own_cache=True)
    from toolkit.build.run import build

    folder = project.reports / NAME
    with project.environment():
        build(progress=False)
        first_facts = _sha(folder / "data" / "facts.parquet")
        build(progress=False, force=True)
        yield {"project": project, "folder": folder, "first_facts": first_facts}


@pytest.mark.build
def test_the_record_holds_what_a_rebuild_needs(built):
    folder = built["folder"]
    record = json.loads((folder / ".build.json").read_text(encoding="utf-8"))
    inputs, provenance, outputs = record["inputs"], record["provenance"], record["outputs"]
    seed = built["project"].seeds / SEED_FILE
    assert inputs["sources"] == {SEED_FILE: _sha(seed)}
    assert inputs["params"] == _sha(built["project"].params_file(NAME))
    assert inputs["notebook"] == _sha(ROOT / "notebooks" / "briefing.ipynb")
    assert inputs["lock"] == _sha(ROOT / "requirements.lock")
    assert provenance["params_file"] == f"{NAME}.yaml" and provenance["params"]["published"] == "2025-08-07"
    assert provenance["params"]["focus"] == ["Donald Trump", "Vladimir Putin"]
    assert provenance["packages"]["pandas"] == version("pandas")
    assert provenance["packages"]["weasyprint"] == version("weasyprint")
    assert provenance["code"]["toolkit/build/verify.py"] == _sha(ROOT / "toolkit" / "build" / "verify.py")
    assert provenance["python"].startswith("CPython 3.") and provenance["pango"].count(".") == 2
    assert "|" in inputs["model"] and provenance["toolkit_version"]
    # The facts "What changed" compared with: the first build's, kept byte for byte beside the new ones.
    assert provenance["previous_facts"] == {"file": "data/previous_facts.parquet", "sha256": built["first_facts"]}
    assert _sha(folder / "data" / "previous_facts.parquet") == built["first_facts"]
    for name in ("briefing.html", "briefing.pdf", "briefing.json", "data/quotes.csv", "data/changes.csv",
                 "data/facts.parquet", "data/previous_facts.parquet"):
        assert outputs[name] == _sha(folder / name), name
    assert "Nothing changed since the last build" in (folder / "briefing.html").read_text(encoding="utf-8")


@pytest.mark.build
def test_verify_rebuilds_the_same_bytes_and_touches_nothing_published(built, capsys, tmp_path, monkeypatch):
    # (a temporary folder of this test's own: another run's rebuild in the shared /tmp comes and goes)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    reports = built["project"].reports
    before, temporary = _state(reports), _leftovers()
    with built["project"].environment():
        code = cli.main(["verify", str(built["folder"])])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    # Every output the build recorded (the briefing, its notebook and record, every CSV and facts file).
    recorded = len(json.loads((built["folder"] / ".build.json").read_text(encoding="utf-8"))["outputs"])
    assert recorded >= 23
    assert out.startswith(f"{NAME}: identical ({recorded} outputs byte for byte as recorded; 3 input files, "
                          "requirements.lock")
    assert f"Verifying {NAME}" in err
    assert _state(reports) == before  # not a byte, nor a date, of the published briefing (nor of reports/)
    assert _leftovers() == temporary  # the temporary rebuild is gone


@pytest.mark.build
def test_verify_names_a_changed_source_file_and_a_package_version(built, tmp_path, capsys):
    """A copy of the briefing whose record says pandas 0.0.1, verified after the seed's copy is edited."""
    copy = tmp_path / NAME
    shutil.copytree(built["folder"], copy)
    record_file = copy / ".build.json"
    record = json.loads(record_file.read_text(encoding="utf-8"))
    record["provenance"]["packages"]["pandas"] = "0.0.1"
    record_file.write_text(json.dumps(record), encoding="utf-8")
    seed = built["project"].seeds / SEED_FILE
    original = seed.read_bytes()
    try:
        seed.write_bytes(original + b"\nThe talks will resume on Monday, a spokesman said.\n")
        edited = _sha(seed)
        with built["project"].environment():
            code = cli.main(["verify", "--use-cache", str(copy)])
    finally:
        seed.write_bytes(original)
    out, _ = capsys.readouterr()
    assert code == 1, out
    lines = out.splitlines()
    assert lines[0].startswith(f"{NAME}: differs (1 input, 1 version, ")
    assert f"  input    source {SEED_FILE}: changed (sha256 {_sha(SEED)[:12]}… recorded, {edited[:12]}… now)" in lines
    assert f"  version  package pandas: 0.0.1 recorded, {version('pandas')} installed" in lines
    differing = [line.split(":")[0].split()[-1] for line in lines if line.startswith("  output")]
    assert {"briefing.html", "briefing.pdf", "data/documents.csv", "data/facts.parquet"} <= set(differing)
    assert "data/previous_facts.parquet" not in differing  # the facts compared with were restored as recorded


def test_verify_of_a_folder_without_a_record_says_what_to_do(tmp_path, capsys):
    assert cli.main(["verify", str(tmp_path)]) == 2
    assert "has no readable record .build.json" in capsys.readouterr().err
    (tmp_path / ".build.json").write_text(json.dumps({"fingerprint": "x", "inputs": {}, "outputs": {}}))
    assert cli.main(["verify", str(tmp_path)]) == 2
    assert "toolkit build --force" in capsys.readouterr().err
    (tmp_path / ".build.json").write_text(json.dumps({"inputs": {}, "outputs": {}, "provenance": {"name": "../x"}}))
    assert cli.main(["verify", str(tmp_path)]) == 2  # nothing is written outside the temporary folder
    assert "not a plain folder name" in capsys.readouterr().err


def test_the_facts_compared_with_are_kept_as_they_were_read(tmp_path, seed_extraction):
    from toolkit.pipeline.store import FACTS_FILE, PREVIOUS_FACTS_FILE, record_changes

    first, second, third = tmp_path / "first", tmp_path / "second", tmp_path / "third"
    assert record_changes(seed_extraction, first).first
    assert not (first / PREVIOUS_FACTS_FILE).exists()  # nothing was compared with
    record_changes(seed_extraction, second, previous_dir=first)
    assert (second / PREVIOUS_FACTS_FILE).read_bytes() == (first / FACTS_FILE).read_bytes()
    (first / FACTS_FILE).write_bytes(b"PAR1 damaged")  # kept as it was: a rebuild from it says "lost" too
    assert record_changes(seed_extraction, second, previous_dir=first).lost
    assert (second / PREVIOUS_FACTS_FILE).read_bytes() == b"PAR1 damaged"
    record_changes(seed_extraction, second, previous_dir=third)  # none: no stale copy is left
    assert not (second / PREVIOUS_FACTS_FILE).exists()


def test_version_differences_name_each_package_and_python():
    recorded = {"packages": {"pandas": "3.0.0", "numpy": "2.4.6", "gone": "1.0"}, "python": "CPython 3.11.7",
                "pango": "1.50.12"}
    now = {"packages": {"pandas": "3.1.1", "numpy": "2.4.6", "added": "0.1"}, "python": "CPython 3.12.1",
           "pango": "1.50.12"}
    assert [str(d) for d in version_differences(recorded, now)] == [
        "version package added: not installed at the build, 0.1 installed now",
        "version package gone: 1.0 recorded, not installed now",
        "version package pandas: 3.0.0 recorded, 3.1.1 installed",
        "version Python: CPython 3.11.7 recorded, CPython 3.12.1 now",
    ]


def test_a_changed_lock_is_a_reason_to_build():
    old = {"params": "p", "sources": {}, "notebook": "n", "toolkit": "t", "model": "m", "libraries": {},
           "lock": "a", "settings": {}}
    assert planning._what_changed(old, {**old, "lock": "b"}) == "requirements.lock changed"


def test_published_files_not_as_recorded_are_named(tmp_path):
    from toolkit.build.verify import published_differences

    (tmp_path / "data").mkdir()
    for name in ("briefing.html", "data/quotes.csv", "briefing.pdf"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    record = {"outputs": planning.outputs(tmp_path)}
    assert published_differences(tmp_path, record) == []
    (tmp_path / "briefing.pdf").write_text("damaged", encoding="utf-8")
    (tmp_path / "data" / "quotes.csv").unlink()
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert [(d.what, d.how.split(" (")[0]) for d in published_differences(tmp_path, record)] == [
        ("briefing.pdf", "changed since it was published"), ("data/quotes.csv", "missing from the published briefing"),
        ("notes.txt", "not in the record")]


def test_the_notebook_is_compared_without_the_cell_naming_its_folder(tmp_path):
    from toolkit.build.verify import output_differences

    def notebook(folder: str, text: str) -> str:
        cells = [{"id": "injected-parameters", "cell_type": "code", "source": f'data_dir = "{folder}"'},
                 {"id": "a", "cell_type": "markdown", "source": text}]
        return json.dumps({"cells": cells, "metadata": {}})

    published, rebuilt = tmp_path / "published", tmp_path / "rebuilt"
    for folder, where in ((published, "../reports/x/data"), (rebuilt, "/tmp/toolkit-verify-x/reports/x/data")):
        folder.mkdir()
        (folder / "briefing.ipynb").write_text(notebook(where, "Summary"), encoding="utf-8")
    record = {"outputs": planning.outputs(published)}
    assert output_differences(published, rebuilt, record) == []
    (rebuilt / "briefing.ipynb").write_text(notebook("/tmp/elsewhere", "Other summary"), encoding="utf-8")
    [difference] = output_differences(published, rebuilt, record)
    assert difference.what == "briefing.ipynb" and difference.how.startswith("differs (sha256 ")
