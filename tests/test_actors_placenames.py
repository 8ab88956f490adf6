"""Rule tests of :mod:`kg.actors.placenames`: a place's kind word written next to its name
makes it a Place, whatever the NER says, kept whole, and named without a lower-case kind
word.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import actors

# expected: {id: (type, name, aliases)} of the places (other actors ignored)

PLACES = [
    pytest.param("""
    Junta         PROPN  compound  forces
    forces        NOUN   nsubj     shelled       lemma=force tag=NNS
    shelled       VERB   ROOT      shelled       lemma=shell
    Pauktaw       PROPN  compound  township                         [PERSON]
    township      NOUN   poss      village
    's            PART   case      township      tag=POS
    Maw           PROPN  compound  Gyi                              [PERSON
    Htoke         PROPN  compound  Gyi                              ]
    Gyi           PROPN  compound  village
    village       NOUN   dobj      shelled
    .             PUNCT  punct     shelled
    """, {"pauktaw": ("Place", "Pauktaw", ("Pauktaw township",)),
          "maw-htoke-gyi": ("Place", "Maw Htoke Gyi", ("Maw Htoke Gyi village",))},
        id="a-name-before-its-kind-word-whole-whatever-the-ner-says"),
    pytest.param("""
    Fighting      NOUN   nsubj     spread
    spread        VERB   ROOT      spread
    in            ADP    prep      spread
    Yemen         PROPN  poss      state                            [GPE yemen#name]
    's            PART   case      Yemen         tag=POS
    western       ADJ    amod      state
    state         NOUN   pobj      in
    of            ADP    prep      state
    Rakhine       PROPN  pobj      of                               [PERSON]
    .             PUNCT  punct     spread
    Rakhine       PROPN  nsubj     is                               [ORG]
    is            AUX    ROOT      is            lemma=be
    poor          ADJ    acomp     is
    .             PUNCT  punct     is
    """, {"rakhine": ("Place", "Rakhine", ("Rakhine",)), "yemen": ("Place", "Yemen", ("Yemen",))},
        id="a-name-after-kind-of-is-that-place-everywhere-in-the-document"),
    pytest.param("""
    The           DET    det       RSF
    RSF           PROPN  nsubj     attacked                         [ORG rapid-support-forces#alias]
    attacked      VERB   ROOT      attacked      lemma=attack
    targets       NOUN   dobj      attacked      lemma=target tag=NNS
    in            ADP    prep      attacked
    Khartoum      PROPN  compound  state                            [GPE sudan#capital]
    state         NOUN   pobj      in
    .             PUNCT  punct     attacked
    """, {"khartoum-sd": ("Place", "Khartoum", ("Khartoum state",))},
        id="a-capital-before-a-kind-word-names-the-province-not-the-government"),
    pytest.param("""
    Fighting      NOUN   nsubj     erupted
    erupted       VERB   ROOT      erupted       lemma=erupt
    in            ADP    prep      erupted
    the           DET    det       region
    Lower         PROPN  compound  Shabelle                         [LOC
    Shabelle      PROPN  compound  region                           ]
    region        NOUN   pobj      in
    and           CCONJ  cc        in
    in            ADP    conj      in
    Upper         PROPN  compound  Nile                             [GPE]
    Nile          PROPN  compound  State                            [LOC]
    State         PROPN  pobj      in@2
    .             PUNCT  punct     erupted
    """, {"lower-shabelle": ("Place", "Lower Shabelle", ("Lower Shabelle region",)),
          "upper-nile-state": ("Place", "Upper Nile State", ("Upper Nile State",))},
        id="a-lower-case-kind-word-is-no-part-of-the-name-a-capitalised-one-is"),
    pytest.param("""
    Philippine    ADJ    amod      rebels                           [NORP philippines#demonym]
    rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       island
    central       ADJ    amod      island
    island        NOUN   dobj      attacked
    of            ADP    prep      island
    Samar         PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     attacked
    """, {"samar": ("Place", "Samar", ("Samar",)), "philippines": ("Place", "Philippines", ("Philippine",))},
        id="no-namesake-found-by-another-of-its-names-elsewhere"),
    pytest.param("""
    fighters      NOUN   nsubj     attacked      lemma=fighter tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       town
    northern      ADJ    amod      town
    Sudan         PROPN  compound  town                             [GPE sudan#name]
    town          NOUN   dobj      attacked
    of            ADP    prep      town
    Mellit        PROPN  pobj      of                               [PERSON]
    .             PUNCT  punct     attacked
    """, {"mellit-sd": ("Place", "Mellit", ("Mellit",)), "sudan": ("Place", "Sudan", ("Sudan",))},
        id="a-state-before-the-kind-word-is-no-part-of-a-name"),
    # a list of names before a plural kind word: each a place, whatever the NER says
    pytest.param("""
    Police        NOUN   nsubj     patrolled
    patrolled     VERB   ROOT      patrolled     lemma=patrol
    the           DET    det       crossings
    Jarinje       PROPN  compound  crossings                        [PERSON]
    and           CCONJ  cc        Jarinje
    Banja         PROPN  conj      Jarinje                          [PERSON]
    crossings     NOUN   dobj      patrolled     lemma=crossing tag=NNS
    .             PUNCT  punct     patrolled
    """, {"jarinje": ("Place", "Jarinje", ("Jarinje",)), "banja": ("Place", "Banja", ("Banja",))},
        id="a-list-of-names-before-a-plural-kind-word"),
]


@pytest.mark.parametrize("spec,expected", PLACES)
def test_places_marked_by_their_kind_word(kb, spec, expected):
    recs = actors(spec, kb)
    places = {i: (a.type, a.name, a.aliases) for i, a in recs.items() if a.type == "Place" or i in expected}
    assert places == expected


def test_a_kind_word_modifying_a_noun_marks_no_place(kb):
    recs = actors("""
    Cuba          PROPN  nsubj     wants                            [GPE]
    wants         VERB   ROOT      wants         lemma=want tag=VBZ
    a             DET    det       list
    U.S.          PROPN  compound  list                             [GPE united-states#alias]
    state         NOUN   compound  list
    sponsor       NOUN   compound  list
    list          NOUN   dobj      wants
    .             PUNCT  punct     wants
    """, kb)
    assert recs["united-states"].aliases == ("U.S.",)
    assert not any("state" in alias for a in recs.values() for alias in a.aliases)


def test_a_known_name_ending_in_a_kind_word_keeps_its_identity(kb):
    recs = actors("""
    the           DET    det       State
    Islamic       PROPN  compound  State                            [ORG islamic-state#name
    State         PROPN  nsubj     claimed                          ]
    claimed       VERB   ROOT      claimed       lemma=claim
    the           DET    det       attack
    attack        NOUN   dobj      claimed
    .             PUNCT  punct     claimed
    """, kb)
    assert recs["islamic-state"].type == "Group"


def test_a_facility_word_marks_its_name_as_a_place_and_stays_in_it(kb):
    recs = actors("""
    They          PRON   nsubj     reopen
    reopen        VERB   ROOT      reopen
    Mitiga        PROPN  compound  airport                          [PRODUCT]
    airport       NOUN   dobj      reopen
    in            ADP    prep      airport
    Tripoli       PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     reopen
    """, kb)
    assert (recs["mitiga-airport"].type, recs["mitiga-airport"].name) == ("Place", "Mitiga airport")


def test_a_known_place_before_a_facility_word_keeps_its_identity(kb):
    recs = actors("""
    Russians      PROPN  nsubjpass detained      tag=NNPS           [NORP russia#demonym]
    were          AUX    auxpass   detained      lemma=be
    detained      VERB   ROOT      detained      tag=VBN
    in            ADP    prep      detained
    the           DET    det       port
    Gaza          PROPN  compound  port                             [LOC gaza-strip#alias]
    port          NOUN   pobj      in
    .             PUNCT  punct     detained
    """, kb)
    assert "gaza-strip" in recs and not any("port" in a.name for a in recs.values())


def test_a_place_written_without_its_capitalised_kind_word_is_the_same_place(kb):
    recs = actors("""
    The           DET    det       attack
    attack        NOUN   nsubj     occurred
    occurred      VERB   ROOT      occurred
    on            ADP    prep      occurred
    Ramree        PROPN  compound  Island
    Island        PROPN  pobj      on
    .             PUNCT  punct     occurred
    The           DET    det       group
    group         NOUN   nsubj     captured
    captured      VERB   ROOT      captured      lemma=capture
    Ramree        PROPN  dobj      captured                         [GPE]
    .             PUNCT  punct     captured
    """, kb)
    assert recs["ramree-island"].aliases == ("Ramree", "Ramree Island")
    assert "ramree" not in recs


def test_the_south_in_a_story_of_north_korea(kb):
    recs = actors("""
    North         PROPN  compound  Korea                            [GPE north-korea#name
    Korea         PROPN  nsubj     blamed                           ]
    blamed        VERB   ROOT      blamed        lemma=blame
    the           DET    det       South
    South         PROPN  dobj      blamed                           [LOC]
    .             PUNCT  punct     blamed
    """, kb)
    assert recs["south-korea"].aliases == ("South",)


def test_a_list_after_a_plural_kind_word_and_a_list_the_ner_made_one_span(kb):
    recs = actors("""
    Rebels        NOUN   nsubj     are           tag=NNS
    are           AUX    ROOT      are           lemma=be
    present       ADJ    acomp     are
    in            ADP    prep      present
    the           DET    det       provinces
    provinces     NOUN   pobj      in            lemma=province tag=NNS
    of            ADP    prep      provinces
    Junin         PROPN  pobj      of                               [ORG
    ,             PUNCT  punct     Junin
    Ayacucho      PROPN  conj      Junin                            ]
    and           CCONJ  cc        Ayacucho
    Cusco         PROPN  conj      Ayacucho                         [GPE]
    .             PUNCT  punct     are
    """, kb)
    assert {a.name for a in recs.values()} == {"Junin", "Ayacucho", "Cusco"}
    assert {a.type for a in recs.values()} == {"Place"}


def test_a_place_in_a_place_the_ner_made_one_span(kb):
    recs = actors("""
    They          PRON   nsubj     attacked
    attacked      VERB   ROOT      attacked      lemma=attack
    around        ADP    prep      attacked
    Kashimri      PROPN  pobj      around                           [ORG
    in            ADP    prep      Kashimri
    Bama          PROPN  compound  Area
    Local         PROPN  compound  Area
    Government    PROPN  compound  Area
    Area          PROPN  pobj      in                               ]
    .             PUNCT  punct     attacked
    """, kb)
    assert {(a.name, a.type) for a in recs.values()} == {("Kashimri", "Place"), ("Bama Local Government Area", "Place")}


def test_a_place_named_with_its_capitalised_kind_word_is_that_place_bare_too(kb):
    recs = actors("""
    Insurgents    NOUN   nsubj     attacked      tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    bases         NOUN   dobj      attacked      tag=NNS
    in            ADP    prep      attacked
    Borno         PROPN  compound  State                            [GPE
    State         PROPN  pobj      in                               ]
    .             PUNCT  punct     attacked
    Nigeria       PROPN  nsubj     fought                           [GPE nigeria#name]
    fought        VERB   ROOT      fought        lemma=fight
    in            ADP    prep      fought
    Borno         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     fought
    """, kb)
    assert recs["borno-state"].aliases == ("Borno", "Borno State")
    assert not any(a.id.startswith("borna") for a in recs.values())

