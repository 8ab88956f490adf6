"""Rule tests for the agent of the attack a passive victim was killed in, named by a verb of
authorship (round 9, violence): "Seven government soldiers were killed in an ambush staged by New
People's Army rebels", "... in an attack that the Taliban staged" (``authorship_participle``,
:func:`kg.relations.nominal.authorship_agents` read by :func:`kg.relations.clause.agent_from_event_pp`).
On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

VICTIMS = """
    Three          NUM    nummod     soldiers       tag=CD                   [CARDINAL]
    Israeli        ADJ    amod       soldiers       lemma=israeli tag=JJ     [NORP israel#demonym]
    soldiers       NOUN   nsubjpass  killed         lemma=soldier tag=NNS
    were           AUX    auxpass    killed         lemma=be tag=VBD
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    in             ADP    prep       killed         tag=IN
    an             DET    det        ambush         tag=DT
    ambush         NOUN   pobj       in             lemma=ambush tag=NN
"""

CASES = [
    pytest.param(VICTIMS + """
    staged         VERB   acl        ambush         lemma=stage tag=VBN
    by             ADP    agent      staged         tag=IN
    Hamas          PROPN  pobj       by             lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      killed         tag=.
    """, {("hamas", "israel")}, id="an-ambush-staged-by"),
    pytest.param(VICTIMS + """
    staged         VERB   acl        ambush         lemma=stag tag=VBN
    by             ADP    agent      staged         tag=IN
    Hamas          PROPN  pobj       by             lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      killed         tag=.
    """, {("hamas", "israel")}, id="staged-with-the-parsers-wrong-lemma"),
    pytest.param(VICTIMS + """
    that           PRON   dobj       staged         tag=WDT
    Hamas          PROPN  nsubj      staged         lemma=Hamas tag=NNP      [ORG hamas#name]
    staged         VERB   relcl      ambush         lemma=stage tag=VBD
    .              PUNCT  punct      killed         tag=.
    """, {("hamas", "israel")}, id="an-ambush-that-hamas-staged"),
    pytest.param(VICTIMS + """
    that           PRON   dobj       reported       tag=WDT
    Hamas          PROPN  nsubj      reported       lemma=Hamas tag=NNP      [ORG hamas#name]
    reported       VERB   relcl      ambush         lemma=report tag=VBD
    .              PUNCT  punct      killed         tag=.
    """, set(), id="a-relative-clause-of-no-authorship"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_agent_of_the_attack_a_victim_was_killed_in(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert got == expected


AGENT_PLACE = """
    an             DET    det        ambush         tag=DT
    ambush         NOUN   nsubj      killed         lemma=ambush tag=NN
    by             ADP    prep       ambush         tag=IN
    Hamas          PROPN  compound   fighters       lemma=Hamas tag=NNP      [ORG hamas#name]
    fighters       NOUN   pobj       by             lemma=fighter tag=NNS
    in             ADP    prep       fighters       tag=IN
    Rafah          PROPN  pobj       in             lemma=Rafah tag=NNP      [LOC rafah#name]
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    three          NUM    nummod     soldiers       tag=CD                   [CARDINAL]
    soldiers       NOUN   dobj       killed         lemma=soldier tag=NNS
    .              PUNCT  punct      killed         tag=.
"""


def test_the_place_hung_on_the_agent_of_an_attack_noun_is_struck(kb):
    # "Three soldiers were killed in an ambush by New People's Army (NPA) rebels in Kalinga province"
    got = {(s, o) for s, p, o, _ in events(relations(AGENT_PLACE, kb)) if p == "ASSAULT"}
    assert ("hamas", "rafah-ps") in got


def test_the_origin_of_the_agent_is_not_struck(kb):
    # "an attack by militants from Afghanistan": where the agent comes from, not where it struck
    spec = AGENT_PLACE.replace("    in             ADP    prep       fighters       tag=IN",
                               "    from           ADP    prep       fighters       tag=IN").replace(
        "pobj       in ", "pobj       from ")
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert ("hamas", "rafah-ps") not in got
