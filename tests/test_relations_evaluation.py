"""Rule tests for :mod:`kg.relations.evaluation`: a speaker who says another side lies, is
responsible, committed a provocation, or calls its act "an act of war" accuses it, on
hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.evaluation import blamed_by_clause, blames, culprits

ACCUSATIONS = [
    pytest.param("""
    Netanyahu     PROPN  nsubj     said                             [PERSON benjamin-netanyahu#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     lying                            [ORG hamas#name]
    was           AUX    aux       lying         lemma=be tag=VBD
    lying         VERB   ccomp     said          lemma=lie tag=VBG
    .             PUNCT  punct     said
    """, {("benjamin-netanyahu", "ACCUSE", "hamas", True)}, id="said-x-was-lying"),
    pytest.param("""
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       government
    Lebanese      ADJ    amod      government                       [NORP lebanon#demonym]
    government    NOUN   nsubj     was
    was           AUX    ccomp     said          lemma=be tag=VBD
    responsible   ADJ    acomp     was
    for           ADP    prep      responsible
    the           DET    det       attack
    attack        NOUN   pobj      for
    .             PUNCT  punct     said
    """, {("israel", "ACCUSE", "lebanon", True)}, id="said-x-was-responsible"),
    pytest.param("""
    Pakistan      PROPN  nsubj     said                             [GPE pakistan#name]
    said          VERB   ROOT      said          lemma=say
    India         PROPN  nsubj     committed                        [GPE india#name]
    committed     VERB   ccomp     said          lemma=commit
    a             DET    det       provocation
    grave         ADJ    amod      provocation
    provocation   NOUN   dobj      committed
    .             PUNCT  punct     said
    """, {("pakistan", "ACCUSE", "india", True)}, id="said-x-committed-a-provocation"),
    pytest.param("""
    Lavrov        PROPN  nsubj     said                             [PERSON sergei-lavrov#alias]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       Ukrainians
    Ukrainians    PROPN  nsubjpass involved                         [NORP ukraine#demonym]
    had           AUX    aux       involved      lemma=have tag=VBD
    been          AUX    auxpass   involved      lemma=be tag=VBN
    involved      VERB   ccomp     said          lemma=involve tag=VBN
    in            ADP    prep      involved
    espionage     NOUN   pobj      in
    .             PUNCT  punct     said
    """, {("sergei-lavrov", "ACCUSE", "ukraine", True)}, id="said-x-was-involved-in-espionage"),
    # behind a hostile deed: blamed; behind oneself's deed or behind a person: no accusation
    pytest.param("""
    Germany       PROPN  nsubj     said                             [GPE germany#name]
    said          VERB   ROOT      said          lemma=say
    Russia        PROPN  nsubj     was                              [GPE russia#name]
    was           AUX    ccomp     said          lemma=be tag=VBD
    behind        ADP    prep      was
    the           DET    det       cyberattack
    cyberattack   NOUN   pobj      behind
    .             PUNCT  punct     said
    """, {("germany", "ACCUSE", "russia", True)}, id="said-x-was-behind-the-cyberattack"),
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    a             DET    det       group
    group         NOUN   nsubj     was
    called        VERB   acl       group         lemma=call tag=VBN
    Hamas         PROPN  oprd      called                           [ORG hamas#name]
    was           AUX    ccomp     said          lemma=be tag=VBD
    behind        ADP    prep      was
    the           DET    det       attack
    attack        NOUN   pobj      behind
    .             PUNCT  punct     said
    """, {("egypt", "ACCUSE", "hamas", True)}, id="said-a-group-called-x-was-behind-the-attack"),
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     was                              [ORG hamas#name]
    was           AUX    ccomp     said          lemma=be tag=VBD
    the           DET    det       brains
    brains        NOUN   attr      was           lemma=brain tag=NNS
    behind        ADP    prep      brains
    the           DET    det       attack
    attack        NOUN   pobj      behind
    .             PUNCT  punct     said
    """, {("egypt", "ACCUSE", "hamas", True)}, id="said-x-was-the-brains-behind-the-attack"),
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     was                              [ORG hamas#name]
    was           AUX    ccomp     said          lemma=be tag=VBD
    behind        ADP    prep      was
    the           DET    det       proposal
    proposal      NOUN   pobj      behind
    .             PUNCT  punct     said
    """, set(), id="said-x-was-behind-the-proposal"),
    # what a side said, called unwarranted: its possessor is blamed
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  poss      remarks                          [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    remarks       NOUN   nsubj     were          lemma=remark tag=NNS
    were          AUX    ccomp     said          lemma=be tag=VBD
    unwarranted   ADJ    acomp     were
    .             PUNCT  punct     said
    """, {("egypt", "ACCUSE", "hamas", True)}, id="said-xs-remarks-were-unwarranted"),
    # an event named before: its agent is blamed
    pytest.param("""
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       launch
    launch        NOUN   nsubj     was
    was           AUX    ccomp     said          lemma=be tag=VBD
    a             DET    det       violation
    violation     NOUN   attr      was
    .             PUNCT  punct     said
    """, {("egypt", "ACCUSE", "hamas", True)}, id="said-the-launch-was-a-violation"),
    # naming: the one named, or the agent of the act named
    pytest.param("""
    Netanyahu     PROPN  nsubj     called                           [PERSON benjamin-netanyahu#alias]
    called        VERB   ROOT      called        lemma=call
    the           DET    det       attack
    attack        NOUN   dobj      called
    by            ADP    prep      attack
    Hezbollah     PROPN  pobj      by                               [ORG hezbollah#name]
    an            DET    det       act
    act           NOUN   oprd      called
    of            ADP    prep      act
    war           NOUN   pobj      of
    .             PUNCT  punct     called
    """, {("benjamin-netanyahu", "ACCUSE", "hezbollah", True)}, id="called-the-attack-by-x-an-act-of-war"),
    pytest.param("""
    Hamas         PROPN  nsubj     called                           [ORG hamas#name]
    called        VERB   ROOT      called        lemma=call
    Israel        PROPN  dobj      called                           [GPE israel#name]
    a             DET    det       state
    terrorist     ADJ    amod      state
    state         NOUN   oprd      called
    .             PUNCT  punct     called
    """, {("hamas", "ACCUSE", "israel", True)}, id="called-x-a-terrorist-state"),
    # no blame: a denial, a neutral description, oneself
    pytest.param("""
    Netanyahu     PROPN  nsubj     said                             [PERSON benjamin-netanyahu#alias]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     lying                            [ORG hamas#name]
    was           AUX    aux       lying         lemma=be tag=VBD
    not           PART   neg       lying
    lying         VERB   ccomp     said          lemma=lie tag=VBG
    .             PUNCT  punct     said
    """, set(), id="said-x-was-not-lying"),
    pytest.param("""
    Hamas         PROPN  nsubj     called                           [ORG hamas#name]
    called        VERB   ROOT      called        lemma=call
    Qatar         PROPN  dobj      called                           [GPE qatar#name]
    a             DET    det       partner
    trusted       ADJ    amod      partner
    partner       NOUN   oprd      called
    .             PUNCT  punct     called
    """, set(), id="called-x-a-partner"),
    pytest.param("""
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     was
    was           AUX    ccomp     said          lemma=be tag=VBD
    responsible   ADJ    acomp     was
    for           ADP    prep      responsible
    the           DET    det       attack
    attack        NOUN   pobj      for
    .             PUNCT  punct     said
    """, set(), id="said-it-was-responsible-itself"),
    # an act whose owner is blamed: "X says Y's declaration violates international law"
    pytest.param("""
    Israel        PROPN  nsubj     says                             [GPE israel#name]
    says          VERB   ROOT      says          lemma=say tag=VBZ
    Hamas         PROPN  poss      declaration                      [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    declaration   NOUN   nsubj     violates
    violates      VERB   ccomp     says          lemma=violate tag=VBZ
    international ADJ    amod      law
    law           NOUN   dobj      violates
    .             PUNCT  punct     says
    """, {("israel", "ACCUSE", "hamas", True)}, id="says-ys-declaration-violates-law"),
]


@pytest.mark.parametrize("spec,expected", ACCUSATIONS)
def test_accusation_by_an_evaluative_predicate(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ACCUSE"} == expected


def test_the_functions(kb):
    da, ds = reading(ACCUSATIONS[0].values[0], kb)
    words = kb.lexicon.words_of
    assert blames(token(da, "lying"), words) and not blames(token(da, "said"), words)
    assert blamed_by_clause(token(da, "lying"), da, ds) == ["hamas"]
    assert culprits(token(da, "Hamas"), da, ds) == ["hamas"]


GRIEVANCES = [
    pytest.param("""
    Egypt         PROPN  nsubj     voiced                           [GPE egypt#name]
    voiced        VERB   ROOT      voiced        lemma=voice
    concern       NOUN   dobj      voiced
    about         ADP    prep      concern
    Israel        PROPN  poss      strikes                          [GPE israel#name]
    's            PART   case      Israel        tag=POS
    strikes       NOUN   pobj      about         lemma=strike tag=NNS
    .             PUNCT  punct     voiced
    """, {("egypt", "ACCUSE", "israel", True)}, id="voiced-concern-about-xs-strikes"),
    pytest.param("""
    China         PROPN  nsubj     expressed                        [GPE china#name]
    expressed     VERB   ROOT      expressed     lemma=express
    strong        ADJ    amod      opposition
    opposition    NOUN   dobj      expressed
    over          ADP    prep      opposition
    the           DET    det       statements
    statements    NOUN   pobj      over          lemma=statement tag=NNS
    issued        VERB   acl       statements    lemma=issue tag=VBN
    by            ADP    agent     issued
    Turkey        PROPN  pobj      by                               [GPE turkey#name]
    .             PUNCT  punct     expressed
    """, {("china", "ACCUSE", "turkey", True)}, id="expressed-opposition-over-statements-issued-by-x"),
    pytest.param("""
    China         PROPN  nsubj     expressed                        [GPE china#name]
    expressed     VERB   ROOT      expressed     lemma=express
    dissatisfaction NOUN dobj      expressed
    with          ADP    prep      dissatisfaction
    Turkey        PROPN  pobj      with                             [GPE turkey#name]
    .             PUNCT  punct     expressed
    """, {("china", "ACCUSE", "turkey", True)}, id="expressed-dissatisfaction-with-x"),
    # no grievance: negated, a grievance over no one's act, concern for someone
    pytest.param("""
    Egypt         PROPN  nsubj     express                          [GPE egypt#name]
    did           AUX    aux       express       lemma=do
    not           PART   neg       express
    express       VERB   ROOT      express       tag=VB
    concern       NOUN   dobj      express
    about         ADP    prep      concern
    Israel        PROPN  poss      strikes                          [GPE israel#name]
    's            PART   case      Israel        tag=POS
    strikes       NOUN   pobj      about         lemma=strike tag=NNS
    .             PUNCT  punct     express
    """, set(), id="did-not-express-concern"),
    pytest.param("""
    Egypt         PROPN  nsubj     expressed                        [GPE egypt#name]
    expressed     VERB   ROOT      expressed     lemma=express
    concern       NOUN   dobj      expressed
    for           ADP    prep      concern
    Palestinian   ADJ    amod      civilians                        [NORP palestine#demonym]
    civilians     NOUN   pobj      for           lemma=civilian tag=NNS
    .             PUNCT  punct     expressed
    """, set(), id="expressed-concern-for-civilians"),
]


@pytest.mark.parametrize("spec,expected", GRIEVANCES)
def test_accusation_by_a_stated_grievance(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ACCUSE"} == expected


def test_grievance_culprits(kb):
    from kg.relations.evaluation import grievance_culprits
    da, ds = reading(GRIEVANCES[1].values[0], kb)
    assert grievance_culprits(token(da, "statements"), da, ds) == ["turkey"]



ENVOY = """
    Israeli       ADJ    amod      Ambassador                       [NORP israel#demonym]
    Ambassador    PROPN  compound  Oron          tag=NNP
    to            ADP    prep      Ambassador
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    Amira         PROPN  compound  Oron                             [PERSON
    Oron          PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    Egypt         PROPN  nsubj     lodged                           [GPE egypt#name]
    lodged        VERB   ROOT      lodged        lemma=lodge
    a             DET    det       protest
    protest       NOUN   dobj      lodged
    with          ADP    prep      protest
    the           DET    det       ambassador
    ambassador    NOUN   pobj      with
    .             PUNCT  punct     lodged
"""


def test_a_grievance_lodged_with_an_envoy_blames_his_state(kb):
    """"lodged a protest with the ambassador": the ambassador's state is blamed, he is met."""
    got = {e for e in events(relations(ENVOY, kb)) if e[0] == "egypt"}
    assert got == {("egypt", "ACCUSE", "israel", True), ("egypt", "CONSULT", "amira-oron", True)}
