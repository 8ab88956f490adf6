"""The explorer's view model: the graph as plain, JSON-ready, deterministic data.

:func:`graph_to_view` gives the actors with their position (:mod:`kg.export.html_layout`),
size, colour, shape and side-panel data; the relations merged per (subject, predicate,
object) with their width, colour, verb and evidence sentences; the legend and the
filter values. Colours, shapes and the legend's order come from the ontology's
``style.json``, each predicate's verb ("assaulted") from its ``predicates.tsv``: the
:class:`~kg.ontology.Ontology` the build was given. :mod:`kg.export.html` puts the
view into the page.

Example::

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "title": "Talks"}])
    >>> G.add_node("x", name="X", type="State")
    >>> G.add_node("y", name="Y", type="Group")
    >>> _ = G.add_edge("x", "y", key="r1", predicate="CONSULT", family="cooperation",
    ...                doc="a.txt", evidence="X met Y.", modality="asserted", asserted=True)
    >>> view = graph_to_view(G)
    >>> [(e["from"], e["label"], e["verb"], e["to"], e["sentences"]) for e in view["edges"]]
    [('x', 'CONSULT', 'consulted', 'y', 1)]
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import networkx as nx

from ..ontology import Ontology, default_ontology
from .html_layout import layout_positions

_QID = re.compile(r"^Q[1-9][0-9]*$")
_GEONAMES = re.compile(r"^[1-9][0-9]*$")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$", re.IGNORECASE)


def graph_to_view(G: nx.MultiDiGraph, *, ontology: Ontology | None = None) -> dict:
    """The explorer's view model: plain, JSON-ready, deterministic data. Never mutates ``G``.

    Parallel relations with the same (subject, predicate, object) become one
    edge; its ``width`` grows with the number of distinct supporting sentences
    and its ``evidence`` lists every relation, in corpus order (an article's
    title, date and link are in ``documents``, an actor's name in ``nodes``).
    ``ontology`` (default: the repository's) gives the style and the verbs.
    """
    documents = [_document(d) for d in G.graph.get("documents") or []]
    ctx = _Context(G, ontology or default_ontology(), documents)
    edges = _merged_edges(ctx)
    nodes = _nodes(ctx, edges)
    return {
        "nodes": nodes,
        "edges": edges,
        "documents": documents,
        **_legend_and_filters(ctx, nodes, edges, documents),
        "meta": {"nodes": len(nodes), "edges": len(edges), "relations": G.number_of_edges(),
                 "documents": len(documents), "model": _text(G.graph.get("model"))},
    }


class _Context:
    """What every part of the view reads: the graph, the style, each predicate's verb
    and the documents' order."""

    def __init__(self, G: nx.MultiDiGraph, ontology: Ontology, documents: list[dict]):
        self.G = G
        self.style = ontology.style
        self.verbs = {name: p.label for name, p in ontology.predicates.items() if p.label}
        self.doc_index = {d["id"]: i for i, d in enumerate(documents)}

    def name_of(self, actor) -> str | None:
        """The name of an actor shown in the explorer (its id when it has none)."""
        if actor is None:
            return None
        data = self.G.nodes[actor] if actor in self.G else {}
        return _text(data.get("name")) or _text(actor)

    def doc_key(self, doc: str) -> tuple[int, str]:
        """Documents in corpus order (unknown ones last, by id)."""
        return self.doc_index.get(doc, len(self.doc_index)), doc


# --------------------------------------------------------------------------- edges

def _merged_edges(ctx: _Context) -> list[dict]:
    """One edge per (subject, predicate, object), sorted, with its id and curve."""
    groups: dict[tuple[str, str, str], list[tuple[dict, str | None]]] = defaultdict(list)
    for u, v, key, data in ctx.G.edges(keys=True, data=True):
        groups[(_text(u), _text(data.get("predicate")) or "RELATED", _text(v))].append(
            (_evidence(key, data), _text(data.get("family"))))
    merged = [_edge(ctx, u, predicate, v, members) for (u, predicate, v), members in sorted(groups.items())]
    for i, edge in enumerate(merged):
        edge["id"] = f"e{i}"
    _assign_curves(merged)
    return merged


def _edge(ctx: _Context, u: str, predicate: str, v: str, members: list[tuple[dict, str | None]]) -> dict:
    """The edge of the relations ``members`` (evidence, family) from ``u`` to ``v``."""
    doc_index = ctx.doc_index
    members.sort(key=lambda m: (doc_index.get(m[0]["doc"], len(doc_index)), m[0]["doc"] or "",
                                m[0]["start"] if m[0]["start"] is not None else -1, m[0]["relation"]))
    evidence = [e for e, _ in members]
    family = next((f for _, f in members if f), None)
    sentences = len({(e["doc"], e["start"], e["end"], e["sentence"]) for e in evidence})
    asserted = sum(1 for e in evidence if e["asserted"])
    fam = ctx.style["families"].get(family) or ctx.style["fallback"]["family"]
    docs = sorted({e["doc"] for e in evidence if e["doc"] is not None}, key=ctx.doc_key)
    verb = ctx.verbs.get(predicate, predicate.lower().replace("_", " "))
    return {
        "from": u, "to": v, "predicate": predicate, "label": predicate, "verb": verb,
        "family": family or "other", "color": fam["color"],
        "sentences": sentences, "mentions": len(evidence), "asserted": asserted,
        "dashes": asserted == 0, "width": _edge_width(sentences), "docs": docs,
        "evidence": evidence,
        "title": (f"{ctx.name_of(u)} → {predicate} → {ctx.name_of(v)}\n"
                  f"{_plural(sentences, 'sentence')}"
                  + ("" if asserted else " · never asserted")
                  + "\nClick for the evidence"),
    }


# --------------------------------------------------------------------------- actors

def _nodes(ctx: _Context, edges: list[dict]) -> list[dict]:
    """The actors, sorted by id, laid out around the merged ``edges``."""
    G = ctx.G
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    node_ids = sorted(_text(n) for n in G.nodes)
    originals = {_text(n): n for n in G.nodes}
    looks = {nid: _node_look(degree.get(nid, 0)) for nid in node_ids}
    boxes = {nid: _label_box(ctx.name_of(originals[nid]) or nid, *looks[nid]) for nid in node_ids}
    positions = layout_positions(node_ids, [(e["from"], e["to"]) for e in edges], boxes=boxes)
    members = _members(ctx, node_ids, originals)
    return [_node(ctx, nid, originals[nid], degree.get(nid, 0), looks[nid], positions[nid], members.get(nid, []))
            for nid in node_ids]


def _members(ctx: _Context, node_ids: list[str], originals: dict) -> dict[str, list[dict]]:
    """actor id -> the actors whose knowledge-base affiliations name it, with their role."""
    members: dict[str, list[dict]] = defaultdict(list)
    for nid in node_ids:
        for a in ctx.G.nodes[originals[nid]].get("affiliations") or []:
            members[_text(a.get("actor"))].append({"actor": nid, "name": ctx.name_of(originals[nid]),
                                                   "role": _text(a.get("role"))})
    return members


def _node(ctx: _Context, nid: str, original, deg: int, look: tuple[float, int], position: tuple[int, int],
          members: list[dict]) -> dict:
    """One actor of the view: its mark, position and side-panel data."""
    G = ctx.G
    data = G.nodes[original]
    typ = _text(data.get("type")) or "Actor"
    style = ctx.style["types"].get(typ) or ctx.style["fallback"]["type"]
    mentions = data.get("mentions") or []
    name = ctx.name_of(original)
    ids = {k: _text(v) for k, v in sorted((data.get("ids") or {}).items()) if v not in (None, "")}
    docs = sorted({_text(m.get("doc")) for m in mentions if m.get("doc") is not None}, key=ctx.doc_key)
    country = data.get("country")
    x, y = position
    return {
        "id": nid, "label": name, "name": name, "type": typ,
        "kind": _text(data.get("kind")),
        "color": style["color"], "shape": style["shape"],
        "size": look[0], "font": look[1],
        "x": x, "y": y, "degree": deg, "mentions": len(mentions),
        "aliases": sorted({_text(a) for a in data.get("aliases") or [] if a}),
        "ids": ids, "links": _id_links(ids), "docs": docs,
        "country": None if country is None else {"id": _text(country), "name": ctx.name_of(country)},
        "affiliations": [
            {"actor": _text(a.get("actor")), "name": ctx.name_of(a.get("actor")),
             "role": _text(a.get("role")), "start": _text(a.get("start")),
             "end": _text(a.get("end")), "in_graph": a.get("actor") in G}
            for a in data.get("affiliations") or []],
        "members": sorted(members, key=lambda m: (m["name"] or "", m["actor"], m["role"] or "")),
        "title": f"{name} ({typ})\n{_plural(len(mentions), 'mention')} · "
                 f"{_plural(deg, 'relation')}",
    }


# --------------------------------------------------------------------------- legend and filters

def _legend_and_filters(ctx: _Context, nodes: list[dict], edges: list[dict], documents: list[dict]) -> dict:
    """The legend (types and families present, with their counts and looks) and the filters' values."""
    style = ctx.style
    type_counts: dict[str, int] = defaultdict(int)
    for n in nodes:
        type_counts[n["type"]] += 1
    family_counts: dict[str, int] = defaultdict(int)
    for e in edges:
        family_counts[e["family"]] += 1
    types = _ordered(type_counts, style["types"])
    families = _ordered(family_counts, style["families"])
    edge_docs = defaultdict(int)
    for e in edges:
        for d in e["docs"]:
            edge_docs[d] += 1
    return {
        "legend": {
            "types": [{"type": t, "count": type_counts[t],
                       **_look(style["types"].get(t) or style["fallback"]["type"], t)} for t in types],
            "families": [{"family": f, "count": family_counts[f],
                          **_look(style["families"].get(f) or style["fallback"]["family"], f)}
                         for f in families],
        },
        "filters": {
            "types": types, "families": families,
            "documents": [{"id": d["id"], "title": d["title"] or d["id"], "date": d["date"],
                           "relations": edge_docs.get(d["id"], 0)} for d in documents],
        },
    }


# --------------------------------------------------------------------------- values

def _text(value) -> str | None:
    return None if value is None else str(value)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _look(entry: dict, key: str) -> dict:
    return {k: entry[k] for k in ("color", "shape") if k in entry} | {"label": entry.get("label") or key}


def _ordered(counts: dict[str, int], styled: dict) -> list[str]:
    """Keys present in ``counts``: the style file's order first, then the rest sorted."""
    return [k for k in styled if k in counts] + sorted(k for k in counts if k not in styled)


def _node_look(degree: int) -> tuple[float, int]:
    """Mark size and label font size (px) of an actor with ``degree`` relations."""
    size = round(9 + 4.5 * math.sqrt(degree), 1) if degree else 8.0
    return size, min(30, 16 + int(2.5 * math.sqrt(degree)))


def _label_box(label: str, size: float, font: int) -> tuple[float, float, float, float]:
    """Extent (left, top, right, bottom) around the node centre of its mark and the label below it."""
    half_width = max(size, 0.3 * font * len(label))
    return (-half_width, -size, half_width, size + 1.3 * font)


def _edge_width(sentences: int) -> float:
    return round(min(12.0, 1.5 + 2.5 * math.log2(max(1, sentences))), 2)


def _document(meta: dict) -> dict:
    url = _text(meta.get("url"))
    return {"id": _text(meta.get("id")), "title": _text(meta.get("title")),
            "date": _text(meta.get("date")), "source": _text(meta.get("source")),
            "url": url if url and _SAFE_URL.match(url) else None}


def _evidence(key, data: dict) -> dict:
    """One relation as the explorer lists it under its edge (by ``key`` and ``data`` only)."""
    sentence = _text(data.get("evidence")) or ""
    trigger = _text(data.get("trigger"))
    modality = _text(data.get("modality")) or ("asserted" if data.get("asserted", True) else "unknown")
    asserted = bool(data.get("asserted", modality == "asserted")) and modality == "asserted"
    return {
        "relation": _text(data.get("id") if data.get("id") is not None else key), "doc": _text(data.get("doc")),
        "sentence": sentence, "start": data.get("start"), "end": data.get("end"),
        "trigger": trigger, "highlight": _trigger_span(sentence, trigger, data),
        "modality": modality, "asserted": asserted,
        "role": _text(data.get("role")), "source": _text(data.get("source")),
        "confidence": _probability(data.get("confidence")),
    }


def _probability(value) -> float | None:
    """A confidence as the explorer shows it: a number in [0, 1] to three decimals."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return round(min(max(float(value), 0.0), 1.0), 3)


def _trigger_span(sentence: str, trigger: str | None, data: dict) -> list[int] | None:
    """The trigger's offsets inside the sentence, checked against its text."""
    if not trigger:
        return None
    start, t_start, t_end = data.get("start"), data.get("trigger_start"), data.get("trigger_end")
    if isinstance(start, int) and isinstance(t_start, int) and isinstance(t_end, int):
        a, b = t_start - start, t_end - start
        if 0 <= a < b <= len(sentence) and sentence[a:b] == trigger:
            return [a, b]
    a = sentence.find(trigger)
    return [a, a + len(trigger)] if a >= 0 else None


def _id_links(ids: dict) -> list[dict]:
    links = []
    qid, geonames = ids.get("wikidata"), ids.get("geonames")
    if qid and _QID.match(qid):
        links.append({"label": f"Wikidata {qid}", "url": f"https://www.wikidata.org/wiki/{qid}"})
    if geonames and _GEONAMES.match(geonames):
        links.append({"label": f"GeoNames {geonames}", "url": f"https://www.geonames.org/{geonames}"})
    return links


def _assign_curves(edges: list[dict]) -> None:
    """Bend parallel edges between the same two actors apart, symmetrically.

    ``curve`` is a signed roundness in the pair's canonical direction (sorted ids);
    0 draws a straight line. The renderer turns it into vis-network's curvedCW/CCW.
    """
    pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in edges:
        pairs[tuple(sorted((e["from"], e["to"])))].append(e)
    for (a, b), group in pairs.items():
        if a == b:
            for e in group:
                e["curve"] = 0
            continue
        offsets = [0.0] if len(group) % 2 else []
        step = 1
        while len(offsets) < len(group):
            offsets += [0.2 * step, -0.2 * step]
            step += 1
        for e, off in zip(group, offsets):
            e["curve"] = round(off if e["from"] == a else -off, 2)


