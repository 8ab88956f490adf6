"""kg.speed.forks: usable CPUs, no fork while another thread runs, workers stopped at once."""

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


def test_stop_processes_ends_busy_workers_at_once():
    import multiprocessing as mp
    import time
    from concurrent.futures import ProcessPoolExecutor

    from kg.speed.forks import stop_processes
    pool = ProcessPoolExecutor(2, mp_context=mp.get_context("spawn"))
    futures = [pool.submit(time.sleep, 60) for _ in range(2)]
    time.sleep(1)
    start = time.monotonic()
    stop_processes(pool)
    pool.shutdown(wait=True, cancel_futures=True)
    assert time.monotonic() - start < 10
    assert all(f.done() for f in futures)
