"""Tests for the frames of military and diplomatic action of issue #16 (helper B2): troops
entering a country (MOBILIZE; a town: ASSAULT), dropping bombs on a place,
withholding, freezing or cutting aid (SANCTION) and keeping troops in a country (MOBILIZE)
(see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

FRAMES = [
    # troops entering a country are deployed there
    pytest.param("""
    ECOWAS        PROPN  compound  troops                           [ORG ecowas#name]
    troops        NOUN   nsubj     entered       lemma=troop tag=NNS
    entered       VERB   ROOT      entered       lemma=enter tag=VBD
    Nigeria       PROPN  dobj      entered                          [GPE nigeria#name]
    .             PUNCT  punct     entered
    """, {("ecowas", "MOBILIZE", "nigeria", True)}, id="entered-a-country-mobilize"),
    # entering a town stays ASSAULT
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     entered       lemma=troop tag=NNS
    entered       VERB   ROOT      entered       lemma=enter tag=VBD
    Rafah         PROPN  dobj      entered                          [GPE]
    .             PUNCT  punct     entered
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="entered-a-town-assault"),
    pytest.param("""
    Russia        PROPN  nsubj     dropped                          [GPE russia#name]
    dropped       VERB   ROOT      dropped       lemma=drop tag=VBD
    bombs         NOUN   dobj      dropped       lemma=bomb tag=NNS
    on            ADP    prep      dropped
    Kharkiv       PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     dropped
    """, {("russia", "ASSAULT", "kharkiv-ua", True)}, id="dropped-bombs-on"),
    pytest.param("""
    Britain       PROPN  nsubj     withheld                         [GPE united-kingdom#alias]
    withheld      VERB   ROOT      withheld      lemma=withhold tag=VBD
    aid           NOUN   dobj      withheld
    from          ADP    prep      withheld
    Sudan         PROPN  pobj      from                             [GPE sudan#name]
    .             PUNCT  punct     withheld
    """, {("united-kingdom", "SANCTION", "sudan", True)}, id="withheld-aid-from"),
    pytest.param("""
    Washington    PROPN  nsubj     froze                            [GPE united-states#alias]
    froze         VERB   ROOT      froze         lemma=freeze tag=VBD
    aid           NOUN   dobj      froze
    to            ADP    prep      froze
    Ethiopia      PROPN  pobj      to                               [GPE ethiopia#name]
    .             PUNCT  punct     froze
    """, {("united-states", "SANCTION", "ethiopia", True)}, id="froze-aid-to"),
    pytest.param("""
    Turkey        PROPN  nsubj     maintains                        [GPE turkey#name]
    maintains     VERB   ROOT      maintains     lemma=maintain tag=VBZ
    troops        NOUN   dobj      maintains     lemma=troop tag=NNS
    on            ADP    prep      maintains
    Cyprus        PROPN  pobj      on                               [GPE cyprus#name]
    .             PUNCT  punct     maintains
    """, {("turkey", "MOBILIZE", "cyprus", True)}, id="maintains-troops-on"),
    pytest.param("""
    The           DET    det       US
    US            PROPN  nsubj     cut                              [GPE united-states#alias]
    cut           VERB   ROOT      cut           lemma=cut tag=VBD
    military      ADJ    amod      aid
    aid           NOUN   dobj      cut
    to            ADP    prep      aid
    Somalia       PROPN  pobj      to                               [GPE somalia#name]
    .             PUNCT  punct     cut
    """, {("united-states", "SANCTION", "somalia", True)}, id="cut-aid-to"),
    pytest.param("""
    Russia        PROPN  nsubj     keeps                            [GPE russia#name]
    keeps         VERB   ROOT      keeps         lemma=keep tag=VBZ
    troops        NOUN   dobj      keeps         lemma=troop tag=NNS
    in            ADP    prep      keeps
    Belarus       PROPN  pobj      in                               [GPE belarus#name]
    .             PUNCT  punct     keeps
    """, {("russia", "MOBILIZE", "belarus", True)}, id="keeps-troops-in"),
]


@pytest.mark.parametrize("spec,expected", FRAMES)
def test_military_and_diplomatic_frames(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- a joint military event noun: its agents cooperate ----------------------------------------------

JOINT = [
    pytest.param("""
    Russia        PROPN  nsubj     held                             [GPE russia#name]
    and           CCONJ  cc        Russia
    China         PROPN  conj      Russia                           [GPE china#name]
    held          VERB   ROOT      held          lemma=hold tag=VBD
    joint         ADJ    amod      drills
    naval         ADJ    amod      drills
    drills        NOUN   dobj      held          lemma=drill tag=NNS
    .             PUNCT  punct     held
    """, {("russia", "COOPERATE", "china", True)}, id="held-joint-drills"),
    pytest.param("""
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    and           CCONJ  cc        Russia
    Syria         PROPN  conj      Russia                           [GPE syria#name]
    launched      VERB   ROOT      launched      lemma=launch tag=VBD
    a             DET    det       operation
    joint         ADJ    amod      operation
    operation     NOUN   dobj      launched
    against       ADP    prep      operation
    Islamic       PROPN  compound  State                            [ORG islamic-state#name
    State         PROPN  pobj      against                          ]
    .             PUNCT  punct     launched
    """, {("russia", "COOPERATE", "syria", True), ("russia", "ASSAULT", "islamic-state", True),
          ("syria", "ASSAULT", "islamic-state", True)}, id="launched-a-joint-operation-against"),
    # "increase" is a light verb: its subject does what the event noun names
    pytest.param("""
    The           DET    det       Peshmerga
    Peshmerga     PROPN  nsubj     increased                        [ORG peshmerga#name]
    and           CCONJ  cc        Peshmerga
    Hezbollah     PROPN  conj      Peshmerga                        [ORG hezbollah#name]
    have          AUX    aux       increased
    increased     VERB   ROOT      increased     lemma=increase tag=VBN
    joint         ADJ    amod      operations
    operations    NOUN   dobj      increased     lemma=operation tag=NNS
    .             PUNCT  punct     increased
    """, {("peshmerga", "COOPERATE", "hezbollah", True)}, id="increased-joint-operations"),
    # no "joint": each side's own operation, no cooperation
    pytest.param("""
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    and           CCONJ  cc        Russia
    Syria         PROPN  conj      Russia                           [GPE syria#name]
    launched      VERB   ROOT      launched      lemma=launch tag=VBD
    an            DET    det       operation
    operation     NOUN   dobj      launched
    against       ADP    prep      operation
    Islamic       PROPN  compound  State                            [ORG islamic-state#name
    State         PROPN  pobj      against                          ]
    .             PUNCT  punct     launched
    """, {("russia", "ASSAULT", "islamic-state", True), ("syria", "ASSAULT", "islamic-state", True)},
        id="an-operation-no-cooperation"),
]


@pytest.mark.parametrize("spec,expected", JOINT)
def test_the_agents_of_a_joint_military_event_cooperate(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
