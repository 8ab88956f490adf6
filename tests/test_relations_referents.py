"""Tests for :mod:`kg.relations.referents`: the actors a description of insurgents may not stand
for ("the rebels" are no state's army), hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, reading, relations

from kg.relations.referents import state_body

# "We were attacked by the FACA (army) ... Bambari was seized on Sunday by the rebels"
ARMY_NAMED = """
    The           DET    det       FACA
    FACA          PROPN  nsubj     attacked                         [ORG]
    (             PUNCT  punct     FACA
    army          NOUN   appos     FACA
    )             PUNCT  punct     FACA
    attacked      VERB   ROOT      attacked      lemma=attack
    Bambari       PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
"""


def test_the_rebels_are_not_the_army_named_before(kb):
    got = events(relations(ARMY_NAMED + """
    The           DET    det       rebels
    rebels        NOUN   nsubj     entered       lemma=rebel tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    Sibut         PROPN  dobj      entered                          [GPE]
    .             PUNCT  punct     entered
    """, kb))
    assert got == {("faca", "ASSAULT", "bambari-cf", True)}


def test_a_seizure_by_the_rebels_is_not_the_armys(kb):
    got = events(relations(ARMY_NAMED + """
    Sibut         PROPN  nsubjpass seized                           [GPE]
    was           AUX    auxpass   seized        lemma=be
    seized        VERB   ROOT      seized        lemma=seize tag=VBN
    by            ADP    agent     seized
    the           DET    det       rebels
    rebels        NOUN   pobj      by            lemma=rebel tag=NNS
    .             PUNCT  punct     seized
    """, kb))
    assert got == {("faca", "ASSAULT", "bambari-cf", True)}


def test_a_state_body_by_kind_parent_or_description(kb):
    da, ds = reading(ARMY_NAMED + """
    The           DET    det       army
    Pakistani     ADJ    amod      army                             [NORP pakistan-army#alias
    army          NOUN   nsubj     shelled                          ]
    and           CCONJ  cc        army
    Hamas         PROPN  conj      army                             [ORG hamas#name]
    shelled       VERB   ROOT      shelled       lemma=shell
    Sibut         PROPN  dobj      shelled                          [GPE]
    .             PUNCT  punct     shelled
    """, kb)
    # described as the army; the knowledge base's body of a state; an armed group is none
    assert [state_body(a, da, ds) for a in ("faca", "pakistan-army", "hamas")] == [True, True, False]
