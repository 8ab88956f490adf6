"""kg.graph: per-document extractions merged into the MultiDiGraph every exporter reads (its contract),
each actor typed by its mentions' votes (ties in the ontology's type order), each relation given its family."""

from __future__ import annotations

import dataclasses

import pytest

from kg.corpus import Document
from kg.graph import build_graph
from kg.ontology import default_ontology
from kg.records import Actor, Extraction, Mention, Relation

NODE_KEYS = {"name", "type", "aliases", "mentions", "ids", "lat", "lon", "country", "kind", "affiliations",
             "doc_types"}
EDGE_KEYS = {"id", "predicate", "family", "doc", "evidence", "start", "end", "trigger", "trigger_start",
             "trigger_end", "asserted", "modality", "role", "source", "confidence", "rule", "cameo", "subject_cameo",
             "object_cameo"}


def mention(doc: str, text: str, start: int, **kw) -> Mention:
    return Mention(doc, text, start, start + len(text), **kw)


def actor(actor_id: str, name: str, type_: str, *mentions: Mention, **kw) -> Actor:
    return Actor(actor_id, name, type_, tuple(sorted({m.text for m in mentions})), tuple(mentions), **kw)


def relation(rid: str, subj: str, predicate: str, obj: str, doc: str, start: int, **kw) -> Relation:
    sentence = f"{subj} {predicate.lower()} {obj}."
    return Relation(rid, subj, predicate, obj, doc, sentence, start, start + len(sentence), predicate.lower(),
                    start + len(subj) + 1, start + len(subj) + 1 + len(predicate), **kw)


def extraction(doc: str, actors=(), relations=(), **meta) -> Extraction:
    return Extraction(Document(doc, "text", **meta), tuple(actors), tuple(relations))


def two_documents() -> list[Extraction]:
    a = extraction("a.txt", [
        actor("israel", "Israel", "State", mention("a.txt", "Israel", 0), mention("a.txt", "Israeli", 40),
              ids=(("iso3", "ISR"), ("wikidata", "Q801"))),
        actor("hamas", "Hamas", "Group", mention("a.txt", "Hamas", 20)),
        actor("gaza", "Gaza Strip", "Place", mention("a.txt", "Gaza", 30), lat=31.4, lon=34.4, country="palestine"),
    ], [relation("a2", "israel", "ASSAULT", "gaza", "a.txt", 30),
        relation("a1", "israel", "ASSAULT", "hamas", "a.txt", 0, modality="negated", asserted=False),
        relation("a3", "hamas", "ACCUSE", "nobody", "a.txt", 50)], title="A", date="2024-01-02")
    b = extraction("b.txt", [
        actor("israel", "Israel", "Place", mention("b.txt", "Israel", 5, metonymy=True)),
        actor("hamas", "Hamas", "Group", mention("b.txt", "Hamas", 0)),
    ], [relation("b1", "hamas", "CONSULT", "israel", "b.txt", 0, rule="clause.active", cameo="04")], title="B")
    return [a, b]


@pytest.fixture
def G():
    return build_graph(two_documents(), model="test-model")


def test_the_contract(G):
    assert G.graph == {"documents": [
        {"id": "a.txt", "title": "A", "date": "2024-01-02", "url": None, "source": None},
        {"id": "b.txt", "title": "B", "date": None, "url": None, "source": None}], "model": "test-model"}
    assert sorted(G.nodes) == ["gaza", "hamas", "israel"]
    for _, data in G.nodes(data=True):
        assert set(data) == NODE_KEYS
    for _, _, key, data in G.edges(keys=True, data=True):
        assert set(data) == EDGE_KEYS and data["id"] == key
    israel = G.nodes["israel"]
    assert israel["aliases"] == ["Israel", "Israeli"]
    assert israel["mentions"] == [
        {"doc": "a.txt", "text": "Israel", "start": 0, "end": 6},
        {"doc": "a.txt", "text": "Israeli", "start": 40, "end": 47},
        {"doc": "b.txt", "text": "Israel", "start": 5, "end": 11, "metonymy": True}]
    assert israel["ids"] == {"iso3": "ISR", "wikidata": "Q801"}
    assert israel["doc_types"] == {"a.txt": "State", "b.txt": "Place"}
    assert (G.nodes["gaza"]["lat"], G.nodes["gaza"]["country"]) == (31.4, "palestine")


def test_relations_to_unknown_actors_are_left_out(G):
    assert sorted(G.edges(keys=True)) == [
        ("hamas", "israel", "b1"), ("israel", "gaza", "a2"), ("israel", "hamas", "a1")]
    b1 = G.edges["hamas", "israel", "b1"]
    assert (b1["rule"], b1["cameo"], b1["asserted"], b1["modality"]) == ("clause.active", "04", True, "asserted")
    assert G.edges["israel", "hamas", "a1"]["modality"] == "negated"


def test_families_come_from_the_ontology(G):
    assert G.edges["israel", "gaza", "a2"]["family"] == "violence"
    assert G.edges["hamas", "israel", "b1"]["family"] == "cooperation"
    base = default_ontology()
    assault = dataclasses.replace(base.predicates["ASSAULT"], family="kinetic")
    onto = dataclasses.replace(base, predicates={**base.predicates, "ASSAULT": assault})
    H = build_graph(two_documents(), onto)
    assert H.edges["israel", "gaza", "a2"]["family"] == "kinetic"
    unknown = dataclasses.replace(base, predicates={k: v for k, v in base.predicates.items() if k != "CONSULT"})
    assert build_graph(two_documents(), unknown).edges["hamas", "israel", "b1"]["family"] is None


def test_the_type_most_mentions_carry_wins(G):
    # Israel: 2 mentions as a State, 1 as a Place
    assert G.nodes["israel"]["type"] == "State"


def test_a_tie_goes_to_the_type_first_in_the_ontology_order():
    docs = [extraction("a.txt", [actor("x", "X", "Place", mention("a.txt", "X", 0))]),
            extraction("b.txt", [actor("x", "X", "Group", mention("b.txt", "X", 0))])]
    base = default_ontology()
    assert base.actor_types.index("Group") < base.actor_types.index("Place")
    assert build_graph(docs).nodes["x"]["type"] == "Group"
    places_first = dataclasses.replace(base, actor_types=("Place", "State", "Group", "Official", "Person"))
    assert build_graph(docs, places_first).nodes["x"]["type"] == "Place"
    # a type the order does not name loses the tie
    docs.append(extraction("c.txt", [actor("y", "Y", "Militia", mention("c.txt", "Y", 0)),
                                     actor("y", "Y", "Person", mention("c.txt", "Y", 9))]))
    assert build_graph(docs).nodes["y"]["type"] == "Person"


def test_arrival_order_of_actors_does_not_matter():
    one = build_graph(two_documents())
    docs = [dataclasses.replace(ex, actors=tuple(reversed(ex.actors)), relations=tuple(reversed(ex.relations)))
            for ex in two_documents()]
    two = build_graph(docs)
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(two.edges(keys=True, data=True))


def test_the_extractions_are_not_changed():
    docs = two_documents()
    before = [dataclasses.asdict(ex) for ex in docs]
    build_graph(docs)
    assert [dataclasses.asdict(ex) for ex in docs] == before


def test_empty():
    G = build_graph([])
    assert (G.number_of_nodes(), G.number_of_edges(), G.graph) == (0, 0, {"documents": [], "model": None})


# -- CAMEO codes: an actor's on the latest article, each relation's actors' on its own -------------

def _coded(doc: str, date: str | None, code: str) -> Extraction:
    return extraction(doc, [actor("karzai", "Hamid Karzai", "Official", mention(doc, "Karzai", 0),
                                  ids=(("cameo", code), ("wikidata", "Q47270"))),
                            actor("un", "United Nations", "Group", mention(doc, "UN", 20), ids=(("cameo", "IGOUNO"),))],
                      [relation(f"{doc}-1", "karzai", "CONSULT", "un", doc, 0, cameo="040")], date=date)


def test_an_actor_carries_the_code_of_its_latest_article():
    dated = [_coded("a.txt", "2005-03-01", "AFGGOV"), _coded("b.txt", "2015-06-01T10:00Z", "AFGELI"),
             _coded("c.txt", "2010-01-01", "AFGGOV")]
    G = build_graph(dated)
    assert G.nodes["karzai"]["ids"] == {"cameo": "AFGELI", "wikidata": "Q47270"}   # sorted, as the other ids
    assert list(G.nodes["karzai"]["ids"]) == ["cameo", "wikidata"]
    # an undated article's codes are the latest (in force now); the first of two undated ones wins
    G = build_graph([*dated, _coded("d.txt", None, "AFGOPP"), _coded("e.txt", "not a date", "AFGREB")])
    assert G.nodes["karzai"]["ids"]["cameo"] == "AFGOPP"
    assert "cameo_rank" not in G.nodes["karzai"]


def test_each_relation_carries_its_actors_codes_on_its_article():
    G = build_graph([_coded("a.txt", "2005-03-01", "AFGGOV"), _coded("b.txt", "2015-06-01", "AFGELI")])
    a, b = G.edges["karzai", "un", "a.txt-1"], G.edges["karzai", "un", "b.txt-1"]
    assert (a["subject_cameo"], a["object_cameo"], a["cameo"]) == ("AFGGOV", "IGOUNO", "040")
    assert (b["subject_cameo"], b["object_cameo"]) == ("AFGELI", "IGOUNO")
    c = build_graph(two_documents()).edges["hamas", "israel", "b1"]
    assert (c["subject_cameo"], c["object_cameo"]) == (None, None)   # no code known


def test_an_event_without_a_code_takes_its_predicates():
    G = build_graph(two_documents())
    assert G.edges["israel", "gaza", "a2"]["cameo"] == default_ontology().predicates["ASSAULT"].cameo
    assert G.edges["hamas", "israel", "b1"]["cameo"] == "04"                          # the rule's own wins
    located = extraction("c.txt", [actor("gaza", "Gaza", "Place", mention("c.txt", "Gaza", 0)),
                                   actor("pse", "Palestine", "State", mention("c.txt", "Palestine", 9))],
                         [relation("c1", "gaza", "LOCATED_IN", "pse", "c.txt", 0)])
    assert build_graph([located]).edges["gaza", "pse", "c1"]["cameo"] is None          # structural: none
