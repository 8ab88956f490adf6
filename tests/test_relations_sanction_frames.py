"""Lexicon frames of sanctions (ontology/lexicon/verbs.tsv): closing the links with a state,
suspending the permit of an actor, placing sanctions on it (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, relations


def test_closing_links_with_a_state_sanctions_it(kb):
    rels = relations("""
    Saudi         PROPN  compound  Arabia                           [GPE
    Arabia        PROPN  nsubj     closed                           ]
    closed        VERB   ROOT      closed        lemma=close
    air           NOUN   nmod      links
    and           CCONJ  cc        air
    sea           NOUN   conj      air
    links         NOUN   dobj      closed        lemma=link tag=NNS
    with          ADP    prep      links
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     closed
    """, kb)
    assert events(rels) == {("saudi-arabia", "SANCTION", "qatar", True)}


def test_suspending_the_permit_of_an_actor_sanctions_it(kb):
    rels = relations("""
    Egypt         PROPN  nsubj     suspended                        [GPE egypt#name]
    suspended     VERB   ROOT      suspended     lemma=suspend
    the           DET    det       permit
    operating     NOUN   compound  permit
    permit        NOUN   dobj      suspended
    on            ADP    prep      permit
    Al            PROPN  compound  Jazeera                          [ORG
    Jazeera       PROPN  pobj      on                               ]
    .             PUNCT  punct     suspended
    """, kb)
    assert events(rels) == {("egypt", "SANCTION", "al-jazeera", True)}


def test_placing_an_embargo_on_a_state_sanctions_it(kb):
    rels = relations("""
    The           DET    det       Union
    European      PROPN  compound  Union                            [ORG
    Union         PROPN  nsubj     placed                           ]
    placed        VERB   ROOT      placed        lemma=place
    an            DET    det       embargo
    arms          NOUN   compound  embargo
    embargo       NOUN   dobj      placed
    on            ADP    prep      embargo
    Belarus       PROPN  pobj      on                               [GPE belarus#name]
    .             PUNCT  punct     placed
    """, kb)
    assert events(rels) == {("european-union", "SANCTION", "belarus", True)}
