"""Limits and time limits: settings with sensible defaults, changed by environment variables.

They are not params keys: a params file describes *what* a briefing is about, these say
how much work a machine is willing to do. Each is read when it is needed (so a test or a
notebook can change it with ``os.environ``), and the kernel that runs the briefing
notebook inherits them from the ``toolkit build`` that started it.

=============================  ============  ==================================================
variable                       default       what happens when it is exceeded
=============================  ============  ==================================================
``TOOLKIT_MAX_DOCUMENT_BYTES``  25,000,000    the file is skipped, with the reason, and listed
``TOOLKIT_MAX_DOCUMENTS``       20,000        the source set fails before anything is parsed
``TOOLKIT_MAX_PARSE_CHARS``     1,000,000     only the first characters (up to a paragraph or
                                              sentence end) are analysed; the briefing says so
``TOOLKIT_CELL_TIMEOUT``        600 s         the build fails naming the cell that ran too long
``TOOLKIT_NOTEBOOK_TIMEOUT``    3,600 s       the build fails naming the cell that was running
=============================  ============  ==================================================

``0`` turns a limit off. A value that is not a whole, non-negative number fails
with :class:`SettingsError` naming the variable.

Example:
    >>> max_parse_chars()                   # doctest: +SKIP
    1000000
"""

from __future__ import annotations

import os

from toolkit.core.errors import ToolkitError

DEFAULTS = {
    "TOOLKIT_MAX_DOCUMENT_BYTES": 25_000_000,
    "TOOLKIT_MAX_DOCUMENTS": 20_000,
    "TOOLKIT_MAX_PARSE_CHARS": 1_000_000,
    "TOOLKIT_CELL_TIMEOUT": 600,
    "TOOLKIT_NOTEBOOK_TIMEOUT": 3_600,
}


class SettingsError(ToolkitError):
    """Raised when a ``TOOLKIT_*`` limit in the environment is not a whole, non-negative number."""


def setting(name: str) -> int:
    """The value of one setting: the environment variable ``name`` or its default."""
    raw = os.environ.get(name, "").strip().replace("_", "").replace(",", "")
    if not raw:
        return DEFAULTS[name]
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise SettingsError(f"{name}={os.environ[name]!r}: expected a whole number >= 0 "
                            f"(the default is {DEFAULTS[name]:,})")
    return value


def max_document_bytes() -> int | None:
    """Largest file read as a document, in bytes (``TOOLKIT_MAX_DOCUMENT_BYTES``), None for no limit."""
    return setting("TOOLKIT_MAX_DOCUMENT_BYTES") or None


def max_documents() -> int | None:
    """Most files in one source set (``TOOLKIT_MAX_DOCUMENTS``), None for no limit."""
    return setting("TOOLKIT_MAX_DOCUMENTS") or None


def max_parse_chars() -> int | None:
    """Most characters of one document's body that are analysed (``TOOLKIT_MAX_PARSE_CHARS``), None for no limit."""
    return setting("TOOLKIT_MAX_PARSE_CHARS") or None


def cell_timeout() -> int | None:
    """Seconds one notebook cell may run (``TOOLKIT_CELL_TIMEOUT``), None for no limit."""
    return setting("TOOLKIT_CELL_TIMEOUT") or None


def notebook_timeout() -> int | None:
    """Seconds the whole notebook may run (``TOOLKIT_NOTEBOOK_TIMEOUT``), None for no limit."""
    return setting("TOOLKIT_NOTEBOOK_TIMEOUT") or None


def check_all() -> dict[str, int]:
    """Read every setting (so that a broken one fails before a kernel starts); returns them."""
    return {name: setting(name) for name in DEFAULTS}
