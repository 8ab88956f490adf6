"""kg.query_results: a query's result as an aligned table, CSV, TSV, JSON or RDF text, and as plain values."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from test_rdf import ODD_SENTENCE, build_rdf_fixture

from kg.errors import QueryError
from kg.export.rdf import write_rdf
from kg.query import execute, load_graph, named_query
from kg.query_results import RESULT_FORMATS, QueryResult, format_result, python_value

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return load_graph(write_rdf(build_rdf_fixture(), tmp_path_factory.mktemp("rdf") / "graph.ttl"))


def text(store, query: str, fmt: str = "table") -> str:
    return format_result(execute(store, query), fmt)


def test_table_is_aligned_with_a_row_count(store):
    lines = text(store, named_query("attacks")).splitlines()
    assert lines[0].split() == ["attacker", "target", "target_type", "relations", "articles"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].startswith("Israel ") and lines[2].index("Khan Younis") == lines[0].index("target")
    assert lines[-1] == "(2 rows)"


def test_table_right_aligns_numbers_and_counts_one_row():
    result = QueryResult("select", variables=["name", "count"],
                         rows=[(ox.Literal("a"), ox.Literal("7", datatype=ox.NamedNode(XSD + "integer")))])
    assert format_result(result) == "name  count\n----  -----\na         7\n(1 row)\n"
    assert format_result(QueryResult("select", variables=["x"])) == "x\n-\n(0 rows)\n"


def test_table_shortens_iris_with_prefixes(store):
    query = "SELECT ?r WHERE { ?r kg:predicate kg:mediate } ORDER BY ?r"
    assert "relation:sub%20dir%2Fb.txt%23r1" in text(store, query)


def test_csv_tsv_and_json(store):
    query = named_query("mediators")
    got = list(csv.reader(io.StringIO(text(store, query, "csv"))))
    assert got == [["mediator", "party", "relations", "articles"], ["Qatar", "Hamas", "1", "1"],
                   ["Qatar", "Israel", "1", "1"]]
    tsv = text(store, query, "tsv").splitlines()
    assert tsv[1].split("\t") == ["Qatar", "Hamas", "1", "1"]
    data = json.loads(text(store, query, "json"))
    assert data[0] == {"mediator": "Qatar", "party": "Hamas", "relations": 1, "articles": 1}


def test_tsv_escapes_tabs_and_newlines(store):
    out = text(store, 'SELECT ?e WHERE { ?r kg:evidence ?e FILTER(CONTAINS(?e, "rockets")) }', "tsv")
    assert out.splitlines()[1] == ODD_SENTENCE.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def test_ask():
    assert format_result(QueryResult("ask", boolean=True)) == "true\n"
    assert format_result(QueryResult("ask", boolean=False), "json") == '{"boolean": false}\n'


@pytest.mark.parametrize(("fmt", "rdf_format"), [("table", "turtle"), ("nt", "nt"), ("csv", "nt"), ("json", "json-ld")])
def test_construct(store, fmt, rdf_format):
    query = "CONSTRUCT { ?a kg:relatedTo ?b } WHERE { ?r kg:subject ?a ; kg:object ?b ; kg:asserted true }"
    g = rdflib.Graph().parse(data=text(store, query, fmt), format=rdf_format)
    assert len(g) == 7  # distinct asserted pairs
    assert (rdflib.URIRef("https://w3id.org/kg-news/id/actor/qatar"),
            rdflib.URIRef("https://w3id.org/kg-news/ontology#relatedTo"),
            rdflib.URIRef("https://w3id.org/kg-news/id/actor/hamas")) in g


@pytest.mark.parametrize(("term", "value"), [
    (None, None),
    (ox.NamedNode("http://x/a"), "http://x/a"),
    (ox.BlankNode("b1"), "_:b1"),
    (ox.Literal("plain"), "plain"),
    (ox.Literal("12", datatype=ox.NamedNode(XSD + "nonNegativeInteger")), 12),
    (ox.Literal("0.25", datatype=ox.NamedNode(XSD + "decimal")), 0.25),
    (ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")), True),
    (ox.Literal("0", datatype=ox.NamedNode(XSD + "boolean")), False),
    (ox.Literal("chat", language="fr"), "chat"),
])
def test_python_value(term, value):
    assert python_value(term) == value and type(python_value(term)) is type(value)


def test_unknown_result_format():
    assert RESULT_FORMATS == ("table", "csv", "tsv", "json")
    with pytest.raises(QueryError, match="unknown result format 'xml'"):
        format_result(QueryResult("select", variables=["x"]), "xml")
