"""kg.peer: kg scored on the PETRARCH-2 unit-test suite (kg evaluate --petrarch): the records
left out, who -> whom, the CAMEO root, unexpected events, the causes of misses; and the
figures on the real suite, asserted as a floor, and the issue's bars."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.ontology import default_ontology
from kg.peer import (
    Expected,
    Produced,
    SuiteRecord,
    _knowledge_folders,
    format_report,
    load_suite,
    miss_cause,
    produced_events,
    score,
    score_record,
    validate_dictionaries,
)

REPO = Path(__file__).resolve().parent.parent
SUITE = REPO.parent / "shared" / "peer" / "petrarch2_unit.jsonl"

# kg's figures on the suite today (commit of this test): a regression makes the test fail.
# Raise them when kg does better; the bars are BARS.
FLOOR = {"direction": 197, "root": 188, "unexpected": 28, "expected": 271, "records": 197}
BARS = {"direction_rate": 0.70, "root_rate": 0.55, "unexpected_rate": 0.20}


@pytest.fixture(scope="module")
def kb():
    return default_ontology()


def _record(rid="petrarch2-unit:DEMO-01", events=(("ARN", "GON", "064"),), note="", left_out=None) -> SuiteRecord:
    return SuiteRecord(rid, "text", tuple(Expected(*e) for e in events), note, rid.split(":")[1].split("-")[0],
                       left_out=left_out)


def _event(actor, recipient, code, plover="COOPERATE", subject=None, obj=None, asserted=True) -> Produced:
    return Produced(subject or actor.lower(), obj or recipient.lower(), actor, recipient, code, plover,
                    f"{actor} {code} {recipient}", asserted)


# -- the suite file ------------------------------------------------------------------------------

def test_load_suite(tmp_path, kb):
    lines = [
        {"id": "petrarch2-unit:DATE-01", "text": "Sam met Frodo.", "events": [{"source": "HOB", "target": "SHR",
         "code": "031"}], "note": "[t] Date-restricted (here 1995-01-04); article date 1995-01-04."},
        {"id": "petrarch2-unit:COMPOUND-30a", "text": "x", "events": [], "note": "DISABLED in source"},
        {"id": "petrarch2-unit:ERROR-01", "text": "x", "events": [], "note": "Expected an ERROR: datelex"},
        {"id": "petrarch2-unit:SYNSET-01", "text": "x", "events": [{"source": "A", "target": "B", "code": "901"}],
         "note": "9xx codes"},
        {"id": "petrarch2-unit:VERB-10", "text": "x", "events": [{"source": "A", "target": "B", "code": "1011"}],
         "note": "Second pattern (test-only code 1011)."},
        {"id": "petrarch2-unit:AFP0808020593-1", "text": "x", "events": [], "note": "Expected NO events."},
    ]
    path = tmp_path / "suite.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    recs = load_suite(path, kb.cameo_codes)
    assert [(r.category, r.date, r.left_out) for r in recs] == [
        ("DATE", "1995-01-04", None), ("COMPOUND", None, "disabled, caution or questionable"),
        ("ERROR", None, "expects an error"), ("SYNSET", None, "test-only code"), ("VERB", None, "test-only code"),
        ("AFP", None, None)]
    assert recs[0].events == (Expected("HOB", "SHR", "031"),)
    path.write_text('{"id": "x", "text": "no events"}\n', encoding="utf-8")
    with pytest.raises(KgError, match=r"suite.jsonl:1: not a suite record"):
        load_suite(path, kb.cameo_codes)
    with pytest.raises(KgError, match="cannot read the suite"):
        load_suite(tmp_path / "absent.jsonl", kb.cameo_codes)


def test_knowledge_folders(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "a.actors.txt").write_text("X\n", encoding="utf-8")
    folders = _knowledge_folders([tmp_path / "dir", tmp_path / "a.actors.txt"], tmp_path / "t")
    assert folders[0] == tmp_path / "dir" and (folders[1] / "a.actors.txt").read_text() == "X\n"
    with pytest.raises(KgError, match="knowledge not found"):
        _knowledge_folders([tmp_path / "none"], tmp_path / "t")


@pytest.mark.skipif(not SUITE.exists(), reason="../shared/peer is not beside the repository")
def test_the_test_dictionaries_are_found_beside_the_suite(tmp_path):
    assert [p.name for p in validate_dictionaries(SUITE)] == [
        "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt",
        "PETR.Validate.verbs.txt"]
    (tmp_path / "peer").mkdir()
    with pytest.raises(KgError, match="no PETRARCH test dictionaries"):
        validate_dictionaries(tmp_path / "peer" / "suite.jsonl")


# -- scoring ---------------------------------------------------------------------------------------

def test_who_to_whom_root_and_unexpected(kb):
    rec = _record(events=[("ARNGOV", "GON", "064"), ("GON", "ARN", "033")])
    events = [_event("ARNGOV", "GONMIL", "064"), _event("GON", "ARN", "190", "ASSAULT"),
              _event("OSG", "MOR", "190", "ASSAULT")]
    tally, misses, extra = score_record(rec, events, kb, {"ARN", "GON", "OSG", "MOR"})
    assert (tally.expected, tally.direction, tally.root, tally.unexpected) == (2, 2, 1, 1)
    assert [m["cause"] for m in misses] == ["wrong event code"] and [p.actor for p in extra] == ["OSG"]


def test_the_plover_class_agrees_where_the_root_does_not(kb):
    # 057 (sign an agreement) is PLOVER's SUPPORT and kg's AGREE: an AGREE event coded 030 agrees
    rec = _record(events=[("ARN", "GON", "057")])
    tally, _, _ = score_record(rec, [_event("ARN", "GON", "030", "AGREE")], kb, {"ARN", "GON"})
    assert (tally.direction, tally.root) == (1, 1)


def test_each_produced_event_counts_once_and_repeats_are_one(kb):
    rec = _record(events=[("ARN", "GON", "064"), ("ARN", "GON", "064")])
    same = [_event("ARN", "GON", "064"), _event("ARN", "GON", "0641")]   # one event said twice
    tally, _, extra = score_record(rec, same, kb, {"ARN", "GON"})
    assert (tally.direction, tally.root, tally.unexpected, extra) == (1, 1, 0, [])


def test_a_compound_actor_acts_once_per_member(kb):
    import networkx as nx
    G = nx.MultiDiGraph()
    common = {"doc": "d", "start": 0, "modality": "asserted", "asserted": True}
    G.add_edge("shire", "lorien", key="r1", predicate="COOPERATE", trigger="restore", trigger_start=5, cameo="064",
               subject_cameo="FRO/BIL", object_cameo="ELR/GAL", **common)
    G.add_edge("gondor", "shire", key="r2", predicate="ASSAULT", trigger="hit", trigger_start=1, cameo="190",
               subject_cameo="GON", object_cameo="FRO/BIL", **common)
    got = [(p.subject, p.actor, p.object, p.recipient) for p in produced_events(G, kb)["d"]]
    assert got == [("gondor", "GON", "shire[FRO]", "FRO"), ("gondor", "GON", "shire[BIL]", "BIL"),
                   ("shire[FRO]", "FRO", "lorien[ELR]", "ELR"), ("shire[FRO]", "FRO", "lorien[GAL]", "GAL"),
                   ("shire[BIL]", "BIL", "lorien[ELR]", "ELR"), ("shire[BIL]", "BIL", "lorien[GAL]", "GAL")]


def test_an_actor_petrarch_has_no_code_for_is_matched_by_its_text(kb):
    rec = _record(events=[('"THE HEAD MINERVA MCGONAGALL"', "GON", "032"), ("GON", '"THE MINISTRY OF MAGIC"', "033")])
    events = [_event(None, "GON", "030", "AGREE", subject="minerva-mcgonagall"),
              _event("GON", None, "030", "AGREE", obj="ministry-of-magic"),
              _event("GON", None, "030", "AGREE", obj="hogwarts")]
    tally, _, extra = score_record(rec, events, kb, {"GON"})
    assert (tally.direction, tally.root, tally.unexpected) == (2, 2, 1) and extra[0].object == "hogwarts"


def test_unasserted_events_do_not_count(kb):
    rec = _record()
    tally, misses, _ = score_record(rec, [_event("ARN", "GON", "064", asserted=False)], kb, {"ARN", "GON"})
    assert (tally.direction, tally.unexpected) == (0, 0)
    assert misses[0]["cause"] == "not asserted (future, hypothetical, ...)"


@pytest.mark.parametrize(("events", "codes", "framed", "cause"), [
    ([], {"ARN"}, True, "actor not found"),
    ([], {"ARN", "GON"}, True, "no event: the verb's frame not read"),
    ([], {"ARN", "GON"}, False, "no event: verb not in lexicon"),
    ([_event("GON", "ARN", "064")], {"ARN", "GON"}, True, "direction reversed"),
    ([_event("ARN", "MOR", "064")], {"ARN", "GON", "MOR"}, True, "construction (other pair)"),
])
def test_miss_causes(events, codes, framed, cause):
    assert miss_cause(Expected("ARN", "GON", "064"), events, codes, found=False, framed=framed) == cause


def test_score_per_category_and_left_out(kb):
    recs = [_record("petrarch2-unit:DEMO-01"), _record("petrarch2-unit:PASSIVE-01"),
            _record("petrarch2-unit:PASSIVE-02", events=()),
            _record("petrarch2-unit:SYNSET-01", events=[("A", "B", "901")], left_out="test-only code")]
    produced = {"petrarch2-unit:DEMO-01": [_event("ARN", "GON", "064")],
                "petrarch2-unit:PASSIVE-02": [_event("ARN", "GON", "064")],
                "petrarch2-unit:SYNSET-01": [_event("A", "B", "901")]}
    codes = {r.id: {"ARN", "GON"} for r in recs}
    framed = {r.id: {"06"} for r in recs}
    result = score(recs, produced, kb, codes, framed)
    assert (result["records"], result["expected"], result["direction"], result["root"], result["unexpected"]) == \
        (3, 2, 1, 1, 1)
    assert result["left_out"] == {"test-only code": 1}
    assert result["categories"]["PASSIVE"]["records"] == 2 and result["categories"]["PASSIVE"]["unexpected"] == 1
    assert result["misses"] == {"no event: the verb's frame not read": 1}
    assert "SYNSET" not in result["categories"]
    text = format_report(result, errors=True)
    assert text.splitlines()[0].split() == ["category", "records", "expected", "who->whom", "+root", "unexpected"]
    assert "all" in text and "50.0%" in text and "left out: 1 test-only code" in text
    assert "missed petrarch2-unit:PASSIVE-01: ARN -> GON 064" in text and "unexpected petrarch2-unit:PASSIVE-02" in text


# -- the real suite, with PETRARCH's test dictionaries ------------------------------------------------

@pytest.fixture(scope="module")
def suite_result():
    """``kg evaluate --petrarch SUITE --json``, run once (about ten seconds)."""
    if not SUITE.exists():
        pytest.skip("../shared/peer is not beside the repository")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["evaluate", "--petrarch", str(SUITE), "--json"]) == 0
    return json.loads(buffer.getvalue())


@pytest.mark.model
def test_the_suite_figures_do_not_fall(suite_result):
    r = suite_result
    assert (r["records"], r["expected"]) == (FLOOR["records"], FLOOR["expected"])
    assert r["direction"] >= FLOOR["direction"] and r["root"] >= FLOOR["root"]
    assert r["unexpected"] <= FLOOR["unexpected"]
    assert r["left_out"] == {"disabled, caution or questionable": 8, "expects an error": 3, "test-only code": 75}
    assert {"PASSIVE", "COMPOUND", "AGENT", "COMMA", "DATE", "DEMO"} <= set(r["categories"])
    assert sum(c["expected"] for c in r["categories"].values()) == r["expected"]
    assert sum(r["misses"].values()) == r["expected"] - r["root"]
    assert "outcomes" not in r   # only with --errors


@pytest.mark.model
def test_the_suite_bars(suite_result):
    r = suite_result
    assert r["direction_rate"] >= BARS["direction_rate"] and r["root_rate"] >= BARS["root_rate"]
    assert r["unexpected_rate"] <= BARS["unexpected_rate"]


def test_evaluate_needs_gold_or_a_suite(capsys):
    assert main(["evaluate"]) != 0
    assert "give a folder of *.gold.json files (or --petrarch SUITE)" in capsys.readouterr().err
