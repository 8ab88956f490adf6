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


# "Israeli jets attacked Rafah. On Tuesday, a suicide attack in Hebron killed five people. The latest
# attack ...": the attack referred to left its author open; no older attack's agent is its
JETS = """
    Israeli       ADJ    amod      jets                             [NORP israel#demonym]
    jets          NOUN   nsubj     attacked      lemma=jet tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Rafah         PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
"""
LATEST = """
    The           DET    det       {head}
    latest        ADJ    amod      {head:13} lemma=late tag=JJS
    attack        NOUN   nsubj     wounded
    wounded       VERB   ROOT      wounded       lemma=wound
    Egyptian      ADJ    amod      officials                        [NORP egypt#demonym]
    officials     NOUN   dobj      wounded       lemma=official tag=NNS
    .             PUNCT  punct     wounded
"""
OPEN_ATTACK = """
    A             DET    det       {noun}
    {mod:13} NOUN   compound  {noun}
    {noun:13} NOUN   nsubj     killed
    in            ADP    prep      {noun}
    Hebron        PROPN  pobj      in                               [GPE]
    killed        VERB   ROOT      killed        lemma=kill
    five          NUM    nummod    people
    people        NOUN   dobj      killed        tag=NNS
    .             PUNCT  punct     killed
"""


def test_the_latest_attack_is_not_an_older_attackers(kb):
    same = events(relations(JETS + OPEN_ATTACK.format(noun="attack", mod="suicide") + LATEST.format(head="attack@2"), kb))
    other = events(relations(JETS + OPEN_ATTACK.format(noun="bombing", mod="car") + LATEST.format(head="attack"), kb))
    assert ("israel", "ASSAULT", "egypt", True) not in same | other
    # with no attack between, "the latest attack" is still the last attacker's
    assert ("israel", "ASSAULT", "egypt", True) in events(relations(JETS + LATEST.format(head="attack"), kb))
