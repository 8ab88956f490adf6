"""Rule tests for "its forces" / "its troops" whose "its" is a state's body (round 10, K10b): the
forces of a ministry or a government fight for its state ("The Russian Defence Ministry said its
forces captured Avdiivka" -> Russia, as the gold names "the defence ministry said troops had taken"),
an army's forces stay the army's (:func:`kg.relations.coreference.force_possessor`). On hand-built
parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, relations

MINISTRY = """
    The           DET    det       Ministry
    Russian       ADJ    amod      Ministry                         [ORG ministry-of-defence-of-russia#alias
    Defence       PROPN  compound  Ministry
    Ministry      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    its           PRON   poss      forces        lemma=its tag=PRP$
    forces        NOUN   nsubj     captured      lemma=force tag=NNS
    captured      VERB   ccomp     said          lemma=capture
    Avdiivka      PROPN  dobj      captured                         [GPE avdiivka#name]
    .             PUNCT  punct     said
"""

ARMY = """
    The           DET    det       army
    Sudanese      ADJ    amod      army                             [ORG sudanese-armed-forces#alias
    army          NOUN   nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    its           PRON   poss      troops        lemma=its tag=PRP$
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ccomp     said          lemma=attack
    Khartoum      PROPN  dobj      attacked                         [GPE khartoum#name]
    .             PUNCT  punct     said
"""


def _assaults(spec, kb):
    return {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}


def test_a_ministrys_forces_are_its_states(kb):
    got = _assaults(MINISTRY, kb)
    assert any(s == "russia" for s, _ in got), got
    assert not any(s == "ministry-of-defence-of-russia" for s, _ in got), got


def test_an_armys_troops_stay_the_armys(kb):
    got = _assaults(ARMY, kb)
    assert any(s == "sudanese-armed-forces" for s, _ in got), got
