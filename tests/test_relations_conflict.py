"""Rule tests for the material-conflict mechanisms of issue #16 (ASSAULT, SANCTION): expulsion
orders (:mod:`kg.relations.expulsion`), the agent of an event noun named by a participle of
authorship, the place an event noun "took place" in, the owners of struck targets, the
control frames, and named place kinds before "of"; on hand-built parses
(``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

# -- expulsion orders: SANCTION of the diplomat told to leave ------------------------------

EXPULSION = [
    pytest.param("""
    Venezuela      PROPN  nsubj      gave           lemma=Venezuela tag=NNP  [GPE venezuela#name]
    gave           VERB   ROOT       gave           lemma=give tag=VBD
    French         PROPN  compound   Ambassador     lemma=French tag=NNP     [NORP france#demonym]
    Ambassador     PROPN  compound   Meyer          lemma=Ambassador tag=NNP
    Joel           PROPN  compound   Meyer          lemma=Joel tag=NNP       [PERSON
    Meyer          PROPN  dative     gave           lemma=Meyer tag=NNP      ]
    72             NUM    nummod     hours          tag=CD
    hours          NOUN   dobj       gave           lemma=hour tag=NNS
    to             PART   aux        leave          tag=TO
    leave          VERB   relcl      hours          tag=VB
    .              PUNCT  punct      gave           tag=.
    """, {("venezuela", "SANCTION", "joel-meyer", True)}, id="gave-ambassador-72-hours-to-leave"),
    pytest.param("""
    Belarus        PROPN  nsubj      ordered        lemma=Belarus tag=NNP    [GPE belarus#name]
    ordered        VERB   ROOT       ordered        lemma=order tag=VBD
    20             NUM    nummod     diplomats      tag=CD
    Polish         PROPN  compound   diplomats      lemma=Polish tag=NNP     [NORP poland#demonym]
    diplomats      NOUN   dobj       ordered        lemma=diplomat tag=NNS
    to             PART   aux        leave          tag=TO
    leave          VERB   xcomp      ordered        tag=VB
    .              PUNCT  punct      ordered        tag=.
    """, {("belarus", "SANCTION", "poland", True)}, id="ordered-diplomats-to-leave"),
    # one unnamed envoy is a person named elsewhere, not the state: no SANCTION of France
    pytest.param("""
    Mali           PROPN  nsubj      asked          lemma=Mali tag=NNP       [GPE mali#name]
    asked          VERB   ROOT       asked          lemma=ask tag=VBD
    the            DET    det        envoy          tag=DT
    French         ADJ    amod       envoy          tag=JJ                   [NORP france#demonym]
    envoy          NOUN   dobj       asked          tag=NN
    to             PART   aux        leave          tag=TO
    leave          VERB   xcomp      asked          tag=VB
    .              PUNCT  punct      asked          tag=.
    """, set(), id="asked-the-envoy-no-state"),
    # the passive: the state to leave expels ("would be given 72 hours to leave the United States")
    pytest.param("""
    Russian        ADJ    amod       diplomats      tag=JJ                   [NORP russia#demonym]
    diplomats      NOUN   nsubjpass  given          lemma=diplomat tag=NNS
    were           AUX    auxpass    given          lemma=be tag=VBD
    given          VERB   ROOT       given          lemma=give tag=VBN
    72             NUM    nummod     hours          tag=CD
    hours          NOUN   dobj       given          lemma=hour tag=NNS
    to             PART   aux        leave          tag=TO
    leave          VERB   relcl      hours          tag=VB
    Germany        PROPN  dobj       leave          lemma=Germany tag=NNP    [GPE germany#name]
    .              PUNCT  punct      given          tag=.
    """, {("germany", "SANCTION", "russia", True)}, id="diplomats-were-given-72-hours-to-leave-x"),
    # ... or its agent ("were told by Britain to leave")
    pytest.param("""
    Iranian        ADJ    amod       diplomats      tag=JJ                   [NORP iran#demonym]
    diplomats      NOUN   nsubjpass  told           lemma=diplomat tag=NNS
    were           AUX    auxpass    told           lemma=be tag=VBD
    told           VERB   ROOT       told           lemma=tell tag=VBN
    by             ADP    agent      told
    Britain        PROPN  pobj       by             lemma=Britain tag=NNP    [GPE united-kingdom#name]
    to             PART   aux        leave          tag=TO
    leave          VERB   xcomp      told           tag=VB
    .              PUNCT  punct      told           tag=.
    """, {("united-kingdom", "SANCTION", "iran", True)}, id="diplomats-were-told-by-x-to-leave"),
    # citizens ordered to leave are no envoys: displacement_order's, not an expulsion
    pytest.param("""
    Qatari         ADJ    amod       citizens       tag=JJ                   [NORP qatar#demonym]
    citizens       NOUN   nsubjpass  ordered        lemma=citizen tag=NNS
    were           AUX    auxpass    ordered        lemma=be tag=VBD
    ordered        VERB   ROOT       ordered        lemma=order tag=VBN
    to             PART   aux        leave          tag=TO
    leave          VERB   xcomp      ordered        tag=VB
    Bahrain        PROPN  dobj       leave          lemma=Bahrain tag=NNP    [GPE bahrain#name]
    .              PUNCT  punct      ordered        tag=.
    """, set(), id="citizens-ordered-to-leave-no-expulsion"),
]


@pytest.mark.parametrize("spec,expected", EXPULSION)
def test_expulsion_order(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "SANCTION"} == expected


# -- event nouns: authorship participles, occurrence places --------------------------------

EVENT_NOUNS = [
    pytest.param("""
    Chad           PROPN  nsubj      condemned      lemma=Chad tag=NNP       [GPE chad#name]
    condemned      VERB   ROOT       condemned      lemma=condemn tag=VBD
    an             DET    det        attack         tag=DT
    attack         NOUN   dobj       condemned      tag=NN
    on             ADP    prep       attack         tag=IN
    Adre           PROPN  pobj       on             lemma=Adre tag=NNP       [GPE]
    claimed        VERB   acl        attack         lemma=claim tag=VBN
    by             ADP    agent      claimed        tag=IN
    the            DET    det        RDL            tag=DT
    RDL            PROPN  pobj       by             lemma=RDL tag=NNP        [ORG]
    .              PUNCT  punct      condemned      tag=.
    """, ("rdl", "ASSAULT", "adre-td", True), id="attack-claimed-by"),
    pytest.param("""
    An             DET    det        raid           tag=DT
    Israeli        ADJ    amod       raid           tag=JJ                   [NORP israel#demonym]
    raid           NOUN   nsubj      killed         tag=NN
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    nine           NUM    nummod     people         tag=CD
    people         NOUN   dobj       killed         tag=NNS
    .              PUNCT  punct      killed         tag=.
    The            DET    det        raid@2         tag=DT
    raid           NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    Jenin          PROPN  pobj       in             lemma=Jenin tag=NNP      [GPE]
    .              PUNCT  punct      took           tag=.
    """, ("israel", "ASSAULT", "janin-ps", True), id="the-raid-took-place-in"),
]


@pytest.mark.parametrize("spec,expected", EVENT_NOUNS)
def test_event_noun_agent_and_place(kb, spec, expected):
    assert expected in events(relations(spec, kb))


def test_clashes_broke_out_between(kb):
    """A symmetric event noun whose "between" phrase the parser hung on its verb: "Clashes broke
    out between Turkish forces and Hamas" (one relation, the first named as subject)."""
    spec = """
    Clashes        NOUN   nsubj      broke          lemma=clash tag=NNS
    broke          VERB   ROOT       broke          lemma=break tag=VBD
    out            ADP    prt        broke          tag=RP
    between        ADP    prep       broke          tag=IN
    Turkish        ADJ    amod       forces         tag=JJ                   [NORP turkey#demonym]
    forces         NOUN   pobj       between        lemma=force tag=NNS
    and            CCONJ  cc         forces         tag=CC
    Hamas          PROPN  conj       forces         tag=NNP                  [ORG hamas#name]
    .              PUNCT  punct      broke          tag=.
    """
    assert events(relations(spec, kb)) == {("turkey", "ASSAULT", "hamas", True)}


# -- objects: the owners of struck targets, control frames, place kinds before "of" --------

OBJECTS = [
    pytest.param("""
    Ukraine        PROPN  nsubj      struck         lemma=Ukraine tag=NNP    [GPE ukraine#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Russian        ADJ    amod       facilities     tag=JJ                   [NORP russia#demonym]
    naval          ADJ    amod       facilities     tag=JJ
    facilities     NOUN   dobj       struck         lemma=facility tag=NNS
    in             ADP    prep       facilities     tag=IN
    Crimea         PROPN  pobj       in             lemma=Crimea tag=NNP     [LOC]
    .              PUNCT  punct      struck         tag=.
    """, {("ukraine", "ASSAULT", "russia", True)}, id="struck-russian-facilities-in-crimea"),
    pytest.param("""
    Ukraine        PROPN  nsubj      regained       lemma=Ukraine tag=NNP    [GPE ukraine#name]
    regained       VERB   ROOT       regained       lemma=regain tag=VBD
    control        NOUN   dobj       regained       tag=NN
    of             ADP    prep       control        tag=IN
    Kherson        PROPN  pobj       of             lemma=Kherson tag=NNP    [GPE]
    .              PUNCT  punct      regained       tag=.
    """, {("ukraine", "ASSAULT", "kherson", True)}, id="regained-control-of"),
    pytest.param("""
    Philippines    PROPN  nsubj      attacked       lemma=Philippines tag=NNPS [GPE philippines#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    the            DET    det        island         tag=DT
    island         NOUN   dobj       attacked       tag=NN
    of             ADP    prep       island         tag=IN
    Samar          PROPN  pobj       of             lemma=Samar tag=NNP      [GPE]
    .              PUNCT  punct      attacked       tag=.
    """, {("philippines", "ASSAULT", "samar", True)}, id="attacked-the-island-of"),
    # the area the unnamed targets lie across
    pytest.param("""
    Israeli        ADJ    amod       aircraft       lemma=Israeli tag=JJ     [NORP israel#demonym]
    aircraft       NOUN   nsubj      attacked       tag=NN
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    targets        NOUN   dobj       attacked       lemma=target tag=NNS
    throughout     ADP    prep       targets        tag=IN
    the            DET    det        Strip          tag=DT
    Gaza           PROPN  compound   Strip          lemma=Gaza tag=NNP       [GPE gaza-strip#name
    Strip          PROPN  pobj       throughout     lemma=Strip tag=NNP      ]
    .              PUNCT  punct      attacked       tag=.
    """, {("israel", "ASSAULT", "gaza-strip", True)}, id="attacked-targets-throughout"),
    pytest.param("""
    Russia         PROPN  nsubj      seized         lemma=Russia tag=NNP     [GPE russia#name]
    seized         VERB   ROOT       seized         lemma=seize tag=VBD
    eight          NUM    nummod     villages       tag=CD
    villages       NOUN   dobj       seized         lemma=village tag=NNS
    across         ADP    prep       villages       tag=IN
    Ukraine        PROPN  pobj       across         lemma=Ukraine tag=NNP    [GPE ukraine#name]
    .              PUNCT  punct      seized         tag=.
    """, {("russia", "ASSAULT", "ukraine", True)}, id="seized-villages-across"),
    # the area an unnamed place after the targets lies in
    pytest.param("""
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    several        ADJ    amod       areas          tag=JJ
    areas          NOUN   dobj       struck         lemma=area tag=NNS
    along          ADP    prep       areas          tag=IN
    the            DET    det        border         tag=DT
    border         NOUN   pobj       along          tag=NN
    in             ADP    prep       border         tag=IN
    Lebanon        PROPN  pobj       in             lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      struck         tag=.
    """, {("israel", "ASSAULT", "lebanon", True)}, id="struck-areas-along-the-border-in"),
    # a border "with" a state names that state, as "the Lebanese border" does (not the owner of "its")
    pytest.param("""
    India          PROPN  nsubj      massed         tag=NNP                  [GPE india#name]
    massed         VERB   ROOT       massed         lemma=mass tag=VBD
    its            PRON   poss       army           tag=PRP$
    army           NOUN   dobj       massed         tag=NN
    to             ADP    prep       massed         tag=IN
    its            PRON   poss       border         tag=PRP$
    border         NOUN   pobj       to             tag=NN
    with           ADP    prep       border         tag=IN
    Pakistan       PROPN  pobj       with           tag=NNP                  [GPE pakistan#name]
    .              PUNCT  punct      massed         tag=.
    """, {("india", "MOBILIZE", "pakistan", True)}, id="massed-its-army-to-its-border-with"),
    # ... the "with" hung on the verb right after the border
    pytest.param("""
    India          PROPN  nsubj      rallied        tag=NNP                  [GPE india#name]
    rallied        VERB   ROOT       rallied        lemma=rally tag=VBD
    troops         NOUN   dobj       rallied        lemma=troop tag=NNS
    along          ADP    prep       rallied        tag=IN
    its            PRON   poss       border         tag=PRP$
    border         NOUN   pobj       along          tag=NN
    with           ADP    prep       rallied        tag=IN
    Pakistan       PROPN  pobj       with           tag=NNP                  [GPE pakistan#name]
    .              PUNCT  punct      rallied        tag=.
    """, {("india", "MOBILIZE", "pakistan", True)}, id="rallied-troops-along-its-border-with"),
    pytest.param("""
    Hamas          PROPN  nsubj      launched       tag=NNP                  [ORG hamas#name]
    launched       VERB   ROOT       launched       lemma=launch tag=VBD
    two            NUM    nummod     missiles       tag=CD
    missiles       NOUN   dobj       launched       lemma=missile tag=NNS
    against        ADP    prep       launched       tag=IN
    Israel         PROPN  pobj       against        tag=NNP                  [GPE israel#name]
    .              PUNCT  punct      launched       tag=.
    """, {("hamas", "ASSAULT", "israel", True)}, id="launched-missiles-against"),
    # a quantity's "of" noun is the frame's object noun ("launched a barrage of missiles at")
    pytest.param("""
    Hamas          PROPN  nsubj      launched       tag=NNP                  [ORG hamas#name]
    launched       VERB   ROOT       launched       lemma=launch tag=VBD
    a              DET    det        barrage        tag=DT
    barrage        NOUN   dobj       launched       tag=NN
    of             ADP    prep       barrage        tag=IN
    missiles       NOUN   pobj       of             lemma=missile tag=NNS
    at             ADP    prep       launched       tag=IN
    Israel         PROPN  pobj       at             tag=NNP                  [GPE israel#name]
    .              PUNCT  punct      launched       tag=.
    """, {("hamas", "ASSAULT", "israel", True)}, id="launched-a-barrage-of-missiles-at"),
    # strikes "at" a target, as "on" it
    pytest.param("""
    Israel         PROPN  nsubj      carried        tag=NNP                  [GPE israel#name]
    carried        VERB   ROOT       carried        lemma=carry tag=VBD
    out            ADP    prt        carried        tag=RP
    airstrikes     NOUN   dobj       carried        lemma=airstrike tag=NNS
    at             ADP    prep       airstrikes     tag=IN
    Hezbollah      PROPN  compound   positions      tag=NNP                  [ORG hezbollah#name]
    positions      NOUN   pobj       at             lemma=position tag=NNS
    .              PUNCT  punct      carried        tag=.
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="carried-out-airstrikes-at"),
]


@pytest.mark.parametrize("spec,expected", OBJECTS)
def test_conflict_objects(kb, spec, expected):
    got = {(s, p, o.split("-")[0] if o.startswith(("kherson", "samar")) else o, a)
           for s, p, o, a in events(relations(spec, kb))}
    assert expected <= got


# -- headlines: a reduced passive of violence ---------------------------------------------

HEADLINES = [
    pytest.param("""
    9              NUM    nummod     Palestinians   tag=CD
    Palestinians   PROPN  nsubj      killed         lemma=Palestinians tag=NNPS [NORP palestine#demonym]
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    in             ADP    prep       killed         tag=IN
    Israeli        ADJ    amod       raid           tag=JJ                   [NORP israel#demonym]
    raid           NOUN   pobj       in             tag=NN
    in             ADP    prep       raid           tag=IN
    Jenin          PROPN  pobj       in@2           lemma=Jenin tag=NNP      [GPE]
    """, {("israel", "ASSAULT", "palestine", True), ("israel", "ASSAULT", "janin-ps", True)},
        id="palestinians-killed-in-israeli-raid"),
    # the same with the verb tagged as a past tense: the event noun after "in" marks the passive
    pytest.param("""
    Four           NUM    nummod     soldiers       tag=CD
    Pakistani      ADJ    amod       soldiers       tag=JJ                   [NORP pakistan#demonym]
    soldiers       NOUN   nsubj      killed         lemma=soldier tag=NNS
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    in             ADP    prep       killed         tag=IN
    Indian         ADJ    amod       shelling       tag=JJ                   [NORP india#demonym]
    shelling       NOUN   pobj       in             tag=NN
    """, {("india", "ASSAULT", "pakistan", True)}, id="soldiers-killed-in-indian-shelling"),
]


@pytest.mark.parametrize("spec,expected", HEADLINES)
def test_headline_reduced_passive(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- a sea is no target: the ships on it are ----------------------------------------------

WATER = [
    pytest.param("""
    The            DET    det        Houthis        tag=DT
    Houthis        PROPN  nsubj      targeted       lemma=Houthis tag=NNPS   [ORG houthis#name]
    targeted       VERB   ROOT       targeted       lemma=target tag=VBD
    ships          NOUN   dobj       targeted       lemma=ship tag=NNS
    in             ADP    prep       ships          tag=IN
    the            DET    det        Sea            tag=DT
    Red            PROPN  compound   Sea            lemma=Red tag=NNP        [LOC red-sea#name
    Sea            PROPN  pobj       in             lemma=Sea tag=NNP        ]
    .              PUNCT  punct      targeted       tag=.
    """, set(), id="targeted-ships-in-the-red-sea"),
    pytest.param("""
    The            DET    det        Houthis        tag=DT
    Houthis        PROPN  nsubj      claimed        lemma=Houthis tag=NNPS   [ORG houthis#name]
    claimed        VERB   ROOT       claimed        lemma=claim tag=VBD
    an             DET    det        attack         tag=DT
    attack         NOUN   dobj       claimed        tag=NN
    in             ADP    prep       attack         tag=IN
    the            DET    det        Sea            tag=DT
    Red            PROPN  compound   Sea            lemma=Red tag=NNP        [LOC red-sea#name
    Sea            PROPN  pobj       in             lemma=Sea tag=NNP        ]
    .              PUNCT  punct      claimed        tag=.
    """, set(), id="an-attack-in-the-red-sea"),
]


@pytest.mark.parametrize("spec,expected", WATER)
def test_no_assault_on_a_sea(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ASSAULT"} == expected


# -- expelled from a state: that state expels ---------------------------------------------

def test_expelled_from_a_state(kb):
    spec = """
    Two            NUM    nummod     diplomats      tag=CD
    Russian        ADJ    amod       diplomats      tag=JJ                   [NORP russia#demonym]
    diplomats      NOUN   nsubjpass  expelled       lemma=diplomat tag=NNS
    were           AUX    auxpass    expelled       lemma=be tag=VBD
    expelled       VERB   ROOT       expelled       lemma=expel tag=VBN
    from           ADP    prep       expelled       tag=IN
    Poland         PROPN  pobj       from           lemma=Poland tag=NNP     [GPE poland#name]
    .              PUNCT  punct      expelled       tag=.
    """
    assert events(relations(spec, kb)) == {("poland", "SANCTION", "russia", True)}


# -- an agentless passive assault: the other side of the war -------------------------------

SIDES = [
    pytest.param("""
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Hamas          PROPN  dobj       struck         lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      struck         tag=.
    The            DET    det        commander      tag=DT
    Hamas          PROPN  compound   commander      lemma=Hamas tag=NNP      [ORG hamas#name]
    commander      NOUN   nsubjpass  wounded        tag=NN
    was            AUX    auxpass    wounded        lemma=be tag=VBD
    wounded        VERB   ROOT       wounded        lemma=wound tag=VBN
    .              PUNCT  punct      wounded        tag=.
    """, {("israel", "ASSAULT", "hamas", True)}, id="the-hamas-commander-was-wounded"),
    # killed in clashes: both sides fought, the passive names no agent
    pytest.param("""
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Hamas          PROPN  dobj       struck         lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      struck         tag=.
    Hamas          PROPN  compound   fighters       lemma=Hamas tag=NNP      [ORG hamas#name]
    fighters       NOUN   nsubjpass  killed         lemma=fighter tag=NNS
    were           AUX    auxpass    killed         lemma=be tag=VBD
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    in             ADP    prep       killed         tag=IN
    clashes        NOUN   pobj       in             lemma=clash tag=NNS
    .              PUNCT  punct      killed         tag=.
    """, {("israel", "ASSAULT", "hamas", True)}, id="killed-in-clashes-no-side"),
]


@pytest.mark.parametrize("spec,expected", SIDES)
def test_agentless_passive_other_side(kb, spec, expected):
    rels = [r for r in relations(spec, kb) if r.predicate == "ASSAULT"]
    assert events(rels) == expected
    assert ("clause.passive_side" in {r.rule for r in rels}) == (expected and "wounded" in spec)


def test_targets_of_strikes_are_not_their_agents(kb):
    """"all 13 targets of the US-UK strikes had been hit": the strikes' agents are no part of the targets."""
    spec = """
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Hamas          PROPN  dobj       struck         lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      struck         tag=.
    The            DET    det        targets        tag=DT
    targets        NOUN   nsubjpass  hit            lemma=target tag=NNS
    of             ADP    prep       targets        tag=IN
    the            DET    det        strikes        tag=DT
    Israeli        ADJ    amod       strikes        tag=JJ                   [NORP israel#demonym]
    strikes        NOUN   pobj       of             lemma=strike tag=NNS
    were           AUX    auxpass    hit            lemma=be tag=VBD
    hit            VERB   ROOT       hit            tag=VBN
    .              PUNCT  punct      hit            tag=.
    """
    assert events(relations(spec, kb)) == {("israel", "ASSAULT", "hamas", True)}


# forces moved by a passive verb: their side (or the "by" agent) moves them to the frame's object
DEPLOYED = [
    pytest.param("""
    Some           ADV    advmod     2,000          tag=RB
    2,000          NUM    nummod     peacekeepers   tag=CD
    Russian        ADJ    amod       peacekeepers   lemma=Russian tag=JJ     [NORP russia#demonym]
    peacekeepers   NOUN   nsubjpass  deployed       lemma=peacekeeper tag=NNS
    were           AUX    auxpass    deployed       lemma=be tag=VBD
    deployed       VERB   ROOT       deployed       lemma=deploy tag=VBN
    to             ADP    prep       deployed       tag=IN
    Nagorno-Karabakh PROPN pobj      to             lemma=Nagorno-Karabakh tag=NNP [GPE nagorno-karabakh#name]
    .              PUNCT  punct      deployed       tag=.
    """, {("russia", "MOBILIZE", "nagorno-karabakh", True)}, id="x-peacekeepers-were-deployed-to-y"),
    pytest.param("""
    Hundreds       NOUN   nsubjpass  deployed       lemma=hundred tag=NNS
    of             ADP    prep       Hundreds       tag=IN
    Turkish        ADJ    amod       troops         lemma=Turkish tag=JJ     [NORP turkey#demonym]
    troops         NOUN   pobj       of             lemma=troop tag=NNS
    were           AUX    auxpass    deployed       lemma=be tag=VBD
    deployed       VERB   ROOT       deployed       lemma=deploy tag=VBN
    to             ADP    prep       deployed       tag=IN
    Libya          PROPN  pobj       to             lemma=Libya tag=NNP      [GPE libya#name]
    .              PUNCT  punct      deployed       tag=.
    """, {("turkey", "MOBILIZE", "libya", True)}, id="hundreds-of-x-troops-were-deployed-to-y"),
    # the "by" agent moves the troops: the troops are no object
    pytest.param("""
    Russia         PROPN  nsubj      said           lemma=Russia tag=NNP     [GPE russia#name]
    said           VERB   ROOT       said           lemma=say tag=VBD
    troops         NOUN   nsubjpass  deployed       lemma=troop tag=NNS
    were           AUX    auxpass    deployed       lemma=be tag=VBD
    deployed       VERB   ccomp      said           lemma=deploy tag=VBN
    by             ADP    agent      deployed       tag=IN
    Turkey         PROPN  pobj       by             lemma=Turkey tag=NNP     [GPE turkey#name]
    to             ADP    prep       deployed       tag=IN
    Libya          PROPN  pobj       to             lemma=Libya tag=NNP      [GPE libya#name]
    .              PUNCT  punct      said           tag=.
    """, {("turkey", "MOBILIZE", "libya", True)}, id="troops-were-deployed-by-x-to-y"),
]


@pytest.mark.parametrize("spec,expected", DEPLOYED)
def test_forces_deployed_by_their_side(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_a_particle_parsed_as_an_adverb(kb):
    """"Israeli forces were pushed back by Hamas": the parser labels "back" an adverb; it is the
    particle of the frame "push back"."""
    spec = """
    Israeli        ADJ    amod       forces         lemma=Israeli tag=JJ     [NORP israel#demonym]
    forces         NOUN   nsubjpass  pushed         lemma=force tag=NNS
    were           AUX    auxpass    pushed         lemma=be tag=VBD
    pushed         VERB   ROOT       pushed         lemma=push tag=VBN
    back           ADV    advmod     pushed         tag=RB
    by             ADP    agent      pushed         tag=IN
    Hamas          PROPN  pobj       by             lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      pushed         tag=.
    """
    assert events(relations(spec, kb)) == {("hamas", "ASSAULT", "israel", True)}
