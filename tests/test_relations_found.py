"""Tests for :mod:`kg.relations.found`: the records the rules return."""

from __future__ import annotations

import dataclasses

import pytest
from relation_helpers import reading, token

from kg.relations.found import BetweenSides, Found, cameo


def test_a_relation_between_the_sides_becomes_one_per_side(kb):
    da, _ = reading("""
    Qatar         PROPN  nsubj     brokered                         [GPE qatar#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    a             DET    det       truce
    truce         NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    """, kb)
    brokered = token(da, "brokered")
    waiting = BetweenSides("qatar", "MEDIATE", brokered, "clause.mediation_context", 0.4, cameo="043")
    assert waiting.with_side("israel") == Found("qatar", "MEDIATE", "israel", brokered, "clause.mediation_context",
                                                0.4, cameo="043")


def test_found_records_are_frozen(kb):
    da, _ = reading("""
    Qatar         PROPN  nsubj     brokered                         [GPE qatar#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    """, kb)
    f = Found("qatar", "MEDIATE", "israel", token(da, "brokered"), "clause.active", 0.8)
    assert f.role is None and f.cameo is None and f.modality is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.object = "hamas"


def test_the_cameo_code_of_a_predicate(kb):
    assert cameo(kb, "REJECT") == kb.predicates["REJECT"].cameo == "12"
    assert cameo(kb, "LOCATED_IN") is None          # structural: no code
    assert cameo(kb, "NO_SUCH_PREDICATE") is None
