"""Running ``kg query`` with a time limit, a row limit and output streamed as rows come.

Oxigraph evaluates a query in Rust, where neither Ctrl-C nor a Python timer can reach
it (a cartesian product with ``ORDER BY`` runs for hours without returning to Python).
So :func:`stream_query` loads the graph, then forks: the child runs the query and
writes its result to standard output itself, CSV/TSV/JSON a row at a time as the
engine yields them (memory stays that of one row); the parent only waits. At the time
limit, or on Ctrl-C/SIGTERM, the parent kills the child (SIGKILL: it stops at once,
wherever it is) and says so in one line; the child also dies with the parent
(:func:`kg.signals.die_with_parent`). The row limit is counted in the child: rows past
it are not written, and one warning line says the output was cut. Where there is no
``fork`` (Windows), or standard output is no file (a test's capture), the query runs in
the process itself: the row limit still holds, the time limit does not.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator, Mapping

import pyoxigraph as ox

from .errors import KgError, QueryError
from .query import execute_lazy, load_graph
from .query_results import QueryResult, format_result, select_text

#: Defaults of ``kg query --timeout`` (seconds) and ``--limit`` (rows); 0 means none.
DEFAULT_TIMEOUT = 60.0
DEFAULT_LIMIT = 100_000
POLL_SECONDS = 0.02


def stream_query(graph_path, query_text: str, *, fmt: str = "table", bindings: Mapping[str, object] | None = None,
                 limit: int = DEFAULT_LIMIT, timeout: float = DEFAULT_TIMEOUT, out=None) -> None:
    """Run ``query_text`` on the graph file and write its result to ``out`` (default stdout).

    Raises :class:`QueryError` (one line) on a bad query or when ``timeout`` seconds pass
    (0: no limit); KeyboardInterrupt (Ctrl-C, SIGTERM) stops the query within a poll.
    """
    store = load_graph(graph_path)
    out = out or sys.stdout
    if not hasattr(os, "fork") or out is not sys.stdout or not _has_fd(out):
        _write_result(store, query_text, fmt, bindings, limit, out)
        return
    sys.stdout.flush()
    sys.stderr.flush()
    errors_r, errors_w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:   # pragma: no cover - the child (coverage does not follow a fork)
        os.close(errors_r)
        _child(store, query_text, fmt, bindings, limit, errors_w, parent)
    os.close(errors_w)
    _wait(pid, errors_r, timeout)


def _has_fd(stream) -> bool:
    """Whether ``stream`` writes to a file descriptor a forked child can write to too
    (not a test's in-memory capture)."""
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _child(store, query_text, fmt, bindings, limit, errors_w, parent) -> None:   # pragma: no cover
    """Run the query in the forked child and leave with its code (never returns)."""
    from .signals import die_with_parent
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # the parent does the talking
        die_with_parent(parent)
        _write_result(store, query_text, fmt, bindings, limit, sys.stdout)
        sys.stdout.flush()
    except KgError as exc:
        os.write(errors_w, str(exc).encode("utf-8", "replace"))
        code = 3
    except BrokenPipeError:   # `kg query ... | head`: the reader has what it wants
        code = 0
    except BaseException as exc:
        os.write(errors_w, f"query failed: {type(exc).__name__}: {exc}".encode("utf-8", "replace"))
        code = 3
    os._exit(code)


def _wait(pid: int, errors_r: int, timeout: float) -> None:
    """Wait for the child; kill it at the time limit or on an interrupt."""
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if deadline is not None and time.monotonic() >= deadline:
                _kill(pid)
                raise QueryError(f"query stopped after {timeout:g} s (the time limit; --timeout SECONDS "
                                 "to change it, --timeout 0 for none)")
            time.sleep(POLL_SECONDS)
    except BaseException:
        _kill(pid)
        raise
    finally:
        message = _read_all(errors_r)
        os.close(errors_r)
    if message:
        raise QueryError(message)
    if os.WIFSIGNALED(status):
        raise QueryError(f"the query process died ({signal.Signals(os.WTERMSIG(status)).name})")


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _read_all(fd: int) -> str:
    os.set_blocking(fd, False)
    chunks = []
    try:
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    except BlockingIOError:
        pass
    return b"".join(chunks).decode("utf-8", "replace")


def _write_result(store: ox.Store, query_text: str, fmt: str, bindings, limit: int, out) -> None:
    """Write the result to ``out``: SELECT rows in CSV/TSV/JSON as they come, else whole."""
    kind, variables, items = execute_lazy(store, query_text, bindings=bindings)
    items = _limited(items, limit)
    if kind == "select" and fmt in ("csv", "tsv", "json"):
        for piece in select_text(variables, items, fmt):
            out.write(piece)
            out.flush()
        return
    if kind == "ask":
        result = QueryResult("ask", boolean=items)
    elif kind == "select":
        result = QueryResult("select", variables=variables, rows=list(items))
    else:
        result = QueryResult("graph", triples=list(items))
    text = format_result(result, fmt)
    out.write(text if text.endswith("\n") else text + "\n")


def _limited(items, limit: int) -> Iterator:
    """``items`` (rows or triples) up to ``limit`` (0: all), with a warning line when cut."""
    if isinstance(items, bool) or not limit:
        return items
    return _cut(items, limit)


def _cut(items, limit: int) -> Iterator:
    for n, item in enumerate(items):
        if n == limit:
            sys.stdout.flush()
            print(f"kg query: warning: output stopped at {limit:,} rows (the row limit; --limit N to change "
                  "it, --limit 0 for none)", file=sys.stderr)
            return
        yield item
