"""Rule tests of :mod:`kg.actors.roles`: a title written with a name makes an Official.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import doctest

import pytest
from actor_records import actors, doc_actors

from kg.actors import roles
from kg.actors.roles import ends_with_role, last_role_word

# -- people: a title makes an Official -------------------------------------------------------
# expected: (id, type)

TITLES = [
    pytest.param("""
    Sudanese      ADJ    amod      army                             [ORG sudanese-armed-forces#alias
    army          NOUN   compound  spokesman                        ]
    spokesman     NOUN   compound  Abdallah
    Nabil         PROPN  compound  Abdallah                         [PERSON
    Abdallah      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       army@2
    army          NOUN   nsubj     advanced
    advanced      VERB   ccomp     said          lemma=advance
    .             PUNCT  punct     said
    """, ("nabil-abdallah", "Official"), id="spokesman"),
    pytest.param("""
    Kharkiv       PROPN  compound  governor                         [GPE]
    governor      NOUN   compound  Syniehubov
    Oleh          PROPN  compound  Syniehubov                       [PERSON
    Syniehubov    PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    two           NUM    nummod    people
    people        NOUN   nsubj     died          tag=NNS
    died          VERB   ccomp     said          lemma=die
    .             PUNCT  punct     said
    """, ("oleh-syniehubov", "Official"), id="governor"),
    pytest.param("""
    Gaza          PROPN  compound  resident                         [LOC gaza-strip#alias]
    resident      NOUN   compound  Ali
    Jamal         PROPN  compound  Ali                              [PERSON
    Hajj          PROPN  compound  Ali
    Ali           PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    his           PRON   poss      house         tag=PRP$
    house         NOUN   nsubjpass destroyed
    was           AUX    auxpass   destroyed     lemma=be tag=VBD
    destroyed     VERB   ccomp     said          lemma=destroy tag=VBN
    .             PUNCT  punct     said
    """, ("jamal-hajj-ali", "Person"), id="resident-is-no-title"),
    pytest.param("""
    Kassem        PROPN  compound  Shurrab                          [PERSON
    Shurrab       PROPN  nsubj     fled                             ]
    fled          VERB   ROOT      fled          lemma=flee
    Gaza          PROPN  dobj      fled                             [LOC gaza-strip#alias]
    .             PUNCT  punct     fled
    """, ("kassem-shurrab", "Person"), id="no-title"),
]


@pytest.mark.parametrize("spec,expected", TITLES)
def test_person_type_from_title(kb, spec, expected):
    actor_id, type_ = expected
    recs = actors(spec, kb)
    assert actor_id in recs, sorted(recs)
    assert recs[actor_id].type == type_


# -- the roles found: (person, role, affiliation) -------------------------------------------

ROLES = [
    pytest.param("""
    Israeli       ADJ    amod      Levy                             [NORP israel#demonym]
    spokesperson  NOUN   compound  Levy
    Eylon         PROPN  compound  Levy                             [PERSON eylon-levy#name
    Levy          PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("eylon-levy", "spokesperson", "israel")], id="title-before-the-name"),
    pytest.param("""
    Sergei        PROPN  compound  Lavrov                           [PERSON sergei-lavrov#name
    Lavrov        PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Lavrov
    Russia        PROPN  poss      minister                         [GPE russia#name]
    's            PART   case      Russia        tag=POS
    foreign       ADJ    amod      minister
    minister      NOUN   appos     Lavrov
    ,             PUNCT  punct     Lavrov
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("sergei-lavrov", "foreign minister", "russia")], id="apposition"),
    pytest.param("""
    Bola          PROPN  compound  Tinubu                           [PERSON
    Tinubu        PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Tinubu
    who           PRON   nsubj     chairs        tag=WP
    chairs        VERB   relcl     Tinubu        lemma=chair tag=VBZ
    ECOWAS        PROPN  dobj      chairs                           [ORG ecowas#name]
    ,             PUNCT  punct     Tinubu
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("bola-tinubu", "chair", "ecowas")], id="relative-clause"),
    pytest.param("""
    a             DET    det       Hassan
    former        ADJ    amod      Hassan
    rebel         NOUN   compound  Hassan
    commander     NOUN   compound  Hassan
    Ahmed         PROPN  compound  Hassan                           [PERSON
    Hassan        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [], id="a-former-title-is-no-office"),
    # "of" a known body whose name names its parent: the body, not the parent inside its name
    pytest.param("""
    head          NOUN   nsubj     said
    of            ADP    prep      head
    the           DET    det       office
    United        PROPN  compound  Nations                          [ORG ocha#alias
    Nations       PROPN  compound  office
    humanitarian  ADJ    amod      office
    office        NOUN   pobj      of                               ]
    Martin        PROPN  compound  Griffiths                        [PERSON
    Griffiths     PROPN  appos     head                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("martin-griffiths", "head", "ocha")], id="title-of-a-body-named-by-its-parent"),
    # the owner "of" which the titled name is, right after it
    pytest.param("""
    President     PROPN  compound  Ruto
    William       PROPN  compound  Ruto                             [PERSON
    Ruto          PROPN  nsubj     said                             ]
    of            ADP    prep      Ruto
    Sudan         PROPN  pobj      of                               [GPE sudan#name]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("william-ruto", "president", "sudan")], id="title-name-of-state"),
    # "for" an office that a state's possessive owns: the state
    pytest.param("""
    Yehia         PROPN  compound  Rasool                           [PERSON
    Rasool        PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Rasool
    the           DET    det       spokesperson
    spokesperson  NOUN   appos     Rasool
    for           ADP    prep      spokesperson
    Sudan         PROPN  poss      Commander                        [GPE sudan#name]
    's            PART   case      Sudan         tag=POS
    Commander     PROPN  pobj      for
    in            ADP    prep      Commander
    Chief         PROPN  pobj      in
    ,             PUNCT  punct     Rasool
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("yehia-rasool", "spokesperson", "sudan")], id="apposition-for-a-state-s-office"),
    pytest.param("""
    A             DET    det       spokesman
    spokesman     NOUN   nsubj     said
    for           ADP    prep      spokesman
    Iranian       ADJ    amod      Minister                         [NORP iran#demonym]
    Foreign       PROPN  compound  Minister
    Minister      PROPN  compound  Araghchi
    Abbas         PROPN  compound  Araghchi                         [PERSON
    Araghchi      PROPN  pobj      for                              ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("abbas-araghchi", "foreign minister", "iran")], id="the-principal-of-a-spokesman-holds-the-last-title"),
    pytest.param("""
    the           DET    det       Representative
    Special       PROPN  compound  Representative
    Representative PROPN nsubj     said
    of            ADP    prep      Representative
    the           DET    det       Secretary-General
    Secretary-General PROPN compound Haysom
    Nicholas      PROPN  compound  Haysom                           [PERSON
    Haysom        PROPN  pobj      of                               ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("nicholas-haysom", "special representative of the secretary-general", None)],
        id="a-title-of-an-unowned-title-stays-the-names"),
    pytest.param("""
    Mongi         PROPN  compound  Hamdi                            [PERSON
    Hamdi         PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Hamdi
    the           DET    det       envoy
    special       ADJ    amod      envoy
    envoy         NOUN   appos     Hamdi
    of            ADP    prep      envoy
    the           DET    det       chief
    UN            PROPN  compound  chief                            [ORG united-nations#alias]
    chief         NOUN   pobj      of
    ,             PUNCT  punct     Hamdi
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("mongi-hamdi", "special envoy", "united-nations")], id="the-envoy-of-a-body-s-title-holder"),
]


@pytest.mark.parametrize("spec,expected", ROLES)
def test_roles_found(kb, spec, expected):
    da = doc_actors(spec, kb)
    assert [(r.person, r.role, r.affiliation) for r in da.roles] == expected
    for person, _, _ in expected:
        assert da.protos[person].type == "Official"


# -- role parsing -------------------------------------------------------------------------

@pytest.mark.parametrize("role,last", [
    ("israeli army chief of staff", "chief of staff"),   # the longest title ending the words
    ("un secretary-general", "secretary-general"),
    ("deputy secretary-general", "deputy secretary-general"),
    ("film director", "director"),
    ("resident", "resident"),                             # no title: the last word
    ("", ""),
])
def test_last_role_word(kb, role, last):
    assert last_role_word(role, kb.lexicon.roles) == last


@pytest.mark.parametrize("role,expected", [
    ("foreign minister", True),
    ("the country's intelligence chief", True),
    ("un secretary-general", True),
    ("residents", False),
    ("", False),
])
def test_ends_with_role(kb, role, expected):
    assert ends_with_role(role, kb.lexicon.roles) is expected


def test_doctests():
    result = doctest.testmod(roles)
    assert result.attempted and not result.failed


# -- titles wherever they stand next to a name (issue #16) ------------------------------------
# expected: the (person, role, affiliation) found, and the person's type

WIRE_TITLES = [
    pytest.param("""
    Colonel       PROPN  compound  Gaddafi
    Muammar       PROPN  compound  Gaddafi                          [PERSON
    Gaddafi       PROPN  nsubjpass killed                           ]
    was           AUX    auxpass   killed        lemma=be
    killed        VERB   ROOT      killed        lemma=kill tag=VBN
    .             PUNCT  punct     killed
    """, [("muammar-gaddafi", "colonel", None)], id="a-rank"),
    pytest.param("""
    He            PRON   nsubj     met
    met           VERB   ROOT      met           lemma=meet
    Emir          PROPN  compound  Sabah@2
    of            ADP    prep      Emir
    Kuwait        PROPN  pobj      of                               [GPE kuwait#name]
    Sabah         PROPN  compound  Sabah@2                          [PERSON
    Al            PROPN  compound  Sabah@2
    -             PUNCT  punct     Sabah@2       tag=HYPH
    Sabah         PROPN  dobj      met                              ]
    .             PUNCT  punct     met
    """, [("sabah-al-sabah", "emir", "kuwait")], id="a-title-of-its-owner"),
    pytest.param("""
    Russian       ADJ    amod      Ambassador                       [NORP russia#demonym]
    Ambassador    PROPN  compound  Nebenzia
    to            ADP    prep      Ambassador
    the           DET    det       U.N.
    U.N.          PROPN  pobj      to                               [ORG united-nations#alias]
    Vassily       PROPN  compound  Nebenzia                         [PERSON
    Nebenzia      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("vassily-nebenzia", "ambassador to the u.n.", "russia")], id="a-title-with-its-posting"),
    # the owner after "of", not the posting after "to": "the Ambassador of Qatar to Egypt, X"
    pytest.param("""
    the           DET    det       Ambassador
    Ambassador    PROPN  nsubjpass summoned
    of            ADP    prep      Ambassador
    Qatar         PROPN  pobj      of                               [GPE qatar#name]
    to            ADP    prep      Ambassador
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    ,             PUNCT  punct     Ambassador
    Saif          PROPN  compound  Buainain                         [PERSON
    Al            PROPN  compound  Buainain
    -             PUNCT  punct     Buainain      tag=HYPH
    Buainain      PROPN  appos     Ambassador                       ]
    ,             PUNCT  punct     Ambassador
    was           AUX    auxpass   summoned      lemma=be
    summoned      VERB   ROOT      summoned      lemma=summon tag=VBN
    .             PUNCT  punct     summoned
    """, [("saif-al-buainain", "ambassador", "qatar")], id="a-title-of-its-owner-to-its-posting"),
    pytest.param("""
    He            PRON   nsubj     arrested
    arrested      VERB   ROOT      arrested      lemma=arrest
    a             DET    det       official
    senior        ADJ    amod      official
    official      NOUN   dobj      arrested
    of            ADP    prep      official
    the           DET    det       regime
    former        ADJ    amod      regime
    regime        NOUN   pobj      of
    of            ADP    prep      regime
    Saddam        PROPN  compound  Hussein                          [PERSON
    Hussein       PROPN  pobj      of@2                             ]
    .             PUNCT  punct     arrested
    """, [], id="a-name-that-is-the-object-of-a-title-holds-none"),
    pytest.param("""
    Azerbaijani   ADJ    amod      presidents                       [NORP azerbaijan#demonym]
    and           CCONJ  cc        Azerbaijani
    Armenian      ADJ    conj      Azerbaijani                      [NORP armenia#demonym]
    presidents    NOUN   nsubj     met           lemma=president tag=NNS
    Ilham         PROPN  compound  Aliyev                           [PERSON
    Aliyev        PROPN  appos     presidents                       ]
    and           CCONJ  cc        Aliyev
    Serzh         PROPN  compound  Sargsyan                         [PERSON
    Sargsyan      PROPN  conj      Aliyev                           ]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, [("ilham-aliyev", "president", "azerbaijan"), ("serzh-sargsyan", "president", "armenia")],
        id="a-plural-title-over-coordinated-names"),
    pytest.param("""
    The           DET    det       diplomat
    top           ADJ    amod      diplomat
    U.S.          PROPN  compound  diplomat                         [GPE united-states#alias]
    diplomat      NOUN   nsubj     met
    for           ADP    prep      diplomat
    Latin         PROPN  compound  America                          [LOC latin-america#name
    America       PROPN  pobj      for                              ]
    ,             PUNCT  punct     America
    Roberta       PROPN  compound  Jacobson                         [PERSON
    Jacobson      PROPN  appos     America                          ]
    ,             PUNCT  punct     diplomat
    met           VERB   ROOT      met           lemma=meet
    Cuba          PROPN  dobj      met                              [GPE cuba#name]
    .             PUNCT  punct     met
    """, [("roberta-jacobson", "diplomat for latin america", "united-states")],
        id="a-title-phrase-before-a-comma"),
    pytest.param("""
    She           PRON   nsubj     said
    said          VERB   ROOT      said          lemma=say
    the           DET    det       Chief
    Chief         PROPN  nsubj     extended
    of            ADP    prep      Chief
    Army          PROPN  compound  Staff
    Staff         PROPN  pobj      of
    (             PUNCT  punct     Staff
    COAS          PROPN  appos     Staff
    )             PUNCT  punct     Chief
    ,             PUNCT  punct     Chief
    Olufemi       PROPN  compound  Oluyede                          [PERSON
    Oluyede       PROPN  appos     Chief                            ]
    ,             PUNCT  punct     Chief
    extended      VERB   ccomp     said          lemma=extend
    condolences   NOUN   dobj      extended      tag=NNS
    .             PUNCT  punct     said
    """, [("olufemi-oluyede", "chief of army staff", None)], id="an-of-title-with-its-acronym"),
    pytest.param("""
    Kyiv          PROPN  compound  Mayor                            [GPE ukraine#capital]
    Mayor         PROPN  compound  Klitschko
    Vitali        PROPN  compound  Klitschko                        [PERSON
    Klitschko     PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("vitali-klitschko", "mayor", None)], id="a-city-s-office-has-no-state-owner"),
]


@pytest.mark.parametrize("spec,expected", WIRE_TITLES)
def test_titles_of_wire_copy(kb, spec, expected):
    da = doc_actors(spec, kb)
    assert [(r.person, r.role, r.affiliation) for r in da.roles] == expected
    for person, _, _ in expected:
        assert da.protos[person].type == "Official"


def test_a_place_inside_a_title_is_no_mention(kb):
    recs = actors("""
    The           DET    det       diplomat
    top           ADJ    amod      diplomat
    U.S.          PROPN  compound  diplomat                         [GPE united-states#alias]
    diplomat      NOUN   nsubj     met
    for           ADP    prep      diplomat
    Latin         PROPN  compound  America                          [LOC latin-america#name
    America       PROPN  pobj      for                              ]
    ,             PUNCT  punct     America
    Roberta       PROPN  compound  Jacobson                         [PERSON
    Jacobson      PROPN  appos     America                          ]
    ,             PUNCT  punct     diplomat
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, kb)
    assert "latin-america" not in recs


def test_a_title_makes_a_person_of_a_name_tagged_org(kb):
    da = doc_actors("""
    the           DET    det       army
    South         PROPN  compound  Sudanese                         [NORP south-sudan#demonym
    Sudanese      PROPN  amod      army                             ]
    army          NOUN   nsubj     retook
    retook        VERB   ROOT      retook        lemma=retake
    Nasir         PROPN  dobj      retook                           [GPE]
    .             PUNCT  punct     retook
    Army          PROPN  compound  spokesperson                     [ORG]
    spokesperson  NOUN   compound  Koang
    Lul           PROPN  compound  Koang                            [ORG
    Ruai          PROPN  compound  Koang
    Koang         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    Koang         PROPN  nsubj     added                            [ORG]
    added         VERB   ROOT      added         lemma=add
    .             PUNCT  punct     added
    """, kb)
    recs = {a.id: a for a in da.records()}
    assert recs["lul-ruai-koang"].type == "Official"
    assert recs["lul-ruai-koang"].aliases == ("Koang", "Lul Ruai Koang")
    assert [(r.person, r.affiliation) for r in da.roles] == [("lul-ruai-koang", "south-sudanese-army")]


def test_a_name_in_the_object_of_a_title_is_no_person(kb):
    """"commander of the Army's 501st Brigade": the unit tagged ORG after the possessive is
    the title's object, not a titled person; the person in apposition holds the title."""
    da = doc_actors("""
    Eliseo        PROPN  compound  Posadas                          [PERSON
    Posadas       PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Posadas
    commander     NOUN   appos     Posadas
    of            ADP    prep      commander
    the           DET    det       Army
    Army          PROPN  poss      Brigade
    's            PART   case      Army          tag=POS
    501st         PROPN  compound  Brigade                          [ORG
    Brigade       PROPN  pobj      of                               ]
    ,             PUNCT  punct     Posadas
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    recs = {a.id: a for a in da.records()}
    assert recs["501st-brigade"].type == "Group"
    assert [(r.person, r.role, r.affiliation) for r in da.roles] == [("eliseo-posadas", "commander", "501st-brigade")]


# -- names the NER missed after a title --------------------------------------------------------

@pytest.mark.parametrize("spec,expected", [
    pytest.param("""
    The           DET    det       Ambassador
    U.S.          PROPN  compound  Ambassador                       [GPE united-states#alias]
    Ambassador    PROPN  nsubj     accompanied
    to            ADP    prep      Ambassador
    Oman          PROPN  pobj      to                               [GPE oman#name]
    ,             PUNCT  punct     Ambassador
    Ana           PROPN  compound  Escrogima
    Escrogima     PROPN  appos     Ambassador
    ,             PUNCT  punct     accompanied
    accompanied   VERB   ROOT      accompanied   lemma=accompany
    him           PRON   dobj      accompanied
    .             PUNCT  punct     accompanied
    """, ("ana-escrogima", "united-states"), id="after-a-title-phrase-and-a-comma"),
    pytest.param("""
    The           DET    det       talks
    talks         NOUN   nsubjpass brokered      tag=NNS
    were          AUX    auxpass   brokered      lemma=be
    brokered      VERB   ROOT      brokered      lemma=broker tag=VBN
    by            ADP    agent     brokered
    U.N.          PROPN  compound  Eide                             [ORG united-nations#alias]
    Special       PROPN  compound  Eide
    Cyprus        PROPN  compound  Eide                             [GPE cyprus#name]
    Envoy         PROPN  compound  Eide
    Espen         PROPN  compound  Eide
    Barth         PROPN  compound  Eide
    Eide          PROPN  pobj      by
    .             PUNCT  punct     brokered
    """, ("espen-barth-eide", "united-nations"), id="after-a-title-word-the-posting-no-owner"),
])
def test_a_name_the_ner_missed_after_a_title(kb, spec, expected):
    person, owner = expected
    da = doc_actors(spec, kb)
    assert da.protos[person].type == "Official"
    assert [(r.person, r.affiliation) for r in da.roles] == [(person, owner)]


# "Al Shabab, which launches regular attacks in a bid to undermine Somalia's UN-backed government,
# claimed responsibility. ... said Abdiasis Abu Musab, the group's military operations spokesman"
# (TRT World): "the group's" is the group last named as a subject, not one named in a modifier
THE_GROUPS = """
    Hamas         PROPN  nsubj     claimed                          [ORG hamas#name]
    ,             PUNCT  punct     Hamas
    which         PRON   nsubj     opposes       tag=WDT
    opposes       VERB   relcl     Hamas         lemma=oppose tag=VBZ
    the           DET    det       forces
    UN            PROPN  compound  forces                           [ORG united-nations#alias]
    forces        NOUN   dobj      opposes       lemma=force tag=NNS
    ,             PUNCT  punct     Hamas
    claimed       VERB   ROOT      claimed       lemma=claim tag=VBD
    responsibility NOUN  dobj      claimed
    .             PUNCT  punct     claimed
    Abu           PROPN  compound  Obeida                           [PERSON
    Obeida        PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Obeida
    the           DET    det       group
    group         NOUN   poss      spokesman
    's            PART   case      group
    spokesman     NOUN   appos     Obeida
    ,             PUNCT  punct     Obeida
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """


def test_the_groups_title_is_the_last_subject_groups(kb):
    da = doc_actors(THE_GROUPS, kb)
    assert [(r.role, r.affiliation) for r in da.roles] == [("spokesman", "hamas")]
