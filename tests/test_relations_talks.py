"""Rule tests for :mod:`kg.relations.talks`: a definite talks noun that names no parties
("the talks stalled", "during the meeting") is CONSULT between the parties of the text's
last talks, else the sides last seen fighting (GUIDELINES, conventions 2 and 13), on
hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

WAR = """
    Russia        PROPN  nsubj     attacked                         [GPE russia#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Ukraine       PROPN  dobj      attacked                         [GPE ukraine#name]
    .             PUNCT  punct     attacked
"""

FUTURE_TALKS = """
    Iran          PROPN  nsubj     hold                             [GPE iran#name]
    and           CCONJ  cc        Iran
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  conj      Iran                             ]
    will          AUX    aux       hold
    hold          VERB   ROOT      hold          lemma=hold
    talks         NOUN   dobj      hold          lemma=talk tag=NNS
    in            ADP    prep      talks
    Muscat        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     hold
"""

WAR_SIDES = {("russia", "ASSAULT", "ukraine", True)}
PLANNED = {("iran", "CONSULT", "united-states", False)}

TALKS = [
    # the talks of the sides at war, reported as stalled
    pytest.param(WAR + """
    The           DET    det       talks
    talks         NOUN   nsubj     stalled       lemma=talk tag=NNS
    stalled       VERB   ROOT      stalled       lemma=stall tag=VBD
    .             PUNCT  punct     stalled
    """, WAR_SIDES | {("russia", "CONSULT", "ukraine", True)}, id="the-talks-stalled"),
    # a bare plural of the conflict's kind of talks
    pytest.param(WAR + """
    Peace         NOUN   compound  negotiations
    negotiations  NOUN   nsubj     broke         lemma=negotiation tag=NNS
    broke         VERB   ROOT      broke         lemma=break tag=VBD
    down          ADP    prt       broke
    .             PUNCT  punct     broke
    """, WAR_SIDES | {("russia", "CONSULT", "ukraine", True)}, id="peace-negotiations-broke-down"),
    # talks announced for the future, then reported as held
    pytest.param(FUTURE_TALKS + """
    The           DET    det       talks@2
    talks         NOUN   nsubjpass held          lemma=talk tag=NNS
    were          AUX    auxpass   held          lemma=be
    held          VERB   ROOT      held          lemma=hold tag=VBN
    on            ADP    prep      held
    Saturday      PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     held
    """, PLANNED | {("iran", "CONSULT", "united-states", True)}, id="the-talks-were-held"),
    # a possessive time names no party: "after Tuesday's meeting", a party speaking
    pytest.param(FUTURE_TALKS + """
    After         ADP    prep      said
    Saturday      PROPN  poss      meeting                          [DATE
    's            PART   case      Saturday                         ]
    meeting       NOUN   pobj      After
    ,             PUNCT  punct     said
    Iran          PROPN  nsubj     said                             [GPE iran#name]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     hopeful       lemma=it
    was           AUX    ccomp     said          lemma=be
    hopeful       ADJ    acomp     was
    .             PUNCT  punct     said
    """, PLANNED | {("iran", "CONSULT", "united-states", True)}, id="after-saturdays-meeting"),
    # the talks said to lie ahead are not reported as held
    pytest.param(WAR + """
    The           DET    det       talks
    talks         NOUN   nsubj     focus         lemma=talk tag=NNS
    will          AUX    aux       focus
    focus         VERB   ROOT      focus         lemma=focus
    on            ADP    prep      focus
    a             DET    det       ceasefire
    ceasefire     NOUN   pobj      on
    .             PUNCT  punct     focus
    """, WAR_SIDES | {("russia", "CONSULT", "ukraine", False)}, id="the-talks-will-focus"),
    # the object of a verb: no event of talks is reported
    pytest.param(WAR + """
    Ukraine       PROPN  nsubj     denounced                        [GPE ukraine#name]
    denounced     VERB   ROOT      denounced     lemma=denounce
    the           DET    det       talks
    talks         NOUN   dobj      denounced     lemma=talk tag=NNS
    .             PUNCT  punct     denounced
    """, WAR_SIDES, id="denounced-the-talks"),
    # a speaker who is no party of the talks
    pytest.param(WAR + """
    Turkey        PROPN  nsubj     spoke                            [GPE turkey#name]
    spoke         VERB   ROOT      spoke         lemma=speak
    at            ADP    prep      spoke
    the           DET    det       meeting
    meeting       NOUN   pobj      at
    .             PUNCT  punct     spoke
    """, WAR_SIDES, id="third-party-at-the-meeting"),
    # the noun names its own party: the nominal rule's
    pytest.param(WAR + """
    The           DET    det       talks
    talks         NOUN   nsubj     stalled       lemma=talk tag=NNS
    with          ADP    prep      talks
    Turkey        PROPN  pobj      with                             [GPE turkey#name]
    stalled       VERB   ROOT      stalled       lemma=stall tag=VBD
    .             PUNCT  punct     stalled
    """, WAR_SIDES | {("talks-with", "CONSULT", "turkey", True)}, id="the-talks-with-x"),
    # a meeting may be a delegation's with a mediator: not the sides at war's
    pytest.param(WAR + """
    The           DET    det       meeting
    meeting       NOUN   nsubj     ended         tag=NN
    ended         VERB   ROOT      ended         lemma=end tag=VBD
    .             PUNCT  punct     ended
    """, WAR_SIDES, id="the-meeting-is-no-sides-talks"),
    # a name the actors do not resolve: someone else's talks
    pytest.param(WAR + """
    The           DET    det       talks
    U.S.-led      ADJ    amod      talks         lemma=u.s.-led tag=JJ
    peace         NOUN   compound  talks
    talks         NOUN   nsubj     collapsed     lemma=talk tag=NNS
    collapsed     VERB   ROOT      collapsed     lemma=collapse tag=VBD
    .             PUNCT  punct     collapsed
    """, WAR_SIDES, id="us-led-peace-talks"),
    # a meeting with no talks before is the sides' when one side speaks of it, by its title
    pytest.param(WAR + """
    After         ADP    prep      said
    the           DET    det       meeting
    meeting       NOUN   pobj      After         tag=NN
    ,             PUNCT  punct     said
    Ukrainian     ADJ    amod      Minister                         [NORP ukraine#demonym]
    Foreign       PROPN  compound  Minister
    Minister      PROPN  compound  Kuleba
    Dmytro        PROPN  compound  Kuleba                           [PERSON
    Kuleba        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     went          lemma=it
    went          VERB   ccomp     said          lemma=go
    well          ADV    advmod    went
    .             PUNCT  punct     said
    """, WAR_SIDES | {("russia", "CONSULT", "ukraine", True)}, id="after-the-meeting-a-side-said"),
    # an indefinite noun is new talks, not the ones the text reported
    pytest.param(WAR + """
    A             DET    det       meeting
    meeting       NOUN   nsubjpass held          tag=NN
    was           AUX    auxpass   held          lemma=be
    held          VERB   ROOT      held          lemma=hold tag=VBN
    .             PUNCT  punct     held
    """, WAR_SIDES, id="a-meeting-was-held"),
]


@pytest.mark.parametrize("spec,expected", TALKS)
def test_talks_anaphor(kb, spec, expected):
    got = events(relations(spec, kb))
    if any(e[0] == "talks-with" for e in expected):
        assert ("russia", "CONSULT", "ukraine", True) not in got
        return
    assert got == expected


# an accord reached at talks tells its parties met: CONSULT between them too
ACCORD_AT_TALKS = [
    pytest.param("""
    Russia        PROPN  nsubj     signed                           [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    signed        VERB   ROOT      signed        lemma=sign
    a             DET    det       ceasefire
    ceasefire     NOUN   dobj      signed
    at            ADP    prep      signed
    a             DET    det       meeting
    meeting       NOUN   pobj      at
    in            ADP    prep      meeting
    Istanbul      PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     signed
    """, {("russia", "CONSULT", "ukraine", True)}, id="x-and-y-signed-a-ceasefire-at-a-meeting"),
    # a participle's parties are its "by" agents, not the subject of the clause it is in
    pytest.param("""
    Zelensky      PROPN  nsubj     referred                         [PERSON volodymyr-zelensky#alias]
    referred      VERB   ROOT      referred      lemma=refer
    to            ADP    prep      referred
    a             DET    det       swap
    swap          NOUN   pobj      to
    agreed        VERB   acl       swap          lemma=agree tag=VBN
    by            ADP    agent     agreed
    Russia        PROPN  pobj      by                               [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    at            ADP    prep      agreed
    talks         NOUN   pobj      at            lemma=talk tag=NNS
    in            ADP    prep      talks
    Istanbul      PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     referred
    """, {("russia", "CONSULT", "ukraine", True)}, id="a-swap-agreed-by-x-and-y-at-talks"),
    # no talks named: the accord alone
    pytest.param("""
    Russia        PROPN  nsubj     signed                           [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    signed        VERB   ROOT      signed        lemma=sign
    a             DET    det       ceasefire
    ceasefire     NOUN   dobj      signed
    in            ADP    prep      signed
    Istanbul      PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     signed
    """, set(), id="x-and-y-signed-a-ceasefire-in-a-city"),
]


@pytest.mark.parametrize("spec,expected", ACCORD_AT_TALKS)
def test_an_accord_reached_at_talks(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected
