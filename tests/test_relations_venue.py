"""Rule tests of :mod:`kg.relations.venue`: where an attack took place when the parser hung
the place on the phrase that says who carried it out ("At least 14 militants were killed in an
airstrike conducted by the Afghan Air Force in southern Helmand province of Afghanistan"), and
an agentless attack noun a verb of authorship places ("The airstrike was carried out in Pasaband
district": the same noun named before with its agent). On hand-built parses
(``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

KILLED_IN = """
    Fourteen       NUM    nummod     militants       tag=CD                   [CARDINAL]
    militants      NOUN   nsubjpass  killed          lemma=militant tag=NNS
    were           AUX    auxpass    killed          lemma=be tag=VBD
    killed         VERB   ROOT       killed          lemma=kill tag=VBN
    in             ADP    prep       killed          tag=IN
    an             DET    det        airstrike       tag=DT
    airstrike      NOUN   pobj       in              lemma=airstrike tag=NN
    conducted      VERB   acl        airstrike       lemma=conduct tag=VBN
    by             ADP    agent      conducted       tag=IN
    Israeli        ADJ    amod       forces          lemma=israeli tag=JJ     [NORP israel#demonym]
    forces         NOUN   pobj       by              lemma=force tag=NNS
"""

CASES = [
    pytest.param(KILLED_IN + """
    in             ADP    prep       forces          tag=IN
    Rafah          PROPN  pobj       in@2            lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      killed          tag=.
    """, {("israel", "rafah-ps")}, id="the-place-hung-on-the-participles-agent"),
    pytest.param(KILLED_IN + """
    in             ADP    prep       conducted       tag=IN
    Rafah          PROPN  pobj       in@2            lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      killed          tag=.
    """, {("israel", "rafah-ps")}, id="the-place-hung-on-the-participle"),
    # "in southern Helmand province of Afghanistan": the place the province is named by, not its state
    pytest.param(KILLED_IN + """
    in             ADP    prep       forces          tag=IN
    the            DET    det        governorate     tag=DT
    Rafah          PROPN  compound   governorate     lemma=Rafah tag=NNP      [LOC rafah#name]
    governorate    NOUN   pobj       in@2            lemma=governorate tag=NN
    of             ADP    prep       governorate     tag=IN
    Palestine      PROPN  pobj       of              lemma=Palestine tag=NNP  [GPE palestine#name]
    .              PUNCT  punct      killed          tag=.
    """, {("israel", "rafah-ps")}, id="a-province-of-a-state"),
    # where the agent came from is not where it struck: "by militants from Afghanistan"
    pytest.param(KILLED_IN + """
    from           ADP    prep       forces          tag=IN
    Rafah          PROPN  pobj       from            lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      killed          tag=.
    """, set(), id="the-agents-origin"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_the_place_of_an_authored_attack_is_struck(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert got == expected


CARRIED_OUT = """
    An             DET    det        airstrike       tag=DT
    Israeli        ADJ    amod       airstrike       lemma=israeli tag=JJ     [NORP israel#demonym]
    airstrike      NOUN   nsubj      killed          lemma=airstrike tag=NN
    killed         VERB   ROOT       killed          lemma=kill tag=VBD
    14             NUM    nummod     militants       tag=CD                   [CARDINAL]
    militants      NOUN   dobj       killed          lemma=militant tag=NNS
    .              PUNCT  punct      killed          tag=.
    The            DET    det        airstrike@2     tag=DT
    airstrike      NOUN   nsubjpass  carried         lemma=airstrike tag=NN
    was            AUX    auxpass    carried         lemma=be tag=VBD
    carried        VERB   ROOT       carried         lemma=carry tag=VBN
    out            ADP    prt        carried         tag=RP
    in             ADP    prep       carried         tag=IN
    Rafah          PROPN  pobj       in              lemma=Rafah tag=NNP      [LOC rafah#name]
    .              PUNCT  punct      carried         tag=.
"""


def test_the_definite_attack_carried_out_somewhere_is_the_one_named_before(kb):
    # "5 militants killed in Afghan airstrike ... The Ministry of Defense (MoD) said Sunday that the
    # airstrike was carried out in Pasaband district."
    got = {(s, o) for s, p, o, _ in events(relations(CARRIED_OUT, kb)) if p == "ASSAULT"}
    assert got == {("israel", "rafah-ps")}
