"""Rule tests for :mod:`kg.relations.appraisal`: a speaker who calls another side's act by a
blaming adjective accuses it ("'... its illegal aggression,' Borrell said"); praise of an act
supports who carries it out ("applauded Egypt's mediation"), on hand-built parses (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

CONDEMNED = [
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    launched      VERB   ccomp     said          lemma=launch
    a             DET    det       war
    brutal        ADJ    amod      war
    war           NOUN   dobj      launched
    .             PUNCT  punct     said
    """, {("borrell", "ACCUSE", "russia", True)}, id="said-x-launched-a-brutal-war"),
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  poss      aggression                       [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    illegal       ADJ    amod      aggression
    aggression    NOUN   nsubj     continued
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, {("borrell", "ACCUSE", "hamas", True)}, id="said-xs-illegal-aggression-continued"),
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  poss      activity                       [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    malign        ADJ    amod      activity
    activity      NOUN   nsubj     continued
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, {("borrell", "ACCUSE", "hamas", True)}, id="said-xs-malign-activity-continued"),
    pytest.param("""
    Lavrov        PROPN  nsubj     said                             [PERSON sergei-lavrov#alias]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       strikes
    barbaric      ADJ    amod      strikes
    strikes       NOUN   nsubj     continued     lemma=strike tag=NNS
    by            ADP    prep      strikes
    Israel        PROPN  pobj      by                               [GPE israel#name]
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, {("sergei-lavrov", "ACCUSE", "israel", True)}, id="said-the-barbaric-strikes-by-x-continued"),
    # the parser's compound noun for an adjective: "its malign activity"
    pytest.param("""
    Mnuchin       PROPN  nsubj     said                             [PERSON steven-mnuchin#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     escalated                        [ORG hamas#name]
    escalated     VERB   ccomp     said          lemma=escalate
    its           PRON   poss      activity
    malign        NOUN   compound  activity
    activity      NOUN   dobj      escalated
    .             PUNCT  punct     said
    """, {("mnuchin", "ACCUSE", "hamas", True)}, id="said-x-escalated-its-malign-activity"),
    # a war named without blame, blame with no agent, a negated report: no accusation
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    launched      VERB   ccomp     said          lemma=launch
    a             DET    det       war
    long          ADJ    amod      war
    war           NOUN   dobj      launched
    .             PUNCT  punct     said
    """, set(), id="said-x-launched-a-long-war"),
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       strikes
    barbaric      ADJ    amod      strikes
    strikes       NOUN   nsubj     continued     lemma=strike tag=NNS
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, set(), id="said-the-barbaric-strikes-continued"),
    # the agency credited beside the noun did not carry the act out
    pytest.param("""
    Egypt         PROPN  nsubj     says                             [GPE egypt#name]
    says          VERB   ROOT      says          lemma=say tag=VBZ
    killing       NOUN   nsubj     was
    was           AUX    ccomp     says          lemma=be tag=VBD
    terrorist     ADJ    amod      attack
    attack        NOUN   attr      was
    (             PUNCT  punct     Reuters
    Reuters       PROPN  appos     attack                           [ORG reuters#name]
    )             PUNCT  punct     was
    """, set(), id="says-the-killing-was-a-terrorist-attack-(agency)"),
    # a blaming noun with no appraising adjective names the act, it does not appraise it
    pytest.param("""
    Borrell       PROPN  nsubj     said                             [PERSON josep-borrell#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  poss      aggression                       [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    aggression    NOUN   nsubj     continued
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, set(), id="said-xs-aggression-continued"),
    pytest.param("""
    Borrell       PROPN  nsubj     say                              [PERSON josep-borrell#alias]
    did           AUX    aux       say           lemma=do
    not           PART   neg       say
    say           VERB   ROOT      say           lemma=say tag=VB
    Hamas         PROPN  poss      aggression                       [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    illegal       ADJ    amod      aggression
    aggression    NOUN   nsubj     continued
    continued     VERB   ccomp     say           lemma=continue
    .             PUNCT  punct     say
    """, set(), id="did-not-say-xs-illegal-aggression-continued"),
]


@pytest.mark.parametrize("spec,expected", CONDEMNED)
def test_accusation_of_a_condemned_act(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ACCUSE"} == expected


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


def test_an_appraisal_inside_a_reported_speech_act_is_its_speakers(kb):
    """"Netanyahu slammed 'provocative actions by Hamas', Levy added": Levy reports Netanyahu's
    accusation, he makes none of his own."""
    spec = """
    Netanyahu     PROPN  nsubj     slammed                          [PERSON benjamin-netanyahu#alias]
    slammed       VERB   ccomp     added         lemma=slam
    provocative   ADJ    amod      actions
    actions       NOUN   dobj      slammed       lemma=action tag=NNS
    by            ADP    prep      actions
    Hamas         PROPN  pobj      by                               [ORG hamas#name]
    ,             PUNCT  punct     added
    Levy          PROPN  nsubj     added                            [PERSON eylon-levy#alias]
    added         VERB   ROOT      added         lemma=add
    .             PUNCT  punct     added
    """
    assert not {e for e in events(relations(spec, kb)) if e[1] == "ACCUSE" and e[0] != "benjamin-netanyahu"}
