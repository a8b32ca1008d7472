"""A parsed text as spaCy ``DocBin`` bytes, and back: the parse cache's binary part.

:func:`docbin_bytes` writes the message ``DocBin(docs=[doc]).to_bytes()`` writes, faster;
:func:`doc_from_docbin` reads one back as ``next(DocBin().from_bytes(data).get_docs(vocab))``
does, without srsly's per-call look-up of the decoders registered in every installed
package's entry points (about 0.3 ms a document, a sixth of a read-back). Both ways give
the same Doc: a DocBin keeps every attribute the extractors read.

Example:
    >>> doc_from_docbin(docbin_bytes(doc), nlp.vocab).to_json() == doc.to_json()   # doctest: +SKIP
    True
"""

from __future__ import annotations

import functools
import threading

# The token attributes whose strings a DocBin carries (spaCy's DocBin.add reads them token by
# token: text, tag_, lemma_, norm_, dep_, ent_type_, ent_kb_id_, ent_id_; and str(morph)).
_STRING_ATTRS = ("ORTH", "TAG", "LEMMA", "NORM", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")
# zlib's fastest level: half the time of spaCy's default (6) for entries a third larger.
DOCBIN_ZLIB_LEVEL = 1


_PACKERS = threading.local()


def _msgpack(message: dict) -> bytes:
    """``srsly.msgpack_dumps(message)``, with one packer per thread: srsly makes a packer per
    call, and each looks up the encoders registered in every installed package's entry points
    (0.15 ms a document)."""
    packer = getattr(_PACKERS, "packer", None)
    if packer is None:
        import srsly

        packer = _PACKERS.packer = srsly.msgpack.Packer(use_bin_type=True)
    return packer.pack(message)


def _distinct(values) -> list[int]:
    """The distinct values of an array, in order: ``numpy.unique(values).tolist()``, in a third of
    its time (numpy 2's ``unique`` costs 0.18 ms for the 5,000 string ids of a 600-token text)."""
    import numpy

    ordered = numpy.sort(values, axis=None)
    return ordered[numpy.concatenate(([True], ordered[1:] != ordered[:-1]))].tolist()


def docbin_bytes(doc) -> bytes:
    """The spaCy ``DocBin`` of one Doc, as bytes that ``DocBin().from_bytes`` reads back.

    The message is the one ``DocBin(docs=[doc]).to_bytes()`` compresses, made faster:
    spaCy's ``DocBin.add`` collects the strings of nine attributes of every token in Python
    (about 1 ms for a 1,000-token text); here they are looked up once per distinct value of
    the token array; and it is compressed at :data:`DOCBIN_ZLIB_LEVEL`. A Doc with span
    groups takes spaCy's own way. The Doc's ``user_data`` is not written (nor by spaCy's
    ``DocBin()``, which keeps it only with ``store_user_data``): a memo a step of the
    extraction left there (``toolkit.nlp.cited_authors``) does not send the Doc the slow way.
    """
    import zlib

    import numpy
    from spacy.attrs import IDS
    from spacy.tokens import DocBin

    docbin = DocBin()
    if len(doc.spans) or not len(doc):
        docbin.add(doc)
        return docbin.to_bytes()
    tokens = doc.to_array(docbin.attrs)
    spaces = numpy.asarray(doc.to_array("SPACY").reshape((-1, 1)), dtype=bool)
    strings = doc.vocab.strings
    # (every attribute with strings is a column of the DocBin's array: read there, not asked for again)
    columns = [docbin.attrs.index(IDS[a]) for a in _STRING_ATTRS]
    found = {strings[value] for value in _distinct(tokens[:, columns])}
    for value in _distinct(tokens[:, docbin.attrs.index(IDS["MORPH"])]):
        morph = strings[value]
        found.add("" if morph == "_" else morph)  # an empty analysis is kept as "_", read as ""
    message = {
        "version": docbin.version,
        "attrs": docbin.attrs,
        "tokens": tokens.reshape((len(doc), -1)).tobytes("C"),
        "spaces": spaces.tobytes("C"),
        "lengths": numpy.asarray([len(doc)], dtype="int32").tobytes("C"),
        "strings": sorted(found),
        "cats": [doc.cats],
        "flags": [{"has_unknown_spaces": doc.has_unknown_spaces}],
        "span_groups": [doc.spans.to_bytes()],
    }
    return zlib.compress(_msgpack(message), DOCBIN_ZLIB_LEVEL)


_HOOKS = threading.local()


def _msgpack_loads(data: bytes):
    """``srsly.msgpack_loads(data)``, with the decoders' hook made once per thread: srsly chains
    the decoders registered in the installed packages' entry points anew on every call."""
    hook = getattr(_HOOKS, "hook", None)
    if hook is None:
        from srsly.msgpack import msgpack_decoders

        hook = None
        for decoder in msgpack_decoders.get_all().values():
            hook = functools.partial(decoder, chain=hook)
        _HOOKS.hook = hook
    from srsly.msgpack import _unpackb

    return _unpackb(data, raw=False, use_list=True, object_hook=hook)


def doc_from_docbin(data: bytes, vocab):
    """The one Doc of DocBin bytes (as :func:`docbin_bytes` writes them), in ``vocab``.

    The steps of spaCy's ``DocBin.from_bytes`` and ``DocBin.get_docs`` for one Doc; bytes of
    several Docs or with user data are read by spaCy's own way. Raises what they raise on
    bytes that are not a DocBin.
    """
    import zlib

    import numpy
    from spacy.attrs import ORTH
    from spacy.tokens import Doc, DocBin
    from spacy.tokens._dict_proxies import SpanGroups

    msg = _msgpack_loads(zlib.decompress(data))
    lengths = numpy.frombuffer(msg["lengths"], dtype="int32")
    if len(lengths) != 1 or "user_data" in msg:
        return next(DocBin().from_bytes(data).get_docs(vocab))
    attrs = msg["attrs"]
    tokens = numpy.frombuffer(msg["tokens"], dtype="uint64")
    tokens = tokens.reshape((tokens.size // len(attrs), len(attrs)))
    spaces = numpy.frombuffer(msg["spaces"], dtype=bool)
    spaces = spaces.reshape((spaces.size, 1))
    if tokens.shape[0] != lengths[0] or spaces.shape[0] != lengths[0]:
        raise ValueError("the DocBin's arrays are not of its length")
    for string in set(msg["strings"]):
        vocab[string]
    flags = msg.get("flags", [{}])[0]
    doc = Doc(vocab, words=tokens[:, attrs.index(ORTH)], spaces=None if flags.get("has_unknown_spaces") else spaces)
    doc = doc.from_array(attrs, tokens)
    doc.cats = msg["cats"][0]
    groups = msg.get("span_groups", [b""])[0]
    if groups and groups != SpanGroups._EMPTY_BYTES:
        doc.spans.from_bytes(groups)
    else:
        doc.spans.clear()
    return doc
