"""Tests for reported speech (:mod:`kg.relations.coreference`, :mod:`kg.relations.modality`):
"they" / "their" in what a state or group says are the sayers, "we" / "our" in any quote the
speaker's side; unnamed "troops" are the side last named with them or the reporting side;
"according to X" is a source (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, events_source, reading, relations, token

from kg.relations.anaphora import side_of
from kg.relations.coreference import reporters, speaker_side

SPEECH = [
    # "our country" in a quote: the speaker's state (his office in the knowledge base)
    pytest.param("""
    Ukraine       PROPN  nsubj     appealed                         [GPE ukraine#name]
    appealed      VERB   ROOT      appealed      lemma=appeal
    .             PUNCT  punct     appealed
    "             PUNCT  punct     said          tag=``
    Another       DET    det       attack
    Russian       ADJ    amod      attack                           [NORP russia#demonym]
    attack        NOUN   dep       said
    against       ADP    prep      attack
    our           PRON   poss      country       tag=PRP$
    country       NOUN   pobj      against
    ,             PUNCT  punct     said
    "             PUNCT  punct     said          tag=''
    Zelensky      PROPN  nsubj     said                             [PERSON volodymyr-zelensky#alias]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {("russia", "ASSAULT", "ukraine", True)}, id="our-country"),
    # "their fighters" in what two groups say: both groups; "the troops": the side named before
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     entered       lemma=troop tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    Jenin         PROPN  dobj      entered                          [GPE]
    .             PUNCT  punct     entered
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    and           CCONJ  cc        Hamas
    Fatah         PROPN  conj      Hamas                            [ORG fatah#name]
    said          VERB   ROOT      said          lemma=say
    their         PRON   poss      fighters      tag=PRP$
    fighters      NOUN   nsubj     attacked      lemma=fighter tag=NNS
    had           AUX    aux       attacked      lemma=have
    attacked      VERB   ccomp     said          lemma=attack tag=VBN
    the           DET    det       troops@2
    troops        NOUN   dobj      attacked      lemma=troop tag=NNS
    .             PUNCT  punct     said
    """, {("hamas", "ASSAULT", "israel", True), ("fatah", "ASSAULT", "israel", True)}, id="their-fighters"),
    # "they" in what a group claims: the group
    pytest.param("""
    Hamas         PROPN  nsubj     claimed                          [ORG hamas#name]
    claimed       VERB   ROOT      claimed       lemma=claim
    they          PRON   nsubj     attacked
    attacked      VERB   ccomp     claimed       lemma=attack
    Sderot        PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     claimed
    """, {("hamas", "ASSAULT", "sderot-il", True)}, id="they-claimed"),
    # unnamed troops in what a state body says: its state
    pytest.param("""
    The           DET    det       Ministry
    Russian       ADJ    amod      Ministry                         [ORG ministry-of-defence-of-russia#alias
    Defence       PROPN  compound  Ministry
    Ministry      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    troops        NOUN   nsubj     captured      lemma=troop tag=NNS
    had           AUX    aux       captured      lemma=have
    captured      VERB   ccomp     said          lemma=capture tag=VBN
    Avdiivka      PROPN  dobj      captured                         [GPE]
    .             PUNCT  punct     said
    """, {("russia", "ASSAULT", "avdiyivka-ua", True)}, id="troops-of-the-reporter"),
    # "the group" in what a group's statement says: that group, not the group subject before
    pytest.param("""
    The           DET    det       Cross
    Red           PROPN  compound  Cross                            [ORG international-committee-of-the-red-cross#alias
    Cross         PROPN  nsubj     visited                          ]
    visited       VERB   ROOT      visited       lemma=visit
    Gaza          PROPN  dobj      visited                          [LOC gaza-strip#alias]
    .             PUNCT  punct     visited
    A             DET    det       statement
    Hezbollah     PROPN  compound  statement                        [ORG hezbollah#name]
    statement     NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    the           DET    det       group
    group         NOUN   nsubj     fired
    fired         VERB   ccomp     said          lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    at            ADP    prep      fired
    Israel        PROPN  pobj      at                               [GPE israel#name]
    .             PUNCT  punct     said
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="the-group-of-a-statement"),
    # "their operations" in what a state's officials claim: the state
    pytest.param("""
    Pakistani     ADJ    amod      officials                        [NORP pakistan#demonym]
    officials     NOUN   nsubj     claimed       lemma=official tag=NNS
    claimed       VERB   ROOT      claimed       lemma=claim
    their         PRON   poss      strikes       tag=PRP$
    strikes       NOUN   nsubj     hit           lemma=strike tag=NNS
    hit           VERB   ccomp     claimed       lemma=hit
    the           DET    det       Taliban
    Taliban       PROPN  dobj      hit                              [ORG taliban#name]
    .             PUNCT  punct     claimed
    """, {("pakistan", "ASSAULT", "taliban", True)}, id="their-of-a-states-officials"),
    # "his government" in what a person says: the person's state
    pytest.param("""
    Venezuelan    ADJ    amod      President                        [NORP venezuela#demonym]
    President     PROPN  compound  Maduro
    Nicolas       PROPN  compound  Maduro                           [PERSON nicolas-maduro#name
    Maduro        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    his           PRON   poss      government    tag=PRP$
    government    NOUN   nsubj     supports
    supports      VERB   ccomp     said          lemma=support tag=VBZ
    Cuba          PROPN  dobj      supports                         [GPE cuba#name]
    .             PUNCT  punct     said
    """, {("venezuela", "SUPPORT", "cuba", True)}, id="his-government"),
]


@pytest.mark.parametrize("spec,expected", SPEECH)
def test_reported_speech(kb, spec, expected):
    assert expected <= events(relations(spec, kb))


def test_they_outside_reported_speech_is_nobody(kb):
    da, ds = reading("""
    Hamas         PROPN  nsubj     fired                            [ORG hamas#name]
    fired         VERB   ROOT      fired         lemma=fire
    .             PUNCT  punct     fired
    They          PRON   nsubj     fled
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    """, kb)
    they = token(da, "They")
    assert reporters(they, da, ds) == []
    assert speaker_side(they, da, ds) == []


def test_the_side_of_a_body(kb):
    da, _ = reading("""
    The           DET    det       army
    Sudanese      ADJ    amod      army                             [ORG sudanese-armed-forces#alias
    army          NOUN   nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    OCHA          PROPN  dobj      met                              [ORG ocha#name]
    and           CCONJ  cc        OCHA
    the           DET    det       CIA
    CIA           PROPN  conj      OCHA                             [ORG cia#name]
    .             PUNCT  punct     met
    The           DET    det       US
    US            PROPN  nsubj     left                             [GPE united-states#alias]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, kb)
    assert side_of("sudanese-armed-forces", da) == "sudanese-armed-forces"   # an armed force is a side
    assert side_of("cia", da) == "united-states"                             # a body: its state
    assert side_of("ocha", da) is None


def test_according_to_is_the_source(kb):
    got = events_source(relations("""
    Hamas         PROPN  nsubj     struck                           [ORG hamas#name]
    struck        VERB   ROOT      struck        lemma=strike
    Sderot        PROPN  dobj      struck                           [GPE]
    ,             PUNCT  punct     struck
    according     VERB   prep      struck        lemma=accord tag=VBG
    to            ADP    prep      according
    Reuters       PROPN  pobj      to                               [ORG reuters#name]
    .             PUNCT  punct     struck
    """, kb))
    assert got == {("hamas", "ASSAULT", "sderot-il", "reuters")}
