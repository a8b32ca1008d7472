"""Writing files so that a reader never sees half of one: the toolkit's one atomic writer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: str | Path, data: str | bytes, *, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    A reader never sees a half-written file, and an interrupted write leaves the old
    file in place (and no temporary file).

    Args:
        path: the file to write; its folder is created when missing.
        data: text (written as UTF-8) or bytes.
        durable: flush the data to the disk (``fsync``) before the rename, so that even a
            power cut leaves the old file or the whole new one. Only a writer whose files
            check themselves may leave it out for speed (the extraction cache writes
            thousands of entries, each behind its checksum).

    Returns:
        ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; reports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
