"""kg.pipeline: the stage order, streaming, the build options, and both paths through it.

End-to-end tests use the real model on copies of corpus/ (a few articles each).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import build_contract_graph
from corpora import REPO, corpus_copy, outputs

from kg import DEFAULT_MODEL, pipeline
from kg import corpus as corpus_module
from kg.errors import KgError


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A build (one process, no cache) of a six-article corpus: (corpus, outputs)."""
    root = tmp_path_factory.mktemp("pipeline")
    corpus = corpus_copy(root / "corpus", extra=3)
    out = root / "out"
    result = pipeline.build(corpus, out)
    assert result.documents == 6 and result.parsed == 6 and result.cached == 0
    return corpus, outputs(out)


@pytest.mark.model
def test_batch_size_does_not_change_the_files(reference, tmp_path):
    corpus, expected = reference
    pipeline.build(corpus, tmp_path / "out", batch_size=1)
    assert outputs(tmp_path / "out") == expected


# -- streaming ------------------------------------------------------------------------------

@pytest.mark.model
def test_documents_are_read_one_batch_at_a_time(reference, monkeypatch):
    """The first extraction arrives before more than a batch or two of documents is read."""
    corpus, _ = reference
    read = []
    real = pipeline.read_corpus

    def counting(path):
        for doc in real(path):
            read.append(doc.id)
            yield doc

    monkeypatch.setattr(pipeline, "read_corpus", counting)
    stream = pipeline.extract_corpus(corpus, batch_size=2)
    first = next(stream)
    assert first.document.id == sorted(p.name for p in corpus.glob("*.txt"))[0]
    assert len(read) <= 2
    rest = list(stream)
    assert len(rest) == 5 and len(read) == 6


def test_large_jsonl_files_are_streamed_with_the_same_documents(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"n{i}", "text": f"Article {i}.\r\nBody {i}.", "title": f"T{i}"}) for i in range(5)]
    lines.insert(2, "not json")
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    with pytest.warns(corpus_module.CorpusWarning, match="line 3"):
        whole = list(corpus_module.read_corpus(tmp_path))
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 0)
    with pytest.warns(corpus_module.CorpusWarning, match="line 3"):
        streamed = list(corpus_module.read_corpus(tmp_path))
    assert streamed == whole and len(whole) == 5


def test_a_large_jsonl_file_that_is_not_utf8_is_skipped_whole(tmp_path, monkeypatch):
    (tmp_path / "a.jsonl").write_bytes(b'{"id": "1", "text": "fine"}\n{"id": "2", "text": "\xff"}\n')
    (tmp_path / "b.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 0)
    with pytest.warns(corpus_module.CorpusWarning, match="skipping unreadable article"):
        docs = list(corpus_module.read_corpus(tmp_path))
    assert [d.id for d in docs] == ["b.txt"]


# -- the plain path ---------------------------------------------------------------------------

@pytest.mark.model
def test_the_plain_path_parses_in_this_process_with_spacys_own_pipeline(reference, kb, monkeypatch):
    """(With the small test gazetteer: spaCy's own entity ruler tries each of the full one's
    35,000 patterns at every token, seconds a document.)"""
    corpus, _ = reference
    monkeypatch.setattr(pipeline, "_LOADED", {})
    stats: dict = {}
    records = list(pipeline.extract_corpus(corpus, kb=kb, jobs=4, engine="dask", stats=stats, plain=True))
    assert stats == {"documents": 6, "cached": 0, "parsed": 6} and len(records) == 6
    assert pipeline.is_loaded(DEFAULT_MODEL, kb, plain=True) and not pipeline.is_loaded(DEFAULT_MODEL, kb)
    nlp, _ = pipeline.worker_pipeline(DEFAULT_MODEL, kb, plain=True)
    assert "lemmatizer" in nlp.pipe_names and "kg_lemmatizer" not in nlp.pipe_names


@pytest.mark.model
def test_the_plain_path_writes_the_same_files(reference, tmp_path, monkeypatch):
    corpus, expected = reference
    monkeypatch.setenv("KG_PLAIN", "1")
    result = pipeline.build(corpus, tmp_path / "out", jobs=2)
    assert result.parsed == 6 and outputs(tmp_path / "out") == expected


def test_the_switch_reads_the_environment_unless_told(monkeypatch):
    from kg import plain_requested
    for value, plain in (("1", True), ("yes", True), ("0", False), ("", False), (" ", False)):
        monkeypatch.setenv("KG_PLAIN", value)
        assert plain_requested() is plain and plain_requested(True) and not plain_requested(False)
    monkeypatch.delenv("KG_PLAIN")
    assert plain_requested() is False


# -- the writers ------------------------------------------------------------------------------

@pytest.mark.parametrize("plain", [True, False])
def test_files_are_replaced_all_together(plain, tmp_path):
    G = build_contract_graph()
    files = pipeline.write_outputs(G, tmp_path / "out", rdf_format="nt", plain=plain)
    assert [f.name for f in files] == ["events.jsonl", "graph.graphml", "graph.html", "graph.json", "graph.nt"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f.name for f in files]   # no temporary folder


@pytest.mark.parametrize("plain", [True, False])
def test_without_plover_no_events_file_and_none_left_from_before(plain, tmp_path):
    G = build_contract_graph()
    pipeline.write_outputs(G, tmp_path / "out", plain=plain)
    files = pipeline.write_outputs(G, tmp_path / "out", plain=plain, plover=False)
    assert [f.name for f in files] == ["graph.graphml", "graph.html", "graph.json", "graph.ttl"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f.name for f in files]


def test_unknown_outputs_are_errors(tmp_path):
    G = build_contract_graph()
    with pytest.raises(KgError, match="unknown RDF format 'rdfxml'"):
        pipeline.write_outputs(G, tmp_path, rdf_format="rdfxml")
    with pytest.raises(KgError, match="unknown output 'pdf'"):
        pipeline.write_file(G, "pdf", tmp_path / "graph.pdf")


def test_a_batch_size_below_one_is_an_error(tmp_path):
    with pytest.raises(KgError, match="batch size must be at least 1"):
        next(pipeline.extract_corpus(corpus_copy(tmp_path / "c"), batch_size=0))


def test_importing_the_pipeline_leaves_networkx_for_later():
    """A rebuild starts its background parser before networkx (a tenth of a second) loads."""
    code = "import sys, kg.pipeline; print('networkx' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert run.stdout.strip() == "False"
