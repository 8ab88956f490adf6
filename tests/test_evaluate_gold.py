"""Gold files checked before scoring: six malformed shapes are one line each; warnings for
gold documents missing from the graph and unknown predicates and types; kg evaluate exits
non-zero when nothing matches (issue #18)."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.errors import GraphFileError
from kg.evaluate import evaluate, load_gold

ACTOR = {"name": "Hamas", "type": "Group", "aliases": ["Hamas"]}
GOOD = {"doc": "a.txt", "actors": [ACTOR], "relations": [{"subject": "Hamas", "predicate": "ASSAULT", "object": "Hamas"}]}
GRAPH = {"documents": [{"id": "a.txt"}], "relations": [],
         "actors": [{"id": "h", "name": "Hamas", "type": "Group", "mentions": [{"doc": "a.txt", "text": "Hamas"}]}]}


def _write(folder, gold, name="a.gold.json"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.mark.parametrize("gold, said", [
    ([GOOD], "the top level must be a JSON object, not an array"),
    ({k: v for k, v in GOOD.items() if k != "doc"}, '"doc" is missing'),
    ({**GOOD, "actors": {"Hamas": ACTOR}}, '"actors" must be a list, not an object'),
    ({**GOOD, "actors": [{"type": "Group"}]}, '"actors"[0]."name" is missing'),
    ({**GOOD, "actors": [{**ACTOR, "aliases": "Hamas"}]}, '"actors"[0]."aliases" must be a list of strings'),
    ({k: v for k, v in GOOD.items() if k != "relations"}, '"relations" is missing'),
    ({**GOOD, "relations": [{"subject": "Hamas", "predicate": 3, "object": "Hamas"}]},
     '"relations"[0]."predicate" must be a string'),
])
def test_malformed_gold_is_one_line(tmp_path, gold, said):
    with pytest.raises(GraphFileError, match=said.replace("[", r"\[").replace("]", r"\]")) as info:
        load_gold(_write(tmp_path / "gold", gold))
    assert "\n" not in str(info.value)


def test_cli_says_one_line_and_exits_non_zero(tmp_path, capsys):
    gold = _write(tmp_path / "gold", [GOOD])
    (tmp_path / "graph.json").write_text(json.dumps(GRAPH), encoding="utf-8")
    assert main(["evaluate", str(gold), "--graph", str(tmp_path / "graph.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must be a JSON object" in err


def test_a_bom_and_bad_json_are_handled(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.gold.json").write_text("\ufeff" + json.dumps(GOOD), encoding="utf-8")
    assert load_gold(folder)[0]["doc"] == "a.txt"
    (folder / "a.gold.json").write_text("{", encoding="utf-8")
    with pytest.raises(GraphFileError, match="cannot read gold file"):
        load_gold(folder)


def test_warnings_name_missing_documents_unknown_predicates_and_types(tmp_path):
    golds = [GOOD, {"doc": "b.txt", "actors": [{"name": "X", "type": "Goblin"}],
                    "relations": [{"subject": "X", "predicate": "HUGGED", "object": "X"}]}]
    for i, g in enumerate(golds):
        _write(tmp_path / "gold", g, f"{i}.gold.json")
    warnings = evaluate(tmp_path / "gold", GRAPH)["warnings"]
    assert warnings == ["gold document 'b.txt' is not in the graph (no mention or relation): it scores zero",
                        "gold document 'b.txt' uses the unknown actor type 'Goblin'",
                        "gold document 'b.txt' uses the unknown predicate 'HUGGED'"]


def test_nothing_matching_exits_non_zero(tmp_path, capsys):
    gold = _write(tmp_path / "gold", {**GOOD, "doc": "z.txt"})
    (tmp_path / "graph.json").write_text(json.dumps(GRAPH), encoding="utf-8")
    assert main(["evaluate", str(gold), "--graph", str(tmp_path / "graph.json")]) == 1
    err = capsys.readouterr().err
    assert "warning: gold document 'z.txt' is not in the graph" in err and "error: nothing matched" in err


def test_a_match_exits_zero_with_no_warning(tmp_path, capsys):
    gold = _write(tmp_path / "gold", GOOD)
    (tmp_path / "graph.json").write_text(json.dumps(GRAPH), encoding="utf-8")
    assert main(["evaluate", str(gold), "--graph", str(tmp_path / "graph.json")]) == 0
    assert capsys.readouterr().err == ""
