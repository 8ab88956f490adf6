"""Signals: SIGTERM ends kg as Ctrl-C does, and kg's child processes end with it.

* :func:`terminate_like_interrupt` (around a ``kg`` command): SIGTERM (what
  ``timeout``, systemd and docker send) and SIGHUP (a closed terminal) raise
  :class:`Terminated`, a ``KeyboardInterrupt``, so that kg stops as on Ctrl-C:
  worker processes stopped, temporary folders removed, one line, and the exit code
  a shell gives a process the signal killed (128 + its number: 143, 129).
* :func:`die_with_parent` (first thing in a worker process): the worker ends when
  the process that started it does, whatever ended that one (``SIGKILL`` included,
  which no handler sees): on Linux the kernel sends it ``SIGKILL``
  (``prctl(PR_SET_PDEATHSIG)``), elsewhere a thread watching the parent's id ends it.
  A worker would otherwise wait forever for work on a pipe no one writes to.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: The signals that end kg as Ctrl-C does (where the platform has them).
HANDLED = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None)
PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5   # how often a watchdog thread looks at the parent (without prctl)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: stop as on Ctrl-C."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_code(self) -> int:
        """The code a shell reports for a process ended by this signal (143 for SIGTERM)."""
        return 128 + self.signum


@contextmanager
def terminate_like_interrupt() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise :class:`Terminated` in the main thread (once:
    a second signal does not cut the cleanup short); the handlers before are restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised = []

    def handler(signum, frame):
        if not raised:
            raised.append(signum)
            raise Terminated(signum)

    previous = {sig: signal.signal(sig, handler) for sig in HANDLED}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def die_with_parent(parent: int | None = None) -> None:
    """In a child process: SIGTERM and SIGHUP back to their default action (a fork inherits
    kg's handlers, which would keep a worker alive when it is told to stop), and the
    process ends as soon as its parent does (see the module). ``parent``: the pid the
    parent had before it forked (if it is gone already, this process ends now); default
    the parent now (a process started by a fork server has that server for its parent)."""
    for sig in HANDLED:
        signal.signal(sig, signal.SIG_DFL)
    if parent is None:
        parent = os.getppid()
    if _kernel_kills_orphan():
        if os.getppid() != parent:   # the parent died before the kernel was asked
            os._exit(1)
        return
    threading.Thread(target=_watch, args=(parent,), name="kg-parent-watch", daemon=True).start()


def _kernel_kills_orphan() -> bool:
    """Ask Linux to send this process SIGKILL when its parent ends; whether it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
