"""Tests for :mod:`kg.relations.subjects`: subjects through control, purpose and relative
clauses, and the reporter's conjoined verbs (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.subjects import controllers, reporter_conjunct, subjects

# -- control and purpose clauses ---------------------------------------------------------

CONTROL = [
    pytest.param("""
    Egypt         PROPN  nsubj     trying                           [GPE egypt#name]
    is            AUX    aux       trying        lemma=be
    trying        VERB   ROOT      trying        lemma=try tag=VBG
    to            PART   aux       broker
    broker        VERB   xcomp     trying        tag=VB
    a             DET    det       truce
    truce         NOUN   dobj      broker
    between       ADP    prep      truce
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    .             PUNCT  punct     trying
    """, {("egypt", "MEDIATE", "israel", True), ("egypt", "MEDIATE", "hamas", True)},
        id="trying-to-broker-between"),
    pytest.param("""
    Turkey        PROPN  nsubj     helped                           [GPE turkey#name]
    helped        VERB   ROOT      helped        lemma=help
    broker        VERB   xcomp     helped        tag=VB
    a             DET    det       deal
    deal          NOUN   dobj      broker
    between       ADP    prep      deal
    Russia        PROPN  pobj      between                          [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    .             PUNCT  punct     helped
    """, {("turkey", "MEDIATE", "russia", True), ("turkey", "MEDIATE", "ukraine", True)},
        id="helped-broker-between"),
    pytest.param("""
    Zelensky      PROPN  nsubj     travelled                        [PERSON volodymyr-zelensky#alias]
    travelled     VERB   ROOT      travelled     lemma=travel
    to            ADP    prep      travelled
    Washington    PROPN  pobj      to                               [GPE united-states#capital]
    to            PART   aux       meet
    meet          VERB   advcl     travelled     tag=VB
    Biden         PROPN  dobj      meet                             [PERSON joe-biden#alias]
    .             PUNCT  punct     travelled
    """, {("volodymyr-zelensky", "CONSULT", "joe-biden", True)}, id="travelled-to-meet"),
    pytest.param("""
    Bill          PROPN  compound  Burns                            [PERSON bill-burns#name
    Burns         PROPN  nsubj     flew                             ]
    flew          VERB   ROOT      flew          lemma=fly
    to            ADP    prep      flew
    Doha          PROPN  pobj      to                               [GPE qatar#capital]
    to            PART   aux       meet
    meet          VERB   advcl     flew          tag=VB
    Qatari        ADJ    amod      officials                        [NORP qatar#demonym]
    officials     NOUN   dobj      meet          lemma=official tag=NNS
    .             PUNCT  punct     flew
    """, {("bill-burns", "CONSULT", "qatar", True)}, id="flew-to-meet-officials"),
    # an adjective's complement: "is about to cut ties" -> Egypt cuts them
    pytest.param("""
    Egypt         PROPN  nsubj     is                               [GPE egypt#name]
    is            AUX    ROOT      is            lemma=be
    about         ADJ    acomp     is
    to            PART   aux       cut
    cut           VERB   xcomp     about         tag=VB
    ties          NOUN   dobj      cut           lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     is
    """, {("egypt", "SANCTION", "qatar", True)}, id="is-about-to-cut-ties"),
]


@pytest.mark.parametrize("spec,expected", CONTROL)
def test_control_and_purpose(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- relative clauses ----------------------------------------------------------------------

RELATIVE = [
    pytest.param("""
    The           DET    det       RSF
    RSF           PROPN  nsubj     denied                           [ORG rapid-support-forces#alias]
    ,             PUNCT  punct     RSF
    which         PRON   nsubj     attacked      tag=WDT
    attacked      VERB   relcl     RSF           lemma=attack
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  dobj      attacked                         ]
    ,             PUNCT  punct     RSF
    denied        VERB   ROOT      denied        lemma=deny
    the           DET    det       charges
    charges       NOUN   dobj      denied        lemma=charge tag=NNS
    .             PUNCT  punct     denied
    """, {("rapid-support-forces", "ASSAULT", "el-fasher-sd", True)}, id="subject-relative"),
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Hezbollah     PROPN  dobj      struck                           [ORG hezbollah#name]
    ,             PUNCT  punct     Hezbollah
    which         PRON   nsubj     fired         tag=WDT
    had           AUX    aux       fired         lemma=have tag=VBD
    fired         VERB   relcl     Hezbollah     lemma=fire tag=VBN
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    at            ADP    prep      fired
    Sderot        PROPN  pobj      at                               [GPE]
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "hezbollah", True), ("hezbollah", "ASSAULT", "sderot-il", True)},
        id="relative-on-object"),
    pytest.param("""
    Avdiivka      PROPN  nsubj     lies                             [GPE]
    ,             PUNCT  punct     Avdiivka
    which         PRON   dobj      captured      tag=WDT
    Russia        PROPN  nsubj     captured                         [GPE russia#name]
    captured      VERB   relcl     Avdiivka      lemma=capture
    in            ADP    prep      captured
    February      PROPN  pobj      in
    ,             PUNCT  punct     Avdiivka
    lies          VERB   ROOT      lies          lemma=lie tag=VBZ
    in            ADP    prep      lies
    ruins         NOUN   pobj      in@2          lemma=ruin tag=NNS
    .             PUNCT  punct     lies
    """, {("russia", "ASSAULT", "avdiyivka-ua", True)}, id="object-relative"),
    # a relative clause after a coordination is about all of it
    pytest.param("""
    France        PROPN  nsubj     welcomed                         [GPE france#name]
    and           CCONJ  cc        France
    Germany       PROPN  conj      France                           [GPE germany#name]
    ,             PUNCT  punct     France
    which         PRON   nsubj     mediated      tag=WDT
    have          AUX    aux       mediated      tag=VBP
    mediated      VERB   relcl     France        lemma=mediate tag=VBN
    between       ADP    prep      mediated
    Russia        PROPN  pobj      between                          [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    ,             PUNCT  punct     France
    welcomed      VERB   ROOT      welcomed      lemma=welcome tag=VBD
    the           DET    det       exchange
    exchange      NOUN   dobj      welcomed
    .             PUNCT  punct     welcomed
    """, {("france", "MEDIATE", "russia", True), ("france", "MEDIATE", "ukraine", True),
          ("germany", "MEDIATE", "russia", True), ("germany", "MEDIATE", "ukraine", True)},
        id="which-after-a-coordination"),
]


@pytest.mark.parametrize("spec,expected", RELATIVE)
def test_relative_clause(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the model's attachments the rules repair ------------------------------------------------
# Unlike the tables above, these cases freeze the small model's own parse (checked by
# eye): they test the repairs of its typical mistakes, not what a correct parse gives.

REPAIRS = [
    # the parser hangs "urged" on the reported clause; a modal clause cannot share its
    # subject with a past-tense verb: the reporter urged
    pytest.param("""
    Lebanese      ADJ    amod      Minister                         [NORP lebanon#demonym]
    Prime         PROPN  compound  Minister
    Minister      PROPN  compound  Mikati
    Najib         PROPN  compound  Mikati                           [PERSON najib-mikati#name
    Mikati        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       army
    army          NOUN   nsubj     deploy
    would         AUX    aux       deploy        tag=MD
    deploy        VERB   ccomp     said          tag=VB
    troops        NOUN   dobj      deploy        lemma=troop tag=NNS
    and           CCONJ  cc        deploy
    urged         VERB   conj      deploy        lemma=urge tag=VBD
    Israel        PROPN  dobj      urged                            [GPE israel#name]
    to            PART   aux       respect
    respect       VERB   xcomp     urged         tag=VB
    the           DET    det       agreement
    agreement     NOUN   dobj      respect
    .             PUNCT  punct     said
    """, {("najib-mikati", "REQUEST", "israel", True)}, id="reporter-conjunct-after-modal-clause"),
    # a past perfect may go on in the past tense: the forces struck, not Hamas
    pytest.param("""
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say tag=VBD
    Israeli       ADJ    amod      forces                           [NORP israel#demonym]
    forces        NOUN   nsubj     entered       lemma=force tag=NNS
    had           AUX    aux       entered       lemma=have tag=VBD
    entered       VERB   ccomp     said          lemma=enter tag=VBN
    the           DET    det       camp
    camp          NOUN   dobj      entered
    and           CCONJ  cc        entered
    struck        VERB   conj      entered       lemma=strike tag=VBD
    Lebanon       PROPN  dobj      struck                           [GPE lebanon#name]
    .             PUNCT  punct     said
    """, {("israel", "ASSAULT", "lebanon", True)}, id="past-perfect-conjunct-keeps-its-subject"),
    # "accused X of V-ing": X is V's subject, whether "of" hangs on the verb or on X
    pytest.param("""
    Egypt         PROPN  nsubj     accused                          [GPE egypt#name]
    accused       VERB   ROOT      accused       lemma=accuse tag=VBD
    Israel        PROPN  dobj      accused                          [GPE israel#name]
    of            ADP    prep      accused
    bombing       VERB   pcomp     of            lemma=bomb tag=VBG
    Lebanon       PROPN  dobj      bombing                          [GPE lebanon#name]
    .             PUNCT  punct     accused
    """, {("egypt", "ACCUSE", "israel", True), ("israel", "ASSAULT", "lebanon", False)},
        id="accused-of-on-the-verb"),
    pytest.param("""
    Egypt         PROPN  nsubj     accused                          [GPE egypt#name]
    accused       VERB   ROOT      accused       lemma=accuse tag=VBD
    the           DET    det       army
    Israeli       ADJ    amod      army                             [NORP israel#demonym]
    army          NOUN   dobj      accused
    of            ADP    prep      army
    bombing       VERB   pcomp     of            lemma=bomb tag=VBG
    Lebanon       PROPN  dobj      bombing                          [GPE lebanon#name]
    .             PUNCT  punct     accused
    """, {("egypt", "ACCUSE", "israel-defense-forces", True), ("israel-defense-forces", "ASSAULT", "lebanon", False)},
        id="accused-of-on-the-object"),
    # a speech act conjoined to a past perfect reported clause is still the reporter's
    pytest.param("""
    Yahya         PROPN  compound  Saree                            [PERSON yahya-saree#name
    Saree         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       group
    group         NOUN   nsubj     targeted
    had           AUX    aux       targeted      lemma=have tag=VBD
    targeted      VERB   ccomp     said          lemma=target tag=VBN
    the           DET    det       tanker
    tanker        NOUN   dobj      targeted
    and           CCONJ  cc        targeted
    threatened    VERB   conj      targeted      lemma=threaten tag=VBD
    further       ADJ    amod      attacks
    attacks       NOUN   dobj      threatened    lemma=attack tag=NNS
    on            ADP    prep      attacks
    US            PROPN  nmod      ships                            [GPE united-states#alias]
    and           CCONJ  cc        US
    British       ADJ    conj      US                               [NORP united-kingdom#demonym]
    ships         NOUN   pobj      on            lemma=ship tag=NNS
    .             PUNCT  punct     said
    """, {("yahya-saree", "THREATEN", "united-states", True), ("yahya-saree", "THREATEN", "united-kingdom", True)},
        id="speech-act-conjunct-threatened-attacks-on"),
]


@pytest.mark.parametrize("spec,expected", REPAIRS)
def test_parser_repairs(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the functions, one by one --------------------------------------------------------------

def test_subjects_through_control_and_raising(kb):
    da, ds = reading("""
    Egypt         PROPN  nsubj     trying                           [GPE egypt#name]
    is            AUX    aux       trying        lemma=be
    trying        VERB   ROOT      trying        lemma=try tag=VBG
    to            PART   aux       broker
    broker        VERB   xcomp     trying        tag=VB
    a             DET    det       truce
    truce         NOUN   dobj      broker
    .             PUNCT  punct     trying
    Israel        PROPN  nsubjpass expected                         [GPE israel#name]
    is            AUX    auxpass   expected      lemma=be
    expected      VERB   ROOT      expected      lemma=expect tag=VBN
    to            PART   aux       meet
    meet          VERB   xcomp     expected      tag=VB
    .             PUNCT  punct     expected
    """, kb)
    assert subjects(token(da, "broker"), da, ds) == ["egypt"]
    assert subjects(token(da, "meet"), da, ds) == ["israel"]
    assert subjects(token(da, "expected"), da, ds) == []   # its own subject is passive: no agent


def test_object_control(kb):
    da, ds = reading("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    on            ADP    prep      called
    Israel        PROPN  pobj      on                               [GPE israel#name]
    to            PART   aux       halt
    halt          VERB   xcomp     called        tag=VB
    and           CCONJ  cc        called
    accused       VERB   conj      called        lemma=accuse
    Hamas         PROPN  dobj      accused                          [ORG hamas#name]
    of            ADP    prep      accused
    firing        VERB   pcomp     of            lemma=fire tag=VBG
    .             PUNCT  punct     called
    """, kb)
    words = kb.lexicon.words_of
    assert controllers(token(da, "halt"), words) == [token(da, "Israel")]
    assert controllers(token(da, "firing"), words) == [token(da, "Hamas")]
    assert controllers(token(da, "called"), words) == []
    assert subjects(token(da, "halt"), da, ds) == ["israel"]
    assert subjects(token(da, "firing"), da, ds) == ["hamas"]


def test_a_reporters_conjunct(kb):
    da, _ = reading("""
    Mikati        PROPN  nsubj     said                             [PERSON najib-mikati#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       army
    army          NOUN   nsubj     deploy
    would         AUX    aux       deploy        tag=MD
    deploy        VERB   ccomp     said          tag=VB
    and           CCONJ  cc        deploy
    urged         VERB   conj      deploy        lemma=urge tag=VBD
    calm          NOUN   dobj      urged
    .             PUNCT  punct     said
    """, kb)
    words = kb.lexicon.words_of
    assert reporter_conjunct(token(da, "urged"), words)
    assert not reporter_conjunct(token(da, "deploy"), words)
