"""Tests for which group a description qualified by a nationality stands for
(:func:`kg.relations.grouphome.qualified_group`): "the Palestinian group" is a group the
knowledge base places in Palestine, not the last group subject, which it places in Lebanon
(see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, reading, relations, token

from kg.relations.descriptions import descriptor
from kg.relations.grouphome import home

# "Egypt hosted Hamas. Hezbollah fired rockets after the Palestinian group attacked Israel."
QUALIFIED = """
    Egypt         PROPN  nsubj     hosted                           [GPE egypt#name]
    hosted        VERB   ROOT      hosted        lemma=host
    Hamas         PROPN  dobj      hosted                           [ORG hamas#name]
    .             PUNCT  punct     hosted
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    after         SCONJ  mark      attacked
    the           DET    det       group
    {adj}
    group         NOUN   nsubj     attacked
    attacked      VERB   advcl     fired         lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     fired
    """
PALESTINIAN = QUALIFIED.format(adj="Palestinian   ADJ    amod      group                            [NORP palestine#demonym]")
LEBANESE = QUALIFIED.format(adj="Lebanese      ADJ    amod      group                            [NORP lebanon#demonym]")
BARE = QUALIFIED.format(adj="")


def test_a_groups_home_is_its_knowledge_base_country(kb):
    da, _ = reading(PALESTINIAN, kb)
    assert home("hamas", da) == "palestine" and home("hezbollah", da) == "lebanon"


def test_the_palestinian_group_is_no_lebanese_group(kb):
    da, ds = reading(PALESTINIAN, kb)
    assert descriptor(token(da, "group"), da, ds) == "hamas"
    got = events(relations(PALESTINIAN, kb))
    assert ("hamas", "ASSAULT", "israel", True) in got
    assert ("hezbollah", "ASSAULT", "israel", True) not in got


def test_the_lebanese_group_and_the_bare_group_keep_the_last_group_subject(kb):
    for spec in (LEBANESE, BARE):
        da, ds = reading(spec, kb)
        assert descriptor(token(da, "group"), da, ds) == "hezbollah"


# "The coalition struck Sanaa. The UN condemned the strike. The US provides fuel to the coalition."
COALITION = """
    {first}
    struck        VERB   ROOT      struck        lemma=strike
    Sanaa         PROPN  dobj      struck                           [GPE sanaa#name]
    .             PUNCT  punct     struck
    The           DET    det       UN
    UN            PROPN  nsubj     condemned                        [ORG united-nations#acronym]
    condemned     VERB   ROOT      condemned     lemma=condemn
    it            PRON   dobj      condemned
    .             PUNCT  punct     condemned
    The           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  nsubj     provides                         ]
    provides      VERB   ROOT      provides      lemma=provide tag=VBZ
    fuel          NOUN   dobj      provides
    to            ADP    dative    provides
    the           DET    det       coalition
    coalition     NOUN   pobj      to
    .             PUNCT  punct     provides
    """
NAMED_COALITION = COALITION.format(first="""Saudi  PROPN  compound  Coalition  [ORG saudi-led-coalition#name
    -             PUNCT  punct     Saudi
    led           VERB   amod      Coalition
    Coalition     PROPN  nsubj     struck                           ]""")
NO_COALITION = COALITION.format(first="Jets          NOUN   nsubj     struck        lemma=jet tag=NNS")


def test_the_coalition_is_a_coalition_named_before(kb):
    da, ds = reading(NAMED_COALITION, kb)
    assert descriptor(token(da, "coalition"), da, ds) == "saudi-led-coalition"


def test_the_coalition_is_not_the_last_group_of_another_kind(kb):
    da, ds = reading(NO_COALITION, kb)
    assert descriptor(token(da, "coalition"), da, ds) is None
    assert ("united-states", "AID", "united-nations", True) not in events(relations(NO_COALITION, kb))
