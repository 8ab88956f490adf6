"""Tests of :mod:`kg.actors.extract`, the actor stage as a whole: its public names and how a
statistical entity the entity ruler did not identify is resolved."""

from __future__ import annotations

import pytest
from actor_records import actors, doc_actors, types

import kg.actors
from kg.actors.extract import extract_actors


def test_public_names():
    assert kg.actors.extract_actors is extract_actors
    for name in ("DocumentActors", "MentionInfo", "RoleInfo", "Institution"):
        assert hasattr(kg.actors, name)


def test_the_stage_leaves_its_document_indexed(kb):
    da = doc_actors("""
    Egypt         PROPN  nsubj     urged                            [GPE egypt#name]
    urged         VERB   ROOT      urged         lemma=urge
    Hamas         PROPN  dobj      urged                            [ORG hamas#name]
    .             PUNCT  punct     urged
    """, kb)
    assert da.token_actor == {0: "egypt", 2: "hamas"}
    assert dict(da.country_votes) == {"EG": 1, "PS": 1}   # Hamas votes for its country
    assert [a.id for a in da.records()] == ["egypt", "hamas"]


# expected: every actor of the text, id -> type
STATISTICAL = [
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE]
    struck        VERB   ROOT      struck        lemma=strike
    .             PUNCT  punct     struck
    """, {"israel": "State"}, id="a-knowledge-base-name-the-ruler-missed"),
    pytest.param("""
    Acme          PROPN  compound  Relief                           [ORG
    Relief        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"acme-relief": "Group"}, id="an-unknown-organisation-is-a-group"),
    pytest.param("""
    Shells        NOUN   nsubj     fell          lemma=shell tag=NNS
    fell          VERB   ROOT      fell          lemma=fall
    on            ADP    prep      fell
    Qwertyville   PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     fell
    """, {"qwertyville": "Place"}, id="an-unknown-place"),
    pytest.param("""
    Muslim        ADJ    amod      leaders                          [NORP]
    leaders       NOUN   nsubj     met           lemma=leader tag=NNS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, {}, id="a-religion-is-no-actor"),
    pytest.param("""
    John          PROPN  compound  Smith                            [PERSON
    Smith         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"john-smith": "Person"}, id="an-unknown-person"),
    pytest.param("""
    Jund          PROPN  compound  Brigades                         [PERSON
    Allah         PROPN  compound  Brigades
    Brigades      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"jund-allah-brigades": "Group"}, id="a-name-tagged-person-with-an-organisations-head-is-a-group"),
    pytest.param("""
    Hizb          PROPN  compound  Qwertani                         [PERSON
    Qwertani      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"hizb-qwertani": "Group"}, id="a-name-tagged-person-with-a-groups-word-is-a-group"),
    pytest.param("""
    Islamic       PROPN  compound  Movement                         [PERSON
    Resistance    PROPN  compound  Movement
    Movement      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"hamas": "Group"}, id="a-known-group-tagged-person-is-the-known-group"),
    pytest.param("""
    Islamic       PROPN  compound  Group                            [PERSON
    Resistance    PROPN  compound  Group
    Group         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"islamic-resistance-group": "Group"}, id="a-name-tagged-person-with-a-groups-head-a-new-group"),
]


@pytest.mark.parametrize("spec,expected", STATISTICAL)
def test_statistical_entities(kb, spec, expected):
    assert types(actors(spec, kb)) == expected


def test_a_name_tagged_as_a_place_with_a_title_in_apposition_is_a_person(kb):
    """"the arrest of Khamis Sirhan al-Muhammad, a former militia commander" (tagged FAC)."""
    recs = actors("""
    Police        NOUN   nsubj     arrested
    arrested      VERB   ROOT      arrested      lemma=arrest
    Khamis        PROPN  compound  Muhammad                         [FAC
    Sirhan        PROPN  compound  Muhammad
    Muhammad      PROPN  dobj      arrested                         ]
    ,             PUNCT  punct     Muhammad
    a             DET    det       commander
    former        ADJ    amod      commander
    militia       NOUN   compound  commander
    commander     NOUN   appos     Muhammad
    .             PUNCT  punct     arrested
    """, kb)
    assert recs["khamis-sirhan-muhammad"].type in ("Person", "Official")


def test_a_surname_tagged_org_after_a_name_titled_in_apposition_is_the_person(kb):
    """"Eliseo Posadas, commander of the brigade, said ..." (tagged ORG), then "Posadas said"
    (tagged ORG): one person, no group "Posadas"."""
    recs = actors("""
    Eliseo        PROPN  compound  Posadas                          [ORG
    Posadas       PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Posadas
    commander     NOUN   appos     Posadas
    of            ADP    prep      commander
    the           DET    det       brigade
    brigade       NOUN   pobj      of
    ,             PUNCT  punct     Posadas
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    Posadas       PROPN  nsubj     said@2                           [ORG]
    said          VERB   ROOT      said@2        lemma=say
    .             PUNCT  punct     said@2
    """, kb)
    assert set(recs) == {"eliseo-posadas"}
    assert recs["eliseo-posadas"].type in ("Person", "Official")


def test_a_name_tagged_org_in_apposition_to_a_title_before_it_is_a_person(kb):
    """"A spokesperson for Ukrainian land forces, Volodymyr Fitio, said ..." (tagged ORG)."""
    recs = actors("""
    A             DET    det       spokesperson
    spokesperson  NOUN   nsubj     said
    for           ADP    prep      spokesperson
    land          NOUN   compound  forces
    forces        NOUN   pobj      for           lemma=force tag=NNS
    ,             PUNCT  punct     spokesperson
    Volodymyr     PROPN  compound  Fitio                            [ORG
    Fitio         PROPN  appos     spokesperson                     ]
    ,             PUNCT  punct     spokesperson
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert recs["volodymyr-fitio"].type in ("Person", "Official")


def test_a_name_tagged_fac_ending_in_a_word_for_fighters_is_a_group(kb):
    """"signed a pact with the government and Mai Mai militia" (tagged FAC)."""
    recs = actors("""
    Rebels        NOUN   nsubj     signed        lemma=rebel tag=NNS
    signed        VERB   ROOT      signed        lemma=sign
    a             DET    det       pact
    pact          NOUN   dobj      signed
    with          ADP    prep      signed
    Mai           PROPN  compound  militia                          [FAC
    Mai           PROPN  compound  militia
    militia       NOUN   pobj      with                             ]
    .             PUNCT  punct     signed
    """, kb)
    assert recs["mai-mai-militia"].type == "Group"


def test_a_persons_full_name_tagged_org_in_another_sentence_is_the_person(kb):
    recs = actors("""
    President     PROPN  compound  Petro
    Gustavo       PROPN  compound  Petro                            [PERSON
    Petro         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    Gustavo       PROPN  compound  Petro@2                          [ORG
    Petro         PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, kb)
    assert recs["gustavo-petro"].type in ("Person", "Official")


def test_a_hyphened_former_prefix_is_no_part_of_a_demonym(kb):
    """"Ex-Nigerian President Umbar Dacil", the prefix in one NORP span with the demonym
    (``former_prefix``): the state Nigeria, not a group "Ex-Nigerian"."""
    recs = actors("""
    Ex            ADJ    amod      Dacil                            [NORP
    -             PUNCT  punct     Dacil
    Nigerian      ADJ    amod      Dacil                            ]
    President     PROPN  compound  Dacil
    Umbar         PROPN  compound  Dacil                            [PERSON
    Dacil         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    """, kb)
    assert types(recs) == {"nigeria": "State", "umbar-dacil": "Official"}


def test_a_name_owning_a_title_is_a_group(kb):
    # "Seleka leader Michel Djotodia": the NER's NORP owns the title, so names a group
    recs = actors("""
    Seleka        PROPN  compound  leader                           [NORP]
    leader        NOUN   compound  Djotodia
    Michel        PROPN  compound  Djotodia                         [PERSON
    Djotodia      PROPN  nsubj     declared                         ]
    declared      VERB   ROOT      declared      lemma=declare
    himself       PRON   dobj      declared
    president     NOUN   oprd      declared
    .             PUNCT  punct     declared
    """, kb)
    assert types(recs).get("seleka") == "Group"


def test_an_adjective_before_a_title_is_no_group(kb):
    # "supporters of detained Muslim leader Mr Nur Misuari": the religion describes the holder
    recs = actors("""
    supporters    NOUN   ROOT      supporters    lemma=supporter tag=NNS
    of            ADP    prep      supporters
    detained      VERB   amod      leader        lemma=detain tag=VBN
    Muslim        ADJ    amod      leader        tag=JJ             [NORP]
    leader        NOUN   compound  Misuari
    Mr            PROPN  compound  Misuari                          [PERSON
    Nur           PROPN  compound  Misuari
    Misuari       PROPN  pobj      of                               ]
    .             PUNCT  punct     supporters
    """, kb)
    assert "muslim" not in recs and "nur-misuari" in recs
