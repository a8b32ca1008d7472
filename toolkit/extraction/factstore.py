"""The fact store: every document's facts as a partitioned Parquet dataset, for large sets.

Where :mod:`toolkit.extraction.cache` keeps one machine's parses, the store keeps what the
per-document steps produce, as tables any machine (a Dask worker, a notebook, DuckDB) can
read, in a local folder or at any fsspec URL (``s3://…``, ``gs://…``, ``file://…``)::

    STORE/version=<code and model>/
        documents/part-<sha256>.parquet   doc_key, sha256 (of the text), tokens, words
        mentions/part-<sha256>.parquet    doc_key, then the fields of entities.Mention
        facts/part-<sha256>.parquet       facts_id, fact_key, doc_key, published, answers
        quotes/ timeline/ events/         facts_id, then the table's columns (tables.py)

``version`` is a hash of the extraction code and the model (the cache's
:func:`~toolkit.extraction.cache.code_version` and
:func:`~toolkit.extraction.cache.model_identity`): facts of other code are never read.
``doc_key`` is the cache's key of a parse (the text's sha256, code, model), ``fact_key``
that of a document's facts (its parse and reference date). A document's quotes, timeline
and events depend on the rest of the set only through the questions they asked of the
set's entity index: ``answers`` records them (JSON), and facts are reused only when the
set's index answers them the same way (:func:`toolkit.extraction.cache.same_answers`);
other answers make another ``facts_id`` beside the first.

Each partition is one batch of documents, written once, whole: its name is the sha256 of
its rows, so a batch written twice (a task rerun after its worker died) writes the same
file, and a reader never sees half a partition (a local file is written under a temporary
name and renamed; an object store's PUT is all or nothing). Reading gathers the rows of the
keys asked for, in partition-name order, so the same store gives the same facts.

The per-table columns are those of :mod:`toolkit.extraction.tables` (its ``*_COLUMNS``, without
``doc``, which the set gives), so a change of a table's columns changes the store's with it.

Example:
    >>> store = FactStore.open("/data/facts", model=model_identity())   # doctest: +SKIP
    >>> store.parses([key])[key].tokens
    812
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Iterable

from toolkit.core.errors import ToolkitError
from toolkit.core.files import atomic_write
from toolkit.core.paths import cache_dir, project_root
from toolkit.extraction import cache
from toolkit.extraction.tables import EVENT_COLUMNS, QUOTE_COLUMNS, TIMELINE_COLUMNS
from toolkit.nlp.entities import Mention

STORE_ENV = "TOOLKIT_STORE"
FACT_TABLES = {"quotes": QUOTE_COLUMNS, "timeline": TIMELINE_COLUMNS, "events": EVENT_COLUMNS}
MENTION_FIELDS = [f.name for f in fields(Mention)]


class StoreError(ToolkitError):
    """The fact store cannot be opened or written."""


def fact_columns(table: str) -> list[str]:
    """The stored columns of a fact table: the set's columns without ``doc`` (the set gives it)."""
    return [c for c in FACT_TABLES[table] if c != "doc"]


@dataclass(frozen=True)
class StoredParse:
    """What the store keeps of one parsed text."""

    mentions: list
    tokens: int
    words: int


def default_url() -> str:
    """``TOOLKIT_STORE``, or ``store/`` in the extraction cache's folder (``.cache/toolkit/``
    when the cache is off: the store is what a rerun reads, it is not turned off with the cache)."""
    folder = cache_dir() if cache.enabled() else project_root() / ".cache" / "toolkit"
    return os.environ.get(STORE_ENV, "").strip() or str(folder / "store")


def _sha(value) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass")).hexdigest()


class FactStore:
    """A fact store at a local folder or an fsspec URL, for one code and model version."""

    def __init__(self, url: str, version: str):
        import fsspec

        url = str(url)
        if "://" not in url:  # a folder: the same absolute path for the workers, wherever they run
            url = str(Path(url).expanduser().resolve())
        self.url, self.version = url, version
        try:
            self.fs, root = fsspec.core.url_to_fs(self.url)
        except (ImportError, ValueError) as exc:  # an unknown protocol, or its library missing
            raise StoreError(f"fact store {self.url}: {exc}") from exc
        self.root = root.rstrip("/") + f"/version={version}"
        self.local = "file" in (self.fs.protocol if isinstance(self.fs.protocol, tuple) else (self.fs.protocol,))

    @classmethod
    def open(cls, url: str | None = None, *, model: str) -> "FactStore":
        """The store at ``url`` (default :func:`default_url`) for this code and ``model``."""
        return cls(url or default_url(), cache.code_version() + "-" + _sha(model)[:12])

    # -- writing ------------------------------------------------------------------------

    @staticmethod
    def columns(table: str) -> list[str]:
        if table == "documents":
            return ["doc_key", "sha256", "tokens", "words"]
        if table == "mentions":
            return ["doc_key"] + MENTION_FIELDS
        if table == "facts":
            return ["facts_id", "fact_key", "doc_key", "published", "answers"]
        return ["facts_id"] + fact_columns(table)

    def _write_partition(self, head: str, tables: dict[str, list[list]]) -> str | None:
        """One partition: a file per table, all under one name (the sha256 of every row), the
        ``head`` table last. A key is read only from a partition whose head lists it, so a
        partition cut short (the head not yet written) is never read. Returns the name."""
        if not tables[head]:
            return None
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = f"part-{_sha(sorted(tables.items()))[:40]}.parquet"
        for table in [t for t in tables if t != head] + [head]:
            rows, path = tables[table], f"{self.root}/{table}/{name}"
            if not rows or self.fs.exists(path):  # nothing to keep, or the same rows kept before
                continue
            columns = self.columns(table)
            sink = pa.BufferOutputStream()
            pq.write_table(pa.table({c: [row[i] for row in rows] for i, c in enumerate(columns)}), sink,
                           compression="zstd")
            data = sink.getvalue().to_pybytes()
            try:
                if self.local:
                    atomic_write(path, data)
                else:  # an object store's PUT replaces the object whole, or not at all
                    self.fs.pipe_file(path, data)
            except OSError as exc:
                raise StoreError(f"fact store {self.url}: cannot write {table}/{name}: {exc}") from exc
        return name

    def write_parses(self, records: Iterable[tuple]) -> str | None:
        """Keep parses: ``(doc_key, sha256, mentions, tokens, words)`` per text, as one partition."""
        documents, mentions = [], []
        for key, sha, found, tokens, words in records:
            documents.append([key, sha, tokens, words])
            mentions.extend([key, *(astuple(m) if isinstance(m, Mention) else m)] for m in found)
        return self._write_partition("documents", {"documents": documents, "mentions": mentions})

    def write_facts(self, records: Iterable[tuple]) -> str | None:
        """Keep facts: ``(fact_key, doc_key, published, facts, answers)`` per document, as one
        partition; facts whose ``answers`` is None (not reusable) are left out."""
        rows: dict[str, list] = {t: [] for t in ("facts", *FACT_TABLES)}
        for fkey, key, published, facts, answers in records:
            if answers is None:
                continue
            answers_text = json.dumps(answers, ensure_ascii=False, separators=(",", ":"))
            facts_id = _sha([fkey, answers_text])[:40]
            rows["facts"].append([facts_id, fkey, key, published, answers_text])
            for table in FACT_TABLES:
                width = len(fact_columns(table))
                for fact in facts[table]:
                    if len(fact) != width:
                        raise StoreError(f"a {table} row of {len(fact)} values for {width} columns")
                    rows[table].append([facts_id, *fact])
        return self._write_partition("facts", rows)

    # -- reading ------------------------------------------------------------------------

    def _read(self, table: str, column: str, wanted: set, parts: set | None = None) -> list[tuple[str, dict]]:
        """``(partition, row)`` for the rows of ``table`` whose ``column`` is in ``wanted``, in
        partition-name order (only from ``parts`` when given)."""
        if not wanted:
            return []
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        try:
            paths = sorted(self.fs.glob(f"{self.root}/{table}/part-*.parquet"))
        except FileNotFoundError:
            return []
        keys = pa.array(sorted(wanted))
        rows = []
        for path in paths:
            name = path.rsplit("/", 1)[-1]
            if parts is not None and name not in parts:
                continue
            try:
                with self.fs.open(path, "rb") as handle:
                    part = pq.read_table(handle)
            except Exception:  # a damaged partition is not read: its documents are extracted again
                continue
            if part.column_names != self.columns(table):
                continue
            part = part.filter(pc.is_in(part[column], value_set=keys))
            rows.extend((name, row) for row in part.to_pylist())
        return rows

    def parses(self, keys: Iterable[str]) -> dict[str, StoredParse]:
        """The stored parses of ``keys`` (those the store has), each from the first partition holding it."""
        first: dict[str, tuple[str, dict]] = {}
        for part, row in self._read("documents", "doc_key", set(keys)):
            first.setdefault(row["doc_key"], (part, row))
        mentions: dict[str, list] = {key: [] for key in first}
        for part, row in self._read("mentions", "doc_key", set(first), {p for p, _ in first.values()}):
            if first[row["doc_key"]][0] == part:
                mentions[row["doc_key"]].append(Mention(*(row[f] for f in MENTION_FIELDS)))
        return {key: StoredParse(mentions[key], row["tokens"], row["words"]) for key, (_, row) in first.items()}

    def facts(self, fact_keys: Iterable[str]) -> dict[str, list[tuple[str, list, dict]]]:
        """For each fact key the store has: its versions ``(facts_id, answers, facts)``, by facts_id."""
        heads: dict[str, tuple[str, dict]] = {}
        for part, row in self._read("facts", "fact_key", set(fact_keys)):
            heads.setdefault(row["facts_id"], (part, row))
        found: dict[str, dict] = {i: {t: [] for t in FACT_TABLES} for i in heads}
        parts = {p for p, _ in heads.values()}
        for table in FACT_TABLES:
            columns = fact_columns(table)
            for part, row in self._read(table, "facts_id", set(heads), parts):
                if heads[row["facts_id"]][0] == part:
                    found[row["facts_id"]][table].append(tuple(row[c] for c in columns))
        versions: dict[str, list] = {}
        for facts_id in sorted(heads):
            head = heads[facts_id][1]
            versions.setdefault(head["fact_key"], []).append((facts_id, json.loads(head["answers"]), found[facts_id]))
        return versions
