"""kg.export.plover: events.jsonl, one PLOVER record per asserted event, with PLOVER's field
names, the CAMEO codes and kg's ids and offsets; pure and byte-stable."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import build_contract_graph

from kg.export.plover import CODEBOOK, dumps_plover, plover_records, read_plover, write_plover
from kg.ontology import default_ontology

FIELDS = ["id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text", "text_info", "link",
          "cite_info", "cameo", "kg"]
ENTITY = ["code", "sector", "entity_text", "identifier_id", "identifier_text", "cameo", "kg_id", "type"]


@pytest.fixture
def G():
    G = build_contract_graph()
    G.nodes["israel"]["ids"]["cameo"] = "ISR"
    for _, _, key, data in G.edges(keys=True, data=True):
        data.setdefault("cameo", None)
        data.setdefault("rule", "clause.active")
        if key == "b.txt#r3":   # Egypt mediated between Israel and Hamas
            data.update(cameo="043", subject_cameo="EGY", object_cameo="ISR")
        if key == "a.txt#r1":
            data.update(cameo="190", subject_cameo="ISRMIL", object_cameo="PSEREBHMS")
    return G


def test_one_record_per_asserted_event_in_graph_json_order(G):
    records = list(plover_records(G))
    events = sorted(((d["doc"], d["start"], d["trigger_start"], k) for _, _, k, d in G.edges(keys=True, data=True)
                     if d["asserted"] and d["predicate"] not in ("AFFILIATED_WITH", "LOCATED_IN")))
    assert [r["id"] for r in records] == [k for *_, k in events]
    assert all(list(r) == FIELDS for r in records)
    assert all(list(e) == ENTITY for r in records for e in r["actor"] + r["recipient"])
    assert not {"a.txt#r2", "a.txt#r4", "a.txt#r5"} & {r["id"] for r in records}   # negated, future, structural


def test_a_record(G):
    r = next(r for r in plover_records(G) if r["id"] == "a.txt#r1")
    data = G.edges["israel", "hamas", "a.txt#r1"]
    assert r["date"] == "2024-05-01" and r["event"] == ["ASSAULT"] and r["cameo"] == "190"
    assert r["actor"] == [{"code": "ISR", "sector": "MIL", "entity_text": "Israel", "identifier_id": "Q801",
                           "identifier_text": "Israel", "cameo": "ISRMIL", "kg_id": "israel", "type": "State"}]
    assert r["recipient"][0]["code"] == "PSE" and r["recipient"][0]["sector"] == "REB"
    assert (r["event_text"], r["text"], r["text_info"]) == (
        [data["trigger"]], data["evidence"], {"start": data["start"], "end": data["end"]})
    assert r["link"] == "a.txt" and r["cite_info"] == {
        "citation": "a.txt", "title": "Israeli strikes hit Khan Yunis as truce talks stall",
        "url": "https://example.org/a", "publication": "Example Wire", "coder": "kg (test)", "codebook": CODEBOOK}
    assert r["kg"] == {"relation": "a.txt#r1", "predicate": "ASSAULT", "subject": "israel", "object": "hamas",
                       "doc": "a.txt", "start": data["start"], "end": data["end"],
                       "trigger_start": data["trigger_start"], "trigger_end": data["trigger_end"],
                       "source": None, "confidence": data["confidence"], "rule": "clause.active"}
    # the codebook gives 190 no mode, one context; an actor without a code has none
    assert (r["mode"], r["context"]) == ([], ["military"])
    other = next(r for r in plover_records(G) if r["id"] == "b.txt#r1")
    assert other["actor"][0]["code"] is None and other["actor"][0]["cameo"] is None


def test_kg_s_mediate_is_plover_s_consult_with_the_codebook_s_mode(G):
    r = next(r for r in plover_records(G) if r["id"] == "b.txt#r3")
    assert r["event"] == ["CONSULT"] and r["kg"]["predicate"] == "MEDIATE"
    assert (r["cameo"], r["mode"], r["context"]) == ("043", ["visit"], [])
    # a code whose PLOVER class is not the event's gives no mode
    G.edges["egypt", "israel", "b.txt#r3"]["cameo"] = "190"
    assert next(r for r in plover_records(G) if r["id"] == "b.txt#r3")["mode"] == []


def test_mode_and_context_come_from_the_codebook(G):
    codebook = default_ontology().cameo_codes
    assert codebook["0871"].plover == "RETREAT" and codebook["0871"].mode == "ceasefire"
    assert codebook["091"].context == ("crime", "corruption") and codebook["010"].plover is None
    G.edges["israel", "hamas", "a.txt#r1"]["predicate"] = "ACCUSE"
    G.edges["israel", "hamas", "a.txt#r1"]["cameo"] = "091"
    r = next(r for r in plover_records(G) if r["id"] == "a.txt#r1")
    assert (r["event"], r["mode"], r["context"]) == (["ACCUSE"], ["investigate"], ["crime", "corruption"])


def test_the_entity_text_is_the_mention_in_the_sentence(G):
    G.nodes["israel"]["mentions"].insert(0, {"doc": "a.txt", "text": "Israeli", "start": 0, "end": 7})
    r = next(r for r in plover_records(G) if r["id"] == "a.txt#r1")
    assert r["actor"][0]["entity_text"] == "Israeli"
    r = next(r for r in plover_records(G) if r["id"] == "b.txt#r3")
    assert r["recipient"][0]["entity_text"] == "Israel"   # no mention in that sentence: the name


def test_the_mentions_are_looked_for_in_the_events_document_only_as_in_all_of_them(G):
    from kg.export.plover import _mention_in, _MentionsByDoc
    G.nodes["israel"]["mentions"][:0] = [{"doc": "b.txt", "text": "Israeli", "start": 0, "end": 9999},
                                         {"doc": "a.txt", "text": "Israelis", "start": 0, "end": 8},
                                         {"text": "no document", "start": 0, "end": 9999}]
    by_doc = _MentionsByDoc(G)
    events = list(G.edges(keys=True, data=True)) + [("israel", "hamas", "x", {"doc": None, "start": 0, "end": 9999})]
    for u, v, _, data in events:
        for node in (u, v):
            assert by_doc.mention_in(node, data) == _mention_in(G.nodes[node], data)


def test_undated_and_partly_dated_articles(G):
    G.graph["documents"][1]["date"] = "2024-05-02T08:00:00Z"
    assert next(r for r in plover_records(G) if r["id"] == "b.txt#r3")["date"] == "2024-05-02"
    G.graph["documents"][1]["date"] = "early May"
    assert next(r for r in plover_records(G) if r["id"] == "b.txt#r3")["date"] is None


def test_pure_and_byte_stable(G, tmp_path):
    before = copy.deepcopy((dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), G.graph))
    text = dumps_plover(G)
    assert (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), G.graph) == before
    write_plover(G, tmp_path / "events.jsonl")
    assert (tmp_path / "events.jsonl").read_text(encoding="utf-8") == text == dumps_plover(G)
    assert read_plover(tmp_path / "events.jsonl") == [json.loads(line) for line in text.splitlines()]
    assert text.count("\n") == len(list(plover_records(G)))


def test_an_empty_graph_gives_an_empty_file(tmp_path):
    import networkx as nx
    write_plover(nx.MultiDiGraph(documents=[]), tmp_path / "events.jsonl")
    assert (tmp_path / "events.jsonl").read_bytes() == b""


def test_in_a_long_article_only_the_mentions_from_the_sentence_on_are_looked_at(G, monkeypatch):
    """One article naming an actor thousands of times: an event's entity text is found among
    the mentions from its sentence's start on (they are in order), the same text as looking
    at every one; mentions out of order are all looked at, as before."""
    from kg.export import plover
    from kg.export.plover import _mention_in, _MentionsByDoc
    many = [{"doc": "a.txt", "text": f"Israel{n}", "start": 1000 + 10 * n, "end": 1006 + 10 * n} for n in range(5000)]
    G.nodes["israel"]["mentions"] = sorted(G.nodes["israel"]["mentions"] + many,
                                           key=lambda m: (str(m["doc"]), m["start"], m["end"]))
    events = [{"doc": "a.txt", "start": s, "end": e} for s, e in ((0, 80), (1000, 1006), (1005, 1100), (1003, 1005),
                                                                   (50990, 51100), (99999, 100005))]
    events += [data for _, _, data in G.edges(data=True)] + [{"doc": "a.txt", "start": None, "end": 5}]
    looked = []
    monkeypatch.setattr(plover, "_mention_in", lambda data, rel, ms=None: looked.append(list(ms)) or _mention_in(
        data, rel, looked[-1]))
    by_doc = _MentionsByDoc(G)
    for rel in events:
        assert by_doc.mention_in("israel", rel) == _mention_in(G.nodes["israel"], rel)
    assert max(len(ms) for ms in looked) < 20
    G.nodes["israel"]["mentions"].reverse()   # out of order: every mention of the article
    by_doc, looked[:] = _MentionsByDoc(G), []
    for rel in events:
        assert by_doc.mention_in("israel", rel) == _mention_in(G.nodes["israel"], rel)
    assert max(len(ms) for ms in looked) > 5000
