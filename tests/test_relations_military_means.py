"""Rule tests for an unnamed "military" or "army" before a force, weapon or attack noun (round 9,
violence): "A military jet dropped three bombs on Nyaung Kone village" after "Myanmar military
carried out air strikes" is the army the text named (:func:`kg.relations.descriptions.named_army`,
:func:`kg.relations.anaphora.armed_means`), none when it named none; a craft named with a
demonym acts for it ("an Israeli jet"). On hand-built parses (``tests/relation_helpers.py``)."""

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
    A              DET    det        jet            tag=DT
    military       ADJ    amod       jet            lemma=military tag=JJ
    jet            NOUN   nsubj      dropped        lemma=jet tag=NN
    dropped        VERB   ROOT       dropped        lemma=drop tag=VBD
    three          NUM    nummod     bombs          tag=CD                   [CARDINAL]
    bombs          NOUN   dobj       dropped        lemma=bomb tag=NNS
    on             ADP    prep       dropped        tag=IN
    Rafah          PROPN  pobj       on             lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      dropped        tag=.
"""

CASES = [
    pytest.param(NAMED + JET, {("israel-defense-forces", "rafah-ps")}, id="a-military-jet-is-the-named-army"),
    pytest.param(NAMED + JET.replace("military       ADJ    amod       jet            lemma=military tag=JJ",
                                     "army           NOUN   compound   jet            lemma=army tag=NN"),
                 {("israel-defense-forces", "rafah-ps")}, id="an-army-jet-too"),
    pytest.param(JET, set(), id="no-army-named-no-guess"),
    pytest.param(JET.replace("military       ADJ    amod       jet            lemma=military tag=JJ",
                             "Israeli        ADJ    amod       jet            lemma=israeli tag=JJ     [NORP israel#demonym]"),
                 {("israel", "rafah-ps")}, id="an-israeli-jet-singular"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_unnamed_military_before_a_weapon(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert got - {("israel-defense-forces", "gaza-strip")} == expected

