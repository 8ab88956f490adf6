"""Rule tests for :func:`kg.relations.location.descriptor_of` with kinds of place on both
sides ("Daadusi village of Archi district") and bodies of water ("the Red Sea city of
Hodeidah") (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import locations, relations

# tuples: (place, where)

KINDS = [
    # a place named with its kind, of a place named with its own kind: the first lies in the second
    pytest.param("""
    Militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    posts         NOUN   dobj      attacked      lemma=post tag=NNS
    in            ADP    prep      posts
    Daadusi       ADJ    compound  village                          [GPE]
    village       NOUN   pobj      in
    of            ADP    prep      village
    Archi         PROPN  compound  district                         [GPE
    district      NOUN   pobj      of                               ]
    .             PUNCT  punct     attacked
    """, {("daadusi", "archi")}, id="x-village-of-y-district"),
    pytest.param("""
    Bombs         NOUN   nsubj     fell          lemma=bomb tag=NNS
    fell          VERB   ROOT      fell          lemma=fall
    in            ADP    prep      fell
    Moe           PROPN  compound  Lay                              [GPE
    Tarr          PROPN  compound  Lay
    Lay           PROPN  compound  village
    village       NOUN   pobj      in                               ]
    of            ADP    prep      village
    Katha         PROPN  compound  township                         [GPE
    township      NOUN   pobj      of                               ]
    .             PUNCT  punct     fell
    """, {("moe-tarr-lay", "katha-mm")}, id="x-village-of-y-township"),
    # a city on a sea's coast does not lie in the sea
    pytest.param("""
    Planes        NOUN   nsubj     struck        lemma=plane tag=NNS
    struck        VERB   ROOT      struck        lemma=strike
    the           DET    det       city
    Red           PROPN  compound  Sea                              [LOC red-sea#name
    Sea           PROPN  compound  city                             ]
    city          NOUN   dobj      struck
    of            ADP    prep      city
    Hodeidah      PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     struck
    """, set(), id="the-sea-city-of-x"),
]


@pytest.mark.parametrize("spec,expected", KINDS)
def test_descriptor_of_kinds(kb, spec, expected):
    assert locations(relations(spec, kb)) == expected
