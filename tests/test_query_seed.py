"""Every named query, run on the seed build, returns the rows the articles support."""

from __future__ import annotations

import pytest

from kg.query import list_queries, named_query, select_rows

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_ttl(seed_build):
    return seed_build[0] / "graph.ttl"


def rows(graph, name, **params):
    return [{k: str(v) for k, v in r.items()} for r in select_rows(graph, named_query(name), bindings=params or None)]


def pairs(result, a, b):
    return {(r[a], r[b]) for r in result}


def test_every_named_query_is_covered():
    tested = {"who-met-whom", "attacks", "mediators", "affiliations", "evidence", "actor-profile",
              "top-actors", "timeline"}
    assert {name for name, _ in list_queries()} == tested


def test_who_met_whom(seed_ttl):
    got = pairs(rows(seed_ttl, "who-met-whom"), "actor", "met")
    assert {("John Kerry", "Benjamin Netanyahu"), ("John Kerry", "Mahmoud Abbas"), ("John Kerry", "Ban Ki-moon"),
            ("Ismail Haniyeh", "Hossein Amir-Abdollahian"), ("Ismail Haniyeh", "Abbas Kamel"),
            ("David Barnea", "Bill Burns"), ("David Barnea", "Mohammed bin Abdulrahman Al Thani")} <= got


def test_attacks(seed_ttl):
    result = rows(seed_ttl, "attacks")
    got = pairs(result, "attacker", "target")
    assert {("Israel", "Khan Yunis"), ("Hamas", "Israel"), ("Israel", "Hamas"), ("Israel", "Gaza Strip"),
            ("Israel", "Hezbollah")} <= got
    assert next(r for r in result if r["target"] == "Khan Yunis")["target_type"] == "Place"


def test_mediators(seed_ttl):
    got = pairs(rows(seed_ttl, "mediators"), "mediator", "party")
    assert {("Qatar", "Israel"), ("Qatar", "Hamas"), ("Egypt", "Israel"), ("United States", "Hamas"),
            ("John Kerry", "Israel"), ("John Kerry", "Hamas")} <= got


def test_affiliations(seed_ttl):
    result = rows(seed_ttl, "affiliations")
    got = {(r["member"], r["organisation"], r["role"]) for r in result}
    assert {("Eylon Levy", "Israel", "spokesperson"), ("John Kirby", "White House", "spokesperson"),
            ("Benjamin Netanyahu", "Israel", "prime minister"), ("Abbas Kamel", "Egypt", "intelligence chief"),
            ("Ban Ki-moon", "United Nations", "secretary-general")} <= got


def test_evidence_between_two_actors(seed_ttl):
    result = rows(seed_ttl, "evidence", a="Israel", b="Hamas")
    sentences = {r["evidence"] for r in result}
    assert any(s.startswith("The war began when Hamas attacked Israel on October 7") for s in sentences)
    assert {r["subject"] for r in result} <= {"Israel", "Hamas"}
    # aliases work as parameters, in any case
    assert rows(seed_ttl, "evidence", a="us", b="QATAR")


def test_actor_profile(seed_ttl):
    result = rows(seed_ttl, "actor-profile", actor="Washington")
    fields = {(r["field"], r["value"]) for r in result}
    assert ("name", "United States") in fields and ("type", "State") in fields
    assert ("same as", "http://www.wikidata.org/entity/Q30") in fields


def test_top_actors(seed_ttl):
    result = rows(seed_ttl, "top-actors")
    assert result[0]["actor"] == "Israel" and result[0]["type"] == "State"
    counts = [int(r["relations"]) for r in result]
    assert counts == sorted(counts, reverse=True) and len(result) <= 25


def test_timeline(seed_ttl):
    result = rows(seed_ttl, "timeline")
    assert result[0]["evidence"] == "Israel hits Khan Younis amid talks on one-month Gaza truce"
    articles = [r["article"] for r in result]
    assert articles == sorted(articles)    # the seed articles are undated: article order, then position
