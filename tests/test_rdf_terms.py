"""kg.export.rdf_terms: literals and IRIs as N-Triples strings, and the terms an ontology's predicates and types get."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pyoxigraph
import pytest

from kg.errors import ExportError
from kg.export.rdf_terms import (
    XSD_DATE,
    XSD_DATETIME,
    XSD_DECIMAL,
    XSD_INTEGER,
    date_literal,
    decimal_literal,
    integer_literal,
    iri,
    ontology_terms,
    predicate_iri,
    predicate_table,
    string_literal,
    type_iri,
    url_iri,
    valid_iri,
)
from kg.namespace import KG, KG_NS
from kg.ontology import Predicate, default_ontology


def parsed_literal(term: str) -> pyoxigraph.Literal:
    """The literal an N-Triples reader makes of ``term``."""
    [quad] = pyoxigraph.parse(f"<http://x/s> <http://x/p> {term} .\n", format=pyoxigraph.RdfFormat.N_TRIPLES)
    return quad.object


@pytest.mark.parametrize("text", ['plain', 'say "no"', "back\\slash", "two\nlines\r\tand a tab",
                                  "bell \x07 and del \x7f", "كتائب القدس </script>", ""])
def test_string_literal_reads_back_to_the_text(text):
    term = string_literal(text)
    assert term.startswith('"') and term.endswith('"') and "\n" not in term
    assert parsed_literal(term).value == text


def test_integer_literal():
    assert integer_literal(3) == f'"3"^^<{XSD_INTEGER}>'
    assert integer_literal(True) == f'"1"^^<{XSD_INTEGER}>'


@pytest.mark.parametrize(("value", "lexical"), [
    (0.1, "0.1"), (34.3, "34.3"), (-2.25, "-2.25"), (5, "5.0"), (1e-7, "0.0000001"), (1e20, "100000000000000000000.0"),
    (Decimal("2.50"), "2.50"), ("7", "7.0"),
])
def test_decimal_literal(value, lexical):
    assert decimal_literal(value) == f'"{lexical}"^^<{XSD_DECIMAL}>'


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "many"])
def test_no_decimal_for_what_is_not_a_finite_number(value):
    assert decimal_literal(value) is None


@pytest.mark.parametrize(("value", "datatype"), [
    ("2024-01-31", XSD_DATE), ("2024-02-01T09:30:00Z", XSD_DATETIME), ("2024-02-01T09:30:00.5+02:00", XSD_DATETIME),
    ("2024-02-30", None), ("early February", None), ("2024-01-31 09:30", None),
])
def test_date_literal(value, datatype):
    term = date_literal(value)
    assert term == (f'"{value}"^^<{datatype}>' if datatype else string_literal(value))


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/news/a b?x=1", "https://example.org/news/a%20b?x=1"),
    ("https://example.org/100%", "https://example.org/100%25"),
    ("https://example.org/a%20b", "https://example.org/a%20b"),
    ("https://example.org/#a#b", "https://example.org/#a%23b"),
    ("  http://example.org/x  ", "http://example.org/x"),
    ("example.org/x", None), ("javascript:alert(1)", None),
])
def test_url_iri(url, expected):
    assert url_iri(url) == expected


def test_valid_iri():
    assert valid_iri("https://example.org/a%20b")
    assert not valid_iri("https://example.org/a b")
    assert iri("http://x/a") == "<http://x/a>"


# ---------------------------------------------------------------- the ontology's terms

def test_predicate_iri_of_the_repository_ontology():
    assert predicate_iri("ASSAULT") == str(KG.assault)
    assert predicate_iri("AFFILIATED_WITH") == str(KG.affiliatedWith)
    with pytest.raises(ExportError, match=r"unknown relation predicate 'HUG'; expected one of CONSULT, "):
        predicate_iri("HUG")


def test_a_predicate_the_ontology_adds_gets_an_iri_from_the_kg_base():
    base = default_ontology()
    blockade = Predicate("NAVAL_BLOCKADE", "coercion", "event", "COERCE", None, "blockaded", "")
    onto = dataclasses.replace(base, predicates={**base.predicates, "NAVAL_BLOCKADE": blockade})
    assert predicate_iri("NAVAL_BLOCKADE", onto) == KG_NS + "navalBlockade"
    terms = ontology_terms(onto)
    assert terms.properties["NAVAL_BLOCKADE"] == f"<{KG_NS}navalBlockade>"
    assert terms.predicates["NAVAL_BLOCKADE"] == ("coercion", "event")
    assert predicate_table(onto)["NAVAL_BLOCKADE"] == ("coercion", "event")
    assert "NAVAL_BLOCKADE" not in predicate_table()


def test_ontology_terms_follow_the_ontology_and_are_made_once():
    onto = default_ontology()
    terms = ontology_terms(onto)
    assert ontology_terms(onto) is terms is ontology_terms()
    assert terms.actor_types == onto.actor_types
    assert terms.classes["State"] == f"<{KG.State}>"
    assert type_iri("Militia") == KG_NS + "Militia"
    assert set(terms.predicates) == set(onto.predicates)
    assert terms.predicates["LOCATED_IN"] == ("structural", "structural")
