"""Rule tests of :mod:`kg.actors.longnames`: a longer name around a knowledge-base name
the entity ruler cut is read back, and linked to the known state or group it starts with.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import doctest

import pytest
from actor_records import doc_actors

import kg.actors.longnames as longnames

# expected: {id: (type, name)} of the longer name, and (group, parent, role) links, if any

LONGER = [
    pytest.param("""
    The           DET    det       Mission
    United        PROPN  compound  Nations                          [ORG united-nations#name
    Nations       PROPN  compound  Mission                          ]
    Support       PROPN  compound  Mission
    Mission       PROPN  nsubj     said
    in            ADP    prep      Mission
    Libya         PROPN  pobj      in                               [GPE libya#name]
    (             PUNCT  punct     Libya
    UNSMIL        PROPN  appos     Libya                            [ORG]
    )             PUNCT  punct     Mission
    said          VERB   ROOT      said          lemma=say
    talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ccomp     said          lemma=resume
    .             PUNCT  punct     said
    """, {"united-nations-support-mission-in-libya": ("Group", "United Nations Support Mission in Libya")},
        {("united-nations-support-mission-in-libya", "united-nations", "support mission in libya")},
        id="a-name-spelled-out-before-its-acronym"),
    pytest.param("""
    Eyewitnesses  NOUN   nsubj     informed      tag=NNS
    informed      VERB   ROOT      informed      lemma=inform
    Sudan         PROPN  compound  News                             [GPE sudan#name]
    News          PROPN  dobj      informed
    on            ADP    prep      informed
    Friday        PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     informed
    """, {"sudan-news": ("Group", "Sudan News")}, {("sudan-news", "sudan", "news")}, id="an-outlet-named-after-a-state"),
    pytest.param("""
    Drones        NOUN   nsubj     flew          lemma=drone tag=NNS
    flew          VERB   ROOT      flew          lemma=fly
    over          ADP    prep      flew
    Khartoum      PROPN  compound  Airport                          [GPE sudan#capital]
    International PROPN  compound  Airport
    Airport       PROPN  pobj      over
    .             PUNCT  punct     flew
    """, {"khartoum-international-airport": ("Place", "Khartoum International Airport")}, set(),
        id="an-airport-named-after-a-capital"),
    pytest.param("""
    Ethiopian     PROPN  compound  Airlines                         [NORP ethiopia#demonym]
    Airlines      PROPN  nsubj     suspended     tag=NNPS
    suspended     VERB   ROOT      suspended     lemma=suspend
    flights       NOUN   dobj      suspended     lemma=flight tag=NNS
    .             PUNCT  punct     suspended
    """, {"ethiopian-airlines": ("Group", "Ethiopian Airlines")}, {("ethiopian-airlines", "ethiopia", "airlines")},
        id="a-company-named-with-a-demonym"),
    pytest.param("""
    Residents     NOUN   nsubj     told          lemma=resident tag=NNS
    told          VERB   ROOT      told          lemma=tell
    Radio         PROPN  compound  Asia                             [ORG
    Free          PROPN  compound  Asia                             ]
    Asia          PROPN  dobj      told                             [LOC asia#name]
    on            ADP    prep      told
    Wednesday     PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     told
    """, {"radio-free-asia": ("Group", "Radio Free Asia")}, set(), id="an-organisation-the-ruler-cut-before-a-place"),
]


@pytest.mark.parametrize("spec,expected,links", LONGER)
def test_longer_names(kb, spec, expected, links):
    da = doc_actors(spec, kb)
    recs = {a.id: a for a in da.records()}
    assert {i: (recs[i].type, recs[i].name) for i in expected if i in recs} == expected
    assert {(g, p, r) for g, p, r, _ in da.institutions} == links
    assert "asia" not in recs


def test_the_description_of_a_body_is_the_body_the_document_names(kb):
    da = doc_actors("""
    The           DET    det       mission
    UN            PROPN  compound  mission                          [ORG united-nations#alias]
    mission       NOUN   nsubj     brokered
    in            ADP    prep      mission
    Libya         PROPN  pobj      in                               [GPE libya#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    a             DET    det       truce
    truce         NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    The           DET    det       Mission
    United        PROPN  compound  Nations                          [ORG united-nations#name
    Nations       PROPN  compound  Mission                          ]
    Support       PROPN  compound  Mission
    Mission       PROPN  nsubj     said
    in            ADP    prep      Mission
    Libya         PROPN  pobj      in@2                             [GPE libya#name]
    (             PUNCT  punct     Libya@2
    UNSMIL        PROPN  appos     Libya@2                          [ORG]
    )             PUNCT  punct     Mission
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    groups = {a.id: a.aliases for a in da.records() if a.type == "Group"}
    assert groups == {"united-nations": ("UN", "United Nations"),
                      "united-nations-support-mission-in-libya": (
                          "The UN mission", "UNSMIL", "United Nations Support Mission in Libya")}


def test_doctests():
    assert doctest.testmod(longnames).failed == 0
