"""Parsing a source set's texts once: in batches, in worker processes for many, each parse kept
in the cache (a DocBin with the document's mentions and counts) so that no text is parsed twice.

:func:`parse_all` is the one-machine engine; :func:`parse_batch` is the per-batch step that
:mod:`toolkit.extraction.cluster` runs on Dask workers as well. A :class:`Parsed` record holds
what the set-wide steps need (the mentions) and gives back the Doc for the per-document
extractors when they ask (:meth:`Parsed.doc`), always read back from its DocBin.

Example:
    >>> parsed = parse_all(documents, keys, nlp=load_model(), n_process=1, store=store)  # doctest: +SKIP
    >>> parsed[0].mentions[:3]
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from toolkit.extraction import pool
from toolkit.nlp import entities as entities_mod
from toolkit.nlp.headline_parses import reparse_headlines
from toolkit.nlp.model import parse
from toolkit.reading.sources import Document

@dataclass
class Parsed:
    """One parsed text: its mentions and counts; the Doc itself stays serialised (DocBin)."""

    key: str
    text: str
    mentions: list
    tokens: int
    words: int
    docbin: bytes | None = None  # None: it is in the cache folder

    def doc(self, nlp, store):
        from toolkit.extraction.cache import STATS
        from toolkit.extraction.docbins import doc_from_docbin

        data = self.docbin
        if data is None:
            entry = store.get("docs", self.key, valid=_valid_doc_entry)
            data = entry["docbin"] if entry is not None else None
        if data is not None:
            try:
                doc = doc_from_docbin(data, nlp.vocab)
                # the DocBin of a text of this length (Doc.text, rebuilt token by token, is slow)
                if (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0) == len(self.text):
                    return doc
            except Exception:  # bytes that are not this text's DocBin
                pass
            STATS["corrupt"] += 1
        # the cache was removed meanwhile, or its DocBin is damaged: parse again
        doc = reparse_headlines(next(iter(parse([self.text], nlp=nlp))), nlp, self.text)
        return entities_mod.repair_entities(doc, text=self.text)


# The shapes of the cache's entries (toolkit.extraction.cache keeps data only: JSON values,
# bytes, tables). An entry read back that is not of its shape counts as corrupt: parsed or
# extracted again. Per field, the types allowed (rows come back as lists).
TEXT, MAYBE, INT, BOOL = {str}, {str, type(None)}, {int}, {bool}
_MENTION_FIELDS = (TEXT, TEXT, INT, INT, INT, INT, TEXT, MAYBE, MAYBE, MAYBE)  # entities.Mention


def rows_of_shape(rows, fields: tuple) -> bool:
    """Whether ``rows`` is a list of lists of ``len(fields)`` values of those types (column by column: fast)."""
    if type(rows) is not list:
        return False
    if not rows:
        return True
    if set(map(type, rows)) != {list} or set(map(len, rows)) != {len(fields)}:
        return False
    return all(set(map(type, column)) <= allowed for column, allowed in zip(zip(*rows), fields))


def _valid_doc_entry(entry) -> bool:
    return (type(entry) is dict and type(entry.get("docbin")) is bytes and type(entry.get("tokens")) is int
            and type(entry.get("words")) is int and rows_of_shape(entry.get("mentions"), _MENTION_FIELDS))


PARSE_BATCH_CHARS = 64_000
# At most this many texts in one batch, however short; the benchmark's plain spaCy runs
# (bench/run.py) cap their batches alike, so that both sides parse batches of the same shape.
PARSE_BATCH_TEXTS = 64
# No parsed Doc is kept in memory for the extractors, not even in a one-process extraction:
# every Doc kept alive slows the parse of the texts after it (a larger heap for the parser's
# arrays), and reading one back from its DocBin costs only 1.1-1.3 ms. On the whole White House
# benchmark (2,179 texts) the one-process extraction took 445.8 s keeping 16 million characters
# of Docs, 403.6 s keeping 4 million and 360.6 s keeping none (plain spaCy: 329.4 s).


def _mention_rows(mentions: list) -> list[list]:
    """Mentions as rows for the cache (``dataclasses.astuple`` copies each value deeply: slow)."""
    if not mentions:
        return []
    names = [f.name for f in fields(mentions[0])]
    return [[getattr(m, name) for name in names] for m in mentions]


def _parse_texts(chunk: list[tuple[str, str]]) -> list[tuple]:
    """Parse one batch of ``(key, text)`` (in a worker, or here) and keep each parse in the cache.

    Returns ``(key, mentions, tokens, words, docbin)`` per text; ``docbin`` is None when the
    cache holds it.
    """
    return parse_batch(chunk, nlp=pool.SHARED["nlp"], store=pool.SHARED["store"])


def parse_batch(chunk: list[tuple[str, str]], *, nlp, store) -> list[tuple]:
    """Parse ``(key, text)`` pairs: the per-document parsing step of both engines.

    :func:`_parse_texts` runs it in this machine's processes, :mod:`toolkit.extraction.cluster`
    on a Dask worker (with a disabled cache, so every DocBin comes back in its record).
    Returns ``(key, mentions, tokens, words, docbin)`` per text; ``docbin`` is None when
    ``store`` kept it.
    """
    from spacy.attrs import IS_ALPHA

    from toolkit.extraction.docbins import docbin_bytes

    records = []
    for (key, text), doc in zip(chunk, parse([text for _, text in chunk], nlp=nlp, batch_size=max(1, len(chunk)))):
        reparse_headlines(doc, nlp, text)  # "5.9 Earthquake Jolts Iran": a clause (toolkit/nlp/headline_parses.py)
        entities_mod.repair_entities(doc, text=text)  # (the parse keeps the text exactly: doc.text == text)
        mentions = list(entities_mod.mentions(doc))
        entry = {"docbin": docbin_bytes(doc), "mentions": _mention_rows(mentions),
                 "tokens": len(doc), "words": int(doc.to_array(IS_ALPHA).sum())}  # (Doc.count_by counts in a dict)
        written = store.put("docs", key, entry)
        records.append((key, mentions, entry["tokens"], entry["words"], None if written else entry["docbin"]))
    return records


def parse_all(documents: list[Document], keys: list[str], *, nlp, n_process: int, store) -> list[Parsed]:
    """Parse the texts the cache does not hold, in batches (in ``n_process`` workers for many)."""
    from toolkit.extraction.cache import STATS

    parsed: dict[str, Parsed] = {}
    todo: dict[str, str] = {}
    for document, key in zip(documents, keys):
        if key in parsed or key in todo:
            continue
        entry = store.get("docs", key, valid=_valid_doc_entry)
        if entry is None:
            todo[key] = document.body
        else:
            parsed[key] = Parsed(key, document.body, [entities_mod.Mention(*m) for m in entry["mentions"]],
                                  entry["tokens"], entry["words"])
    processes = extract_processes(len(todo), n_process)
    chunks = _batches(todo)
    for records in pool.imap(_parse_texts, chunks, processes=processes, shared={"nlp": nlp, "store": store}):
        for key, mentions, tokens, words, docbin in records:
            STATS["parsed"] += 1
            parsed[key] = Parsed(key, todo[key], mentions, tokens, words, docbin)
    return [parsed[key] for key in keys]


def _batches(todo: dict[str, str]) -> list[list[tuple[str, str]]]:
    """``(key, text)`` batches of texts of similar length, the longest first.

    The parser's memory grows with the characters of a batch (about 2.5 kB per character), so a
    batch holds at most PARSE_BATCH_CHARS (or one longer text) and PARSE_BATCH_TEXTS texts. Its
    time grows with its longest text: every text of a batch takes a parser step until the longest
    is done, so one long text among short ones leaves most of the batch idle; texts of like length
    go together. The longest come first so that two workers end together. A Doc does not depend
    on its batch.
    """
    batches: list[list[tuple[str, str]]] = []
    batch: list[tuple[str, str]] = []
    size = 0
    for key in sorted(todo, key=lambda k: (-len(todo[k]), k)):
        text = todo[key]
        if batch and (size + len(text) > PARSE_BATCH_CHARS or len(batch) >= PARSE_BATCH_TEXTS):
            batches.append(batch)
            batch, size = [], 0
        batch.append((key, text))
        size += len(text)
    if batch:
        batches.append(batch)
    return batches


def extract_processes(tasks: int, n_process: int) -> int:
    """The processes for ``tasks`` texts to parse or extract: workers cost a fork, not for a few texts."""
    return n_process if tasks >= 16 * n_process else 1
