"""GraphML export: the graph with list and dict attributes flattened to JSON strings
(networkx's GraphML writer takes only scalars); ``None`` attributes are left out."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def _flat(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def graph_to_graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML can hold (``G`` itself is untouched)."""
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if v is not None})
    for node in sorted(G.nodes):
        H.add_node(node, **{k: _flat(v) for k, v in sorted(G.nodes[node].items()) if v is not None})
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        H.add_edge(u, v, key=key, **{k: _flat(x) for k, x in sorted(data.items()) if x is not None})
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_graphml(graph_to_graphml_graph(G), str(path), encoding="utf-8", prettyprint=True)
