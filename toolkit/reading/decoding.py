"""Decoding: a file's bytes, read within the size limit, turned into text or refused.

Bytes are read no further than ``TOOLKIT_MAX_DOCUMENT_BYTES`` (:func:`_read_bytes`), then
decoded as UTF-8, UTF-16 with a BOM or Windows-1252 (:func:`decode`); binary data is refused.
A refusal is a :class:`~toolkit.core.errors.SourceError` carrying the bare ``reason`` and its
``kind`` (:func:`_unusable`), which :func:`toolkit.reading.sources.read_paths` lists as a
skipped file. Also here: the helpers that keep messages printable (:func:`as_text`).

Example:
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from pathlib import Path

from toolkit.core import settings
from toolkit.core.errors import SourceError
from toolkit.reading.documents import BINARY, TOO_LARGE, UNDECODABLE, UNREADABLE, SourceWarning


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a document's bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes that
    are not UTF-8 are read as Windows-1252, the usual encoding of scraped Western text.

    Raises:
        SourceError: when the bytes are binary (NUL bytes, a known file signature) or
            cannot be decoded; its ``kind`` is :data:`BINARY` or :data:`UNDECODABLE`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _unusable(path, f"broken UTF-16 ({exc.reason})", UNDECODABLE) from None
    elif data.startswith(_SIGNATURES) or b"\x00" in data[:8192]:
        raise _unusable(path, "binary data, not text", BINARY)
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise _unusable(path, f"not UTF-8, UTF-16 or Windows-1252 text ({exc.reason})", UNDECODABLE) from None
    if _looks_binary(text):
        raise _unusable(path, "binary data, not text", BINARY)
    return text, encoding


# PDF, PNG, GIF, JPEG, ZIP (docx, epub), gzip, ELF: binary files often saved under a .txt name.
_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    """True when more than 1% of the first 64k characters are control characters (text has none)."""
    head = text[:65536]
    return bool(head) and len(_CONTROL.findall(head)) > max(1, len(head) // 100)


def _read_bytes(path: Path) -> bytes:
    """A file's bytes: a regular file within TOOLKIT_MAX_DOCUMENT_BYTES, read no further than the limit."""
    limit = settings.max_document_bytes()
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _unusable(path, "not a regular file", UNREADABLE)
            if limit is not None and info.st_size > limit:
                raise _unusable(path, f"{info.st_size:,} bytes is over the limit of {limit:,} bytes per document "
                                      "(setting TOOLKIT_MAX_DOCUMENT_BYTES)", TOO_LARGE)
            data = handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise _unusable(path, f"cannot read ({exc.strerror})", UNREADABLE) from None
    if limit is not None and len(data) > limit:  # it grew since it was measured
        raise _unusable(path, f"over the limit of {limit:,} bytes per document (setting TOOLKIT_MAX_DOCUMENT_BYTES)",
                        TOO_LARGE)
    return data


def as_text(value) -> str:
    """``str(value)`` as valid Unicode text: a file name's bytes that are not UTF-8 (which Python
    holds as lone surrogates, which pyarrow and every UTF-8 writer refuse) shown as ``\\xff``."""
    text = str(value)
    if not _has_surrogate(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _excerpt(value, limit: int = 60) -> str:
    """A short, quoted excerpt of a value for a message: at most ``limit`` characters, escapes shown."""
    text = str(value)
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


def _warn(message: str) -> None:
    warnings.warn(message, SourceWarning, stacklevel=3)


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def blank_comments(text: str) -> str:
    """Blank out HTML comments (``<!-- -->``) left in a plain-text article by a scraper.

    Each comment becomes as many spaces (its line breaks kept), so that every character
    offset into the text is still an offset into the file: the comment is not read as words,
    shown in a briefing's sentences or counted, and provenance still points at the file.
    """
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _unusable(path, reason: str, kind: str) -> SourceError:
    """A :class:`SourceError` "<path>: <reason>" that also carries the bare ``reason`` and its ``kind``."""
    error = SourceError(f"{as_text(path)}: {reason}")
    error.reason, error.kind = reason, kind
    return error
