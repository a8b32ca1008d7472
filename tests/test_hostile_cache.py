"""Issue 16, items 9 and 16: the extraction cache carries data only (a planted pickle never
runs), and the processes of an extraction die with their parent (no orphans after kill -9)."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from conftest import ROOT
from toolkit.extraction import cache
from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_paths

PUBLISHED = dt.date(2025, 8, 18)
TABLES = ("documents", "entities", "mentions", "quotes", "timeline", "events")
TEXTS = {
    "a": "Trump met reporters in Alaska on Friday. “We made great progress,” Trump said.\n\n"
         "He said a meeting with Putin could come next week.",
    "b": "Secretary of State Marco Rubio spoke to reporters on Monday. “The war must end,” Rubio said.",
}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")


# -- item 9: nothing in the cache is unpickled ------------------------------------------------

class Plant:
    """A pickle that creates ``marker`` when it is loaded (as a planted entry's would run a command)."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return builtins.open, (self.marker, "w")


def plant(path: Path, marker: Path, magic: bytes) -> None:
    """Replace the entry at ``path`` with a pickle behind a valid header: magic, then its sha256."""
    payload = pickle.dumps(Plant(marker))
    pickle.loads(payload).close()  # it is a live payload: loading it creates the file…
    marker.unlink()  # …which is removed again before the cache is given it
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(magic + hashlib.sha256(payload).digest() + payload)


@pytest.fixture
def small_set(tmp_path, monkeypatch):
    """Two short articles and a cache of their own."""
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "set"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def run(folder, nlp):
    cache.STATS.clear()
    return extract(read_paths([folder], published=PUBLISHED), nlp=nlp), dict(cache.STATS)


def assert_same(a, b):
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table), check_exact=True, obj=table)
        assert list(getattr(a, table).dtypes) == list(getattr(b, table).dtypes), table


def entries(store: Path) -> dict[str, list[Path]]:
    return {kind: sorted(p for p in (store / kind).rglob("*") if p.is_file()) for kind in cache.KINDS}


def test_a_planted_pickle_is_never_run_and_the_next_extraction_rebuilds_it(small_set, tmp_path, nlp, monkeypatch):
    store = tmp_path / "cache"
    clean, _ = run(small_set, nlp)
    found = entries(store)
    assert [len(found[k]) for k in cache.KINDS] == [2, 2, 1]
    markers = []
    for kind, paths in found.items():
        for path in paths:
            # The entry itself, with this version's header, and the pickle entries of earlier
            # versions (TKC1, *.pkl) beside it.
            markers += [tmp_path / f"ran-{kind}-{path.stem[:8]}", tmp_path / f"ran-old-{kind}-{path.stem[:8]}"]
            plant(path, markers[-2], cache.MAGIC)
            plant(path.with_name(path.stem + ".pkl"), markers[-1], b"TKC1")

    try:
        again, counted = run(small_set, nlp)
    finally:
        assert [m.name for m in markers if m.exists()] == []  # no payload ran
    assert counted["corrupt"] == 5 and counted["parsed"] == 2  # every planted entry refused, and rebuilt
    assert_same(again, clean)
    shutil_rmtree(store / "sets")
    again, counted = run(small_set, nlp)  # the rebuilt entries are data: read back, nothing parsed
    assert counted.get("corrupt", 0) == 0 and counted.get("parsed", 0) == 0 and counted["facts_hits"] == 2
    assert_same(again, clean)
    assert [m.name for m in markers if m.exists()] == []


def shutil_rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path)


def test_the_cache_never_calls_the_unpickler(small_set, tmp_path, nlp, monkeypatch):
    """Writing and reading every kind of entry, with pickle's loaders made to fail."""
    def refuse(*args, **kwargs):
        raise AssertionError("the cache unpickled something")

    for name in ("loads", "load", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    clean, counted = run(small_set, nlp)  # writes docs, facts, set
    assert counted["sets_writes"] == 1 and counted["facts_writes"] == 2
    assert_same(run(small_set, nlp)[0], clean)  # the set entry
    shutil_rmtree(tmp_path / "cache" / "sets")
    facts, counted = run(small_set, nlp)  # docs and facts entries
    assert counted["facts_hits"] == 2 and counted.get("parsed", 0) == 0
    assert_same(facts, clean)
    for path in (tmp_path / "cache").rglob("*"):
        assert not path.is_file() or path.read_bytes().startswith(cache.MAGIC)


def test_entries_of_the_right_format_but_the_wrong_shape_are_rebuilt(small_set, tmp_path, nlp):
    """A checksummed entry in this format whose content is not what the reader expects (other
    fields, a wrong type in a row, a DocBin that is not the text's) is refused and rebuilt."""
    store = tmp_path / "cache"
    clean, _ = run(small_set, nlp)
    found = entries(store)

    def rewrite(path: Path, value) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = cache.encode(value)
        path.write_bytes(cache.MAGIC + hashlib.sha256(data).digest() + data)

    first, second = (cache.decode(p.read_bytes()[36:]) for p in found["docs"])
    facts = cache.decode(found["facts"][0].read_bytes()[36:])
    first["mentions"][0][2] = "12"  # an offset as text
    second["docbin"] = pickle.dumps(Plant(tmp_path / "ran"))  # bytes, but not a DocBin
    facts["answers"] = {"who": "Trump"}  # not the recorded questions
    rewrite(found["docs"][0], first)
    rewrite(found["docs"][1], second)
    shutil_rmtree(store / "facts")  # both texts' facts are extracted again: the second needs its DocBin
    rewrite(found["facts"][0], facts)
    rewrite(found["sets"][0], [{"documents": 1}, {}])

    again, counted = run(small_set, nlp)
    assert not (tmp_path / "ran").exists()
    # refused: the set, the first text's entry, the facts entry, the second text's DocBin (when used)
    assert counted["corrupt"] == 4 and counted["parsed"] == 1
    assert_same(again, clean)
    shutil_rmtree(store / "sets")
    again, counted = run(small_set, nlp)
    assert counted.get("corrupt", 0) == 0 and counted["facts_hits"] == 2
    assert_same(again, clean)


def test_values_round_trip_exactly_and_anything_else_is_not_cached(tmp_path):
    frames = {
        "texts": pd.DataFrame({"a": ["x", None, "“quoted”", ""], "n": [1, 2, 3, 4],
                               "ok": [True, False, True, False], "f": [0.5, np.nan, 1e300, -0.0]}),
        "none": pd.DataFrame([{"a": None, "b": 1}, {"a": None, "b": 2}]),
        "mixed": pd.DataFrame({"o": pd.Series([1, "1", 1.0, None, True, "\ud800 lone"], dtype=object)}),
        "empty": pd.DataFrame(columns=["doc", "text"]),
        "empty typed": pd.DataFrame({"s": pd.Series([], dtype="str"), "i": pd.Series([], dtype="int64")}),
        "no columns": pd.DataFrame(index=pd.RangeIndex(3)),
    }
    value = [frames, {"docbin": b"\x00\xffbytes", "rows": [["a", 1, None, True, 2.5]], "$text": "\ud800"}]
    back = cache.decode(cache.encode(value))
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(back[0][name], frame, check_exact=True, obj=name)
        assert list(back[0][name].dtypes) == list(frame.dtypes), name
        assert [list(map(type, c)) for c in back[0][name].T.values] == [list(map(type, c)) for c in frame.T.values]
    assert back[1] == value[1]

    store = cache.Cache(tmp_path / "c")
    cache.STATS.clear()
    for unstorable in ({"when": dt.date(2025, 1, 1)}, {"x": np.int64(1)}, Plant(tmp_path / "ran"),
                       pd.DataFrame({"a": [1]}, index=[5]), pd.DataFrame({"d": pd.to_datetime(["2025-01-01"])})):
        assert store.put("facts", "ab" * 32, unstorable) is None
    assert cache.STATS["unstorable"] == 5 and not (tmp_path / "c").exists()
    broken_payloads = (b"", b"\x00" * 8, b"\xff" * 16, cache.encode([1])[:-1], cache.encode({"$bytes": 0}),
                       cache.encode(b"x")[:12] + b"[{", cache.encode([[[[]]]]).replace(b"[[[[]]]]", b"[" * 8))
    for broken in broken_payloads:
        path = store.path("facts", "cd" * 32)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(cache.MAGIC + hashlib.sha256(broken).digest() + broken)
        assert store.get("facts", "cd" * 32) is None and not path.exists()


def test_the_real_tables_round_trip_exactly(seed_extraction):
    tables = {name: getattr(seed_extraction, name) for name in TABLES}
    back = cache.decode(cache.encode(tables))
    for name in TABLES:
        pd.testing.assert_frame_equal(back[name], tables[name], check_exact=True, obj=name)
        assert list(back[name].dtypes) == list(tables[name].dtypes)


# -- item 16: workers die with their parent -----------------------------------------------------

def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for PID 1 to reap it does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and alive(int(entry.name)):
                found.append(int(entry.name))
    return found


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"waited {timeout:.0f} s for {what}")


def kill_all(pids) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


POOL_PARENT = """
import os, sys, time
from toolkit.extraction import pool

def nap(i):
    time.sleep(120)

list(pool.imap(nap, range(4), processes=2))
"""


@linux_only
def test_pool_workers_die_with_their_parent(tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", POOL_PARENT], cwd=tmp_path)
    workers = []
    try:
        workers = wait_for(lambda: len(children(parent.pid)) == 2 and children(parent.pid), 60, "two workers")
        parent.kill()
        parent.wait()
        wait_for(lambda: not any(map(alive, workers)) or None, 5, f"the workers {workers} to end")
    finally:
        kill_all([parent.pid, *workers])


@linux_only
def test_a_process_whose_parent_already_died_ends_at_once(tmp_path):
    """The check after prctl: a parent that ended between the fork and the call."""
    code = "from toolkit.extraction.pool import die_with_parent; die_with_parent(os.getppid() + 1); print('ran on')"
    done = subprocess.run([sys.executable, "-c", "import os; " + code], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path)
    assert done.returncode == -signal.SIGKILL and "ran on" not in done.stdout
    done = subprocess.run([sys.executable, "-c", "import os; " + code.replace("os.getppid() + 1", "os.getppid()")],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0 and "ran on" in done.stdout


BUILD = """
import sys
from pathlib import Path
from toolkit.build.warmup import warm

warm(Path(sys.argv[1]), documents=1000, processes=2)
"""


@linux_only
@pytest.mark.build
def test_after_kill_9_of_the_build_its_extraction_and_workers_end(tmp_path, make_project):
    """A stand-in for ``toolkit build`` runs the real warm-up (a child extracting the set with two
    workers); killed with SIGKILL during it, the child and its workers end within seconds."""
    texts = {}
    for path in sorted((ROOT / "seeds" / "whitehouse-ukraine").glob("*.txt")):
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        half = len(paragraphs) // 2
        texts[f"{path.stem}-1.txt"] = "\n\n".join(paragraphs[:half])
        texts[f"{path.stem}-2.txt"] = "\n\n".join(paragraphs[half:])
    project = make_project(tmp_path / "project", sets={"big": texts}, own_cache=True)
    build = subprocess.Popen([sys.executable, "-c", BUILD, str(project.params_file("big"))], cwd=tmp_path,
                             env={**os.environ, **project.env})
    started = [build.pid]
    try:
        child = wait_for(lambda: children(build.pid), 60, "the warm-up child")[0]
        started.append(child)
        workers = wait_for(lambda: len(children(child)) >= 2 and children(child), 120, "the parsing workers")
        started += workers
        assert build.poll() is None, "the warm-up ended before the test could kill the build"
        build.kill()
        build.wait()
        wait_for(lambda: not any(map(alive, [child, *workers])) or None, 5,
                 f"the warm-up child {child} and its workers {workers} to end")
    finally:
        kill_all(started)
