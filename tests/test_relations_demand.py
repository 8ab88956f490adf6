"""Tests for :mod:`kg.relations.demand`: the demand for an event named by a noun is a REQUEST
to its agent, or to the other party of the talks the caller wants (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.demand import demanded_nouns

DEMAND = [
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    with          ADP    prep      talks
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     called
    """, {("egypt", "REQUEST", "hamas", True), ("egypt", "CONSULT", "hamas", False)}, id="called-for-talks-with"),
    pytest.param("""
    Egypt         PROPN  nsubj     demanded                         [GPE egypt#name]
    demanded      VERB   ROOT      demanded      lemma=demand
    an            DET    det       withdrawal
    Israeli       ADJ    amod      withdrawal                       [NORP israel#demonym]
    withdrawal    NOUN   dobj      demanded
    from          ADP    prep      withdrawal
    Gaza          PROPN  pobj      from                             [GPE gaza-strip#alias]
    .             PUNCT  punct     demanded
    """, {("egypt", "REQUEST", "israel", True), ("israel", "RETREAT", "gaza-strip", False)},
        id="demanded-a-withdrawal"),
    # the release of soldiers: the addressee (the captor) is not named, so no request is made up
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    the           DET    det       release
    release       NOUN   pobj      for
    of            ADP    prep      release
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   pobj      of            lemma=soldier tag=NNS
    .             PUNCT  punct     called
    """, set(), id="called-for-the-release"),
]


@pytest.mark.parametrize("spec,expected", DEMAND)
def test_demanded_event(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[3] or e in expected} == expected


def test_the_nouns_a_verb_demands(kb):
    da, _ = reading("""
    Egypt         PROPN  nsubj     urged                            [GPE egypt#name]
    urged         VERB   ROOT      urged         lemma=urge
    restraint     NOUN   dobj      urged
    and           CCONJ  cc        urged
    called        VERB   conj      urged         lemma=call
    for           ADP    prep      called
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    .             PUNCT  punct     urged
    """, kb)
    words = kb.lexicon.words_of("demand_object")
    assert demanded_nouns(token(da, "urged"), words) == [token(da, "restraint")]
    assert demanded_nouns(token(da, "called"), words) == [token(da, "talks")]
