"""kg.namespace: the KG vocabulary class agrees with the repository's kg.ttl, and data IRIs are safe."""

from __future__ import annotations

from urllib.parse import quote

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef

from kg.namespace import (
    ACTOR_BASE,
    ARTICLE_BASE,
    GEONAMES_BASE,
    KG,
    KG_NS,
    PREFIXES,
    RELATION_BASE,
    WIKIDATA_BASE,
    actor_iri,
    article_iri,
    geonames_iri,
    predicate_term,
    relation_iri,
    wikidata_iri,
)
from kg.ontology import default_ontology

SDO = rdflib.Namespace("https://schema.org/")

# ---------------------------------------------------------------- the vocabulary

def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=default_ontology().vocabulary, format="turtle")


def test_namespace_class_and_ontology_define_the_same_terms():
    onto = _ontology()
    in_ttl = {str(s)[len(KG_NS):] for s in onto.subjects() if str(s).startswith(KG_NS)}
    in_class = set(KG.__annotations__)
    assert in_ttl == in_class


def test_every_ontology_term_has_label_and_comment():
    onto = _ontology()
    for name in KG.__annotations__:
        term = KG[name]
        assert (term, RDFS.label, None) in onto, name
        assert (term, RDFS.comment, None) in onto, name
        assert (term, RDF.type, None) in onto, name


def test_mistyped_term_raises():
    with pytest.raises(AttributeError):
        KG.asault  # noqa: B018
    assert KG.assault == URIRef(KG_NS + "assault")


def test_every_predicate_has_a_property_under_related_to():
    onto = _ontology()
    for predicate in default_ontology().predicates:
        prop = KG[predicate_term(predicate)]
        assert (prop, RDFS.subPropertyOf, KG.relatedTo) in onto, predicate
        assert (prop, SKOS.notation, Literal(predicate)) in onto, predicate
        assert (prop, RDF.type, OWL.ObjectProperty) in onto, predicate


def test_ontology_aligns_with_shared_vocabularies():
    onto = _ontology()
    assert (KG.State, RDFS.subClassOf, SDO.Country) in onto
    assert (KG.Group, RDFS.subClassOf, SDO.Organization) in onto
    assert (KG.Person, RDFS.subClassOf, SDO.Person) in onto
    assert (KG.Official, RDFS.subClassOf, KG.Person) in onto
    assert (KG.Place, RDFS.subClassOf, SDO.Place) in onto
    assert (KG.Article, RDFS.subClassOf, SDO.NewsArticle) in onto
    assert (KG.Event, RDFS.subClassOf, KG.Relation) in onto
    for cls in (KG.State, KG.Group, KG.Person, KG.Place):
        assert (cls, RDFS.subClassOf, KG.Actor) in onto


# ---------------------------------------------------------------- data IRIs

@pytest.mark.parametrize("value", ["khan younis", "a/b#c", "al-quds \"brigades\" <x>", "Khān Yūnis", "x%20y",
                                   "\ud800"])
def test_ids_are_percent_encoded_like_urllib_quote(value):
    assert actor_iri(value) == ACTOR_BASE + quote(value, safe="", errors="surrogatepass")
    assert article_iri(value) == ARTICLE_BASE + quote(value, safe="", errors="surrogatepass")
    assert relation_iri(value) == RELATION_BASE + quote(value, safe="", errors="surrogatepass")


def test_distinct_ids_never_share_an_iri():
    ids = ["a b", "a%20b", "a/b", "a%2Fb", "a_b", "a-b"]
    assert len({actor_iri(i) for i in ids}) == len(ids)


def test_external_iris():
    assert wikidata_iri("Q801") == WIKIDATA_BASE + "Q801"
    assert geonames_iri(294640) == GEONAMES_BASE + "294640/"


@pytest.mark.parametrize(("predicate", "term"), [
    ("ASSAULT", "assault"), ("AFFILIATED_WITH", "affiliatedWith"), ("LOCATED_IN", "locatedIn"),
    ("BLOCKADE", "blockade"), ("NAVAL_BLOCKADE_OF", "navalBlockadeOf"),
])
def test_predicate_term(predicate, term):
    assert predicate_term(predicate) == term


def test_every_repository_predicate_is_a_term_of_the_class():
    for predicate in default_ontology().predicates:
        assert str(KG[predicate_term(predicate)]) == KG_NS + predicate_term(predicate)


def test_prefixes_start_with_kg_and_name_the_data_bases():
    assert next(iter(PREFIXES)) == "kg" and PREFIXES["kg"] == KG_NS
    assert {PREFIXES["actor"], PREFIXES["article"], PREFIXES["relation"]} == {ACTOR_BASE, ARTICLE_BASE, RELATION_BASE}
