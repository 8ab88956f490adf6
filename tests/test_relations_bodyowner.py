"""Tests for :mod:`kg.relations.bodyowner`: a possessive government noun stands for the state
or group its own modifiers name (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

DEMONYM = """
The            DET    det        States
United         PROPN  compound   States                  [GPE united-states#name
States         PROPN  nsubj      condemned               ]
condemned      VERB   ROOT       condemned lemma=condemn
the            DET    det        {body}
Syrian         ADJ    amod       {body}                  [NORP syria#demonym]
{body}         NOUN   poss       crackdown
's             PART   case       {body}    tag=POS
crackdown      NOUN   dobj       condemned
on             ADP    prep       crackdown
protesters     NOUN   pobj       on        lemma=protester tag=NNS
.              PUNCT  punct      condemned
"""

LEADER = """
US             PROPN  compound   President lemma=US tag=NNP         [GPE united-states#alias]
President      PROPN  compound   Trump     lemma=President tag=NNP
Donald         PROPN  compound   Trump     lemma=Donald tag=NNP     [PERSON donald-trump#name
Trump          PROPN  nsubj      spoke     lemma=Trump tag=NNP      ]
spoke          VERB   ROOT       spoke     lemma=speak tag=VBD
.              PUNCT  punct      spoke     tag=.
Turkey         PROPN  nsubj      condemned                         [GPE turkey#name]
condemned      VERB   ROOT       condemned lemma=condemn
the            DET    det        administration
Trump          PROPN  compound   administration lemma=Trump tag=NNP [PERSON donald-trump#alias]
administration NOUN   poss       decision
's             PART   case       administration tag=POS
decision       NOUN   dobj       condemned
.              PUNCT  punct      condemned
"""


@pytest.mark.parametrize("body", ["government", "regime"])
def test_a_named_government_owns_what_it_does(kb, body):
    # "The United States condemns the Iranian government's continued violent suppression of protests"
    assert events(relations(DEMONYM.format(body=body), kb)) == {("united-states", "ACCUSE", "syria", True)}


def test_a_leaders_administration_owns_for_the_state(kb):
    # "to protest the Donald Trump administration's decision to move the American embassy"
    got = events(relations(LEADER, kb))
    assert ("turkey", "ACCUSE", "united-states", True) in got
    assert ("turkey", "ACCUSE", "donald-trump", True) not in got


def test_an_owner_noun_that_is_no_government_is_not_its_modifier(kb):
    # "the Syrian army's crackdown" is the army's, not through this rule; "the Syrian people's" nobody's
    got = events(relations(DEMONYM.format(body="people"), kb))
    assert ("united-states", "ACCUSE", "syria", True) not in got
