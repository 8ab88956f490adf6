"""Rule tests for a force noun whose modifier says only its kind (round 9, violence): "Thai security
forces killed three insurgents ... joint security forces surrounded a house" -> "security forces"
are unnamed like "forces", the side the same noun was last named with
(:func:`kg.relations.coreference.force_anaphor`, ``force_kind_modifier``); "rebel forces" are not.
On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

NAMED = """
    Israeli        ADJ    amod       forces         lemma=israeli tag=JJ     [NORP israel#demonym]
    forces         NOUN   nsubj      struck         lemma=force tag=NNS
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Gaza           PROPN  dobj       struck         lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
    .              PUNCT  punct      struck         tag=.
"""

RAIDED = """
    Security       NOUN   compound   forces@2       lemma=security tag=NN
    forces         NOUN   nsubj      raided         lemma=force tag=NNS
    raided         VERB   ROOT       raided         lemma=raid tag=VBD
    Rafah          PROPN  dobj       raided         lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      raided         tag=.
"""

CASES = [
    pytest.param(NAMED + RAIDED, {("israel", "rafah-ps")}, id="security-forces-are-the-forces-named-before"),
    pytest.param(NAMED + RAIDED.replace("    Security       NOUN   compound   forces@2       lemma=security tag=NN\n",
                                        "    Joint          ADJ    amod       forces@2       lemma=joint tag=JJ\n"),
                 {("israel", "rafah-ps")}, id="joint-forces-too"),
    pytest.param(NAMED + RAIDED.replace("    Security       NOUN   compound   forces@2       lemma=security tag=NN\n",
                                        "    Rebel          NOUN   compound   forces@2       lemma=rebel tag=NN\n"),
                 set(), id="rebel-forces-are-no-state"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_force_of_a_kind_is_the_side_named_before(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert got - {("israel", "gaza-strip")} == expected
