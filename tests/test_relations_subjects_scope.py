"""Tests for :mod:`kg.relations.subjects`: where a verb's doer is not found by climbing (see
``tests/relation_helpers.py``): a passive verb's doer is its "by" agent or nobody, a reduced
relative on a text or act takes the noun's author, a noun's infinitive takes the noun's owner."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.subjects import subjects

SCOPE = [
    # the reporter did not bombard: the passive clause's doer is unnamed
    pytest.param("""
    Zelensky      PROPN  nsubj     added                            [PERSON volodymyr-zelensky#alias]
    added         VERB   ROOT      added         lemma=add
    that          SCONJ  mark      killed
    17            NUM    nummod    people        tag=CD
    people        NOUN   nsubjpass killed        lemma=person tag=NNS
    were          AUX    auxpass   killed        lemma=be
    killed        VERB   ccomp     added         lemma=kill tag=VBN
    during        ADP    prep      killed
    intense       ADJ    amod      bombardments
    bombardments  NOUN   pobj      during        lemma=bombardment tag=NNS
    of            ADP    prep      bombardments
    Kharkiv       PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     added
    """, set(), id="passive-clause-keeps-its-doer"),
    # "a U.S. resolution urging Israel to withdraw": the resolution's author urges, not the vetoer
    pytest.param("""
    Russia        PROPN  nsubj     vetoed                           [GPE russia#name]
    vetoed        VERB   ROOT      vetoed        lemma=veto
    a             DET    det       resolution
    U.S.          PROPN  compound  resolution                       [GPE united-states#alias]
    resolution    NOUN   dobj      vetoed
    urging        VERB   acl       resolution    lemma=urge tag=VBG
    Israel        PROPN  dobj      urging                           [GPE israel#name]
    to            PART   aux       withdraw
    withdraw      VERB   xcomp     urging        tag=VB
    .             PUNCT  punct     vetoed
    """, {("russia", "REJECT", "united-states", True), ("united-states", "REQUEST", "israel", True)},
        id="reduced-relative-takes-the-author"),
    # "Russia's demands to withdraw Ukrainian forces": the demand's addressee withdraws, not Russia
    pytest.param("""
    Russia        PROPN  poss      demands                          [GPE russia#name]
    's            PART   case      Russia
    demands       NOUN   nsubj     stalled       lemma=demand tag=NNS
    to            PART   aux       withdraw
    withdraw      VERB   acl       demands       tag=VB
    Ukrainian     ADJ    amod      forces                           [NORP ukraine#demonym]
    forces        NOUN   dobj      withdraw      lemma=force tag=NNS
    stalled       VERB   ROOT      stalled       lemma=stall
    the           DET    det       talks
    talks         NOUN   dobj      stalled       lemma=talk tag=NNS
    .             PUNCT  punct     stalled
    Russia        PROPN  nsubj     attacked                         [GPE russia#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Ukraine       PROPN  dobj      attacked                         [GPE ukraine#name]
    .             PUNCT  punct     attacked
    """, {("russia", "ASSAULT", "ukraine", True)}, id="a-demand-nouns-infinitive"),
    # an event noun that dates the clause is not the subject's act
    pytest.param("""
    During        ADP    prep      remained
    the           DET    det       war
    Gaza          PROPN  compound  war                              [LOC gaza-strip#alias]
    war           NOUN   pobj      During
    ,             PUNCT  punct     remained
    Hamas         PROPN  nsubj     remained                         [ORG hamas#name]
    remained      VERB   ROOT      remained      lemma=remain
    an            DET    det       ally
    ally          NOUN   attr      remained
    of            ADP    prep      ally
    Iran          PROPN  pobj      of                               [GPE iran#name]
    .             PUNCT  punct     remained
    """, {("hamas", "COOPERATE", "iran", True)}, id="during-the-war"),   # the alliance, no war by Hamas
    pytest.param("""
    Following     VERB   prep      announced     lemma=follow tag=VBG
    talks         NOUN   pobj      Following     lemma=talk tag=NNS
    with          ADP    prep      talks
    Netanyahu     PROPN  pobj      with                             [PERSON benjamin-netanyahu#alias]
    ,             PUNCT  punct     announced
    Blinken       PROPN  nsubj     announced                        [PERSON antony-blinken#alias]
    announced     VERB   ROOT      announced     lemma=announce
    a             DET    det       plan
    plan          NOUN   dobj      announced
    .             PUNCT  punct     announced
    """, {("antony-blinken", "CONSULT", "benjamin-netanyahu", True)}, id="following-talks-with"),
    pytest.param("""
    Following     VERB   prep      announced     lemma=follow tag=VBG
    talks         NOUN   pobj      Following     lemma=talk tag=NNS
    between       ADP    prep      talks
    Netanyahu     PROPN  pobj      between                          [PERSON benjamin-netanyahu#alias]
    and           CCONJ  cc        Netanyahu
    Abbas         PROPN  conj      Netanyahu                        [PERSON mahmoud-abbas#alias]
    ,             PUNCT  punct     announced
    Blinken       PROPN  nsubj     announced                        [PERSON antony-blinken#alias]
    announced     VERB   ROOT      announced     lemma=announce
    a             DET    det       plan
    plan          NOUN   dobj      announced
    .             PUNCT  punct     announced
    """, {("benjamin-netanyahu", "CONSULT", "mahmoud-abbas", True)}, id="following-talks-between"),
]


@pytest.mark.parametrize("spec,expected", SCOPE)
def test_scope(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_a_passive_verbs_doer_is_its_agent(kb):
    da, ds = reading("""
    Kharkiv       PROPN  nsubjpass shelled                          [GPE]
    was           AUX    auxpass   shelled       lemma=be
    shelled       VERB   ROOT      shelled       lemma=shell tag=VBN
    by            ADP    agent     shelled
    Russia        PROPN  pobj      by                               [GPE russia#name]
    .             PUNCT  punct     shelled
    """, kb)
    assert subjects(token(da, "shelled"), da, ds) == ["russia"]


# a participle on people who act: those people do it (unnamed here), not the clause's subject
AGENT_PARTICIPLE = [
    pytest.param("""
    Israel        PROPN  nsubj     killed                           [GPE israel#name]
    killed        VERB   ROOT      killed        lemma=kill tag=VBD
    militants     NOUN   dobj      killed        lemma=militant tag=NNS
    advancing     VERB   acl       militants     lemma=advance tag=VBG
    on            ADP    prep      advancing
    Jenin         PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     killed
    """, set(), id="unnamed-militants-advance"),
    pytest.param("""
    Israel        PROPN  nsubj     launched                         [GPE israel#name]
    launched      VERB   ROOT      launched      lemma=launch tag=VBD
    strikes       NOUN   dobj      launched      lemma=strike tag=NNS
    targeting     VERB   acl       strikes       lemma=target tag=VBG
    Hezbollah     PROPN  dobj      targeting                        [ORG hezbollah#name]
    .             PUNCT  punct     launched
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="strikes-author-targets"),
]


@pytest.mark.parametrize("spec,expected", AGENT_PARTICIPLE)
def test_a_participle_on_people_takes_those_people(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
