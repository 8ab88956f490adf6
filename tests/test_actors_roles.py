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
