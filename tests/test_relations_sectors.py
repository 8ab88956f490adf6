"""A military sector named for its place (``area_kind``/``place_kind`` "sector"): "Balakote sector of
Poonch district" is the place Balakote, lying in Poonch (:func:`kg.relations.location.kind_of_place`),
and an attack on posts there is an attack on it (``arguments.target_areas``)."""

from __future__ import annotations

from relation_helpers import events, locations, relations

# The Indian Express, 2016: "Pakistan violated the ceasefire ... in Balakote sector of Poonch district"
SECTOR_OF_DISTRICT = """
    Pakistani      ADJ    amod       troops         tag=JJ                   [NORP pakistan#demonym]
    troops         NOUN   nsubj      shelled        lemma=troop tag=NNS
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBD
    positions      NOUN   dobj       shelled        lemma=position tag=NNS
    in             ADP    prep       positions      tag=IN
    Balakote       PROPN  compound   sector         lemma=Balakote tag=NNP   [GPE
    sector         NOUN   pobj       in             tag=NN                   ]
    of             ADP    prep       sector         tag=IN
    Poonch         PROPN  compound   district       lemma=Poonch tag=NNP     [GPE
    district       NOUN   pobj       of             tag=NN                   ]
    .              PUNCT  punct      shelled        tag=.
"""


def test_a_sector_of_a_district_lies_in_it(kb):
    assert locations(relations(SECTOR_OF_DISTRICT, kb)) == {("balakote", "punch-in")}


def test_posts_in_a_sector_are_an_attack_on_the_sector(kb):
    assert events(relations(SECTOR_OF_DISTRICT, kb)) == {("pakistan", "ASSAULT", "balakote", True)}
