"""The worker pool of a large set's parsing and extraction (toolkit.extraction.pool)."""

from __future__ import annotations

import os

import pytest

from toolkit.extraction import pool


def scaled_with_worker(task: int) -> tuple[int, int]:
    """A task that reads what the caller shared and says which process ran it."""
    return task * pool.SHARED["factor"], os.getpid()


@pytest.mark.skipif(not pool.can_fork(), reason="no fork on this system: the work runs in one process")
def test_workers_see_the_shared_state_and_results_keep_task_order():
    results = list(pool.imap(scaled_with_worker, range(40), processes=2, shared={"factor": 3}))
    assert [value for value, _ in results] == [3 * i for i in range(40)]
    assert os.getpid() not in {pid for _, pid in results}  # the work ran in the workers
    assert pool.SHARED == {}  # nothing left behind for the next caller


def test_one_process_runs_here():
    results = list(pool.imap(scaled_with_worker, [1, 2], processes=1, shared={"factor": 5}))
    assert results == [(5, os.getpid()), (10, os.getpid())]


def test_an_error_in_a_worker_reaches_the_caller():
    with pytest.raises(KeyError):
        list(pool.imap(scaled_with_worker, range(4), processes=2, shared={}))
    assert pool.SHARED == {}
