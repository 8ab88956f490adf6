"""kg.speed.forks: usable CPUs, and no fork while another thread runs."""

from __future__ import annotations

import os
import threading

from kg.speed.forks import can_fork, usable_cpus


def test_usable_cpus_follow_the_affinity_mask():
    assert 1 <= usable_cpus() <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        assert usable_cpus() == len(os.sched_getaffinity(0))


def test_no_fork_while_another_thread_runs():
    alone = can_fork()
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        release.set()
        thread.join()
    assert can_fork() == alone
