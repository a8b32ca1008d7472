"""Keeping freed memory in the process for the parser's large, short-lived arrays (glibc only).

spaCy's parser allocates and frees arrays of several megabytes for every batch of texts (the
model's layers over the batch's tokens), and the toolkit adds its own (each Doc's arrays, its
DocBin). glibc's allocator serves such blocks with ``mmap`` and gives them back to the system on
``free``, or trims the heap's top as soon as 128 kB lie free there; the next batch then takes the
same memory back from the system page by page, each page a fault that the kernel fills with
zeros. On the White House benchmark's texts a one-process extraction took about four times the
page faults of a plain parse, and a tenth of its time went to them.

:func:`keep_freed_memory` tells the allocator (``mallopt``) to serve blocks up to 256 MB from the
heap and to keep up to 256 MB of freed memory at its top, so that a batch reuses what the one
before it freed. The process holds at most that much more memory between batches; its peak,
which the largest batch sets, does not move. Where the C library is not glibc (macOS, musl),
nothing changes. The tuning is the process's, so plain spaCy run in the same process gains too:
``bench/run.py`` compares the toolkit with spaCy both so tuned.

Example:
    >>> keep_freed_memory()  # doctest: +SKIP
    True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# mallopt's parameters (glibc's malloc.h)
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3

KEPT_BYTES = 256 * 1024 * 1024  # served from the heap, and kept at its top once freed
TOP_PAD_BYTES = 64 * 1024 * 1024  # asked of the system at once when the heap grows

_done: bool | None = None


def keep_freed_memory() -> bool:
    """Tune glibc's allocator once per process (see the module); whether it is so tuned."""
    global _done
    if _done is not None:
        return _done
    _done = False
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # no glibc: its allocator is not the one tuned here
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    # (mallopt returns 1 on success; the mmap threshold first, as setting it fixes the trim one too)
    _done = all(mallopt(option, value) == 1 for option, value in (
        (_M_MMAP_THRESHOLD, KEPT_BYTES), (_M_TRIM_THRESHOLD, KEPT_BYTES), (_M_TOP_PAD, TOP_PAD_BYTES)))
    return _done
