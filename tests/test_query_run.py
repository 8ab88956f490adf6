"""kg query's limits: a time limit, a row limit, streamed rows, Ctrl-C; updates refused;
a misspelt keyword named at its column (issue #18)."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.query import run_query
from kg.query_run import stream_query

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "output" / "graph.ttl"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, **kw)


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_streamed_output_is_the_formatted_result(fmt, capfd):
    query = "SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p LIMIT 40"
    expected = run_query(GRAPH, query, fmt=fmt)
    main(["query", str(GRAPH), "-e", query, "-f", fmt])
    assert capfd.readouterr().out == (expected if expected.endswith("\n") else expected + "\n")


def test_in_process_run_writes_the_same_text():
    out = io.StringIO()
    stream_query(GRAPH, "ASK { ?s ?p ?o }", out=out)
    assert out.getvalue() == "true\n"


def test_row_limit_cuts_with_one_warning(capfd):
    assert main(["query", str(GRAPH), "-e", CARTESIAN, "-f", "tsv", "--limit", "5"]) == 0
    captured = capfd.readouterr()
    assert len(captured.out.splitlines()) == 6   # the header and 5 rows
    assert captured.err.count("\n") == 1 and "row limit" in captured.err


def test_time_limit_stops_a_cartesian_product_within_a_second():
    start = time.monotonic()
    r = _kg("query", str(GRAPH), "-e", CARTESIAN + " ORDER BY ?a", "--timeout", "0.5")
    assert time.monotonic() - start < 5
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "time limit" in r.stderr


def test_memory_limit_stops_a_query_that_needs_all_its_rows():
    """ORDER BY over a product cannot stream: the memory limit ends it, in one line."""
    start = time.monotonic()
    r = _kg("query", str(GRAPH), "-e", CARTESIAN + " ORDER BY ?a", "--memory", "200", "--timeout", "60")
    assert time.monotonic() - start < 30
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "memory limit" in r.stderr, r.stderr


def test_memory_limit_leaves_ordinary_queries_alone():
    r = _kg("query", str(GRAPH), "--name", "who-met-whom", "--memory", "200")
    assert r.returncode == 0 and r.stderr == "" and "met" in r.stdout


def test_no_memory_limit_is_set_for_zero():
    from kg.query_run import limit_memory
    assert limit_memory(0) is False


def test_streaming_a_cartesian_product_keeps_memory_bounded():
    """Three-way product of the seed graph (~10^13 rows): rows flow, memory stays that of one row."""
    r = _kg("query", str(GRAPH), "-e", CARTESIAN, "-f", "csv", "--limit", "0", "--timeout", "2")
    assert r.returncode == 1 and "time limit" in r.stderr
    assert len(r.stdout) > 1_000_000   # rows were written while the query ran


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_stops_the_query_within_a_second(signum, code):
    # a memory cap well above what the sort reaches before the signal: at the default 4,096 MB a
    # fast machine hits it (and exits 1) about when the signal is sent
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(GRAPH), "-e", CARTESIAN + " ORDER BY ?a",
                             "--timeout", "0", "--memory", "16384"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            # Ctrl-C as in a terminal (a shell's background job starts with SIGINT ignored)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)   # the graph is loaded and the query runs in the child
    sent = time.monotonic()
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=10)
    assert time.monotonic() - sent < 1
    assert proc.returncode == code and err.count("\n") == 1
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout
    assert children == ""


@pytest.mark.parametrize("query", ["INSERT DATA { <a:b> <a:c> <a:d> }", "PREFIX x: <a:> DELETE WHERE { ?s ?p ?o }",
                                   "LOAD <http://example.org/x.ttl>", "CLEAR ALL", "DROP GRAPH <a:g>"])
def test_updates_are_not_supported(query):
    with pytest.raises(QueryError, match="updates are not supported"):
        run_query(GRAPH, query)


def test_misspelt_keyword_is_named_at_its_column():
    with pytest.raises(QueryError, match=r"line 2, column 3: unknown keyword 'FILTR' \(did you mean FILTER\?\)"):
        run_query(GRAPH, "SELECT ?s WHERE { ?s ?p ?o .\n  FILTR(?o = 1) }")


def test_bad_limits_are_usage_errors():
    r = _kg("query", str(GRAPH), "-e", "ASK {}", "--timeout", "-1")
    assert r.returncode == 2 and "must be 0 or more" in r.stderr
