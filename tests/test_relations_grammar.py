"""Tests for :mod:`kg.relations.grammar`: the grammar helpers the rules share."""

from __future__ import annotations

from relation_helpers import reading, token

from kg.relations.grammar import is_hyphen_participle, pobjs


def test_a_hyphenated_participle(kb):
    da, _ = reading("""
    Iran          PROPN  npadvmod  backed                           [GPE iran#name]
    -             PUNCT  punct     backed
    backed        VERB   amod      Hezbollah     lemma=back tag=VBN
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    on            ADP    prep      fired
    troops        NOUN   pobj      on            lemma=troop tag=NNS
    backed        VERB   acl       troops        lemma=back tag=VBN
    by            ADP    agent     backed@2
    Iran          PROPN  pobj      by                               [GPE iran#name]
    .             PUNCT  punct     fired
    """, kb)
    assert da.doc.text.startswith("Iran-backed Hezbollah")
    assert is_hyphen_participle(token(da, "backed", 1))
    assert not is_hyphen_participle(token(da, "backed", 2))
    assert pobjs(token(da, "fired"), ("on",)) == [token(da, "troops")]
    assert pobjs(token(da, "fired"), frozenset({"in"})) == []
