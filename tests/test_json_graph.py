"""kg.export.json_graph: the JSON contract (graph.json): its shape, its text, reading it back."""

from __future__ import annotations

import copy
import json

import networkx as nx
import pytest
from fake_fragments import MemoryFragments

from kg.errors import GraphFileError
from kg.export.json_graph import (
    ACTOR_KEYS,
    RELATION_KEYS,
    dumps,
    dumps_indented,
    graph_to_json,
    json_to_graph,
    read_json,
    write_json,
)


def test_the_contract(contract_graph):
    data = graph_to_json(contract_graph)
    assert list(data) == ["documents", "actors", "relations"]
    assert data["documents"] == contract_graph.graph["documents"]
    assert [a["id"] for a in data["actors"]] == sorted(contract_graph.nodes)
    assert all(list(a) == ["id", *ACTOR_KEYS] for a in data["actors"])
    assert all(list(r) == ["id", "subject", *RELATION_KEYS] for r in data["relations"])
    keys = [(r["doc"], r["start"], r["trigger_start"], r["id"]) for r in data["relations"]]
    assert keys == sorted(keys) and len(keys) == contract_graph.number_of_edges()
    r = next(r for r in data["relations"] if r["id"] == "a.txt#r5")
    assert (r["subject"], r["predicate"], r["object"], r["role"]) == (
        "idf", "AFFILIATED_WITH", "israel", "armed forces")
    assert r["cameo"] is None and r["rule"] is None    # absent attributes are null, never missing
    assert (r["subject_cameo"], r["object_cameo"]) == (None, None)
    assert RELATION_KEYS[-3:] == ("rule", "subject_cameo", "object_cameo")   # the CAMEO codes of both actors


def test_the_text_is_json_dumps_with_indent_1(contract_graph):
    assert dumps(contract_graph) == json.dumps(graph_to_json(contract_graph), ensure_ascii=False, indent=1) + "\n"


TRICKY = [
    {}, [], "", 0, -0.0, 1e300, 0.1, 2 ** 70, True, None, "caf\u00e9 \u2028 \U0001F600 \"q\" \\ \n",
    {"a": [], "b": {}, "c": [{}], "d": [[1, [2, {"e": None}]]], "é": {"x": [1.5, "y"]}},
    [{"doc": "a", "start": 1}, {"doc": "b", "start": 2, "x": [1]}],
    [{"doc": "a", "start": 1}, {"doc": "b", "end": 2}],
    {1: "int key", "s": "str key"},
    (1, (2, 3)),
]


@pytest.mark.parametrize("data", TRICKY, ids=range(len(TRICKY)))
def test_dumps_indented_is_the_standard_library_s_text(data):
    assert dumps_indented(data) == json.dumps(data, ensure_ascii=False, indent=1)


def test_round_trip(contract_graph, tmp_path):
    path = tmp_path / "graph.json"
    write_json(contract_graph, path)
    data = read_json(path)
    assert data == json.loads(dumps(contract_graph))
    G = json_to_graph(data)
    assert isinstance(G, nx.MultiDiGraph)
    assert graph_to_json(G) == data
    assert sorted(G.edges(keys=True)) == sorted(contract_graph.edges(keys=True))


def test_the_graph_is_not_changed(contract_graph):
    before = copy.deepcopy(contract_graph)
    dumps(contract_graph)
    dumps(contract_graph, MemoryFragments())
    assert list(before.nodes(data=True)) == list(contract_graph.nodes(data=True))
    assert list(before.edges(keys=True, data=True)) == list(contract_graph.edges(keys=True, data=True))


def test_fragments_give_the_same_text_and_are_reused(contract_graph):
    fragments = MemoryFragments()
    cold = dumps(contract_graph, fragments)
    assert cold == dumps(contract_graph)
    assert dumps(contract_graph, fragments) == cold
    assert fragments.reused == contract_graph.number_of_nodes() + contract_graph.number_of_edges()
    G = contract_graph.copy()
    G.nodes["israel"]["name"] = "State of Israel"
    assert dumps(G, fragments) == dumps(G)


def test_reading_what_is_not_a_graph_json(tmp_path):
    with pytest.raises(GraphFileError, match="graph file not found: .*run `kg build` first"):
        read_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GraphFileError, match="cannot read graph file"):
        read_json(bad)
    other = tmp_path / "other.json"
    other.write_text('{"nodes": []}', encoding="utf-8")
    with pytest.raises(GraphFileError, match="not a kg graph.json.*'actors' and 'relations'"):
        read_json(other)
