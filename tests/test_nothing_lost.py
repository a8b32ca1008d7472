"""Nothing lost: a build that fails, is interrupted or runs out of time leaves the last good
briefing and the index exactly as they were; two builds of one set do not overlap.

One good briefing is built once (module fixture, a one-article set). Real ``toolkit build``
processes are then interrupted part-way, with Ctrl-C (SIGINT to the process group) and
SIGTERM, at different moments; after each, every file of the good briefing and the index
must be byte-identical, nothing may be left in the reports folder, and no kernel may be
left running.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, SEED
from toolkit.core.errors import BuildError
from toolkit.build.locks import BuildLocked, Interrupted, deferred_signals, interruptible, set_lock
from toolkit.core.files import atomic_write

NAME = "nothing-lost"
PARAMS = f"name: {NAME}\ntitle: Nothing lost\nsources: one\npublished: 2025-08-07\nformats: [html, pdf]\n"
# The interrupted builds use other params (another title) so that no build cache can skip them.
CHANGED = PARAMS.replace("title: Nothing lost", "title: Nothing lost, rebuilt")


@pytest.fixture(scope="module")
def good(tmp_path_factory, make_project):
    from toolkit.build.run import build

    project = make_project(tmp_path_factory.mktemp("lost"), sets={"one": {SEED.name: SEED}},
                           params={"good": PARAMS, "changed": CHANGED}, own_cache=True)
    reports = project.reports
    with project.environment():
        build([project.params_file("good")], reports=reports, progress=False)
    return {"root": project.root, "reports": reports, "env": project.env, "snapshot": snapshot(reports),
            "changed": project.params_file("changed")}


@pytest.fixture
def in_env(good, monkeypatch):
    """The good build's environment (seeds, reports, cache) for builds run in this process."""
    for key, value in good["env"].items():
        monkeypatch.setenv(key, value)
    return good


def snapshot(reports: Path) -> dict[str, bytes]:
    return {p.relative_to(reports).as_posix(): p.read_bytes() for p in sorted(reports.rglob("*")) if p.is_file()}


def assert_intact(good, kernels=()) -> None:
    """The good briefing and the index are as built; no leftovers; no kernel still running."""
    reports = good["reports"]
    now = snapshot(reports)
    assert now.keys() == good["snapshot"].keys(), sorted(set(now) ^ set(good["snapshot"]))
    for name, data in good["snapshot"].items():
        assert now[name] == data, f"{name} changed"
    index = BeautifulSoup((reports / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert index.find("a", href=f"{NAME}/briefing.html") and (reports / NAME / "briefing.html").is_file()
    leftovers = [p.name for p in reports.iterdir() if p.name.startswith(".")]
    assert not leftovers, leftovers  # no staging folder, set aside briefing, lock or temporary file
    gone, alive = psutil.wait_procs(list(kernels), timeout=15)
    assert not alive, [p.cmdline() for p in alive]


@pytest.fixture
def start_build(good):
    """Start ``toolkit build PARAMS`` in its own process group; whatever a test leaves running is killed."""
    started: list[subprocess.Popen] = []

    def start(params: Path) -> subprocess.Popen:
        env = {**os.environ, **good["env"]}
        process = subprocess.Popen([sys.executable, "-m", "toolkit", "build", str(params)], env=env, cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            kernels = kernels_of(process)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            for kernel in kernels:
                kernel.kill()


def wait_for(condition, process: subprocess.Popen, timeout: float = 90, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if process.poll() is not None:
            pytest.fail(f"the build ended (rc {process.returncode}) before {what}: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.02)
    process.kill()
    pytest.fail(f"timed out waiting for {what}")


def staging(good) -> Path | None:
    return next(iter(good["reports"].glob(f".staging+{NAME}+*")), None)


def kernels_of(process: subprocess.Popen) -> list[psutil.Process]:
    try:
        return [p for p in psutil.Process(process.pid).children(recursive=True)
                if "ipykernel" in " ".join(p.cmdline())]
    except psutil.Error:
        return []


def finish(process: subprocess.Popen) -> tuple[int, str]:
    _, err = process.communicate(timeout=60)
    return process.returncode, err.decode("utf-8", "replace")


@pytest.mark.build
def test_ctrl_c_while_the_kernel_starts(good, start_build):
    process = start_build(good["changed"])
    wait_for(lambda: staging(good), process, what="the staging folder")
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in a terminal signals the whole foreground group
    rc, err = finish(process)
    assert rc != 0 and "interrupted" in err, err[-2000:]
    assert_intact(good)


@pytest.mark.build
def test_sigterm_mid_notebook_and_a_second_build_is_refused(good, in_env, start_build):
    from toolkit.build.run import build_one

    process = start_build(good["changed"])
    kernels = wait_for(lambda: kernels_of(process), process, what="the kernel")
    time.sleep(1.5)  # the notebook is running
    with pytest.raises(BuildLocked) as refused:  # a second build of the same set, meanwhile
        build_one(good["changed"], reports=good["reports"], progress=False)
    message = str(refused.value)
    assert f"source set '{NAME}'" in message and f"process {process.pid}" in message
    assert process.poll() is None  # the first build is unaffected
    process.send_signal(signal.SIGTERM)
    rc, err = finish(process)
    assert rc != 0 and "interrupted" in err, err[-2000:]
    assert_intact(good, kernels)


@pytest.mark.build
def test_sigterm_while_rendering(good, start_build):
    process = start_build(good["changed"])
    kernels = wait_for(lambda: kernels_of(process), process, what="the kernel")
    wait_for(lambda: (s := staging(good)) is not None and any(s.glob("*briefing.html*")), process,
             what="the HTML in staging")
    process.send_signal(signal.SIGTERM)  # the PDF is being printed now
    rc, err = finish(process)
    assert rc != 0 and "interrupted" in err, err[-2000:]
    assert_intact(good, kernels)


@pytest.mark.build
def test_second_build_in_this_process_is_refused_while_locked(good, in_env, monkeypatch):
    import papermill

    from toolkit.build.run import build_one

    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: pytest.fail("a kernel was started"))
    with set_lock(good["reports"], NAME) as lock:
        assert lock.is_file()
        with pytest.raises(BuildLocked, match=rf"source set '{NAME}': another build .*process {os.getpid()}"):
            build_one(good["changed"], reports=good["reports"], progress=False)
    assert not lock.exists()
    assert_intact(good)


def _sleepy_notebook(path: Path, *sleeps: float) -> Path:
    """A notebook with the briefing's parameters and one cell per sleep."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    parameters = nbformat.v4.new_code_cell("params_file = None\ndata_dir = None\nprevious_dir = None")
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell("import time")]
    nb.cells += [nbformat.v4.new_code_cell(f"time.sleep({s})  # cell {i}") for i, s in enumerate(sleeps)]
    nbformat.write(nb, path)
    return path


@pytest.mark.build
def test_cell_time_limit_names_the_cell(good, in_env, tmp_path, monkeypatch):
    from toolkit.build.run import build_one

    monkeypatch.setenv("TOOLKIT_CELL_TIMEOUT", "2")
    notebook = _sleepy_notebook(tmp_path / "slow.ipynb", 0.1, 60)
    started = time.monotonic()
    with pytest.raises(BuildError) as caught:
        build_one(good["changed"], reports=good["reports"], progress=False, index=False, notebook=notebook)
    message = str(caught.value)
    assert time.monotonic() - started < 40
    assert "`time.sleep(60)  # cell 1`" in message and "ran out of time" in message
    assert "limit of 2 s per cell (setting TOOLKIT_CELL_TIMEOUT)" in message
    shutil.rmtree(good["reports"] / "_failed")  # the partial notebook, kept for inspection
    assert_intact(good)


@pytest.mark.build
def test_notebook_time_limit_names_the_running_cell(good, in_env, tmp_path, monkeypatch):
    from toolkit.build.run import build_one

    monkeypatch.setenv("TOOLKIT_NOTEBOOK_TIMEOUT", "3")
    notebook = _sleepy_notebook(tmp_path / "slow.ipynb", 1.5, 60)
    with pytest.raises(BuildError) as caught:
        build_one(good["changed"], reports=good["reports"], progress=False, index=False, notebook=notebook)
    message = str(caught.value)
    assert "`time.sleep(60)  # cell 1`" in message
    assert "whole notebook may run for 3 s (setting TOOLKIT_NOTEBOOK_TIMEOUT)" in message
    shutil.rmtree(good["reports"] / "_failed")
    assert_intact(good)


class TestSwapAndWrites:
    """The last steps of a build, interrupted at their worst moment (no kernel needed)."""

    def _briefing(self, folder: Path, text: str) -> Path:
        (folder / "data").mkdir(parents=True)
        (folder / "briefing.html").write_text(text, encoding="utf-8")
        (folder / "briefing.json").write_text("{}", encoding="utf-8")
        return folder

    @pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
    def test_signal_during_the_swap_is_held_back(self, tmp_path, monkeypatch, exchange):
        from toolkit.build import publish

        target = self._briefing(tmp_path / "set", "old")
        staging = self._briefing(tmp_path / ".set.staging-x", "new")
        if not exchange:
            monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
        real_rename = os.rename

        def rename_then_signal(src, dst):
            real_rename(src, dst)
            os.kill(os.getpid(), signal.SIGTERM)  # arrives between the two renames

        monkeypatch.setattr(publish.os, "rename", rename_then_signal)
        with pytest.raises(Interrupted, match="SIGTERM"):
            with interruptible():
                if exchange:
                    with deferred_signals():
                        os.kill(os.getpid(), signal.SIGTERM)
                        publish._swap_in(staging, target)
                else:
                    publish._swap_in(staging, target)
        assert (target / "briefing.html").read_text(encoding="utf-8") == "new"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["set"]

    def test_ctrl_c_as_the_staging_folder_is_made_leaves_no_folder(self, tmp_path, monkeypatch):
        """The signal the build test sends once it sees the folder can land before the folder is named."""
        from types import SimpleNamespace

        from toolkit.build import publish

        real_mkdtemp = publish.tempfile.mkdtemp

        def mkdtemp_then_signal(*args, **kwargs):
            made = real_mkdtemp(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGINT)  # arrives as mkdtemp returns
            return made

        monkeypatch.setattr(publish.tempfile, "mkdtemp", mkdtemp_then_signal)
        plan = SimpleNamespace(name="set", reports=tmp_path / "reports")
        with pytest.raises(Interrupted, match="SIGINT"):
            with interruptible():
                with publish.staging(plan):
                    pytest.fail("the build went on after Ctrl-C")
        assert [p.name for p in plan.reports.iterdir() if p.name.startswith(".staging")] == []

    def test_a_briefing_set_aside_by_a_killed_swap_is_put_back(self, tmp_path):
        from toolkit.build.publish import _clear_leftovers

        self._briefing(tmp_path / ".old+set+abc", "old")
        self._briefing(tmp_path / ".staging+set+def", "half")
        _clear_leftovers(tmp_path, "set")
        assert (tmp_path / "set" / "briefing.html").read_text(encoding="utf-8") == "old"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["set"]

    def test_interrupted_atomic_write_keeps_the_old_file(self, tmp_path, monkeypatch):
        path = tmp_path / "index.html"
        path.write_text("old", encoding="utf-8")

        def interrupted(src, dst):
            raise KeyboardInterrupt

        monkeypatch.setattr(os, "replace", interrupted)
        with pytest.raises(KeyboardInterrupt):
            atomic_write(path, "new")
        assert path.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["index.html"]
