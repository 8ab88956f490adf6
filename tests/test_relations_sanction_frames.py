"""Lexicon frames of sanctions (ontology/lexicon/verbs.tsv): closing the links with a state,
placing sanctions or an embargo on it (see ``tests/relation_helpers.py``)."""

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
