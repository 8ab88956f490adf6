"""Tests for the lexicon frames of round 11 (helper L11), mined from fresh reports: sentences
with two actors and no relation between them, ranked by the verb that links them
(``ontology/lexicon/verbs_added.tsv``), and for the frames' ``party`` voice (a protest made
to a forum accuses no one of the forum: ``relations/frames.py``, :func:`parties`)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

VERBS = [
    # a protest or complaint addressed to a party accuses it ...
    pytest.param("""
    Iran          PROPN  nsubj     protested                        [GPE iran#name]
    protested     VERB   ROOT      protested     lemma=protest
    to            ADP    prep      protested
    Britain       PROPN  pobj      to                               [GPE united-kingdom#alias]
    over          ADP    prep      protested
    the           DET    det       demonstration
    demonstration NOUN   pobj      over
    .             PUNCT  punct     protested
    """, {("iran", "ACCUSE", "united-kingdom", True)}, id="protested-to-state-accuse"),
    pytest.param("""
    Russia        PROPN  nsubj     complained                       [GPE russia#name]
    complained    VERB   ROOT      complained    lemma=complain
    to            ADP    prep      complained
    Germany       PROPN  pobj      to                               [GPE germany#name]
    about         ADP    prep      complained
    the           DET    det       protests
    protests      NOUN   pobj      about         lemma=protest tag=NNS
    .             PUNCT  punct     complained
    """, {("russia", "ACCUSE", "germany", True)}, id="complained-to-state-accuse"),
    # ... not a forum it appeals to (the council did not attack anyone)
    pytest.param("""
    Sudan         PROPN  nsubj     protested                        [GPE sudan#name]
    protested     VERB   ROOT      protested     lemma=protest
    to            ADP    prep      protested
    the           DET    det       Council
    Security      PROPN  compound  Council                          [ORG un-security-council#alias
    Council       PROPN  pobj      to                               ]
    over          ADP    prep      protested
    the           DET    det       attack
    attack        NOUN   pobj      over
    .             PUNCT  punct     protested
    """, set(), id="protested-to-forum-no-accuse"),
    # a protest lodged or presented to a party, as one conveyed to it
    pytest.param("""
    China         PROPN  nsubj     lodged                           [GPE china#name]
    lodged        VERB   ROOT      lodged        lemma=lodge
    a             DET    det       protest
    strong        ADJ    amod      protest
    protest       NOUN   dobj      lodged
    to            ADP    prep      lodged
    Manila        PROPN  pobj      to                               [GPE philippines#alias]
    .             PUNCT  punct     lodged
    """, {("china", "ACCUSE", "philippines", True)}, id="lodged-protest-to-accuse"),
    pytest.param("""
    Manila        PROPN  nsubj     presented                        [GPE philippines#alias]
    presented     VERB   ROOT      presented     lemma=present
    a             DET    det       protest
    protest       NOUN   dobj      presented
    to            ADP    prep      presented
    the           DET    det       ambassador
    Chinese       ADJ    amod      ambassador                       [NORP china#demonym]
    ambassador    NOUN   pobj      to
    .             PUNCT  punct     presented
    """, {("philippines", "ACCUSE", "china", True)}, id="presented-protest-to-accuse"),
    pytest.param("""
    Hezbollah     PROPN  nsubj     dislodged                        [ORG hezbollah#name]
    dislodged     VERB   ROOT      dislodged     lemma=dislodge
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   dobj      dislodged     lemma=soldier tag=NNS
    .             PUNCT  punct     dislodged
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="dislodged-assault"),
    # bolstering a side supports it; bolstering ties names no side
    pytest.param("""
    Washington    PROPN  nsubj     bolstered                        [GPE united-states#alias]
    bolstered     VERB   ROOT      bolstered     lemma=bolster
    Manila        PROPN  dobj      bolstered                        [GPE philippines#alias]
    .             PUNCT  punct     bolstered
    """, {("united-states", "SUPPORT", "philippines", True)}, id="bolstered-side-support"),
    pytest.param("""
    Washington    PROPN  nsubj     bolstered                        [GPE united-states#alias]
    bolstered     VERB   ROOT      bolstered     lemma=bolster
    its           PRON   poss      ties
    ties          NOUN   dobj      bolstered     lemma=tie tag=NNS
    .             PUNCT  punct     bolstered
    """, set(), id="bolstered-ties-nothing"),
    # breaking (off) relations with a state reduces them
    pytest.param("""
    Sudan         PROPN  nsubj     broke                            [GPE sudan#name]
    broke         VERB   ROOT      broke         lemma=break
    off           ADP    prt       broke
    relations     NOUN   dobj      broke         lemma=relation tag=NNS
    with          ADP    prep      broke
    Iran          PROPN  pobj      with                             [GPE iran#name]
    .             PUNCT  punct     broke
    """, {("sudan", "SANCTION", "iran", True)}, id="broke-off-relations-with"),
    pytest.param("""
    Venezuela     PROPN  nsubj     broke                            [GPE venezuela#name]
    broke         VERB   ROOT      broke         lemma=break
    relations     NOUN   dobj      broke         lemma=relation tag=NNS
    with          ADP    prep      broke
    Colombia      PROPN  pobj      with                             [GPE colombia#name]
    .             PUNCT  punct     broke
    """, {("venezuela", "SANCTION", "colombia", True)}, id="broke-relations-with"),
]


@pytest.mark.parametrize("spec,expected", VERBS)
def test_mined_verb_frames_l11(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] != "AFFILIATED_WITH"} == expected
