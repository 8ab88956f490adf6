"""Rule tests for the agent of an attack noun the text names without one (issue #16,
inference beyond the sentence): "The attack took place near Kunduz", "the airstrike on
Rafah" are done by the one side the text has seen attacking
(:func:`kg.relations.anaphora.sole_attacker`, ``nominal_event.anaphor``); never a guess between two
attacking sides, never an attack on the agent's own ground. On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

SOLE_ATTACKER = [
    pytest.param("""
    RSF            PROPN  compound   fighters       lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       convoy         tag=IN
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        attack         tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    North          PROPN  compound   Darfur@2       lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in@2           lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      took           tag=.
    """, {("rapid-support-forces", "ASSAULT", "north-darfur", True)}, id="one-attacker-the-attack-took-place-in"),
    pytest.param("""
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Gaza           PROPN  dobj       struck         lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
    .              PUNCT  punct      struck         tag=.
    The            DET    det        airstrike      tag=DT
    airstrike      NOUN   nsubj      injured        tag=NN
    on             ADP    prep       airstrike      tag=IN
    Rafah          PROPN  pobj       on             lemma=Rafah tag=NNP      [LOC rafah#name]
    injured        VERB   ROOT       injured        lemma=injure tag=VBD
    20             NUM    nummod     people         tag=CD                   [CARDINAL]
    people         NOUN   dobj       injured        tag=NNS
    .              PUNCT  punct      injured        tag=.
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="one-attacker-the-airstrike-on"),
    # two sides attacked: "the attack" may be either's, no guess
    pytest.param("""
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Hamas          PROPN  dobj       struck         lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      struck         tag=.
    Hamas          PROPN  nsubj      attacked       lemma=Hamas tag=NNP      [ORG hamas#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    Israel         PROPN  dobj       attacked       lemma=Israel tag=NNP     [GPE israel#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        attack         tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    near           ADP    prep       took           tag=IN
    Rafah          PROPN  pobj       near           lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      took           tag=.
    """, set(), id="two-attackers-no-guess"),
    # an earlier attack whose author the text leaves open ("a bombing in Kabul"): "the attack" may be it
    pytest.param("""
    A              DET    det        bombing        tag=DT
    bombing        NOUN   nsubj      killed         tag=NN
    in             ADP    prep       bombing        tag=IN
    Kabul          PROPN  pobj       in             lemma=Kabul tag=NNP      [GPE afghanistan#capital]
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    nine           NUM    nummod     people         tag=CD                   [CARDINAL]
    people         NOUN   dobj       killed         tag=NNS
    .              PUNCT  punct      killed         tag=.
    Taliban        PROPN  compound   fighters       lemma=Taliban tag=NNP    [ORG taliban#name]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        attack         tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    near           ADP    prep       took           tag=IN
    Kunduz         PROPN  pobj       near           lemma=Kunduz tag=NNP     [GPE]
    .              PUNCT  punct      took           tag=.
    """, set(), id="unattributed-attack-before-no-guess"),
    # a target in another state than all the attacker's earlier targets: another's attack
    pytest.param("""
    Sudan          PROPN  nsubj      struck         lemma=Sudan tag=NNP      [GPE sudan#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Libya          PROPN  dobj       struck         lemma=Libya tag=NNP      [GPE libya#name]
    .              PUNCT  punct      struck         tag=.
    The            DET    det        attack         tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    Sinai          PROPN  pobj       in             lemma=Sinai tag=NNP      [LOC sinai-peninsula#alias]
    .              PUNCT  punct      took           tag=.
    """, set(), id="not-on-a-known-front"),
    # the one attacker's own ground: the attack there is another's
    pytest.param("""
    Sudan          PROPN  nsubj      struck         lemma=Sudan tag=NNP      [GPE sudan#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Libya          PROPN  dobj       struck         lemma=Libya tag=NNP      [GPE libya#name]
    .              PUNCT  punct      struck         tag=.
    The            DET    det        attack         tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    North          PROPN  compound   Darfur         lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      took           tag=.
    """, set(), id="not-on-own-ground"),
    # two sides attacked, though one with the same noun: no guess
    pytest.param("""
    An             DET    det        airstrike      tag=DT
    airstrike      NOUN   nsubj      hit            tag=NN
    by             ADP    prep       airstrike      tag=IN
    the            DET    det        military       tag=DT
    Israeli        ADJ    amod       military       tag=JJ                   [ORG israel-defense-forces#alias
    military       NOUN   pobj       by             tag=NN                   ]
    hit            VERB   ROOT       hit            tag=VBD
    a              DET    det        school         tag=DT
    school         NOUN   dobj       hit            tag=NN
    .              PUNCT  punct      hit            tag=.
    Hamas          PROPN  nsubj      attacked       lemma=Hamas tag=NNP      [ORG hamas#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    Israel         PROPN  dobj       attacked       lemma=Israel tag=NNP     [GPE israel#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        airstrike@2    tag=DT
    airstrike      NOUN   nsubj      injured        tag=NN
    on             ADP    prep       airstrike@2    tag=IN
    Rafah          PROPN  pobj       on             lemma=Rafah tag=NNP      [LOC rafah#name]
    injured        VERB   ROOT       injured        lemma=injure tag=VBD
    20             NUM    nummod     people         tag=CD                   [CARDINAL]
    people         NOUN   dobj       injured        tag=NNS
    .              PUNCT  punct      injured        tag=.
    """, set(), id="same-noun-but-two-sides-no-guess"),
]


@pytest.mark.parametrize("spec,expected", SOLE_ATTACKER)
def test_attack_noun_without_agent(kb, spec, expected):
    got = relations(spec, kb)
    assert {e for e in events(got) if e[1] == "ASSAULT" and e[2] not in ("hamas", "israel", "gaza-strip", "libya", "darfur")} \
        == expected
    assert all(r.rule == "nominal_event.anaphor" for r in got if (r.subject, r.predicate, r.object) in
               {(s, p, o) for s, p, o, _ in expected})


# -- agentless passive assaults on places: the one attacking side, not on its own ground -----

PASSIVE = [
    pytest.param("""
    RSF            PROPN  compound   fighters       lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       attacked       tag=IN
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      attacked       tag=.
    North          PROPN  compound   Darfur@2       lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  nsubjpass  shelled        lemma=Darfur tag=NNP     ]
    was            AUX    auxpass    shelled        lemma=be tag=VBD
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBN
    on             ADP    prep       shelled        tag=IN
    Friday         PROPN  pobj       on             lemma=Friday tag=NNP     [DATE]
    .              PUNCT  punct      shelled        tag=.
    """, {("rapid-support-forces", "ASSAULT", "north-darfur", True)}, id="place-was-shelled-by-the-one-attacker"),
    pytest.param("""
    Sudan          PROPN  nsubj      struck         lemma=Sudan tag=NNP      [GPE sudan#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Libya          PROPN  dobj       struck         lemma=Libya tag=NNP      [GPE libya#name]
    .              PUNCT  punct      struck         tag=.
    North          PROPN  compound   Darfur         lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  nsubjpass  shelled        lemma=Darfur tag=NNP     ]
    was            AUX    auxpass    shelled        lemma=be tag=VBD
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBN
    on             ADP    prep       shelled        tag=IN
    Friday         PROPN  pobj       on             lemma=Friday tag=NNP     [DATE]
    .              PUNCT  punct      shelled        tag=.
    """, set(), id="own-ground-was-shelled-no-agent"),
]


@pytest.mark.parametrize("spec,expected", PASSIVE)
def test_agentless_passive_on_place(kb, spec, expected):
    got = relations(spec, kb)
    assert {e for e in events(got) if e[1] == "ASSAULT" and e[2] not in ("darfur", "libya")} == expected


# -- a definite attack noun with its own date names a new event, not the last attack read -----

DATED = [
    pytest.param("""
    RSF            PROPN  compound   fighters       lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       convoy         tag=IN
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        attack         tag=DT
    April          PROPN  nmod       attack         lemma=April tag=NNP      [DATE
    22             NUM    nummod     April          tag=CD                   ]
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    North          PROPN  compound   Darfur@2       lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in@2           lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      took           tag=.
    """, set(), id="the-april-22-attack-is-no-anaphor"),
    # "the weekend bombing hit ...": the subject is no anaphor of the last attacker either
    pytest.param("""
    Taliban        PROPN  compound   fighters       lemma=Taliban tag=NNP    [ORG taliban#name]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       convoy         tag=IN
    Afghanistan    PROPN  pobj       in             lemma=Afghanistan tag=NNP [GPE afghanistan#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        bombing        tag=DT
    weekend        NOUN   compound   bombing        tag=NN                   [DATE]
    bombing        NOUN   nsubj      hit            tag=NN
    hit            VERB   ROOT       hit            tag=VBD
    a              DET    det        mosque         tag=DT
    mosque         NOUN   dobj       hit            tag=NN
    in             ADP    prep       mosque         tag=IN
    Jalalabad      PROPN  pobj       in@2           lemma=Jalalabad tag=NNP  [GPE]
    .              PUNCT  punct      hit            tag=.
    """, set(), id="the-weekend-bombing-hit-is-no-anaphor"),
    # undated, "the bombing" still points back to the one attacker
    pytest.param("""
    Taliban        PROPN  compound   fighters       lemma=Taliban tag=NNP    [ORG taliban#name]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       convoy         tag=IN
    Afghanistan    PROPN  pobj       in             lemma=Afghanistan tag=NNP [GPE afghanistan#name]
    .              PUNCT  punct      attacked       tag=.
    The            DET    det        bombing        tag=DT
    bombing        NOUN   nsubj      hit            tag=NN
    hit            VERB   ROOT       hit            tag=VBD
    a              DET    det        mosque         tag=DT
    mosque         NOUN   dobj       hit            tag=NN
    in             ADP    prep       mosque         tag=IN
    Jalalabad      PROPN  pobj       in@2           lemma=Jalalabad tag=NNP  [GPE]
    .              PUNCT  punct      hit            tag=.
    """, {("taliban", "ASSAULT", "jalalabad-af", True)}, id="the-bombing-hit-still-an-anaphor"),
]


@pytest.mark.parametrize("spec,expected", DATED)
def test_dated_attack_noun_names_a_new_event(kb, spec, expected):
    got = relations(spec, kb)
    assert {e for e in events(got) if e[1] == "ASSAULT" and e[2] not in ("darfur", "afghanistan")} == expected


def test_a_state_before_a_target_noun_is_no_agent_of_the_attack(kb):
    # "Boko Haram kills three troops in Nigeria base attack ... The attack happened at the Forward
    # Operation Base in Ngwom village" (AFP): the state names where the base is, not who attacked
    got = relations("""
    Hamas          PROPN  nsubj      killed         lemma=Hamas tag=NNP      [ORG hamas#name]
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    three          NUM    nummod     soldiers       tag=CD                   [CARDINAL]
    soldiers       NOUN   dobj       killed         lemma=soldier tag=NNS
    in             ADP    prep       soldiers       tag=IN
    Israel         PROPN  nmod       attack         lemma=Israel tag=NNP     [GPE israel#name]
    base           NOUN   compound   attack         tag=NN
    attack         NOUN   pobj       in             tag=NN
    .              PUNCT  punct      killed         tag=.
    The            DET    det        attack@2       tag=DT
    attack         NOUN   nsubj      happened       tag=NN
    happened       VERB   ROOT       happened       lemma=happen tag=VBD
    in             ADP    prep       happened       tag=IN
    Rafah          PROPN  pobj       in@2           lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      happened       tag=.
    """, kb)
    assert not any(s == "israel" and p == "ASSAULT" for s, p, _, _ in events(got))
