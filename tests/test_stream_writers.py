"""The writers of a big graph stream (issue #18): graph.json, GraphML and Turtle/N-Triples
are written piece by piece as they are made, never as a whole text or a whole copy of
the graph, with the very bytes of the whole-text writers; and a graph of
``SEQUENTIAL_WRITE_MIN_EDGES`` relations or more is written by one process, file after file."""

from __future__ import annotations

import networkx as nx
import pytest

from kg import pipeline
from kg.export import graphml, json_graph, rdf, rdf_syntax
from kg.export.rdf import serialize_rdf, statements
from kg.export.rdf_syntax import to_ntriples, to_turtle
from kg.speed import writers


def _bigger(G: nx.MultiDiGraph, copies: int = 7) -> nx.MultiDiGraph:
    """``G`` with each relation ``copies`` times (new ids and offsets) and each actor's
    mentions repeated: lists longer than a small chunk."""
    H = nx.MultiDiGraph(**G.graph)
    for node, data in G.nodes(data=True):
        H.add_node(node, **{**data, "mentions": list(data["mentions"]) * copies})
    for u, v, key, data in G.edges(keys=True, data=True):
        for n in range(copies):
            new = f"{key}-{n}"
            H.add_edge(u, v, key=new, **{**data, "id": new, "start": data["start"] + n})
    return H


@pytest.mark.parametrize("chunk", [1, 2, 3, 1000])
def test_graph_json_streamed_is_the_whole_text(contract_graph, tmp_path, monkeypatch, chunk):
    G = _bigger(contract_graph)
    want = json_graph.dumps(G)
    monkeypatch.setattr(json_graph, "CHUNK", chunk)
    monkeypatch.setattr(json_graph, "graph_to_json", _never)   # no dict of the whole graph
    json_graph.write_json(G, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == want


def test_graph_json_streamed_falls_back_to_the_standard_library(contract_graph, tmp_path):
    """A value only ``json.dumps`` writes (a non-string key in a dict of containers) is
    found mid-stream: the file is written again, whole, by the standard library."""
    G = contract_graph
    G.nodes["qatar"]["ids"] = {7: ["odd"]}
    json_graph.write_json(G, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == json_graph.dumps(G)
    assert '"7": [' in json_graph.dumps(G)


def test_graphml_streamed_is_the_whole_text(contract_graph, tmp_path, monkeypatch):
    G = _bigger(contract_graph)
    G.add_node("lonely")                      # an element without attributes
    G.add_edge("lonely", "israel", key="x", flag=True, weight=1.5, n=3)   # new keys, new types
    want = graphml.graphml_text(G)
    monkeypatch.setattr(graphml, "graphml_parts", _never)   # no list of every element
    graphml.write_graphml(G, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8") == want


@pytest.mark.parametrize("H", [nx.MultiDiGraph(), nx.MultiDiGraph(name="x"), nx.MultiDiGraph(name=None)])
def test_graphml_streamed_of_an_empty_graph(H):
    assert "".join(graphml.graphml_stream(H)) == graphml.graphml_text(H)


def test_graphml_streamed_leaves_an_odd_type_to_networkx(contract_graph, tmp_path):
    G = contract_graph
    G.nodes["qatar"]["odd"] = {1, 2}   # no GraphML type: networkx's writer says so
    with pytest.raises(graphml._Unsupported):
        next(graphml.graphml_stream(G))


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_rdf_relation_blocks_are_made_when_written(contract_graph, fmt, monkeypatch):
    G = _bigger(contract_graph)
    whole = statements(G)
    want = to_turtle(whole) if fmt == "turtle" else to_ntriples(whole)
    stmts, blocks = rdf._statements_and_later_blocks(G, fmt, None)
    assert not any(s.startswith("<https://w3id.org/kg-news/relation/") for s in stmts)   # not held
    assert all(type(v) is tuple for v in dict.values(blocks))   # the edges, not their text
    assert serialize_rdf(G, fmt) == want
    monkeypatch.setattr(rdf_syntax, "MEMO_TERMS", 3)   # the compactor's memo starts again often
    assert serialize_rdf(G, fmt) == want


def test_a_graph_this_large_is_written_by_this_process(contract_graph, tmp_path, monkeypatch):
    """From SEQUENTIAL_WRITE_MIN_EDGES relations on, no forked writers (each would copy the
    graph): one process, file after file, the same bytes."""
    monkeypatch.delenv("KG_PLAIN", raising=False)
    G = contract_graph
    monkeypatch.setattr(writers, "PARALLEL_WRITE_MIN_EDGES", 1)
    monkeypatch.setattr(writers, "usable_cpus", lambda: 2)
    monkeypatch.setattr(writers, "can_fork", lambda: True)
    assert writers.write_processes(G) == 2
    forked = pipeline.write_outputs(G, tmp_path / "forked")
    monkeypatch.setattr(writers, "SEQUENTIAL_WRITE_MIN_EDGES", G.number_of_edges())
    assert writers.write_processes(G) == 1
    monkeypatch.setattr(writers, "_write_forked", _never)
    alone = pipeline.write_outputs(G, tmp_path / "alone")
    assert [f.name for f in alone] == [f.name for f in forked]
    assert all(a.read_bytes() == f.read_bytes() for a, f in zip(alone, forked))


def _never(*args, **kwargs):
    raise AssertionError("not on this path")


def test_the_explorer_s_data_is_made_safe_a_piece_at_a_time(contract_graph, tmp_path, monkeypatch):
    """The view's JSON is made safe for ``<script>`` in pieces cut before a character's first
    byte (``</script>``, ``&``, U+2028 and accented letters across the cuts): the same page."""
    from kg.export import html
    G = contract_graph
    data = next(d for _, _, d in G.edges(data=True))
    data["evidence"] = "Israel </script> & Hamas\u2028met in Zürich \u2029 — <b>" * 3
    want = html.generate_html(G)
    for piece in (1, 2, 3, 5):
        monkeypatch.setattr(html, "SAFE_PIECE", piece)
        html.write_html(G, tmp_path / "graph.html")
        assert (tmp_path / "graph.html").read_text(encoding="utf-8") == want
    assert "\\u003c/script\\u003e \\u0026" in want and "\\u2028" in want
