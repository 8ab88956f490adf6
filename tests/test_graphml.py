"""kg.export.graphml: byte for byte networkx's GraphML of the flattened graph, written faster."""

from __future__ import annotations

import copy
import datetime
import io
import json

import networkx as nx
import pytest
from fake_fragments import MemoryFragments

from kg.export import graphml
from kg.export.graphml import graph_to_graphml_graph, graphml_parts, graphml_text, write_graphml, xml_chars


def networkx_text(G: nx.MultiDiGraph) -> str:
    """What ``networkx.write_graphml`` writes for the flattened graph."""
    out = io.BytesIO()
    nx.write_graphml(graph_to_graphml_graph(G), out, encoding="utf-8", prettyprint=True)
    return out.getvalue().decode("utf-8")


def odd_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "title": 'Tom & "Jerry" <b>'}], model="m")
    G.add_node("a&b", name="A <b> & \"c\"\n\ttab", type="Group", lat=1.5, count=3, flag=True, empty="", none=None)
    G.add_node("z", name="Z", type="State", aliases=["Z", "Zed"], ids={"iso3": "ZZZ"})
    G.add_edge("a&b", "z", key="r\u00e9 1", predicate="ACCUSE", evidence="x\r\ny", confidence=0.25)
    G.add_edge("z", "z", key="self", predicate="LOCATED_IN")
    return G


@pytest.mark.parametrize("make", [lambda g: g, lambda g: odd_graph(), lambda g: nx.MultiDiGraph()],
                         ids=["contract", "odd", "empty"])
def test_the_text_is_networkx_s(contract_graph, make):
    G = make(contract_graph)
    assert graphml_text(G) == networkx_text(G)


def test_lists_and_dicts_are_json_strings_and_none_is_left_out(contract_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(contract_graph, path)
    H = nx.read_graphml(path, force_multigraph=True)
    israel = H.nodes["israel"]
    assert json.loads(israel["aliases"]) == ["Israel", "Israeli", "Tel Aviv"]
    assert json.loads(israel["ids"]) == {"geonames": "294640", "iso3": "ISR", "wikidata": "Q801"}
    assert "lat" not in israel and "kind" not in israel
    assert json.loads(H.graph["documents"])[0]["id"] == "a.txt"
    edge = H.edges["israel", "hamas", "a.txt#r2"]
    assert (edge["predicate"], edge["modality"], edge["asserted"], edge["start"]) == ("ASSAULT", "negated", False, 80)
    assert H.number_of_edges() == contract_graph.number_of_edges()


def test_the_graph_is_not_changed(contract_graph):
    before = copy.deepcopy(contract_graph)
    graphml_text(contract_graph)
    graph_to_graphml_graph(contract_graph)
    assert nx.utils.graphs_equal(before, contract_graph)
    assert list(before.nodes(data=True)) == list(contract_graph.nodes(data=True))


def test_what_the_fast_writer_cannot_write_goes_through_networkx(contract_graph, tmp_path):
    G = contract_graph.copy()
    G.nodes["israel"]["since"] = datetime.date(1948, 5, 14)
    with pytest.raises(graphml._Unsupported):
        graphml_parts(G)
    with pytest.raises(nx.NetworkXError):   # networkx cannot either: the same error as before
        write_graphml(G, tmp_path / "g.graphml")
    H = contract_graph.copy()
    H.graph["id"] = "special"                # networkx treats a graph's "id" specially
    with pytest.raises(graphml._Unsupported):
        graphml_parts(H)
    write_graphml(H, tmp_path / "h.graphml")
    assert (tmp_path / "h.graphml").read_text(encoding="utf-8") == networkx_text(H)


@pytest.mark.parametrize("bad", ["\ud800", "\x00", "\x1b", "\x0b", "\ufffe", "\uffff"])
def test_characters_xml_cannot_hold_become_replacement_characters(tmp_path, bad):
    """XML 1.0 has no way to write these, not even a character reference: U+FFFD stands for each."""
    G = nx.MultiDiGraph()
    G.add_node("x", name=f"half {bad} bad", aliases=[f"a{bad}"])
    G.add_edge("x", "x", key=f"k{bad}", evidence=f"e{bad}\x7f\t")
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    H = nx.read_graphml(path, force_multigraph=True)       # parses: the file is valid XML
    assert H.nodes["x"]["name"] == "half \ufffd bad"
    # a JSON string escapes a control character instead (not a surrogate or a non-character)
    assert json.loads(H.nodes["x"]["aliases"]) == ["a\ufffd" if bad in "\ud800\ufffe\uffff" else f"a{bad}"]
    assert list(H.edges(keys=True, data="evidence")) == [("x", "x", "k\ufffd", "e\ufffd\x7f\t")]


def test_xml_chars_keeps_what_xml_holds():
    text = "tab\t lf\n cr\r del\x7f nel\x85 \u2028 \U0001F600 \ufffd"
    assert xml_chars(text) == text
    assert xml_chars("a\x00\x08b\x1f") == "a\ufffd\ufffdb\ufffd"


def test_the_networkx_writer_gets_a_clean_graph_too():
    G = nx.MultiDiGraph(note="n\x00")
    G.add_node("a\x01", name="b\x02")
    H = graph_to_graphml_graph(G)
    assert (H.graph["note"], list(H.nodes(data="name"))) == ("n\ufffd", [("a\ufffd", "b\ufffd")])


def test_fragments_give_the_same_text_and_are_reused(contract_graph):
    fragments = MemoryFragments()
    cold = graphml_text(contract_graph, fragments)
    assert cold == graphml_text(contract_graph)
    elements = contract_graph.number_of_nodes() + contract_graph.number_of_edges()
    assert (fragments.made, fragments.reused) == (elements, 0)
    assert graphml_text(contract_graph, fragments) == cold
    assert fragments.reused == elements


def test_a_kept_element_is_not_used_where_its_key_ids_differ(contract_graph):
    fragments = MemoryFragments()
    graphml_text(contract_graph, fragments)
    G = contract_graph.copy()
    G.add_node("aaa", name="First", type="Group", zzz_new="takes a key id before the others")
    G.nodes["egypt"]["early"] = 1            # a new attribute on an early node shifts every later key id
    assert graphml_text(G, fragments) == graphml_text(G)
