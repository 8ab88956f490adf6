"""Rule tests of :mod:`kg.actors.nonnames`: spans that look like names but name no actor
(dates, platforms, vehicles, weapons, named operations).

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import actors

# expected: the actor ids found (none of the date or thing names)

NOT_ACTORS = [
    pytest.param("""
    Fighting      NOUN   nsubj     resumed
    resumed       VERB   ROOT      resumed       lemma=resume
    in            ADP    prep      resumed
    March         PROPN  pobj      in                               [DATE]
    near          ADP    prep      resumed
    Rafah         PROPN  pobj      near                             [GPE]
    .             PUNCT  punct     resumed
    """, {"rafah-ps"}, id="a-month-is-no-town"),
    pytest.param("""
    Talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ROOT      resumed       lemma=resume
    on            ADP    prep      resumed
    Jan           PROPN  pobj      on                               [DATE
    6             NUM    nummod    Jan                              ]
    .             PUNCT  punct     resumed
    """, set(), id="an-abbreviated-month-is-no-town"),
    pytest.param("""
    Zelenskyy     PROPN  nsubj     said                             [PERSON volodymyr-zelensky#alias]
    said          VERB   ROOT      said          lemma=say
    on            ADP    prep      said
    Telegram      PROPN  pobj      on                               [ORG]
    .             PUNCT  punct     said
    """, {"volodymyr-zelensky"}, id="a-platform-is-no-actor"),
    pytest.param("""
    Trump         PROPN  nsubj     flew                             [PERSON]
    flew          VERB   ROOT      flew          lemma=fly
    on            ADP    prep      flew
    Air           PROPN  compound  Force                            [ORG
    Force         PROPN  compound  One
    One           PROPN  pobj      on                               ]
    .             PUNCT  punct     flew
    """, {"trump"}, id="a-vehicle-is-no-actor"),
    pytest.param("""
    launchers     NOUN   nsubj     carried       lemma=launcher tag=NNS
    carried       VERB   ROOT      carried       lemma=carry
    ICBMs         PROPN  dobj      carried       tag=NNPS           [GPE]
    .             PUNCT  punct     carried
    """, set(), id="a-weapon-class-is-no-actor"),
    pytest.param("""
    The           DET    det       troops
    troops        NOUN   nsubj     repelled      lemma=troop tag=NNS
    of            ADP    prep      troops
    Operation     PROPN  compound  Kai                              [FAC
    Hadin         PROPN  compound  Kai
    Kai           PROPN  pobj      of                               ]
    repelled      VERB   ROOT      repelled      lemma=repel
    the           DET    det       attack
    attack        NOUN   dobj      repelled
    .             PUNCT  punct     repelled
    """, set(), id="a-named-operation-is-an-event"),
    # the name of a missile is that missile everywhere in the document
    pytest.param("""
    Pyongyang     PROPN  nsubj     fired                            [GPE]
    fired         VERB   ROOT      fired         lemma=fire
    a             DET    det       missile
    Musudan       PROPN  nmod      missile                          [PRODUCT]
    ballistic     ADJ    amod      missile
    missile       NOUN   dobj      fired
    .             PUNCT  punct     fired
    Musudan       PROPN  nsubj     reach                            [PERSON]
    can           AUX    aux       reach         tag=MD
    reach         VERB   ROOT      reach         tag=VB
    far           ADV    advmod    reach
    .             PUNCT  punct     reach
    """, {"north-korea"}, id="a-weapon-name-is-no-person"),
    # a ship written with its prefix is no actor, whatever its tag
    pytest.param("""
    Rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       Mason                            [ORG
    USS           PROPN  compound  Mason
    Mason         PROPN  dobj      attacked                         ]
    .             PUNCT  punct     attacked
    """, set(), id="a-ship-by-its-prefix-is-no-actor"),
    # a coast guard ship's prefix too (round 12b, P12b: "ICGS Rani Durgavati apprehended five
    # Sri Lankan fishing boats")
    pytest.param("""
    ICGS          PROPN  compound  Durgavati                        [ORG
    Rani          PROPN  compound  Durgavati
    Durgavati     PROPN  nsubj     apprehended                      ]
    apprehended   VERB   ROOT      apprehended   lemma=apprehend
    five          NUM    nummod    boats
    boats         NOUN   dobj      apprehended   lemma=boat tag=NNS
    .             PUNCT  punct     apprehended
    """, set(), id="a-coast-guard-ship-by-its-prefix-is-no-actor"),
    # a weapon system's name, even tagged ORG; a weapon's model
    pytest.param("""
    Israel        PROPN  nsubj     deployed                         [GPE israel#name]
    deployed      VERB   ROOT      deployed      lemma=deploy
    Iron          PROPN  compound  Dome                             [ORG
    Dome          PROPN  compound  interceptors                     ]
    rocket        NOUN   compound  interceptors
    interceptors  NOUN   dobj      deployed      lemma=interceptor tag=NNS
    .             PUNCT  punct     deployed
    Israel        PROPN  nsubj     bars                             [GPE israel#name]
    bars          VERB   ROOT      bars          lemma=bar
    the           DET    det       S-300s                           [ORG
    S-300s        PROPN  dobj      bars          tag=NNPS           ]
    .             PUNCT  punct     bars
    """, {"israel"}, id="a-weapon-system-or-model-is-no-actor"),
    # operations named after their plural head, each of the coordinated names
    pytest.param("""
    Turkey        PROPN  nsubj     launched                         [GPE turkey#name]
    launched      VERB   ROOT      launched      lemma=launch
    the           DET    det       operations
    operations    NOUN   dobj      launched      lemma=operation tag=NNS
    Claw          PROPN  compound  Lightning                        [ORG
    -             PUNCT  punct     Lightning
    Lightning     PROPN  appos     operations                       ]
    and           CCONJ  cc        Lightning
    Claw          PROPN  compound  Thunderbolt                      [ORG
    -             PUNCT  punct     Thunderbolt
    Thunderbolt   PROPN  conj      Lightning                        ]
    .             PUNCT  punct     launched
    """, {"turkey"}, id="operations-named-after-their-plural-head-are-events"),
    pytest.param("""
    India         PROPN  nsubj     held                             [GPE india#name]
    held          VERB   ROOT      held          lemma=hold
    the           DET    det       exercise
    Yudh          PROPN  compound  Abhyas                           [PERSON
    Abhyas        PROPN  compound  exercise                         ]
    training      NOUN   compound  exercise
    exercise      NOUN   dobj      held
    .             PUNCT  punct     held
    """, {"india"}, id="an-exercise-by-name-is-no-actor"),
    # an accord by its initials ("thing_name"): what was signed, no party to it
    pytest.param("""
    India         PROPN  nsubj     signed                           [GPE india#name]
    signed        VERB   ROOT      signed        lemma=sign
    an            DET    det       MoU
    MoU           PROPN  dobj      signed                           [ORG]
    .             PUNCT  punct     signed
    """, {"india"}, id="an-accord-by-its-initials-is-no-actor"),
]


@pytest.mark.parametrize("spec,expected", NOT_ACTORS)
def test_names_of_dates_and_things_are_no_actors(kb, spec, expected):
    assert set(actors(spec, kb)) == expected


def test_a_group_named_before_its_rocket_stays_an_actor(kb):
    recs = actors("""
    a             DET    det       rocket
    Hamas         PROPN  compound  rocket                           [ORG hamas#name]
    rocket        NOUN   nsubj     hit
    hit           VERB   ROOT      hit
    Ashkelon      PROPN  dobj      hit                              [GPE]
    .             PUNCT  punct     hit
    """, kb)
    assert "hamas" in recs


# -- more spans that name no actor (issue #16) ----------------------------------------------

MORE_NOT_ACTORS = [
    pytest.param("""
    Junta         PROPN  compound  troops                           [GPE]
    troops        NOUN   nsubj     shelled       lemma=troop tag=NNS
    shelled       VERB   ROOT      shelled       lemma=shell
    villages      NOUN   dobj      shelled       tag=NNS
    .             PUNCT  punct     shelled
    """, set(), id="a-capitalised-common-noun"),
    pytest.param("""
    Nasir         PROPN  nsubj     fell                             [GPE]
    fell          VERB   ROOT      fell          lemma=fall
    to            ADP    prep      fell
    an            DET    det       militia
    ethnic        ADJ    amod      militia
    Nuer          PROPN  compound  militia                          [ORG]
    militia       NOUN   pobj      to
    .             PUNCT  punct     fell
    """, {"nasir"}, id="an-ethnicity"),
    pytest.param("""
    India         PROPN  nsubj     suspended                        [GPE india#name]
    suspended     VERB   ROOT      suspended     lemma=suspend
    the           DET    det       Treaty
    Indus         PROPN  compound  Treaty                           [ORG
    Waters        PROPN  compound  Treaty        tag=NNPS
    Treaty        PROPN  dobj      suspended                        ]
    .             PUNCT  punct     suspended
    """, {"india"}, id="a-named-accord"),
    pytest.param("""
    It            PRON   nsubj     was
    was           AUX    ROOT      was           lemma=be
    a             DET    det       clash
    clash         NOUN   attr      was
    between       ADP    prep      clash
    the           DET    det       Koreas
    two           NUM    nummod    Koreas
    Koreas        PROPN  pobj      between       tag=NNPS           [GPE]
    .             PUNCT  punct     was
    """, set(), id="a-state-name-counted"),
    pytest.param("""
    RSF           PROPN  compound  Strike                           [ORG rapid-support-forces#alias]
    Strike        PROPN  nsubj     Civilians
    on            ADP    prep      Strike
    El            PROPN  compound  Fasher                           [ORG
    Fasher        PROPN  pobj      on
    Kills         VERB   compound  Civilians     tag=VBZ            ]
    Five          NUM    nummod    Civilians
    Civilians     PROPN  ROOT      Civilians     tag=NNPS
    """, {"rapid-support-forces", "el-fasher-sd"}, id="a-headline-verb-swallowed"),
]


@pytest.mark.parametrize("spec,expected", MORE_NOT_ACTORS)
def test_more_spans_that_name_no_actor(kb, spec, expected):
    assert set(actors(spec, kb)) == expected


def test_a_known_name_after_a_lower_case_modifier(kb):
    recs = actors("""
    Troops        NOUN   nsubj     raided        tag=NNS
    raided        VERB   ROOT      raided        lemma=raid
    Jenin         PROPN  dobj      raided                           [GPE]
    in            ADP    prep      raided
    the           DET    det       Bank
    occupied      ADJ    amod      Bank                             [LOC west-bank#alias
    West          PROPN  compound  Bank
    Bank          PROPN  pobj      in                               ]
    .             PUNCT  punct     raided
    """, kb)
    assert recs["west-bank"].aliases == ("West Bank",)


def test_a_lower_case_alias_is_no_mention_of_its_entry_by_the_other_name(kb):
    recs = actors("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    southern      ADJ    amod      Lebanon                          [LOC south-lebanon#alias
    Lebanon       PROPN  dobj      struck                           ]
    .             PUNCT  punct     struck
    """, kb)
    assert "south-lebanon" not in recs


# -- a date tagged PERSON, a capitalised common noun alone, an event's name: no actors --------

def test_a_date_with_a_number_tagged_person_is_no_actor(kb):
    recs = actors("""
    The           DET    det       deal
    deal          NOUN   nsubjpass signed        lemma=deal
    was           AUX    auxpass   signed        lemma=be
    signed        VERB   ROOT      signed        lemma=sign tag=VBN
    on            ADP    prep      signed
    May           PROPN  pobj      on                               [PERSON
    15            NUM    nummod    May                              ]
    .             PUNCT  punct     signed
    """, kb)
    assert recs == {}


def test_a_common_noun_alone_tagged_org_is_no_actor(kb):
    # "The Department described the moves as reckless"; "said Defence spokesman"
    recs = actors("""
    The           DET    det       Department
    Department    PROPN  nsubj     described                        [ORG]
    described     VERB   ROOT      described     lemma=describe
    the           DET    det       moves
    moves         NOUN   dobj      described     lemma=move tag=NNS
    .             PUNCT  punct     described
    Defence       PROPN  compound  spokesman                        [ORG]
    spokesman     NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert recs == {}


def test_an_events_name_is_no_actor(kb):
    # GUIDELINES convention 10: events and summits are not actors
    recs = actors("""
    Leaders       NOUN   nsubj     met           lemma=leader tag=NNS
    met           VERB   ROOT      met           lemma=meet
    at            ADP    prep      met
    the           DET    det       Summit
    Nuclear       PROPN  compound  Summit                           [ORG
    Security      PROPN  compound  Summit
    Summit        PROPN  pobj      at                               ]
    .             PUNCT  punct     met
    """, kb)
    assert recs == {}


def test_a_title_word_or_a_feast_alone_is_no_actor(kb):
    # "Caretaker Chief Minister ... condemned"; "His Majesty sent"; "the celebration of Easter"
    recs = actors("""
    Caretaker     PROPN  compound  Minister                         [ORG]
    Chief         PROPN  compound  Minister
    Minister      PROPN  nsubj     condemned
    condemned     VERB   ROOT      condemned     lemma=condemn
    it            PRON   dobj      condemned
    .             PUNCT  punct     condemned
    His           PRON   poss      Majesty
    Majesty       PROPN  nsubj     sent                             [PERSON]
    sent          VERB   ROOT      sent          lemma=send
    greetings     NOUN   dobj      sent          tag=NNS
    .             PUNCT  punct     sent
    We            PRON   nsubj     celebrate
    celebrate     VERB   ROOT      celebrate
    Easter        PROPN  dobj      celebrate                        [PERSON]
    .             PUNCT  punct     celebrate
    """, kb)
    assert recs == {}


def test_a_sea_or_an_honorific_alone_is_no_actor(kb):
    # "the West Philippine Sea" ("Sea" alone tagged LOC), "His Excellency" (tagged GPE)
    recs = actors("""
    It            PRON   nsubj     patrols
    patrols       VERB   ROOT      patrols       lemma=patrol
    the           DET    det       Sea
    West          PROPN  compound  Sea
    Philippine    PROPN  compound  Sea
    Sea           PROPN  dobj      patrols                          [LOC]
    .             PUNCT  punct     patrols
    His           PRON   poss      Excellency
    Excellency    PROPN  nsubj     spoke                            [GPE]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, kb)
    assert "sea" not in recs and "excellency" not in recs and not any(
        r.type == "Place" and r.name in ("Sea", "Excellency") for r in recs.values())


def test_a_title_the_ner_took_for_a_body_is_no_actor(kb):
    # "handed the letter to the Diplomatic Advisor of the UAE President"
    recs = actors("""
    He            PRON   nsubj     handed
    handed        VERB   ROOT      handed        lemma=hand
    the           DET    det       letter
    letter        NOUN   dobj      handed
    to            ADP    prep      handed
    the           DET    det       Advisor                          [ORG
    Diplomatic    PROPN  compound  Advisor
    Advisor       PROPN  pobj      to                               ]
    .             PUNCT  punct     handed
    """, kb)
    assert recs == {}


def test_a_body_named_with_a_title_stays_an_actor(kb):
    # "the Office of the Prime Minister said": a body, though it ends in a title
    recs = actors("""
    the           DET    det       Office                           [ORG
    Office        PROPN  nsubj     said
    of            ADP    prep      Office
    the           DET    det       Minister
    Prime         PROPN  compound  Minister
    Minister      PROPN  pobj      of                               ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(recs) == ["office-of-the-prime-minister"]


def test_the_west_is_no_actor(kb):
    # "Russia expelled diplomats in retaliation against the West": a bloc of states, no place
    recs = actors("""
    Russia        PROPN  nsubj     expelled                         [GPE russia#name]
    expelled      VERB   ROOT      expelled      lemma=expel
    diplomats     NOUN   dobj      expelled      lemma=diplomat tag=NNS
    in            ADP    prep      expelled
    retaliation   NOUN   pobj      in
    against       ADP    prep      retaliation
    the           DET    det       West
    West          PROPN  pobj      against                          [LOC]
    .             PUNCT  punct     expelled
    """, kb)
    assert list(recs) == ["russia"]


def test_a_person_called_west_stays_an_actor(kb):
    recs = actors("""
    Envoy         PROPN  compound  West
    Thomas        PROPN  compound  West                             [PERSON
    West          PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Muttaqi       PROPN  dobj      met                              [PERSON]
    .             PUNCT  punct     met
    """, kb)
    assert "thomas-west" in recs


@pytest.mark.parametrize("first,expected", [("Official", set()), ("Kabul", {"kabul-af"})])
def test_a_title_heading_a_headline_is_no_dateline_place(kb, first, expected):
    # "Official: Afghan militants attack checkpoint" -- a source, where "KABUL:" names a place
    recs = actors(f"""
    {first:13} PROPN  ROOT      {first}
    :             PUNCT  punct     {first}
    Taliban       PROPN  nsubj     attack                           [ORG taliban#name]
    attack        VERB   ROOT      attack
    checkpoint    NOUN   dobj      attack
    """, kb)
    assert set(recs) - {"taliban"} == expected


def test_a_truce_or_an_arrangement_named_is_no_actor(kb):
    # "Angolan President Urges Ceasefire" (a title-case headline); "signed the Framework Arrangement"
    recs = actors("""
    Angolan       ADJ    amod      President                        [NORP angola#demonym]
    President     PROPN  nsubj     Urges
    Urges         VERB   ROOT      Urges         lemma=urge
    Ceasefire     PROPN  dobj      Urges                            [ORG]
    .             PUNCT  punct     Urges
    They          PRON   nsubj     signed
    signed        VERB   ROOT      signed        lemma=sign
    the           DET    det       Arrangement                      [ORG
    Framework     PROPN  compound  Arrangement
    Arrangement   PROPN  dobj      signed                           ]
    .             PUNCT  punct     signed
    """, kb)
    assert set(recs) == {"angola"}


def test_an_exclusive_economic_zone_is_no_place(kb):
    # "Vietnam's Exclusive Economic Zone (EEZ)": a state's maritime zone by its generic name
    assert set(actors("""
    China         PROPN  nsubj     entered                          [GPE china#name]
    entered       VERB   ROOT      entered       lemma=enter
    Vietnam       PROPN  poss      Zone                             [GPE]
    's            PART   case      Vietnam
    Exclusive     PROPN  compound  Zone                             [LOC
    Economic      PROPN  compound  Zone
    Zone          PROPN  dobj      entered                          ]
    (             PUNCT  punct     EEZ
    EEZ           PROPN  appos     Zone                             [ORG]
    )             PUNCT  punct     EEZ
    .             PUNCT  punct     entered
    """, kb)) == {"china", "vietnam"}
