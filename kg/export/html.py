"""Render the graph as one self-contained, offline HTML explorer.

Like every exporter: a pure function from the graph to a value, plus a thin writer.

* :func:`graph_to_view` — the view model (a JSON-ready dict): actors with their
  position, size, colour, shape and side-panel data; relations merged per
  (subject, predicate, object) with their width, colour and evidence sentences;
  the legend and the filter values.
* :func:`generate_html` — the page: ``templates/graph.html`` with vis-network's
  JS/CSS (shipped inside the ``pyvis`` package) and ``templates/explorer.js``/
  ``.css`` inlined, and the view model embedded as escaped JSON. No request ever
  leaves the file; a Content-Security-Policy with the hashes of the inline
  scripts makes sure of it (and that no injected script could run).
* :func:`write_html` — writes it.

The layout is computed here (seeded force-directed layout per connected
component, components packed in rows) so the same graph gives the same bytes,
and the browser only draws: physics is off, nothing drifts, 1,000+ actors open
at once. Colours and shapes are data: ``ontology/style.json``.

Example::

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "title": "Talks"}])
    >>> G.add_node("x", name="X", type="State")
    >>> G.add_node("y", name="Y", type="Group")
    >>> _ = G.add_edge("x", "y", key="r1", predicate="CONSULT", family="cooperation",
    ...                doc="a.txt", evidence="X met Y.", modality="asserted", asserted=True)
    >>> view = graph_to_view(G)
    >>> [(e["from"], e["label"], e["to"], e["sentences"]) for e in view["edges"]]
    [('x', 'CONSULT', 'y', 1)]
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import networkx as nx
import numpy as np

from ..errors import KgError, OntologyError

DEFAULT_ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
VIS_VERSION = "vis-9.1.2"

LAYOUT_SEED = 20240601
#: pixels per sqrt(actor) of a component's box: room for a label between neighbours
LAYOUT_UNIT = 170.0
COMPONENT_GAP = 60.0
#: components above this many actors are laid out on a grid (:func:`_grid_force_layout`)
GRID_LAYOUT_MIN = 300
#: rounds of overlap removal in a large component without a 1% gain before it gives up
OVERLAP_PATIENCE = 5

_QID = re.compile(r"^Q[1-9][0-9]*$")
_GEONAMES = re.compile(r"^[1-9][0-9]*$")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$", re.IGNORECASE)
_MARKER = re.compile(r"/\*KG:([A-Z_]+)\*/")


class ExportError(KgError):
    """The explorer cannot be rendered (a missing template or vis-network asset)."""


# --------------------------------------------------------------------------- style

def load_style(ontology_dir: str | Path | None = None) -> dict:
    """``ontology/style.json``: type → colour/shape/label, family → colour/label."""
    path = Path(ontology_dir or DEFAULT_ONTOLOGY_DIR) / "style.json"
    try:
        style = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OntologyError(f"style file not found: {path} (the explorer needs type and family colours)") from None
    except json.JSONDecodeError as exc:
        raise OntologyError(f"style file is not valid JSON: {path}: {exc}") from None
    for section in ("types", "families", "fallback"):
        if not isinstance(style.get(section), dict):
            raise OntologyError(f"style file {path} lacks the {section!r} object "
                                "(expected keys: types, families, fallback)")
    return style


def load_predicate_labels(ontology_dir: str | Path | None = None) -> dict[str, str]:
    """Predicate → readable verb phrase ("ASSAULT" → "assaulted") from ``predicates.tsv``.

    Optional: a missing file just means the panel shows the bare predicate.
    """
    path = Path(ontology_dir or DEFAULT_ONTOLOGY_DIR) / "predicates.tsv"
    if not path.exists():
        return {}
    labels = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.reader(rows, delimiter="\t"):
            if len(row) >= 6 and row[0] and row[5]:
                labels[row[0]] = row[5]
    return labels


# --------------------------------------------------------------------------- view model

def graph_to_view(G: nx.MultiDiGraph, *, ontology_dir: str | Path | None = None) -> dict:
    """The explorer's view model: plain, JSON-ready, deterministic data. Never mutates ``G``.

    Parallel relations with the same (subject, predicate, object) become one
    edge; its ``width`` grows with the number of distinct supporting sentences
    and its ``evidence`` lists every relation, in corpus order (an article's
    title, date and link are in ``documents``, an actor's name in ``nodes``).
    """
    style = load_style(ontology_dir)
    verbs = load_predicate_labels(ontology_dir)
    documents = [_document(d) for d in G.graph.get("documents") or []]
    doc_index = {d["id"]: i for i, d in enumerate(documents)}

    def name_of(actor):
        if actor is None:
            return None
        data = G.nodes[actor] if actor in G else {}
        return _text(data.get("name")) or _text(actor)

    # -- merge parallel relations
    groups: dict[tuple[str, str, str], list[tuple[dict, str | None]]] = defaultdict(list)
    for u, v, key, data in G.edges(keys=True, data=True):
        groups[(_text(u), _text(data.get("predicate")) or "RELATED", _text(v))].append(
            (_evidence(key, data), _text(data.get("family"))))
    merged = []
    for (u, predicate, v), members in sorted(groups.items()):
        members.sort(key=lambda m: (doc_index.get(m[0]["doc"], len(doc_index)), m[0]["doc"] or "",
                                    m[0]["start"] if m[0]["start"] is not None else -1, m[0]["relation"]))
        evidence = [e for e, _ in members]
        family = next((f for _, f in members if f), None)
        sentences = len({(e["doc"], e["start"], e["end"], e["sentence"]) for e in evidence})
        asserted = sum(1 for e in evidence if e["asserted"])
        fam = style["families"].get(family) or style["fallback"]["family"]
        docs = sorted({e["doc"] for e in evidence if e["doc"] is not None},
                      key=lambda d: (doc_index.get(d, len(doc_index)), d))
        verb = verbs.get(predicate, predicate.lower().replace("_", " "))
        merged.append({
            "from": u, "to": v, "predicate": predicate, "label": predicate, "verb": verb,
            "family": family or "other", "color": fam["color"],
            "sentences": sentences, "mentions": len(evidence), "asserted": asserted,
            "dashes": asserted == 0, "width": _edge_width(sentences), "docs": docs,
            "evidence": evidence,
            "title": (f"{name_of(u)} → {predicate} → {name_of(v)}\n"
                      f"{_plural(sentences, 'sentence')}"
                      + ("" if asserted else " · never asserted")
                      + "\nClick for the evidence"),
        })
    for i, edge in enumerate(merged):
        edge["id"] = f"e{i}"
    _assign_curves(merged)

    # -- actors
    degree: dict[str, int] = defaultdict(int)
    for edge in merged:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    node_ids = sorted(_text(n) for n in G.nodes)
    originals = {_text(n): n for n in G.nodes}
    looks = {nid: _node_look(degree.get(nid, 0)) for nid in node_ids}
    boxes = {nid: _label_box(name_of(originals[nid]) or nid, *looks[nid]) for nid in node_ids}
    positions = layout_positions(node_ids, [(e["from"], e["to"]) for e in merged], boxes=boxes)
    members: dict[str, list[dict]] = defaultdict(list)
    for nid in node_ids:
        for a in G.nodes[originals[nid]].get("affiliations") or []:
            members[_text(a.get("actor"))].append({"actor": nid, "name": name_of(originals[nid]),
                                                   "role": _text(a.get("role"))})
    nodes = []
    for nid in node_ids:
        data = G.nodes[originals[nid]]
        typ = _text(data.get("type")) or "Actor"
        look = style["types"].get(typ) or style["fallback"]["type"]
        mentions = data.get("mentions") or []
        deg = degree.get(nid, 0)
        name = name_of(originals[nid])
        ids = {k: _text(v) for k, v in sorted((data.get("ids") or {}).items()) if v not in (None, "")}
        docs = sorted({_text(m.get("doc")) for m in mentions if m.get("doc") is not None},
                      key=lambda d: (doc_index.get(d, len(doc_index)), d))
        country = data.get("country")
        x, y = positions[nid]
        nodes.append({
            "id": nid, "label": name, "name": name, "type": typ,
            "kind": _text(data.get("kind")),
            "color": look["color"], "shape": look["shape"],
            "size": looks[nid][0], "font": looks[nid][1],
            "x": x, "y": y, "degree": deg, "mentions": len(mentions),
            "aliases": sorted({_text(a) for a in data.get("aliases") or [] if a}),
            "ids": ids, "links": _id_links(ids), "docs": docs,
            "country": None if country is None else {"id": _text(country), "name": name_of(country)},
            "affiliations": [
                {"actor": _text(a.get("actor")), "name": name_of(a.get("actor")),
                 "role": _text(a.get("role")), "start": _text(a.get("start")),
                 "end": _text(a.get("end")), "in_graph": a.get("actor") in G}
                for a in data.get("affiliations") or []],
            "members": sorted(members.get(nid, []), key=lambda m: (m["name"] or "", m["actor"], m["role"] or "")),
            "title": f"{name} ({typ})\n{_plural(len(mentions), 'mention')} · "
                     f"{_plural(deg, 'relation')}",
        })

    type_counts: dict[str, int] = defaultdict(int)
    for n in nodes:
        type_counts[n["type"]] += 1
    family_counts: dict[str, int] = defaultdict(int)
    for e in merged:
        family_counts[e["family"]] += 1
    types = _ordered(type_counts, style["types"])
    families = _ordered(family_counts, style["families"])
    edge_docs = defaultdict(int)
    for e in merged:
        for d in e["docs"]:
            edge_docs[d] += 1
    return {
        "nodes": nodes,
        "edges": merged,
        "documents": documents,
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
        "meta": {"nodes": len(nodes), "edges": len(merged), "relations": G.number_of_edges(),
                 "documents": len(documents), "model": _text(G.graph.get("model"))},
    }


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


# --------------------------------------------------------------------------- layout

def layout_positions(nodes: list[str], edges: list[tuple[str, str]], *,
                     boxes: dict[str, tuple[float, float, float, float]] | None = None,
                     seed: int = LAYOUT_SEED) -> dict[str, tuple[int, int]]:
    """Deterministic pixel positions: a force layout per connected component, packed in rows.

    ``boxes`` gives each node's extent (left, top, right, bottom) around its centre
    (mark and label); overlapping boxes are then pushed apart. The biggest
    component comes first; isolated actors end up in a grid at the end.
    """
    boxes = boxes or {}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    for u, v in edges:
        if u != v:
            H.add_edge(u, v)
    components = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    component_of = {n: k for k, comp in enumerate(components) for n in comp}
    edges_of: list[list[tuple[str, str]]] = [[] for _ in components]
    for u, v in H.edges():
        edges_of[component_of[u]].append((u, v))
    placed = []
    for comp, comp_edges in zip(components, edges_of):
        extent = np.array([boxes.get(n, (-40.0, -10.0, 40.0, 30.0)) for n in comp], dtype=float)
        if len(comp) == 1:
            pos = np.zeros((1, 2))
        else:
            index = {n: i for i, n in enumerate(comp)}
            pairs = sorted((a, b) if a < b else (b, a) for a, b in ((index[u], index[v]) for u, v in comp_edges))
            large = len(comp) > GRID_LAYOUT_MIN
            pos = (_grid_force_layout if large else _force_layout)(len(comp), pairs, seed=seed)
            pos -= pos.min(axis=0)
            span = max(float(pos.max()), 1e-9)
            pos *= LAYOUT_UNIT * math.sqrt(len(comp)) / span
            pos = (_grid_remove_overlaps if large else _remove_overlaps)(pos, extent)
        placed.append((comp, pos, extent))
    return _pack(placed)


def _force_layout(n: int, edges: list[tuple[int, int]], *, seed: int) -> np.ndarray:
    """Fruchterman–Reingold in numpy, repulsion computed in blocks (memory O(n·block))."""
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    k = 1.0 / math.sqrt(n)
    iterations = 300 if n <= 200 else 120 if n <= 1500 else 60
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    block = 512
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        x, y = pos[:, 0], pos[:, 1]
        for s in range(0, n, block):
            dx = x[s:s + block, None] - x[None, :]
            dy = y[s:s + block, None] - y[None, :]
            force = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)
            disp[s:s + block, 0] += (dx * force).sum(axis=1)
            disp[s:s + block, 1] += (dy * force).sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=-1), 1e-12))
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        # a weak pull to the centre keeps loosely attached branches close
        disp -= (pos - pos.mean(axis=0)) * (0.05 * n * k)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=-1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _cell_pairs(cell_x: np.ndarray, cell_y: np.ndarray, columns: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i, j), i < j, of points whose grid cells are the same or adjacent,
    with ``cell_x``/``cell_y`` each point's cell coordinates (each pair once)."""
    n = len(cell_x)
    cell = cell_x * rows + cell_y
    order = np.argsort(cell, kind="stable")
    counts = np.bincount(cell, minlength=columns * rows)
    starts = np.cumsum(counts) - counts
    points = np.arange(n)
    firsts, seconds = [], []
    for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):   # half the neighbourhood: each pair once
        nx_, ny_ = cell_x + ox, cell_y + oy
        valid = (nx_ >= 0) & (nx_ < columns) & (ny_ >= 0) & (ny_ < rows)
        other = np.where(valid, nx_ * rows + ny_, 0)
        reps = np.where(valid, counts[other], 0)
        total = int(reps.sum())
        if not total:
            continue
        ends = np.cumsum(reps)
        within = np.arange(total) - np.repeat(ends - reps, reps)
        first = np.repeat(points, reps)
        second = order[np.repeat(starts[other], reps) + within]
        if ox == oy == 0:
            keep = first < second
            first, second = first[keep], second[keep]
        firsts.append(np.minimum(first, second))
        seconds.append(np.maximum(first, second))
    if not firsts:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    return np.concatenate(firsts), np.concatenate(seconds)


def _grid_force_layout(n: int, edges: list[tuple[int, int]], *, seed: int) -> np.ndarray:
    """Fruchterman–Reingold for large components, repulsion computed on a mesh
    (particle–mesh): the actors' weight is spread over the cells of a grid around
    them (at most 256 × 256), the repulsion field of the whole grid is one FFT
    convolution, and each actor reads its force back from the cells around it.
    An iteration costs O(n + cells · log cells) instead of O(n²); attraction along
    the edges, the pull to the centre and the cooling are those of :func:`_force_layout`."""
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    k = 1.0 / math.sqrt(n)
    iterations = 120
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    side = int(min(256, max(32, 2 ** math.ceil(math.log2(2 * math.sqrt(n))))))
    full = 2 * side                                   # zero-padded: the convolution does not wrap
    off = np.arange(full)
    off = np.where(off < side, off, off - full).astype(float)
    ox, oy = np.meshgrid(off, off, indexing="ij")
    r2 = ox * ox + oy * oy
    r2[0, 0] = 1.0
    kernel_x = np.fft.rfft2(ox / r2)                  # repulsion k²·d/|d|² in cell units (0 at d = 0)
    kernel_y = np.fft.rfft2(oy / r2)
    for _ in range(iterations):
        low = pos.min(axis=0)
        h = max(float((pos.max(axis=0) - low).max()) / (side - 1), 1e-12)
        u = (pos - low) / h
        cell = np.minimum(np.floor(u).astype(int), side - 2)
        frac = u - cell
        fx, fy = frac[:, 0], frac[:, 1]
        corners = ((0, 0, (1 - fx) * (1 - fy)), (1, 0, fx * (1 - fy)), (0, 1, (1 - fx) * fy), (1, 1, fx * fy))
        # the actors fill the grid's first side × side cells; the padding is zeros, which
        # the transforms add themselves, and only those cells of each field are read
        flat = [(cell[:, 0] + dx) * side + cell[:, 1] + dy for dx, dy, _ in corners]
        mass = np.zeros(side * side)
        for idx, (_, _, w) in zip(flat, corners):
            mass += np.bincount(idx, weights=w, minlength=side * side)
        mass_hat = np.fft.rfft2(mass.reshape(side, side), s=(full, full))
        field_x = _field(mass_hat * kernel_x, side, full)
        field_y = _field(mass_hat * kernel_y, side, full)
        disp = np.zeros((n, 2))
        for idx, (_, _, w) in zip(flat, corners):
            disp[:, 0] += w * field_x[idx]
            disp[:, 1] += w * field_y[idx]
        disp *= k * k / h
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=-1), 1e-12))
            pull = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n) \
                    - np.bincount(src, weights=pull[:, axis], minlength=n)
        disp -= (pos - pos.mean(axis=0)) * (0.05 * n * k)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=-1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _field(spectrum: np.ndarray, side: int, full: int) -> np.ndarray:
    """``np.fft.irfft2(spectrum, s=(full, full))[:side, :side]``, flattened, without
    transforming the rows that are cut off (the same numbers: the rows are independent)."""
    rows = np.fft.ifft(spectrum, full, axis=0)[:side]
    return np.fft.irfft(rows, full, axis=1)[:, :side].ravel()


def _grid_remove_overlaps(pos: np.ndarray, extent: np.ndarray, *, gap: float = 6.0,
                          rounds: int = 60, patience: int = OVERLAP_PATIENCE) -> np.ndarray:
    """:func:`_remove_overlaps` for large components: two boxes no bigger than a grid
    cell can only overlap when they lie in the same or adjacent cells, so only those
    pairs are tested, plus every pair with one of the few boxes bigger than a cell
    (the longest 1% of labels). Each box of an overlapping pair moves by half the
    overlap, so a lone pair is apart after one round.

    Stops early when the last ``patience`` rounds removed less than 1% of the
    overlapping pairs: in a dense core, pushing one pair apart makes another
    overlap, and more rounds only cost time (about 5 ms each at 4,000 actors)."""
    n = len(pos)
    if n < 2:
        return pos
    pos = pos.copy()
    widths = extent[:, 2] - extent[:, 0]
    heights = extent[:, 3] - extent[:, 1]
    width = float(np.percentile(widths, 99)) + gap
    height = float(np.percentile(heights, 99)) + gap
    big = (widths + gap > width) | (heights + gap > height)
    big_i = np.nonzero(big)[0]
    reach = (widths[big_i] + widths.max()) / 2 + gap     # x distance beyond which a big box overlaps nothing
    history: list[int] = []                              # overlapping pairs, round by round
    for _ in range(rounds):
        low = pos.min(axis=0)
        columns = int((pos[:, 0].max() - low[0]) // width) + 1
        rows = int((pos[:, 1].max() - low[1]) // height) + 1
        gx = np.minimum(((pos[:, 0] - low[0]) // width).astype(int), columns - 1)
        gy = np.minimum(((pos[:, 1] - low[1]) // height).astype(int), rows - 1)
        i, j = _cell_pairs(gx, gy, columns, rows)
        keep = ~big[i] & ~big[j]
        i, j = i[keep], j[keep]
        if len(big_i):
            # each big box with every box whose centre is near enough along x
            by_x = np.argsort(pos[:, 0], kind="stable")
            xs = pos[by_x, 0]
            lo = np.searchsorted(xs, pos[big_i, 0] - reach, side="left")
            hi = np.searchsorted(xs, pos[big_i, 0] + reach, side="right")
            reps = hi - lo
            ends = np.cumsum(reps)
            within = np.arange(int(reps.sum())) - np.repeat(ends - reps, reps)
            bi = np.repeat(big_i, reps)
            bj = by_x[np.repeat(lo, reps) + within]
            keep = (bi != bj) & (~big[bj] | (bi < bj))
            bi, bj = bi[keep], bj[keep]
            i = np.concatenate([i, np.minimum(bi, bj)])
            j = np.concatenate([j, np.maximum(bi, bj)])
        left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
        right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
        ox = np.minimum(right[i], right[j]) - np.maximum(left[i], left[j]) + gap
        oy = np.minimum(bottom[i], bottom[j]) - np.maximum(top[i], top[j]) + gap
        clash = (ox > 0) & (oy > 0)
        clashes = int(clash.sum())
        if not clashes:
            break
        history.append(clashes)
        if len(history) > patience and clashes > 0.99 * history[-1 - patience]:
            break
        i, j, ox, oy = i[clash], j[clash], ox[clash], oy[clash]
        along_x = ox <= oy
        sign_x = np.where(pos[i, 0] < pos[j, 0], -1.0, np.where(pos[i, 0] > pos[j, 0], 1.0, -1.0))
        sign_y = np.where(pos[i, 1] < pos[j, 1], -1.0, np.where(pos[i, 1] > pos[j, 1], 1.0, -1.0))
        shift = np.zeros((len(i), 2))
        shift[along_x, 0] = sign_x[along_x] * ox[along_x] / 2
        shift[~along_x, 1] = sign_y[~along_x] * oy[~along_x] / 2
        for axis in (0, 1):
            pos[:, axis] += (np.bincount(i, weights=shift[:, axis], minlength=n)
                             - np.bincount(j, weights=shift[:, axis], minlength=n))
    return pos


def _remove_overlaps(pos: np.ndarray, extent: np.ndarray, *, gap: float = 6.0,
                     rounds: int = 60) -> np.ndarray:
    """Push apart nodes whose boxes (mark + label) overlap, along the cheaper axis.

    Skipped above 2,500 nodes of one component (the pairwise test is O(n²)).
    """
    n = len(pos)
    if n < 2 or n > 2500:
        return pos
    pos = pos.copy()
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    for _ in range(rounds):
        left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
        right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
        over_x = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :]) + gap
        over_y = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :]) + gap
        clash = (over_x > 0) & (over_y > 0) & upper
        if not clash.any():
            break
        i, j = np.nonzero(clash)
        ox, oy = over_x[i, j], over_y[i, j]
        along_x = ox <= oy
        sign_x = np.where(pos[i, 0] < pos[j, 0], -1.0, np.where(pos[i, 0] > pos[j, 0], 1.0, np.where(i < j, -1.0, 1.0)))
        sign_y = np.where(pos[i, 1] < pos[j, 1], -1.0, np.where(pos[i, 1] > pos[j, 1], 1.0, np.where(i < j, -1.0, 1.0)))
        shift = np.zeros((len(i), 2))
        shift[along_x, 0] = sign_x[along_x] * ox[along_x] / 2
        shift[~along_x, 1] = sign_y[~along_x] * oy[~along_x] / 2
        move = np.zeros_like(pos)
        np.add.at(move, i, shift * 0.5)
        np.add.at(move, j, -shift * 0.5)
        pos += move
    return pos


def _pack(placed: list[tuple[list[str], np.ndarray, np.ndarray]]) -> dict[str, tuple[int, int]]:
    """Shelf-pack component boxes (labels included) in rows, then centre the drawing on (0, 0)."""
    frames = []
    for comp, pos, extent in placed:
        low = (pos + extent[:, :2]).min(axis=0)
        high = (pos + extent[:, 2:]).max(axis=0)
        frames.append((comp, pos - low, high - low))
    area = sum((w + COMPONENT_GAP) * (h + COMPONENT_GAP) for _, _, (w, h) in frames)
    row_width = max([float(size[0]) for _, _, size in frames] + [math.sqrt(area)])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, pos, (w, h) in frames:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + COMPONENT_GAP, 0.0
        for node, (px, py) in zip(comp, pos):
            out[node] = (x + px, y + py)
        x += w + COMPONENT_GAP
        row_height = max(row_height, h)
    if not out:
        return {}
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (int(round(px - cx)), int(round(py - cy))) for n, (px, py) in out.items()}


# --------------------------------------------------------------------------- rendering

def generate_html(G: nx.MultiDiGraph, *, ontology_dir: str | Path | None = None,
                  title: str = "Knowledge graph explorer") -> str:
    """The explorer page as a string: one file, no external resource, same graph → same bytes."""
    view = graph_to_view(G, ontology_dir=ontology_dir)
    return render_view(view, title=title)


def write_html(G: nx.MultiDiGraph, path: str | Path, *, ontology=None, ontology_dir: str | Path | None = None,
               title: str = "Knowledge graph explorer") -> None:
    """Write the explorer to ``path`` (only that file; no ``lib/`` folder, no CDN)."""
    parts = _page_parts(graph_to_view(G, ontology_dir=ontology_dir), title=title)
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:   # piece by piece, in UTF-8 from the start: never the whole text at once
        fh.writelines(parts)
    tmp.replace(path)


def render_view(view: dict, *, title: str = "Knowledge graph explorer") -> str:
    """Fill the template with the assets and the view model."""
    return b"".join(_page_parts(view, title=title)).decode("utf-8")


def _page_parts(view: dict, *, title: str) -> list[bytes]:
    """The page of :func:`render_view` as UTF-8 pieces."""
    vis_dir = _vis_dir()
    vis_js = _strip_source_map(_read(vis_dir / "vis-network.min.js"))
    vis_css = _strip_source_map(_read(vis_dir / "vis-network.css"))
    app_js = _read(TEMPLATES_DIR / "explorer.js")
    app_css = _read(TEMPLATES_DIR / "explorer.css")
    for name, js in (("vis-network.min.js", vis_js), ("explorer.js", app_js)):
        if re.search(r"</script|<!--", js, re.IGNORECASE):
            raise ExportError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    for name, css in (("vis-network.css", vis_css), ("explorer.css", app_css)):
        if re.search(r"</style", css, re.IGNORECASE):
            raise ExportError(f"{name} contains '</style' and cannot be inlined")
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
           "connect-src 'none'; base-uri 'none'; form-action 'none'")
    values = {
        "CSP": csp,
        "TITLE": _escape_html(title),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": _view_json_bytes(view),
    }
    template = _read(TEMPLATES_DIR / "graph.html")
    parts, last = [], 0
    for match in _MARKER.finditer(template):   # one pass: inserted text is never scanned for markers
        try:
            value = values[match.group(1)]
        except KeyError:
            raise ExportError(f"unknown marker /*KG:{match.group(1)}*/ in the template "
                              f"(known: {', '.join(sorted(values))})") from None
        parts += [template[last:match.start()].encode("utf-8"),
                  value if isinstance(value, bytes) else value.encode("utf-8")]
        last = match.end()
    parts.append(template[last:].encode("utf-8"))
    return parts


def view_json(view: dict) -> str:
    """The view model as JSON safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``…, so ``</script>`` in a news sentence
    cannot end the element; JSON.parse gives the original text back.

    The text is ``json.dumps(view, sort_keys=True, ensure_ascii=False,
    separators=(",", ":"), default=str)``, written by ``orjson`` (several times
    faster) when it is installed and the view holds only what both write alike:
    dicts with string keys, lists, strings, 64-bit integers, booleans, ``None`` and
    the finite floats of ordinary size the view is made of (sizes, widths, rounded
    confidences). Anything else goes to the standard library.
    """
    data = _orjson(view)
    return _script_safe(data).decode("utf-8") if data is not None else _stdlib_view_json(view)


def _view_json_bytes(view: dict) -> bytes:
    """:func:`view_json` in UTF-8 (orjson's bytes are made safe as they are: no copy as a ``str``)."""
    data = _orjson(view)
    return _script_safe(data) if data is not None else _stdlib_view_json(view).encode("utf-8")


def _stdlib_view_json(view: dict) -> str:
    text = json.dumps(view, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    for raw, escaped in _SCRIPT_UNSAFE:
        text = text.replace(raw.decode("utf-8"), escaped.decode("ascii"))
    return text


def _orjson(view: dict) -> bytes | None:
    """orjson's text of ``view``, when orjson is installed and writes it as the standard library would."""
    if orjson is None:
        return None
    try:
        return orjson.dumps(view, default=_not_native, option=_ORJSON_OPTIONS)
    except TypeError:   # orjson.JSONEncodeError: a value only the standard library writes as kg wants
        return None


#: what cannot stand inside ``<script>`` (or, U+2028/U+2029, in older JavaScript strings), escaped
_SCRIPT_UNSAFE = ((b"&", b"\\u0026"), (b"<", b"\\u003c"), (b">", b"\\u003e"),
                  ("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"))


def _script_safe(data: bytes) -> bytes:
    """:data:`_SCRIPT_UNSAFE`'s replacements on UTF-8 JSON (a character's bytes never
    occur inside another's, so each is replaced as a whole)."""
    for raw, escaped in _SCRIPT_UNSAFE:
        if raw in data:
            data = data.replace(raw, escaped)
    return data


try:
    import orjson
    _ORJSON_OPTIONS = (orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME
                       | orjson.OPT_PASSTHROUGH_DATACLASS)
except ImportError:   # optional: the standard library writes the same text, slower
    orjson = None


def _not_native(value):
    raise TypeError(f"not written by orjson: {type(value).__name__}")


def _escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _strip_source_map(text: str) -> str:
    return re.sub(r"\n?/[/*][#@] sourceMappingURL=[^\n]*", "", text)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"explorer asset not found: {path}") from None


def _vis_dir() -> Path:
    """vis-network's files, shipped in the installed ``pyvis`` package (found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ExportError("the HTML explorer needs vis-network from the 'pyvis' package: pip install pyvis")
    folder = Path(list(spec.submodule_search_locations)[0]) / "lib" / VIS_VERSION
    if not (folder / "vis-network.min.js").exists():
        raise ExportError(f"vis-network not found in {folder} (expected pyvis 0.3.x with {VIS_VERSION})")
    return folder
