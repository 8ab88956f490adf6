"""Rule tests for :mod:`kg.relations.summons`: summoning a state's envoy is a protest to that state
(ACCUSE), and a summons to demand something a REQUEST, on hand-built parses (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.summons import demanding_purpose, envoy_states, is_summons, summoned_to

SUMMONS = [
    pytest.param("""
    Russia        PROPN  nsubj     summoned                         [GPE russia#name]
    summoned      VERB   ROOT      summoned      lemma=summon
    Ukraine       PROPN  poss      envoy                            [GPE ukraine#name]
    's            PART   case      Ukraine       tag=POS
    envoy         NOUN   dobj      summoned
    .             PUNCT  punct     summoned
    """, {("russia", "ACCUSE", "ukraine", True)}, id="summoned-xs-envoy"),
    pytest.param("""
    Russia        PROPN  nsubj     summoned                         [GPE russia#name]
    summoned      VERB   ROOT      summoned      lemma=summon
    Poland        PROPN  poss      ambassador                       [GPE poland#name]
    's            PART   case      Poland        tag=POS
    ambassador    NOUN   dobj      summoned
    to            PART   aux       demand
    demand        VERB   xcomp     summoned      tag=VB
    the           DET    det       release
    release       NOUN   dobj      demand
    .             PUNCT  punct     summoned
    """, {("russia", "ACCUSE", "poland", True), ("russia", "REQUEST", "poland", True)},
        id="summoned-xs-ambassador-to-demand"),
    # the envoy's state, not the host country after "to"
    pytest.param("""
    Beijing       PROPN  nsubj     summoned                         [GPE china#capital]
    summoned      VERB   ROOT      summoned      lemma=summon
    Hideo         PROPN  compound  Tarumi                           [PERSON
    Tarumi        PROPN  dobj      summoned                         ]
    ,             PUNCT  punct     Tarumi
    France        PROPN  poss      ambassador                       [GPE france#name]
    's            PART   case      France        tag=POS
    ambassador    NOUN   appos     Tarumi
    to            ADP    prep      ambassador
    China         PROPN  pobj      to                               [GPE china#name]
    .             PUNCT  punct     summoned
    """, {("china", "ACCUSE", "france", True)}, id="summoned-x-ys-ambassador-to-z"),
    # "called in": the parser takes the particle for a preposition
    pytest.param("""
    South         PROPN  compound  Korea                            [GPE south-korea#name
    Korea         PROPN  nsubj     called                           ]
    called        VERB   ROOT      called        lemma=call
    in            ADP    prep      called
    Chinese       ADJ    amod      Ambassador                       [NORP china#demonym]
    Ambassador    PROPN  compound  Haiming
    Xing          PROPN  compound  Haiming                          [PERSON
    Haiming       PROPN  pobj      in                               ]
    .             PUNCT  punct     called
    """, {("south-korea", "ACCUSE", "china", True)}, id="called-in-chinese-ambassador-x"),
    # no protest: negated, not a diplomat, a diplomat without a state
    pytest.param("""
    Russia        PROPN  nsubj     summon                           [GPE russia#name]
    did           AUX    aux       summon        lemma=do
    not           PART   neg       summon
    summon        VERB   ROOT      summon        tag=VB
    the           DET    det       envoy
    Ukrainian     PROPN  compound  envoy                            [NORP ukraine#demonym]
    envoy         NOUN   dobj      summon
    .             PUNCT  punct     summon
    """, set(), id="did-not-summon"),
    pytest.param("""
    Hamas         PROPN  nsubj     summoned                         [ORG hamas#name]
    summoned      VERB   ROOT      summoned      lemma=summon
    Israeli       ADJ    amod      hostages                         [NORP israel#demonym]
    hostages      NOUN   dobj      summoned      lemma=hostage tag=NNS
    .             PUNCT  punct     summoned
    """, set(), id="summoned-no-diplomat"),
    pytest.param("""
    Russia        PROPN  nsubj     summoned                         [GPE russia#name]
    summoned      VERB   ROOT      summoned      lemma=summon
    the           DET    det       ambassador
    ambassador    NOUN   dobj      summoned
    .             PUNCT  punct     summoned
    """, set(), id="summoned-the-ambassador-of-no-state"),
]


@pytest.mark.parametrize("spec,expected", SUMMONS)
def test_summoning_an_envoy(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] in ("ACCUSE", "REQUEST")} == expected


def test_the_functions(kb):
    da, ds = reading(SUMMONS[1].values[0], kb)
    words = kb.lexicon.words_of
    assert is_summons(token(da, "summoned"), words("summon_verb"))
    assert envoy_states(token(da, "ambassador"), da, ds) == ["poland"]
    assert demanding_purpose(token(da, "summoned"), words("summon_request_verb")) == token(da, "demand")


# an agentless passive: the body the envoy is summoned to summons him (CONSULT, and the protest
# to his state); its own state's envoy summoned home is a recall, no consultation
SUMMONED_TO = [
    pytest.param("""
    French        ADJ    amod      Ambassador                       [NORP france#demonym]
    Ambassador    PROPN  compound  Levy
    Pierre        PROPN  compound  Levy                             [PERSON
    Levy          PROPN  nsubjpass summoned                         ]
    was           AUX    auxpass   summoned      lemma=be
    summoned      VERB   ROOT      summoned      lemma=summon tag=VBN
    to            ADP    prep      summoned
    the           DET    det       Ministry
    Russian       PROPN  compound  Defence                          [ORG ministry-of-defence-of-russia#alias
    Defence       PROPN  compound  Ministry
    Ministry      PROPN  pobj      to                               ]
    .             PUNCT  punct     summoned
    """, {("ministry-of-defence-of-russia", "CONSULT", "pierre-levy", True),
          ("ministry-of-defence-of-russia", "ACCUSE", "france", True)}, id="x-was-summoned-to-the-yian-ministry"),
    pytest.param("""
    Russia        PROPN  poss      ambassador                       [GPE russia#name]
    's            PART   case      Russia        tag=POS
    ambassador    NOUN   nsubjpass summoned
    Pierre        PROPN  compound  Levy                             [PERSON
    Levy          PROPN  appos     ambassador                       ]
    was           AUX    auxpass   summoned      lemma=be
    summoned      VERB   ROOT      summoned      lemma=summon tag=VBN
    to            ADP    prep      summoned
    Moscow        PROPN  pobj      to                               [GPE russia#capital]
    for           ADP    prep      summoned
    consultations NOUN   pobj      for           lemma=consultation tag=NNS
    .             PUNCT  punct     summoned
    """, set(), id="its-own-ambassador-summoned-home"),
]


@pytest.mark.parametrize("spec,expected", SUMMONED_TO)
def test_summoned_to_a_body(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] in ("ACCUSE", "CONSULT")} == expected


def test_summoned_to(kb):
    da, ds = reading(SUMMONED_TO[0].values[0], kb)
    assert summoned_to(token(da, "summoned"), da, ds) == ["ministry-of-defence-of-russia"]
