"""The victims of a participle of force (:mod:`kg.relations.victims`): "Colombian soldiers killed
by FARC rebels" stand for Colombia, not for the rebels who killed them, so the headline's
reduced relative gives FARC ASSAULT Colombia (GUIDELINES, convention 15: deaths caused by a
side); a target held by its agent ("a base used by Hezbollah") still stands for the holder."""

from __future__ import annotations

from relation_helpers import events, relations

# "Colombian soldiers killed by FARC rebels" (a headline, Al Jazeera 2012)
KILLED_BY = """
    Colombian      ADJ    amod       soldiers       tag=JJ                   [NORP colombia#demonym]
    soldiers       NOUN   ROOT       soldiers       lemma=soldier tag=NNS
    killed         VERB   acl        soldiers       lemma=kill tag=VBN
    by             ADP    agent      killed         tag=IN
    FARC           PROPN  compound   rebels         lemma=FARC tag=NNP       [ORG farc#name]
    rebels         NOUN   pobj       by             lemma=rebel tag=NNS
"""

# "Three Pakistani policemen wounded by Taliban militants in Swat"
WOUNDED_BY = """
    Three          NUM    nummod     policemen      tag=CD
    Pakistani      ADJ    amod       policemen      tag=JJ                   [NORP pakistan#demonym]
    policemen      NOUN   ROOT       policemen      lemma=policeman tag=NNS
    wounded        VERB   acl        policemen      lemma=wound tag=VBN
    by             ADP    agent      wounded        tag=IN
    Taliban        PROPN  compound   militants      lemma=Taliban tag=NNP    [ORG taliban#name]
    militants      NOUN   pobj       by             lemma=militant tag=NNS
"""

# a target held by its agent stands for the holder: Israel struck Hezbollah
USED_BY = """
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    a              DET    det        base           tag=DT
    base           NOUN   dobj       struck         tag=NN
    used           VERB   acl        base           lemma=use tag=VBN
    by             ADP    agent      used           tag=IN
    Hezbollah      PROPN  pobj       by             lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
    .              PUNCT  punct      struck         tag=.
"""


def test_soldiers_killed_by_a_group_are_their_states_not_the_groups(kb):
    assert events(relations(KILLED_BY, kb)) == {("farc", "ASSAULT", "colombia", True)}


def test_policemen_wounded_by_militants_are_their_states(kb):
    assert events(relations(WOUNDED_BY, kb)) == {("taliban", "ASSAULT", "pakistan", True)}


def test_a_target_used_by_a_group_is_still_the_groups(kb):
    assert events(relations(USED_BY, kb)) == {("israel", "ASSAULT", "hezbollah", True)}
