"""kg.speed.writers: files written by forked processes, with kept fragments, are the
plain writers' files; a writer failing in a child leaves the previous files."""

from __future__ import annotations

import pytest
from corpora import OUTPUTS, corpus_copy, outputs

from kg import pipeline
from kg.errors import ExportError
from kg.speed import writers


@pytest.fixture(autouse=True)
def _fast_path(monkeypatch):
    """These tests are of the fast path: they run on it whatever ``KG_PLAIN`` says."""
    monkeypatch.delenv("KG_PLAIN", raising=False)


@pytest.fixture(scope="module")
def graph_and_files(tmp_path_factory):
    """The graph of a six-article corpus and its files written on the plain path."""
    root = tmp_path_factory.mktemp("writers")
    G = pipeline.build_corpus_graph(corpus_copy(root / "corpus", extra=3))
    pipeline.write_outputs(G, root / "plain", plain=True)
    return G, outputs(root / "plain")


@pytest.mark.model
def test_files_written_by_parallel_processes_are_the_same(graph_and_files, tmp_path):
    """write_outputs forks one process per file (up to the CPUs): same bytes as one process."""
    G, expected = graph_and_files
    for processes in (1, 2, 4):
        files = pipeline.write_outputs(G, tmp_path / str(processes), processes=processes)
        assert [f.name for f in files] == sorted(OUTPUTS)
        assert outputs(tmp_path / str(processes)) == expected
    assert writers.write_processes(G) == 1       # a small graph: forking would cost more than it saves


@pytest.mark.model
def test_a_large_graph_is_written_by_one_process_per_cpu(graph_and_files, monkeypatch):
    G, _ = graph_and_files
    monkeypatch.setattr(writers, "PARALLEL_WRITE_MIN_EDGES", 1)
    monkeypatch.setattr(writers, "usable_cpus", lambda: 8)
    assert writers.write_processes(G) == len(pipeline.OUTPUT_KINDS)
    monkeypatch.setattr(writers, "can_fork", lambda: False)
    assert writers.write_processes(G) == 1


@pytest.mark.model
def test_a_writer_failing_in_a_child_process_keeps_the_previous_files(graph_and_files, tmp_path, monkeypatch):
    G, expected = graph_and_files
    out = tmp_path / "out"
    pipeline.write_outputs(G, out)

    def broken(*args, **kwargs):
        raise ExportError("disk full (simulated)")

    monkeypatch.setattr("kg.export.graphml.write_graphml", broken)   # inherited by the forked writers
    smaller = G.copy()
    smaller.remove_node(min(G.nodes))
    with pytest.raises(ExportError, match="disk full"):
        pipeline.write_outputs(smaller, out, processes=2)
    assert outputs(out) == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)   # no temporary folder left


@pytest.mark.model
def test_writers_keep_fragments_in_the_cache_and_write_the_same_files(graph_and_files, tmp_path):
    """With a cache folder, JSON, GraphML and Turtle keep each actor's and relation's text
    there (the explorer does not); the files are those written without it, cold or warm."""
    G, expected = graph_and_files
    cache = tmp_path / "cache"
    for run in ("cold", "warm"):
        pipeline.write_outputs(G, tmp_path / run, cache_dir=cache, processes=2)
        assert outputs(tmp_path / run) == expected
    kinds = sorted(p.name.split("-")[0] for p in (cache / "fragments").iterdir())
    assert kinds == ["graphml", "json", "turtle"]


@pytest.mark.model
def test_the_plain_path_keeps_no_fragments(graph_and_files, tmp_path):
    G, expected = graph_and_files
    pipeline.write_outputs(G, tmp_path / "out", cache_dir=tmp_path / "cache", processes=2, plain=True)
    assert outputs(tmp_path / "out") == expected
    assert not (tmp_path / "cache").exists()


WRITE_ALL_KINDS = """
import os, sys, tempfile
import networkx as nx
from kg.pipeline import OUTPUT_KINDS, write_file
from kg.speed.writers import load_writers
load_writers()
G = nx.MultiDiGraph(documents=[{"id": "a", "title": "T", "date": None, "url": None, "source": None}], model="m")
G.add_node("israel", name="Israel", type="State", aliases=["Israel"], ids={"iso3": "ISR"}, lat=None, lon=None,
           mentions=[{"doc": "a", "text": "Israel", "start": 0, "end": 6}], country=None, affiliations=[],
           kind=None, doc_types={"a": "State"})
folder = tempfile.mkdtemp()
for kind in OUTPUT_KINDS:
    write_file(G, kind, os.path.join(folder, kind))
print("rdflib" in sys.modules)
"""


def test_the_writers_never_import_rdflib():
    """The Turtle writer prints text (kg.export.rdf_syntax): rdflib, about 0.05 s of CPU to
    import in the process that writes it, is imported only where an ``rdflib.Graph`` is made."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = str(Path(pipeline.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    res = subprocess.run([sys.executable, "-c", WRITE_ALL_KINDS], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["False"]
