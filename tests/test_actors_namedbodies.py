"""Rule tests of :mod:`kg.actors.namedbodies`: a body whose capitalised name goes on after
its parent's name ("the U.S. Drug Enforcement Administration") is a Group of its own,
linked to the parent with the rest of the name as its role.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import doc_actors

BODIES = [
    pytest.param("""
    The            DET    det        Administration
    U.S.           PROPN  compound   Administration          [GPE united-states#alias]
    Drug           PROPN  compound   Enforcement
    Enforcement    PROPN  compound   Administration
    Administration PROPN  nsubj      called
    called         VERB   ROOT       called    lemma=call
    the            DET    det        cartel
    cartel         NOUN   dobj       called
    violent        ADJ    oprd       called
    .              PUNCT  punct      called
    """, [("united-states", "drug enforcement administration", "U.S. Drug Enforcement Administration")],
        id="us-drug-enforcement-administration"),
    pytest.param("""
    a              DET    det        Brigade
    new            ADJ    amod       Brigade
    U.N.           PROPN  compound   Brigade                 [ORG united-nations#alias]
    Intervention   PROPN  compound   Brigade
    Brigade        PROPN  nsubj      arrived
    arrived        VERB   ROOT       arrived   lemma=arrive
    .              PUNCT  punct      arrived
    """, [("united-nations", "intervention brigade", "U.N. Intervention Brigade")], id="un-intervention-brigade"),
    # a title after the parent's name is no body: "U.S. President Joe Biden"
    pytest.param("""
    U.S.           PROPN  compound   Biden                   [GPE united-states#alias]
    President      PROPN  compound   Biden
    Joe            PROPN  compound   Biden                   [PERSON
    Biden          PROPN  nsubj      spoke                   ]
    spoke          VERB   ROOT       spoke     lemma=speak
    .              PUNCT  punct      spoke
    """, [], id="a-title-is-no-body"),
    # a word that heads no body's name: "the U.S. Election Day"
    pytest.param("""
    the            DET    det        Day
    U.S.           PROPN  compound   Day                     [GPE united-states#alias]
    Election       PROPN  compound   Day
    Day            PROPN  nsubj      came
    came           VERB   ROOT       came      lemma=come
    .              PUNCT  punct      came
    """, [], id="no-body-head"),
]


@pytest.mark.parametrize("spec,expected", BODIES)
def test_a_body_named_after_its_parent(kb, spec, expected):
    da = doc_actors(spec, kb)
    got = [(i.parent, i.role, i.span.text) for i in da.institutions]
    assert got == expected
    for group, *_ in da.institutions:
        assert da.protos[group].type == "Group"
