"""Tests for the agent of an act noun ("the decision by X to ...", :func:`kg.relations.subjects.subjects`
and ``act_noun`` in :func:`kg.relations.arguments._event_agent`) and for the broker of an accord
(:mod:`kg.relations.brokers`), from fresh diplomatic copy (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

# -- "the decision by X to V": X does V; "slammed the decision by X": X is blamed --------------

ACT_AGENTS = [
    pytest.param("""
    The            DET    det        Union          tag=DT
    European       PROPN  compound   Union          lemma=European tag=NNP   [ORG european-union#name
    Union          PROPN  nsubj      criticised     lemma=Union tag=NNP      ]
    criticised     VERB   ROOT       criticised     lemma=criticise tag=VBD
    the            DET    det        decision       tag=DT
    decision       NOUN   dobj       criticised     tag=NN
    by             ADP    prep       decision       tag=IN
    Burundi        PROPN  pobj       by             lemma=Burundi tag=NNP    [GPE burundi#name]
    to             PART   aux        close          tag=TO
    close          VERB   acl        decision       tag=VB
    its            PRON   poss       border         tag=PRP$
    border         NOUN   dobj       close          tag=NN
    with           ADP    prep       close          tag=IN
    Rwanda         PROPN  pobj       with           lemma=Rwanda tag=NNP     [GPE rwanda#name]
    .              PUNCT  punct      criticised     tag=.
    """, {("european-union", "ACCUSE", "burundi", True), ("burundi", "SANCTION", "rwanda", True)},
        id="decision-by-x-to-close-border"),
    pytest.param("""
    Britain        PROPN  nsubj      slammed        lemma=Britain tag=NNP    [GPE united-kingdom#alias]
    slammed        VERB   ROOT       slammed        lemma=slam tag=VBD
    the            DET    det        decision       tag=DT
    decision       NOUN   dobj       slammed        tag=NN
    by             ADP    prep       decision       tag=IN
    Russia         PROPN  pobj       by             lemma=Russia tag=NNP     [GPE russia#name]
    to             PART   aux        veto           tag=TO
    veto           VERB   acl        decision       tag=VB
    the            DET    det        resolution     tag=DT
    resolution     NOUN   dobj       veto           tag=NN
    .              PUNCT  punct      slammed        tag=.
    """, {("united-kingdom", "ACCUSE", "russia", True)}, id="slammed-decision-by-x"),
    # a desire is no act: "a desire by Egypt to meet Qatar" (fresh: "a manifest desire by both parties to accept it")
    pytest.param("""
    There          PRON   expl       is             tag=EX
    is             VERB   ROOT       is             lemma=be tag=VBZ
    a              DET    det        desire         tag=DT
    desire         NOUN   attr       is             tag=NN
    by             ADP    prep       desire         tag=IN
    Egypt          PROPN  pobj       by             lemma=Egypt tag=NNP      [GPE egypt#name]
    to             PART   aux        meet           tag=TO
    meet           VERB   acl        desire         tag=VB
    Qatar          PROPN  dobj       meet           lemma=Qatar tag=NNP      [GPE qatar#name]
    .              PUNCT  punct      is             tag=.
    """, {("egypt", "CONSULT", "qatar", False)}, id="desire-by-x-to-meet"),
]


@pytest.mark.parametrize("spec,expected", ACT_AGENTS)
def test_act_noun_agent(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- "signed a truce brokered by Egypt": the broker is no party to the truce --------------------

BROKERED = [
    pytest.param("""
    Israel         PROPN  nsubj      signed         lemma=Israel tag=NNP     [GPE israel#name]
    and            CCONJ  cc         Israel         tag=CC
    Hamas          PROPN  conj       Israel         lemma=Hamas tag=NNP      [ORG hamas#name]
    signed         VERB   ROOT       signed         lemma=sign tag=VBD
    a              DET    det        truce          tag=DT
    truce          NOUN   dobj       signed         tag=NN
    brokered       VERB   acl        truce          lemma=broker tag=VBN
    by             ADP    agent      brokered       tag=IN
    Egypt          PROPN  pobj       by             lemma=Egypt tag=NNP      [GPE egypt#name]
    .              PUNCT  punct      signed         tag=.
    """, {("israel", "AGREE", "hamas", True), ("egypt", "MEDIATE", "israel", True),
          ("egypt", "MEDIATE", "hamas", True)}, id="signed-truce-brokered-by"),
    # a place before the truce is no party it is brokered between
    pytest.param("""
    Gaza           PROPN  compound   truce          lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
    truce          NOUN   nsubj      goes           tag=NN
    brokered       VERB   acl        truce          lemma=broker tag=VBN
    by             ADP    agent      brokered       tag=IN
    Egypt          PROPN  pobj       by             lemma=Egypt tag=NNP      [GPE egypt#name]
    goes           VERB   ROOT       goes           lemma=go tag=VBZ
    into           ADP    prep       goes           tag=IN
    effect         NOUN   pobj       into           tag=NN
    """, set(), id="place-truce-brokered-by"),
]


@pytest.mark.parametrize("spec,expected", BROKERED)
def test_broker_is_no_party(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
