"""Rule tests for :mod:`kg.relations.deployment`: an agentless passive deployment of forces
("Nato peacekeepers were sent to help police at X") is a mobilisation by the forces' side, on
hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

DEPLOYED = [
    # "send" wants its forces as a direct object ("send troops to"): the passive is this rule's
    pytest.param("""
    Turkish       ADJ    amod      troops        lemma=Turkish tag=JJ     [NORP turkey#demonym]
    troops        NOUN   nsubjpass sent          lemma=troop tag=NNS
    were          AUX    auxpass   sent          lemma=be tag=VBD
    sent          VERB   ROOT      sent          lemma=send tag=VBN
    to            ADP    prep      sent          tag=IN
    Idlib         PROPN  pobj      to                               [GPE]
    .             PUNCT  punct     sent
    """, {("turkey", "MOBILIZE", "idlib-sy", True)}, id="x-troops-were-sent-to-y"),
    # the places of the purpose infinitive
    pytest.param("""
    Nato          PROPN  compound  peacekeepers                     [ORG nato#alias]
    peacekeepers  NOUN   nsubjpass sent          lemma=peacekeeper tag=NNS
    were          AUX    auxpass   sent          lemma=be tag=VBD
    sent          VERB   ROOT      sent          lemma=send tag=VBN
    to            PART   aux       help          tag=TO
    help          VERB   advcl     sent          lemma=help tag=VB
    police        NOUN   dobj      help          lemma=police
    at            ADP    prep      help          tag=IN
    the           DET    det       crossings
    Jarinje       PROPN  nmod      crossings                        [GPE]
    and           CCONJ  cc        Jarinje
    Banja         PROPN  conj      Jarinje                          [GPE]
    crossings     NOUN   pobj      at            lemma=crossing tag=NNS
    .             PUNCT  punct     sent
    """, {("nato", "MOBILIZE", "jarinje", True), ("nato", "MOBILIZE", "banja", True)},
        id="x-peacekeepers-were-sent-to-help-police-at-y-and-z"),
    pytest.param("""
    Russian       ADJ    amod      peacekeepers  lemma=Russian tag=JJ     [NORP russia#demonym]
    peacekeepers  NOUN   nsubjpass deployed      lemma=peacekeeper tag=NNS
    were          AUX    auxpass   deployed      lemma=be tag=VBD
    deployed      VERB   ROOT      deployed      lemma=deploy tag=VBN
    to            PART   aux       patrol        tag=TO
    patrol        VERB   advcl     deployed      lemma=patrol tag=VB
    the           DET    det       area
    area          NOUN   dobj      patrol
    around        ADP    prep      area          tag=IN
    Nagorno-Karabakh PROPN pobj    around        lemma=Nagorno-Karabakh tag=NNP [GPE nagorno-karabakh#name]
    .             PUNCT  punct     deployed
    """, {("russia", "MOBILIZE", "nagorno-karabakh", True)}, id="x-peacekeepers-were-deployed-to-patrol-the-area-around-y"),
    # no forces: aid sent somewhere mobilises nobody
    pytest.param("""
    Turkish       ADJ    amod      aid           lemma=Turkish tag=JJ     [NORP turkey#demonym]
    aid           NOUN   nsubjpass sent          lemma=aid
    was           AUX    auxpass   sent          lemma=be tag=VBD
    sent          VERB   ROOT      sent          lemma=send tag=VBN
    to            ADP    prep      sent          tag=IN
    Idlib         PROPN  pobj      to                               [GPE]
    .             PUNCT  punct     sent
    """, set(), id="x-aid-was-sent-to-y"),
    # the purpose clause's state is whom the forces help, not where they go
    pytest.param("""
    Russian       ADJ    amod      troops        lemma=Russian tag=JJ     [NORP russia#demonym]
    troops        NOUN   nsubjpass sent          lemma=troop tag=NNS
    were          AUX    auxpass   sent          lemma=be tag=VBD
    sent          VERB   ROOT      sent          lemma=send tag=VBN
    to            PART   aux       help          tag=TO
    help          VERB   advcl     sent          lemma=help tag=VB
    Syria         PROPN  dobj      help                             [GPE syria#name]
    .             PUNCT  punct     sent
    """, set(), id="x-troops-were-sent-to-help-state"),
]


@pytest.mark.parametrize("spec,expected", DEPLOYED)
def test_agentless_passive_deployment(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "MOBILIZE"} == expected
