"""Rule tests of :mod:`kg.actors.longnames`: a longer name around a knowledge-base name
the entity ruler cut is read back, and linked to the known state or group it starts with.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import doctest

import pytest
from actor_records import actors, doc_actors

import kg.actors.longnames as longnames

# expected: {id: (type, name)} of the longer name, and (group, parent, role) links, if any

LONGER = [
    pytest.param("""
    The           DET    det       Mission
    United        PROPN  compound  Nations                          [ORG united-nations#name
    Nations       PROPN  compound  Mission                          ]
    Support       PROPN  compound  Mission
    Mission       PROPN  nsubj     said
    in            ADP    prep      Mission
    Libya         PROPN  pobj      in                               [GPE libya#name]
    (             PUNCT  punct     Libya
    UNSMIL        PROPN  appos     Libya                            [ORG]
    )             PUNCT  punct     Mission
    said          VERB   ROOT      said          lemma=say
    talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ccomp     said          lemma=resume
    .             PUNCT  punct     said
    """, {"united-nations-support-mission-in-libya": ("Group", "United Nations Support Mission in Libya")},
        {("united-nations-support-mission-in-libya", "united-nations", "support mission in libya")},
        id="a-name-spelled-out-before-its-acronym"),
    pytest.param("""
    Eyewitnesses  NOUN   nsubj     informed      tag=NNS
    informed      VERB   ROOT      informed      lemma=inform
    Sudan         PROPN  compound  News                             [GPE sudan#name]
    News          PROPN  dobj      informed
    on            ADP    prep      informed
    Friday        PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     informed
    """, {"sudan-news": ("Group", "Sudan News")}, {("sudan-news", "sudan", "news")},
        id="an-outlet-named-after-a-state"),
    pytest.param("""
    Drones        NOUN   nsubj     flew          lemma=drone tag=NNS
    flew          VERB   ROOT      flew          lemma=fly
    over          ADP    prep      flew
    Khartoum      PROPN  compound  Airport                          [GPE sudan#capital]
    International PROPN  compound  Airport
    Airport       PROPN  pobj      over
    .             PUNCT  punct     flew
    """, {"khartoum-international-airport": ("Place", "Khartoum International Airport")}, set(),
        id="an-airport-named-after-a-capital"),
    pytest.param("""
    Ethiopian     PROPN  compound  Airlines                         [NORP ethiopia#demonym]
    Airlines      PROPN  nsubj     suspended     tag=NNPS
    suspended     VERB   ROOT      suspended     lemma=suspend
    flights       NOUN   dobj      suspended     lemma=flight tag=NNS
    .             PUNCT  punct     suspended
    """, {"ethiopian-airlines": ("Group", "Ethiopian Airlines")}, {("ethiopian-airlines", "ethiopia", "airlines")},
        id="a-company-named-with-a-demonym"),
    pytest.param("""
    Residents     NOUN   nsubj     told          lemma=resident tag=NNS
    told          VERB   ROOT      told          lemma=tell
    Radio         PROPN  compound  Asia                             [ORG
    Free          PROPN  compound  Asia                             ]
    Asia          PROPN  dobj      told                             [LOC asia#name]
    on            ADP    prep      told
    Wednesday     PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     told
    """, {"radio-free-asia": ("Group", "Radio Free Asia")}, set(), id="an-organisation-the-ruler-cut-before-a-place"),
    # a name the NER cut before "of" and a known name: one longer name, not the state
    pytest.param("""
    Rebels        NOUN   nsubj     said          lemma=rebel tag=NNS
    of            ADP    prep      Rebels
    the           DET    det       Movement                         [ORG
    Patriotic     PROPN  compound  Movement
    Movement      PROPN  pobj      of
    of            ADP    prep      Movement                         ]
    Sudan         PROPN  pobj      of                               [GPE sudan#name]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"patriotic-movement-of-sudan": ("Group", "Patriotic Movement of Sudan")}, set(),
        id="a-name-cut-before-of-and-a-state"),
    # a known place after a capitalised word that qualifies it: another place ("Blue Nile")
    pytest.param("""
    Rebels        NOUN   nsubj     fought        lemma=rebel tag=NNS
    fought        VERB   ROOT      fought        lemma=fight
    in            ADP    prep      fought
    Central       PROPN  compound  Darfur
    Darfur        PROPN  pobj      in                               [LOC darfur#name]
    .             PUNCT  punct     fought
    """, {"central-darfur": ("Place", "Central Darfur")}, set(), id="a-qualified-known-place"),
]


@pytest.mark.parametrize("spec,expected,links", LONGER)
def test_longer_names(kb, spec, expected, links):
    da = doc_actors(spec, kb)
    recs = {a.id: a for a in da.records()}
    assert {i: (recs[i].type, recs[i].name) for i in expected if i in recs} == expected
    assert {(g, p, r) for g, p, r, _ in da.institutions} == links
    assert "asia" not in recs and "darfur" not in recs


def test_the_description_of_a_body_is_the_body_the_document_names(kb):
    da = doc_actors("""
    The           DET    det       mission
    UN            PROPN  compound  mission                          [ORG united-nations#alias]
    mission       NOUN   nsubj     brokered
    in            ADP    prep      mission
    Libya         PROPN  pobj      in                               [GPE libya#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    a             DET    det       truce
    truce         NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    The           DET    det       Mission
    United        PROPN  compound  Nations                          [ORG united-nations#name
    Nations       PROPN  compound  Mission                          ]
    Support       PROPN  compound  Mission
    Mission       PROPN  nsubj     said
    in            ADP    prep      Mission
    Libya         PROPN  pobj      in@2                             [GPE libya#name]
    (             PUNCT  punct     Libya@2
    UNSMIL        PROPN  appos     Libya@2                          [ORG]
    )             PUNCT  punct     Mission
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    groups = {a.id: a.aliases for a in da.records() if a.type == "Group"}
    assert groups == {"united-nations": ("UN", "United Nations"),
                      "united-nations-support-mission-in-libya": (
                          "The UN mission", "UNSMIL", "United Nations Support Mission in Libya")}


def test_doctests():
    assert doctest.testmod(longnames).failed == 0


# -- names read back around brackets, outlets the NER missed ---------------------------------

def test_a_name_spelled_out_with_particles_before_a_known_acronym_is_that_actor(kb):
    recs = actors("""
    Al            PROPN  compound  Qaeda                            [ORG al-qaeda#alias
    Qaeda         PROPN  compound  affiliate                        ]
    affiliate     NOUN   nsubj     claimed
    Jama'a        PROPN  appos     affiliate                        [PERSON
    Nusrat        PROPN  appos     affiliate                        ]
    ul            PROPN  appos     affiliate
    -             PROPN  appos     affiliate
    Islam         PROPN  appos     affiliate
    wa            VERB   appos     affiliate
    al            PROPN  compound  JNIM                             [PERSON
    -@2           PROPN  punct     JNIM
    Muslimin      PROPN  nmod      JNIM                             ]
    (             PUNCT  punct     JNIM
    JNIM          PROPN  appos     affiliate                        [ORG jnim#name]
    )             PUNCT  punct     affiliate
    has           AUX    aux       claimed       lemma=have
    claimed       VERB   ROOT      claimed       tag=VBN
    .             PUNCT  punct     claimed
    """.replace("-@2 ", "-   "), kb)
    assert set(recs) == {"al-qaeda", "jnim"}
    assert "JNIM" in recs["jnim"].aliases and len(recs["jnim"].aliases) == 2


def test_a_bracketed_name_of_the_document_and_a_short_form(kb):
    recs = actors("""
    Rebels        NOUN   nsubj     led           tag=NNS
    led           VERB   ROOT      led
    by            ADP    agent     led
    Sendero       PROPN  compound  Luminoso                         [ORG
    Luminoso      PROPN  pobj      by                               ]
    (             PUNCT  punct     Path
    Shining       VERB   amod      Path          tag=VBG
    Path          PROPN  appos     Luminoso
    )             PUNCT  punct     Luminoso
    attacked      VERB   conj      led
    .             PUNCT  punct     led
    The           DET    det       Path@2
    Shining       PROPN  compound  Path@2                           [ORG
    Path          PROPN  nsubj     fought                           ]
    fought        VERB   ROOT      fought        lemma=fight
    .             PUNCT  punct     fought
    Officials     NOUN   nsubj     blamed        tag=NNS
    blamed        VERB   ROOT      blamed        lemma=blame
    Sendero       PROPN  dobj      blamed                           [ORG]
    .             PUNCT  punct     blamed
    """, kb)
    assert set(recs) == {"shining-path"}
    assert recs["shining-path"].aliases == ("Sendero", "Sendero Luminoso", "Shining Path")


@pytest.mark.parametrize("spec,expected", [
    pytest.param("""
    Goobjoog      PROPN  nmod      News                             [WORK_OF_ART
    News          PROPN  nmod      radio                            ]
    local         ADJ    amod      radio
    radio         NOUN   nsubj     reported
    reported      VERB   ROOT      reported      lemma=report
    .             PUNCT  punct     reported
    """, {"goobjoog-news": "Goobjoog News"}, id="a-name-before-news"),
    pytest.param("""
    Islamic       PROPN  compound  State                            [ORG islamic-state#name
    State         PROPN  nsubj     claimed                          ]
    claimed       VERB   ROOT      claimed       lemma=claim
    it            PRON   dobj      claimed
    via           ADP    prep      claimed
    its           PRON   poss      agency        tag=PRP$
    Amaq          PROPN  compound  agency                           [PRODUCT]
    news          NOUN   compound  agency
    agency        NOUN   pobj      via
    .             PUNCT  punct     claimed
    """, {"islamic-state": "Islamic State", "amaq": "Amaq"}, id="a-name-before-news-agency"),
    pytest.param("""
    Ukraine       PROPN  nsubj     struck                           [GPE ukraine#name]
    struck        VERB   ROOT      struck        lemma=strike
    Crimea        PROPN  dobj      struck                           [GPE]
    ,             PUNCT  punct     struck
    VOA           PROPN  compound  News                             [ORG voice-of-america#alias]
    News          PROPN  appos     Crimea
    reported      VERB   conj      struck
    .             PUNCT  punct     struck
    """, {"ukraine": "Ukraine", "crimea": "Crimea", "voice-of-america": "Voice of America"},
        id="an-outlet-s-own-news"),
])
def test_outlets_the_ner_missed(kb, spec, expected):
    recs = actors(spec, kb)
    assert {i: a.name for i, a in recs.items()} == expected


def test_the_acronym_of_a_title_is_no_actor(kb):
    recs = actors("""
    the           DET    det       Chief
    Chief         PROPN  nsubj     said
    of            ADP    prep      Chief
    Army          PROPN  compound  Staff                            [ORG]
    Staff         PROPN  pobj      of
    (             PUNCT  punct     Staff
    COAS          PROPN  appos     Staff                            [ORG]
    )             PUNCT  punct     Chief
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert "coas" not in recs


def test_a_count_or_a_year_before_an_army_is_no_unit_number(kb):
    # "2 Army men killed"; "until a 2014 Pakistani Army offensive"; "the 21 Special Armoured Brigade" stays a unit
    recs = actors("""
    2             NUM    nummod    men
    Army          PROPN  compound  men
    men           NOUN   nsubjpass killed        lemma=man tag=NNS
    were          AUX    auxpass   killed
    killed        VERB   ROOT      killed        lemma=kill
    until         ADP    prep      killed
    a             DET    det       offensive
    2014          NUM    nummod    offensive
    Pakistani     PROPN  compound  Army                             [ORG pakistan-army#alias
    Army          PROPN  compound  offensive                        ]
    offensive     NOUN   pobj      until
    .             PUNCT  punct     killed
    the           DET    det       Brigade
    21            NUM    nummod    Brigade
    Special       PROPN  compound  Brigade
    Armoured      PROPN  compound  Brigade
    Brigade       PROPN  nsubj     attacked
    attacked      VERB   ROOT      attacked      lemma=attack
    .             PUNCT  punct     attacked
    """, kb)
    names = {r.name for r in recs.values()}
    assert not any(n[:1].isdigit() for n in names - {"21 Special Armoured Brigade"})
    assert "21 Special Armoured Brigade" in names


def test_a_name_cut_before_a_hyphen_is_not_mended_short(kb):
    # "members of the Board of the Russian-Turkish Business Association": no "Board of the Russian"
    recs = actors("""
    Fidan         PROPN  nsubj     met                              [PERSON hakan-fidan#alias]
    met           VERB   ROOT      met           lemma=meet
    the           DET    det       Board                            [ORG
    Board         PROPN  dobj      met
    of            ADP    prep      Board
    the           DET    det       Association                      ]
    Russian       ADJ    amod      Turkish                          [NORP russia#demonym]
    -             PUNCT  punct     Turkish
    Turkish       PROPN  compound  Association                      [NORP turkey#demonym]
    Business      PROPN  compound  Association
    Association   PROPN  pobj      of
    .             PUNCT  punct     met
    """, kb)
    assert not any(r.name.startswith("Board") for r in recs.values())


def test_a_name_the_ruler_split_at_a_known_place_is_read_back_up_to_its_head(kb):
    # "the All Burma Students' Democratic Front" (here of Sudan): not "the All" and the state
    recs = actors("""
    Troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       Front                            [ORG
    All           PROPN  compound  Front                            ]
    Sudan         PROPN  compound  Front                            [GPE sudan#name]
    Students      PROPN  compound  Front         tag=NNPS
    '             PART   case      Students      tag=POS
    Democratic    PROPN  compound  Front
    Front         PROPN  dobj      attacked
    .             PUNCT  punct     attacked
    """, kb)
    assert [r.name for r in recs.values()] == ["All Sudan Students' Democratic Front"]
