"""Rule tests for :mod:`kg.relations.affiliation`: AFFILIATED_WITH from titles, institutions
and relative clauses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import affiliations, reading, relations

from kg.relations.affiliation import affiliation
from kg.relations.index import TokenIndex

# -- AFFILIATED_WITH from titles ------------------------------------------------------------
# tuples: (person, affiliation, role)

TITLES = [
    pytest.param("""
    Israeli       ADJ    amod      spokesperson                     [NORP israel#demonym]
    spokesperson  NOUN   compound  Levy
    Eylon         PROPN  compound  Levy                             [PERSON eylon-levy#name
    Levy          PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       strikes
    strikes       NOUN   nsubj     continue      lemma=strike tag=NNS
    would         AUX    aux       continue      tag=MD
    continue      VERB   ccomp     said          tag=VB
    .             PUNCT  punct     said
    """, {("eylon-levy", "israel", "spokesperson")}, id="demonym-title-name"),
    pytest.param("""
    CIA           PROPN  compound  chief                            [ORG cia#name]
    chief         NOUN   compound  Burns
    Bill          PROPN  compound  Burns                            [PERSON bill-burns#name
    Burns         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     arrived
    """, {("bill-burns", "cia", "chief")}, id="org-title-name"),
    pytest.param("""
    Egypt         PROPN  nsubj     hosted                           [GPE egypt#name]
    hosted        VERB   ROOT      hosted        lemma=host
    the           DET    det       talks
    talks         NOUN   dobj      hosted        lemma=talk tag=NNS
    .             PUNCT  punct     hosted
    Abbas         PROPN  compound  Kamel                            [PERSON abbas-kamel#name
    Kamel         PROPN  nsubj     met                              ]
    ,             PUNCT  punct     Kamel
    the           DET    det       country
    country       NOUN   poss      chief
    's            PART   case      country       tag=POS
    intelligence  NOUN   compound  chief
    chief         NOUN   appos     Kamel
    ,             PUNCT  punct     Kamel
    met           VERB   ROOT      met           lemma=meet
    Burns         PROPN  dobj      met                              [PERSON]
    .             PUNCT  punct     met
    """, {("abbas-kamel", "egypt", "intelligence chief")}, id="apposition-the-countrys"),
    # "Qatar-based" says where he lives, not whom he serves
    pytest.param("""
    Qatar         PROPN  npadvmod  based                            [GPE qatar#name]
    -             PUNCT  punct     based         tag=HYPH
    based         VERB   amod      Haniyeh       lemma=base tag=VBN
    Hamas         PROPN  compound  chief                            [ORG hamas#name]
    chief         NOUN   compound  Haniyeh
    Ismail        PROPN  compound  Haniyeh                          [PERSON ismail-haniyeh#name
    Haniyeh       PROPN  nsubj     rejected                         ]
    rejected      VERB   ROOT      rejected      lemma=reject
    the           DET    det       offer
    offer         NOUN   dobj      rejected
    .             PUNCT  punct     rejected
    """, {("ismail-haniyeh", "hamas", "chief")}, id="qatar-based-hamas-chief"),
    pytest.param("""
    Ukrainian     ADJ    amod      President                        [NORP ukraine#demonym]
    President     PROPN  compound  Zelensky
    Volodymyr     PROPN  compound  Zelensky                         [PERSON volodymyr-zelensky#name
    Zelensky      PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Macron        PROPN  dobj      met                              [PERSON emmanuel-macron#alias]
    .             PUNCT  punct     met
    """, {("volodymyr-zelensky", "ukraine", "president")}, id="capitalised-title"),
    pytest.param("""
    Sergei        PROPN  compound  Lavrov                           [PERSON sergei-lavrov#name
    Lavrov        PROPN  nsubj     met                              ]
    ,             PUNCT  punct     Lavrov
    Russia        PROPN  poss      minister                         [GPE russia#name]
    's            PART   case      Russia        tag=POS
    foreign       ADJ    amod      minister
    minister      NOUN   appos     Lavrov
    ,             PUNCT  punct     Lavrov
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#alias]
    .             PUNCT  punct     met
    """, {("sergei-lavrov", "russia", "foreign minister")}, id="apposition-possessive-state"),
]


@pytest.mark.parametrize("spec,expected", TITLES)
def test_affiliation_from_title(kb, spec, expected):
    assert affiliations(relations(spec, kb)) == expected


# -- AFFILIATED_WITH from institutions ---------------------------------------------------------

INSTITUTIONS = [
    pytest.param("""
    The           DET    det       military
    Israeli       ADJ    amod      military                         [ORG israel-defense-forces#alias
    military      NOUN   nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     struck
    struck        VERB   ccomp     said          lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     said
    """, {("israel-defense-forces", "israel", "military")}, id="the-israeli-military"),
    pytest.param("""
    The           DET    det       army
    Sudanese      ADJ    amod      army                             [ORG sudanese-armed-forces#alias
    army          NOUN   nsubj     attacked                         ]
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       RSF
    RSF           PROPN  dobj      attacked                         [ORG rapid-support-forces#alias]
    .             PUNCT  punct     attacked
    """, {("sudanese-armed-forces", "sudan", "army")}, id="the-sudanese-army"),
    pytest.param("""
    The           DET    det       office
    United        PROPN  compound  Nations                          [ORG ocha#alias
    Nations       PROPN  compound  office
    humanitarian  ADJ    amod      office
    office        NOUN   nsubj     warned                           ]
    warned        VERB   ROOT      warned        lemma=warn
    of            ADP    prep      warned
    famine        NOUN   pobj      of
    .             PUNCT  punct     warned
    """, {("ocha", "united-nations", "humanitarian office")}, id="un-humanitarian-office"),
    pytest.param("""
    The           DET    det       ministry
    Russian       ADJ    amod      ministry                         [NORP russia#demonym]
    defence       NOUN   compound  ministry
    ministry      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    its           PRON   poss      forces        tag=PRP$
    forces        NOUN   nsubj     captured      lemma=force tag=NNS
    captured      VERB   ccomp     said          lemma=capture
    Avdiivka      PROPN  dobj      captured                         [GPE]
    .             PUNCT  punct     said
    """, {("ministry-of-defence-of-russia", "russia", "defence ministry")}, id="russian-defence-ministry"),
    # an institution the knowledge base does not hold is still a Group of its state
    pytest.param("""
    The           DET    det       ministry
    Yemeni        ADJ    amod      ministry                         [NORP yemen#demonym]
    health        NOUN   compound  ministry
    ministry      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {("yemeni-health-ministry", "yemen", "health ministry")}, id="unknown-institution"),
]


@pytest.mark.parametrize("spec,expected", INSTITUTIONS)
def test_affiliation_of_institution(kb, spec, expected):
    assert affiliations(relations(spec, kb)) == expected


# -- a role stated by a relative clause ------------------------------------------------

ROLE_CLAUSES = [
    pytest.param("""
    Bola           PROPN  compound   Tinubu                  [PERSON
    Tinubu         PROPN  nsubj      spoke                   ]
    ,              PUNCT  punct      Tinubu
    who            PRON   nsubj      chairs    tag=WP
    chairs         VERB   relcl      Tinubu    lemma=chair tag=VBZ
    ECOWAS         PROPN  dobj       chairs                  [ORG ecowas#name]
    ,              PUNCT  punct      Tinubu
    spoke          VERB   ROOT       spoke     lemma=speak
    .              PUNCT  punct      spoke
    """, {("bola-tinubu", "ecowas", "chair")}, id="who-chairs"),
    pytest.param("""
    Burhan         PROPN  nsubj      declined                [PERSON]
    ,              PUNCT  punct      Burhan
    who            PRON   nsubj      heads     tag=WP
    heads          VERB   relcl      Burhan    lemma=head tag=VBZ
    the            DET    det        Council
    Sovereignty    PROPN  compound   Council                 [ORG sudan-sovereignty-council#alias
    Council        PROPN  dobj       heads                   ]
    ,              PUNCT  punct      Burhan
    declined       VERB   ROOT       declined  lemma=decline
    .              PUNCT  punct      declined
    """, {("burhan", "sudan-sovereignty-council", "head")}, id="who-heads"),
    # a clause about something else gives no role
    pytest.param("""
    Tinubu         PROPN  nsubj      spoke                   [PERSON]
    ,              PUNCT  punct      Tinubu
    who            PRON   nsubj      met       tag=WP
    met            VERB   relcl      Tinubu    lemma=meet
    ECOWAS         PROPN  dobj       met                     [ORG ecowas#name]
    ,              PUNCT  punct      Tinubu
    spoke          VERB   ROOT       spoke     lemma=speak
    .              PUNCT  punct      spoke
    """, set(), id="who-met-is-no-role"),
]


@pytest.mark.parametrize("spec, expected", ROLE_CLAUSES)
def test_role_stated_by_a_relative_clause(kb, spec, expected):
    assert affiliations(relations(spec, kb)) == expected


def test_the_affiliation_rule_returns_the_title_as_its_role(kb):
    da, ds = reading("""
    CIA           PROPN  compound  chief                            [ORG cia#name]
    chief         NOUN   compound  Burns
    Bill          PROPN  compound  Burns                            [PERSON bill-burns#name
    Burns         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    """, kb)
    [f] = affiliation(da.doc[0:len(da.doc)], da, ds, TokenIndex.of(da.doc, kb.lexicon))
    assert (f.subject, f.predicate, f.object, f.role, f.rule) == (
        "bill-burns", "AFFILIATED_WITH", "cia", "chief", "affiliation.title")
    assert f.confidence == kb.confidence("affiliation.title") and f.trigger.text == "chief"


def test_no_affiliation_with_a_person(kb):
    # "Netanyahu's adviser Mark Regev": one belongs to a state or a group, not to a person
    assert not affiliations(relations("""
    Netanyahu     PROPN  poss      Regev                            [PERSON benjamin-netanyahu#alias]
    's            PART   case      Netanyahu     tag=POS
    adviser       NOUN   compound  Regev
    Mark          PROPN  compound  Regev                            [PERSON
    Regev         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb))


# -- a group named as a part of another ------------------------------------------------
# tuples: (group, body, role)

GROUP_PARTS = [
    pytest.param("""
    Hamas          PROPN  nsubj      fired                   [ORG hamas#name]
    ,              PUNCT  punct      Hamas
    a              DET    det        offshoot
    Palestinian    ADJ    amod       offshoot                [NORP palestine#demonym]
    offshoot       NOUN   appos      Hamas
    of             ADP    prep       offshoot
    Fatah          PROPN  pobj       of                      [ORG fatah#name]
    ,              PUNCT  punct      Hamas
    fired          VERB   ROOT       fired     lemma=fire
    rockets        NOUN   dobj       fired     lemma=rocket tag=NNS
    .              PUNCT  punct      fired
    """, {("hamas", "fatah", "offshoot")}, id="apposition-offshoot-of"),
    pytest.param("""
    Hamas          PROPN  nsubj      fired                   [ORG hamas#name]
    ,              PUNCT  punct      Hamas
    the            DET    det        wing
    armed          ADJ    amod       wing
    wing           NOUN   appos      Hamas
    of             ADP    prep       wing
    Fatah          PROPN  pobj       of                      [ORG fatah#name]
    ,              PUNCT  punct      Hamas
    fired          VERB   ROOT       fired     lemma=fire
    .              PUNCT  punct      fired
    """, {("hamas", "fatah", "armed wing")}, id="apposition-armed-wing-of"),
    pytest.param("""
    Hamas          PROPN  nsubj      is                      [ORG hamas#name]
    is             AUX    ROOT       is        lemma=be tag=VBZ
    a              DET    det        branch
    branch         NOUN   attr       is
    of             ADP    prep       branch
    Fatah          PROPN  pobj       of                      [ORG fatah#name]
    .              PUNCT  punct      is
    """, {("hamas", "fatah", "branch")}, id="copula-branch-of"),
    pytest.param("""
    Al             PROPN  compound   Qaeda                   [ORG al-qaeda#alias
    Qaeda          PROPN  compound   JNIM                    ]
    affiliate      NOUN   compound   JNIM
    JNIM           PROPN  nsubj      claimed                 [ORG jnim#name]
    claimed        VERB   ROOT       claimed   lemma=claim
    the            DET    det        attack
    attack         NOUN   dobj       claimed
    .              PUNCT  punct      claimed
    """, {("jnim", "al-qaeda", "affiliate")}, id="body-part-name"),
    # "the Qassam Brigades, its armed wing": the possessive pronoun is the body named before
    pytest.param("""
    Hamas          PROPN  nsubj      said                    [ORG hamas#name]
    said           VERB   ROOT       said      lemma=say
    the            DET    det        Brigades
    Qassam         PROPN  compound   Brigades                [ORG
    Brigades       PROPN  nsubj      fired                   ]
    ,              PUNCT  punct      Brigades
    its            PRON   poss       wing      tag=PRP$
    armed          ADJ    amod       wing
    wing           NOUN   appos      Brigades
    ,              PUNCT  punct      Brigades
    fired          VERB   ccomp      said      lemma=fire
    rockets        NOUN   dobj       fired     lemma=rocket tag=NNS
    .              PUNCT  punct      said
    """, {("qassam-brigades", "hamas", "armed wing")}, id="apposition-its-armed-wing"),
    # "Hamas' military wing, the Qassam Brigades": the name in apposition to the possessed part
    pytest.param("""
    Hamas          PROPN  poss       wing                    [ORG hamas#name]
    '              PART   case       Hamas     tag=POS
    political      ADJ    amod       wing
    wing           NOUN   nsubj      claimed
    ,              PUNCT  punct      wing
    the            DET    det        Brigades
    Qassam         PROPN  compound   Brigades                [ORG
    Brigades       PROPN  appos      wing                    ]
    ,              PUNCT  punct      wing
    claimed        VERB   ROOT       claimed   lemma=claim
    the            DET    det        attack
    attack         NOUN   dobj       claimed
    .              PUNCT  punct      claimed
    """, {("qassam-brigades", "hamas", "political wing")}, id="possessed-part-comma-name"),
    # no longer a part: "a former affiliate"
    pytest.param("""
    JNIM           PROPN  nsubj      claimed                 [ORG jnim#name]
    ,              PUNCT  punct      JNIM
    a              DET    det        affiliate
    former         ADJ    amod       affiliate
    affiliate      NOUN   appos      JNIM
    of             ADP    prep       affiliate
    Al             PROPN  compound   Qaeda                   [ORG al-qaeda#alias
    Qaeda          PROPN  pobj       of                      ]
    ,              PUNCT  punct      JNIM
    claimed        VERB   ROOT       claimed   lemma=claim
    the            DET    det        attack
    attack         NOUN   dobj       claimed
    .              PUNCT  punct      claimed
    """, set(), id="former-affiliate"),
]


@pytest.mark.parametrize("spec, expected", GROUP_PARTS)
def test_a_group_named_as_part_of_another_is_affiliated_with_it(kb, spec, expected):
    assert affiliations(relations(spec, kb)) == expected


# -- a bare body that reports its state's act ------------------------------------------------

REPORTING_BODIES = [
    pytest.param("""
    Egypt         PROPN  nsubj     summoned                         [GPE egypt#name]
    summoned      VERB   ccomp     said          lemma=summon
    the           DET    det       ambassador
    ambassador    NOUN   dobj      summoned
    ,             PUNCT  punct     said
    the           DET    det       Ministry
    Foreign       PROPN  compound  Ministry                         [ORG
    Ministry      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {("foreign-ministry--t", "egypt", "foreign ministry")}, id="the-ministry-said-the-state-did"),
    # a body named with its owner is the institution rule's; a subject that is no state gives none
    pytest.param("""
    Police        NOUN   nsubj     arrested      lemma=police
    arrested      VERB   ccomp     said          lemma=arrest
    two           NUM    nummod    men
    men           NOUN   dobj      arrested      lemma=man tag=NNS
    ,             PUNCT  punct     said
    the           DET    det       Ministry
    Foreign       PROPN  compound  Ministry                         [ORG
    Ministry      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, set(), id="no-state-reported"),
]


@pytest.mark.parametrize("spec,expected", REPORTING_BODIES)
def test_a_bare_body_reporting_its_states_act_is_that_states(kb, spec, expected):
    assert {a for a in affiliations(relations(spec, kb)) if a[0] == "foreign-ministry--t"} == expected


# -- a title after "his": held for the person the pronoun stands for -----------------------------

def test_his_adviser_is_of_the_state_his_principal_heads(kb):
    """"Egyptian President Sisi sent his adviser Ali Smith": Smith is Egypt's."""
    rels = relations("""
    Egyptian      ADJ    amod      Sisi                             [NORP egypt#demonym]
    President     PROPN  compound  Sisi
    Sisi          PROPN  nsubj     sent                             [PERSON abdel-fattah-el-sisi#alias]
    sent          VERB   ROOT      sent          lemma=send
    his           PRON   poss      Smith
    adviser       NOUN   compound  Smith
    Ali           PROPN  compound  Smith                            [PERSON
    Smith         PROPN  dobj      sent                             ]
    .             PUNCT  punct     sent
    """, kb)
    assert ("ali-smith", "egypt", "adviser") in affiliations(rels)


def test_his_adviser_gives_nothing_when_his_principal_has_no_owner(kb):
    rels = relations("""
    John          PROPN  compound  Doe                              [PERSON
    Doe           PROPN  nsubj     sent                             ]
    sent          VERB   ROOT      sent          lemma=send
    his           PRON   poss      Smith
    adviser       NOUN   compound  Smith
    Ali           PROPN  compound  Smith                            [PERSON
    Smith         PROPN  dobj      sent                             ]
    .             PUNCT  punct     sent
    """, kb)
    assert {a for a in affiliations(rels) if a[0] == "ali-smith"} == set()


def test_a_persons_adviser_is_of_the_state_the_text_titles_that_person_in(kb):
    """"Egyptian President Sisi met. Sisi's adviser Ali Smith said": Smith is Egypt's."""
    rels = relations("""
    Egyptian      ADJ    amod      Sisi                             [NORP egypt#demonym]
    President     PROPN  compound  Sisi
    Sisi          PROPN  nsubj     met                              [PERSON abdel-fattah-el-sisi#alias]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    Sisi          PROPN  poss      Smith                            [PERSON abdel-fattah-el-sisi#alias]
    's            PART   case      Sisi          tag=POS
    adviser       NOUN   compound  Smith
    Ali           PROPN  compound  Smith                            [PERSON
    Smith         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert ("ali-smith", "egypt", "adviser") in affiliations(rels)


# -- a rebel title: held in the article's one armed group --------------------------------------

def test_a_rebel_spokesman_is_of_the_articles_one_armed_group(kb):
    rels = relations("""
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    Rebel         NOUN   compound  Smith
    spokesman     NOUN   compound  Smith
    Ali           PROPN  compound  Smith                            [PERSON
    Smith         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert ("ali-smith", "hamas", "rebel spokesman") in affiliations(rels)
