"""Rule test of :mod:`kg.actors.recognition` (round 10 audit, P10): a known name written with
its article in lower case ("al-Qaida", "al-Shabab", ``name_article_prefix``) is a name, not a
lower-case word; an unknown one is left alone (hand-built parses, ``tests/actor_records.py``)."""

from __future__ import annotations

from actor_records import actors


def test_a_known_name_after_a_lower_case_article(kb):
    got = actors("""
    Somalia        PROPN  nsubj      attacked       lemma=Somalia tag=NNP    [GPE somalia#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    al             PROPN  compound   Qaida          tag=NNP                  [ORG al-qaeda#alias
    -              PROPN  compound   Qaida          tag=NNP
    Qaida          PROPN  dobj       attacked       lemma=Qaida tag=NNP      ]
    .              PUNCT  punct      attacked       tag=.
    """, kb)
    assert "al-qaeda" in got


def test_a_lower_case_direction_is_still_no_name(kb):
    got = actors("""
    Troops         NOUN   nsubj      moved          lemma=troop tag=NNS
    moved          VERB   ROOT       moved          lemma=move tag=VBD
    east           ADV    advmod     moved          tag=RB                   [LOC]
    .              PUNCT  punct      moved          tag=.
    """, kb)
    assert not got
