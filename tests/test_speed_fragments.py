"""kg.speed.fragments: the writers' fragments (:class:`~kg.speed.fragments.Fragments`): a
rebuild formats only the actors and relations it has not written before, and every
file is byte for byte the one written without fragments."""

from __future__ import annotations

import pytest
from conftest import build_contract_graph

from kg.export.graphml import graphml_text
from kg.export.json_graph import dumps
from kg.export.rdf import serialize_rdf
from kg.speed.fragments import Fragments

WRITERS = {
    "json": lambda G, fragments=None: dumps(G, fragments),
    "graphml": lambda G, fragments=None: graphml_text(G, fragments),
    "turtle": lambda G, fragments=None: serialize_rdf(G, "turtle", fragments=fragments),
    "nt": lambda G, fragments=None: serialize_rdf(G, "nt", fragments=fragments),
}


def write(kind, G, root):
    """``kind``'s text of ``G`` with the fragments kept in ``root``, and those fragments."""
    fragments = Fragments(root, kind)
    text = WRITERS[kind](G, fragments)
    fragments.save()
    return text, fragments


def changed(G):
    """``G`` after an article: a new relation, an edited one, an actor with one more mention."""
    H = G.copy()
    u, v, key, data = sorted(H.edges(keys=True, data=True), key=lambda e: e[2])[0]
    H.add_edge(v, u, key="z.txt#r1", **dict(data, id="z.txt#r1", doc="z.txt", evidence="They struck back."))
    H.edges[u, v, key]["evidence"] = data["evidence"] + " (updated)"
    node = sorted(H.nodes)[0]
    H.nodes[node]["mentions"] = [*H.nodes[node]["mentions"], {"doc": "z.txt", "text": "it", "start": 0, "end": 2}]
    return H


@pytest.mark.parametrize("kind", WRITERS)
def test_the_text_is_the_same_with_fragments_cold_or_warm(kind, tmp_path):
    G = build_contract_graph()
    plain = WRITERS[kind](G)
    cold, first = write(kind, G, tmp_path)
    warm, second = write(kind, G, tmp_path)
    assert cold == warm == plain
    assert first.hits == 0 and first.added > 0
    assert second.added == 0 and second.hits == first.added


@pytest.mark.parametrize("kind", WRITERS)
def test_a_changed_graph_formats_only_what_changed(kind, tmp_path):
    G = build_contract_graph()
    _, first = write(kind, G, tmp_path)
    H = changed(G)
    text, again = write(kind, H, tmp_path)
    assert text == WRITERS[kind](H)
    # the new and the edited relation (and, where actors are kept, the actor) are new
    assert 2 <= again.added <= 3
    assert again.hits == first.added - again.added + 1


def test_graphml_reuses_an_element_only_with_the_same_key_ids(tmp_path):
    """Key ids are numbered in order of first use: a new actor attribute shifts every
    relation key's id, and a value of another type (a bool where an int was) has a key of
    its own. Kept elements written with other ids are not used."""
    G = build_contract_graph()
    write("graphml", G, tmp_path)
    H = G.copy()
    H.nodes[sorted(H.nodes)[0]]["zone"] = "north"   # a new key: the ids of keys met after it shift
    text, fragments = write("graphml", H, tmp_path)
    assert text == graphml_text(H)
    assert fragments.hits > 0 and fragments.added >= H.number_of_edges() + 1   # every relation written again
    u, v, key = sorted(H.edges(keys=True))[0]
    H.edges[u, v, key]["start"] = True
    assert write("graphml", H, tmp_path)[0] == graphml_text(H)


def test_rdf_with_two_relations_of_one_id_is_still_merged(tmp_path):
    G = build_contract_graph()
    u, v, key, data = sorted(G.edges(keys=True, data=True), key=lambda e: e[2])[0]
    G.add_edge(v, u, key=key, **data)   # the same relation id between the other two actors
    for fmt in ("turtle", "nt"):
        assert write(fmt, G, tmp_path)[0] == serialize_rdf(G, fmt)
        assert write(fmt, G, tmp_path)[0] == serialize_rdf(G, fmt)


def test_rdf_fragments_follow_the_actors_a_relation_names(tmp_path):
    """An attribution to an actor not in the graph is left out; once the actor is in, it is written."""
    G = build_contract_graph()
    u, v, key = sorted(G.edges(keys=True))[0]
    G.edges[u, v, key]["source"] = "newcomer"
    write("turtle", G, tmp_path)
    G.add_node("newcomer", name="Newcomer", type="Person", mentions=[], aliases=[])
    text, _ = write("turtle", G, tmp_path)
    assert text == serialize_rdf(G, "turtle")
    assert "kg:attributedTo actor:newcomer" in text


def test_the_file_keeps_only_what_the_last_build_used(tmp_path):
    G = build_contract_graph()
    write("json", G, tmp_path)
    H = G.copy()
    H.remove_edges_from(list(H.edges(keys=True))[:3])
    _, fragments = write("json", H, tmp_path)
    assert fragments.added == 0
    again = Fragments(tmp_path, "json")
    assert len(again._old) == H.number_of_nodes() + H.number_of_edges()


def test_a_damaged_or_stale_file_costs_time_only(tmp_path):
    G = build_contract_graph()
    _, fragments = write("graphml", G, tmp_path)
    fragments.path.write_bytes(b"not marshal data")
    text, again = write("graphml", G, tmp_path)
    assert text == graphml_text(G) and again.hits == 0
    stale = fragments.path.with_name("graphml-0123456789abcdef.marshal")   # another version of kg's
    stale.write_bytes(b"")
    write("graphml", changed(G), tmp_path)
    assert sorted(p.name for p in fragments.path.parent.iterdir()) == [fragments.path.name]


def test_keys_tell_values_of_other_types_apart():
    assert len({Fragments.key((1,)), Fragments.key((1.0,)), Fragments.key((True,)), Fragments.key(("1",))}) == 4
    assert Fragments.key((0.0,)) != Fragments.key((-0.0,))
    assert Fragments.key(({"a": 1, "b": [2]},)) == Fragments.key(({"a": 1, "b": [2]},))
    assert Fragments.key((object(),)) is None


@pytest.mark.parametrize("kind", ["json", "graphml", "turtle", "nt", "html"])
def test_each_file_is_written_piece_by_piece_as_its_text(kind, tmp_path):
    """The writers stream their pieces to the file; the bytes are those of the text."""
    from kg.export import graphml, html, json_graph, rdf
    G = changed(build_contract_graph())
    G.edges[next(iter(G.edges(keys=True)))]["evidence"] = "Ceasefire “now” \u2028 <b>&</b> 🕊"
    path = tmp_path / f"graph.{kind}"
    for fragments in (None, Fragments(tmp_path, kind), Fragments(tmp_path, kind)):
        if kind == "html":
            html.write_html(G, path)
            text = html.generate_html(G)
        elif kind == "json":
            json_graph.write_json(G, path, fragments=fragments)
            text = WRITERS[kind](G)
        elif kind == "graphml":
            graphml.write_graphml(G, path, fragments=fragments)
            text = WRITERS[kind](G)
        else:
            rdf.write_rdf(G, path, kind, fragments=fragments)
            text = WRITERS[kind](G)
        if fragments is not None:
            fragments.save()
        assert path.read_bytes() == text.encode("utf-8")
    assert "🕊" in text
