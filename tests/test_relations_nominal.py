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


# -- symmetric event nouns: one relation per pair of parties, the first named as subject -----

SYMMETRIC = [
    pytest.param("""
    Iran          PROPN  nsubj     launched                         [GPE iran#name]
    launched      VERB   ROOT      launched      lemma=launch
    missiles      NOUN   dobj      launched      lemma=missile tag=NNS
    amid          ADP    prep      launched
    the           DET    det       war
    Israel        PROPN  compound  Hamas                            [GPE israel#name]
    -             PUNCT  punct     Hamas         tag=HYPH
    Hamas         PROPN  compound  war                              [ORG hamas#name]
    war           NOUN   pobj      amid
    .             PUNCT  punct     launched
    """, {("israel", "ASSAULT", "hamas", True)}, id="hyphen-joined-parties"),
    pytest.param("""
    The           DET    det       meeting
    previous      ADJ    amod      meeting
    meeting       NOUN   nsubj     took
    of            ADP    prep      meeting
    Netanyahu     PROPN  pobj      of                               [PERSON benjamin-netanyahu#alias]
    and           CCONJ  cc        Netanyahu
    Blinken       PROPN  conj      Netanyahu                        [PERSON antony-blinken#alias]
    took          VERB   ROOT      took          lemma=take
    place         NOUN   dobj      took
    in            ADP    prep      took
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     took
    """, {("benjamin-netanyahu", "CONSULT", "antony-blinken", True)}, id="meeting-of-x-and-y"),
    pytest.param("""
    a             DET    det       war
    war           NOUN   nsubj     killed
    between       ADP    prep      war
    Azerbaijan    PROPN  pobj      between                          [GPE azerbaijan#name]
    and           CCONJ  cc        Azerbaijan
    Armenia       PROPN  conj      Azerbaijan                       [GPE armenia#name]
    killed        VERB   ROOT      killed        lemma=kill
    thousands     NOUN   dobj      killed        tag=NNS
    .             PUNCT  punct     killed
    """, {("azerbaijan", "ASSAULT", "armenia", True)}, id="war-between"),
    # the parties "between" are the meeting's, not the subject of the verb it hangs on
    pytest.param("""
    Following     VERB   prep      announced     lemma=follow tag=VBG
    a             DET    det       meeting
    meeting       NOUN   pobj      Following
    between       ADP    prep      meeting
    Netanyahu     PROPN  pobj      between                          [PERSON benjamin-netanyahu#alias]
    and           CCONJ  cc        Netanyahu
    Lavrov        PROPN  conj      Netanyahu                        [PERSON sergei-lavrov#alias]
    ,             PUNCT  punct     announced
    Blinken       PROPN  nsubj     announced                        [PERSON antony-blinken#alias]
    announced     VERB   ROOT      announced     lemma=announce
    a             DET    det       deal
    deal          NOUN   dobj      announced
    .             PUNCT  punct     announced
    """, {("benjamin-netanyahu", "CONSULT", "sergei-lavrov", True)}, id="meeting-between-not-the-announcer"),
    # a light verb's plural subject: every pair of a list of three
    pytest.param("""
    Qatar         PROPN  nsubj     commenced                        [GPE qatar#name]
    ,             PUNCT  punct     Qatar
    Iran          PROPN  conj      Qatar                            [GPE iran#name]
    and           CCONJ  cc        Iran
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  conj      Iran                             ]
    commenced     VERB   ROOT      commenced     lemma=commence
    a             DET    det       process
    process       NOUN   dobj      commenced
    of            ADP    prep      process
    dialogue      NOUN   pobj      of
    and           CCONJ  cc        dialogue
    negotiations  NOUN   conj      dialogue      lemma=negotiation tag=NNS
    .             PUNCT  punct     commenced
    """, {("qatar", "CONSULT", "iran", True), ("qatar", "CONSULT", "united-states", True),
          ("iran", "CONSULT", "united-states", True)}, id="light-verb-three-parties"),
    # meeting amid a war says nothing of who fights whom
    pytest.param("""
    Israel        PROPN  nsubj     met                              [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    met           VERB   ROOT      met           lemma=meet
    amid          ADP    prep      met
    the           DET    det       war
    war           NOUN   pobj      amid
    .             PUNCT  punct     met
    """, {("israel", "CONSULT", "hamas", True)}, id="met-amid-the-war-no-assault"),
    # "conflict" and "contact" name what their parties do to each other, as "war" and "talks"
    pytest.param("""
    The           DET    det       conflict
    Armenia       PROPN  compound  Azerbaijan                       [GPE armenia#name]
    -             PUNCT  punct     Azerbaijan    tag=HYPH
    Azerbaijan    PROPN  compound  conflict                         [GPE azerbaijan#name]
    conflict      NOUN   nsubj     broke
    broke         VERB   ROOT      broke         lemma=break
    out           ADP    prt       broke
    .             PUNCT  punct     broke
    """, {("armenia", "ASSAULT", "azerbaijan", True)}, id="the-x-y-conflict"),
    pytest.param("""
    It            PRON   nsubj     was
    was           AUX    ROOT      was           lemma=be
    the           DET    det       contact
    first         ADJ    amod      contact
    contact       NOUN   attr      was
    between       ADP    prep      contact
    Armenia       PROPN  pobj      between                          [GPE armenia#name]
    and           CCONJ  cc        Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    .             PUNCT  punct     was
    """, {("armenia", "CONSULT", "azerbaijan", True)}, id="contact-between-x-and-y"),
]


@pytest.mark.parametrize("spec,expected", SYMMETRIC)
def test_symmetric_event_noun(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- light verbs: the event noun's frame with the verb's subject as agent ------------------

LIGHT_VERBS = [
    pytest.param("""
    Netanyahu     PROPN  nsubj     had                              [PERSON benjamin-netanyahu#alias]
    had           VERB   ROOT      had           lemma=have
    a             DET    det       conversation
    telephone     NOUN   compound  conversation
    conversation  NOUN   dobj      had
    with          ADP    prep      conversation
    Blinken       PROPN  pobj      with                             [PERSON antony-blinken#alias]
    .             PUNCT  punct     had
    """, {("benjamin-netanyahu", "CONSULT", "antony-blinken", True)}, id="had-a-telephone-conversation-with"),
    pytest.param("""
    Hezbollah     PROPN  nsubj     made                             [ORG hezbollah#name]
    made          VERB   ROOT      made          lemma=make
    a             DET    det       hit
    direct        ADJ    amod      hit
    hit           NOUN   dobj      made
    on            ADP    prep      hit
    Israel        PROPN  pobj      on                               [GPE israel#name]
    .             PUNCT  punct     made
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="made-a-direct-hit-on"),
    pytest.param("""
    Israel        PROPN  nsubj     imposed                          [GPE israel#name]
    imposed       VERB   ROOT      imposed       lemma=impose
    a             DET    det       curfew
    curfew        NOUN   dobj      imposed
    on            ADP    prep      curfew
    Jenin         PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     imposed
    """, {("israel", "COERCE", "janin-ps", True)}, id="imposed-a-curfew-on"),
    # claiming an attack is carrying it out
    pytest.param("""
    Hamas         PROPN  nsubj     claims                           [ORG hamas#name]
    claims        VERB   ROOT      claims        lemma=claim tag=VBZ
    deadly        ADJ    amod      attack
    attack        NOUN   dobj      claims
    in            ADP    prep      attack
    Israel        PROPN  pobj      in                               [GPE israel#name]
    .             PUNCT  punct     claims
    """, {("hamas", "ASSAULT", "israel", True)}, id="claims-attack-in"),
    # the noun's preposition hung on the light verb; each member of the list after it
    pytest.param("""
    Qatar         PROPN  nsubj     announced                        [GPE qatar#name]
    announced     VERB   ROOT      announced     lemma=announce
    sanctions     NOUN   dobj      announced     lemma=sanction tag=NNS
    Monday        PROPN  npadvmod  announced
    on            ADP    prep      announced
    Hamas         PROPN  pobj      on                               [ORG hamas#name]
    and           CCONJ  cc        Hamas
    Hezbollah     PROPN  conj      Hamas                            [ORG hezbollah#name]
    .             PUNCT  punct     announced
    """, {("qatar", "SANCTION", "hamas", True), ("qatar", "SANCTION", "hezbollah", True)},
        id="announced-sanctions-monday-on"),
    # unnamed targets associated with a named group stand for it
    pytest.param("""
    Qatar         PROPN  nsubj     imposed                          [GPE qatar#name]
    imposed       VERB   ROOT      imposed       lemma=impose
    sanctions     NOUN   dobj      imposed       lemma=sanction tag=NNS
    on            ADP    prep      sanctions
    entities      NOUN   pobj      on            lemma=entity tag=NNS
    associated    VERB   acl       entities      lemma=associate tag=VBN
    with          ADP    prep      associated
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     imposed
    """, {("qatar", "SANCTION", "hamas", True)}, id="sanctions-on-entities-associated-with"),
    # "in protest at" another side's act objects to that side
    pytest.param("""
    Qatar         PROPN  nsubj     recalled                         [GPE qatar#name]
    recalled      VERB   ROOT      recalled      lemma=recall
    its           PRON   poss      envoy
    envoy         NOUN   dobj      recalled
    in            ADP    prep      recalled
    protest       NOUN   pobj      in
    at            ADP    prep      protest
    the           DET    det       stance
    Israeli       ADJ    amod      stance                           [NORP israel#demonym]
    stance        NOUN   pobj      at
    .             PUNCT  punct     recalled
    """, {("qatar", "ACCUSE", "israel", True)}, id="in-protest-at-the-israeli-stance"),
    # the topic of a light verb's act ("over", a ``no_agent_prep``) is another side's event
    pytest.param("""
    Qatar         PROPN  nsubj     lodged                           [GPE qatar#name]
    lodged        VERB   ROOT      lodged        lemma=lodge tag=VBD
    a             DET    det       complaint
    complaint     NOUN   dobj      lodged
    over          ADP    prep      lodged
    drills        NOUN   pobj      over          lemma=drill tag=NNS
    in            ADP    prep      drills
    Yemen         PROPN  pobj      in                               [GPE yemen#name]
    .             PUNCT  punct     lodged
    """, set(), id="complaint-over-drills-is-no-drill"),
    # ... but a light verb with no object of its own does the event ("entered into fighting with")
    pytest.param("""
    Qatar         PROPN  nsubj     entered                          [GPE qatar#name]
    entered       VERB   ROOT      entered       lemma=enter tag=VBD
    into          ADP    prep      entered
    fighting      NOUN   pobj      into          lemma=fighting tag=NN
    with          ADP    prep      fighting
    Yemen         PROPN  pobj      with                             [GPE yemen#name]
    .             PUNCT  punct     entered
    """, {("qatar", "ASSAULT", "yemen", True)}, id="entered-into-fighting-with"),
]


@pytest.mark.parametrize("spec,expected", LIGHT_VERBS)
def test_light_verb_and_event_noun(kb, spec, expected):
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


def test_the_victims_of_a_passive_verb_are_no_attackers(kb):
    # "Pakistan says seven soldiers killed in attack on X": the reporter is not the attacker
    assert not events(relations("""
    Pakistan      PROPN  nsubj     says                             [GPE pakistan#name]
    says          VERB   ROOT      says          lemma=say tag=VBZ
    seven         NUM    nummod    soldiers      tag=CD
    soldiers      NOUN   dobj      says          lemma=soldier tag=NNS
    killed        VERB   acl       soldiers      lemma=kill tag=VBN
    in            ADP    prep      killed
    attack        NOUN   pobj      in
    on            ADP    prep      attack
    Gaza          PROPN  pobj      on                               [GPE gaza-strip#name]
    .             PUNCT  punct     says
    """, kb))


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
    """, {("iran", "AID", "hezbollah", True), ("iran", "COOPERATE", "hezbollah", True)}, id="its-ally-x"),
    # the owner named first is the subject (GUIDELINES, convention 11), and each conjunct is an ally
    pytest.param("""
    Tensions      NOUN   nsubj     rose          lemma=tension tag=NNS
    rose          VERB   ROOT      rose          lemma=rise
    with          ADP    prep      rose
    Cuba          PROPN  poss      ally                             [GPE cuba#name]
    's            PART   case      Cuba          tag=POS
    closest       ADJ    amod      ally          lemma=close tag=JJS
    ally          NOUN   pobj      with
    ,             PUNCT  punct     ally
    Venezuela     PROPN  appos     ally                             [GPE venezuela#name]
    .             PUNCT  punct     rose
    """, {("cuba", "COOPERATE", "venezuela", True)}, id="xs-closest-ally-y"),
    pytest.param("""
    Iran          PROPN  nsubj     met                              [GPE iran#name]
    met           VERB   ROOT      met           lemma=meet
    with          ADP    prep      met
    Iran          PROPN  poss      allies                           [GPE iran#name]
    's            PART   case      Iran          tag=POS
    key           ADJ    amod      allies
    allies        NOUN   pobj      with          lemma=ally tag=NNS
    China         PROPN  appos     allies                           [GPE china#name]
    and           CCONJ  cc        China
    Russia        PROPN  conj      China                            [GPE russia#name]
    .             PUNCT  punct     met
    """, {("iran", "CONSULT", "china", True), ("iran", "CONSULT", "russia", True),
          ("iran", "COOPERATE", "china", True), ("iran", "COOPERATE", "russia", True)}, id="xs-allies-y-and-z"),
    pytest.param("""
    Hezbollah     PROPN  nsubj     was                              [ORG hezbollah#name]
    was           AUX    ROOT      was           lemma=be tag=VBD
    a             DET    det       ally
    crucial       ADJ    amod      ally
    ally          NOUN   attr      was
    of            ADP    prep      ally
    Iran          PROPN  pobj      of                               [GPE iran#name]
    .             PUNCT  punct     was
    """, {("hezbollah", "COOPERATE", "iran", True)}, id="x-was-an-ally-of-y"),
    # an apposition names the ally of its "of" object, as a predicate noun does
    pytest.param("""
    Iran          PROPN  nsubj     spoke                            [GPE iran#name]
    ,             PUNCT  punct     Iran
    a             DET    det       ally
    close         ADJ    amod      ally
    ally          NOUN   appos     Iran
    of            ADP    prep      ally
    Syria         PROPN  pobj      of                               [GPE syria#name]
    ,             PUNCT  punct     Iran
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, {("iran", "COOPERATE", "syria", True)}, id="x-an-ally-of-y"),
    # hung on a person, the apposition describes the state named last before its comma
    pytest.param("""
    Netanyahu     PROPN  nsubj     spoke                            [PERSON benjamin-netanyahu#alias]
    of            ADP    prep      Netanyahu
    Israel        PROPN  pobj      of                               [GPE israel#name]
    ,             PUNCT  punct     Netanyahu
    a             DET    det       ally
    close         ADJ    amod      ally
    ally          NOUN   appos     Netanyahu
    of            ADP    prep      ally
    Egypt         PROPN  pobj      of@2                             [GPE egypt#name]
    ,             PUNCT  punct     Netanyahu
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, {("israel", "COOPERATE", "egypt", True)}, id="person-of-x-an-ally-of-y"),
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


# an event noun a demand asks for is demanded, not asserted; an order is carried out
@pytest.mark.parametrize("verb,lemma,modality", [("called", "call", "demanded"), ("ordered", "order", "asserted")])
def test_an_event_noun_a_demand_asks_for(kb, verb, lemma, modality):
    rels = relations(f"""
    Blinken       PROPN  nsubj     {verb}                           [PERSON antony-blinken#alias]
    {verb}        VERB   ROOT      {verb}        lemma={lemma}
    for           ADP    prep      {verb}
    talks         NOUN   pobj      for           lemma=talk tag=NNS
    with          ADP    prep      talks
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     {verb}
    """, kb)
    # calling for talks with Hamas is itself a request to Hamas (kg.relations.demand)
    request = {("antony-blinken", "REQUEST", "hamas", "asserted")} if modality == "demanded" else set()
    assert {(r.subject, r.predicate, r.object, r.modality) for r in rels} == {
        ("antony-blinken", "CONSULT", "hamas", modality)} | request


# talks with a partner in an adjunct of time: the clause's subject is the other party ("during a
# phone call with Lavrov, Blinken said"), unless a modal makes the clause a guess
TALKS_WITH_IN_ADJUNCT = [
    pytest.param("""
    During        ADP    prep      said
    a             DET    det       call
    phone         NOUN   compound  call
    call          NOUN   pobj      During
    with          ADP    prep      call
    Sergei        PROPN  compound  Lavrov                           [PERSON sergei-lavrov#name
    Lavrov        PROPN  pobj      with                             ]
    ,             PUNCT  punct     said
    Antony        PROPN  compound  Blinken                          [PERSON antony-blinken#name
    Blinken       PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    nothing       PRON   dobj      said          tag=NN
    .             PUNCT  punct     said
    """, {("antony-blinken", "CONSULT", "sergei-lavrov", True)}, id="during-a-call-with-x-y-said"),
    pytest.param("""
    Egypt         PROPN  nsubj     lose                             [GPE egypt#name]
    may           AUX    aux       lose          tag=MD
    lose          VERB   ROOT      lose          tag=VB
    influence     NOUN   dobj      lose
    during        ADP    prep      lose
    a             DET    det       meeting
    meeting       NOUN   pobj      during
    with          ADP    prep      meeting
    Sergei        PROPN  compound  Lavrov                           [PERSON sergei-lavrov#name
    Lavrov        PROPN  pobj      with                             ]
    .             PUNCT  punct     lose
    """, set(), id="x-may-lose-during-a-meeting-with-y"),
]


@pytest.mark.parametrize("spec,expected", TALKS_WITH_IN_ADJUNCT)
def test_talks_with_a_partner_in_an_adjunct_of_time(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected



# -- who does not carry out the event: the target of "came under", a reporter ---------------

def test_the_subject_of_came_under_is_no_attacker(kb):
    """"the NATO convoy came under attack in Bakwa": NATO is the target, not the attacker."""
    got = events(relations("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     came          lemma=troop tag=NNS
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    attack        NOUN   pobj      under
    in            ADP    prep      came
    Rafah         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     came
    """, kb))
    assert not [e for e in got if e[0] == "israel" and e[1] == "ASSAULT"], got


def test_the_reporter_of_an_attack_is_no_attacker(kb):
    """"In the roadside bombings in Kandahar, the Interior Ministry said ...": the speaker
    reports the attack its adjunct names, it does not carry it out."""
    got = events(relations("""
    In            ADP    prep      said
    the           DET    det       bombings
    bombings      NOUN   pobj      In            lemma=bombing tag=NNS
    in            ADP    prep      bombings
    Rafah         PROPN  pobj      in                               [GPE]
    ,             PUNCT  punct     said
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    20            NUM    nummod    people
    people        NOUN   nsubjpass killed        tag=NNS
    were          AUX    auxpass   killed
    killed        VERB   ccomp     said          lemma=kill tag=VBN
    .             PUNCT  punct     said
    """, kb))
    assert not [e for e in got if e[0] == "israel" and e[1] == "ASSAULT"], got


def test_the_capture_of_people_is_coercion_of_a_place_an_assault(kb):
    """"Hezbollah's capture of two Israeli soldiers": COERCE (capturing soldiers); "the capture
    of Rafah" stays ASSAULT (the noun's person frame needs people as its object)."""
    spec = """
    Hezbollah     PROPN  poss      capture                          [ORG hezbollah#name]
    's            PART   case      Hezbollah     tag=POS
    capture       NOUN   nsubj     triggered
    of            ADP    prep      capture
    {obj}
    triggered     VERB   ROOT      triggered     lemma=trigger
    the           DET    det       war
    war           NOUN   dobj      triggered
    .             PUNCT  punct     triggered
    """
    soldiers = """two           NUM    nummod    soldiers
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   pobj      of            lemma=soldier tag=NNS"""
    rafah = "Rafah         PROPN  pobj      of                               [GPE]"
    assert ("hezbollah", "COERCE", "israel", True) in events(relations(spec.format(obj=soldiers), kb))
    assert ("hezbollah", "ASSAULT", "rafah-ps", True) in events(relations(spec.format(obj=rafah), kb))
