"""The JSON contract: ``graph.json``, the file evaluations and other tools read.

::

    {"documents": [{"id", "title", "date", "url", "source"}],
     "actors": [{"id", "name", "type", "aliases", "mentions": [{"doc", "text", "start", "end"}],
                 "doc_types", "ids", "lat", "lon", "country", "kind", "affiliations"}],
     "relations": [{"id", "subject", "predicate", "object", "doc", "evidence", "start", "end",
                    "asserted", "modality", "role", "trigger", "trigger_start", "trigger_end",
                    "source", "confidence", "family", "cameo", "rule"}]}
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..errors import GraphFileError

ACTOR_KEYS = ("name", "type", "aliases", "mentions", "doc_types", "ids", "lat", "lon", "country", "kind", "affiliations")
RELATION_KEYS = ("predicate", "object", "doc", "evidence", "start", "end", "asserted", "modality", "role",
                 "trigger", "trigger_start", "trigger_end", "source", "confidence", "family", "cameo", "rule")


def graph_to_json(G: nx.MultiDiGraph) -> dict:
    """The JSON-contract dict of a graph (pure: ``G`` is not modified)."""
    actors = []
    for node in sorted(G.nodes):
        data = G.nodes[node]
        actor = {"id": node}
        actor.update({k: data.get(k) for k in ACTOR_KEYS})
        actors.append(actor)
    relations = []
    for subj, obj, key, data in sorted(G.edges(keys=True, data=True),
                                       key=lambda e: (e[3]["doc"], e[3]["start"], e[3]["trigger_start"], e[2])):
        rel = {"id": key, "subject": subj}
        rel.update({k: data.get(k) for k in RELATION_KEYS})
        rel["object"] = obj
        relations.append(rel)
    return {"documents": list(G.graph.get("documents", [])), "actors": actors, "relations": relations}


def dumps(G: nx.MultiDiGraph) -> str:
    return json.dumps(graph_to_json(G), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text(dumps(G), encoding="utf-8")


def read_json(path: str | Path) -> dict:
    """Read a ``graph.json``; raise :class:`GraphFileError` naming the file when it is not one."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFileError(f"graph file not found: {p} (run `kg build` first, or pass --graph)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"cannot read graph file {p}: {exc}") from None
    if not isinstance(data, dict) or not {"actors", "relations"} <= data.keys():
        raise GraphFileError(f"not a kg graph.json: {p} (expected 'actors' and 'relations' keys)")
    return data


def json_to_graph(data: dict) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from a JSON-contract dict (inverse of :func:`graph_to_json`)."""
    G = nx.MultiDiGraph(documents=list(data.get("documents", [])))
    for a in data["actors"]:
        G.add_node(a["id"], **{k: a.get(k) for k in ACTOR_KEYS})
    for r in data["relations"]:
        attrs = {k: r.get(k) for k in RELATION_KEYS if k != "object"}
        attrs["id"] = r["id"]
        G.add_edge(r["subject"], r["object"], key=r["id"], **attrs)
    return G
