"""Rule tests of :mod:`kg.actors.organisations`: short forms and acronyms of organisations.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import doctest

import pytest
from actor_records import actors, bare, doc_actors

from kg.actors import organisations
from kg.actors.organisations import acronym

# -- acronyms and expansions, short forms of organisations -----------------------------------
# expected: (the Groups of the text, {id: forms that must be among its aliases, less a leading "the"})

ORGANISATION_FORMS = [
    pytest.param("""
    The           DET    det       Rooms                            [ORG
    Emergency     PROPN  compound  Rooms
    Response      PROPN  compound  Rooms
    Rooms         PROPN  nsubj     said          tag=NNPS           ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       ERR
    ERR           PROPN  nsubj     fed                              [ORG]
    fed           VERB   ccomp     said          lemma=feed
    2,000         NUM    nummod    people
    people        NOUN   dobj      fed           tag=NNS
    .             PUNCT  punct     said
    """, ({"emergency-response-rooms"}, {"emergency-response-rooms": {"Emergency Response Rooms", "ERR"}}),
        id="acronym-of-non-kb-name"),
    pytest.param("""
    The           DET    det       Centre
    Palestinian   ADJ    amod      Centre                           [ORG palestinian-centre-for-human-rights#name
    Centre        PROPN  nsubj     said
    for           ADP    prep      Centre
    Human         PROPN  compound  Rights
    Rights        PROPN  pobj      for           tag=NNPS           ]
    said          VERB   ROOT      said          lemma=say
    PCHR          PROPN  compound  staff                            [ORG palestinian-centre-for-human-rights#alias]
    staff         NOUN   nsubjpass hurt
    were          AUX    auxpass   hurt          lemma=be tag=VBD
    hurt          VERB   ccomp     said          tag=VBN
    .             PUNCT  punct     said
    """, ({"palestinian-centre-for-human-rights"}, {"palestinian-centre-for-human-rights": {"PCHR"}}),
        id="kb-acronym"),
    pytest.param("""
    The           DET    det       Forces
    Israel        PROPN  compound  Forces                           [ORG israel-defense-forces#name
    Defense       PROPN  compound  Forces
    Forces        PROPN  nsubj     said          tag=NNPS           ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       IDF
    IDF           PROPN  nsubj     struck                           [ORG israel-defense-forces#alias]
    struck        VERB   ccomp     said          lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     said
    """, ({"israel-defense-forces"}, {"israel-defense-forces": {"Israel Defense Forces", "IDF"}}), id="idf"),
    # "the Red Crescent" after "the Palestinian Red Crescent" is the same body
    pytest.param("""
    The           DET    det       Crescent
    Palestinian   PROPN  compound  Crescent                         [ORG palestinian-red-crescent#name
    Red           PROPN  compound  Crescent
    Crescent      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       Crescent@2                       [ORG
    Red           PROPN  compound  Crescent@2
    Crescent      PROPN  nsubj     lost                             ]
    lost          VERB   ccomp     said          lemma=lose
    a             DET    det       medic
    medic         NOUN   dobj      lost
    .             PUNCT  punct     said
    """, ({"palestinian-red-crescent"}, {"palestinian-red-crescent": {"Palestinian Red Crescent", "Red Crescent"}}),
        id="short-form-of-kb-name"),
    pytest.param("""
    The           DET    det       Crescent
    Palestinian   PROPN  compound  Crescent                         [ORG palestinian-red-crescent#name
    Red           PROPN  compound  Crescent
    Crescent      PROPN  nsubj     lost                             ]
    lost          VERB   ROOT      lost          lemma=lose
    a             DET    det       medic
    medic         NOUN   dobj      lost
    .             PUNCT  punct     lost
    The           DET    det       Crescent@2                       [ORG
    Red           PROPN  compound  Crescent@2
    Crescent      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, ({"palestinian-red-crescent"}, {"palestinian-red-crescent": {"Palestinian Red Crescent", "Red Crescent"}}),
        id="short-form-of-kb-name-sentence-initial"),
]


@pytest.mark.parametrize("spec,expected", ORGANISATION_FORMS)
def test_organisation_forms(kb, spec, expected):
    groups, aliases = expected
    recs = actors(spec, kb)
    assert {i for i, a in recs.items() if a.type == "Group"} == groups
    for actor_id, forms in aliases.items():
        assert forms <= {bare(a) for a in recs[actor_id].aliases}


def test_a_bracketed_acronym_is_the_same_actor(kb):
    recs = actors("""
    The           DET    det       Council
    National      PROPN  compound  Council                          [ORG
    Council       PROPN  nsubj     said
    for           ADP    prep      Council
    the           DET    det       Safeguard
    Safeguard     PROPN  pobj      for
    of            ADP    prep      Safeguard
    the           DET    det       Homeland
    Homeland      PROPN  pobj      of
    (             PUNCT  punct     CNSP
    CNSP          PROPN  appos     Council
    )             PUNCT  punct     CNSP                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(recs) == ["national-council-for-the-safeguard-of-the-homeland"]
    assert set(recs["national-council-for-the-safeguard-of-the-homeland"].aliases) == \
        {"National Council for the Safeguard of the Homeland", "CNSP"}


@pytest.mark.parametrize("name,acronym_", [
    ("international committee of the red cross", "icrc"),
    ("united nations", "un"),
    ("economic community of west african states", "ecwas"),   # not ECOWAS: the gazetteer holds that
    ("national council for the safeguard of the homeland", "ncsh"),
])
def test_acronym(kb, name, acronym_):
    assert acronym(name.split(), kb.lexicon.words_of("acronym_stop_word")) == acronym_


def test_doctests():
    result = doctest.testmod(organisations)
    assert result.attempted and not result.failed


def test_a_datelines_place_is_not_the_agency_bracketed_after_it(kb):
    # "BANGUI (Reuters) -- ...": the city of the dateline, not another name of Reuters
    da = doc_actors("""
    BANGUI        PROPN  nsubj     seized                           [GPE]
    (             PUNCT  punct     Reuters
    Reuters       PROPN  appos     BANGUI                           [ORG reuters#name]
    )             PUNCT  punct     Reuters
    --            PUNCT  punct     seized
    Rebels        NOUN   nsubj     seized        lemma=rebel tag=NNS
    seized        VERB   ROOT      seized        lemma=seize
    Kabo          PROPN  dobj      seized                           [GPE]
    .             PUNCT  punct     seized
    """, kb)
    assert {m.text: m.actor for m in da.mentions}["Reuters"] == "reuters"
    assert {m.text: m.actor for m in da.mentions}["BANGUI"] != "reuters"


def test_an_acronym_the_document_spells_out_names_its_actor_not_a_known_namesake(kb):
    # "Reporters Sans Frontieres (RSF)": not the Rapid Support Forces the gazetteer calls RSF
    recs = actors("""
    Reporters     PROPN  compound  Frontieres                       [ORG
    Sans          PROPN  compound  Frontieres
    Frontieres    PROPN  nsubj     said                             ]
    (             PUNCT  punct     RSF
    RSF           PROPN  appos     Frontieres                       [ORG rapid-support-forces#alias]
    )             PUNCT  punct     RSF
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(recs) == ["reporters-sans-frontieres"]
    assert set(recs["reporters-sans-frontieres"].aliases) == {"Reporters Sans Frontieres", "RSF"}


def test_a_known_acronym_after_a_form_of_its_own_name_stays_the_known_actor(kb):
    # "the Rapid Support Force (RSF)": a variant of the known name, so the known group
    recs = actors("""
    the           DET    det       Force
    Rapid         PROPN  compound  Force                            [ORG
    Support       PROPN  compound  Force
    Force         PROPN  nsubj     said                             ]
    (             PUNCT  punct     RSF
    RSF           PROPN  appos     Force                            [ORG rapid-support-forces#alias]
    )             PUNCT  punct     RSF
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(recs) == ["rapid-support-forces"]


def test_an_acronym_spelt_out_by_a_name_tagged_person_names_a_body(kb):
    # "Justice and Equality Movement (JEM)" with the NER's PERSON on the name: the bracketed
    # known acronym (here RSF) is still the spelt-out body's, which is no person
    recs = actors("""
    Reporters     PROPN  compound  Frontieres                       [PERSON
    Sans          PROPN  compound  Frontieres
    Frontieres    PROPN  nsubj     said                             ]
    (             PUNCT  punct     RSF
    RSF           PROPN  appos     Frontieres                       [ORG rapid-support-forces#alias]
    )             PUNCT  punct     RSF
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert list(recs) == ["reporters-sans-frontieres"]
    assert recs["reporters-sans-frontieres"].type == "Group"
    assert set(recs["reporters-sans-frontieres"].aliases) == {"Reporters Sans Frontieres", "RSF"}


def test_a_word_opening_a_groups_name_alone_is_no_place(kb):
    """"Tamil" beside "Tamil Tiger rebels": the people the group is named after, no place no
    gazetteer knows; a place written with its kind word elsewhere stays ("the Qwerty district")."""
    spec = """
    Qwerty        PROPN  compound  Tiger                            [ORG
    Tiger         PROPN  compound  rebels                           ]
    rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    troops        NOUN   dobj      attacked      lemma=troop tag=NNS
    in            ADP    prep      attacked
    the           DET    det       north
    Qwerty        PROPN  amod      north                            [GPE]
    dominated     VERB   amod      north
    north         NOUN   pobj      in
    .             PUNCT  punct     attacked
    """
    assert set(actors(spec, kb)) == {"qwerty-tiger"}


def test_a_word_opening_a_groups_name_alone_is_no_person(kb):
    """"Tuareg" beside the "Tuareg Self-Defense Group", both tagged PERSON: no person "Tuareg"."""
    spec = """
    Qwerty        PROPN  compound  Group                            [ORG
    Self          PROPN  compound  Group
    Group         PROPN  nsubj     attacked                         ]
    attacked      VERB   ROOT      attacked      lemma=attack
    .             PUNCT  punct     attacked
    Qwerty        PROPN  nsubj     spoke                            [PERSON]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """
    assert set(actors(spec, kb)) == {"qwerty-self-group"}


def test_a_known_body_is_not_the_short_form_of_its_own_sub_body(kb):
    # "Ecowas condemned the coup. The President of the Ecowas Commission called for calm."
    da = doc_actors("""
    Ecowas        PROPN  nsubj     condemned                        [ORG ecowas#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    the           DET    det       coup
    coup          NOUN   dobj      condemned
    .             PUNCT  punct     condemned
    The           DET    det       President
    President     PROPN  nsubj     called
    of            ADP    prep      President
    the           DET    det       Commission
    Ecowas@2      PROPN  compound  Commission                       [ORG
    Commission    PROPN  pobj      of                               ]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    calm          NOUN   pobj      for
    .             PUNCT  punct     called
    """.replace("Ecowas@2 ", "Ecowas   "), kb)
    assert [m.text for m in da.mentions if m.actor == "ecowas" and m.how != "in_name"] == ["Ecowas"]
