"""Rule tests for stances named by a noun (``ontology/lexicon/nouns.tsv``): a verb that voices a
stance (``light_verb``: "expressed", "voiced", "reiterated") gives the noun its subject as the one
who holds it ("expressed strong support for Israel" -> SUPPORT), as a possessive does ("Egypt's
rejection of the plan"). See ``tests/relation_helpers.py``."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

STANCES = [
    pytest.param("""
    Egypt         PROPN  nsubj     expressed                        [GPE egypt#name]
    expressed     VERB   ROOT      expressed     lemma=express
    strong        ADJ    amod      support
    support       NOUN   dobj      expressed
    for           ADP    prep      support
    Israel        PROPN  pobj      for                              [GPE israel#name]
    .             PUNCT  punct     expressed
    """, {("egypt", "SUPPORT", "israel", True)}, id="expressed-support-for"),
    pytest.param("""
    Qatar         PROPN  nsubj     voiced                           [GPE qatar#name]
    voiced        VERB   ROOT      voiced        lemma=voice
    solidarity    NOUN   dobj      voiced
    with          ADP    prep      solidarity
    Palestinians  PROPN  pobj      with                             [NORP palestine#demonym]
    .             PUNCT  punct     voiced
    """, {("qatar", "SUPPORT", "palestine", True)}, id="voiced-solidarity-with"),
    pytest.param("""
    Iran          PROPN  nsubj     reiterated                       [GPE iran#name]
    reiterated    VERB   ROOT      reiterated    lemma=reiterate
    its           PRON   poss      rejection     tag=PRP$
    firm          ADJ    amod      rejection
    rejection     NOUN   dobj      reiterated
    of            ADP    prep      rejection
    the           DET    det       proposal
    American      ADJ    amod      proposal                         [NORP united-states#demonym]
    proposal      NOUN   pobj      of
    .             PUNCT  punct     reiterated
    """, {("iran", "REJECT", "united-states", True)}, id="reiterated-rejection-of-xs-proposal"),
    # a warning to a state is often an admonition over remarks, not a threat of force: no noun frame
    pytest.param("""
    Turkey        PROPN  nsubj     issued                           [GPE turkey#name]
    issued        VERB   ROOT      issued        lemma=issue
    a             DET    det       warning
    stern         ADJ    amod      warning
    warning       NOUN   dobj      issued
    to            ADP    prep      warning
    Syria         PROPN  pobj      to                               [GPE syria#name]
    .             PUNCT  punct     issued
    """, set(), id="issued-a-warning-to"),
    # a stance voiced about no actor names no relation
    pytest.param("""
    Egypt         PROPN  nsubj     expressed                        [GPE egypt#name]
    expressed     VERB   ROOT      expressed     lemma=express
    concern       NOUN   dobj      expressed
    over          ADP    prep      concern
    the           DET    det       situation
    situation     NOUN   pobj      over
    in            ADP    prep      situation
    Gaza          PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     expressed
    """, set(), id="expressed-concern-over-a-situation"),
    # an adjunct's stance noun whose preposition the parser hung on the verb: the clause's subject
    # holds it ("fired rockets at Israel in solidarity with Hamas")
    pytest.param("""
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    at            ADP    prep      fired
    Israel        PROPN  pobj      at                               [GPE israel#name]
    in            ADP    prep      fired
    solidarity    NOUN   pobj      in
    with          ADP    prep      fired
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     fired
    """, {("hezbollah", "ASSAULT", "israel", True), ("hezbollah", "SUPPORT", "hamas", True)},
        id="adjunct-in-solidarity-with"),
    # ... only the preposition right after the noun: "in solidarity on Monday with Hamas" is no frame of it
    pytest.param("""
    Hezbollah     PROPN  nsubj     rallied                          [ORG hezbollah#name]
    rallied       VERB   ROOT      rallied       lemma=rally
    in            ADP    prep      rallied
    solidarity    NOUN   pobj      in
    on            ADP    prep      rallied
    Monday        PROPN  pobj      on
    with          ADP    prep      rallied
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     rallied
    """, set(), id="adjunct-preposition-not-next-to-the-noun"),
    # ... nor after the noun's own phrase: "in retaliation for strikes on X [in Lebanon]"
    pytest.param("""
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    in            ADP    prep      fired
    retaliation   NOUN   pobj      in
    for           ADP    prep      retaliation
    strikes       NOUN   pobj      for           lemma=strike tag=NNS
    in            ADP    prep      fired
    Israel        PROPN  pobj      in@2                             [GPE israel#name]
    .             PUNCT  punct     fired
    """, set(), id="adjunct-preposition-after-the-nouns-phrase"),
]

# -- extradition coerces the person extradited (realnews judgement call) -------------------------

EXTRADITION = [
    pytest.param("""
    Nigeria       PROPN  nsubj     extradited                       [GPE nigeria#name]
    extradited    VERB   ROOT      extradited    lemma=extradite
    Benjamin      PROPN  compound  Felix                            [PERSON benjamin-arellano-felix#name
    Arellano      PROPN  compound  Felix
    Felix         PROPN  dobj      extradited                       ]
    .             PUNCT  punct     extradited
    """, {("nigeria", "COERCE", "benjamin-arellano-felix", True)}, id="extradited-a-person"),
    # passive: the state one is extradited from extradites (``source_agent_verb``)
    pytest.param("""
    Benjamin      PROPN  compound  Felix                            [PERSON benjamin-arellano-felix#name
    Arellano      PROPN  compound  Felix
    Felix         PROPN  nsubjpass extradited                       ]
    was           AUX    auxpass   extradited
    extradited    VERB   ROOT      extradited    lemma=extradite tag=VBN
    from          ADP    prep      extradited
    Nigeria       PROPN  pobj      from                             [GPE nigeria#name]
    .             PUNCT  punct     extradited
    """, {("nigeria", "COERCE", "benjamin-arellano-felix", True)}, id="was-extradited-from"),
]


@pytest.mark.parametrize("spec,expected", EXTRADITION)
def test_extradition_coerces_the_person(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


@pytest.mark.parametrize("spec,expected", STANCES)
def test_stances_named_by_a_noun(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- contacting a party consults it ----------------------------------------------------------------

def test_contacted_x_and_y(kb):
    spec = """
    Hamas         PROPN  nsubj     contacted                        [ORG hamas#name]
    contacted     VERB   ROOT      contacted     lemma=contact
    Egypt         PROPN  dobj      contacted                        [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    .             PUNCT  punct     contacted
    """
    assert events(relations(spec, kb)) == {("hamas", "CONSULT", "egypt", True), ("hamas", "CONSULT", "qatar", True)}


# -- a complaint to a state accuses it; the one who authorizes an act carries it out ------------------

@pytest.mark.parametrize("spec,expected", [
    pytest.param("""
    China         PROPN  nsubj     issued                           [GPE china#name]
    issued        VERB   ROOT      issued        lemma=issue
    a             DET    det       complaint
    diplomatic    ADJ    amod      complaint
    complaint     NOUN   dobj      issued
    to            ADP    dative    issued
    Israel        PROPN  pobj      to                               [GPE israel#name]
    .             PUNCT  punct     issued
    """, {("china", "ACCUSE", "israel", True)}, id="issued-a-complaint-to-dative"),
    pytest.param("""
    Egypt         PROPN  nsubj     authorized                       [GPE egypt#name]
    authorized    VERB   ROOT      authorized    lemma=authorize
    the           DET    det       deployment
    deployment    NOUN   dobj      authorized
    of            ADP    prep      deployment
    troops        NOUN   pobj      of            lemma=troop tag=NNS
    to            ADP    prep      deployment
    Libya         PROPN  pobj      to                               [GPE libya#name]
    .             PUNCT  punct     authorized
    """, {("egypt", "MOBILIZE", "libya", True)}, id="authorized-the-deployment-to"),
])
def test_complaint_and_authorized_act(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
