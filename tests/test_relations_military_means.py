"""Rule tests for an unnamed "military" or "army" before a force, weapon or attack noun (round 9,
violence): "four army soldiers were killed" after "The Pakistan Army fired on Indian Army posts",
"military jets dropped bombs" after "Myanmar military carried out air strikes" are the army the
text named (:func:`kg.relations.descriptions.named_army`, :func:`kg.relations.anaphora.armed_means`),
none when it named none. On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

NAMED = """
    The            DET    det        military       tag=DT
    Israeli        ADJ    amod       military       tag=JJ                   [ORG israel-defense-forces#alias
    military       NOUN   nsubj      said           tag=NN                   ]
    said           VERB   ROOT       said           lemma=say tag=VBD
    it             PRON   nsubj      struck         tag=PRP
    struck         VERB   ccomp      said           lemma=strike tag=VBD
    Gaza           PROPN  dobj       struck         lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
    .              PUNCT  punct      said           tag=.
"""

JET = """
    Military       ADJ    amod       jets           lemma=military tag=JJ
    jets           NOUN   nsubj      dropped        lemma=jet tag=NNS
    dropped        VERB   ROOT       dropped        lemma=drop tag=VBD
    three          NUM    nummod     bombs          tag=CD                   [CARDINAL]
    bombs          NOUN   dobj       dropped        lemma=bomb tag=NNS
    on             ADP    prep       dropped        tag=IN
    Rafah          PROPN  pobj       on             lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      dropped        tag=.
"""

TROOPS = """
    Army           NOUN   compound   troops         lemma=army tag=NN
    troops         NOUN   nsubj      raided         lemma=troop tag=NNS
    raided         VERB   ROOT       raided         lemma=raid tag=VBD
    Rafah          PROPN  dobj       raided         lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      raided         tag=.
"""

CASES = [
    pytest.param(NAMED + JET, {("israel-defense-forces", "rafah-ps")}, id="military-jets-are-the-named-army"),
    pytest.param(NAMED + JET.replace("Military       ADJ    amod       jets           lemma=military tag=JJ",
                                     "Army           NOUN   compound   jets           lemma=army tag=NN"),
                 {("israel-defense-forces", "rafah-ps")}, id="army-jets-too"),
    pytest.param(NAMED + TROOPS, {("israel-defense-forces", "rafah-ps")}, id="army-troops-are-the-named-army"),
    pytest.param(JET, set(), id="no-army-named-no-guess"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_unnamed_military_before_a_weapon(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert got - {("israel-defense-forces", "gaza-strip")} == expected

