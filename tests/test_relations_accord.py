"""Rule tests for an accord signed in the passive (:mod:`kg.relations.clause`): "the deal was
signed by Sudan with Egypt" -> Sudan AGREE Egypt (the frame "sign with" names the other side
when the passive subject is no actor). See ``tests/relation_helpers.py``."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

ACCORDS = [
    pytest.param("""
    The           DET    det       deal
    deal          NOUN   nsubjpass signed
    was           AUX    auxpass   signed        lemma=be tag=VBD
    signed        VERB   ROOT      signed        lemma=sign tag=VBN
    by            ADP    agent     signed
    Sudan         PROPN  pobj      by                               [GPE sudan#name]
    with          ADP    prep      signed
    Egypt         PROPN  pobj      with                             [GPE egypt#name]
    .             PUNCT  punct     signed
    """, {("sudan", "AGREE", "egypt", True)}, id="signed-by-x-with-y"),
    # an actor as the passive subject stays the object: "Qatar was attacked by Iran with drones"
    pytest.param("""
    Qatar         PROPN  nsubjpass attacked                         [GPE qatar#name]
    was           AUX    auxpass   attacked      lemma=be tag=VBD
    attacked      VERB   ROOT      attacked      lemma=attack tag=VBN
    by            ADP    agent     attacked
    Iran          PROPN  pobj      by                               [GPE iran#name]
    .             PUNCT  punct     attacked
    """, {("iran", "ASSAULT", "qatar", True)}, id="x-was-attacked-by-y"),
]


@pytest.mark.parametrize("spec,expected", ACCORDS)
def test_accords_signed_in_the_passive(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
