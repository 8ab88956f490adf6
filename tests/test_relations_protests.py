"""Rule tests (helper C11b, issue #16) for :mod:`kg.relations.protests`: a state, an official or a
state's body that protests lodges a diplomatic complaint, ACCUSE (GUIDELINES, realnews gold:
"Japan lodged a protest with China"); a group's protest stays a demonstration, PROTEST."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

PROTESTS = [
    pytest.param("""
    Turkey         PROPN  nsubj      protested      lemma=Turkey tag=NNP     [GPE turkey#name]
    protested      VERB   ROOT       protested      lemma=protest tag=VBD
    the            DET    det        decision       tag=DT
    U.S.           PROPN  compound   decision       lemma=U.S. tag=NNP       [GPE united-states#alias]
    decision       NOUN   dobj       protested      tag=NN
    .              PUNCT  punct      protested      tag=.
    """, {("turkey", "ACCUSE", "united-states", True)}, id="a-state-protests"),
    pytest.param("""
    The            DET    det        Ministry       tag=DT                   [ORG
    Ministry       PROPN  nsubj      protested      lemma=Ministry tag=NNP
    of             ADP    prep       Ministry       tag=IN
    Foreign        PROPN  compound   Affairs        lemma=Foreign tag=NNP
    Affairs        PROPN  pobj       of             lemma=Affairs tag=NNPS   ]
    protested      VERB   ROOT       protested      lemma=protest tag=VBD
    the            DET    det        UK             tag=DT
    UK             PROPN  poss       failure        lemma=UK tag=NNP         [GPE united-kingdom#alias]
    's             PART   case       UK             tag=POS
    failure        NOUN   dobj       protested      tag=NN
    .              PUNCT  punct      protested      tag=.
    """, {("ministry-of-foreign-affairs--t", "ACCUSE", "united-kingdom", True)}, id="a-ministry-protests"),
    pytest.param("""
    Hamas          PROPN  nsubj      protested      lemma=Hamas tag=NNP      [ORG hamas#name]
    protested      VERB   ROOT       protested      lemma=protest tag=VBD
    against        ADP    prep       protested      tag=IN
    Israel         PROPN  pobj       against        lemma=Israel tag=NNP     [GPE israel#name]
    .              PUNCT  punct      protested      tag=.
    """, {("hamas", "PROTEST", "israel", True)}, id="a-group-demonstrates"),
]


@pytest.mark.parametrize("spec,expected", PROTESTS)
def test_a_protest_by_a_state_accuses(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
