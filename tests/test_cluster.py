"""Extraction on a real Dask cluster (toolkit.extraction.cluster) and the fact store
(toolkit.extraction.factstore): a LocalCluster of two worker processes on loopback, shared by
the module, gives the facts of the one-machine run, also when a worker is killed mid-run, and
a second run over the store extracts nothing again.

Deselect with ``-m "not cluster"``.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter

import pandas as pd
import pytest

from toolkit.extraction import cache, cluster, tables
from toolkit.extraction.factstore import FactStore
from toolkit.reading.sources import SourceSet, read_source_set

pytestmark = pytest.mark.cluster

SET = "ukraine-diplomacy"
COMPARED = ("documents", "entities", "mentions", "quotes", "timeline", "events")


@pytest.fixture(scope="module")
def client():
    """Two worker processes (one thread each) on loopback, for the whole module."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local, Client(local, set_as_default=False) as client:
        yield client


@pytest.fixture(scope="module")
def source() -> SourceSet:
    return read_source_set(SET, name=SET)


@pytest.fixture(scope="module")
def one_machine(source, tmp_path_factory) -> tables.Extraction:
    """The one-machine extraction of the set, with a cache of its own (nothing shared with the cluster runs)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TOOLKIT_CACHE", str(tmp_path_factory.mktemp("one-machine-cache")))
        return tables.extract(source)


@pytest.fixture
def no_local_cache(monkeypatch):
    """Cluster runs here neither read nor write this machine's extraction cache."""
    monkeypatch.setenv("TOOLKIT_CACHE", "off")


def on_cluster(client, source, store) -> tables.Extraction:
    return cluster.extract(source, scheduler=client, store=str(store))


def assert_same_facts(got: tables.Extraction, expected: tables.Extraction) -> None:
    for name in COMPARED:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name), obj=name)
    assert got.model == expected.model


def stored_partitions(store) -> Counter:
    """How many `documents` partitions of the store list each parsed text."""
    import pyarrow.parquet as pq

    counts: Counter = Counter()
    for path in store.rglob("documents/part-*.parquet"):
        counts.update(pq.read_table(path)["doc_key"].to_pylist())
    return counts


class TestSameFactsAsOneMachine:
    def test_every_table_is_that_of_the_one_machine_run(self, client, source, one_machine, tmp_path, no_local_cache):
        got = on_cluster(client, source, tmp_path / "store")
        assert cluster.STATS["parsed"] == len({d.sha256 for d in source.documents}) == 8
        assert cluster.STATS["extracted"] == 8 and cluster.STATS["failed"] == 0
        assert_same_facts(got, one_machine)
        # real facts, not empty tables that happen to agree
        quotes = got.quotes[got.quotes["speaker"].notna()]
        assert len(quotes) >= 10 and quotes["speaker"].isin(got.entities["name"]).all()
        texts = {d.id: d.text for d in source.documents}
        for row in got.quotes.itertuples():
            assert row.text in texts[row.doc][row.start:row.end]
        assert {"Donald Trump", "Vladimir Putin"} <= set(got.who()["name"])
        assert got.timeline["date"].notna().sum() >= 10
        for row in got.timeline.itertuples():
            assert texts[row.doc][row.start:row.end] == row.expression
        assert list(got.documents["id"]) == [d.id for d in source.documents]

    def test_the_store_holds_each_text_once_under_this_code_and_model(self, client, source, tmp_path, no_local_cache):
        on_cluster(client, source, tmp_path / "store")
        counts = stored_partitions(tmp_path / "store")
        model = cache.model_identity()
        assert set(counts) == {cache.doc_key(d.body, model) for d in source.documents}
        assert set(counts.values()) == {1}
        [version] = [p.name for p in (tmp_path / "store").iterdir()]
        assert version == "version=" + FactStore.open(str(tmp_path / "store"), model=model).version


class TestFaults:
    def test_a_worker_killed_mid_run_changes_nothing(self, client, source, one_machine, tmp_path, no_local_cache):
        client.wait_for_workers(2, timeout=120)
        pids = client.run(os.getpid)  # worker address → its process
        result: dict = {}
        run = threading.Thread(target=lambda: result.update(ex=on_cluster(client, source, tmp_path / "store")))
        run.start()
        killed = None
        deadline = time.monotonic() + 120
        while killed is None and run.is_alive() and time.monotonic() < deadline:
            for address, keys in client.processing().items():
                if any("_parse_task" in str(key) for key in keys) and address in pids:
                    os.kill(pids[address], signal.SIGKILL)
                    killed = address
                    break
            time.sleep(0.05)
        run.join(timeout=300)
        assert killed is not None, "no parse task was seen running: nothing was killed"
        assert "ex" in result, "the extraction did not finish after a worker was killed"
        with pytest.raises(ProcessLookupError):
            os.kill(pids[killed], 0)
        assert_same_facts(result["ex"], one_machine)
        assert set(stored_partitions(tmp_path / "store").values()) == {1}  # nothing kept twice
        client.wait_for_workers(2, timeout=120)  # the nanny starts a new worker for the next tests

    def test_a_document_that_fails_is_named_and_left_out(self, client, source, tmp_path, no_local_cache, capsys):
        victim = source.documents[3]
        key = cache.doc_key(victim.body, cache.model_identity())

        def plant(key):
            from toolkit.extraction import parsing as worker_parsing

            real = getattr(worker_parsing.parse_batch, "real", worker_parsing.parse_batch)

            def failing(chunk, **options):
                if any(k == key for k, _ in chunk):
                    raise RuntimeError("planted failure")
                return real(chunk, **options)

            failing.real = real
            worker_parsing.parse_batch = failing

        def remove():
            from toolkit.extraction import parsing as worker_parsing

            worker_parsing.parse_batch = getattr(worker_parsing.parse_batch, "real", worker_parsing.parse_batch)

        client.wait_for_workers(2, timeout=120)
        client.run(plant, key)
        try:
            got = on_cluster(client, source, tmp_path / "store")
        finally:
            client.run(remove)
        assert cluster.STATS["failed"] == 1
        assert victim.id not in set(got.documents["id"]) and len(got.documents) == 7
        assert victim.id not in set(got.quotes["doc"]) | set(got.mentions["doc"])
        assert list(got.skipped["path"]) == [victim.path]
        assert "planted failure" in got.skipped["reason"].iloc[0]
        err = capsys.readouterr().err
        assert victim.path in err and "planted failure" in err


class TestStore:
    def test_a_second_run_extracts_nothing_and_gives_the_same_tables(self, client, source, one_machine, tmp_path,
                                                                     no_local_cache):
        first = on_cluster(client, source, tmp_path / "store")
        assert cluster.STATS["parsed"] == 8
        again = on_cluster(client, source, tmp_path / "store")
        assert (cluster.STATS["parsed"], cluster.STATS["extracted"], cluster.STATS["reused"]) == (0, 0, 8)
        assert_same_facts(again, first)
        assert_same_facts(again, one_machine)

    def test_a_smaller_set_reextracts_only_what_its_index_answers_otherwise(self, client, source, tmp_path,
                                                                           no_local_cache, monkeypatch):
        on_cluster(client, source, tmp_path / "store")
        fewer = SourceSet(SET, source.documents[1:])
        got = on_cluster(client, fewer, tmp_path / "store")
        assert cluster.STATS["parsed"] == 0  # every text was parsed before
        assert cluster.STATS["reused"] + cluster.STATS["extracted"] == 7 and cluster.STATS["reused"] >= 1
        monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "cache"))
        assert_same_facts(got, tables.extract(fewer))

    def test_without_a_scheduler_nothing_changes(self, source, one_machine, monkeypatch, tmp_path):
        monkeypatch.setenv("TOOLKIT_STORE", str(tmp_path / "store"))
        got = cluster.extract(source, scheduler=None)
        assert_same_facts(got, one_machine)
        assert not (tmp_path / "store").exists()  # the one-machine path does not use the store

    def test_any_fsspec_url_holds_the_same_facts(self, client, source, tmp_path, no_local_cache):
        """A store given as a URL (file://, here; s3:// or gs:// alike) serves a rerun, and the
        facts copied into another filesystem (fsspec's memory://) read back the same."""
        url = (tmp_path / "store").as_uri()
        first = on_cluster(client, source, url)
        again = on_cluster(client, source, url)
        assert (cluster.STATS["parsed"], cluster.STATS["extracted"]) == (0, 0)
        assert_same_facts(again, first)
        model = cache.model_identity()
        keys = [cache.doc_key(d.body, model) for d in source.documents]
        fkeys = [cache.facts_key(k, d.published, d.title) for d, k in zip(source.documents, keys)]
        here, there = FactStore.open(url, model=model), FactStore.open(f"memory://{tmp_path.name}", model=model)
        parses, facts = here.parses(keys), here.facts(fkeys)
        assert set(parses) == set(keys) and set(facts) == set(fkeys)
        there.write_parses((k, d.sha256, parses[k].mentions, parses[k].tokens, parses[k].words)
                           for d, k in zip(source.documents, keys))
        there.write_facts((f, k, d.published.isoformat() if d.published else None, facts[f][0][2], facts[f][0][1])
                          for d, k, f in zip(source.documents, keys, fkeys))
        assert there.parses(keys) == parses
        assert {f: [v[1:] for v in versions] for f, versions in there.facts(fkeys).items()} == \
               {f: [v[1:] for v in versions] for f, versions in facts.items()}


class TestBuild:
    def test_the_build_extracts_on_the_cluster_before_the_kernel_which_only_reads(self, client, tmp_path,
                                                                                 set_params_file, monkeypatch):
        """``toolkit build --scheduler``: the warm-up child extracts the set on the cluster and
        leaves the finished tables in the cache, where the notebook's extract_set() finds them."""
        from toolkit.build import warmup
        from toolkit.pipeline.briefing import extract_set

        env = {"TOOLKIT_CACHE": str(tmp_path / "cache"), "TOOLKIT_STORE": str(tmp_path / "store")}
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        errors = []
        assert warmup.warm(set_params_file, documents=8, processes=1, scheduler=client.scheduler.address,
                           log=errors.append), errors
        assert stored_partitions(tmp_path / "store")  # the workers wrote the store
        cache.STATS.clear()
        kernel = extract_set(set_params_file)  # what the notebook runs, without a scheduler
        assert cache.STATS["sets_hits"] == 1 and cache.STATS["parsed"] == 0
        assert len(kernel.extraction.documents) == 8 and kernel.extraction.quotes["speaker"].notna().any()


@pytest.fixture
def set_params_file(tmp_path):
    path = tmp_path / "params" / f"{SET}.yaml"
    path.parent.mkdir()
    path.write_text(f"name: {SET}\ntitle: Cluster test\nsources: {SET}\npublished: 2025-08-18\nformats: [html]\n",
                    encoding="utf-8")
    return path
