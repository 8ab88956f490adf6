"""Rule tests for the threats a vow or a warning states (:mod:`kg.relations.threat`):
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


# whom a retaliation answers: the agent of the attack it is for, or of the attack clause it follows
THREATS += [
    pytest.param("""
    Syria         PROPN  nsubj     threatened                       [GPE syria#name]
    threatened    VERB   ROOT      threatened    lemma=threaten
    to            PART   aux       retaliate
    retaliate     VERB   xcomp     threatened    tag=VB
    for           ADP    prep      retaliate
    an            DET    det       strike
    Israeli       ADJ    amod      strike                           [NORP israel#demonym]
    air           NOUN   compound  strike
    strike        NOUN   pobj      for
    .             PUNCT  punct     threatened
    """, {("syria", "THREATEN", "israel", True), ("syria", "ASSAULT", "israel", False)},
        id="threatened-to-retaliate-for-xs-strike"),
    pytest.param("""
    Israel        PROPN  nsubj     pledged                          [GPE israel#name]
    pledged       VERB   ROOT      pledged       lemma=pledge
    to            PART   aux       retaliate
    retaliate     VERB   xcomp     pledged       tag=VB
    after         SCONJ  mark      launched
    Iran          PROPN  nsubj     launched                         [GPE iran#name]
    launched      VERB   advcl     pledged       lemma=launch
    missiles      NOUN   dobj      launched      lemma=missile tag=NNS
    .             PUNCT  punct     pledged
    """, {("israel", "THREATEN", "iran", True), ("israel", "ASSAULT", "iran", False)},
        id="pledged-to-retaliate-after-x-attacked"),
    pytest.param("""
    Syria         PROPN  nsubj     vowed                            [GPE syria#name]
    vowed         VERB   ROOT      vowed         lemma=vow
    retaliation   NOUN   dobj      vowed
    against       ADP    prep      retaliation
    Israeli       ADJ    amod      airstrikes                       [NORP israel#demonym]
    airstrikes    NOUN   pobj      against       lemma=airstrike tag=NNS
    .             PUNCT  punct     vowed
    """, {("syria", "THREATEN", "israel", True)}, id="vowed-retaliation-against-xs-strikes"),
    # a retaliation that answers no attack names no target
    pytest.param("""
    Syria         PROPN  nsubj     threatened                       [GPE syria#name]
    threatened    VERB   ROOT      threatened    lemma=threaten
    to            PART   aux       retaliate
    retaliate     VERB   xcomp     threatened    tag=VB
    for           ADP    prep      retaliate
    the           DET    det       insult
    insult        NOUN   pobj      for
    .             PUNCT  punct     threatened
    """, set(), id="retaliate-for-no-attack"),
]


@pytest.mark.parametrize("spec,expected", THREATS)
def test_threats_stated_by_a_vow_or_warning(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_the_threat_an_act_stands_under(kb):
    from kg.relations.threat import threat_head
    da, ds = reading(THREATS[0].values[0], kb)
    retaliate = token(da, "retaliate")
    frame = kb.lexicon.verbs["retaliate"][0]
    got = threat_head(retaliate, frame, da, ds)
    assert got is not None and got.verb == token(da, "vowed") and got.dep_ == "xcomp"
    assert threat_head(token(da, "vowed"), frame, da, ds) is None


def test_the_agent_a_retaliation_answers(kb):
    from kg.relations.threat import retaliation_targets
    da, ds = reading(THREATS[5].values[0], kb)
    assert retaliation_targets(token(da, "retaliate"), da, ds) == ["israel"]
    assert retaliation_targets(token(da, "threatened"), da, ds) == []     # no retaliation word


# a counter-attack with no object answers the last attack reported on its subject's side
COUNTERATTACKS = [
    pytest.param("""
    North          PROPN  compound   vessels        lemma=North tag=NNP      [NORP north-korea#demonym
    Korean         PROPN  compound   vessels        lemma=Korean tag=NNP     ]
    vessels        NOUN   nsubj      fired          lemma=vessel tag=NNS
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    on             ADP    prep       fired          tag=IN
    South          PROPN  compound   boat           lemma=South tag=NNP      [NORP south-korea#demonym
    Korean         PROPN  compound   boat           lemma=Korean tag=NNP     ]
    boat           NOUN   pobj       on             lemma=boat tag=NN
    .              PUNCT  punct      fired          tag=.
    The            DET    det        ships          tag=DT
    South          PROPN  compound   ships          lemma=South tag=NNP      [NORP south-korea#demonym
    Korean         PROPN  compound   ships          lemma=Korean tag=NNP     ]
    ships          NOUN   nsubj      returned       lemma=ship tag=NNS
    returned       VERB   ROOT       returned       lemma=return tag=VBD
    fire           NOUN   dobj       returned       lemma=fire tag=NN
    .              PUNCT  punct      returned       tag=.
    """, {("north-korea", "ASSAULT", "south-korea", True), ("south-korea", "ASSAULT", "north-korea", True)},
        id="x-fired-on-y-y-returned-fire"),
    pytest.param("""
    Pakistani      ADJ    amod       troops         lemma=Pakistani tag=JJ   [NORP pakistan#demonym]
    troops         NOUN   nsubj      fired          lemma=troop tag=NNS
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    at             ADP    prep       fired          tag=IN
    Indian         ADJ    amod       positions      lemma=Indian tag=JJ      [NORP india#demonym]
    positions      NOUN   pobj       at             lemma=position tag=NNS
    .              PUNCT  punct      fired          tag=.
    India          PROPN  nsubj      retaliated     lemma=India tag=NNP      [GPE india#name]
    retaliated     VERB   ROOT       retaliated     lemma=retaliate tag=VBD
    .              PUNCT  punct      retaliated     tag=.
    """, {("pakistan", "ASSAULT", "india", True), ("india", "ASSAULT", "pakistan", True)},
        id="x-fired-at-y-y-retaliated"),
    # an army answers the attacks on its state
    pytest.param("""
    India          PROPN  nsubj      fired          lemma=India tag=NNP      [GPE india#name]
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    at             ADP    prep       fired          tag=IN
    Pakistani      ADJ    amod       positions      lemma=Pakistani tag=JJ   [NORP pakistan#demonym]
    positions      NOUN   pobj       at             lemma=position tag=NNS
    .              PUNCT  punct      fired          tag=.
    The            DET    det        Army           tag=DT
    Pakistan       PROPN  compound   Army           lemma=Pakistan tag=NNP   [ORG pakistan-army#name
    Army           PROPN  nsubj      hit            lemma=Army tag=NNP       ]
    hit            VERB   ROOT       hit            lemma=hit tag=VBD
    back           ADV    advmod     hit            tag=RB
    .              PUNCT  punct      hit            tag=.
    """, {("india", "ASSAULT", "pakistan", True), ("pakistan-army", "ASSAULT", "india", True)},
        id="x-fired-at-y-ys-army-hit-back"),
    # an attack noun its agent responded with
    pytest.param("""
    Hamas          PROPN  nsubj      fired          lemma=Hamas tag=NNP      [ORG hamas#name]
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    rockets        NOUN   dobj       fired          lemma=rocket tag=NNS
    at             ADP    prep       fired          tag=IN
    Israel         PROPN  pobj       at             lemma=Israel tag=NNP     [GPE israel#name]
    .              PUNCT  punct      fired          tag=.
    Israel         PROPN  nsubj      responded      lemma=Israel tag=NNP     [GPE israel#name]
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    with           ADP    prep       responded      tag=IN
    artillery      NOUN   compound   fire           lemma=artillery tag=NN
    fire           NOUN   pobj       with           lemma=fire tag=NN
    .              PUNCT  punct      responded      tag=.
    """, {("hamas", "ASSAULT", "israel", True), ("israel", "ASSAULT", "hamas", True)},
        id="x-fired-at-y-y-responded-with-fire"),
    # responding with words is no attack
    pytest.param("""
    Hamas          PROPN  nsubj      fired          lemma=Hamas tag=NNP      [ORG hamas#name]
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    rockets        NOUN   dobj       fired          lemma=rocket tag=NNS
    at             ADP    prep       fired          tag=IN
    Israel         PROPN  pobj       at             lemma=Israel tag=NNP     [GPE israel#name]
    .              PUNCT  punct      fired          tag=.
    Israel         PROPN  nsubj      responded      lemma=Israel tag=NNP     [GPE israel#name]
    responded      VERB   ROOT       responded      lemma=respond tag=VBD
    with           ADP    prep       responded      tag=IN
    a              DET    det        statement      tag=DT
    statement      NOUN   pobj       with           lemma=statement tag=NN
    .              PUNCT  punct      responded      tag=.
    """, {("hamas", "ASSAULT", "israel", True)}, id="y-responded-with-a-statement"),
    # the last attack was on someone else's side: whom the counter-attack answers is unknown
    pytest.param("""
    Russia         PROPN  nsubj      struck         lemma=Russia tag=NNP     [GPE russia#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Ukraine        PROPN  dobj       struck         lemma=Ukraine tag=NNP    [GPE ukraine#name]
    .              PUNCT  punct      struck         tag=.
    Israel         PROPN  nsubj      retaliated     lemma=Israel tag=NNP     [GPE israel#name]
    retaliated     VERB   ROOT       retaliated     lemma=retaliate tag=VBD
    .              PUNCT  punct      retaliated     tag=.
    """, {("russia", "ASSAULT", "ukraine", True)}, id="retaliated-after-an-attack-on-another"),
]


@pytest.mark.parametrize("spec,expected", COUNTERATTACKS)
def test_counterattacks_answer_the_last_attack_on_their_side(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_the_camp_of_a_body_is_its_state(kb):
    from kg.relations.threat import camp
    da, _ = reading(COUNTERATTACKS[1].values[0], kb)
    assert camp("india", da) == ["india"]
    assert camp("pakistan-army", da) == ["pakistan-army", "pakistan-armed-forces", "pakistan"]


CONDITIONAL = [
    pytest.param("""
    Iran          PROPN  nsubj     threatened                       [GPE iran#name]
    threatened    VERB   ROOT      threatened    lemma=threaten
    to            PART   aux       close
    close         VERB   xcomp     threatened    tag=VB
    the           DET    det       border
    border        NOUN   dobj      close
    if            SCONJ  mark      attacked
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  nsubj     attacked                         ]
    attacked      VERB   advcl     close         lemma=attack
    .             PUNCT  punct     threatened
    """, {("iran", "THREATEN", "united-states", True)}, id="threatened-to-x-if-y-attacked"),
    pytest.param("""
    Hamas         PROPN  nsubj     warned                           [ORG hamas#name]
    warned        VERB   ROOT      warned        lemma=warn
    it            PRON   nsubj     resume
    would         AUX    aux       resume        tag=MD
    resume        VERB   ccomp     warned        tag=VB
    operations    NOUN   dobj      resume        lemma=operation tag=NNS
    if            SCONJ  mark      attacked
    Israeli       ADJ    amod      forces                           [NORP israel#demonym]
    forces        NOUN   nsubj     attacked      lemma=force tag=NNS
    attacked      VERB   advcl     resume        lemma=attack
    .             PUNCT  punct     warned
    """, {("hamas", "THREATEN", "israel", True)}, id="warned-it-would-x-if-y-attacked"),
    pytest.param("""
    Russia        PROPN  nsubj     threatened                       [GPE russia#name]
    threatened    VERB   ROOT      threatened    lemma=threaten
    harsh         ADJ    amod      reaction
    reaction      NOUN   dobj      threatened
    if            SCONJ  mark      comply
    the           DET    det       Ukrainians
    Ukrainians    PROPN  nsubj     comply                           [NORP ukraine#demonym]
    do            AUX    aux       comply
    n't           PART   neg       comply
    comply        VERB   advcl     threatened    tag=VB
    .             PUNCT  punct     threatened
    """, {("russia", "THREATEN", "ukraine", True)}, id="threatened-x-if-y-does-not-comply"),
    # any hostile deed of another will be answered
    pytest.param("""
    Iran          PROPN  nsubj     warned                           [GPE iran#name]
    warned        VERB   ROOT      warned        lemma=warn
    that          SCONJ  mark      met
    any           DET    det       aggression
    Israeli       ADJ    amod      aggression                       [NORP israel#demonym]
    aggression    NOUN   nsubjpass met
    will          AUX    aux       met           tag=MD
    be            AUX    auxpass   met           tag=VB
    met           VERB   ccomp     warned        lemma=meet tag=VBN
    with          ADP    prep      met
    a             DET    det       response
    response      NOUN   pobj      with
    .             PUNCT  punct     warned
    """, {("iran", "THREATEN", "israel", True)}, id="warned-any-x-aggression-will-be-met"),
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    any           DET    det       attack
    Israeli       ADJ    amod      attack                           [NORP israel#demonym]
    attack        NOUN   nsubj     be
    on            ADP    prep      attack
    Rafah         PROPN  pobj      on                               [GPE rafah#name]
    would         AUX    aux       be            tag=MD
    be            AUX    ccomp     said          tag=VB
    a             DET    det       disaster
    disaster      NOUN   attr      be
    .             PUNCT  punct     said
    """, set(), id="said-any-x-attack-would-be-a-disaster"),
    # a conditional offer said, not a threat; another's act foretold
    pytest.param("""
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     free
    would         AUX    aux       free          tag=MD
    free          VERB   ccomp     said          tag=VB
    the           DET    det       hostages
    hostages      NOUN   dobj      free          lemma=hostage tag=NNS
    if            SCONJ  mark      agreed
    Israel        PROPN  nsubj     agreed                           [GPE israel#name]
    agreed        VERB   advcl     free          lemma=agree
    .             PUNCT  punct     said
    """, set(), id="said-it-would-free-hostages-if"),
    pytest.param("""
    Sudan         PROPN  nsubj     warned                           [GPE sudan#name]
    warned        VERB   ROOT      warned        lemma=warn
    it            PRON   nsubj     run
    would         AUX    aux       run           tag=MD
    run           VERB   ccomp     warned        tag=VB
    out           ADP    prt       run
    of            ADP    prep      run
    fuel          NOUN   pobj      of
    if            SCONJ  mark      allow
    Egypt         PROPN  nsubj     allow                            [GPE egypt#name]
    did           AUX    aux       allow         lemma=do
    not           PART   neg       allow
    allow         VERB   advcl     run           tag=VB
    convoys       NOUN   dobj      allow         lemma=convoy tag=NNS
    .             PUNCT  punct     warned
    """, set(), id="warned-it-would-run-out-if-y-did-not-allow"),
    pytest.param("""
    Russia        PROPN  nsubj     warned                           [GPE russia#name]
    warned        VERB   ROOT      warned        lemma=warn
    prices        NOUN   nsubj     rise          lemma=price tag=NNS
    would         AUX    aux       rise          tag=MD
    rise          VERB   ccomp     warned        tag=VB
    if            SCONJ  mark      imposed
    Turkey        PROPN  nsubj     imposed                          [GPE turkey#name]
    imposed       VERB   advcl     rise          lemma=impose
    tariffs       NOUN   dobj      imposed       lemma=tariff tag=NNS
    .             PUNCT  punct     warned
    """, set(), id="warned-prices-would-rise-if"),
]


@pytest.mark.parametrize("spec,expected", CONDITIONAL)
def test_threat_conditioned_on_anothers_act(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "THREATEN"} == expected


def test_condition_subjects(kb):
    from kg.relations.threat import condition_subjects, threatened_acts
    da, ds = reading(CONDITIONAL[0].values[0], kb)
    v = token(da, "threatened")
    assert threatened_acts(v, da, ds) == [token(da, "close")]
    assert condition_subjects(v, token(da, "close"), da, ds) == ["united-states"]


def test_an_act_whose_hostile_frame_needs_other_words_is_no_threat(kb):
    """"said he would step down if ...": "step" is hostile only in "step up covert operations"
    (a frame whose parts do not stand with "step down"); the condition's subject is not threatened."""
    got = events(relations("""
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     step
    would         AUX    aux       step
    step          VERB   ccomp     said          tag=VB
    down          ADP    prt       step
    if            SCONJ  mark      agreed
    Israel        PROPN  nsubj     agreed                           [GPE israel#name]
    agreed        VERB   advcl     step          lemma=agree
    .             PUNCT  punct     said
    """, kb))
    assert ("hamas", "THREATEN", "israel", True) not in got, got
