"""kg.export.rdf_syntax: statements written as sorted Turtle, N-Triples and JSON-LD text."""

from __future__ import annotations

import json

import pytest
import rdflib

from kg.errors import ExportError
from kg.export.rdf_syntax import (
    FORMATS,
    SUFFIXES,
    canonical_format,
    compactor,
    group_triples,
    ntriples_block,
    serialize_statements,
    sorted_pairs,
    to_jsonld,
    to_ntriples,
    to_turtle,
    turtle_block,
)
from kg.export.rdf_terms import (
    FALSE,
    LABEL,
    RDF_TYPE,
    TRUE,
    decimal_literal,
    integer_literal,
    iri,
    string_literal,
)
from kg.namespace import ACTOR_BASE, KG_NS, PREFIXES

X = iri(ACTOR_BASE + "x")
Y = iri(ACTOR_BASE + "y~z")          # "~" is no Turtle local name: stays a full IRI
ODD = "\U0001F600 it's \"odd\"\n"
STMTS = {
    Y: [(LABEL, string_literal("Y")), (RDF_TYPE, iri(KG_NS + "Place"))],
    X: [(iri(KG_NS + "mentionCount"), integer_literal(2)), (RDF_TYPE, iri(KG_NS + "State")),
        (RDF_TYPE, iri(KG_NS + "Actor")), (LABEL, string_literal(ODD)), (LABEL, string_literal(ODD)),
        (iri(KG_NS + "assault"), Y), (iri(KG_NS + "assault"), X), (iri(KG_NS + "asserted"), TRUE),
        (iri(KG_NS + "negated"), FALSE), (iri(KG_NS + "confidence"), decimal_literal(0.5)),
        (iri(KG_NS + "tag"), '"chat"@fr')],
}


def test_pairs_are_deduplicated_with_types_first():
    pairs = sorted_pairs(STMTS[X])
    assert len(pairs) == len(STMTS[X]) - 1
    assert [p for p, _ in pairs[:2]] == [RDF_TYPE, RDF_TYPE]
    assert pairs[2:] == sorted(pairs[2:])


def test_ntriples_are_sorted_lines():
    text = to_ntriples(STMTS)
    lines = text.splitlines()
    assert len(lines) == len(sorted_pairs(STMTS[X])) + 2
    assert lines[0].startswith(X) and lines[-1].startswith(Y)
    assert all(line.endswith(" .") for line in lines)
    assert text == serialize_statements(STMTS, "nt") == "".join(
        ntriples_block(s, sorted_pairs(STMTS[s])) for s in sorted(STMTS))


def test_turtle_shortens_what_it_can():
    text = to_turtle(STMTS)
    assert text.startswith("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()))
    assert "\nactor:x a kg:Actor, kg:State ;\n" in text
    assert "    kg:assault actor:x, <https://w3id.org/kg-news/id/actor/y~z> ;\n" in text
    assert "kg:mentionCount 2" in text and "kg:confidence 0.5" in text
    assert "kg:asserted true" in text and "kg:negated false" in text
    assert '\n<https://w3id.org/kg-news/id/actor/y~z> a kg:Place ;\n    rdfs:label "Y" .\n' in text


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_every_format_reads_back_to_the_same_triples(fmt):
    expected = rdflib.Graph().parse(data=to_ntriples(STMTS), format="nt")
    assert len(expected) == len(sorted_pairs(STMTS[X])) + 2
    assert set(rdflib.Graph().parse(data=serialize_statements(STMTS, fmt), format=fmt)) == set(expected)


def test_jsonld_is_one_node_a_line_with_typed_values():
    text = to_jsonld(STMTS)
    data = json.loads(text)
    assert data["@context"] == PREFIXES
    assert [node["@id"] for node in data["@graph"]] == ["actor:x", ACTOR_BASE + "y~z"]
    x = data["@graph"][0]
    assert x["@type"] == ["kg:Actor", "kg:State"]
    assert x["rdfs:label"] == [ODD]
    assert x["kg:mentionCount"] == [{"@value": "2", "@type": "xsd:integer"}]
    assert x["kg:tag"] == [{"@value": "chat", "@language": "fr"}]
    assert x["kg:assault"] == [{"@id": "actor:x"}, {"@id": ACTOR_BASE + "y~z"}]
    assert len(text.splitlines()) == 2 + len(STMTS) + 1


def test_ready_blocks_stand_in_for_their_subjects():
    short = compactor(PREFIXES)
    blocks = {X: turtle_block(short, X, sorted_pairs(STMTS[X]))}
    assert to_turtle({Y: STMTS[Y]}, blocks=blocks) == to_turtle(STMTS)
    nt_blocks = {X: ntriples_block(X, sorted_pairs(STMTS[X]))}
    assert to_ntriples({Y: STMTS[Y]}, blocks=nt_blocks) == to_ntriples(STMTS)
    assert turtle_block(short, X, []) == ""


def test_group_triples():
    triples = [(X, LABEL, '"a"'), (Y, LABEL, '"b"'), (X, LABEL, '"c"')]
    assert group_triples(triples) == {X: [(LABEL, '"a"'), (LABEL, '"c"')], Y: [(LABEL, '"b"')]}


def test_formats():
    assert {canonical_format(name) for name in FORMATS} == set(SUFFIXES) == {"turtle", "nt", "json-ld"}
    assert canonical_format("TTL") == "turtle"
    with pytest.raises(ExportError, match="unknown RDF format 'rdfxml'; expected one of turtle"):
        serialize_statements(STMTS, "rdfxml")
