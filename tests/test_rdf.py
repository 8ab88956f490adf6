"""The RDF export: ontology and namespace agree, the triples are right, output is stable and valid."""

from __future__ import annotations

import copy
import dataclasses
import re

import networkx as nx
import pyoxigraph
import pyshacl
import pytest
import rdflib
from graph_records import actor_attrs, relation_attrs
from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import ExportError, OntologyError
from kg.export.rdf import graph_to_rdf, predicate_table, serialize_rdf, validate_rdf, write_rdf
from kg.namespace import (
    ACTOR_BASE,
    ARTICLE_BASE,
    KG,
    KG_NS,
    PREFIXES,
    RELATION_BASE,
    actor_iri,
    article_iri,
    relation_iri,
)
from kg.ontology import Predicate, default_ontology

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
GEO = rdflib.Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
SDO = rdflib.Namespace("https://schema.org/")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: rdflib's XSD warns on probing

# A name with a space, quotes, a backslash, unicode and markup, used as id, name and evidence.
ODD_ID = 'al-quds "brigades" <x>'
ODD_NAME = 'Al-Quds "Brigades" <b>\\ كتائب القدس'
ODD_SENTENCE = 'Al-Quds "Brigades" <b>\\ كتائب القدس fired\trockets at Israel,\nthe group said.'


def _rel(rid, predicate, doc, sentence, trigger, **kw):
    return relation_attrs(rid, predicate, predicate_table()[predicate][0], doc, sentence, trigger, **kw)


DOCS = [
    {"id": "000_a.txt", "title": 'Israel hits Khan Younis amid "truce" talks', "date": "2024-01-31",
     "url": "https://example.org/news/a b?x=1", "source": "Reuters"},
    {"id": "sub dir/b.txt", "title": "Qatar mediates", "date": "2024-02-01T09:30:00Z", "url": None,
     "source": None},
    {"id": "c.txt", "title": "Talks on hold", "date": "early February", "url": None, "source": None},
]

ACTORS = {
    "israel": actor_attrs("Israel", "State", aliases=["Israeli", "Israelis"], docs=["000_a.txt", "sub dir/b.txt"],
                     ids={"cameo": "ISR", "iso3": "ISR", "wikidata": "Q801", "geonames": "294640"}),
    "hamas": actor_attrs("Hamas", "Group", docs=["000_a.txt", "sub dir/b.txt"],
                         ids={"cameo": "PSEREBHMS", "wikidata": "Q38813"},
                    kind="armed group"),
    "khan younis": actor_attrs("Khan Younis", "Place", aliases=["Khan Yunis"], docs=["000_a.txt"],
                          ids={"wikidata": "Q1335", "geonames": "281133"}, lat=31.34, lon=34.30,
                          country="palestine"),
    "palestine": actor_attrs("Palestine", "State", aliases=["Palestinian"], docs=["000_a.txt"],
                        ids={"iso3": "PSE", "wikidata": "Q219060"}),
    "eylon-levy": actor_attrs("Eylon Levy", "Official", docs=["000_a.txt"],
                         affiliations=[{"actor": "israel", "role": "spokesperson", "start": None, "end": None},
                                       {"actor": "not-a-node", "role": "member", "start": None, "end": None}]),
    "qatar": actor_attrs("Qatar", "State", docs=["sub dir/b.txt"], ids={"iso3": "QAT", "wikidata": "Q846"}),
    "egypt": actor_attrs("Egypt", "State", aliases=["Egyptian"], docs=["sub dir/b.txt", "c.txt"],
                    ids={"iso3": "EGY", "wikidata": "Q79"}),
    "reuters": actor_attrs("Reuters", "Group", docs=["000_a.txt"], kind="news agency"),
    "kassem-shurrab": actor_attrs("Kassem Shurrab", "Person", docs=["000_a.txt"],
                             affiliations=[{"actor": "reuters", "role": "journalist", "start": None, "end": None}]),
    ODD_ID: actor_attrs(ODD_NAME, "Group", aliases=["Al-Quds"], docs=["c.txt"]),
}

S_HIT = "Israel hits Khan Younis amid talks on one-month Gaza truce"
S_NOT = "Israel did not strike Hamas overnight."
S_MED = "Qatar shuttled between Israel and Hamas."
S_LEVY = "Israeli spokesperson Eylon Levy said the strikes would go on."
S_KY = "Khan Younis, a town on the edge of the Gaza Strip, was shelled."
S_MET = "Israel held talks with Egypt in Cairo."
S_MAY = "Hamas may meet Egypt next week."
S_FIRE = "Israel fired on Khan Younis again."

RELATIONS = [
    ("israel", "khan younis", {**_rel("000_a.txt#r1", "ASSAULT", "000_a.txt", S_HIT, "hits", source="reuters"),
                               "cameo": "190", "subject_cameo": "ISR", "object_cameo": "PSE"}),
    ("israel", "hamas", _rel("000_a.txt#r2", "ASSAULT", "000_a.txt", S_NOT, "strike", start=60,
                             modality="negated", confidence=0.75)),
    ("eylon-levy", "israel", _rel("000_a.txt#r3", "AFFILIATED_WITH", "000_a.txt", S_LEVY, "spokesperson",
                                  start=100, role="spokesperson")),
    ("khan younis", "palestine", _rel("000_a.txt#r4", "LOCATED_IN", "000_a.txt", S_KY, "on the edge of",
                                      start=170)),
    ("israel", "khan younis", _rel("000_a.txt#r5", "ASSAULT", "000_a.txt", S_FIRE, "fired", start=240)),
    ("qatar", "israel", _rel("sub dir/b.txt#r1", "MEDIATE", "sub dir/b.txt", S_MED, "shuttled")),
    ("qatar", "hamas", _rel("sub dir/b.txt#r2", "MEDIATE", "sub dir/b.txt", S_MED, "shuttled")),
    ("israel", "egypt", _rel("sub dir/b.txt#r3", "CONSULT", "sub dir/b.txt", S_MET, "held talks", start=50)),
    ("hamas", "egypt", _rel("c.txt#r1", "CONSULT", "c.txt", S_MAY, "meet", modality="hypothetical",
                            confidence=0.5)),
    (ODD_ID, "israel", _rel("c.txt#r 2", "ASSAULT", "c.txt", ODD_SENTENCE, "fired", start=40)),
]


def build_rdf_fixture(*, reverse: bool = False) -> nx.MultiDiGraph:
    """A hand-made graph per the contract of :mod:`kg.graph`; ``reverse`` inserts in reverse order."""
    G = nx.MultiDiGraph(documents=copy.deepcopy(DOCS), model="test")
    actors = list(ACTORS.items())
    relations = list(RELATIONS)
    if reverse:
        actors.reverse()
        relations.reverse()
    for actor_id, data in actors:
        G.add_node(actor_id, **copy.deepcopy(data))
    for subj, obj, attrs in relations:
        G.add_edge(subj, obj, key=attrs["id"], **copy.deepcopy(attrs))
    return G


@pytest.fixture
def fixture_graph() -> nx.MultiDiGraph:
    return build_rdf_fixture()


@pytest.fixture
def rdf(fixture_graph) -> rdflib.Graph:
    return graph_to_rdf(fixture_graph)


def A(actor_id: str) -> URIRef:
    return URIRef(actor_iri(actor_id))


def R(rel_id: str) -> URIRef:
    return URIRef(relation_iri(rel_id))


def D(doc_id: str) -> URIRef:
    return URIRef(article_iri(doc_id))


# ---------------------------------------------------------------- the triples

def test_actor_triples(rdf):
    israel = A("israel")
    assert set(rdf.objects(israel, RDF.type)) == {KG.Actor, KG.State}
    assert list(rdf.objects(israel, RDFS.label)) == [Literal("Israel")]
    assert set(rdf.objects(israel, SKOS.altLabel)) == {Literal("Israeli"), Literal("Israelis")}
    assert set(rdf.objects(israel, OWL.sameAs)) == {URIRef("http://www.wikidata.org/entity/Q801"),
                                                    URIRef("https://sws.geonames.org/294640/")}
    assert (israel, KG.iso3, Literal("ISR")) in rdf
    assert (israel, KG.cameo, Literal("ISR")) in rdf and (A("hamas"), KG.cameo, Literal("PSEREBHMS")) in rdf
    assert not list(rdf.objects(A("qatar"), KG.cameo))   # no code known
    assert (israel, KG.mentionCount, Literal(2)) in rdf
    assert set(rdf.objects(israel, KG.mentionedIn)) == {D("000_a.txt"), D("sub dir/b.txt")}
    place = A("khan younis")
    assert str(place) == ACTOR_BASE + "khan%20younis"
    assert set(rdf.objects(place, RDF.type)) == {KG.Actor, KG.Place}
    assert (place, GEO.lat, Literal("31.34", datatype=XSD.decimal)) in rdf
    assert (place, GEO.long, Literal("34.3", datatype=XSD.decimal)) in rdf
    assert (place, KG.country, A("palestine")) in rdf
    assert (A("hamas"), KG.kind, Literal("armed group")) in rdf
    assert set(rdf.objects(A("eylon-levy"), RDF.type)) == {KG.Actor, KG.Official}
    assert (A("kassem-shurrab"), RDF.type, KG.Person) in rdf
    odd = A(ODD_ID)
    assert list(rdf.objects(odd, RDFS.label)) == [Literal(ODD_NAME)]


def test_knowledge_base_affiliation_is_a_direct_member_of_only(rdf):
    levy = A("eylon-levy")
    assert list(rdf.objects(levy, KG.memberOf)) == [A("israel")]  # the unknown actor is left out
    assert not set(rdf.subjects(KG.object, A("not-a-node")))
    # the text affiliation is a relation node with its role; the KB one is not
    nodes = set(rdf.subjects(KG.subject, levy))
    assert nodes == {R("000_a.txt#r3")}
    assert (R("000_a.txt#r3"), KG.role, Literal("spokesperson")) in rdf
    assert (levy, KG.affiliatedWith, A("israel")) in rdf


def test_relation_node(rdf):
    r = R("000_a.txt#r1")
    assert str(r) == RELATION_BASE + "000_a.txt%23r1"
    assert set(rdf.objects(r, RDF.type)) == {KG.Relation, KG.Event}
    expected = {
        (KG.subject, A("israel")), (KG.predicate, KG.assault), (KG.object, A("khan younis")),
        (KG.evidence, Literal(S_HIT)), (KG.start, Literal(0)), (KG.end, Literal(len(S_HIT))),
        (KG.trigger, Literal("hits")), (KG.triggerStart, Literal(7)), (KG.triggerEnd, Literal(11)),
        (KG.asserted, Literal(True)), (KG.modality, Literal("asserted")), (KG.family, Literal("violence")),
        (KG.confidence, Literal("0.9", datatype=XSD.decimal)), (KG.attributedTo, A("reuters")),
        (PROV.wasDerivedFrom, D("000_a.txt")), (KG.cameo, Literal("190")),
    }
    assert set(rdf.predicate_objects(r)) - {(RDF.type, KG.Relation), (RDF.type, KG.Event)} == expected
    assert rdf.value(r, KG.start).datatype == XSD.integer
    assert rdf.value(r, KG.asserted).datatype == XSD.boolean


def test_structural_relation_is_not_an_event(rdf):
    assert set(rdf.objects(R("000_a.txt#r4"), RDF.type)) == {KG.Relation}
    assert set(rdf.objects(R("000_a.txt#r3"), RDF.type)) == {KG.Relation}


def test_only_asserted_relations_are_direct_triples(rdf):
    assert (A("israel"), KG.assault, A("khan younis")) in rdf
    assert (A("israel"), KG.assault, A("hamas")) not in rdf  # negated
    assert (A("hamas"), KG.consult, A("egypt")) not in rdf  # hypothetical
    assert (A("israel"), KG.consult, A("egypt")) in rdf
    negated = R("000_a.txt#r2")
    assert (negated, KG.asserted, Literal(False)) in rdf
    assert (negated, KG.modality, Literal("negated")) in rdf
    # two asserted ASSAULTs on Khan Younis give one direct triple and two nodes
    assert len(list(rdf.triples((A("israel"), KG.assault, A("khan younis"))))) == 1
    assert len(set(rdf.subjects(KG.object, A("khan younis"))) & set(rdf.subjects(KG.predicate, KG.assault))) == 2


def test_articles(rdf):
    a = D("000_a.txt")
    assert (a, RDF.type, KG.Article) in rdf
    assert (a, DCT.identifier, Literal("000_a.txt")) in rdf
    assert (a, DCT.title, Literal('Israel hits Khan Younis amid "truce" talks')) in rdf
    assert (a, DCT.date, Literal("2024-01-31", datatype=XSD.date)) in rdf
    assert (a, DCT.source, Literal("Reuters")) in rdf
    assert (a, SDO.url, URIRef("https://example.org/news/a%20b?x=1")) in rdf
    b = D("sub dir/b.txt")
    assert str(b) == ARTICLE_BASE + "sub%20dir%2Fb.txt"
    assert rdf.value(b, DCT.date) == Literal("2024-02-01T09:30:00Z", datatype=XSD.dateTime)
    assert rdf.value(D("c.txt"), DCT.date) == Literal("early February")
    assert (R("c.txt#r 2"), PROV.wasDerivedFrom, D("c.txt")) in rdf


def test_odd_text_survives(rdf):
    r = R("c.txt#r 2")
    assert str(rdf.value(r, KG.evidence)) == ODD_SENTENCE
    assert rdf.value(r, KG.subject) == A(ODD_ID)


UNSAFE_IRI = re.compile(r'[\s<>"{}|^`\\]')


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_no_blank_nodes_and_only_safe_iris(fixture_graph, fmt):
    g = rdflib.Graph().parse(data=serialize_rdf(fixture_graph, fmt), format=fmt)
    for triple in g:
        for term in triple:
            assert not isinstance(term, rdflib.BNode)
            if isinstance(term, URIRef):
                assert not UNSAFE_IRI.search(term), term
                pyoxigraph.NamedNode(str(term))  # raises on an invalid IRI


def test_exact_triples_of_a_minimal_graph():
    G = nx.MultiDiGraph(documents=[{"id": "d1", "title": "T", "date": None, "url": None, "source": None}])
    G.add_node("x", name="X", type="State", aliases=["X", "Ex"], mentions=[{"doc": "d1", "text": "X",
               "start": 0, "end": 1}], ids={}, lat=None, lon=None, country=None, affiliations=[], kind=None)
    G.add_node("y", name="Y", type="Place", aliases=["Y"], mentions=[], ids={"geonames": 7}, lat=1.5,
               lon=-2.25, country=None, affiliations=[], kind=None)
    G.add_edge("x", "y", key="r", id="r", predicate="AID", family="cooperation", doc="d1", evidence="X aids Y.",
               start=3, end=11, trigger="aids", trigger_start=5, trigger_end=9, asserted=True,
               modality="asserted", role=None, source=None, confidence=None)
    x, y, r, d = A("x"), A("y"), R("r"), D("d1")
    expected = rdflib.Graph()
    for t in [
        (x, RDF.type, KG.Actor), (x, RDF.type, KG.State), (x, RDFS.label, Literal("X")),
        (x, SKOS.altLabel, Literal("Ex")), (x, KG.mentionCount, Literal(1)), (x, KG.mentionedIn, d),
        (x, KG.aid, y),
        (y, RDF.type, KG.Actor), (y, RDF.type, KG.Place), (y, RDFS.label, Literal("Y")),
        (y, OWL.sameAs, URIRef("https://sws.geonames.org/7/")), (y, KG.mentionCount, Literal(0)),
        (y, GEO.lat, Literal("1.5", datatype=XSD.decimal)), (y, GEO.long, Literal("-2.25", datatype=XSD.decimal)),
        (r, RDF.type, KG.Relation), (r, RDF.type, KG.Event), (r, KG.subject, x), (r, KG.predicate, KG.aid),
        (r, KG.object, y), (r, KG.evidence, Literal("X aids Y.")), (r, KG.start, Literal(3)),
        (r, KG.end, Literal(11)), (r, KG.trigger, Literal("aids")), (r, KG.triggerStart, Literal(5)),
        (r, KG.triggerEnd, Literal(9)), (r, KG.asserted, Literal(True)), (r, KG.modality, Literal("asserted")),
        (r, KG.family, Literal("cooperation")), (r, PROV.wasDerivedFrom, d),
        (d, RDF.type, KG.Article), (d, DCT.identifier, Literal("d1")), (d, DCT.title, Literal("T")),
    ]:
        expected.add(t)
    assert isomorphic(graph_to_rdf(G), expected)


# ---------------------------------------------------------------- purity, determinism, formats

def test_export_does_not_mutate_the_graph(fixture_graph):
    before = copy.deepcopy((fixture_graph.graph, dict(fixture_graph.nodes(data=True)),
                            list(fixture_graph.edges(keys=True, data=True))))
    graph_to_rdf(fixture_graph)
    for fmt in ("turtle", "nt", "json-ld"):
        serialize_rdf(fixture_graph, fmt)
    after = (fixture_graph.graph, dict(fixture_graph.nodes(data=True)),
             list(fixture_graph.edges(keys=True, data=True)))
    assert after == before


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_output_is_byte_identical(tmp_path, fmt):
    one, two, rev = tmp_path / "one", tmp_path / "two", tmp_path / "rev"
    write_rdf(build_rdf_fixture(), one, fmt)
    write_rdf(build_rdf_fixture(), two, fmt)
    write_rdf(build_rdf_fixture(reverse=True), rev, fmt)
    assert one.read_bytes() == two.read_bytes() == rev.read_bytes()


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_every_format_parses_back_to_the_same_triples(fixture_graph, rdf, tmp_path, fmt):
    path = write_rdf(fixture_graph, tmp_path / "graph.out", fmt)
    text = path.read_text(encoding="utf-8")
    assert text == serialize_rdf(fixture_graph, fmt)
    parsed = rdflib.Graph().parse(data=text, format=fmt)
    assert set(parsed) == set(rdf)
    ox_format = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
                 "json-ld": pyoxigraph.RdfFormat.JSON_LD}[fmt]
    assert len(set(pyoxigraph.parse(text, format=ox_format))) == len(rdf)


def test_turtle_uses_the_bound_prefixes(fixture_graph):
    text = serialize_rdf(fixture_graph)
    for prefix, ns in PREFIXES.items():
        assert f"@prefix {prefix}: <{ns}> ." in text
    assert "actor:israel a kg:Actor, kg:State ;" in text
    assert "kg:assault actor:khan%20younis" in text


def test_graph_to_rdf_binds_prefixes_and_can_use_oxigraph(fixture_graph, rdf):
    assert dict(rdf.namespaces())["geo"] == URIRef(str(GEO))
    assert dict(rdf.namespaces())["kg"] == URIRef(KG_NS)
    ox = graph_to_rdf(fixture_graph, store="Oxigraph")
    assert _plain_strings(ox) == set(rdf)


def _plain_strings(g: rdflib.Graph) -> set:
    """Triples with ``"x"^^xsd:string`` written as ``"x"`` (the same RDF 1.1 literal; oxrdflib keeps the type)."""
    def norm(t):
        if isinstance(t, Literal) and t.datatype == XSD.string:
            return Literal(str(t))
        return t
    return {tuple(map(norm, triple)) for triple in g}


def test_unknown_predicate_type_or_format_is_an_export_error(fixture_graph):
    G = fixture_graph.copy()
    G.add_edge("israel", "hamas", key="bad", **{**RELATIONS[0][2], "id": "bad", "predicate": "HUG"})
    with pytest.raises(ExportError, match="HUG"):
        serialize_rdf(G)
    H = fixture_graph.copy()
    H.nodes["israel"]["type"] = "Country"
    with pytest.raises(ExportError, match="Country"):
        serialize_rdf(H)
    with pytest.raises(ExportError, match="rdfxml"):
        serialize_rdf(fixture_graph, "rdfxml")


# ---------------------------------------------------------------- the ontology it is given

def extended_ontology():
    """The repository's ontology with a predicate (BLOCKADE) and an actor type (Militia) it does not define."""
    base = default_ontology()
    blockade = Predicate(name="BLOCKADE", family="coercion", kind="event", plover="COERCE", cameo="191",
                         label="blockaded", description="close a port or border to")
    return dataclasses.replace(base, predicates={**base.predicates, "BLOCKADE": blockade},
                               actor_types=(*base.actor_types, "Militia"))


def test_a_predicate_and_a_type_of_the_given_ontology_get_kg_terms(fixture_graph):
    onto = extended_ontology()
    G = fixture_graph.copy()
    G.add_node("m23", **actor_attrs("M23", "Militia", docs=["c.txt"]))
    G.add_edge("israel", "hamas", key="c.txt#b",
               **relation_attrs("c.txt#b", "BLOCKADE", None, "c.txt", "Israel blockaded Hamas.", "blockaded"))
    with pytest.raises(ExportError, match="Militia"):   # the repository's ontology defines neither
        serialize_rdf(G)
    with pytest.raises(ExportError, match="BLOCKADE"):
        serialize_rdf(G.subgraph(n for n in G if n != "m23"))
    rdf = graph_to_rdf(G, ontology=onto)
    r = R("c.txt#b")
    assert (r, KG.predicate, URIRef(KG_NS + "blockade")) in rdf
    assert (r, RDF.type, KG.Event) in rdf
    assert (r, KG.family, Literal("coercion")) in rdf          # from the ontology: the edge has none
    assert (A("israel"), URIRef(KG_NS + "blockade"), A("hamas")) in rdf
    assert set(rdf.objects(A("m23"), RDF.type)) == {KG.Actor, URIRef(KG_NS + "Militia")}
    text = serialize_rdf(G, ontology=onto)
    assert "kg:predicate kg:blockade" in text and "actor:m23 a kg:Actor, kg:Militia ;" in text
    assert predicate_table(onto)["BLOCKADE"] == ("coercion", "event")


def test_a_type_the_given_ontology_lacks_is_an_export_error(fixture_graph):
    onto = dataclasses.replace(default_ontology(), actor_types=("State", "Group", "Person", "Place"))
    with pytest.raises(ExportError, match="'Official'; expected one of State, Group, Person, Place"):
        serialize_rdf(fixture_graph, ontology=onto)


def test_the_kind_of_a_predicate_comes_from_the_given_ontology(fixture_graph):
    base = default_ontology()
    onto = dataclasses.replace(base, predicates={**base.predicates, "CONSULT": dataclasses.replace(
        base.predicates["CONSULT"], kind="structural")})
    rdf = graph_to_rdf(fixture_graph, ontology=onto)
    assert set(rdf.objects(R("sub dir/b.txt#r3"), RDF.type)) == {KG.Relation}
    assert set(graph_to_rdf(fixture_graph).objects(R("sub dir/b.txt#r3"), RDF.type)) == {KG.Relation, KG.Event}


# ---------------------------------------------------------------- SHACL

@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=default_ontology().shapes, format="turtle")


def test_export_conforms_to_the_shapes(rdf):
    conforms, report = validate_rdf(rdf)
    assert conforms, report


def test_validation_uses_the_shapes_of_the_given_ontology(rdf):
    base = default_ontology()
    strict = base.shapes + """
kg:NoLabelShape a sh:NodeShape ; sh:targetClass kg:Actor ; sh:property [ sh:path rdfs:label ; sh:maxCount 0 ] .
"""
    conforms, report = validate_rdf(rdf, dataclasses.replace(base, shapes=strict))
    assert not conforms and "MaxCountConstraintComponent" in report
    with pytest.raises(OntologyError, match="shapes.ttl"):
        validate_rdf(rdf, dataclasses.replace(base, shapes=""))


def test_contract_graph_of_conftest_conforms(contract_graph, shapes):
    conforms, _, report = pyshacl.validate(graph_to_rdf(contract_graph), shacl_graph=shapes)
    assert conforms, report


def _break_label(g):
    g.add((A("israel"), RDFS.label, Literal("Israel again")))


def _break_type(g):
    g.add((A("israel"), RDF.type, KG.Group))


def _break_offset(g):
    g.set((R("000_a.txt#r1"), KG.start, Literal(-1)))


def _break_offset_type(g):
    g.set((R("000_a.txt#r1"), KG.end, Literal("12")))


def _break_role(g):
    g.add((R("000_a.txt#r1"), KG.role, Literal("chief")))


def _break_direct_triple(g):
    g.remove((A("israel"), KG.consult, A("egypt")))


def _break_provenance(g):
    g.remove((R("000_a.txt#r1"), PROV.wasDerivedFrom, None))


def _break_predicate(g):
    g.set((R("000_a.txt#r1"), KG.predicate, KG.relatedTo))


def _break_actor_cameo(g):
    g.set((A("israel"), KG.cameo, Literal("Israel")))


def _break_event_cameo(g):
    g.set((R("000_a.txt#r1"), KG.cameo, Literal("ISR")))


def _break_blank_actor(g):
    b = rdflib.BNode()
    g.add((b, RDF.type, KG.Actor))
    g.add((b, RDF.type, KG.State))
    g.add((b, RDFS.label, Literal("Nowhere")))


@pytest.mark.parametrize(("breakage", "component"), [
    (_break_label, "MaxCount"), (_break_type, "QualifiedMaxCount"), (_break_offset, "MinInclusive"),
    (_break_offset_type, "Datatype"), (_break_role, "HasValue"), (_break_direct_triple, "SPARQL"),
    (_break_provenance, "MinCount"), (_break_predicate, "In"), (_break_blank_actor, "NodeKind"),
    (_break_actor_cameo, "Pattern"), (_break_event_cameo, "Pattern"),
])
def test_broken_graph_does_not_conform(rdf, shapes, breakage, component):
    breakage(rdf)
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes)
    assert not conforms
    assert f"{component}ConstraintComponent" in report
