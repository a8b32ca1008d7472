"""The extraction cache (toolkit.extraction.cache): each text parsed once, outputs unchanged, broken entries ignored."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pandas as pd
import pytest

from toolkit.extraction import cache
from toolkit.extraction import facts as facts_mod
from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_paths

PUBLISHED = dt.date(2025, 8, 18)
TABLES = ("documents", "entities", "mentions", "quotes", "timeline", "events")
TEXTS = {
    "a": "Trump met reporters in Alaska on Friday. “We made great progress,” Trump said.\n\n"
         "He said a meeting with Putin could come next week.",
    "b": "Secretary of State Marco Rubio spoke to reporters on Monday. “The war must end,” Rubio said. "
         "He will travel to Kyiv next week.",
    "c": "Volodymyr Zelensky thanked European leaders on Tuesday. “Ukraine is ready for peace,” Zelensky said.",
}


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def write_set(folder, texts: dict) -> object:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def run(source, nlp, **options):
    """Extract, returning the tables and what the cache counted meanwhile."""
    cache.STATS.clear()
    if not hasattr(source, "documents") and not isinstance(source, list):
        source = read_paths([source], published=PUBLISHED)
    ex = extract(source, nlp=nlp, **options)
    return ex, dict(cache.STATS)


def uncached(source, nlp, monkeypatch, **options):
    with monkeypatch.context() as patch:
        patch.setenv("TOOLKIT_CACHE", "off")
        return run(source, nlp, **options)[0]


def assert_same(a, b):
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table), check_exact=True, obj=table)
    assert a.model == b.model


def test_second_run_parses_nothing_and_a_change_parses_one(store, tmp_path, nlp, monkeypatch):
    folder = write_set(tmp_path / "set", TEXTS)
    first, counted = run(folder, nlp)
    assert counted["parsed"] == 3 and counted["sets_writes"] == 1
    again, counted = run(folder, nlp)
    assert counted.get("parsed", 0) == 0 and counted["sets_hits"] == 1
    assert_same(first, again)

    (folder / "b.txt").write_text(TEXTS["b"].replace("Monday", "Wednesday"), encoding="utf-8")
    (folder / "d.txt").write_text("Putin said on Sunday that talks would continue.", encoding="utf-8")
    changed, counted = run(folder, nlp)
    assert counted["parsed"] == 2 and counted["docs_hits"] >= 2  # b and d parsed; a and c read
    assert "Wednesday" in set(changed.timeline["expression"])
    assert_same(changed, uncached(folder, nlp, monkeypatch))


def test_outputs_identical_with_and_without_cache(store, seed_document, nlp, monkeypatch):
    aliases = {"Zelenskyy": "Volodymyr Zelensky"}
    plain = uncached([seed_document], nlp, monkeypatch, aliases=aliases)
    cold, counted = run([seed_document], nlp, aliases=aliases)
    assert counted["parsed"] == 1
    assert_same(plain, cold)
    assert_same(plain, run([seed_document], nlp, aliases=aliases)[0])  # the set's tables, read back
    shutil.rmtree(store / "sets")
    facts, counted = run([seed_document], nlp, aliases=aliases)  # per-document facts reused
    assert counted["facts_hits"] == 1 and counted.get("parsed", 0) == 0
    assert_same(plain, facts)
    shutil.rmtree(store / "sets")
    shutil.rmtree(store / "facts")
    docbin, counted = run([seed_document], nlp, aliases=aliases)  # extractors re-run on the stored DocBin
    assert counted["docs_hits"] >= 1 and counted.get("parsed", 0) == 0
    assert_same(plain, docbin)
    assert plain.quotes["speaker"].notna().sum() >= 10  # the seed's quotes, attributed


def test_broken_entries_are_ignored_and_replaced(store, tmp_path, nlp, monkeypatch):
    folder = write_set(tmp_path / "set", TEXTS)
    run(folder, nlp)
    docs = sorted((store / "docs").rglob(f"*{cache.SUFFIX}"))
    assert len(docs) == 3
    docs[0].write_bytes(docs[0].read_bytes()[: len(docs[0].read_bytes()) // 2])  # cut short
    data = bytearray(docs[1].read_bytes())
    data[-10] ^= 0xFF  # one flipped byte
    docs[1].write_bytes(bytes(data))
    facts = next((store / "facts").rglob(f"*{cache.SUFFIX}"))
    facts.write_bytes(b"not an entry")
    (docs[2].parent / ".leftover.tmp").write_bytes(b"half")  # a write interrupted before its rename
    shutil.rmtree(store / "sets")

    repaired, counted = run(folder, nlp)
    assert counted["corrupt"] == 3 and counted["parsed"] == 2
    assert_same(repaired, uncached(folder, nlp, monkeypatch))
    shutil.rmtree(store / "sets")
    assert run(folder, nlp)[1].get("parsed", 0) == 0  # the broken entries were written again


def test_a_failed_or_interrupted_write_leaves_nothing(tmp_path, monkeypatch):
    store = cache.Cache(tmp_path / "c")
    assert store.put("docs", "ab" * 32, {"x": 1}) is not None and store.get("docs", "ab" * 32) == {"x": 1}

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "replace", refuse)
    assert store.put("docs", "cd" * 32, {"x": 2}) is None
    monkeypatch.setattr(cache.os, "replace", lambda src, dst: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        store.put("docs", "ef" * 32, {"x": 3})
    files = [p.name for p in (tmp_path / "c").rglob("*") if p.is_file()]
    assert files == [f"{'ab' * 32}{cache.SUFFIX}"]
    assert store.get("docs", "cd" * 32) is None


def test_an_entry_is_its_checksum_then_its_data_written_without_fsync(tmp_path, monkeypatch):
    import hashlib

    from toolkit.core import files

    store = cache.Cache(tmp_path / "c")
    synced = []
    monkeypatch.setattr(files.os, "fsync", synced.append)
    path = store.put("facts", "12" * 32, {"quotes": ["“Yes”"]})
    # The checksum catches an entry cut short by a power cut, so the cache need not fsync.
    assert synced == [] and path == tmp_path / "c" / "facts" / "12" / f"{'12' * 32}{cache.SUFFIX}"
    data = path.read_bytes()
    head, digest, body = data[:4], data[4:36], data[36:]
    assert head == cache.MAGIC and digest == hashlib.sha256(body).digest()
    assert cache.decode(body) == {"quotes": ["“Yes”"]} == store.get("facts", "12" * 32)
    assert "“Yes”".encode() in body  # data, as JSON (tests/test_hostile_cache.py: never a pickle)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_facts_are_reused_unless_the_index_answers_differently(store, tmp_path, nlp, monkeypatch):
    """A document's quotes are re-extracted only when a new document changes a name they use."""
    folder = write_set(tmp_path / "set", {k: TEXTS[k] for k in ("a", "b")})
    before, _ = run(folder, nlp)
    assert set(before.quotes["speaker"]) == {"Trump", "Marco Rubio"}

    calls = []
    real = facts_mod._facts
    monkeypatch.setattr(facts_mod, "_facts", lambda doc, *rest: calls.append(doc.text[:10]) or real(doc, *rest))
    (folder / "e.txt").write_text("President Donald Trump spoke on Monday.", encoding="utf-8")
    after, counted = run(folder, nlp)
    assert counted["parsed"] == 1
    assert len(calls) == 2  # a (its "Trump" is now Donald Trump) and the new e; b's facts reused
    assert "Donald Trump" in set(after.quotes["speaker"])
    assert_same(after, uncached(folder, nlp, monkeypatch))


def test_parsing_with_two_processes_gives_the_same_tables(store, tmp_path, nlp, monkeypatch):
    texts = {f"{k}{i:02d}": f"{text}\n\nReport {i + 1} of the day." for i in range(11) for k, text in TEXTS.items()}
    folder = write_set(tmp_path / "many", texts)
    two, counted = run(folder, nlp, n_process=2)
    assert counted["parsed"] == len(texts) == 33
    assert_same(two, uncached(folder, nlp, monkeypatch))


def test_off_means_no_folder(monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", "off")
    assert cache.Cache.open().root is None and not cache.enabled()


def test_model_identity_is_known_without_loading_the_model(nlp):
    assert cache.model_identity() == cache.model_identity(nlp)
    assert nlp.meta["version"] in cache.model_identity()


def test_keys_change_with_text_model_and_code(monkeypatch):
    key = cache.doc_key("Some text.", "model-a")
    assert key == cache.doc_key("Some text.", "model-a")
    assert key != cache.doc_key("Some text!", "model-a") and key != cache.doc_key("Some text.", "model-b")
    monkeypatch.setattr(cache, "code_version", lambda: "another")
    assert key != cache.doc_key("Some text.", "model-a")


def test_facts_keys_change_with_date_and_title():
    # a transcript's title can name its speaker ("Remarks by President Trump …"): facts read with another title differ
    day = dt.date(2025, 2, 16)
    key = cache.facts_key("parse", day, "Remarks by President Trump")
    assert key == cache.facts_key("parse", day, "Remarks by President Trump")
    assert len({key, cache.facts_key("parse", day, None), cache.facts_key("parse", None, "Remarks by President Trump"),
                cache.facts_key("parse", day, "Press Gaggle by the Vice President")}) == 4


def test_only_the_most_recent_sets_are_kept(tmp_path):
    store = cache.Cache(tmp_path)
    for i in range(cache.KEEP_SETS + 3):
        path = store.put("sets", f"{i:064x}", {"i": i})
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    kept = sorted(p.stem for p in tmp_path.glob(f"sets/*/*{cache.SUFFIX}"))
    assert len(kept) == cache.KEEP_SETS and f"{0:064x}" not in kept
