"""A quantity of people of a side (``partitive_of``: "dozens", "hundreds", "thousands",
"scores"): "Dozens of Taliban fighters attacked" is the Taliban acting, "killed dozens of
Palestinians" is an attack on Palestine (:func:`kg.relations.arguments._partitive`)."""

from __future__ import annotations

from relation_helpers import events, relations

# Reuters, 2015: "Dozens of Taliban fighters attacked local government buildings in a district
# of northwestern Afghanistan"
DOZENS_ATTACKED = """
    Dozens         NOUN   nsubj      attacked       lemma=dozen tag=NNS
    of             ADP    prep       Dozens         tag=IN
    Taliban        PROPN  compound   fighters       lemma=Taliban tag=NNP    [ORG taliban#name]
    fighters       NOUN   pobj       of             lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    government     NOUN   compound   buildings      tag=NN
    buildings      NOUN   dobj       attacked       lemma=building tag=NNS
    in             ADP    prep       attacked       tag=IN
    Kandahar       PROPN  pobj       in             lemma=Kandahar tag=NNP   [GPE]
    .              PUNCT  punct      attacked       tag=.
"""

# "Israeli soldiers killed dozens of Palestinians" (The Hill, 2018)
KILLED_DOZENS = """
    Israeli        ADJ    amod       soldiers       tag=JJ                   [NORP israel#demonym]
    soldiers       NOUN   nsubj      killed         lemma=soldier tag=NNS
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    dozens         NOUN   dobj       killed         lemma=dozen tag=NNS
    of             ADP    prep       dozens         tag=IN
    Palestinians   PROPN  pobj       of             lemma=Palestinians tag=NNPS [NORP palestine#demonym]
    .              PUNCT  punct      killed         tag=.
"""


def test_dozens_of_a_groups_fighters_are_the_group(kb):
    assert events(relations(DOZENS_ATTACKED, kb)) == {("taliban", "ASSAULT", "kandahar-af", True)}


def test_killing_dozens_of_a_peoples_members_assaults_its_state(kb):
    assert events(relations(KILLED_DOZENS, kb)) == {("israel", "ASSAULT", "palestine", True)}
