"""Tests for the frames of military and diplomatic action of issue #16 (helper B2): troops
entering or crossing into a country (MOBILIZE; a town: ASSAULT), intervening against a side,
dropping bombs on a place, arms sales, withholding aid, clearing a place of a side, keeping
troops in a country, and a held-back event noun that has no agent (see ``tests/relation_helpers.py``)."""

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
    # (a state named only after "into" is read as a place there: the text names it acting)
    pytest.param("""
    Nigeria       PROPN  nsubj     protested                        [GPE nigeria#name]
    protested     VERB   ROOT      protested     lemma=protest tag=VBD
    .             PUNCT  punct     protested
    French        ADJ    amod      forces                           [NORP france#demonym]
    forces        NOUN   nsubj     crossed       lemma=force tag=NNS
    crossed       VERB   ROOT      crossed       lemma=cross tag=VBD
    into          ADP    prep      crossed
    Nigeria       PROPN  pobj      into                             [GPE nigeria#name]
    .             PUNCT  punct     crossed
    """, {("france", "MOBILIZE", "nigeria", True)}, id="crossed-into-a-country-mobilize"),
    pytest.param("""
    Saudi         PROPN  compound  Arabia                           [GPE saudi-arabia#name
    Arabia        PROPN  nsubj     intervened                       ]
    intervened    VERB   ROOT      intervened    lemma=intervene tag=VBD
    against       ADP    prep      intervened
    the           DET    det       Houthis
    Houthis       PROPN  pobj      against                          [ORG houthis#name]
    .             PUNCT  punct     intervened
    """, {("saudi-arabia", "ASSAULT", "houthis", True)}, id="intervened-against"),
    pytest.param("""
    Russia        PROPN  nsubj     dropped                          [GPE russia#name]
    dropped       VERB   ROOT      dropped       lemma=drop tag=VBD
    bombs         NOUN   dobj      dropped       lemma=bomb tag=NNS
    on            ADP    prep      dropped
    Kharkiv       PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     dropped
    """, {("russia", "ASSAULT", "kharkiv-ua", True)}, id="dropped-bombs-on"),
    pytest.param("""
    France        PROPN  nsubj     sold                             [GPE france#name]
    sold          VERB   ROOT      sold          lemma=sell tag=VBD
    arms          NOUN   dobj      sold          lemma=arm tag=NNS
    to            ADP    prep      sold
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    .             PUNCT  punct     sold
    """, {("france", "COOPERATE", "egypt", True)}, id="sold-arms-to"),
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
    Syrian        ADJ    amod      troops                           [NORP syria#demonym]
    troops        NOUN   nsubj     cleared       lemma=troop tag=NNS
    cleared       VERB   ROOT      cleared       lemma=clear tag=VBD
    the           DET    det       valley
    valley        NOUN   dobj      cleared
    of            ADP    prep      cleared
    ISIS          PROPN  compound  fighters                         [ORG islamic-state#alias]
    fighters      NOUN   pobj      of            lemma=fighter tag=NNS
    .             PUNCT  punct     cleared
    """, {("syria", "ASSAULT", "islamic-state", True)}, id="cleared-the-valley-of"),
    pytest.param("""
    Turkey        PROPN  nsubj     maintains                        [GPE turkey#name]
    maintains     VERB   ROOT      maintains     lemma=maintain tag=VBZ
    troops        NOUN   dobj      maintains     lemma=troop tag=NNS
    on            ADP    prep      maintains
    Cyprus        PROPN  pobj      on                               [GPE cyprus#name]
    .             PUNCT  punct     maintains
    """, {("turkey", "MOBILIZE", "cyprus", True)}, id="maintains-troops-on"),
]


@pytest.mark.parametrize("spec,expected", FRAMES)
def test_military_and_diplomatic_frames(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- a held-back event noun: the subject keeps it from happening ------------------------------------

HELD_BACK = [
    pytest.param("""
    Washington    PROPN  nsubj     held                             [GPE united-states#alias]
    held          VERB   ROOT      held          lemma=hold tag=VBD
    back          ADV    advmod    held
    military      ADJ    amod      aid
    aid           NOUN   dobj      held
    to            ADP    prep      held
    Pakistan      PROPN  pobj      to                               [GPE pakistan#name]
    .             PUNCT  punct     held
    """, {("united-states", "SANCTION", "pakistan", True)}, id="held-back-aid-to-sanction-no-aid"),
    pytest.param("""
    Washington    PROPN  nsubj     held                             [GPE united-states#alias]
    held          VERB   ROOT      held          lemma=hold tag=VBD
    back          ADV    advmod    held
    millions      NOUN   dobj      held          lemma=million tag=NNS
    of            ADP    prep      millions
    dollars       NOUN   pobj      of            lemma=dollar tag=NNS
    in            ADP    prep      millions
    aid           NOUN   pobj      in
    to            ADP    prep      held
    Pakistan      PROPN  pobj      to                               [GPE pakistan#name]
    .             PUNCT  punct     held
    """, set(), id="held-back-millions-in-aid-no-aid"),
]


@pytest.mark.parametrize("spec,expected", HELD_BACK)
def test_a_held_back_event_noun_has_no_agent(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
