"""kg.query_check: SERVICE refused, parameters found and bound as escaped terms, --param parsed."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query_check import bind_parameters, check_query, parse_params, prepare_query, query_parameters

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_parameters_are_found_outside_strings_and_comments():
    query = '# uses $x\nSELECT * WHERE { ?s ?p $a . ?s ?q "$b" . ?s ?r $a FILTER(?s != $c) }'
    assert query_parameters(query) == ["a", "c"]
    assert query_parameters("SELECT * WHERE { ?s ?p <http://x/$a> }") == []


def test_parameter_values_cannot_change_the_query():
    evil = 'Israel" } ?s ?p ?o . { "'
    text = bind_parameters("SELECT * WHERE { ?x rdfs:label $a }", {"a": evil})
    assert text == 'SELECT * WHERE { ?x rdfs:label "Israel\\" } ?s ?p ?o . { \\"" }'


@pytest.mark.parametrize(("value", "term"), [
    ("Israel", '"Israel"'),
    ("<https://w3id.org/kg-news/id/actor/israel>", "<https://w3id.org/kg-news/id/actor/israel>"),
    (ox.NamedNode("http://x/a"), "<http://x/a>"),
    (True, "true"),
    (3, f'"3"^^<{XSD}integer>'),
    (0.5, f'"0.5"^^<{XSD}double>'),
    (Decimal("1.50"), f'"1.50"^^<{XSD}decimal>'),
    ("<>", '"<>"'),
])
def test_values_are_written_as_sparql_terms(value, term):
    assert bind_parameters("ASK { ?s ?p $v }", {"v": value}) == f"ASK {{ ?s ?p {term} }}"


def test_missing_unknown_and_bad_parameters():
    query = "SELECT * WHERE { ?r kg:subject $a ; kg:object $b }"
    with pytest.raises(QueryError, match="missing parameter 'b'.*--param b="):
        bind_parameters(query, {"a": "Israel"})
    with pytest.raises(QueryError, match="unknown parameter 'c'; this query takes a, b"):
        bind_parameters(query, {"a": "Israel", "b": "Hamas", "c": "x"})
    with pytest.raises(QueryError, match="no parameters"):
        bind_parameters("ASK {}", {"a": "Israel"})
    with pytest.raises(QueryError, match="not a valid IRI"):
        bind_parameters("ASK { $a ?p ?o }", {"a": "<not an iri>"})
    assert bind_parameters("ASK {}") == "ASK {}"


def test_parse_params():
    assert parse_params(["a=Israel", "b=Hamas=x", "c="]) == {"a": "Israel", "b": "Hamas=x", "c": ""}
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["Israel"])
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["1a=x"])


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s ?p ?o .\n  SERVICE ex:endpoint { ?s ?p ?o } }",
    "SELECT * WHERE {SERVICE<http://example.org/sparql>{?s ?p ?o}}",
])
def test_service_is_refused(query):
    with pytest.raises(QueryError, match="SERVICE clauses are refused"):
        check_query(query)
    with pytest.raises(QueryError, match="SERVICE clauses are refused"):
        prepare_query(query)


def test_the_refusal_gives_the_position():
    with pytest.raises(QueryError, match="line 4, column 3$"):
        check_query("PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s ?p ?o .\n  SERVICE ex:e { ?s ?p ?o } }")


@pytest.mark.parametrize("query", [
    "# SERVICE <http://example.org/> is only mentioned here\nSELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
    'SELECT * WHERE { ?s rdfs:label "SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX service: <http://example.org/>\nSELECT * WHERE { ?s service:SERVICE ?o }",
    "SELECT * WHERE { ?s rdfs:label 'a \\' SERVICE' }",
    'SELECT * WHERE { ?s rdfs:label """multi\nline SERVICE""" }',
    'SELECT * WHERE { ?s rdfs:label "x"@service }',
])
def test_service_in_comments_strings_iris_and_names_is_fine(query):
    check_query(query)
