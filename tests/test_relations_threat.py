"""Rule tests for the threats a vow or a warning states (:func:`kg.relations.clause.threat_head`):
"vowed to retaliate against Israel", "warned that it would strike Iran" (GUIDELINES, convention 3:
a stated threat is itself the act). See ``tests/relation_helpers.py``."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

THREATS = [
    pytest.param("""
    Hezbollah     PROPN  nsubj     vowed                            [ORG hezbollah#name]
    vowed         VERB   ROOT      vowed         lemma=vow
    to            PART   aux       retaliate
    retaliate     VERB   xcomp     vowed         tag=VB
    against       ADP    prep      retaliate
    Israel        PROPN  pobj      against                          [GPE israel#name]
    .             PUNCT  punct     vowed
    """, {("hezbollah", "THREATEN", "israel", True), ("hezbollah", "ASSAULT", "israel", False)},
        id="vowed-to-retaliate-against"),
    pytest.param("""
    Iran          PROPN  nsubj     warned                           [GPE iran#name]
    warned        VERB   ROOT      warned        lemma=warn
    that          SCONJ  mark      strike
    it            PRON   nsubj     strike
    would         AUX    aux       strike        tag=MD
    strike        VERB   ccomp     warned        tag=VB
    Israel        PROPN  dobj      strike                           [GPE israel#name]
    .             PUNCT  punct     warned
    """, {("iran", "THREATEN", "israel", True), ("iran", "ASSAULT", "israel", False)},
        id="warned-it-would-strike"),
    # a warning of what another will do is no threat by the warner
    pytest.param("""
    Egypt         PROPN  nsubj     warned                           [GPE egypt#name]
    warned        VERB   ROOT      warned        lemma=warn
    that          SCONJ  mark      attack
    Iran          PROPN  nsubj     attack                           [GPE iran#name]
    would         AUX    aux       attack        tag=MD
    attack        VERB   ccomp     warned        tag=VB
    Israel        PROPN  dobj      attack                           [GPE israel#name]
    .             PUNCT  punct     warned
    """, {("iran", "ASSAULT", "israel", False)}, id="warned-another-would-attack"),
    # a vow not to attack, a vow of support: no threat
    pytest.param("""
    Hamas         PROPN  nsubj     vowed                            [ORG hamas#name]
    vowed         VERB   ROOT      vowed         lemma=vow
    not           PART   neg       attack
    to            PART   aux       attack
    attack        VERB   xcomp     vowed         tag=VB
    Egypt         PROPN  dobj      attack                           [GPE egypt#name]
    .             PUNCT  punct     vowed
    """, {("hamas", "ASSAULT", "egypt", False)}, id="vowed-not-to-attack"),
    pytest.param("""
    Egypt         PROPN  nsubj     vowed                            [GPE egypt#name]
    vowed         VERB   ROOT      vowed         lemma=vow
    to            PART   aux       support
    support       VERB   xcomp     vowed         tag=VB
    Sudan         PROPN  dobj      support                          [GPE sudan#name]
    .             PUNCT  punct     vowed
    """, {("egypt", "SUPPORT", "sudan", False)}, id="vowed-to-support"),
]


@pytest.mark.parametrize("spec,expected", THREATS)
def test_threats_stated_by_a_vow_or_warning(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_the_threat_an_act_stands_under(kb):
    from kg.relations.clause import threat_head
    da, ds = reading(THREATS[0].values[0], kb)
    retaliate = token(da, "retaliate")
    frame = kb.lexicon.verbs["retaliate"][0]
    got = threat_head(retaliate, frame, da, ds)
    assert got is not None and got.verb == token(da, "vowed") and got.dep_ == "xcomp"
    assert threat_head(token(da, "vowed"), frame, da, ds) is None
