"""Builds that survive each other and being interrupted.

* :func:`private_name`: what the build keeps in ``reports/`` besides the briefings and the
  index (locks, staging folders, a briefing set aside during a swap) is named
  ``.<kind>+<set name>[+<random>]``. A set name starts with a letter or digit and has no
  ``+``, so no set name can produce one of these names, nor the index's own lock
  ``reports/.index.lock``, and the entries of one set are never those of another (``adv-x``
  and ``adv-x.old-1`` share no prefix up to the ``+``).
* :func:`set_lock`: one build of a source set at a time. A second ``toolkit build`` of the
  same set (into the same reports folder) fails at once with :class:`BuildLocked`, naming
  the set and the process that holds the lock. The lock is ``flock(2)`` on
  ``reports/.lock+<name>``: the kernel releases it when its holder exits, however it
  exits, so a crashed build never leaves a stale lock behind. :func:`index_lock` makes
  writers of ``reports/index.html`` take turns (they wait rather than fail).
* :func:`interruptible`: Ctrl-C (SIGINT) and SIGTERM become :class:`Interrupted` (a
  ``KeyboardInterrupt``) so that every ``finally`` runs: staging folders are removed, the
  kernel is stopped, and the last good briefing is left as it was. Inside
  :func:`deferred_signals` (the swap of the new briefing for the old) a signal is held
  back until the block is done. Python drops an exception raised while it runs a
  finaliser or weakref callback ("Exception ignored in: …"), and a signal handled at that
  moment would be lost (WeasyPrint's font objects are finalised as the PDF starts): so
  the handler also records the signal, :func:`check_interrupted` raises it at the points
  that matter (before the swap), and leaving :func:`interruptible` normally after a signal
  raises it too. An interrupted build always ends with :class:`Interrupted`.
* :func:`run_abortable`: runs the notebook in a worker thread, so that the main thread
  stays free to receive signals, and stops it (``on_abort``) when one arrives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from toolkit.core.errors import BuildError

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Set when SIGINT or SIGTERM arrives; builds running in worker threads poll it and stop.
ABORT = threading.Event()

_active = False  # interruptible() has installed its handlers
_deferring = 0  # depth of deferred_signals() blocks
_pending: int | None = None  # a signal received while deferring
_last: int = signal.SIGINT  # the last signal received
_received: int | None = None  # a signal received since interruptible() was entered
INDEX_LOCK = ".index.lock"  # the lock of reports/index.html: no set's entries look like it


class BuildLocked(BuildError):
    """Raised when another process is building the same source set into the same folder."""

    def __init__(self, name: str, lock_file: Path, holder: str):
        self.lock_file, self.holder = Path(lock_file), holder
        super().__init__(name, f"another build of this set is running ({holder}); this one was not started. "
                               f"Try again when it has finished (its lock, {lock_file}, goes when it ends).")


class Interrupted(KeyboardInterrupt):
    """Raised in the main thread by SIGINT (Ctrl-C) or SIGTERM while :func:`interruptible` is active."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}; the previous briefings were kept")


def private_name(kind: str, name: str) -> str:
    """The name of the build's own entry of ``kind`` for set ``name`` in ``reports/``: ``.<kind>+<name>``.

    Staging folders and set-aside briefings add ``+`` and a random part. Set names have no
    ``+`` and do not start with ``.``, so these names are a namespace of their own: no set's
    folder, and no other set's entry, can have one of them.

    Raises:
        ValueError: ``name`` could break out of the namespace (a ``+``, ``/`` or leading ``.``).
    """
    if not name or "+" in name or "/" in name or "\x00" in name or name.startswith("."):
        raise ValueError(f"not a set name: {name!r}")
    return f".{kind}+{name}"


def is_private(entry: str, kind: str, name: str) -> bool:
    """Whether ``entry`` (a file name in ``reports/``) is the build's ``kind`` entry of exactly set ``name``."""
    prefix = private_name(kind, name) + "+"
    return entry.startswith(prefix) and "+" not in entry[len(prefix):]


def lock_file(reports: Path, name: str) -> Path:
    """The lock file of set ``name``: ``reports/.lock+<name>`` (:func:`private_name`)."""
    return Path(reports) / private_name("lock", name)


@contextlib.contextmanager
def _flock(path: Path, *, blocking: bool) -> Iterator[int | None]:
    """Hold an exclusive ``flock`` on ``path`` (yield its fd), or yield None when it is taken and not blocking.

    The file is removed on release. A process that opened it just before that would lock
    a file no longer in the folder, so after locking, the open file must still be the one
    at ``path``; otherwise it tries again.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            try:
                yield None
            finally:
                os.close(fd)
            return
        except BaseException:
            os.close(fd)
            raise
        try:
            current = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        os.close(fd)
    try:
        yield fd
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        pid, _, since = path.read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        pid, since = "", ""
    if not pid.isdigit():
        return "process unknown, just starting"
    return f"process {pid}" + (f", started {since}" if since else "")


@contextlib.contextmanager
def set_lock(reports: Path, name: str) -> Iterator[Path]:
    """Hold the build lock of source set ``name`` in ``reports``.

    Raises:
        BuildLocked: at once, when another process holds it (naming that process).
    """
    path = lock_file(reports, name)
    with _flock(path, blocking=False) as fd:
        if fd is None:
            raise BuildLocked(name, path, _holder(path))
        os.write(fd, f"{os.getpid()} {dt.datetime.now().isoformat(timespec='seconds')}\n".encode())
        yield path


@contextlib.contextmanager
def index_lock(reports: Path) -> Iterator[None]:
    """Wait for, then hold, the lock of ``reports/index.html`` (one writer at a time)."""
    with _flock(Path(reports) / INDEX_LOCK, blocking=True):
        yield


def _handler(signum, frame) -> None:
    global _pending, _last, _received
    _last = signum
    _received = _received or signum
    ABORT.set()
    if _deferring:
        _pending = _pending or signum
        return
    raise Interrupted(signum)


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise :class:`Interrupted` (and set :data:`ABORT`).

    Only the main thread receives signals; elsewhere (and when already active) this does
    nothing. The previous handlers are restored afterwards.
    """
    global _active, _received
    if _active or threading.current_thread() is not threading.main_thread():
        yield
        return
    ABORT.clear()
    _received = None
    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}
    previous_hook = sys.unraisablehook
    for sig in SIGNALS:
        signal.signal(sig, _handler)
    sys.unraisablehook = _unraisable_hook(previous_hook)
    _active = True
    try:
        yield
        # The block ended normally although a signal came: its Interrupted was dropped
        # (raised in a finaliser or weakref callback). The build still ends interrupted.
        if _received is not None:
            raise Interrupted(_received)
    finally:
        _active = False
        _received = None
        ABORT.clear()
        sys.unraisablehook = previous_hook
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)


def _unraisable_hook(previous):
    """``sys.unraisablehook`` that keeps quiet about an :class:`Interrupted` Python had to drop.

    The signal is recorded (:func:`check_interrupted` raises it again where it can be), so
    the "Exception ignored in: …" traceback would only be noise; anything else is reported
    as before.
    """
    def hook(unraisable) -> None:
        if isinstance(unraisable.exc_value, Interrupted):
            return
        previous(unraisable)

    return hook


def check_interrupted() -> None:
    """Raise :class:`Interrupted` if a signal came (or the build was told to stop) and was not raised yet.

    Called where going on would publish something: the signal's own exception may have
    been dropped by Python (see the module's notes), and a set built in a worker thread
    never receives one.
    """
    if _received is not None or ABORT.is_set():
        raise Interrupted(_received or _last)


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold back SIGINT/SIGTERM during the block; one that arrived is raised when it ends."""
    global _deferring, _pending
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
        if not _deferring and _pending is not None:
            signum, _pending = _pending, None
            if _active and threading.current_thread() is threading.main_thread():
                raise Interrupted(signum)


def run_abortable(function: Callable[[], T], *, on_abort: Callable[[], None], grace: float = 20.0) -> T:
    """Run ``function()`` in a worker thread and return its result (or raise its exception).

    When the main thread is interrupted (or :data:`ABORT` is set by a signal while this
    runs in another thread), ``on_abort()`` is called to make ``function`` stop (the build
    kills its kernel), the worker is given ``grace`` seconds to finish its clean-up, and
    :class:`Interrupted` (or the ``KeyboardInterrupt``) propagates.
    """
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="toolkit-notebook", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
            if ABORT.is_set() and worker.is_alive():
                raise Interrupted(_last)
    except BaseException:
        on_abort()
        worker.join(grace)
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
