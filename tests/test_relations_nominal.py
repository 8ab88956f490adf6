"""Rule tests for :mod:`kg.relations.nominal`: event nouns, "came under", alliances and the
sides an accord names (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.index import TokenIndex
from kg.relations.nominal import came_under, noun_agents, relative_victims, truce_sides

# -- nominal events ------------------------------------------------------------------------

NOMINAL = [
    pytest.param("""
    Israel        PROPN  poss      assault                          [GPE israel#name]
    's            PART   case      Israel        tag=POS
    assault       NOUN   nsubj     continued
    on            ADP    prep      assault
    Khan          PROPN  compound  Younis                           [GPE
    Younis        PROPN  pobj      on                               ]
    continued     VERB   ROOT      continued     lemma=continue
    .             PUNCT  punct     continued
    """, {("israel", "ASSAULT", "khan-yunis-ps", True)}, id="possessive-assault-on"),
    pytest.param("""
    Israeli       ADJ    amod      strikes                          [NORP israel#demonym]
    strikes       NOUN   nsubj     killed        lemma=strike tag=NNS
    on            ADP    prep      strikes
    Rafah         PROPN  pobj      on                               [GPE]
    killed        VERB   ROOT      killed        lemma=kill
    20            NUM    nummod    people
    people        NOUN   dobj      killed        tag=NNS
    .             PUNCT  punct     killed
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="adjectival-strikes-on"),
    pytest.param("""
    Talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    between       ADP    prep      Talks
    Armenia       PROPN  pobj      between                          [GPE armenia#name]
    and           CCONJ  cc        Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    resumed       VERB   ROOT      resumed       lemma=resume
    .             PUNCT  punct     resumed
    """, {("armenia", "CONSULT", "azerbaijan", True)}, id="talks-between"),
    pytest.param("""
    A             DET    det       rocket
    Hamas         PROPN  compound  rocket                           [ORG hamas#name]
    rocket        NOUN   nsubj     hit
    hit           VERB   ROOT      hit
    Sderot        PROPN  dobj      hit                              [GPE]
    .             PUNCT  punct     hit
    """, {("hamas", "ASSAULT", "sderot-il", True)}, id="hamas-rocket-hit"),
    pytest.param("""
    Russian       ADJ    amod      strikes                          [NORP russia#demonym]
    drone         NOUN   compound  strikes
    strikes       NOUN   nsubj     wounded       lemma=strike tag=NNS
    on            ADP    prep      strikes
    Odesa         PROPN  pobj      on                               [GPE]
    wounded       VERB   ROOT      wounded       lemma=wound
    six           NUM    nummod    people
    people        NOUN   dobj      wounded       tag=NNS
    .             PUNCT  punct     wounded
    """, {("russia", "ASSAULT", "odesa-ua", True)}, id="drone-strikes-on"),
    pytest.param("""
    The           DET    det       RSF
    RSF           PROPN  poss      siege                            [ORG rapid-support-forces#alias]
    's            PART   case      RSF           tag=POS
    siege         NOUN   nsubj     continued
    of            ADP    prep      siege
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  pobj      of                               ]
    continued     VERB   ROOT      continued     lemma=continue
    .             PUNCT  punct     continued
    """, {("rapid-support-forces", "COERCE", "el-fasher-sd", True)}, id="siege-of"),
]


@pytest.mark.parametrize("spec,expected", NOMINAL)
def test_nominal_event(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- "X came under Y's fire": the inverse frame ---------------------------------------------

CAME_UNDER = [
    pytest.param("""
    Khan          PROPN  compound  Younis                           [GPE
    Younis        PROPN  nsubj     came                             ]
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    Israeli       ADJ    amod      shelling                         [NORP israel#demonym]
    shelling      NOUN   pobj      under
    .             PUNCT  punct     came
    """, {("israel", "ASSAULT", "khan-yunis-ps", True)}, id="under-israeli-shelling"),
    pytest.param("""
    Kharkiv       PROPN  nsubj     came                             [GPE]
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    Russian       ADJ    amod      attack                           [NORP russia#demonym]
    missile       NOUN   compound  attack
    attack        NOUN   pobj      under
    .             PUNCT  punct     came
    """, {("russia", "ASSAULT", "kharkiv-ua", True)}, id="under-russian-missile-attack"),
    pytest.param("""
    Avdiivka      PROPN  nsubj     came                             [GPE]
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    fire          NOUN   pobj      under
    from          ADP    prep      fire
    Russian       ADJ    amod      forces                           [NORP russia#demonym]
    forces        NOUN   pobj      from          lemma=force tag=NNS
    .             PUNCT  punct     came
    """, {("russia", "ASSAULT", "avdiyivka-ua", True)}, id="under-fire-from"),
    pytest.param("""
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  nsubj     came                             ]
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    attack        NOUN   pobj      under
    by            ADP    prep      attack
    the           DET    det       RSF
    RSF           PROPN  pobj      by                               [ORG rapid-support-forces#alias]
    .             PUNCT  punct     came
    """, {("rapid-support-forces", "ASSAULT", "el-fasher-sd", True)}, id="under-attack-by"),
]


@pytest.mark.parametrize("spec,expected", CAME_UNDER)
def test_came_under(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the victims of a relative clause on the event -------------------------------------------

def test_the_victims_of_a_passive_relative_clause(kb):
    assert events(relations("""
    Hamas         PROPN  poss      rampage                          [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    rampage       NOUN   nsubj     shocked
    ,             PUNCT  punct     rampage
    in            ADP    prep      killed
    which         PRON   pobj      in            tag=WDT
    Israelis      PROPN  nsubjpass killed                           [NORP israel#demonym]
    were          AUX    auxpass   killed        lemma=be tag=VBD
    killed        VERB   relcl     rampage       lemma=kill tag=VBN
    ,             PUNCT  punct     rampage
    shocked       VERB   ROOT      shocked       lemma=shock
    the           DET    det       world
    world         NOUN   dobj      shocked
    .             PUNCT  punct     shocked
    """, kb)) == {("hamas", "ASSAULT", "israel", True)}


# -- alliances: "Turkey, Azerbaijan's closest ally" -------------------------------------------

ALLIANCE = [
    pytest.param("""
    Iran          PROPN  nsubj     armed                            [GPE iran#name]
    armed         VERB   ROOT      armed         lemma=arm
    Hamas         PROPN  dobj      armed                            [ORG hamas#name]
    .             PUNCT  punct     armed
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    ,             PUNCT  punct     Hezbollah
    Iran          PROPN  poss      ally                             [GPE iran#name]
    's            PART   case      Iran          tag=POS
    closest       ADJ    amod      ally          lemma=close tag=JJS
    ally          NOUN   appos     Hezbollah
    ,             PUNCT  punct     Hezbollah
    fired         VERB   ROOT      fired         lemma=fire
    on            ADP    prep      fired
    Israel        PROPN  pobj      on                               [GPE israel#name]
    .             PUNCT  punct     fired
    """, {("iran", "AID", "hamas", True), ("hezbollah", "ASSAULT", "israel", True),
          ("hezbollah", "COOPERATE", "iran", True)}, id="x-ys-closest-ally"),
    pytest.param("""
    Iran          PROPN  nsubj     armed                            [GPE iran#name]
    armed         VERB   ROOT      armed         lemma=arm
    its           PRON   poss      ally          tag=PRP$
    ally          NOUN   dobj      armed
    Hezbollah     PROPN  appos     ally                             [ORG hezbollah#name]
    .             PUNCT  punct     armed
    """, {("iran", "AID", "hezbollah", True), ("hezbollah", "COOPERATE", "iran", True)}, id="its-ally-x"),
]


@pytest.mark.parametrize("spec,expected", ALLIANCE)
def test_alliance(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the functions, one by one --------------------------------------------------------------

TRUCE = """
    Egypt         PROPN  nsubj     welcomed                         [GPE egypt#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome
    a             DET    det       truce
    truce         NOUN   dobj      welcomed
    between       ADP    prep      truce
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    .             PUNCT  punct     welcomed
    """


def test_an_accord_names_the_sides_at_war(kb):
    da, ds = reading(TRUCE, kb)
    index = TokenIndex.of(da.doc, kb.lexicon)
    assert truce_sides(da.doc[0:len(da.doc)], da, ds, index) == ("israel", "hezbollah")
    assert truce_sides(da.doc[0:3], da, ds, index) is None   # no accord in these words


def test_the_agents_of_an_event_noun(kb):
    da, ds = reading("""
    an            DET    det       attack
    attack        NOUN   nsubj     killed
    by            ADP    prep      attack
    Hamas         PROPN  pobj      by                               [ORG hamas#name]
    killed        VERB   ROOT      killed        lemma=kill
    Israelis      PROPN  dobj      killed                           [NORP israel#demonym]
    .             PUNCT  punct     killed
    """, kb)
    assert noun_agents(token(da, "attack"), da, ds) == ["hamas"]
    assert came_under(token(da, "attack"), da, ds) == []
    assert relative_victims(token(da, "attack"), da, ds) == []
