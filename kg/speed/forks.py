"""How many CPUs this process may use, whether it may fork worker processes, and stopping them."""

from __future__ import annotations

import os
import threading


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask: ``taskset`` and cgroup limits count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether this process may fork workers (forking a threaded process is unsafe)."""
    import multiprocessing as mp
    return "fork" in mp.get_all_start_methods() and threading.active_count() == 1


def stop_processes(pool) -> None:
    """Terminate the worker processes of a ``ProcessPoolExecutor`` now, busy or not (its
    ``shutdown`` would wait for the batch or file each one is working on)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
