"""Tests for :mod:`kg.relations.demand`: the demand for an event named by a noun is a REQUEST
to its agent, or to the other party of the talks the caller wants (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.demand import demanded_nouns

DEMAND = [
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    with          ADP    prep      talks
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     called
    """, {("egypt", "REQUEST", "hamas", True), ("egypt", "CONSULT", "hamas", False)}, id="called-for-talks-with"),
    pytest.param("""
    Egypt         PROPN  nsubj     demanded                         [GPE egypt#name]
    demanded      VERB   ROOT      demanded      lemma=demand
    an            DET    det       withdrawal
    Israeli       ADJ    amod      withdrawal                       [NORP israel#demonym]
    withdrawal    NOUN   dobj      demanded
    from          ADP    prep      withdrawal
    Gaza          PROPN  pobj      from                             [GPE gaza-strip#alias]
    .             PUNCT  punct     demanded
    """, {("egypt", "REQUEST", "israel", True), ("israel", "RETREAT", "gaza-strip", False)},
        id="demanded-a-withdrawal"),
    # the release of soldiers: the addressee (the captor) is not named, so no request is made up
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    the           DET    det       release
    release       NOUN   pobj      for
    of            ADP    prep      release
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   pobj      of            lemma=soldier tag=NNS
    .             PUNCT  punct     called
    """, set(), id="called-for-the-release"),
    # ... when a sentence before says who seized them, the release is asked of the captor, and
    # the caller is no agent of the release (no "Egypt RETREAT Israel")
    pytest.param("""
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture tag=VBD
    two           NUM    nummod    soldiers
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   dobj      captured      lemma=soldier tag=NNS
    .             PUNCT  punct     captured
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    the           DET    det       release
    release       NOUN   pobj      for
    of            ADP    prep      release
    the           DET    det       soldiers
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   pobj      of            lemma=soldier tag=NNS
    .             PUNCT  punct     called
    """, {("hezbollah", "COERCE", "israel", True), ("egypt", "REQUEST", "hezbollah", True)},
        id="called-for-the-release-of-captives"),
    # the end of an event is asked of its agent; the event itself stands
    pytest.param("""
    Cuba          PROPN  nsubj     urged                            [GPE cuba#name]
    urged         VERB   ROOT      urged         lemma=urge tag=VBD
    an            DET    det       end
    end           NOUN   dobj      urged
    to            ADP    prep      end
    the           DET    det       embargo
    U.S.          PROPN  compound  embargo                          [GPE united-states#alias]
    embargo       NOUN   pobj      to
    .             PUNCT  punct     urged
    """, {("cuba", "REQUEST", "united-states", True)}, id="urged-an-end-to-the-x-embargo"),
    # "called for X to act": the subject of the infinitive clause is asked (and its act demanded)
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           SCONJ  mark      head          tag=IN
    Hamas         PROPN  nsubj     head                             [ORG hamas#name]
    and           CCONJ  cc        Hamas
    Israel        PROPN  conj      Hamas                            [GPE israel#name]
    to            PART   aux       head          tag=TO
    head          VERB   advcl     called        tag=VB
    off           ADP    prt       head
    escalation    NOUN   dobj      head
    .             PUNCT  punct     called
    """, {("egypt", "REQUEST", "hamas", True), ("egypt", "REQUEST", "israel", True)}, id="called-for-x-to-act"),
    # ... not a finite clause "for" introduces ("said so for Israel would not ..." is no request)
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           SCONJ  mark      left          tag=IN
    Hamas         PROPN  nsubj     left                             [ORG hamas#name]
    left          VERB   advcl     called        tag=VBD
    .             PUNCT  punct     called
    """, set(), id="called-for-a-finite-clause"),
    # the noun: "reiterated its calls for Hamas to ...", the caller the light verb's subject
    pytest.param("""
    Egypt         PROPN  nsubj     reiterated                       [GPE egypt#name]
    reiterated    VERB   ROOT      reiterated    lemma=reiterate
    its           PRON   poss      calls         tag=PRP$
    calls         NOUN   dobj      reiterated    lemma=call tag=NNS
    for           SCONJ  mark      stand         tag=IN
    Hamas         PROPN  nsubj     stand                            [ORG hamas#name]
    to            PART   aux       stand         tag=TO
    stand         VERB   advcl     calls         tag=VB
    aside         ADV    advmod    stand
    .             PUNCT  punct     reiterated
    """, {("egypt", "REQUEST", "hamas", True)}, id="calls-for-x-to-act"),
]


@pytest.mark.parametrize("spec,expected", DEMAND)
def test_demanded_event(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[3] or e in expected} == expected


def test_the_nouns_a_verb_demands(kb):
    da, _ = reading("""
    Egypt         PROPN  nsubj     urged                            [GPE egypt#name]
    urged         VERB   ROOT      urged         lemma=urge
    restraint     NOUN   dobj      urged
    and           CCONJ  cc        urged
    called        VERB   conj      urged         lemma=call
    for           ADP    prep      called
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    .             PUNCT  punct     urged
    """, kb)
    words = kb.lexicon.words_of("demand_object")
    assert demanded_nouns(token(da, "urged"), words) == [token(da, "restraint")]
    assert demanded_nouns(token(da, "called"), words) == [token(da, "talks")]


ANSWERED = [
    pytest.param("""
    Qatar         PROPN  nsubj     accepted                         [GPE qatar#name]
    accepted      VERB   ROOT      accepted      lemma=accept
    the           DET    det       request
    U.S.          PROPN  compound  request                          [GPE united-states#alias]
    request       NOUN   dobj      accepted
    .             PUNCT  punct     accepted
    """, {("united-states", "REQUEST", "qatar", True)}, id="accepted-the-x-request"),
    pytest.param("""
    Sudan         PROPN  nsubj     refused                          [GPE sudan#name]
    refused       VERB   ROOT      refused       lemma=refuse
    to            PART   aux       grant
    grant         VERB   xcomp     refused       tag=VB
    M23           PROPN  poss      demand                           [ORG m23#name]
    's            PART   case      M23           tag=POS
    demand        NOUN   dobj      grant
    for           ADP    prep      demand
    amnesty       NOUN   pobj      for
    .             PUNCT  punct     refused
    """, {("m23", "REQUEST", "sudan", True), ("sudan", "REJECT", "m23", True)}, id="refused-to-grant-xs-demand"),
    pytest.param("""
    Qatar         PROPN  nsubj     refused                          [GPE qatar#name]
    refused       VERB   ROOT      refused       lemma=refuse
    to            PART   aux       comply
    comply        VERB   xcomp     refused       tag=VB
    with          ADP    prep      comply
    the           DET    det       demands
    demands       NOUN   pobj      with          lemma=demand tag=NNS
    of            ADP    prep      demands
    Egypt         PROPN  pobj      of                               [GPE egypt#name]
    .             PUNCT  punct     refused
    """, {("egypt", "REQUEST", "qatar", True), ("qatar", "REJECT", "egypt", True)},
        id="refused-to-comply-with-the-demands-of-x"),
    # no request answered: negated, a request of no one, a noun that is no request
    pytest.param("""
    Qatar         PROPN  nsubj     accept                           [GPE qatar#name]
    did           AUX    aux       accept        lemma=do
    not           PART   neg       accept
    accept        VERB   ROOT      accept        tag=VB
    the           DET    det       request
    U.S.          PROPN  compound  request                          [GPE united-states#alias]
    request       NOUN   dobj      accept
    .             PUNCT  punct     accept
    """, {("qatar", "REJECT", "united-states", True)}, id="did-not-accept"),   # the clause's negated frame
    pytest.param("""
    Qatar         PROPN  nsubj     accepted                         [GPE qatar#name]
    accepted      VERB   ROOT      accepted      lemma=accept
    the           DET    det       offer
    U.S.          PROPN  compound  offer                            [GPE united-states#alias]
    offer         NOUN   dobj      accepted
    .             PUNCT  punct     accepted
    """, set(), id="accepted-an-offer"),
]


@pytest.mark.parametrize("spec,expected", ANSWERED)
def test_answered_request(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] in ("REQUEST", "REJECT")} == expected


def test_request_owners(kb):
    from kg.relations.demand import request_objects, request_owners
    da, ds = reading(ANSWERED[2].values[0], kb)
    nouns = request_objects(token(da, "comply"), kb.lexicon.words_of("request_noun"))
    assert nouns == [token(da, "demands")] and request_owners(nouns[0], da, ds) == ["egypt"]


ULTIMATUMS = [
    pytest.param("""
    Egypt         PROPN  nsubj     issued                           [GPE egypt#name]
    issued        VERB   ROOT      issued        lemma=issue
    an            DET    det       ultimatum
    ultimatum     NOUN   dobj      issued
    to            ADP    dative    issued
    Qatar         PROPN  pobj      to                               [GPE qatar#name]
    .             PUNCT  punct     issued
    """, {("egypt", "REQUEST", "qatar", True)}, id="issued-an-ultimatum-to-x"),
    pytest.param("""
    Egypt         PROPN  nsubj     gave                             [GPE egypt#name]
    gave          VERB   ROOT      gave          lemma=give
    Qatar         PROPN  dative    gave                             [GPE qatar#name]
    a             DET    det       ultimatum
    ultimatum     NOUN   dobj      gave
    .             PUNCT  punct     gave
    """, {("egypt", "REQUEST", "qatar", True)}, id="gave-x-an-ultimatum"),
    pytest.param("""
    Kuwait        PROPN  nsubj     handed                           [GPE kuwait#name]
    handed        VERB   ROOT      handed        lemma=hand
    over          ADP    prt       handed
    to            ADP    prep      handed
    Qatar         PROPN  pobj      to                               [GPE qatar#name]
    the           DET    det       ultimatum
    ultimatum     NOUN   dobj      handed
    of            ADP    prep      ultimatum
    Egypt         PROPN  pobj      of                               [GPE egypt#name]
    .             PUNCT  punct     handed
    """, {("egypt", "REQUEST", "qatar", True)}, id="handed-over-to-x-the-ultimatum-of-y"),
    pytest.param("""
    Egypt         PROPN  nsubj     give                             [GPE egypt#name]
    did           AUX    aux       give          lemma=do
    not           PART   neg       give
    give          VERB   ROOT      give          tag=VB
    Qatar         PROPN  dative    give                             [GPE qatar#name]
    an            DET    det       ultimatum
    ultimatum     NOUN   dobj      give
    .             PUNCT  punct     give
    """, set(), id="did-not-give-an-ultimatum"),
]


@pytest.mark.parametrize("spec,expected", ULTIMATUMS)
def test_ultimatum_request(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "REQUEST"} == expected


def test_a_call_the_parser_took_for_a_verb_is_made_by_its_owner(kb):
    """"Egypt welcomed a Qatari call for talks with Hamas": "call" tagged a verb but with a
    determiner, in an object's place: Qatar calls, not the sentence's subject."""
    got = events(relations("""
    Egypt         PROPN  nsubj     welcomed                         [GPE egypt#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome tag=VBD
    a             DET    det       call
    Qatari        ADJ    amod      call                             [NORP qatar#demonym]
    call          VERB   dobj      welcomed      lemma=call tag=VBP
    for           ADP    prep      call
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    with          ADP    prep      talks
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     welcomed
    """, kb))
    assert ("egypt", "REQUEST", "hamas", True) not in got
