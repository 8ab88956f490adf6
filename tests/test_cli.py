"""The command line: clean one-line errors, exit codes, help with examples, documented commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import EXAMPLES, _parser, main

REPO = Path(__file__).resolve().parent.parent


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/folder"], "corpus folder not found: no/such/folder"),
    (["evaluate", "no/such/gold"], "no gold files"),
    (["evaluate", str(REPO.parent / "shared" / "gold"), "--graph", "nope.json"], "graph file not found: nope.json"),
])
def test_errors_are_one_line_without_traceback(args, message):
    res = run(*args)
    assert res.returncode != 0
    assert message in res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_empty_corpus_folder(tmp_path):
    res = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert res.returncode == 1 and "no articles in corpus folder" in res.stderr
    assert not (tmp_path / "out").exists()


def test_missing_model(tmp_path):
    (tmp_path / "a.txt").write_text("Israel struck Rafah.\n", encoding="utf-8")
    res = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--model", "no_such_model_xyz")
    assert res.returncode == 1
    assert "spaCy model not found: 'no_such_model_xyz'" in res.stderr and "pip install" in res.stderr
    assert "Traceback" not in res.stderr


def test_unreadable_file_warns_and_continues(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Egypt hosts talks\n\nEgypt hosted talks with Hamas in Cairo.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad bytes")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "skipping unreadable article" in err and "bad.txt" in err
    data = json.loads((out / "graph.json").read_text())
    assert [d["id"] for d in data["documents"]] == ["good.txt"]


def test_every_command_has_help_with_an_example():
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():
        text = parser.format_help()
        assert "example:" in text and f"kg {name}" in text, name
        assert name in EXAMPLES


def test_every_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert re.search(rf"kg {name}\b", readme), f"`kg {name}` is not in README.md"


def test_evaluate_json(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({"doc": "a.txt", "actors": [
        {"name": "Israel", "type": "State", "aliases": ["Israel"]}], "relations": []}))
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps({"documents": [{"id": "a.txt"}], "relations": [], "actors": [
        {"id": "israel", "name": "Israel", "type": "State", "aliases": ["Israel"],
         "mentions": [{"doc": "a.txt", "text": "Israel", "start": 0, "end": 6}]}]}))
    res = run("evaluate", str(gold), "--graph", str(graph), "--json")
    assert res.returncode == 0, res.stderr
    figures = json.loads(res.stdout)
    assert figures["actors"]["f1"] == 1.0 and figures["type_accuracy"] == 1.0


@pytest.mark.model
def test_kg_command_writes_complete_files_and_exits_zero(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Qatar and Egypt brokered a truce between Israel and Hamas.", encoding="utf-8")
    res = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "--quiet")
    assert res.returncode == 0, res.stderr
    main(["build", str(corpus), "--out", str(tmp_path / "again"), "--no-cache", "--quiet"])
    for name in ("graph.json", "graph.graphml", "graph.ttl", "graph.html", "events.jsonl"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "again" / name).read_bytes()
    main(["build", str(corpus), "--out", str(tmp_path / "again"), "--no-cache", "--quiet", "--no-plover"])
    assert not (tmp_path / "again" / "events.jsonl").exists() and (tmp_path / "again" / "graph.json").exists()


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "must be at least 1"),
    (["--jobs", "many"], "expected a number of processes or 'auto'"),
])
def test_bad_jobs_are_rejected_by_the_parser(args, message, capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["build", str(tmp_path), *args])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_scheduler_needs_the_dask_engine(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Israel struck Rafah.\n", encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]) == 1
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


TEARDOWN_PROBE = """
import sys
class Probe:
    def __del__(self):
        print("teardown")
probe = Probe()
sys.argv = ["kg", *sys.argv[1:]]
from kg.cli import run
run()
"""


@pytest.mark.parametrize("extra, env, teardown", [
    ([], {}, False), (["--plain"], {}, True), ([], {"KG_PLAIN": "1"}, True)])
def test_the_command_skips_the_teardown_unless_plain(extra, env, teardown, tmp_path):
    """``kg`` ends without the interpreter's teardown (kg.speed.exit); with ``--plain`` or
    KG_PLAIN=1, with a normal exit. The exit code is the command's either way."""
    res = subprocess.run([sys.executable, "-c", TEARDOWN_PROBE, "build", str(tmp_path / "missing"), *extra],
                         capture_output=True, text=True, env={**os.environ, "KG_PLAIN": "", **env})
    assert res.returncode == 1 and "corpus folder not found" in res.stderr
    assert ("teardown" in res.stdout) is teardown


def test_plain_is_a_documented_build_option():
    text = next(a for a in _parser()._actions if a.dest == "command").choices["build"].format_help()
    assert "--plain" in text and "KG_PLAIN=1" in text
