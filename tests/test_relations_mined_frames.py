"""Tests for the lexicon frames of round 10 (helper L10), mined from fresh reports: sentences
with two actors and no relation between them, ranked by the verb or event noun that links
them (``ontology/lexicon/verbs.tsv``, ``verbs_added.tsv``, ``nouns.tsv``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

VERBS = [
    # telling a named official something is consulting them ...
    pytest.param("""
    Blinken       PROPN  nsubj     told                             [PERSON antony-blinken#alias]
    told          VERB   ROOT      told          lemma=tell
    Netanyahu     PROPN  dobj      told                             [PERSON benjamin-netanyahu#alias]
    that          SCONJ  mark      resume
    the           DET    det       talks
    talks         NOUN   nsubj     resume        lemma=talk tag=NNS
    would         AUX    aux       resume        tag=MD
    resume        VERB   ccomp     told          tag=VB
    .             PUNCT  punct     told
    """, {("antony-blinken", "CONSULT", "benjamin-netanyahu", True)}, id="told-official-that-consult"),
    # ... telling a news agency or reporters is not
    pytest.param("""
    Netanyahu     PROPN  nsubj     told                             [PERSON benjamin-netanyahu#alias]
    told          VERB   ROOT      told          lemma=tell
    Reuters       PROPN  dobj      told                             [ORG reuters#name]
    that          SCONJ  mark      resume
    the           DET    det       talks
    talks         NOUN   nsubj     resume        lemma=talk tag=NNS
    would         AUX    aux       resume        tag=MD
    resume        VERB   ccomp     told          tag=VB
    .             PUNCT  punct     told
    """, set(), id="told-agency-no-consult"),
    pytest.param("""
    Putin         PROPN  nsubj     told                             [PERSON vladimir-putin#alias]
    told          VERB   ROOT      told          lemma=tell
    reporters     NOUN   dobj      told          lemma=reporter tag=NNS
    that          SCONJ  mark      respond
    Russia        PROPN  nsubj     respond                          [GPE russia#name]
    would         AUX    aux       respond       tag=MD
    respond       VERB   ccomp     told          tag=VB
    .             PUNCT  punct     told
    """, set(), id="told-reporters-no-consult"),
    pytest.param("""
    Egypt         PROPN  nsubj     relayed                          [GPE egypt#name]
    relayed       VERB   ROOT      relayed       lemma=relay
    messages      NOUN   dobj      relayed       lemma=message tag=NNS
    to            ADP    prep      relayed
    Hamas         PROPN  pobj      to                               [ORG hamas#name]
    .             PUNCT  punct     relayed
    """, {("egypt", "CONSULT", "hamas", True)}, id="relayed-messages-to-consult"),
    pytest.param("""
    Egypt         PROPN  nsubj     exerted                          [GPE egypt#name]
    exerted       VERB   ROOT      exerted       lemma=exert
    pressure      NOUN   dobj      exerted
    on            ADP    prep      pressure
    Hamas         PROPN  pobj      on                               [ORG hamas#name]
    .             PUNCT  punct     exerted
    """, {("egypt", "REQUEST", "hamas", True)}, id="exerted-pressure-on-request"),
    # "put" keeps its imported frames; the added one joins them
    pytest.param("""
    Qatar         PROPN  nsubj     put                              [GPE qatar#name]
    put           VERB   ROOT      put
    pressure      NOUN   dobj      put
    on            ADP    prep      put
    Hamas         PROPN  pobj      on                               [ORG hamas#name]
    .             PUNCT  punct     put
    """, {("qatar", "REQUEST", "hamas", True)}, id="put-pressure-on-request"),
    # "liberating" a place is taking it; liberating people is no assault
    pytest.param("""
    Russian       ADJ    amod      troops                           [NORP russia#demonym]
    troops        NOUN   nsubj     liberated     lemma=troop tag=NNS
    liberated     VERB   ROOT      liberated     lemma=liberate
    Crimea        PROPN  dobj      liberated                        [LOC crimea#name]
    .             PUNCT  punct     liberated
    """, {("russia", "ASSAULT", "crimea", True)}, id="liberated-place-assault"),
    pytest.param("""
    Israel        PROPN  nsubj     liberated                        [GPE israel#name]
    liberated     VERB   ROOT      liberated     lemma=liberate
    four          NUM    nummod    hostages                         [CARDINAL]
    hostages      NOUN   dobj      liberated     lemma=hostage tag=NNS
    .             PUNCT  punct     liberated
    """, set(), id="liberated-hostages-no-assault"),
    # "eliminating" fighters is killing them; eliminating a threat names nobody
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     eliminated    lemma=troop tag=NNS
    eliminated    VERB   ROOT      eliminated    lemma=eliminate
    40            NUM    nummod    fighters                         [CARDINAL]
    Hamas         PROPN  compound  fighters                         [ORG hamas#name]
    fighters      NOUN   dobj      eliminated    lemma=fighter tag=NNS
    .             PUNCT  punct     eliminated
    """, {("israel", "ASSAULT", "hamas", True)}, id="eliminated-fighters-assault"),
    pytest.param("""
    Israel        PROPN  nsubj     eliminated                       [GPE israel#name]
    eliminated    VERB   ROOT      eliminated    lemma=eliminate
    the           DET    det       threat
    threat        NOUN   dobj      eliminated
    .             PUNCT  punct     eliminated
    """, set(), id="eliminated-threat-nothing"),
    pytest.param("""
    Chinese       ADJ    amod      ships                            [NORP china#demonym]
    ships         NOUN   nsubj     patrolled     lemma=ship tag=NNS
    patrolled     VERB   ROOT      patrolled     lemma=patrol
    near          ADP    prep      patrolled
    Crimea        PROPN  pobj      near                             [LOC crimea#name]
    .             PUNCT  punct     patrolled
    """, {("china", "MOBILIZE", "crimea", True)}, id="patrolled-near-mobilize"),
    pytest.param("""
    Blinken       PROPN  nsubj     paid                             [PERSON antony-blinken#alias]
    paid          VERB   ROOT      paid          lemma=pay
    a             DET    det       visit
    visit         NOUN   dobj      paid
    to            ADP    prep      visit
    China         PROPN  pobj      to                               [GPE china#name]
    .             PUNCT  punct     paid
    """, {("antony-blinken", "CONSULT", "china", True)}, id="paid-visit-to-consult"),
    pytest.param("""
    Boko          PROPN  compound  Haram                            [ORG boko-haram#name
    Haram         PROPN  nsubj     infiltrated                      ]
    infiltrated   VERB   ROOT      infiltrated   lemma=infiltrate
    Nigeria       PROPN  dobj      infiltrated                      [GPE nigeria#name]
    .             PUNCT  punct     infiltrated
    """, {("boko-haram", "ASSAULT", "nigeria", True)}, id="infiltrated-assault"),
    pytest.param("""
    Indian        ADJ    amod      troops                           [NORP india#demonym]
    troops        NOUN   nsubj     inflicted     lemma=troop tag=NNS
    inflicted     VERB   ROOT      inflicted     lemma=inflict
    heavy         ADJ    amod      casualties
    casualties    NOUN   dobj      inflicted     lemma=casualty tag=NNS
    among         ADP    prep      casualties
    Pakistani     ADJ    amod      troops@2                         [NORP pakistan#demonym]
    troops        NOUN   pobj      among         lemma=troop tag=NNS
    .             PUNCT  punct     inflicted
    """, {("india", "ASSAULT", "pakistan", True)}, id="inflicted-casualties-among-assault"),
    pytest.param("""
    A             DET    det       delegation
    Hamas         PROPN  compound  delegation                       [ORG hamas#name]
    delegation    NOUN   nsubjpass briefed
    was           AUX    auxpass   briefed       lemma=be tag=VBD
    briefed       VERB   ROOT      briefed       lemma=brief tag=VBN
    by            ADP    agent     briefed
    Egyptian      ADJ    amod      mediators                        [NORP egypt#demonym]
    mediators     NOUN   pobj      by            lemma=mediator tag=NNS
    .             PUNCT  punct     briefed
    """, {("egypt", "CONSULT", "hamas", True)}, id="was-briefed-by-consult"),
    pytest.param("""
    Blinken       PROPN  nsubj     reached                          [PERSON antony-blinken#alias]
    reached       VERB   ROOT      reached       lemma=reach
    out           ADP    prt       reached       tag=RP
    to            ADP    prep      reached
    Iran          PROPN  pobj      to                               [GPE iran#name]
    .             PUNCT  punct     reached
    """, {("antony-blinken", "CONSULT", "iran", True)}, id="reached-out-to-consult"),
    # turning to a party for help asks it; "for" does not name the object
    pytest.param("""
    Egypt         PROPN  nsubj     turned                           [GPE egypt#name]
    turned        VERB   ROOT      turned        lemma=turn
    to            ADP    prep      turned
    Russia        PROPN  pobj      to                               [GPE russia#name]
    for           ADP    prep      turned
    help          NOUN   pobj      for
    .             PUNCT  punct     turned
    """, {("egypt", "REQUEST", "russia", True)}, id="turned-to-for-request"),
    pytest.param("""
    Egypt         PROPN  nsubj     turned                           [GPE egypt#name]
    turned        VERB   ROOT      turned        lemma=turn
    to            ADP    prep      turned
    Russia        PROPN  pobj      to                               [GPE russia#name]
    .             PUNCT  punct     turned
    """, set(), id="turned-to-alone-nothing"),
    pytest.param("""
    Biden         PROPN  nsubj     challenged                       [PERSON joe-biden#alias]
    challenged    VERB   ROOT      challenged    lemma=challenge
    Netanyahu     PROPN  dobj      challenged                       [PERSON benjamin-netanyahu#alias]
    to            PART   aux       implement
    implement     VERB   xcomp     challenged    tag=VB
    the           DET    det       agreement
    agreement     NOUN   dobj      implement
    .             PUNCT  punct     challenged
    """, {("joe-biden", "REQUEST", "benjamin-netanyahu", True)}, id="challenged-to-request"),
    pytest.param("""
    Russia        PROPN  nsubj     sent                             [GPE russia#name]
    sent          VERB   ROOT      sent          lemma=send
    bombers       NOUN   dobj      sent          lemma=bomber tag=NNS
    to            ADP    dative    sent
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    .             PUNCT  punct     sent
    """, {("russia", "MOBILIZE", "egypt", True)}, id="sent-bombers-to-mobilize"),
    # an official in apposition to the object noun is the one told (frames.names_official)
    pytest.param("""
    Sisi          PROPN  nsubj     told                             [PERSON abdel-fattah-el-sisi#alias]
    told          VERB   ROOT      told          lemma=tell
    his           PRON   poss      counterpart   tag=PRP$
    Israeli       ADJ    amod      counterpart                      [NORP israel#demonym]
    counterpart   NOUN   dobj      told
    Netanyahu     PROPN  appos     counterpart                      [PERSON benjamin-netanyahu#alias]
    that          SCONJ  mark      help
    Egypt         PROPN  nsubj     help                             [GPE egypt#name]
    would         AUX    aux       help          tag=MD
    help          VERB   ccomp     told          tag=VB
    .             PUNCT  punct     told
    """, {("abdel-fattah-el-sisi", "CONSULT", "benjamin-netanyahu", True)}, id="told-counterpart-official-consult"),
    pytest.param("""
    Egypt         PROPN  nsubj     conveyed                         [GPE egypt#name]
    conveyed      VERB   ROOT      conveyed      lemma=convey
    a             DET    det       protest
    protest       NOUN   dobj      conveyed
    to            ADP    prep      conveyed
    Israel        PROPN  pobj      to                               [GPE israel#name]
    .             PUNCT  punct     conveyed
    """, {("egypt", "ACCUSE", "israel", True)}, id="conveyed-protest-to-accuse"),
    # "invaders", "occupiers", "enemy" act for the state named before them, as "troops" do
    pytest.param("""
    Russian       ADJ    amod      invaders                         [NORP russia#demonym]
    invaders      NOUN   nsubj     fired         lemma=invader tag=NNS
    fired         VERB   ROOT      fired         lemma=fire
    at            ADP    prep      fired
    Crimea        PROPN  pobj      at                               [LOC crimea#name]
    .             PUNCT  punct     fired
    """, {("russia", "ASSAULT", "crimea", True)}, id="russian-invaders-fired-at"),
    pytest.param("""
    Russian       ADJ    amod      enemy                            [NORP russia#demonym]
    enemy         NOUN   nsubj     fired
    fired         VERB   ROOT      fired         lemma=fire
    at            ADP    prep      fired
    Crimea        PROPN  pobj      at                               [LOC crimea#name]
    .             PUNCT  punct     fired
    """, {("russia", "ASSAULT", "crimea", True)}, id="russian-enemy-fired-at"),
]


@pytest.mark.parametrize("spec,expected", VERBS)
def test_mined_verb_frames(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] != "AFFILIATED_WITH"} == expected


NOUNS = [
    pytest.param("""
    Egypt         PROPN  poss      deployment                       [GPE egypt#name]
    's            PART   case      Egypt         tag=POS
    deployment    NOUN   nsubj     grew
    on            ADP    prep      deployment
    the           DET    det       border
    Libyan        ADJ    amod      border                           [NORP libya#demonym]
    border        NOUN   pobj      on
    grew          VERB   ROOT      grew          lemma=grow
    .             PUNCT  punct     grew
    """, {("egypt", "MOBILIZE", "libya", True)}, id="deployment-on-border"),
    # "deliver" is a light verb: its subject is the agent of the strikes it delivers
    pytest.param("""
    Israeli       ADJ    amod      jets                             [NORP israel#demonym]
    jets          NOUN   nsubj     delivered     lemma=jet tag=NNS
    delivered     VERB   ROOT      delivered     lemma=deliver
    strikes       NOUN   dobj      delivered     lemma=strike tag=NNS
    on            ADP    prep      delivered
    Hezbollah     PROPN  pobj      on                               [ORG hezbollah#name]
    .             PUNCT  punct     delivered
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="delivered-strikes-on"),
    pytest.param("""
    Russia        PROPN  poss      capture                          [GPE russia#name]
    's            PART   case      Russia        tag=POS
    capture       NOUN   nsubj     angered
    of            ADP    prep      capture
    Crimea        PROPN  pobj      of                               [LOC crimea#name]
    angered       VERB   ROOT      angered       lemma=anger
    Ukraine       PROPN  dobj      angered                          [GPE ukraine#name]
    .             PUNCT  punct     angered
    """, {("russia", "ASSAULT", "crimea", True)}, id="capture-of"),
]


@pytest.mark.parametrize("spec,expected", NOUNS)
def test_mined_noun_frames(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] != "AFFILIATED_WITH"} == expected
