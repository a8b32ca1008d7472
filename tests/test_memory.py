"""toolkit.core.memory: glibc's allocator keeps the parser's freed blocks for the next batch."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from toolkit.core import memory

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


class TestKeepFreedMemory:
    @pytest.mark.skipif(not GLIBC, reason="the tuning is glibc's mallopt")
    def test_tunes_glibc_once(self):
        assert memory.keep_freed_memory() is True
        assert memory.keep_freed_memory() is True  # once per process: the answer is remembered

    @pytest.mark.skipif(not GLIBC, reason="the tuning is glibc's mallopt")
    def test_a_freed_block_is_reused_not_faulted_in_again(self):
        """Allocating and freeing a 40 MB block ten times (above the 32 MB glibc ever serves from its
        heap on its own): tuned, its pages are faulted in once (about 10,000 faults), not once per
        allocation (about 100,000)."""
        code = ("import resource, sys; from toolkit.core.memory import keep_freed_memory\n"
                "if sys.argv[1] == 'tuned': keep_freed_memory()\n"
                "before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
                "for _ in range(10): b = bytearray(40 * 1024 * 1024); del b\n"
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)")
        faults = {mode: int(subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True,
                                           check=True).stdout) for mode in ("plain", "tuned")}
        assert faults["tuned"] * 3 < faults["plain"]
