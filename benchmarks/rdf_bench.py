"""Time the RDF export and SPARQL queries on a synthetic graph of about a million triples.

Run from the project root::

    .venv/bin/python -m benchmarks.rdf_bench [--relations 55000] [--actors 5000]

Targets: writing 1M triples in at most 3 s; a typical query (``attacks``) in at most 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_graph
from kg.export.rdf import write_rdf
from kg.query import execute, load_graph, named_query


def _timed(fn, repeat: int = 1) -> tuple[float, object]:
    """Median seconds of ``repeat`` calls of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actors", type=int, default=5000)
    ap.add_argument("--relations", type=int, default=55000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=5, help="runs per query (median reported)")
    args = ap.parse_args(argv)

    seconds, G = _timed(lambda: synthetic_graph(args.actors, args.relations, args.seed))
    print(f"synthetic graph: {G.number_of_nodes()} actors, {G.number_of_edges()} relations "
          f"({seconds:.2f} s to build)")
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for fmt, suffix in (("turtle", ".ttl"), ("nt", ".nt"), ("json-ld", ".jsonld")):
            path = Path(tmp) / f"graph{suffix}"
            seconds, _ = _timed(lambda: write_rdf(G, path, fmt))
            paths[fmt] = path
            print(f"write_rdf {fmt:8s} {seconds:6.2f} s  {path.stat().st_size / 1e6:7.1f} MB")
        for fmt in ("turtle", "nt"):
            seconds, store = _timed(lambda: load_graph(paths[fmt]))
            print(f"load {fmt:8s}      {seconds:6.2f} s  {len(store)} triples")
        subj, obj = next(iter(G.edges()))
        params = {"evidence": {"a": G.nodes[subj]["name"], "b": G.nodes[obj]["aliases"][0]},
                  "actor-profile": {"actor": G.nodes[subj]["name"].upper()}}
        print("query (median of", args.repeat, "runs, after loading):")
        for name in ("attacks", "who-met-whom", "mediators", "affiliations", "evidence", "actor-profile",
                     "top-actors", "timeline"):
            text = named_query(name)
            seconds, result = _timed(lambda: execute(store, text, bindings=params.get(name)), args.repeat)
            print(f"  {name:14s} {seconds * 1000:8.1f} ms  {len(result.rows):6d} rows")
        direct = "SELECT ?target WHERE { actor:actor-000001 kg:assault ?target }"
        seconds, result = _timed(lambda: execute(store, direct), args.repeat)
        print(f"  {'direct triple':14s} {seconds * 1000:8.1f} ms  {len(result.rows):6d} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
