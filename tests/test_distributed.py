"""The Dask engine: a local cluster of two worker processes writes the files one process writes."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from kg import pipeline
from kg.errors import KgError

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.json", "graph.ttl", "graph.graphml", "graph.html")


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.mark.model
def test_local_cluster_equals_single_process(tmp_path):
    pytest.importorskip("dask.distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(f, corpus / f.name)
    for f in sorted((REPO / "tests" / "generalisation" / "corpus").glob("*.txt"))[:3]:
        shutil.copy(f, corpus / f"g_{f.name}")
    single = pipeline.build(corpus, tmp_path / "single")
    cache = tmp_path / "cache"
    dask = pipeline.build(corpus, tmp_path / "dask", engine="dask", jobs=2, batch_size=2, cache_dir=cache)
    assert dask.parsed == 6
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "single")
    assert [d["id"] for d in dask.graph.graph["documents"]] == [d["id"] for d in single.graph.graph["documents"]]
    # the driver wrote the cache: a local rebuild needs no cluster and gives the same files
    again = pipeline.build(corpus, tmp_path / "again", cache_dir=cache)
    assert again.cached == 6 and outputs(tmp_path / "again") == outputs(tmp_path / "single")


def test_missing_dask_is_a_clear_error(monkeypatch):
    from kg.distributed import DaskEngine
    from kg.ontology import load_ontology
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
