"""The evaluator: matching rules of the issue, on small hand-made graphs."""

from __future__ import annotations

import json

import pytest

from kg.evaluate import evaluate, format_table, match_actors


def actor(aid, name, type_, doc="a.txt", texts=()):
    return {"id": aid, "name": name, "type": type_, "aliases": list(texts) or [name],
            "mentions": [{"doc": doc, "text": t, "start": 0, "end": len(t)} for t in (texts or [name])]}


GOLD = {"doc": "a.txt", "actors": [
    {"name": "United States", "type": "State", "aliases": ["US", "the US", "Washington"]},
    {"name": "Khan Younis", "type": "Place", "aliases": ["Khan Yunis"]},
    {"name": "Hamas", "type": "Group", "aliases": ["Hamas"]}],
    "relations": [{"subject": "United States", "predicate": "ASSAULT", "object": "Khan Younis", "evidence": "x"},
                  {"subject": "Hamas", "predicate": "ACCUSE", "object": "United States", "evidence": "y"}]}


@pytest.mark.parametrize("output, expected", [
    # name or mention equals a gold name or alias, ignoring case and a leading "the"
    ([actor("us", "United States", "State", texts=["THE US"])], {"us": "United States"}),
    ([actor("ky", "Khan Yunis", "Place")], {"ky": "Khan Younis"}),
    ([actor("x", "Washington", "Place")], {"x": "United States"}),
    ([actor("h", "Hamas movement", "Group", texts=["Hamas movement"])], {}),
    # one to one: a second actor with the same name does not match twice
    ([actor("h1", "Hamas", "Group"), actor("h2", "Hamas", "Group")], {"h1": "Hamas"}),
])
def test_actor_matching(output, expected):
    assert match_actors(GOLD, output) == expected


def test_figures(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD))
    graph = {"documents": [{"id": "a.txt"}], "actors": [
        actor("us", "United States", "State", texts=["US"]), actor("ky", "Khan Yunis", "State"),
        actor("spurious", "Reuters", "Group")],
        "relations": [
            {"subject": "us", "predicate": "ASSAULT", "object": "ky", "doc": "a.txt", "asserted": True},
            {"subject": "us", "predicate": "CONSULT", "object": "ky", "doc": "a.txt", "asserted": True},
            {"subject": "us", "predicate": "ACCUSE", "object": "ky", "doc": "a.txt", "asserted": False}]}
    res = evaluate(tmp_path, graph)
    assert res["actors"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "tp": 2, "fp": 1, "fn": 1}
    assert res["type_accuracy"] == 0.5          # Khan Yunis typed State
    assert res["relations"]["tp"] == 1 and res["relations"]["fp"] == 1 and res["relations"]["fn"] == 1
    assert "all (1 documents)" in format_table(res)


def test_doc_types_override_the_global_type(tmp_path):
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD))
    ky = actor("ky", "Khan Yunis", "State")
    ky["doc_types"] = {"a.txt": "Place"}
    res = evaluate(tmp_path, {"documents": [], "actors": [ky], "relations": []})
    assert res["type_accuracy"] == 1.0
