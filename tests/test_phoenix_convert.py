"""Tests for :mod:`kg.phoenix_convert`'s reading of PETRARCH's verb patterns as
PETRARCH reads them (``block_code``), on small hand-written dictionaries."""

from __future__ import annotations

from kg.phoenix import read_verbs
from kg.phoenix_convert import CameoRow, FrameWords, verb_frames

TABLE = {"04": (CameoRow("04", "CONSULT", "CONSULT", None, ""),),
         "03": (CameoRow("03", "AGREE", "AGREE", None, ""),),
         "06": (CameoRow("06", "COOPERATE", "COOPERATE", None, ""),),
         "02": (CameoRow("02", None, "REQUEST", None, ""),)}
WORDS = FrameWords(frozenset({"with", "on", "to"}), frozenset(), {})
WIDER = FrameWords(frozenset({"with", "on", "to", "at", "in"}), frozenset(), {})

DICTIONARY = """
--- WELCOME  [041] ---
WELCOME
--- RESTORE  [064] ---
RESTORE
- * TIES  [064]
--- AGREE  [030] ---
AGREE
- % * [030:030]
--- REPORT  [025?] ---
REPORT
"""


def texts(rows):
    return {(r.text, r.predicate, r.cameo, r.voice) for r in rows}


def test_a_member_verb_takes_its_blocks_code_only_when_asked():
    vd = read_verbs(DICTIONARY)
    plain, skipped = verb_frames(vd, TABLE, WORDS, "t.verbs.txt")
    assert ("welcome", "CONSULT", "041", "") not in texts(plain)
    assert skipped["verb alone with only its block's code"] == 4
    full, _ = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert {("welcome", "CONSULT", "041", ""), ("restore", "COOPERATE", "064", ""),
            ("restore tie", "COOPERATE", "064", "")} <= texts(full)


def test_a_compound_subject_pattern_is_a_mutual_frame():
    rows, _ = verb_frames(read_verbs(DICTIONARY), TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert [(r.predicate, r.cameo, r.voice) for r in rows if r.text == "agree"] == [("AGREE", "030", "mutual")]


def test_a_code_marked_uncertain_is_no_code():
    rows, _ = verb_frames(read_verbs(DICTIONARY), TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert not [r for r in rows if r.text.startswith("report")]


PRE_VERB = """
--- DELAY  [040] ---
DELAY
POSTPONE
- % HAVE *  [030]
- HEAVILY UNJUSTLY *  [064]
- $ SAID *  [041]
"""


def test_plain_words_before_the_verb_are_pre_verb_words_when_asked():
    vd = read_verbs(PRE_VERB)
    plain, skipped = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert texts(plain) == {("delay", "CONSULT", "040", ""), ("postpone", "CONSULT", "040", "")}
    assert skipped["pattern with words before the verb (a subject condition)"] == 6
    rows, skipped = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True, pre_verb=True)
    assert {("[have] delay", "AGREE", "030", "mutual"), ("[heavily] [unjustly] delay", "COOPERATE", "064", ""),
            ("[have] postpone", "AGREE", "030", "mutual")} <= texts(rows)
    assert skipped["pattern with words before the verb (a subject condition)"] == 2   # "$ SAID *": a marker
    # a context pattern is no other reading of the verb: the verb alone keeps its code
    assert ("delay", "CONSULT", "040", "") in texts(rows)


def test_a_secondary_code_of_the_same_root_makes_a_mutual_frame_in_petrarchs_reading():
    vd = read_verbs("--- LEFT  [042:043] ---\nLEFT\n--- MEET  [040:060] ---\nMEET\n")
    petrarch, _ = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert texts(petrarch) == {("left", "CONSULT", "042", "mutual"), ("meet", "CONSULT", "040", "")}
    vd = read_verbs("--- LEFT  [042:043] ---\nLEFT\n- * TIES [042:043]\n")
    imported, _ = verb_frames(vd, TABLE, WORDS, "t.verbs.txt")
    assert texts(imported) == {("left tie", "CONSULT", "042", "")}


MARKERS = """
--- CELEBRATE  [040] ---
CELEBRATE
- * EID AT ^ WITH +  [043]
- * IFTAR IN ^ +  [045]
- + HOSTING * TABASKI ^ $ [042]
"""


def test_skip_and_target_markers_in_petrarchs_reading():
    vd = read_verbs(MARKERS)
    rows, skipped = verb_frames(vd, TABLE, WIDER, "t.verbs.txt", block_code=True, pre_verb=True)
    assert {("celebrate eid at^ with", "CONSULT", "043", ""), ("celebrate iftar in^", "CONSULT", "045", "")} <= texts(rows)
    assert not [r for r in rows if "tabaski" in r.text]   # a source marker ($) is not read
    imported, skipped = verb_frames(vd, TABLE, WIDER, "t.verbs.txt", block_code=True)
    assert texts(imported) == {("celebrate", "CONSULT", "040", "")}
    assert skipped["PETRARCH marker or joined words in a pattern"] == 2


def test_words_written_before_a_member_verb_are_pre_verb_words_when_asked():
    vd = read_verbs("--- TAP  [040] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n- WILL NOT *  [064]\n")
    plain, skipped = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True)
    assert plain == [] and skipped["verb with words before it (WIRE_+TAP)"] == 1
    rows, _ = verb_frames(vd, TABLE, WORDS, "t.verbs.txt", block_code=True, pre_verb=True)
    assert texts(rows) == {("[wire] tap", "CONSULT", "040", ""), ("[wire] [will] [not] tap", "COOPERATE", "064", "")}
