"""kg.query: SPARQL over the exported graph: loading, named queries (from the ontology given), running, errors.

Checking and binding: test_query_check.py; result text: test_query_results.py."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_rdf import ODD_NAME, ODD_SENTENCE, S_FIRE, S_HIT, S_MED, S_MET, S_NOT, build_rdf_fixture

from kg.errors import GraphFileError, QueryError
from kg.export.rdf import write_rdf
from kg.ontology import default_ontology
from kg.query import ask, execute, list_queries, load_graph, named_query, run_query, select_rows

NAMES = {"who-met-whom", "attacks", "mediators", "affiliations", "evidence", "actor-profile", "top-actors",
         "timeline"}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return write_rdf(build_rdf_fixture(), tmp_path_factory.mktemp("rdf") / "graph.ttl")


@pytest.fixture(scope="module")
def store(graph_file):
    return load_graph(graph_file)


def rows(store, name, **bindings):
    return [tuple(r.values()) for r in select_rows(store, named_query(name), bindings=bindings or None)]


# ---------------------------------------------------------------- named queries

def test_list_queries_names_and_describes_every_query():
    listed = dict(list_queries())
    assert set(listed) == NAMES
    assert all(desc and not desc.startswith("#") for desc in listed.values())
    assert listed["attacks"].startswith("Attacks: who assaulted whom or where")


def test_unknown_query_name_lists_the_names():
    with pytest.raises(QueryError, match="unknown query name 'atacks'.*attacks"):
        named_query("atacks")
    with pytest.raises(QueryError):
        named_query("../kg")


def test_named_queries_come_from_the_given_ontology(store):
    base = default_ontology()
    mine = "# Blockades: who blockaded whom\nSELECT ?a ?b WHERE { ?a kg:blockade ?b }\n"
    onto = dataclasses.replace(base, queries={**base.queries, "blockades": mine, "bare": "ASK {}"})
    listed = dict(list_queries(onto))
    assert listed["blockades"] == "Blockades: who blockaded whom" and listed["bare"] == ""
    assert list(listed) == sorted(listed)
    assert named_query("blockades", onto) == mine
    assert select_rows(store, named_query("blockades", onto)) == []
    with pytest.raises(QueryError, match="unknown query name 'blockades'"):
        named_query("blockades")
    empty = dataclasses.replace(base, queries={})
    assert list_queries(empty) == []
    with pytest.raises(QueryError, match="holds no .rq file"):
        named_query("attacks", empty)


NAMED_ROWS = [
    ("who-met-whom", {}, [("Israel", "Egypt", 1, 1)]),  # the hypothetical Hamas-Egypt meeting is left out
    ("attacks", {}, [("Israel", "Khan Younis", "Place", 2, 1), (ODD_NAME, "Israel", "State", 1, 1)]),
    ("mediators", {}, [("Qatar", "Hamas", 1, 1), ("Qatar", "Israel", 1, 1)]),
    ("affiliations", {}, [("Eylon Levy", "Israel", "spokesperson", "text, knowledge base", 1),
                          ("Kassem Shurrab", "Reuters", None, "knowledge base", 0)]),
    ("evidence", {"a": "Israel", "b": "Hamas"}, [  # not asserted, still evidence
        ("Israel", "assault", "Hamas", False, "negated", "000_a.txt", "2024-01-31", S_NOT)]),
    ("evidence", {"a": "israel", "b": "KHAN YUNIS"}, [  # any case, aliases too
        ("Israel", "assault", "Khan Younis", True, "asserted", "000_a.txt", "2024-01-31", S_HIT),
        ("Israel", "assault", "Khan Younis", True, "asserted", "000_a.txt", "2024-01-31", S_FIRE)]),
    ("evidence", {"a": "egypt", "b": "<https://w3id.org/kg-news/id/actor/israel>"}, [  # an IRI
        ("Israel", "consult", "Egypt", True, "asserted", "sub dir/b.txt", "2024-02-01T09:30:00Z", S_MET)]),
    ("evidence", {"a": 'al-quds "brigades" <x>', "b": "Israeli"}, [  # an actor id
        (ODD_NAME, "assault", "Israel", True, "asserted", "c.txt", "early February", ODD_SENTENCE)]),
    ("evidence", {"a": "Israel", "b": "Atlantis"}, []),
    ("actor-profile", {"actor": "khan yunis"}, [
        ("name", "Khan Younis", None), ("type", "Place", None), ("alias", "Khan Yunis", None),
        ("same as", "http://www.wikidata.org/entity/Q1335", None),
        ("same as", "https://sws.geonames.org/281133/", None),
        ("coordinates", "31.34, 34.3", None), ("country", "Palestine", None), ("mentions", 1, None),
        ("article", "000_a.txt", None), ("acts on", "locatedIn Palestine", 1),
        ("acted on by", "Israel assault", 2)]),
    ("top-actors", {}, [
        ("Israel", "State", 6, 2), ("Khan Younis", "Place", 3, 1), ("Qatar", "State", 2, 1),
        ("Egypt", "State", 1, 2), ("Hamas", "Group", 1, 2), (ODD_NAME, "Group", 1, 1),
        ("Eylon Levy", "Official", 1, 1), ("Palestine", "State", 1, 1)]),
    ("timeline", {}, [
        ("2024-01-31", "Israel", "assault", "Khan Younis", "000_a.txt", S_HIT),
        ("2024-01-31", "Israel", "assault", "Khan Younis", "000_a.txt", S_FIRE),
        ("2024-02-01T09:30:00Z", "Qatar", "mediate", "Hamas", "sub dir/b.txt", S_MED),
        ("2024-02-01T09:30:00Z", "Qatar", "mediate", "Israel", "sub dir/b.txt", S_MED),
        ("2024-02-01T09:30:00Z", "Israel", "consult", "Egypt", "sub dir/b.txt", S_MET),
        ("early February", ODD_NAME, "assault", "Israel", "c.txt", ODD_SENTENCE)]),
]


@pytest.mark.parametrize(("name", "bindings", "expected"), NAMED_ROWS,
                         ids=[f"{n}-{'-'.join(map(str, b.values()))}" for n, b, _ in NAMED_ROWS])
def test_named_query_rows(store, name, bindings, expected):
    assert rows(store, name, **bindings) == expected


def test_every_named_query_covered():
    assert {name for name, _, _ in NAMED_ROWS} == NAMES


@pytest.mark.parametrize("suffix", [".nt", ".jsonld", ".json-ld"])
def test_other_graph_formats_give_the_same_rows(tmp_path, store, suffix):
    fmt = {".nt": "nt"}.get(suffix, "json-ld")
    path = write_rdf(build_rdf_fixture(), tmp_path / f"graph{suffix}", fmt)
    other = load_graph(path)
    assert len(other) == len(store)
    for name in ("attacks", "timeline", "top-actors"):
        assert rows(other, name) == rows(store, name)


# ---------------------------------------------------------------- running

def test_ask(store):
    assert ask(store, "ASK { ?x kg:mediate actor:israel }") is True
    assert ask(store, "ASK { actor:hamas kg:assault ?x }") is False
    with pytest.raises(QueryError, match="expected an ASK query, got SELECT"):
        ask(store, "SELECT * WHERE { ?s ?p ?o }")


def test_run_query_formats_the_result(graph_file):
    assert run_query(graph_file, "ASK { actor:israel kg:assault ?x }") == "true\n"
    assert run_query(graph_file, named_query("mediators"), fmt="csv").splitlines()[1] == "Qatar,Hamas,1,1"


def test_unknown_result_format(graph_file):
    with pytest.raises(QueryError, match="xml"):
        run_query(graph_file, "ASK {}", fmt="xml")


def test_parameters_are_bound_before_running(store):
    evil = 'Israel" } ?s ?p ?o . { "'
    assert rows(store, "evidence", a=evil, b="Hamas") == []
    with pytest.raises(QueryError, match="missing parameter 'b'.*--param b="):
        select_rows(store, named_query("evidence"), bindings={"a": "Israel"})
    with pytest.raises(QueryError, match="not a valid IRI"):
        select_rows(store, named_query("actor-profile"), bindings={"actor": "<not an iri>"})


# ---------------------------------------------------------------- refusals and errors

def test_service_is_refused(graph_file):
    with pytest.raises(QueryError, match="SERVICE clauses are refused"):
        run_query(graph_file, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


@pytest.mark.parametrize("query", [
    "# SERVICE <http://example.org/> is only mentioned here\nSELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
    'SELECT * WHERE { ?s rdfs:label "SERVICE" }',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX service: <http://example.org/>\nSELECT * WHERE { ?s service:SERVICE ?o }",
    "SELECT * WHERE { ?s rdfs:label 'a \\' SERVICE' }",
    'SELECT * WHERE { ?s rdfs:label """multi\nline SERVICE""" }',
    'SELECT * WHERE { ?s rdfs:label "x"@service }',
])
def test_service_in_comments_strings_iris_and_names_is_fine(graph_file, query):
    run_query(graph_file, query)


def test_syntax_error_is_one_clean_line_with_the_position(graph_file):
    with pytest.raises(QueryError) as info:
        run_query(graph_file, "SELECT ?x WHERE {\n  ?x ?y ?z\n  FILTER(?x = )\n}")
    message = str(info.value)
    assert "\n" not in message
    # Oxigraph reports where its parser stopped, which may be past the mistake
    assert re.match(r"SPARQL syntax error at line [34], column \d+( near '.+'| at the end of the line): expected",
                    message), message


def test_syntax_error_at_the_end(graph_file):
    with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 1, column \d+ at the end"):
        run_query(graph_file, "SELECT ?x WHERE { ?x ?y ?z ")


def test_unknown_prefix_is_named(graph_file):
    with pytest.raises(QueryError, match=r"line 1, column 27: unknown prefix 'nope:'; declare it with PREFIX"):
        run_query(graph_file, "SELECT * WHERE { ?x nope:p ?y }")


def test_select_rows_refuses_ask(store):
    with pytest.raises(QueryError, match="expected a SELECT query"):
        select_rows(store, "ASK {}")


def test_missing_graph_file(tmp_path):
    with pytest.raises(GraphFileError, match="not found"):
        load_graph(tmp_path / "missing.ttl")


def test_unknown_graph_suffix(tmp_path):
    path = tmp_path / "graph.txt"
    path.write_text("x")
    with pytest.raises(GraphFileError, match="unknown suffix '.txt'.*\\.ttl"):
        run_query(path, "ASK {}")


def test_unparsable_graph_file(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix kg: <https://w3id.org/kg-news/ontology#> .\nkg:a kg:b \n")
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert str(info.value).startswith(f"graph file {path} is not valid Turtle")
    assert "\n" not in str(info.value)


def test_execute_on_a_loaded_store_matches_run_query(graph_file, store):
    query = named_query("who-met-whom")
    result = execute(store, query)
    assert result.kind == "select" and result.variables == ["actor", "met", "relations", "articles"]
    assert run_query(store, query) == run_query(graph_file, query)
