"""Rule tests for an armed force that responds (round 9, violence, :mod:`kg.relations.response`):
"Pakistani troops fired at Indian positions ... The Indian Army responded" -> the responder
ASSAULT the agent of the last attack on its side; not a state or body that is no military ("India
responded by imposing sanctions"), not a response by another act, not one that is only a right
("retains the right to respond"). On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

FIRED = """
    Pakistani      ADJ    amod       troops         lemma=pakistani tag=JJ   [NORP pakistan#demonym]
    troops         NOUN   nsubj      fired          lemma=troop tag=NNS
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    at             ADP    prep       fired          tag=IN
    Indian         ADJ    amod       positions      lemma=indian tag=JJ      [NORP india#demonym]
    positions      NOUN   pobj       at             lemma=position tag=NNS
    .              PUNCT  punct      fired          tag=.
"""

RESPONSES = [
    pytest.param("""
    Indian         ADJ    amod       troops@2       lemma=indian tag=JJ      [NORP india#demonym]
    troops         NOUN   nsubj      responded      lemma=troop tag=NNS
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    appropriately  ADV    advmod     responded      tag=RB
    .              PUNCT  punct      responded      tag=.
    """, {("india", "pakistan")}, id="indian-troops-responded"),
    pytest.param("""
    The            DET    det        Army           tag=DT
    Indian         PROPN  compound   Army           lemma=Indian tag=NNP     [ORG indian-army#name
    Army           PROPN  nsubj      responded      lemma=Army tag=NNP       ]
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    in             ADP    prep       responded      tag=IN
    kind           NOUN   pobj       in             tag=NN
    .              PUNCT  punct      responded      tag=.
    """, {("indian-army", "pakistan")}, id="the-indian-army-responded-in-kind"),
    pytest.param("""
    India          PROPN  nsubj      responded      lemma=India tag=NNP      [GPE india#name]
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    by             ADP    prep       responded      tag=IN
    imposing       VERB   pcomp      by             lemma=impose tag=VBG
    sanctions      NOUN   dobj       imposing       lemma=sanction tag=NNS
    .              PUNCT  punct      responded      tag=.
    """, set(), id="a-state-responding-by-sanctions-is-no-military"),
    pytest.param("""
    Indian         ADJ    amod       troops@2       lemma=indian tag=JJ      [NORP india#demonym]
    troops         NOUN   nsubj      responded      lemma=troop tag=NNS
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    by             ADP    prep       responded      tag=IN
    sealing        VERB   pcomp      by             lemma=seal tag=VBG
    the            DET    det        area           tag=DT
    area           NOUN   dobj       sealing        tag=NN
    .              PUNCT  punct      responded      tag=.
    """, set(), id="a-response-by-another-act"),
    pytest.param("""
    The            DET    det        Army           tag=DT
    Indian         PROPN  compound   Army           lemma=Indian tag=NNP     [ORG indian-army#name
    Army           PROPN  nsubj      retains        lemma=Army tag=NNP       ]
    retains        VERB   ROOT       retains        lemma=retain tag=VBZ
    the            DET    det        right          tag=DT
    right          NOUN   dobj       retains        tag=NN
    to             PART   aux        respond        tag=TO
    respond        VERB   acl        right          lemma=respond tag=VB
    .              PUNCT  punct      retains        tag=.
    """, set(), id="a-right-to-respond-is-no-response"),
]


@pytest.mark.parametrize("spec,expected", RESPONSES)
def test_armed_force_responding_answers_the_last_attack_on_its_side(kb, spec, expected):
    got = {(s, o) for s, p, o, _ in events(relations(FIRED + spec, kb)) if p == "ASSAULT"}
    assert got - {("pakistan", "india")} == expected


def test_no_attack_on_its_side_no_response(kb):
    # the troops respond to nothing the text reported against their side: no guess
    spec = """
    Indian         ADJ    amod       troops         lemma=indian tag=JJ      [NORP india#demonym]
    troops         NOUN   nsubj      responded      lemma=troop tag=NNS
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    .              PUNCT  punct      responded      tag=.
    """
    assert not [e for e in events(relations(spec, kb)) if e[1] == "ASSAULT"]


def test_a_response_to_a_named_attack_answers_its_agent(kb):
    # "responded to the unprovoked Indian firing": the state the demonym on the attack names,
    # not the last attacker on the responders' side (here the Indian Army, then Pakistan's troops)
    spec = """
    The            DET    det        Army           tag=DT
    Indian         PROPN  compound   Army           lemma=Indian tag=NNP     [ORG indian-army#name
    Army           PROPN  nsubj      shelled        lemma=Army tag=NNP       ]
    shelled        VERB   ROOT       shelled        lemma=shell tag=VBD
    Pakistani      ADJ    amod       posts          lemma=pakistani tag=JJ   [NORP pakistan#demonym]
    posts          NOUN   dobj       shelled        lemma=post tag=NNS
    .              PUNCT  punct      shelled        tag=.
    Pakistani      ADJ    amod       troops       lemma=pakistani tag=JJ   [NORP pakistan#demonym]
    troops         NOUN   nsubj      responded      lemma=troop tag=NNS
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    to             ADP    prep       responded      tag=IN
    the            DET    det        firing       tag=DT
    unprovoked     ADJ    amod       firing       tag=JJ
    Indian         ADJ    amod       firing         lemma=indian tag=JJ      [NORP india#demonym]
    firing         NOUN   pobj       to             lemma=firing tag=NN
    .              PUNCT  punct      responded      tag=.
    """
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert ("pakistan", "india") in got and ("pakistan", "indian-army") not in got


def test_a_response_to_an_unnamed_attack_answers_the_last_attacker(kb):
    # "responded to the attack": no attacker named in it, the last attack on their side counts
    spec = FIRED + """
    Indian         ADJ    amod       troops@2       lemma=indian tag=JJ      [NORP india#demonym]
    troops         NOUN   nsubj      responded      lemma=troop tag=NNS
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    to             ADP    prep       responded      tag=IN
    the            DET    det        attack         tag=DT
    attack         NOUN   pobj       to             lemma=attack tag=NN
    .              PUNCT  punct      responded      tag=.
    """
    got = {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}
    assert ("india", "pakistan") in got
