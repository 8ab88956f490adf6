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

A query that needs all its rows before the first (``ORDER BY``, ``GROUP BY``, ``DISTINCT``
over a product) cannot stream; the memory limit bounds it: the child may grow by at most
``memory`` MB over what it holds when the query starts (``RLIMIT_AS``, where the platform
has it), and a query that needs more ends with one line naming the limit.
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
#: Default of ``kg query --memory`` (MB a query may grow by; 0 means no limit).
DEFAULT_MEMORY = 4096
POLL_SECONDS = 0.02


def stream_query(graph_path, query_text: str, *, fmt: str = "table", bindings: Mapping[str, object] | None = None,
                 limit: int = DEFAULT_LIMIT, timeout: float = DEFAULT_TIMEOUT, memory: int = DEFAULT_MEMORY,
                 out=None) -> None:
    """Run ``query_text`` on the graph file and write its result to ``out`` (default stdout).

    Raises :class:`QueryError` (one line) on a bad query, when ``timeout`` seconds pass
    or when the query needs more than ``memory`` MB (0: no limit, each);
    KeyboardInterrupt (Ctrl-C, SIGTERM) stops the query within a poll.
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
        _child(store, query_text, fmt, bindings, limit, errors_w, parent, memory)
    os.close(errors_w)
    _wait(pid, errors_r, timeout, memory)


def _has_fd(stream) -> bool:
    """Whether ``stream`` writes to a file descriptor a forked child can write to too
    (not a test's in-memory capture)."""
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _child(store, query_text, fmt, bindings, limit, errors_w, parent, memory) -> None:   # pragma: no cover
    """Run the query in the forked child and leave with its code (never returns)."""
    from .signals import die_with_parent
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # the parent does the talking
        die_with_parent(parent)
        if limit_memory(memory):
            _quiet_engine_stderr()
        _write_result(store, query_text, fmt, bindings, limit, sys.stdout)
        sys.stdout.flush()
    except KgError as exc:
        os.write(errors_w, str(exc).encode("utf-8", "replace"))
        code = 3
    except BrokenPipeError:   # `kg query ... | head`: the reader has what it wants
        code = 0
    except MemoryError:
        os.write(errors_w, _memory_message(memory).encode())
        code = 3
    except BaseException as exc:
        os.write(errors_w, f"query failed: {type(exc).__name__}: {exc}".encode("utf-8", "replace"))
        code = 3
    os._exit(code)


def limit_memory(memory: int) -> bool:
    """Let this process grow by at most ``memory`` MB of address space over what it has now
    (``RLIMIT_AS``); False where the platform cannot (then only the time limit holds)."""
    if not memory:
        return False
    try:
        import resource
        with open("/proc/self/statm") as f:
            size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = size + memory * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    except (ImportError, OSError, ValueError):
        return False
    return True


def _quiet_engine_stderr() -> None:   # pragma: no cover - the child
    """Python keeps writing to the terminal's standard error; the query engine's own
    (Rust's "memory allocation of N bytes failed" and its backtrace) goes nowhere: the
    parent says what happened in one line."""
    sys.stderr.flush()
    sys.stderr = os.fdopen(os.dup(2), "w", buffering=1, encoding=sys.stderr.encoding, errors="backslashreplace")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _memory_message(memory: int) -> str:
    return (f"query stopped: it needed more than {memory} MB (the memory limit; --memory MB to change it, "
            "--memory 0 for none)")


def _wait(pid: int, errors_r: int, timeout: float, memory: int = 0) -> None:
    """Wait for the child; kill it at the time limit or on an interrupt. A child killed by
    SIGABRT or SIGSEGV under a memory limit ran out of it (the query engine aborts when an
    allocation fails)."""
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
        sig = signal.Signals(os.WTERMSIG(status))
        if memory and sig in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS):
            raise QueryError(_memory_message(memory))
        raise QueryError(f"the query process died ({sig.name})")


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
