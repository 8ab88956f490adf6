"""Rule tests of :mod:`kg.actors.locative`: a state named only as a location is a Place.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import VOCAB, actors, doc_actors
from spacy.tokens import Doc

from kg.actors.locative import agentive_noun, is_locative

# -- a state named only as a location is a Place in that document ------------------------------
# expected: (id, type)

STATE_AS_PLACE = [
    pytest.param("""
    Hezbollah     PROPN  compound  fighters                         [ORG hezbollah#name]
    fighters      NOUN   nsubj     clashed       lemma=fighter tag=NNS
    clashed       VERB   ROOT      clashed       lemma=clash
    with          ADP    prep      clashed
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   pobj      with          lemma=troop tag=NNS
    near          ADP    prep      clashed
    the           DET    det       border
    Lebanon       PROPN  compound  border                           [GPE lebanon#name]
    border        NOUN   pobj      near
    .             PUNCT  punct     clashed
    """, ("lebanon", "Place"), id="the-lebanon-border"),
    pytest.param("""
    Talks         NOUN   nsubjpass held          lemma=talk tag=NNS
    were          AUX    auxpass   held          lemma=be tag=VBD
    held          VERB   ROOT      held          lemma=hold tag=VBN
    in            ADP    prep      held
    Egypt         PROPN  pobj      in                               [GPE egypt#name]
    .             PUNCT  punct     held
    """, ("egypt", "Place"), id="in-egypt"),
    pytest.param("""
    Yemeni        ADJ    amod      rebels                           [NORP yemen#demonym]
    rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    a             DET    det       ship
    ship          NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    """, ("yemen", "Place"), id="yemeni-rebels"),
    pytest.param("""
    Egypt         PROPN  nsubj     brokered                         [GPE egypt#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    the           DET    det       deal
    deal          NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    """, ("egypt", "State"), id="egypt-acts"),
    # one entry per name, typed by its dominant use: here it acts
    pytest.param("""
    Talks         NOUN   nsubj     stalled       lemma=talk tag=NNS
    in            ADP    prep      Talks
    Egypt         PROPN  pobj      in                               [GPE egypt#name]
    stalled       VERB   ROOT      stalled       lemma=stall
    .             PUNCT  punct     stalled
    Egypt         PROPN  nsubj     urged                            [GPE egypt#name]
    urged         VERB   ROOT      urged         lemma=urge
    Hamas         PROPN  dobj      urged                            [ORG hamas#name]
    to            PART   aux       accept
    accept        VERB   xcomp     urged         tag=VB
    the           DET    det       deal
    deal          NOUN   dobj      accept
    .             PUNCT  punct     urged
    """, ("egypt", "State"), id="venue-then-actor"),
]


@pytest.mark.parametrize("spec,expected", STATE_AS_PLACE)
def test_state_named_as_location(kb, spec, expected):
    actor_id, type_ = expected
    recs = actors(spec, kb)
    assert recs[actor_id].type == type_


# -- is_locative on one mention: (the mention's first token, whether it is a location) ------

LOCATIVE = [
    pytest.param("""
    Talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ROOT      resumed       lemma=resume
    in            ADP    prep      resumed
    Egypt         PROPN  pobj      in                               [GPE egypt#name]
    .             PUNCT  punct     resumed
    """, True, id="in"),
    pytest.param("""
    Missiles      NOUN   nsubj     fell          lemma=missile tag=NNS
    fell          VERB   ROOT      fell          lemma=fall
    on            ADP    prep      fell
    Yemen         PROPN  pobj      on                               [GPE yemen#name]
    .             PUNCT  punct     fell
    """, False, id="on-is-a-target"),
    pytest.param("""
    the           DET    det       aggression
    aggression    NOUN   nsubj     continued
    against       ADP    prep      aggression
    Yemen         PROPN  pobj      against                          [GPE yemen#name]
    continued     VERB   ROOT      continued     lemma=continue
    .             PUNCT  punct     continued
    """, True, id="against-after-a-noun"),
    pytest.param("""
    Yemen         PROPN  poss      Houthis                          [GPE yemen#name]
    's            PART   case      Yemen         tag=POS
    Houthis       PROPN  nsubj     fired         tag=NNPS           [ORG houthis#name]
    fired         VERB   ROOT      fired         lemma=fire
    .             PUNCT  punct     fired
    """, True, id="possessive-of-a-non-agent"),
    pytest.param("""
    Israel        PROPN  poss      troops                           [GPE israel#name]
    's            PART   case      Israel        tag=POS
    troops        NOUN   nsubj     advanced      lemma=troop tag=NNS
    advanced      VERB   ROOT      advanced      lemma=advance
    .             PUNCT  punct     advanced
    """, False, id="possessive-of-an-agent"),
]


@pytest.mark.parametrize("spec,expected", LOCATIVE)
def test_is_locative(kb, spec, expected):
    da = doc_actors(spec, kb)
    first = next(m for m in da.mentions if m.how == "name")
    assert is_locative(first.span, kb) is expected
    assert first.locative is expected


@pytest.mark.parametrize("noun,lemma,expected", [
    ("troops", "troop", True),          # an agent
    ("president", "president", True),   # a title
    ("assault", "assault", True),       # an event
    ("war", "war", True),               # an event noun of the lexicon ("war on")
    ("economy", "economy", False),
    ("border", "border", False),
])
def test_agentive_noun(kb, noun, lemma, expected):
    doc = Doc(VOCAB, words=[noun], lemmas=[lemma])
    assert agentive_noun(doc[0], kb) is expected


# -- more uses of a state's name as a place, from wire copy (issue #16) -----------------------
# expected: (actor id, whether its mention there is a location)

USES = [
    pytest.param("""
    Trump         PROPN  nsubj     spoke                            [PERSON]
    spoke         VERB   ROOT      spoke         lemma=speak
    while         SCONJ  mark      heading
    heading       VERB   advcl     spoke         lemma=head tag=VBG
    to            ADP    prep      heading
    the           DET    det       Emirates
    United        PROPN  compound  Emirates                         [GPE united-arab-emirates#name
    Arab          PROPN  compound  Emirates
    Emirates      PROPN  pobj      to                               ]
    .             PUNCT  punct     spoke
    """, ("united-arab-emirates", True), id="a-destination"),
    pytest.param("""
    Aid           NOUN   nsubj     went
    went          VERB   ROOT      went          lemma=go
    to            ADP    prep      went
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    .             PUNCT  punct     went
    """, ("egypt", True), id="a-destination-after-go"),
    pytest.param("""
    Qatar         PROPN  nsubj     sent                             [GPE qatar#name]
    sent          VERB   ROOT      sent          lemma=send
    a             DET    det       message
    message       NOUN   dobj      sent
    to            ADP    prep      sent
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    .             PUNCT  punct     sent
    """, ("egypt", False), id="a-recipient-is-no-destination"),
    pytest.param("""
    The           DET    det       group
    group         NOUN   nsubj     holds
    holds         VERB   ROOT      holds         lemma=hold tag=VBZ
    towns         NOUN   dobj      holds         lemma=town tag=NNS
    on            ADP    prep      towns
    the           DET    det       border
    border        NOUN   pobj      on
    with          ADP    prep      border
    China         PROPN  pobj      with                             [GPE china#name]
    .             PUNCT  punct     holds
    """, ("china", True), id="the-border-with"),
    pytest.param("""
    Israel        PROPN  nsubj     launched                         [GPE israel#name]
    launched      VERB   ROOT      launched      lemma=launch
    a             DET    det       invasion
    ground        NOUN   compound  invasion
    invasion      NOUN   dobj      launched
    of            ADP    prep      invasion
    Lebanon       PROPN  pobj      of                               [GPE lebanon#name]
    .             PUNCT  punct     launched
    """, ("lebanon", True), id="the-place-an-invasion-takes"),
    pytest.param("""
    Talks         NOUN   nsubj     took          lemma=talk tag=NNS
    took          VERB   ROOT      took          lemma=take
    place         NOUN   dobj      took
    in            ADP    prep      took
    Crans         PROPN  compound  Montana                          [GPE
    -             PUNCT  punct     Montana       tag=HYPH
    Montana       PROPN  pobj      in                               ]
    ,             PUNCT  punct     Montana
    Switzerland   PROPN  appos     Montana                          [GPE switzerland#name]
    .             PUNCT  punct     took
    """, ("switzerland", True), id="a-container-in-apposition"),
    pytest.param("""
    A             DET    det       man
    Syrian        ADJ    amod      man                              [NORP syria#demonym]
    man           NOUN   nsubjpass found
    was           AUX    auxpass   found         lemma=be
    found         VERB   ROOT      found         lemma=find tag=VBN
    dead          ADJ    oprd      found
    .             PUNCT  punct     found
    """, ("syria", True), id="a-nationality"),
    pytest.param("""
    Most          ADJ    nsubj     are
    are           AUX    ROOT      are           lemma=be tag=VBP
    ethnic        ADJ    amod      Albanians
    Albanians     PROPN  attr      are           tag=NNPS           [NORP albania#demonym]
    .             PUNCT  punct     are
    """, ("albania", True), id="an-ethnicity"),
    pytest.param("""
    A             DET    det       drone
    drone         NOUN   nsubj     hit
    operated      VERB   acl       drone         lemma=operate tag=VBN
    by            ADP    agent     operated
    Sudan         PROPN  poss      Forces                           [GPE sudan#name]
    's            PART   case      Sudan         tag=POS
    Rapid         PROPN  compound  Forces                           [ORG rapid-support-forces#name
    Support       PROPN  compound  Forces
    Forces        PROPN  pobj      by            tag=NNPS           ]
    hit           VERB   ROOT      hit
    the           DET    det       market
    market        NOUN   dobj      hit
    .             PUNCT  punct     hit
    """, ("sudan", True), id="the-home-of-a-group-not-its-own"),
    pytest.param("""
    Migrants      NOUN   nsubj     gathered      lemma=migrant tag=NNS
    gathered      VERB   ROOT      gathered      lemma=gather
    at            ADP    prep      gathered
    the           DET    det       borders
    Latvian       ADJ    amod      borders                          [NORP latvia#demonym]
    and           CCONJ  cc        Latvian
    Lithuanian    ADJ    conj      Latvian                          [NORP lithuania#demonym]
    borders       NOUN   pobj      at            lemma=border tag=NNS
    .             PUNCT  punct     gathered
    """, ("lithuania", True), id="a-second-conjunct-shares-the-position"),
    pytest.param("""
    Militants     NOUN   nsubj     killed        lemma=militant tag=NNS
    killed        VERB   ROOT      killed        lemma=kill
    14            NUM    nummod    forces
    forces        NOUN   dobj      killed        lemma=force tag=NNS
    from          ADP    prep      forces
    Burundi       PROPN  pobj      from                             [GPE burundi#name]
    .             PUNCT  punct     killed
    """, ("burundi", False), id="forces-from-a-state-are-its-forces"),
]


@pytest.mark.parametrize("spec,expected", USES)
def test_uses_as_a_place(kb, spec, expected):
    actor_id, locative = expected
    da = doc_actors(spec, kb)
    mention = next(m for m in da.mentions if m.actor == actor_id)
    assert mention.locative is locative
    assert da.type_of(actor_id) == ("Place" if locative else "State")


@pytest.mark.parametrize("spec", [
    pytest.param("""
    Serbia        PROPN  nsubj     refuses                          [GPE]
    refuses       VERB   ROOT      refuses       tag=VBZ
    ,             PUNCT  punct     refuses
    like          ADP    prep      refuses
    Moscow        PROPN  poss      allies                           [GPE russia#capital]
    's            PART   case      Moscow        tag=POS
    allies        NOUN   pobj      like          lemma=ally tag=NNS
    .             PUNCT  punct     refuses
    """, id="allies"),
    pytest.param("""
    It            PRON   nsubj     followed
    followed      VERB   ROOT      followed
    Moscow        PROPN  poss      intervention                     [GPE russia#capital]
    's            PART   case      Moscow        tag=POS
    intervention  NOUN   dobj      followed
    .             PUNCT  punct     followed
    """, id="an-act"),
])
def test_a_capital_owning_allies_or_an_act_is_its_state(kb, spec):
    recs = actors(spec, kb)
    assert recs["russia"].type == "State" and "moscow-ru" not in recs


def test_a_new_name_tagged_person_written_only_after_in_is_a_place(kb):
    recs = actors("""
    Ethiopia      PROPN  nsubj     declared                         [GPE ethiopia#name]
    declared      VERB   ROOT      declared      lemma=declare
    an            DET    det       emergency
    emergency     NOUN   dobj      declared
    in            ADP    prep      declared
    Amhara        PROPN  pobj      in                               [PERSON]
    .             PUNCT  punct     declared
    Fighting      NOUN   nsubj     spread        lemma=fighting
    spread        VERB   ROOT      spread
    across        ADP    prep      spread
    Amhara        PROPN  pobj      across                           [PERSON]
    .             PUNCT  punct     spread
    """, kb)
    assert recs["amhara"].type == "Place"


def test_a_person_also_named_elsewhere_stays_a_person(kb):
    recs = actors("""
    Talks         NOUN   nsubj     ended         lemma=talk tag=NNS
    ended         VERB   ROOT      ended         lemma=end
    in            ADP    prep      ended
    Tesfaye       PROPN  pobj      in                               [PERSON]
    .             PUNCT  punct     ended
    Tesfaye       PROPN  nsubj     said                             [PERSON]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert recs["tesfaye"].type == "Person"


def test_a_new_name_tagged_person_before_rebels_is_a_group(kb):
    recs = actors("""
    Tamil         PROPN  compound  Tiger                            [PERSON
    Tiger         PROPN  compound  rebels                           ]
    rebels        NOUN   nsubj     met           lemma=rebel tag=NNS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, kb)
    assert recs["tamil-tiger"].type == "Group"


# -- a new name in a place's slots: the name of a place noun, "is located", "liberated X" ---------

def test_a_name_tagged_person_named_by_a_place_noun_is_a_place(kb):
    # "the settlement of Kotlyarovka", "the Kotlyarovka settlement" (tagged PERSON)
    recs = actors("""
    Forces        NOUN   nsubj     took          lemma=force tag=NNS
    took          VERB   ROOT      took          lemma=take
    the           DET    det       settlement
    settlement    NOUN   dobj      took          lemma=settlement
    of            ADP    prep      settlement
    Kotlyarovka   PROPN  pobj      of                               [PERSON]
    .             PUNCT  punct     took
    Forces        NOUN   nsubj     liberate      lemma=force tag=NNS
    liberate      VERB   ROOT      liberate      lemma=liberate
    Kotlyarovka   PROPN  compound  settlement@2                     [PERSON]
    settlement    NOUN   dobj      liberate      lemma=settlement
    .             PUNCT  punct     liberate
    """, kb)
    assert recs["kotlyarovka"].type == "Place"


def test_a_name_tagged_person_that_is_located_or_liberated_is_a_place(kb):
    recs = actors("""
    Forces        NOUN   nsubj     liberated     lemma=force tag=NNS
    liberated     VERB   ROOT      liberated     lemma=liberate
    Stari         PROPN  compound  Terny                            [PERSON
    Terny         PROPN  dobj      liberated                        ]
    .             PUNCT  punct     liberated
    Stari         PROPN  compound  Terny@2                          [PERSON
    Terny         PROPN  nsubjpass located                          ]
    is            AUX    auxpass   located       lemma=be
    located       VERB   ROOT      located       lemma=locate tag=VBN
    near          ADP    prep      located
    the           DET    det       reservoir
    reservoir     NOUN   pobj      near
    .             PUNCT  punct     located
    """, kb)
    assert recs["stari-terny"].type == "Place"


def test_a_new_name_tagged_org_in_a_place_slot_is_a_place(kb):
    recs = actors("""
    Soldiers      NOUN   nsubjpass killed        lemma=soldier tag=NNS
    were          AUX    auxpass   killed        lemma=be
    killed        VERB   ROOT      killed        lemma=kill tag=VBN
    in            ADP    prep      killed
    Zamboanga     PROPN  compound  Sur                              [ORG
    del           PROPN  compound  Sur
    Sur           PROPN  pobj      in                               ]
    .             PUNCT  punct     killed
    """, kb)
    assert recs["zamboanga-del-sur"].type == "Place"


def test_a_person_who_is_captured_or_heads_a_group_stays_a_person(kb):
    # "captured" takes people too; "the Hakimullah group" is no kind of place
    recs = actors("""
    Police        NOUN   nsubj     captured      lemma=police
    captured      VERB   ROOT      captured      lemma=capture
    Naved         PROPN  dobj      captured                         [PERSON]
    .             PUNCT  punct     captured
    The           DET    det       group
    Naved         PROPN  compound  group                            [PERSON]
    group         NOUN   nsubj     said          lemma=group
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert recs["naved"].type == "Person"


def test_a_name_tagged_person_ending_in_a_kind_of_place_is_a_place(kb):
    # "entered through Afghanistan's Arandu Pass" (tagged PERSON)
    recs = actors("""
    Militants     NOUN   nsubj     entered       lemma=militant tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    the           DET    det       district
    district      NOUN   dobj      entered
    through       ADP    prep      entered
    Arandu        PROPN  compound  Pass                             [PERSON
    Pass          PROPN  pobj      through                          ]
    .             PUNCT  punct     entered
    """, kb)
    assert recs["arandu-pass"].type == "Place"


def test_a_new_body_named_x_of_y_in_a_place_slot_stays_a_group(kb):
    # "an aid package stalled in the House of Representatives" (tagged ORG)
    recs = actors("""
    Aid           NOUN   nsubj     stalled
    stalled       VERB   ROOT      stalled       lemma=stall
    in            ADP    prep      stalled
    the           DET    det       House
    House         PROPN  pobj      in                               [ORG
    of            ADP    prep      House
    Representatives PROPN pobj     of                               ]
    .             PUNCT  punct     stalled
    """, kb)
    assert recs["house-of-representatives"].type == "Group"


def test_a_name_seized_and_listed_with_it_is_a_place(kb):
    # "rebels seized Rubare, Kalengera and Kako" (the last two tagged ORG)
    recs = actors("""
    Rebels        NOUN   nsubj     seized        lemma=rebel tag=NNS
    seized        VERB   ROOT      seized        lemma=seize
    Kalengera     PROPN  dobj      seized                           [ORG]
    and           CCONJ  cc        Kalengera
    Kako          PROPN  conj      Kalengera                        [ORG]
    .             PUNCT  punct     seized
    """, kb)
    assert (recs["kalengera"].type, recs["kako"].type) == ("Place", "Place")


def test_a_name_south_of_which_a_place_lies_is_a_place(kb):
    # "Ouadda is about 175 kilometers south of Birao" (Birao tagged ORG)
    recs = actors("""
    The           DET    det       town
    town          NOUN   nsubj     is
    is            AUX    ROOT      is            lemma=be
    175           NUM    nummod    kilometers
    kilometers    NOUN   npadvmod  south         tag=NNS
    south         ADV    advmod    is
    of            ADP    prep      south
    Birao         PROPN  pobj      of                               [ORG]
    .             PUNCT  punct     is
    """, kb)
    assert recs["birao"].type == "Place"


def test_a_name_after_the_village_of_is_a_place_whatever_the_parse(kb):
    # "shells on the village of Maroun el-Ras triggering fires": the name parsed as a modifier of "fires"
    recs = actors("""
    Artillery     NOUN   nsubj     fired
    fired         VERB   ROOT      fired         lemma=fire
    on            ADP    prep      fired
    the           DET    det       village
    village       NOUN   pobj      on            lemma=village
    of            ADP    prep      village
    Maroun        PROPN  nmod      fires                            [PERSON
    el            PROPN  compound  Ras
    -             PUNCT  punct     Ras
    Ras           PROPN  amod      fires                            ]
    triggering    VERB   amod      fires         lemma=trigger
    fires         NOUN   pobj      of            tag=NNS
    .             PUNCT  punct     fired
    """, kb)
    assert recs["maroun-el-ras"].type == "Place"


def test_a_name_set_beside_this_town_and_followed_by_is_located_is_a_place(kb):
    # "We captured this town (Trudove)"; "Trudove is located south of Kurakhove" parsed as a
    # conjunct of the sentence before's noun
    recs = actors("""
    We            PRON   nsubj     captured
    captured      VERB   ROOT      captured      lemma=capture
    this          DET    det       town
    town          NOUN   dobj      captured      lemma=town
    (             PUNCT  punct     town
    Trudove       PROPN  appos     town                             [PERSON]
    )             PUNCT  punct     town
    .             PUNCT  punct     captured
    It            PRON   nsubj     lies
    lies          VERB   ROOT      lies          lemma=lie
    on            ADP    prep      lies
    the           DET    det       bank
    bank          NOUN   pobj      on
    and           CCONJ  cc        bank
    Trudove       PROPN  conj      bank                             [PERSON]
    is            AUX    auxpass   located       lemma=be
    located       VERB   conj      lies          lemma=locate tag=VBN
    .             PUNCT  punct     lies
    """, kb)
    assert recs["trudove"].type == "Place"


def test_a_name_among_places_including_it_or_before_other_villages_is_a_place(kb):
    # "locations including Raga"; "visited Shaffa and other villages" (both tagged PERSON)
    recs = actors("""
    Fighting      NOUN   nsubj     broke         lemma=fighting
    broke         VERB   ROOT      broke         lemma=break
    out           ADP    prt       broke
    in            ADP    prep      broke
    locations     NOUN   pobj      in            lemma=location tag=NNS
    including     VERB   prep      locations     lemma=include
    Raga          PROPN  pobj      including                        [PERSON]
    .             PUNCT  punct     broke
    The           DET    det       governor
    governor      NOUN   nsubj     visited
    visited       VERB   ROOT      visited       lemma=visit
    Shaffa        PROPN  dobj      visited                          [PERSON]
    and           CCONJ  cc        Shaffa
    other         ADJ    amod      villages
    villages      NOUN   conj      Shaffa        lemma=village tag=NNS
    .             PUNCT  punct     visited
    """, kb)
    assert (recs["raga"].type, recs["shaffa"].type) == ("Place", "Place")


def test_a_name_before_a_place_noun_with_words_between_or_after_via_is_a_place(kb):
    # "shut the Attari land-border crossing"; "entered via Attari" (tagged ORG)
    recs = actors("""
    India         PROPN  nsubj     shut                             [GPE india#name]
    shut          VERB   ROOT      shut          lemma=shut
    the           DET    det       crossing
    Attari        PROPN  amod      crossing                         [ORG]
    land          NOUN   compound  border
    -             PUNCT  punct     border
    border        NOUN   compound  crossing
    crossing      NOUN   dobj      shut          lemma=crossing
    .             PUNCT  punct     shut
    Nationals     NOUN   nsubj     entered       tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    via           ADP    prep      entered
    Attari        PROPN  pobj      via                              [ORG]
    .             PUNCT  punct     entered
    """, kb)
    assert recs["attari"].type == "Place"


def test_a_name_with_its_article_before_a_place_noun_is_a_place(kb):
    # "the attack took place in the Dasht-e Goran area" (the article inside the ORG span)
    recs = actors("""
    The           DET    det       attack
    attack        NOUN   nsubj     happened
    happened      VERB   ROOT      happened      lemma=happen
    near          ADP    prep      happened
    the           DET    det       area                             [ORG
    Dasht         PROPN  compound  Goran
    -             PUNCT  punct     Goran
    e             PROPN  compound  Goran
    Goran         PROPN  compound  area                             ]
    area          NOUN   pobj      near          lemma=area
    .             PUNCT  punct     happened
    """, kb)
    assert recs["dasht-e-goran"].type == "Place"


def test_a_new_name_tagged_person_before_a_kind_of_group_or_with_one_in_apposition_is_a_group(kb):
    # "the Seleka movement"; "Seleka, a coalition of rebel groups" (tagged PERSON)
    recs = actors("""
    the           DET    det       movement
    Seleka        PROPN  compound  movement                         [PERSON]
    movement      NOUN   nsubj     attacked      lemma=movement
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       town
    town          NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    Seleka        PROPN  nsubj     is                               [PERSON]
    ,             PUNCT  punct     Seleka@2
    a             DET    det       coalition
    coalition     NOUN   appos     Seleka@2      lemma=coalition
    ,             PUNCT  punct     Seleka@2
    is            AUX    ROOT      is            lemma=be
    strong        ADJ    acomp     is
    .             PUNCT  punct     is
    """, kb)
    assert recs["seleka"].type == "Group"


def test_a_name_tagged_person_written_before_or_after_a_kind_of_outlet_or_party_is_a_group(kb):
    # "the ruling Frelimo party"; "Speaking to broadcaster A Haber" (the noun parsed as a verb)
    recs = actors("""
    the           DET    det       party
    ruling        VERB   amod      party         lemma=rule
    Frelimo       PROPN  compound  party                            [PERSON]
    party         NOUN   nsubj     wanted        lemma=party
    wanted        VERB   ROOT      wanted        lemma=want
    talks         NOUN   dobj      wanted        lemma=talk tag=NNS
    .             PUNCT  punct     wanted
    Speaking      VERB   advcl     said          lemma=speak
    to            PART   aux       broadcaster
    broadcaster   VERB   xcomp     Speaking
    A             DET    det       Haber
    Haber         PROPN  dobj      broadcaster                      [PERSON]
    ,             PUNCT  punct     said
    officials     NOUN   nsubj     said          tag=NNS
    said          VERB   ROOT      said          lemma=say
    so            ADV    advmod    said
    .             PUNCT  punct     said
    """, kb)
    assert (recs["frelimo"].type, recs["haber"].type) == ("Group", "Group")
    assert (recs["frelimo"].kind, recs["haber"].kind) == (None, "news outlet")   # never "the rebels"


def test_a_name_tagged_person_before_a_lower_case_place_noun_is_a_place_whatever_the_parse(kb):
    # "rockets at the Matzuva kibbutz" (the noun parsed as the sentence's verb); "the Pale suburb
    # of Jahorinski Potok ... smoke rose above Jahorinski Potok"
    recs = actors("""
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ccomp     kibbutz       lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    at            ADP    prep      fired
    the           DET    det       Matzuva
    Matzuva       PROPN  pobj      at                               [PERSON]
    kibbutz       VERB   ROOT      kibbutz       lemma=kibbutz
    .             PUNCT  punct     kibbutz
    Jets          NOUN   nsubj     struck        tag=NNS
    struck        VERB   ROOT      struck        lemma=strike
    the           DET    det       suburb
    suburb        NOUN   dobj      struck        lemma=suburb
    of            ADP    prep      suburb
    Jahorinski    PROPN  compound  Potok                            [PERSON
    Potok         PROPN  pobj      of                               ]
    .             PUNCT  punct     struck
    Smoke         NOUN   nsubj     rose
    rose          VERB   ROOT      rose          lemma=rise
    above         ADP    prep      rose
    Jahorinski    PROPN  compound  Potok@2                          [PERSON
    Potok         PROPN  pobj      above                            ]
    .             PUNCT  punct     rose
    """, kb)
    assert (recs["matzuva"].type, recs["jahorinski-potok"].type) == ("Place", "Place")
