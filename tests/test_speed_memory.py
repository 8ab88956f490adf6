"""kg.speed.memory: collection paused while a graph is built, young cycles still freed."""

from __future__ import annotations

import gc

from kg.speed import memory


def test_automatic_collection_is_off_inside_and_as_before_after():
    assert gc.isenabled()
    with memory.young_gc_only():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with memory.young_gc_only():
            assert not gc.isenabled()
        assert not gc.isenabled()                  # it was off before: it stays off
    finally:
        gc.enable()


def test_collection_turned_on_within_is_off_again_after_when_it_was_off():
    gc.disable()
    try:
        with memory.young_gc_only():
            gc.enable()                            # as spaCy's model load does (srsly.read_msgpack)
        assert not gc.isenabled()
        with memory.young_gc_only():
            with memory.young_gc_only():
                gc.enable()
            assert not gc.isenabled()              # paused again for the rest of the outer one
        assert not gc.isenabled()
    finally:
        gc.enable()
    with memory.young_gc_only():
        gc.enable()
    assert gc.isenabled()


def test_young_objects_are_collected_every_so_many_extractions(monkeypatch):
    collected = []
    monkeypatch.setattr(memory, "GC_EVERY", 3)
    monkeypatch.setattr(memory.gc, "collect", lambda generation=2: collected.append(generation))
    items = list(range(10))
    assert list(memory.collect_young(iter(items))) == items
    assert collected == [0, 0, 0]                  # after the 3rd, 6th and 9th


def test_a_fast_build_pauses_collection_until_its_files_are_written(monkeypatch, tmp_path):
    import networkx as nx

    from kg import pipeline
    seen = []

    def graph(*args, **kwargs):
        seen.append(("graph", gc.isenabled()))
        return nx.MultiDiGraph(documents=[{"id": "a"}])

    def write(G, out, **kwargs):
        seen.append(("write", gc.isenabled()))
        return []

    monkeypatch.setattr(pipeline, "build_corpus_graph", graph)
    monkeypatch.setattr(pipeline, "write_outputs", write)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A headline\n\nA sentence.\n", encoding="utf-8")
    assert gc.isenabled()
    pipeline.build(corpus, tmp_path / "out", kb=object(), plain=False)
    assert seen == [("graph", False), ("write", False)] and gc.isenabled()
    seen.clear()
    pipeline.build(corpus, tmp_path / "out", kb=object(), plain=True)
    assert seen == [("graph", True), ("write", True)] and gc.isenabled()   # the plain path: untouched


def test_srsly_leaves_collection_off_within(tmp_path):
    import srsly
    path = tmp_path / "data.msgpack"
    srsly.write_msgpack(path, {"a": [1, 2]})
    gc.disable()
    try:
        with memory.srsly_leaves_collection_off():
            assert srsly.read_msgpack(path) == {"a": [1, 2]}
            assert not gc.isenabled()
        assert not gc.isenabled()
        srsly.read_msgpack(path)
        assert gc.isenabled()                      # what srsly does on its own
    finally:
        gc.enable()
