"""The four files written at once by forked processes, each writer keeping its text.

:func:`write_all` is :func:`kg.pipeline.write_outputs`'s fast path: a graph of
:data:`PARALLEL_WRITE_MIN_EDGES` relations or more is written by forked processes,
one per usable CPU (at most one per file), which share the graph's memory pages
(a graph of :data:`SEQUENTIAL_WRITE_MIN_EDGES` or more is written one file after
another by this process instead: the copies the forks would make cost more memory
than the parallel writing saves time);
with a cache folder the JSON, GraphML and RDF writers keep the text of each actor
and relation there (:class:`~kg.speed.fragments.Fragments`) and a later build formats
only new ones. The bytes are those :func:`kg.pipeline.write_file` writes alone.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KgError
from ..ontology import Ontology
from ..pipeline import OUTPUT_KINDS, write_file
from .forks import can_fork, stop_processes, usable_cpus

if TYPE_CHECKING:
    import networkx as nx

PARALLEL_WRITE_MIN_EDGES = 1_000   # below this, forking costs more than writing in parallel saves
#: from this many relations on, the files are written one after another by this process: each
#: forked writer would copy most of the graph's pages (Python touches every object's reference
#: count), about 2.5 KB a relation, so N writers at once held N+1 graphs (a 100 MB text: 646,729
#: relations, 4 processes of about 2 GB each); one at a time, memory stays one graph and one
#: writer's few pieces of text (the writers stream), at the cost of the parallel speed-up
SEQUENTIAL_WRITE_MIN_EDGES = 200_000


def write_all(G: nx.MultiDiGraph, targets: dict[str, Path], *, ontology: Ontology | None = None,
              rdf_format: str = "turtle", processes: int | None = None,
              cache_dir: str | Path | None = None) -> None:
    """Write each ``kind: path`` of ``targets`` with ``processes`` forked processes at once
    (default: :func:`write_processes`; 1: in this process), keeping fragments in ``cache_dir``."""
    processes = write_processes(G) if processes is None else max(1, processes)
    if processes <= 1:
        for kind, path in targets.items():
            write_kept(G, kind, path, ontology=ontology, rdf_format=rdf_format, cache_dir=cache_dir)
        return
    _write_forked(G, targets, ontology, rdf_format, processes, cache_dir)


def write_kept(G: nx.MultiDiGraph, kind: str, path: str | Path, *, ontology: Ontology | None = None,
               rdf_format: str = "turtle", cache_dir: str | Path | None = None) -> None:
    """:func:`kg.pipeline.write_file`, with the fragments kept in ``cache_dir`` (for JSON,
    GraphML and Turtle or N-Triples; none without a folder)."""
    fragments = None
    if cache_dir is not None and (kind in ("json", "graphml") or (kind == "rdf" and rdf_format != "json-ld")):
        from .fragments import Fragments
        fragments = Fragments(cache_dir, rdf_format if kind == "rdf" else kind)
    write_file(G, kind, path, ontology=ontology, rdf_format=rdf_format, fragments=fragments)
    if fragments is not None:
        fragments.save()


def write_processes(G: nx.MultiDiGraph) -> int:
    """How many processes write the files of ``G``: one per usable CPU (at most one per file)
    for a large graph when this process can fork, else 1 (this process); 1 too for a graph
    of :data:`SEQUENTIAL_WRITE_MIN_EDGES` relations or more (memory, see there)."""
    edges = G.number_of_edges()
    if not PARALLEL_WRITE_MIN_EDGES <= edges < SEQUENTIAL_WRITE_MIN_EDGES or not can_fork():
        return 1
    return min(usable_cpus(), len(OUTPUT_KINDS))


def load_writers() -> None:
    """Import the writers' modules (numpy, rdflib, ...) now, e.g. while a background
    parser loads the model: the processes :func:`write_all` forks then have them."""
    from ..export import graphml, html, json_graph, rdf  # noqa: F401


_WRITE_GRAPH: tuple | None = None   # (graph, ontology) forked writer processes write


def _write_in_child(kind: str, path: str, rdf_format: str, cache_dir: str | None) -> None:
    G, ontology = _WRITE_GRAPH
    write_kept(G, kind, path, ontology=ontology, rdf_format=rdf_format, cache_dir=cache_dir)


def _write_forked(G: nx.MultiDiGraph, targets: dict[str, Path], ontology: Ontology | None, rdf_format: str,
                  processes: int, cache_dir: str | Path | None) -> None:
    # forked children share the graph's memory pages: nothing is pickled but the file names
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    global _WRITE_GRAPH
    _WRITE_GRAPH = (G, ontology)
    gc.freeze()   # the children's collections then never walk (and so copy) the graph's pages
    pool = ProcessPoolExecutor(processes, mp_context=mp.get_context("fork"), initializer=_init_writer,
                               initargs=(os.getpid(),))
    try:
        futures = [pool.submit(_write_in_child, kind, str(path), rdf_format,
                               None if cache_dir is None else str(cache_dir))
                   for kind, path in targets.items()]
        for f in futures:
            f.result()
    except BrokenProcessPool as exc:
        raise KgError(f"a process writing the output files died ({exc})") from None
    except BaseException:   # Ctrl-C, SIGTERM, a failed write: the other writers stop now
        stop_processes(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WRITE_GRAPH = None
        gc.unfreeze()


def _init_writer(parent: int) -> None:
    """A writer process: no garbage collection (it would touch the shared graph's pages),
    and it ends with its parent (:func:`kg.signals.die_with_parent`)."""
    from ..signals import die_with_parent
    gc.disable()
    die_with_parent(parent)
