"""Rule tests for :mod:`kg.relations.appraisal`: praise of an act supports who carries it out
("applauded Egypt's mediation"), on hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

PRAISED = [
    pytest.param("""
    Biden         PROPN  nsubj     applauded                        [PERSON joe-biden#alias]
    applauded     VERB   ROOT      applauded     lemma=applaud
    Egypt         PROPN  poss      mediation                        [GPE egypt#name]
    's            PART   case      Egypt         tag=POS
    mediation     NOUN   dobj      applauded
    .             PUNCT  punct     applauded
    """, {("joe-biden", "SUPPORT", "egypt", True)}, id="applauded-xs-mediation"),
    pytest.param("""
    the           DET    det       UN
    UN            PROPN  nsubj     praised                          [ORG united-nations#alias]
    praised       VERB   ROOT      praised       lemma=praise
    the           DET    det       cooperation
    cooperation   NOUN   dobj      praised
    between       ADP    prep      cooperation
    Armenia       PROPN  pobj      between                          [GPE armenia#name]
    and           CCONJ  cc        Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    .             PUNCT  punct     praised
    """, {("united-nations", "SUPPORT", "armenia", True), ("united-nations", "SUPPORT", "azerbaijan", True)},
        id="praised-the-cooperation-between-x-and-y"),
    pytest.param("""
    Biden         PROPN  nsubj     applaud                          [PERSON joe-biden#alias]
    did           AUX    aux       applaud       lemma=do
    not           PART   neg       applaud
    applaud       VERB   ROOT      applaud       lemma=applaud tag=VB
    Egypt         PROPN  poss      mediation                        [GPE egypt#name]
    's            PART   case      Egypt         tag=POS
    mediation     NOUN   dobj      applaud
    .             PUNCT  punct     applaud
    """, set(), id="did-not-applaud-xs-mediation"),
    # a part played in an outcome: "the role of X", and the parser's loose apposition "especially efforts by X"
    pytest.param("""
    Blinken       PROPN  nsubj     praised                          [PERSON antony-blinken#alias]
    praised       VERB   ROOT      praised       lemma=praise
    the           DET    det       role
    role          NOUN   dobj      praised
    of            ADP    prep      role
    Qatar         PROPN  pobj      of                               [GPE qatar#name]
    .             PUNCT  punct     praised
    """, {("antony-blinken", "SUPPORT", "qatar", True)}, id="praised-the-role-of-x"),
    pytest.param("""
    Macron        PROPN  nsubj     commended                        [PERSON emmanuel-macron#alias]
    commended     VERB   ROOT      commended     lemma=commend
    the           DET    det       efforts
    efforts       NOUN   dobj      commended     lemma=effort tag=NNS
    ,             PUNCT  punct     efforts
    especially    ADV    advmod    efforts2
    efforts2      NOUN   dep       commended     lemma=effort tag=NNS
    by            ADP    prep      efforts2
    Egypt         PROPN  pobj      by                               [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    .             PUNCT  punct     commended
    """, {("emmanuel-macron", "SUPPORT", "egypt", True), ("emmanuel-macron", "SUPPORT", "qatar", True)},
        id="commended-the-efforts-especially-efforts-by-x-and-y"),
    # praise of one's own side's act supports no other side
    pytest.param("""
    Blinken       PROPN  nsubj     applauded                        [PERSON antony-blinken#alias]
    applauded     VERB   ROOT      applauded     lemma=applaud
    the           DET    det       mediation
    mediation     NOUN   dobj      applauded
    by            ADP    prep      mediation
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name]
    States        PROPN  pobj      by                               [GPE united-states#name]
    .             PUNCT  punct     applauded
    """, set(), id="applauded-the-mediation-by-his-own-state"),
]


@pytest.mark.parametrize("spec,expected", PRAISED)
def test_support_by_praise_of_an_act(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "SUPPORT"} == expected

