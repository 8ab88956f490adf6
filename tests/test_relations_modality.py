"""Tests for :mod:`kg.relations.modality`: negated, hypothetical, future, demanded and alleged
events, and the source of a reported one (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events_modality, events_source, reading, relations, token, unasserted

from kg.relations.modality import modality, source

# -- modality: negated, hypothetical, future, demanded ------------------------------------------
# tuples: (subject, predicate, object, asserted, modality). The negation, hypothetical and
# future tables compare the events the text does not assert (what else a sentence gives,
# such as the REJECT of "refused to meet", is the frame tables' business); the demanded
# table compares all events, the demand itself included.

NEGATION = [
    pytest.param("""
    Israel        PROPN  nsubj     attack                           [GPE israel#name]
    did           AUX    aux       attack        lemma=do tag=VBD
    not           PART   neg       attack        tag=RB
    attack        VERB   ROOT      attack        tag=VB
    Rafah         PROPN  dobj      attack                           [GPE]
    .             PUNCT  punct     attack
    """, {("israel", "ASSAULT", "rafah-ps", False, "negated")}, id="did-not-attack"),
    pytest.param("""
    The           DET    det       RSF
    RSF           PROPN  nsubj     attack                           [ORG rapid-support-forces#alias]
    did           AUX    aux       attack        lemma=do tag=VBD
    not           PART   neg       attack        tag=RB
    attack        VERB   ROOT      attack        tag=VB
    Omdurman      PROPN  dobj      attack                           [GPE]
    .             PUNCT  punct     attack
    """, {("rapid-support-forces", "ASSAULT", "omdurman-sd", False, "negated")}, id="rsf-did-not-attack"),
    pytest.param("""
    Hamas         PROPN  nsubj     refused                          [ORG hamas#name]
    refused       VERB   ROOT      refused       lemma=refuse
    to            PART   aux       meet
    meet          VERB   xcomp     refused       tag=VB
    Blinken       PROPN  dobj      meet                             [PERSON antony-blinken#alias]
    .             PUNCT  punct     refused
    """, {("hamas", "CONSULT", "antony-blinken", False, "negated")}, id="refused-to-meet"),
    pytest.param("""
    Azerbaijan    PROPN  nsubj     refused                          [GPE azerbaijan#name]
    refused       VERB   ROOT      refused       lemma=refuse
    to            PART   aux       withdraw
    withdraw      VERB   xcomp     refused       tag=VB
    from          ADP    prep      withdraw
    Nagorno       PROPN  compound  Karabakh                         [LOC nagorno-karabakh#name
    -             PUNCT  punct     Karabakh      tag=HYPH
    Karabakh      PROPN  pobj      from                             ]
    .             PUNCT  punct     refused
    """, {("azerbaijan", "RETREAT", "nagorno-karabakh", False, "negated")}, id="refused-to-withdraw"),
    pytest.param("""
    Russia        PROPN  nsubj     denied                           [GPE russia#name]
    denied        VERB   ROOT      denied        lemma=deny
    shelling      VERB   xcomp     denied        lemma=shell tag=VBG
    Kharkiv       PROPN  dobj      shelling                         [GPE]
    .             PUNCT  punct     denied
    """, {("russia", "ASSAULT", "kharkiv-ua", False, "negated")}, id="denied-shelling"),
]


@pytest.mark.parametrize("spec,expected", NEGATION)
def test_negation(kb, spec, expected):
    assert unasserted(relations(spec, kb)) == expected


HYPOTHETICAL = [
    pytest.param("""
    Israel        PROPN  nsubj     attack                           [GPE israel#name]
    would         AUX    aux       attack        tag=MD
    attack        VERB   ROOT      attack        tag=VB
    Rafah         PROPN  dobj      attack                           [GPE]
    .             PUNCT  punct     attack
    """, {("israel", "ASSAULT", "rafah-ps", False, "hypothetical")}, id="would-attack"),
    pytest.param("""
    Iran          PROPN  nsubj     strike                           [GPE iran#name]
    could         AUX    aux       strike        tag=MD
    strike        VERB   ROOT      strike        tag=VB
    Israel        PROPN  dobj      strike                           [GPE israel#name]
    .             PUNCT  punct     strike
    """, {("iran", "ASSAULT", "israel", False, "hypothetical")}, id="could-strike"),
    pytest.param("""
    Hezbollah     PROPN  nsubj     attack                           [ORG hezbollah#name]
    might         AUX    aux       attack        tag=MD
    attack        VERB   ROOT      attack        tag=VB
    Haifa         PROPN  dobj      attack                           [GPE]
    .             PUNCT  punct     attack
    """, {("hezbollah", "ASSAULT", "haifa-il", False, "hypothetical")}, id="might-attack"),
    # a condition is hypothetical; the consequence is future
    pytest.param("""
    Israel        PROPN  nsubj     invade                           [GPE israel#name]
    will          AUX    aux       invade        tag=MD
    invade        VERB   ROOT      invade        tag=VB
    Rafah         PROPN  dobj      invade                           [GPE]
    if            SCONJ  mark      attacks
    Hamas         PROPN  nsubj     attacks                          [ORG hamas#name]
    attacks       VERB   advcl     invade        lemma=attack tag=VBZ
    Sderot        PROPN  dobj      attacks                          [GPE]
    .             PUNCT  punct     invade
    """, {("israel", "ASSAULT", "rafah-ps", False, "future"),
          ("hamas", "ASSAULT", "sderot-il", False, "hypothetical")}, id="if-clause"),
    # a purpose infinitive is no more asserted than the modal verb it depends on
    pytest.param("""
    Sudan         PROPN  nsubj     accept                           [GPE sudan#name]
    might         AUX    aux       accept        tag=MD
    accept        VERB   ROOT      accept        tag=VB
    troops        NOUN   dobj      accept        lemma=troop tag=NNS
    to            PART   aux       attack
    attack        VERB   advcl     accept        tag=VB
    Hamas         PROPN  dobj      attack                           [ORG hamas#name]
    .             PUNCT  punct     accept
    """, {("sudan", "ASSAULT", "hamas", False, "hypothetical")}, id="might-accept-troops-to-attack"),
    # an event noun is no more asserted than the modal verb it is the object of
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Israel        PROPN  nsubj     hold                             [GPE israel#name]
    would         AUX    aux       hold          tag=MD
    hold          VERB   ccomp     said          tag=VB
    a             DET    det       attack
    military      ADJ    amod      attack
    attack        NOUN   dobj      hold
    on            ADP    prep      attack
    Hamas         PROPN  pobj      on                               [ORG hamas#name]
    .             PUNCT  punct     said
    """, {("israel", "ASSAULT", "hamas", False, "hypothetical")}, id="would-hold-an-attack-noun"),
    # an event noun said to take place is no more asserted than its verb ("a summit could take place")
    pytest.param("""
    a             DET    det       summit
    summit        NOUN   nsubj     take
    between       ADP    prep      summit
    Iran          PROPN  pobj      between                          [GPE iran#name]
    and           CCONJ  cc        Iran
    Egypt         PROPN  conj      Iran                             [GPE egypt#name]
    could         AUX    aux       take          tag=MD
    take          VERB   ROOT      take          tag=VB
    place         NOUN   dobj      take
    soon          ADV    advmod    take
    .             PUNCT  punct     take
    """, {("iran", "CONSULT", "egypt", False, "hypothetical")}, id="a-summit-could-take-place"),
]


@pytest.mark.parametrize("spec,expected", HYPOTHETICAL)
def test_hypothetical(kb, spec, expected):
    assert unasserted(relations(spec, kb)) == expected


FUTURE = [
    pytest.param("""
    Blinken       PROPN  nsubj     meet                             [PERSON antony-blinken#alias]
    will          AUX    aux       meet          tag=MD
    meet          VERB   ROOT      meet          tag=VB
    Netanyahu     PROPN  dobj      meet                             [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     meet
    """, {("antony-blinken", "CONSULT", "benjamin-netanyahu", False, "future")}, id="will-meet"),
    pytest.param("""
    Modi          PROPN  nsubj     plans                            [PERSON narendra-modi#alias]
    plans         VERB   ROOT      plans         lemma=plan tag=VBZ
    to            PART   aux       visit
    visit         VERB   xcomp     plans         tag=VB
    Ukraine       PROPN  dobj      visit                            [GPE ukraine#name]
    .             PUNCT  punct     plans
    """, {("narendra-modi", "CONSULT", "ukraine", False, "future")}, id="plans-to-visit"),
    pytest.param("""
    Zelensky      PROPN  nsubjpass expected                         [PERSON volodymyr-zelensky#alias]
    is            AUX    auxpass   expected      lemma=be
    expected      VERB   ROOT      expected      lemma=expect tag=VBN
    to            PART   aux       meet
    meet          VERB   xcomp     expected      tag=VB
    Biden         PROPN  dobj      meet                             [PERSON joe-biden#alias]
    .             PUNCT  punct     expected
    """, {("volodymyr-zelensky", "CONSULT", "joe-biden", False, "future")}, id="is-expected-to-meet"),
    pytest.param("""
    Maduro        PROPN  nsubj     is                               [PERSON]
    is            AUX    ROOT      is            lemma=be tag=VBZ
    to            PART   aux       meet
    meet          VERB   xcomp     is            tag=VB
    Holguin       PROPN  dobj      meet                             [PERSON]
    .             PUNCT  punct     is
    """, {("maduro", "CONSULT", "holguin", False, "future")}, id="is-to-meet"),
    # the parser makes a noun's infinitive a relative clause
    pytest.param("""
    The           DET    det       army
    army          NOUN   nsubj     set
    of            ADP    prep      army
    Israel        PROPN  pobj      of                               [GPE israel#name]
    has           AUX    aux       set
    set           VERB   ROOT      set           tag=VBN
    a             DET    det       deadline
    deadline      NOUN   dobj      set
    to            PART   aux       destroy
    destroy       VERB   relcl     deadline      tag=VB
    Hamas         PROPN  dobj      destroy                          [ORG hamas#name]
    .             PUNCT  punct     set
    """, {("israel", "ASSAULT", "hamas", False, "future")}, id="deadline-to-destroy"),
    # a role the subject will take is no more asserted than its verb
    pytest.param("""
    Egypt         PROPN  nsubj     act                              [GPE egypt#name]
    will          AUX    aux       act           tag=MD
    act           VERB   ROOT      act           tag=VB
    as            ADP    prep      act
    a             DET    det       mediator
    mediator      NOUN   pobj      as
    between       ADP    prep      mediator
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    .             PUNCT  punct     act
    """, {("egypt", "MEDIATE", "israel", False, "future"), ("egypt", "MEDIATE", "hamas", False, "future")},
        id="will-act-as-a-mediator"),
]


@pytest.mark.parametrize("spec,expected", FUTURE)
def test_future(kb, spec, expected):
    assert unasserted(relations(spec, kb)) == expected


# the demand is a REQUEST that happened; the demanded event did not (yet)
DEMANDED = [
    pytest.param("""
    The           DET    det       US
    US            PROPN  nsubj     urged                            [GPE united-states#alias]
    urged         VERB   ROOT      urged         lemma=urge
    Israel        PROPN  dobj      urged                            [GPE israel#name]
    to            PART   aux       withdraw
    withdraw      VERB   xcomp     urged         tag=VB
    from          ADP    prep      withdraw
    Rafah         PROPN  pobj      from                             [GPE]
    .             PUNCT  punct     urged
    """, {("united-states", "REQUEST", "israel", True, "asserted"),
          ("israel", "RETREAT", "rafah-ps", False, "demanded")}, id="urged-to-withdraw"),
    pytest.param("""
    The           DET    det       UN
    UN            PROPN  nsubj     called                           [ORG united-nations#alias]
    called        VERB   ROOT      called        lemma=call
    on            ADP    prep      called
    Russia        PROPN  pobj      on                               [GPE russia#name]
    to            PART   aux       withdraw
    withdraw      VERB   xcomp     called        tag=VB
    from          ADP    prep      withdraw
    Ukraine       PROPN  pobj      from                             [GPE ukraine#name]
    .             PUNCT  punct     called
    """, {("united-nations", "REQUEST", "russia", True, "asserted"),
          ("russia", "RETREAT", "ukraine", False, "demanded")}, id="called-on-to-withdraw"),
    pytest.param("""
    Biden         PROPN  nsubj     pressed                          [PERSON joe-biden#alias]
    pressed       VERB   ROOT      pressed       lemma=press
    Netanyahu     PROPN  dobj      pressed                          [PERSON benjamin-netanyahu#alias]
    to            PART   aux       meet
    meet          VERB   xcomp     pressed       tag=VB
    Abbas         PROPN  dobj      meet                             [PERSON]
    .             PUNCT  punct     pressed
    """, {("joe-biden", "REQUEST", "benjamin-netanyahu", True, "asserted"),
          ("benjamin-netanyahu", "CONSULT", "abbas", False, "demanded")}, id="pressed-to-meet"),
    # a demand addressed to the subject of a "that" clause
    pytest.param("""
    Ukraine       PROPN  nsubj     demanded                         [GPE ukraine#name]
    demanded      VERB   ROOT      demanded      lemma=demand
    that          SCONJ  mark      withdraw
    Russia        PROPN  nsubj     withdraw                         [GPE russia#name]
    withdraw      VERB   ccomp     demanded      tag=VB
    from          ADP    prep      withdraw
    Kherson       PROPN  pobj      from                             [GPE]
    .             PUNCT  punct     demanded
    """, {("ukraine", "REQUEST", "russia", True, "asserted"),
          ("russia", "RETREAT", "kherson-ua", False, "demanded")}, id="demanded-that"),
]


@pytest.mark.parametrize("spec,expected", DEMANDED)
def test_demanded(kb, spec, expected):
    assert events_modality(relations(spec, kb)) == expected


def test_called_for_x_to_act_is_demanded(kb):
    # "called for Israel to attack Hamas" (``demand_object``'s "call for" before an infinitive
    # clause): the attack is asked for, not done
    assert unasserted(relations("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           SCONJ  mark      attack
    Israel        PROPN  nsubj     attack                           [GPE israel#name]
    to            PART   aux       attack
    attack        VERB   advcl     called        tag=VB
    Hamas         PROPN  dobj      attack                           [ORG hamas#name]
    .             PUNCT  punct     called
    """, kb)) == {("israel", "ASSAULT", "hamas", False, "demanded")}


# -- reported speech: the source ---------------------------------------------------------
# tuples: (subject, predicate, object, source)

SOURCE = [
    pytest.param("""
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ccomp     said          lemma=attack
    Sderot        PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     said
    """, {("hamas", "ASSAULT", "sderot-il", "israel")}, id="x-said-y-attacked"),
    pytest.param("""
    Ukraine       PROPN  nsubj     said                             [GPE ukraine#name]
    said          VERB   ROOT      said          lemma=say
    Russia        PROPN  nsubj     shelled                          [GPE russia#name]
    shelled       VERB   ccomp     said          lemma=shell
    Kherson       PROPN  dobj      shelled                          [GPE]
    .             PUNCT  punct     said
    """, {("russia", "ASSAULT", "kherson-ua", "ukraine")}, id="ukraine-said-russia-shelled"),
    pytest.param("""
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ccomp     said          lemma=attack
    Sderot        PROPN  dobj      attacked                         [GPE]
    ,             PUNCT  punct     said
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {("hamas", "ASSAULT", "sderot-il", "israel")}, id="trailing-x-said"),
    pytest.param("""
    Reuters       PROPN  nsubj     reported                         [ORG reuters#name]
    reported      VERB   ROOT      reported      lemma=report
    that          SCONJ  mark      attacked
    the           DET    det       RSF
    RSF           PROPN  nsubj     attacked                         [ORG rapid-support-forces#alias]
    attacked      VERB   ccomp     reported      lemma=attack
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  dobj      attacked                         ]
    .             PUNCT  punct     reported
    """, {("rapid-support-forces", "ASSAULT", "el-fasher-sd", "reuters")}, id="agency-reported"),
    pytest.param("""
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Sderot        PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
    """, {("hamas", "ASSAULT", "sderot-il", None)}, id="no-source"),
]


@pytest.mark.parametrize("spec,expected", SOURCE)
def test_reported_source(kb, spec, expected):
    assert events_source(relations(spec, kb)) == expected


# -- the functions, one by one --------------------------------------------------------------

MODES = """
    There         PRON   expl      were          tag=EX
    were          VERB   ROOT      were          lemma=be tag=VBD
    no            DET    det       talks
    talks         NOUN   attr      were          lemma=talk tag=NNS
    .             PUNCT  punct     were
    Egypt         PROPN  nsubj     demanded                         [GPE egypt#name]
    demanded      VERB   ROOT      demanded      lemma=demand
    that          SCONJ  mark      withdraw
    Israel        PROPN  nsubj     withdraw                         [GPE israel#name]
    withdraw      VERB   ccomp     demanded      tag=VB
    .             PUNCT  punct     demanded
    Qatar         PROPN  nsubj     accused                          [GPE qatar#name]
    accused       VERB   ROOT      accused       lemma=accuse
    Hamas         PROPN  dobj      accused                          [ORG hamas#name]
    of            ADP    prep      accused
    firing        VERB   pcomp     of            lemma=fire tag=VBG
    .             PUNCT  punct     accused
    Qatar         PROPN  nsubj     said                             [GPE qatar#name]
    said          VERB   ROOT      said          lemma=say
    Israel        PROPN  nsubj     strike                           [GPE israel#name]
    will          AUX    aux       strike        tag=MD
    strike        VERB   ccomp     said          tag=VB
    .             PUNCT  punct     said
    """


@pytest.mark.parametrize("word, expected", [
    pytest.param("talks", "negated", id="no-talks"),
    pytest.param("withdraw", "demanded", id="demanded-that"),
    pytest.param("firing", "alleged", id="accused-of"),
    pytest.param("strike", "future", id="will"),
    pytest.param("accused", "asserted", id="asserted"),
])
def test_the_modality_of_a_trigger(kb, word, expected):
    da, _ = reading(MODES, kb)
    assert modality(token(da, word), kb.lexicon.words_of) == expected


def test_the_source_is_the_reporting_verbs_subject(kb):
    da, ds = reading(MODES, kb)
    assert source(token(da, "strike"), da, ds) == "qatar"
    assert source(token(da, "withdraw"), da, ds) is None   # "demanded" reports nothing


def test_pressure_on_x_to_act_is_xs_demanded_act(kb):
    # "Egypt applied pressure on Israel to meet Hamas" (round 10, K10b): the infinitive of a noun
    # is done by whom the noun's "on" names (``object_control_prep``), and only demanded
    # (``demand``: "pressure"), not Egypt's
    got = events_modality(relations("""
    Egypt         PROPN  nsubj     applied                          [GPE egypt#name]
    applied       VERB   ROOT      applied       lemma=apply
    pressure      NOUN   dobj      applied       lemma=pressure
    on            ADP    prep      pressure
    Israel        PROPN  pobj      on                               [GPE israel#name]
    to            PART   aux       meet
    meet          VERB   acl       pressure      tag=VB lemma=meet
    Hamas         PROPN  dobj      meet                             [ORG hamas#name]
    .             PUNCT  punct     applied
    """, kb))
    assert ("israel", "CONSULT", "hamas", False, "demanded") in got, got
    assert not any(s == "egypt" and p == "CONSULT" for s, p, *_ in got), got


def test_a_call_on_x_to_act_is_xs_demanded_act(kb):
    # "The UN renewed its call on Russia to withdraw from Ukraine": Russia's withdrawal, demanded
    got = events_modality(relations("""
    The           DET    det       UN
    UN            PROPN  nsubj     renewed                          [ORG united-nations#alias]
    renewed       VERB   ROOT      renewed       lemma=renew
    its           PRON   poss      call          tag=PRP$
    call          NOUN   dobj      renewed       lemma=call
    on            ADP    prep      call
    Russia        PROPN  pobj      on                               [GPE russia#name]
    to            PART   aux       withdraw
    withdraw      VERB   acl       call          tag=VB lemma=withdraw
    from          ADP    prep      withdraw
    Ukraine       PROPN  pobj      from                             [GPE ukraine#name]
    .             PUNCT  punct     renewed
    """, kb))
    assert ("russia", "RETREAT", "ukraine", False, "demanded") in got, got
