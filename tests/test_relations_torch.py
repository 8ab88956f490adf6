"""The verb "torch" (``lexicon/verbs.tsv``): setting fire to homes or villages is an attack
(ASSAULT, CAMEO 1712 destroy property), on the villages where the homes stand
(:mod:`kg.relations.kindnames`). ("torch flag|effigy|...", PROTEST, keeps CAMEO's frame for
burnt flags, which the verb's own line would otherwise drop from ``verbs_cameo.tsv``.)"""

from __future__ import annotations

from relation_helpers import events, relations

# The Irrawaddy, 2023: "Troops also torched homes in Taing Lay and Chaung Nar villages." (with a
# state of the test gazetteer for the troops' side)
TORCHED_HOMES = """
    Sudanese       ADJ    amod       troops         tag=JJ                   [NORP sudan#demonym]
    troops         NOUN   nsubj      torched        lemma=troop tag=NNS
    torched        VERB   ROOT       torched        lemma=torch tag=VBD
    homes          NOUN   dobj       torched        lemma=home tag=NNS
    in             ADP    prep       torched        tag=IN
    Taing          PROPN  compound   Lay            lemma=Taing tag=NNP      [GPE
    Lay            PROPN  nmod       villages       lemma=Lay tag=NNP        ]
    and            CCONJ  cc         Lay            tag=CC
    Chaung         PROPN  compound   Nar            lemma=Chaung tag=NNP     [GPE
    Nar            PROPN  conj       Lay            lemma=Nar tag=NNP        ]
    villages       NOUN   pobj       in             lemma=village tag=NNS
    .              PUNCT  punct      torched        tag=.
"""

def test_torching_homes_in_named_villages_assaults_the_villages(kb):
    assert events(relations(TORCHED_HOMES, kb)) == {("sudan", "ASSAULT", "taing-lay", True),
                                                     ("sudan", "ASSAULT", "chaung-nar", True)}

