"""kg.export.html_view: the explorer's view model, from the graph and the ontology it is given."""

from __future__ import annotations

import dataclasses

from kg.export.html_layout import layout_positions
from kg.export.html_view import _edge_width, _label_box, graph_to_view
from kg.ontology import Predicate, default_ontology


def edge(view: dict, subj: str, predicate: str, obj: str) -> dict:
    [found] = [e for e in view["edges"] if (e["from"], e["predicate"], e["to"]) == (subj, predicate, obj)]
    return found


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
    style = default_ontology().style
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
    style = default_ontology().style
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


def test_the_explorer_shows_a_confidence_between_0_and_1(contract_graph):
    G = contract_graph.copy()
    confidences = [0.8, 1.7, -1, float("nan"), "high", True]
    for (u, v, key), c in zip(sorted(G.edges(keys=True)), confidences):
        G.edges[u, v, key]["confidence"] = c
    shown = {e["relation"]: e["confidence"] for edge in graph_to_view(G)["edges"] for e in edge["evidence"]}
    assert [shown[key] for _, _, key in sorted(G.edges(keys=True))][:6] == [0.8, 1.0, 0.0, None, None, None]


# ----------------------------------------------------------------------------- the ontology it is given

def test_style_and_verbs_come_from_the_given_ontology(contract_graph):
    base = default_ontology()
    state = {**base.style["types"]["State"], "color": "#123456"}
    style = {**base.style, "types": {**base.style["types"], "State": state}}
    assault = dataclasses.replace(base.predicates["ASSAULT"], label="attacked")
    onto = dataclasses.replace(base, style=style, predicates={**base.predicates, "ASSAULT": assault})
    view = graph_to_view(contract_graph, ontology=onto)
    assert next(n for n in view["nodes"] if n["id"] == "israel")["color"] == "#123456"
    assert next(t for t in view["legend"]["types"] if t["type"] == "State")["color"] == "#123456"
    assert edge(view, "israel", "ASSAULT", "hamas")["verb"] == "attacked"
    assert edge(graph_to_view(contract_graph), "israel", "ASSAULT", "hamas")["verb"] == "assaulted"


def test_a_predicate_the_ontology_adds_gets_its_label_and_family_colour(contract_graph):
    base = default_ontology()
    blockade = Predicate("BLOCKADE", "coercion", "event", "COERCE", "191", "blockaded", "close a port or border to")
    onto = dataclasses.replace(base, predicates={**base.predicates, "BLOCKADE": blockade})
    G = contract_graph.copy()
    G.add_edge("israel", "palestine", key="x", **{**G.edges["israel", "hamas", "a.txt#r1"], "id": "x",
                                                   "predicate": "BLOCKADE", "family": "coercion"})
    e = edge(graph_to_view(G, ontology=onto), "israel", "BLOCKADE", "palestine")
    assert (e["verb"], e["color"]) == ("blockaded", base.style["families"]["coercion"]["color"])
    # without a label the verb is the predicate in lower case
    assert edge(graph_to_view(G), "israel", "BLOCKADE", "palestine")["verb"] == "blockade"


def test_types_and_families_the_style_lacks_get_the_fallback_look(contract_graph):
    base = default_ontology()
    style = {**base.style, "types": {k: v for k, v in base.style["types"].items() if k != "Place"}}
    view = graph_to_view(contract_graph, ontology=dataclasses.replace(base, style=style))
    place = next(n for n in view["nodes"] if n["id"] == "khan-yunis-ps")
    assert (place["color"], place["shape"]) == (style["fallback"]["type"]["color"], style["fallback"]["type"]["shape"])
    assert view["filters"]["types"][-1] == "Place"          # after the styled types
    assert view["legend"]["types"][-1] == {"type": "Place", "count": 1, **style["fallback"]["type"]}
