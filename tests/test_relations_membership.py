"""Rule tests for multi-party constructions, on hand-built parses (see
``tests/relation_helpers.py``): a named body said to include its members
(:mod:`kg.relations.membership`: member COOPERATE body, a place's places LOCATED_IN it),
and the parties of a symmetric event noun named "among" ("talks among A, B and C")."""

from __future__ import annotations

import pytest
from relation_helpers import events, locations, relations

INCLUDES = """
    The           DET    det       sanctions
    sanctions     NOUN   nsubjpass set           lemma=sanction tag=NNS
    were          AUX    auxpass   set           lemma=be
    set           VERB   ROOT      set           tag=VBN
    by            ADP    agent     set
    the           DET    det       Center
    Terrorist     PROPN  compound  Center                           [ORG
    Financing     PROPN  compound  Center
    Targeting     PROPN  compound  Center
    Center        PROPN  pobj      by                               ]
    ,             PUNCT  punct     Center
    a             DET    det       group
    group         NOUN   appos     Center
    that          PRON   nsubj     includes      tag=WDT
    includes      VERB   relcl     group         lemma=include tag=VBZ
    Oman          PROPN  dobj      includes                         [GPE oman#name]
    ,             PUNCT  punct     Oman
    Kuwait        PROPN  conj      Oman                             [GPE kuwait#name]
    and           CCONJ  cc        Kuwait
    Qatar         PROPN  conj      Kuwait                           [GPE qatar#name]
    in            ADP    prep      includes
    addition      NOUN   pobj      in
    to            ADP    prep      addition
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  pobj      to                               ]
    .             PUNCT  punct     set
"""

GROUPS = """
    The           DET    det       League
    Arab          PROPN  compound  League                           [ORG
    League        PROPN  nsubj     met                              ]
    ,             PUNCT  punct     League
    which         PRON   nsubj     groups        tag=WDT
    groups        VERB   relcl     League        lemma=group tag=VBZ
    Egypt         PROPN  dobj      groups                           [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    ,             PUNCT  punct     League
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
"""

NOT_INCLUDED = """
    The           DET    det       League
    Arab          PROPN  compound  League                           [ORG
    League        PROPN  nsubj     include                          ]
    does          AUX    aux       include       lemma=do
    not           PART   neg       include
    include       VERB   ROOT      include       tag=VB
    Iran          PROPN  dobj      include                          [GPE iran#name]
    .             PUNCT  punct     include
"""

MADE_UP = """
    The           DET    det       Quartet
    Quartet       PROPN  nsubj     met                              [ORG
    ,             PUNCT  punct     Quartet                          ]
    made          VERB   acl       Quartet       lemma=make tag=VBN
    up            ADP    prt       made
    of            ADP    prep      up
    Russia        PROPN  pobj      of                               [GPE russia#name]
    and           CCONJ  cc        Russia
    the           DET    det       Nations
    United        PROPN  compound  Nations                          [ORG united-nations#name
    Nations       PROPN  conj      Russia                           ]
    ,             PUNCT  punct     Quartet
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
"""

WHICH_INCLUDES = """
    Troops        NOUN   nsubj     patrol        lemma=troop tag=NNS
    patrol        VERB   ROOT      patrol        tag=VBP
    the           DET    det       region
    Arvedui       PROPN  compound  region                           [LOC
    region        NOUN   dobj      patrol                           ]
    ,             PUNCT  punct     region
    which         PRON   nsubj     includes      tag=WDT
    includes      VERB   relcl     region        lemma=include tag=VBZ
    the           DET    det       provinces
    provinces     NOUN   dobj      includes      lemma=province tag=NNS
    of            ADP    prep      provinces
    Junin         PROPN  pobj      of                               [GPE]
    and           CCONJ  cc        Junin
    Cusco         PROPN  conj      Junin                            [GPE]
    .             PUNCT  punct     patrol
"""

MEMBERSHIP = [
    # the members in the object and "in addition to", the body a description in apposition names
    pytest.param(INCLUDES, {(m, "COOPERATE", "terrorist-financing-targeting-center", True)
                            for m in ("oman", "kuwait", "qatar", "united-states")}, id="a-group-that-includes"),
    pytest.param(GROUPS, {("egypt", "COOPERATE", "arab-league", True), ("qatar", "COOPERATE", "arab-league", True)},
                 id="which-groups"),
    pytest.param(MADE_UP, {("russia", "COOPERATE", "quartet", True), ("united-nations", "COOPERATE", "quartet", True)},
                 id="made-up-of"),
    # a negated membership says nothing
    pytest.param(NOT_INCLUDED, set(), id="does-not-include"),
]


@pytest.mark.parametrize("spec,expected", MEMBERSHIP)
def test_members_cooperate_with_the_body(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "COOPERATE"} == expected


def test_a_region_that_includes_places_contains_them(kb):
    got = locations(relations(WHICH_INCLUDES, kb))
    assert {s.split("-")[0] for s, o in got if o.startswith("arvedui")} == {"junin", "cusco"}


AMONG = """
    Talks         NOUN   nsubjpass held          lemma=talk tag=NNS
    among         ADP    prep      Talks
    Iran          PROPN  pobj      among                            [GPE iran#name]
    ,             PUNCT  punct     Iran
    Turkey        PROPN  conj      Iran                             [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Russia        PROPN  conj      Turkey                           [GPE russia#name]
    were          AUX    auxpass   held          lemma=be
    held          VERB   ROOT      held          lemma=hold tag=VBN
    .             PUNCT  punct     held
"""


def test_talks_among_three_parties_relate_each_pair(kb):
    assert events(relations(AMONG, kb)) == {("iran", "CONSULT", "turkey", True), ("iran", "CONSULT", "russia", True),
                                            ("turkey", "CONSULT", "russia", True)}


REQUIRED = """
    Consent       NOUN   nsubjpass required
    is            AUX    auxpass   required      lemma=be
    required      VERB   ROOT      required      lemma=require tag=VBN
    for           ADP    prep      required
    a             DET    det       meeting
    meeting       NOUN   pobj      for
    among         ADP    prep      meeting
    Iran          PROPN  pobj      among                            [GPE iran#name]
    ,             PUNCT  punct     Iran
    Turkey        PROPN  conj      Iran                             [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Russia        PROPN  conj      Turkey                           [GPE russia#name]
    .             PUNCT  punct     required
"""


def test_a_meeting_a_requirement_names_is_not_asserted(kb):
    # "consent is required for a meeting among A, B and C": the meeting has not happened
    # (``demand_object`` "require for")
    got = {(s, p, o, asserted) for s, p, o, asserted in events(relations(REQUIRED, kb))}
    assert got == {("iran", "CONSULT", "turkey", False), ("iran", "CONSULT", "russia", False),
                   ("turkey", "CONSULT", "russia", False)}


YET_TO = """
    Serbia        PROPN  nsubj     are                              [GPE serbia#name]
    and           CCONJ  cc        Serbia
    China         PROPN  conj      Serbia                           [GPE china#name]
    are           AUX    ROOT      are           lemma=be tag=VBP
    among         ADP    prep      are
    the           DET    det       countries
    countries     NOUN   pobj      among         lemma=country tag=NNS
    which         PRON   nsubj     have          tag=WDT
    have          VERB   relcl     countries     tag=VBP
    yet           ADV    advmod    have
    to            PART   aux       recognize
    recognize     VERB   xcomp     have          tag=VB
    Kosovo        PROPN  dobj      recognize                        [GPE kosovo#name]
    .             PUNCT  punct     are
"""


def test_those_among_the_countries_yet_to_recognize_reject(kb):
    # the relative clause on "among the countries" speaks of the copula's subjects
    # (``partitive_prep``), and "have yet to recognize" reads the negated frame (``not_yet``)
    assert events(relations(YET_TO, kb)) == {("serbia", "REJECT", "kosovo", True), ("china", "REJECT", "kosovo", True)}
