"""Rule tests for :mod:`kg.relations.travel`: a person or delegation travelling to a state
consults it (GUIDELINES, convention 13 and the table's "flew to"), troops and cities that are
only places not; and for sending a delegation to a state (the verb frame "send delegation
to"), on hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.travel import destination, travellers

# the destination acts in the text, so it is a State there (not only a place)
CUBA_ACTS = """
    Cuba          PROPN  nsubj     welcomed                         [GPE cuba#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome
    the           DET    det       talks
    talks         NOUN   dobj      welcomed      lemma=talk tag=NNS
    .             PUNCT  punct     welcomed
"""

SUDAN_ACTS = """
    Sudan         PROPN  nsubj     welcomed                         [GPE sudan#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome
    the           DET    det       talks
    talks         NOUN   dobj      welcomed      lemma=talk tag=NNS
    .             PUNCT  punct     welcomed
"""

PETRO_FLEW = """
    Colombian     ADJ    amod      President                        [NORP colombia#demonym]
    President     PROPN  compound  Petro
    Gustavo       PROPN  compound  Petro                            [PERSON
    Petro         PROPN  nsubj     flew                             ]
    flew          VERB   ROOT      flew          lemma=fly
    to            ADP    prep      flew
    Cuba          PROPN  pobj      to                               [GPE cuba#name]
    .             PUNCT  punct     flew
"""

DELEGATION = """
    A             DET    det       delegation
    high          ADJ    amod      level
    -             PUNCT  punct     level         tag=HYPH
    level         NOUN   nmod      delegation
    Egyptian      ADJ    amod      delegation                       [NORP egypt#demonym]
    delegation    NOUN   nsubj     arrived
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    the           DET    det       capital
    Sudanese      ADJ    amod      capital                          [NORP sudan#demonym]
    capital       NOUN   pobj      in
    on            ADP    prep      arrived
    Tuesday       PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     arrived
"""

TRAVEL = [
    pytest.param(CUBA_ACTS + PETRO_FLEW, {("gustavo-petro", "CONSULT", "cuba", True)}, id="x-flew-to-state"),
    # a delegation, its state named by a demonym; the destination a capital named by its state
    pytest.param(SUDAN_ACTS + DELEGATION, {("egypt", "CONSULT", "sudan", True)},
                 id="xian-delegation-arrived-in-the-yian-capital"),
    # a relative clause on the traveller
    pytest.param("""
    Lebanon       PROPN  nsubj     welcomed                         [GPE lebanon#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome
    the           DET    det       visit
    visit         NOUN   dobj      welcomed
    .             PUNCT  punct     welcomed
    Iranian       ADJ    amod      Velayati                         [NORP iran#demonym]
    envoy         NOUN   compound  Velayati
    Velayati      PROPN  nsubj     said                             [PERSON]
    ,             PUNCT  punct     Velayati
    who           PRON   nsubj     arrived       tag=WP
    arrived       VERB   relcl     Velayati      lemma=arrive
    in            ADP    prep      arrived
    Lebanon@2     PROPN  pobj      in                               [GPE lebanon#name]
    ,             PUNCT  punct     Velayati
    said          VERB   ROOT      said          lemma=say
    nothing       PRON   dobj      said          tag=NN
    .             PUNCT  punct     said
    """, {("velayati", "CONSULT", "lebanon", True)}, id="x-who-arrived-in-state"),
    # diplomats seen arriving at a ministry (a body of a host_body_kind): raising from "were seen"
    pytest.param("""
    The           DET    det       diplomats
    diplomats     NOUN   nsubjpass seen          lemma=diplomat tag=NNS
    from          ADP    prep      diplomats
    France        PROPN  pobj      from                             [GPE france#name]
    were          AUX    auxpass   seen          lemma=be
    seen          VERB   ROOT      seen          lemma=see tag=VBN
    arriving      VERB   xcomp     seen          lemma=arrive tag=VBG
    at            ADP    prep      arriving
    the           DET    det       Ministry
    Russian       PROPN  compound  Defence                          [ORG ministry-of-defence-of-russia#alias
    Defence       PROPN  compound  Ministry
    Ministry      PROPN  pobj      at                               ]
    .             PUNCT  punct     seen
    """, {("france", "CONSULT", "ministry-of-defence-of-russia", True)}, id="diplomats-seen-arriving-at-a-ministry"),
    # leaving a state's capital after talks: the traveller met its hosts
    pytest.param(SUDAN_ACTS + """
    The           DET    det       delegation
    Egyptian      ADJ    amod      delegation                       [NORP egypt#demonym]
    delegation    NOUN   nsubj     left
    has           AUX    aux       left
    left          VERB   ROOT      left          lemma=leave tag=VBN
    the           DET    det       capital
    Sudanese      ADJ    amod      capital                          [NORP sudan#demonym]
    capital       NOUN   dobj      left
    following     VERB   prep      left          lemma=follow tag=VBG
    talks         NOUN   pobj      following     lemma=talk tag=NNS
    .             PUNCT  punct     left
    """, {("egypt", "CONSULT", "sudan", True)}, id="xian-delegation-left-the-yian-capital-following-talks"),
    # leaving a state after fighting: no journey of talks
    pytest.param(SUDAN_ACTS + """
    Egyptian      ADJ    amod      troops                           [NORP egypt#demonym]
    troops        NOUN   nsubj     left          lemma=troop tag=NNS
    left          VERB   ROOT      left          lemma=leave
    Sudan@2       PROPN  dobj      left                             [GPE sudan#name]
    after         ADP    prep      left
    the           DET    det       clashes
    clashes       NOUN   pobj      after         lemma=clash tag=NNS
    .             PUNCT  punct     left
    """, set(), id="troops-left-state-after-clashes"),
    # troops arriving deploy: no CONSULT
    pytest.param("""
    Ukraine       PROPN  nsubj     protested                        [GPE ukraine#name]
    protested     VERB   ROOT      protested     lemma=protest
    .             PUNCT  punct     protested
    Russian       ADJ    amod      troops                           [NORP russia#demonym]
    troops        NOUN   nsubj     arrived       lemma=troop tag=NNS
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    Ukraine@2     PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     arrived
    """, set(), id="troops-arrived-in-state"),
    # a city that is only a place names no party (realnews convention 13)
    pytest.param(CUBA_ACTS + """
    Colombian     ADJ    amod      President                        [NORP colombia#demonym]
    President     PROPN  compound  Petro
    Gustavo       PROPN  compound  Petro                            [PERSON
    Petro         PROPN  nsubj     flew                             ]
    flew          VERB   ROOT      flew          lemma=fly
    to            ADP    prep      flew
    Cartagena     PROPN  pobj      to                               [GPE]
    .             PUNCT  punct     flew
    """, set(), id="x-flew-to-a-city"),
    # not done
    pytest.param(CUBA_ACTS + """
    Colombian     ADJ    amod      President                        [NORP colombia#demonym]
    President     PROPN  compound  Petro
    Gustavo       PROPN  compound  Petro                            [PERSON
    Petro         PROPN  nsubj     fly                              ]
    did           AUX    aux       fly           lemma=do
    not           PART   neg       fly
    fly           VERB   ROOT      fly           tag=VB
    to            ADP    prep      fly
    Cuba@2        PROPN  pobj      to                               [GPE cuba#name]
    .             PUNCT  punct     fly
    """, set(), id="x-did-not-fly-to-state"),
]


@pytest.mark.parametrize("spec,expected", TRAVEL)
def test_travelling_to_a_state(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected


SENT = [
    pytest.param("""
    ECOWAS        PROPN  nsubj     sent                             [ORG ecowas#name]
    sent          VERB   ROOT      sent          lemma=send
    a             DET    det       mission
    mission       NOUN   dobj      sent
    to            ADP    prep      sent
    Nigeria       PROPN  pobj      to                               [GPE nigeria#name]
    .             PUNCT  punct     sent
    """, {("ecowas", "CONSULT", "nigeria", True)}, id="x-sent-a-mission-to-y"),
    # a peacekeeping mission is deployed, not a visit
    pytest.param("""
    The           DET    det       UN
    UN            PROPN  nsubj     sent                             [ORG united-nations#alias]
    sent          VERB   ROOT      sent          lemma=send
    a             DET    det       mission
    peacekeeping  NOUN   compound  mission
    mission       NOUN   dobj      sent
    to            ADP    prep      sent
    Somalia       PROPN  pobj      to                               [GPE somalia#name]
    .             PUNCT  punct     sent
    """, set(), id="x-sent-a-peacekeeping-mission-to-y"),
]


@pytest.mark.parametrize("spec,expected", SENT)
def test_sending_a_delegation(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected


def test_the_functions(kb):
    da, ds = reading(SUDAN_ACTS + DELEGATION, kb)
    assert destination(token(da, "capital"), da, ds) == ["sudan"]
    assert travellers(token(da, "arrived"), da, ds) == ["egypt"]
    da, ds = reading(CUBA_ACTS + PETRO_FLEW, kb)
    assert destination(token(da, "Cuba", 2), da, ds) == ["cuba"]
    assert travellers(token(da, "flew"), da, ds) == ["gustavo-petro"]
