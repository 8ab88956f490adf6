"""kg.speed.dask_engine: a local cluster of two worker processes writes the files one process writes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from corpora import REPO, corpus_copy, outputs

from kg import pipeline
from kg.errors import KgError

DASK_BUILD = """
import sys
from kg import pipeline
result = pipeline.build(sys.argv[1], sys.argv[2], engine="dask", jobs=2, batch_size=2, cache_dir=sys.argv[3])
print(result.parsed, " ".join(d["id"] for d in result.graph.graph["documents"]))
"""


@pytest.fixture(autouse=True)
def _fast_path(monkeypatch):
    """These tests are of the fast path: they run on it whatever ``KG_PLAIN`` says."""
    monkeypatch.delenv("KG_PLAIN", raising=False)


@pytest.mark.model
def test_local_cluster_equals_single_process(tmp_path, cache_dir):
    """(The cluster runs from a subprocess: Dask leaves a thread in the process that used
    it, and a process with threads never forks, which other tests count on.)"""
    pytest.importorskip("dask.distributed")
    corpus = corpus_copy(tmp_path / "corpus", extra=3)
    single = pipeline.build(corpus, tmp_path / "single")
    cache = cache_dir                     # holding the kept indexes: the workers read them
    run = subprocess.run([sys.executable, "-c", DASK_BUILD, str(corpus), str(tmp_path / "dask"), str(cache)],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    parsed, *ids = run.stdout.split()
    assert parsed == "6" and ids == [d["id"] for d in single.graph.graph["documents"]]
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "single")
    # the driver wrote the cache: a local rebuild needs no cluster and gives the same files
    again = pipeline.build(corpus, tmp_path / "again", cache_dir=cache)
    assert again.cached == 6 and outputs(tmp_path / "again") == outputs(tmp_path / "single")


def test_missing_dask_is_a_clear_error(monkeypatch):
    from kg.ontology import load_ontology
    from kg.speed.dask_engine import DaskEngine
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(KgError, match=r"install kg\[dask\]"):
        DaskEngine("m", load_ontology())


def test_missing_dask_from_the_command_line(monkeypatch, tmp_path, capsys):
    from kg.cli import main
    (tmp_path / "a.txt").write_text("Israel struck Rafah.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "o"), "--engine", "dask", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "install kg[dask]" in err and "Traceback" not in err
