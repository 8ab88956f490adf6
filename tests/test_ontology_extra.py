"""Tests for :mod:`kg.ontology_extra`: a knowledge folder's Phoenix verb dictionary is read
as PETRARCH reads it and is the lexicon its verbs are coded with."""

from __future__ import annotations

import pytest

from kg.ontology import load_ontology
from kg.ontology_read import Frame, merge_frames


def frame(text: str, predicate: str) -> Frame:
    words = text.split()
    return Frame(words[0], tuple(frozenset({w}) for w in words[1:]), None, predicate, None, text)


def test_merge_frames_which_wins_on_the_same_text():
    base = {"welcome": (frame("welcome", "SUPPORT"), frame("welcome back", "SUPPORT"))}
    extra = {"welcome": (frame("welcome", "CONSULT"),)}
    assert {f.text: f.predicate for f in merge_frames(base, extra)["welcome"]} == {
        "welcome": "SUPPORT", "welcome back": "SUPPORT"}
    assert {f.text: f.predicate for f in merge_frames(base, extra, extra_wins=True)["welcome"]} == {
        "welcome": "CONSULT", "welcome back": "SUPPORT"}


def test_a_phoenix_verb_dictionary_is_read_as_petrarch_reads_it(tmp_path):
    (tmp_path / "t.verbs.txt").write_text("--- WELCOME  [041] ---\nWELCOME\n--- RESTORE  [064] ---\nRESTORE\n"
                                          "- * TIES  [064]\n", encoding="utf-8")
    (tmp_path / "t.actors.txt").write_text("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601-19990815]\n",
                                           encoding="utf-8")
    base = load_ontology()
    kb = load_ontology(extra=[tmp_path])
    welcome = {f.text: f for f in kb.lexicon.verbs["welcome"]}
    assert welcome["welcome"].cameo == "041" and welcome["welcome"].nested_object   # the dictionary's, not kg's
    assert {f.text: f.cameo for f in base.lexicon.verbs["welcome"]}["welcome"] != "041"
    assert {f.text for f in kb.lexicon.verbs["restore"]} >= {"restore", "restore tie"}
    gollum = kb.lookup("Gollum")[0][0]            # a one-word person's record is kept
    assert kb.cameo_on(gollum, "1996-01-01") == "HOBGOV"


def test_a_verb_alone_codes_its_blocks_code_whatever_its_patterns_code(tmp_path):
    # PETRARCH codes the verb alone when no pattern holds: kg's import drops such a verb
    # ("give", "leave": many events), a knowledge folder's dictionary keeps it
    (tmp_path / "t.verbs.txt").write_text("--- ALLOW  [080] ---\nALLOW\n- * LEAVE  [066]\n- NOT *  [112]\n"
                                          "- % HAVE *  [030]\n", encoding="utf-8")
    allow = {f.text: f for f in load_ontology(extra=[tmp_path]).lexicon.verbs["allow"]}
    assert {"allow", "allow leave", "[not] allow", "[have] allow"} <= set(allow)
    assert (allow["allow"].cameo, allow["[not] allow"].before, allow["[have] allow"].mutual) == (
        "080", (frozenset({"not"}),), True)


def test_a_knowledge_folders_discards_are_applied(tmp_path):
    (tmp_path / "t.discards.txt").write_text("BASEBALL\n+TYPHOON\n", encoding="utf-8")
    base, kb = load_ontology(), load_ontology(extra=[tmp_path])
    assert not any(d.applied for d in base.discards)
    assert kb.discard("a baseball game", applied=True).phrase == "baseball"
    assert kb.discard("a typhoon struck", applied=True).story
    assert kb.discard("a cricket match", applied=True) is None and base.discard("a baseball game", applied=True) is None


@pytest.mark.parametrize("verb, forms", [("cordon", ["cordons", "cordoned", "cordoning"]),
                                         ("carry", ["carries", "carried", "carrying"]),
                                         ("seize", ["seizes", "seized", "seizing"]),
                                         ("agree", ["agrees", "agreed", "agreeing"]),
                                         ("wash", ["washes", "washed", "washing"])])
def test_regular_forms(verb, forms):
    from kg.ontology_extra import regular_forms
    assert regular_forms(verb) == forms


def test_a_dictionary_verb_is_found_under_its_regular_forms_too(tmp_path):
    (tmp_path / "t.verbs.txt").write_text("--- EXCLUDE  [172] ---\nEXCLUDE\n+CORDON_OFF\nWIRE_+TAP\n", encoding="utf-8")
    verbs = load_ontology(extra=[tmp_path]).lexicon.verbs
    assert verbs["cordoned"] == verbs["cordon"] and verbs["cordoned"][0].lemma == "cordon"
    assert [f.text for f in verbs["tap"] if f.before] == ["[wire] tap"]   # a word written before the verb
