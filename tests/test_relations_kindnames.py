"""A kind noun that carries its own names (:mod:`kg.relations.kindnames`): "shelled Mezem and
Gushchu villages in the Gazakh district" attacks Mezem and Gushchu (the district only locates
them); "the M62 movement" is M62."""

from __future__ import annotations

from relation_helpers import events, relations

# Azerbaijan's State Border Service, 2020: "Armenian armed forces shelled Mezem and Gushchu
# villages in the Gazakh district on April 1"
VILLAGES_IN_DISTRICT = """
    Armenian       ADJ    amod       forces         tag=JJ                   [NORP armenia#demonym]
    forces         NOUN   nsubj      shelled        lemma=force tag=NNS
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBD
    Mezem          PROPN  nmod       villages       lemma=Mezem tag=NNP      [GPE]
    and            CCONJ  cc         Mezem          tag=CC
    Gushchu        PROPN  conj       Mezem          lemma=Gushchu tag=NNP    [GPE]
    villages       NOUN   dobj       shelled        lemma=village tag=NNS
    in             ADP    prep       villages       tag=IN
    the            DET    det        district       tag=DT
    Gazakh         PROPN  compound   district       lemma=Gazakh tag=NNP     [GPE]
    district       NOUN   pobj       in             tag=NN
    .              PUNCT  punct      shelled        tag=.
"""

# villages of no name of their own: the district they lie in is struck, as before
ONE_VILLAGE = """
    Armenian       ADJ    amod       forces         tag=JJ                   [NORP armenia#demonym]
    forces         NOUN   nsubj      shelled        lemma=force tag=NNS
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBD
    villages       NOUN   dobj       shelled        lemma=village tag=NNS
    in             ADP    prep       villages       tag=IN
    the            DET    det        district       tag=DT
    Gazakh         PROPN  compound   district       lemma=Gazakh tag=NNP     [GPE]
    district       NOUN   pobj       in             tag=NN
    .              PUNCT  punct      shelled        tag=.
"""


def _objects(spec, kb):
    return {(s, p, o) for s, p, o, _ in events(relations(spec, kb))}


def test_named_villages_in_a_district_are_the_villages(kb):
    got = _objects(VILLAGES_IN_DISTRICT, kb)
    assert {o for _, _, o in got} == {"mezem", "gushchu"}
    assert {s for s, _, _ in got} == {"armenia"}


def test_unnamed_villages_in_a_district_are_the_district(kb):
    assert {o for _, _, o in _objects(ONE_VILLAGE, kb)} == {"gazakh-az"}
