"""Tests for :mod:`kg.relations.pronouns` and the pronoun readings of
:mod:`kg.relations.coreference` that take their antecedent from the clause: "his visit", "They
also attacked", "urged them", "He accused" (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.pronouns import person_possessor, plural_antecedent, plural_object

PRONOUNS = [
    pytest.param("""
    Sergei         PROPN  compound   Lavrov         [PERSON sergei-lavrov#name
    Lavrov         PROPN  nsubj      arrived        ]
    arrived        VERB   ROOT       arrived        lemma=arrive
    in             ADP    prep       arrived
    Ankara         PROPN  pobj       in             [GPE turkey#capital]
    .              PUNCT  punct      arrived
    His            PRON   poss       visit          tag=PRP$
    visit          NOUN   nsubj      lasted
    to             ADP    prep       visit
    Cairo          PROPN  pobj       to             [GPE egypt#capital]
    lasted         VERB   ROOT       lasted         lemma=last
    two            NUM    nummod     days
    days           NOUN   npadvmod   lasted         lemma=day tag=NNS
    .              PUNCT  punct      lasted
    """, {("sergei-lavrov", "CONSULT", "egypt", True)}, id="his-visit"),
    pytest.param("""
    The            DET    det        Houthis
    Houthis        PROPN  nsubj      fired          tag=NNPS [ORG houthis#name]
    fired          VERB   ROOT       fired          lemma=fire
    missiles       NOUN   dobj       fired          lemma=missile tag=NNS
    at             ADP    prep       fired
    Israel         PROPN  pobj       at             [GPE israel#name]
    .              PUNCT  punct      fired
    They           PRON   nsubj      attacked       tag=PRP
    also           ADV    advmod     attacked
    attacked       VERB   ROOT       attacked       lemma=attack
    Saudi          PROPN  compound   Arabia         [GPE saudi-arabia#name
    Arabia         PROPN  dobj       attacked       ]
    .              PUNCT  punct      attacked
    """, {("houthis", "ASSAULT", "israel", True), ("houthis", "ASSAULT", "saudi-arabia", True)},
        id="they-continues-the-plural-subject"),
    pytest.param("""
    Yahya          PROPN  compound   Saree          [PERSON yahya-saree#name
    Saree          PROPN  nsubj      said           ]
    said           VERB   ROOT       said           lemma=say
    the            DET    det        Houthis
    Houthis        PROPN  nsubj      fired          tag=NNPS [ORG houthis#name]
    fired          VERB   ccomp      said           lemma=fire
    missiles       NOUN   dobj       fired          lemma=missile tag=NNS
    at             ADP    prep       fired
    Israel         PROPN  pobj       at             [GPE israel#name]
    .              PUNCT  punct      said
    He             PRON   nsubj      said@2         tag=PRP
    said           VERB   ROOT       said@2         lemma=say
    that           SCONJ  mark       struck
    they           PRON   nsubj      struck         tag=PRP
    had            AUX    aux        struck
    struck         VERB   ccomp      said@2         lemma=strike
    Saudi          PROPN  compound   Arabia         [GPE saudi-arabia#name
    Arabia         PROPN  dobj       struck         ]
    .              PUNCT  punct      said@2
    """, {("houthis", "ASSAULT", "israel", True), ("houthis", "ASSAULT", "saudi-arabia", True)},
        id="they-said-by-one-person-is-not-the-sayer"),
    pytest.param("""
    John           PROPN  compound   Kerry          [PERSON john-kerry#name
    Kerry          PROPN  nsubj      met            ]
    met            VERB   ROOT       met            lemma=meet
    Sisi           PROPN  dobj       met            [PERSON abdel-fattah-el-sisi#alias]
    in             ADP    prep       met
    Cairo          PROPN  pobj       in             [GPE egypt#capital]
    .              PUNCT  punct      met
    He             PRON   nsubj      accused        tag=PRP
    accused        VERB   ROOT       accused        lemma=accuse
    Iran           PROPN  dobj       accused        [GPE iran#name]
    .              PUNCT  punct      accused
    """, {("john-kerry", "CONSULT", "abdel-fattah-el-sisi", True), ("john-kerry", "ACCUSE", "iran", True)},
        id="he-is-the-person-subject-before-not-the-last-person"),
]


@pytest.mark.parametrize("spec,expected", PRONOUNS)
def test_pronouns(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the functions, one by one --------------------------------------------------------------

MEETINGS = """
    During         ADP    prep       praised
    his            PRON   poss       meeting        tag=PRP$
    meeting        NOUN   pobj       During
    with           ADP    prep       meeting
    Sisi           PROPN  pobj       with           [PERSON abdel-fattah-el-sisi#alias]
    ,              PUNCT  punct      praised
    Kerry          PROPN  nsubj      praised        [PERSON john-kerry#alias]
    praised        VERB   ROOT       praised        lemma=praise
    Egypt          PROPN  dobj       praised        [GPE egypt#name]
    .              PUNCT  punct      praised
    Macron         PROPN  nsubj      arrived        [PERSON emmanuel-macron#alias]
    arrived        VERB   ROOT       arrived        lemma=arrive
    in             ADP    prep       arrived
    Moscow         PROPN  pobj       in             [GPE russia#capital]
    .              PUNCT  punct      arrived
    He             PRON   nsubj      praised@2      tag=PRP
    praised        VERB   ROOT       praised@2      lemma=praise
    Lavrov         PROPN  dobj       praised@2      [PERSON sergei-lavrov#alias]
    .              PUNCT  punct      praised@2
    His            PRON   poss       talks          tag=PRP$
    talks          NOUN   nsubj      ended          lemma=talk tag=NNS
    with           ADP    prep       talks
    Lavrov         PROPN  pobj       with@2         [PERSON sergei-lavrov#alias]
    ended          VERB   ROOT       ended          lemma=end
    .              PUNCT  punct      ended
    His            PRON   poss       government
    government     NOUN   nsubj      fell
    fell           VERB   ROOT       fell           lemma=fall
    .              PUNCT  punct      fell
"""


def test_his_is_the_person_subject_of_its_clause(kb):
    da, ds = reading(MEETINGS, kb)
    # "During his meeting with Sisi, Kerry praised ...": the subject, not the last person named
    assert person_possessor(token(da, "his"), da, ds) == "john-kerry"


def test_his_is_not_the_events_other_party(kb):
    da, ds = reading(MEETINGS, kb)
    # "He praised Lavrov. His talks with Lavrov ended": Macron, not Lavrov
    assert person_possessor(token(da, "His", 1), da, ds) == "emmanuel-macron"


def test_his_before_no_event_noun_is_left_alone(kb):
    da, ds = reading(MEETINGS, kb)
    assert person_possessor(token(da, "His", 2), da, ds) is None     # "His government fell"


TROOPS = """
    Residents      NOUN   nsubj      said           lemma=resident tag=NNS
    said           VERB   ROOT       said           lemma=say
    Russian        ADJ    amod       troops         [NORP russia#demonym]
    troops         NOUN   nsubj      entered        lemma=troop tag=NNS
    entered        VERB   ccomp      said           lemma=enter
    the            DET    det        village
    village        NOUN   dobj       entered
    .              PUNCT  punct      said
    They           PRON   nsubj      fled           tag=PRP
    fled           VERB   ROOT       fled           lemma=flee
    .              PUNCT  punct      fled
"""


def test_they_after_two_plural_subjects_is_open(kb):
    da, ds = reading(TROOPS, kb)
    # "Residents said Russian troops entered ... They fled": the residents or the troops
    assert plural_antecedent(token(da, "They"), da) is None


THEM = """
    China          PROPN  nsubj      accused        [GPE china#name]
    accused        VERB   ROOT       accused        lemma=accuse
    the            DET    det        US
    US             PROPN  dobj       accused        [GPE united-states#alias]
    and            CCONJ  cc         US
    Israel         PROPN  conj       US             [GPE israel#name]
    of             ADP    prep       accused
    provocations   NOUN   pobj       of             lemma=provocation tag=NNS
    and            CCONJ  cc         accused
    urged          VERB   conj       accused        lemma=urge
    them           PRON   dobj       urged          tag=PRP
    to             PART   aux        stop
    stop           VERB   xcomp      urged          tag=VB
    .              PUNCT  punct      accused
"""


def test_them_is_the_states_named_together(kb):
    # "accused the US and Israel of provocations and urged them to stop": the two
    assert events(relations(THEM, kb)) == {
        ("china", "ACCUSE", "united-states", True), ("china", "ACCUSE", "israel", True),
        ("china", "REQUEST", "united-states", True), ("china", "REQUEST", "israel", True)}


RETALIATE = """
    The            DET    det        US
    US             PROPN  nsubj      struck         [GPE united-states#alias]
    and            CCONJ  cc         US
    Britain        PROPN  conj       US             [GPE united-kingdom#alias]
    struck         VERB   ROOT       struck         lemma=strike
    Yemen          PROPN  dobj       struck         [GPE yemen#name]
    and            CCONJ  cc         struck
    the            DET    det        Houthis
    Houthis        PROPN  nsubj      vowed          [ORG houthis#name]
    vowed          VERB   conj       struck         lemma=vow
    to             PART   aux        retaliate
    retaliate      VERB   xcomp      vowed          tag=VB
    against        ADP    prep       retaliate
    them           PRON   pobj       against        tag=PRP
    .              PUNCT  punct      vowed
"""


def test_them_is_not_its_clauses_own_subject(kb):
    da, ds = reading(RETALIATE, kb)
    # "the Houthis vowed to retaliate against them": the US and Britain, not the Houthis
    assert plural_object(token(da, "them"), da, ds) == ["united-states", "united-kingdom"]


# "President João Lourenço of Angola was welcomed with a 21-gun salute at State House in Nairobi ...
# The visiting President, accompanied by First Lady Ana Dias Lourenço, was accorded this honor during
# his two-day official visit to Kenya" (a Kenyan state report; the places changed to the test
# gazetteer's): his visit is the President's, not the First Lady's, the last person named
FIRST_LADY = """
    President     PROPN  compound  Lourenco
    Joao          PROPN  compound  Lourenco                         [PERSON
    Lourenco      PROPN  nsubjpass welcomed                         ]
    was           AUX    auxpass   welcomed
    welcomed      VERB   ROOT      welcomed      lemma=welcome tag=VBN
    in            ADP    prep      welcomed
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     welcomed
    The           DET    det       President@2
    visiting      VERB   amod      President@2   tag=VBG
    President     PROPN  nsubjpass accorded
    ,             PUNCT  punct     President@2
    accompanied   VERB   acl       President@2   lemma=accompany tag=VBN
    by            ADP    agent     accompanied
    First         PROPN  compound  Ana
    Lady          PROPN  compound  Ana                              [PERSON
    Ana           PROPN  pobj      by                               ]
    ,             PUNCT  punct     President@2
    was           AUX    auxpass   accorded
    accorded      VERB   ROOT      accorded      lemma=accord tag=VBN
    honor         NOUN   dobj      accorded
    during        ADP    prep      accorded
    his           PRON   poss      visit
    visit         NOUN   pobj      during
    to            ADP    prep      visit
    Egypt         PROPN  pobj      to                               [GPE egypt#name]
    .             PUNCT  punct     accorded
    """


def test_his_stands_for_no_one_titled_as_a_woman(kb):
    da, ds = reading(FIRST_LADY, kb)
    assert person_possessor(token(da, "his"), da, ds) == "joao-lourenco"
    assert ("joao-lourenco", "CONSULT", "egypt", True) in events(relations(FIRST_LADY, kb))
