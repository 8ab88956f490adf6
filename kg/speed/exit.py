"""The ``kg`` process ends without the interpreter's teardown (:func:`exit_now`)."""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` without the interpreter's teardown, which frees the
    model, the knowledge base and the graph object by object (a quarter of a second
    after a build). Exit handlers still run and the standard streams are flushed; while
    another thread runs, or without CPython's ``atexit._run_exitfuncs``, a normal exit."""
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    if run_exitfuncs is None or threading.active_count() > 1:
        sys.exit(code)
    run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe or stream: as a normal exit, nothing to add
            pass
    os._exit(code)
