"""The HTML explorer's view model and page, without a browser (see test_browser.py for that)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from kg.export import html
from kg.export.html import (
    _edge_width,
    _label_box,
    generate_html,
    graph_to_view,
    layout_positions,
    load_style,
    view_json,
    write_html,
)

XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">&amp;'


class PageStructure(HTMLParser):
    """The tags of a page, with the text of each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(page: str) -> PageStructure:
    parser = PageStructure()
    parser.feed(page)
    parser.close()
    return parser


def embedded_view(page: str) -> dict:
    [(_, text)] = [s for s in parse(page).scripts if s[0].get("type") == "application/json"]
    return json.loads(text)


def edge(view: dict, subj: str, predicate: str, obj: str) -> dict:
    [found] = [e for e in view["edges"] if (e["from"], e["predicate"], e["to"]) == (subj, predicate, obj)]
    return found


def graph_fingerprint(G: nx.MultiDiGraph) -> str:
    return json.dumps({"graph": G.graph, "nodes": sorted(G.nodes(data=True)),
                       "edges": sorted(G.edges(keys=True, data=True))}, sort_keys=True, default=str)


# ----------------------------------------------------------------------------- view model

def test_parallel_relations_are_merged_per_subject_predicate_object(contract_graph):
    view = graph_to_view(contract_graph)
    triples = {(u, d["predicate"], v) for u, v, d in contract_graph.edges(data=True)}
    assert len(view["edges"]) == len(triples) == 11
    assert view["meta"] == {"nodes": 10, "edges": 11, "relations": 13, "documents": 3, "model": "test"}
    strikes = edge(view, "israel", "ASSAULT", "hamas")
    assert strikes["label"] == "ASSAULT"
    assert strikes["sentences"] == strikes["mentions"] == 3
    assert strikes["asserted"] == 2 and strikes["dashes"] is False
    assert [e["relation"] for e in strikes["evidence"]] == ["a.txt#r1", "a.txt#r2", "b.txt#r1"]
    titles = {d["id"]: d["title"] for d in view["documents"]}
    assert [titles[e["doc"]] for e in strikes["evidence"]] == [
        "Israeli strikes hit Khan Yunis as truce talks stall"] * 2 + [
        "Egypt and Qatar press Hamas and Israel on a ceasefire"]
    assert strikes["docs"] == ["a.txt", "b.txt"]
    # the reverse direction is its own edge
    assert edge(view, "hamas", "ASSAULT", "israel")["sentences"] == 1


def test_width_grows_with_supporting_sentences(contract_graph):
    view = graph_to_view(contract_graph)
    assert edge(view, "israel", "ASSAULT", "hamas")["width"] > edge(view, "hamas", "ASSAULT", "israel")["width"]
    widths = [_edge_width(n) for n in (1, 2, 3, 5, 10, 50)]
    assert widths == sorted(widths) and len(set(widths)) == len(widths)
    assert _edge_width(10_000) <= 12


def test_same_sentence_counts_once_for_width(contract_graph):
    G = contract_graph.copy()
    dup = dict(G.edges["hamas", "israel", "b.txt#r2"], id="b.txt#r2bis", trigger="stalling")
    G.add_edge("hamas", "israel", key="b.txt#r2bis", **dup)
    accuse = edge(graph_to_view(G), "hamas", "ACCUSE", "israel")
    assert accuse["mentions"] == 2 and accuse["sentences"] == 1


def test_edge_style_comes_from_the_family_attribute(contract_graph):
    style = load_style()
    view = graph_to_view(contract_graph)
    for e in view["edges"]:
        assert e["color"] == style["families"][e["family"]]["color"]
    G = contract_graph.copy()
    G.edges["un", "israel", "c.txt#r1"]["family"] = "cooperation"
    assert edge(graph_to_view(G), "un", "REQUEST", "israel")["color"] == style["families"]["cooperation"]["color"]
    G.edges["un", "israel", "c.txt#r1"]["family"] = None
    unknown = edge(graph_to_view(G), "un", "REQUEST", "israel")
    assert unknown["family"] == "other" and unknown["color"] == style["fallback"]["family"]["color"]


def test_never_asserted_relations_are_dashed_and_flagged(contract_graph):
    threat = edge(graph_to_view(contract_graph), "netanyahu", "THREATEN", "hamas")
    assert threat["dashes"] is True and threat["asserted"] == 0
    [ev] = threat["evidence"]
    assert ev["modality"] == "future" and ev["asserted"] is False


def test_nodes_carry_panel_data_style_and_size(contract_graph):
    style = load_style()
    view = graph_to_view(contract_graph)
    nodes = {n["id"]: n for n in view["nodes"]}
    assert list(nodes) == sorted(contract_graph.nodes)
    israel = nodes["israel"]
    assert (israel["label"], israel["type"], israel["mentions"], israel["degree"]) == ("Israel", "State", 3, 7)
    assert israel["aliases"] == ["Israel", "Israeli", "Tel Aviv"]
    assert israel["color"] == style["types"]["State"]["color"] and israel["shape"] == style["types"]["State"]["shape"]
    assert israel["links"] == [
        {"label": "Wikidata Q801", "url": "https://www.wikidata.org/wiki/Q801"},
        {"label": "GeoNames 294640", "url": "https://www.geonames.org/294640"},
    ]
    assert israel["ids"]["iso3"] == "ISR"
    assert nodes["netanyahu"]["affiliations"] == [
        {"actor": "israel", "name": "Israel", "role": "prime minister", "start": "2022-12-29", "end": None,
         "in_graph": True}]
    assert nodes["khan-yunis-ps"]["country"] == {"id": "palestine", "name": "Palestine"}
    # size by degree
    assert nodes["israel"]["size"] > nodes["hamas"]["size"] > nodes["qatar"]["size"] > nodes["jordan"]["size"]


def test_only_wellformed_ids_become_links(contract_graph):
    G = contract_graph.copy()
    G.nodes["jordan"]["ids"] = {"wikidata": "javascript:alert(1)", "geonames": "1 onmouseover=x"}
    jordan = next(n for n in graph_to_view(G)["nodes"] if n["id"] == "jordan")
    assert jordan["links"] == []


def test_article_urls_are_kept_only_when_http(contract_graph):
    G = contract_graph.copy()
    G.graph["documents"] = [dict(d) for d in G.graph["documents"]]
    G.graph["documents"][1]["url"] = "javascript:alert(1)"
    view = graph_to_view(G)
    assert [d["url"] for d in view["documents"]] == ["https://example.org/a", None, None]


def test_trigger_is_located_in_the_sentence(contract_graph):
    for e in graph_to_view(contract_graph)["edges"]:
        for ev in e["evidence"]:
            a, b = ev["highlight"]
            assert ev["sentence"][a:b] == ev["trigger"]


def test_legend_and_filters_follow_the_style_order(contract_graph):
    view = graph_to_view(contract_graph)
    assert view["filters"]["types"] == ["State", "Group", "Person", "Place"]
    assert view["filters"]["families"] == ["violence", "coercion", "verbal conflict", "cooperation", "structural"]
    assert [t["count"] for t in view["legend"]["types"]] == [5, 3, 1, 1]
    assert [d["id"] for d in view["filters"]["documents"]] == ["a.txt", "b.txt", "c.txt"]
    assert view["filters"]["documents"][2] == {"id": "c.txt", "title": "UN calls for aid access", "date": None,
                                               "relations": 1}


def test_parallel_edges_between_two_actors_bend_apart(contract_graph):
    view = graph_to_view(contract_graph)
    pair = [e for e in view["edges"] if {e["from"], e["to"]} == {"hamas", "israel"}]
    assert len(pair) == 3
    # signed in the pair's canonical direction: distinct offsets, one straight line
    canonical = sorted((e["curve"] if e["from"] == "hamas" else -e["curve"]) for e in pair)
    assert canonical == [-0.2, 0.0, 0.2]
    assert edge(view, "qatar", "MEDIATE", "hamas")["curve"] == 0


def test_view_does_not_mutate_the_graph(contract_graph):
    before = graph_fingerprint(contract_graph)
    snapshot = copy.deepcopy(contract_graph)
    graph_to_view(contract_graph)
    generate_html(contract_graph)
    assert graph_fingerprint(contract_graph) == before
    assert nx.utils.graphs_equal(contract_graph, snapshot)


def test_layout_is_deterministic_and_spreads_actors(contract_graph):
    view = graph_to_view(contract_graph)
    positions = {(n["x"], n["y"]) for n in view["nodes"]}
    assert len(positions) == len(view["nodes"])
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in view["nodes"])
    edges = [(e["from"], e["to"]) for e in view["edges"]]
    assert layout_positions(sorted(contract_graph.nodes), edges) == layout_positions(
        list(reversed(sorted(contract_graph.nodes))), list(reversed(edges)))
    assert graph_to_view(contract_graph)["nodes"] == view["nodes"]


def test_labels_do_not_overlap(contract_graph):
    boxes = []
    for n in graph_to_view(contract_graph)["nodes"]:
        left, top, right, bottom = _label_box(n["label"], n["size"], n["font"])
        boxes.append((n["x"] + left, n["y"] + top, n["x"] + right, n["y"] + bottom))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert min(a[2], b[2]) <= max(a[0], b[0]) or min(a[3], b[3]) <= max(a[1], b[1]), (a, b)


def _overlapping_pairs(pos, extent, gap=6.0):
    left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
    right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
    ox = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :]) + gap
    oy = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :]) + gap
    return int(np.triu((ox > 0) & (oy > 0), k=1).sum())


def test_large_component_overlaps_are_removed_when_there_is_room():
    rng = np.random.default_rng(7)
    pos = rng.random((400, 2)) * 8000.0                  # room to spare: 400 boxes of 80 x 40
    extent = np.tile([-40.0, -10.0, 40.0, 30.0], (400, 1))
    assert _overlapping_pairs(pos, extent, gap=0) > 0
    assert _overlapping_pairs(html._grid_remove_overlaps(pos, extent), extent, gap=0) == 0


def test_large_component_overlap_removal_gives_up_when_it_stops_helping(monkeypatch):
    rounds = []
    real = html._cell_pairs
    monkeypatch.setattr(html, "_cell_pairs", lambda *a: rounds.append(1) or real(*a))
    rng = np.random.default_rng(7)
    pos = rng.random((600, 2)) * 150.0                   # far too little room: overlaps cannot all go
    extent = np.tile([-40.0, -10.0, 40.0, 30.0], (600, 1))
    before = _overlapping_pairs(pos, extent)
    after = _overlapping_pairs(html._grid_remove_overlaps(pos, extent, rounds=60), extent)
    assert after < before
    assert len(rounds) < 60
    rounds.clear()
    html._grid_remove_overlaps(pos, extent, rounds=60, patience=60)
    assert len(rounds) == 60                             # without the early stop: every round


def test_empty_graph_renders():
    G = nx.MultiDiGraph(documents=[])
    view = graph_to_view(G)
    assert view["nodes"] == [] and view["edges"] == []
    assert "kg-data" in generate_html(G)


# ----------------------------------------------------------------------------- page

def test_news_text_cannot_break_out_of_the_json(contract_graph):
    G = contract_graph.copy()
    G.nodes["hamas"]["name"] = "Hamas " + XSS
    G.nodes["hamas"]["aliases"] = [XSS]
    G.graph["documents"] = [dict(d, title=d["title"] + XSS) for d in G.graph["documents"]]
    G.edges["israel", "hamas", "a.txt#r1"]["evidence"] = "Israeli jets struck " + XSS
    text = view_json(graph_to_view(G))
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e" in text
    page = generate_html(G)
    head, rest = page.split('<script type="application/json" id="kg-data">')
    data, tail = rest.split("</script>", 1)
    assert "__pwned" in data and "__pwned" not in head + tail  # news text only inside the escaped JSON
    structure = parse(page)
    assert [t for t, _ in structure.tags if t in ("script", "img")] == ["script", "script", "script"]
    view = embedded_view(page)
    hamas = next(n for n in view["nodes"] if n["id"] == "hamas")
    assert hamas["label"] == "Hamas " + XSS  # the browser gets the original text back, to show as text
    assert edge(view, "israel", "ASSAULT", "hamas")["evidence"][0]["sentence"] == "Israeli jets struck " + XSS


def test_same_graph_same_bytes(contract_graph):
    first = generate_html(contract_graph)
    assert generate_html(contract_graph) == first
    # same graph built in another insertion order
    G = nx.MultiDiGraph(**copy.deepcopy(contract_graph.graph))
    for n, d in reversed(list(contract_graph.nodes(data=True))):
        G.add_node(n, **copy.deepcopy(d))
    for u, v, k, d in reversed(list(contract_graph.edges(keys=True, data=True))):
        G.add_edge(u, v, key=k, **copy.deepcopy(d))
    assert generate_html(G) == first


def test_page_is_self_contained(contract_graph):
    page = generate_html(contract_graph)
    structure = parse(page)
    for tag, attrs in structure.tags:
        assert tag not in ("link", "iframe", "object", "embed", "base"), tag
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            assert name not in attrs, (tag, attrs)
    assert len(structure.scripts) == 3
    for host in ("cdnjs", "jsdelivr", "unpkg", "googleapis"):
        assert host not in page
    assert not re.search(r"""url\(\s*(?!['"]?data:)""", page.split('id="kg-data"')[0]), "only data: URLs in CSS"
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert "vis-network" in structure.scripts[1][1][:200]  # vis-network itself is inlined


def test_csp_allows_exactly_the_inline_scripts(contract_graph):
    page = generate_html(contract_graph)
    structure = parse(page)
    [csp] = [a["content"] for t, a in structure.tags
             if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [text for attrs, text in structure.scripts if "type" not in attrs]
    assert hashes == {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in code}


def test_write_html_writes_only_the_file(contract_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out" / "graph.html"
    out.parent.mkdir()
    write_html(contract_graph, out)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["out", "out/graph.html"]
    assert out.read_text(encoding="utf-8") == generate_html(contract_graph)
    assert not (Path(os.getcwd()) / "lib").exists()


def test_ontology_dir_is_honoured(contract_graph, tmp_path):
    style = load_style()
    style["types"]["State"]["color"] = "#123456"
    (tmp_path / "style.json").write_text(json.dumps(style), encoding="utf-8")
    view = graph_to_view(contract_graph, ontology_dir=tmp_path)
    assert next(n for n in view["nodes"] if n["id"] == "israel")["color"] == "#123456"
    # no predicates.tsv there: the verb falls back to the predicate
    assert edge(view, "israel", "ASSAULT", "hamas")["verb"] == "assault"


def test_missing_style_file_is_a_clear_error(contract_graph, tmp_path):
    from kg.errors import OntologyError

    with pytest.raises(OntologyError, match="style.json"):
        graph_to_view(contract_graph, ontology_dir=tmp_path)


# ----------------------------------------------------------------------------- view JSON

def _stdlib_view_json(view) -> str:
    text = json.dumps(view, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


TRICKY_VIEW = {
    "zeta": [1, -0.0, 0.1, 0.30000000000000004, 12.5, 2 ** 62, True, None],
    "alpha": {"é": "caf\u00e9 \u2028 \u2029 \U0001F600 \x00 \x1f \x7f \"q\" \\ </script> & <!--",
              "B": [{"b": 1, "a": 2}], "": ""},
}


def test_view_json_is_the_standard_librarys_text(contract_graph, monkeypatch):
    """orjson (when installed) writes what json.dumps would, and hands it what it cannot."""
    import datetime
    view = graph_to_view(contract_graph)
    expected = _stdlib_view_json(view)
    assert view_json(view) == expected
    assert view_json(TRICKY_VIEW) == _stdlib_view_json(TRICKY_VIEW)

    class Name(str):
        def __str__(self):
            return "shown"

    odd = {"when": datetime.date(2024, 1, 2), "big": 2 ** 70, "name": Name("kept"), "path": Path("a/b")}
    assert view_json(odd) == _stdlib_view_json(odd)
    for v in (view, TRICKY_VIEW, odd):   # the page's bytes: the same text
        assert html._view_json_bytes(v) == _stdlib_view_json(v).encode("utf-8")
    monkeypatch.setattr(html, "orjson", None)
    assert view_json(view) == expected
    assert html._view_json_bytes(TRICKY_VIEW) == _stdlib_view_json(TRICKY_VIEW).encode("utf-8")


def test_the_explorer_shows_a_confidence_between_0_and_1(contract_graph):
    G = contract_graph.copy()
    confidences = [0.8, 1.7, -1, float("nan"), "high", True]
    for (u, v, key), c in zip(sorted(G.edges(keys=True)), confidences):
        G.edges[u, v, key]["confidence"] = c
    shown = {e["relation"]: e["confidence"] for edge in graph_to_view(G)["edges"] for e in edge["evidence"]}
    assert [shown[key] for _, _, key in sorted(G.edges(keys=True))][:6] == [0.8, 1.0, 0.0, None, None, None]
