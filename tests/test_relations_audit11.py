"""Tests for misreadings found auditing fresh reports (round 11, P11): partners that urged a third
party together are no two sides ("both sides", :mod:`kg.relations.sides`), nor is a pair named
together that was never set in relation beside the sides seen fighting
(:meth:`kg.relations.discourse.Discourse.sides`); an unnamed object of "urged X to" signs, not
the urgers (:mod:`kg.relations.subjects`); a minister's portfolios are no actors beside him
(:mod:`kg.relations.portfolio`); "refrained from attacking" is no attack (``refusal``); welcoming a
named official is consulting them (``verbs.tsv``); the agent of a passive killing stands after a
measure of the event ("in waves of attacks by X", :func:`kg.relations.clause.agent_from_event_pp`);
a known acronym the article spells out as a group of its own is that group
(:func:`kg.actors.organisations.resolve_spelt_acronyms`); a known region followed by an armed
force's head word is that force ("the South Lebanon Army", :mod:`kg.actors.longnames`); "the
group's" is never a news outlet's (:mod:`kg.actors.roles`); the agent of a hyphenated participle
the parser split is no target ("fighting the UN-backed Somali government", :mod:`kg.relations.hyphens`);
an attack repelled is no attack on its places (:func:`kg.relations.targets.repels_attack`); "the
March 23 movement", a name the document does not know, is no anaphor of an earlier group
(:func:`kg.relations.descriptions.descriptor`)."""

from __future__ import annotations

from relation_helpers import affiliations, document_actors, events, reading, relations, token

from kg.relations.portfolio import title_conjuncts
from kg.relations.sides import acted_together

URGED = """
Russia         PROPN  nsubj      urged          lemma=Russia tag=NNP     [GPE russia#name]
and            CCONJ  cc         Russia         tag=CC
Turkey         PROPN  conj       Russia         lemma=Turkey tag=NNP     [GPE turkey#name]
urged          VERB   ROOT       urged          lemma=urge tag=VBD
the            DET    det        rivals         tag=DT
rivals         NOUN   dobj       urged          lemma=rival tag=NNS
to             PART   aux        sign           tag=TO
sign           VERB   xcomp      urged          tag=VB
a              DET    det        truce          tag=DT
truce          NOUN   dobj       sign           tag=NN
.              PUNCT  punct      urged          tag=.
"""

BOTH_SIDES_BATTLED = """
Both           DET    det        sides          tag=DT
sides          NOUN   nsubj      battled        lemma=side tag=NNS
battled        VERB   ROOT       battled        lemma=battle tag=VBD
for            ADP    prep       battled        tag=IN
control        NOUN   pobj       for            tag=NN
.              PUNCT  punct      battled        tag=.
"""


def test_the_urgers_do_not_sign_what_they_urge_unnamed_rivals_to_sign(kb):
    got = events(relations(URGED, kb))
    assert not any(p == "AGREE" for _, p, _, _ in got)


def test_the_urgers_together_are_no_two_sides(kb):
    got = events(relations(URGED + BOTH_SIDES_BATTLED, kb))
    assert not any(p == "ASSAULT" and {s, o} == {"russia", "turkey"} for s, p, o, _ in got)


def test_subjects_acting_on_a_third_party_acted_together(kb):
    da, _ = reading(URGED, kb)
    assert acted_together(token(da, "Russia"), kb.lexicon)


def test_subjects_holding_talks_did_not_act_together(kb):
    da, _ = reading("""
    Russia         PROPN  nsubj      held           lemma=Russia tag=NNP     [GPE russia#name]
    and            CCONJ  cc         Russia         tag=CC
    Turkey         PROPN  conj       Russia         lemma=Turkey tag=NNP     [GPE turkey#name]
    held           VERB   ROOT       held           lemma=hold tag=VBD
    talks          NOUN   dobj       held           lemma=talk tag=NNS
    .              PUNCT  punct      held           tag=.
    """, kb)
    assert not acted_together(token(da, "Russia"), kb.lexicon)


FOUGHT_THEN_NAMED = """
Israel         PROPN  nsubj      fought         lemma=Israel tag=NNP     [GPE israel#name]
fought         VERB   ROOT       fought         lemma=fight tag=VBD
Hamas          PROPN  dobj       fought         lemma=Hamas tag=NNP      [ORG hamas#name]
.              PUNCT  punct      fought         tag=.
Syrian         ADJ    amod       mercenaries    tag=JJ                   [NORP syria#demonym]
and            CCONJ  cc         Syrian         tag=CC
Turkish        ADJ    conj       Syrian         tag=JJ                   [NORP turkey#demonym]
mercenaries    NOUN   nsubj      arrived        lemma=mercenary tag=NNS
arrived        VERB   ROOT       arrived        lemma=arrive tag=VBD
.              PUNCT  punct      arrived        tag=.
Both           DET    det        sides          tag=DT
sides          NOUN   nsubj      held           lemma=side tag=NNS
held           VERB   ROOT       held           lemma=hold tag=VBD
talks          NOUN   dobj       held           lemma=talk tag=NNS
.              PUNCT  punct      held           tag=.
"""


def test_both_sides_are_those_seen_fighting_not_a_pair_named_since(kb):
    got = events(relations(FOUGHT_THEN_NAMED, kb))
    assert ("israel", "CONSULT", "hamas", True) in got
    assert not any(p == "CONSULT" and {s, o} == {"syria", "turkey"} for s, p, o, _ in got)


# the small model's parse of the article's sentence: the holder's name is the last conjunct
PORTFOLIO = """
The            DET    det        Minister       tag=DT
Minister       PROPN  nsubj      visited        lemma=Minister tag=NNP
of             ADP    prep       Minister       tag=IN
Maghreb        PROPN  compound   Affairs        lemma=Maghreb tag=NNP    [LOC]
Affairs        PROPN  pobj       of             lemma=Affairs tag=NNPS
,              PUNCT  punct      Minister       tag=,
the            DET    det        Union          tag=DT
African        PROPN  compound   Union          lemma=African tag=NNP    [ORG african-union#name
Union          PROPN  conj       Minister       lemma=Union tag=NNP      ]
and            CCONJ  cc         Union          tag=CC
the            DET    det        League         tag=DT
Arab           PROPN  compound   League         lemma=Arab tag=NNP       [ORG arab-league#name
League         PROPN  conj       Union          lemma=League tag=NNP     ]
,              PUNCT  punct      Union          tag=,
Abdelkader     PROPN  compound   Messahel       lemma=Abdelkader tag=NNP [PERSON
Messahel       PROPN  {dep}      {head}         lemma=Messahel tag=NNP   ]
,              PUNCT  punct      Union          tag=,
visited        VERB   ROOT       visited        lemma=visit tag=VBD
Morocco        PROPN  dobj       visited        lemma=Morocco tag=NNP    [GPE morocco#name]
.              PUNCT  punct      visited        tag=.
"""


def test_a_minister_s_portfolios_visit_nothing(kb):
    for dep, head in (("conj", "League"), ("appos", "League")):
        got = events(relations(PORTFOLIO.format(dep=dep, head=head), kb))
        assert not any(s in ("african-union", "arab-league") for s, _, _, _ in got), dep
        assert ("abdelkader-messahel", "CONSULT", "morocco", True) in got, dep


def test_coordinated_bodies_after_a_bare_title_stay_actors(kb):
    da, _ = reading("""
    The            DET    det        Minister       tag=DT
    Minister       PROPN  nsubj      visited        lemma=Minister tag=NNP
    ,              PUNCT  punct      Minister       tag=,
    the            DET    det        Union          tag=DT
    African        PROPN  compound   Union          lemma=African tag=NNP    [ORG african-union#name
    Union          PROPN  conj       Minister       lemma=Union tag=NNP      ]
    and            CCONJ  cc         Union          tag=CC
    the            DET    det        League         tag=DT
    Arab           PROPN  compound   League         lemma=Arab tag=NNP       [ORG arab-league#name
    League         PROPN  conj       Union          lemma=League tag=NNP     ]
    visited        VERB   ROOT       visited        lemma=visit tag=VBD
    Morocco        PROPN  dobj       visited        lemma=Morocco tag=NNP    [GPE morocco#name]
    .              PUNCT  punct      visited        tag=.
    """, kb)
    assert [t.text for t in title_conjuncts(token(da, "Minister"), da)] == ["Union", "League"]


def test_refraining_from_an_attack_is_no_attack(kb):
    got = events(relations("""
    Israel         PROPN  nsubj      refrained      lemma=Israel tag=NNP     [GPE israel#name]
    refrained      VERB   ROOT       refrained      lemma=refrain tag=VBD
    from           ADP    prep       refrained      tag=IN
    attacking      VERB   pcomp      from           lemma=attack tag=VBG
    Lebanon        PROPN  dobj       attacking      lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      refrained      tag=.
    """, kb))
    assert ("israel", "ASSAULT", "lebanon", True) not in got


WELCOMED = """
{object}
was            AUX    auxpass    welcomed       lemma=be tag=VBD
welcomed       VERB   ROOT       welcomed       lemma=welcome tag=VBN
by             ADP    agent      welcomed       tag=IN
Biden          PROPN  pobj       by             lemma=Biden tag=NNP      [PERSON joe-biden#alias]
.              PUNCT  punct      welcomed       tag=.
"""


def test_welcoming_an_official_is_consulting_him(kb):
    got = events(relations(WELCOMED.format(
        object="Netanyahu      PROPN  nsubjpass  welcomed       lemma=Netanyahu tag=NNP  [PERSON benjamin-netanyahu#alias]"),
        kb))
    assert got == {("joe-biden", "CONSULT", "benjamin-netanyahu", True)}


def test_welcoming_a_state_s_move_stays_support(kb):
    got = events(relations(WELCOMED.format(
        object="Israel         PROPN  poss       decision       lemma=Israel tag=NNP     [GPE israel#name]\n"
               "'s             PART   case       Israel         tag=POS\n"
               "decision       NOUN   nsubjpass  welcomed       tag=NN"), kb))
    assert {p for _, p, _, _ in got} == {"SUPPORT"}


def test_the_agent_of_a_killing_stands_after_a_measure_of_attacks(kb):
    got = events(relations("""
    Seven          NUM    nummod     fighters       tag=CD
    Hezbollah      PROPN  compound   fighters       lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
    fighters       NOUN   nsubjpass  killed         lemma=fighter tag=NNS
    were           AUX    auxpass    killed         lemma=be tag=VBD
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    and            CCONJ  cc         killed         tag=CC
    18             NUM    nsubj      wounded        tag=CD
    wounded        VERB   conj       killed         lemma=wound tag=VBN
    in             ADP    prep       wounded        tag=IN
    waves          NOUN   pobj       in             lemma=wave tag=NNS
    of             ADP    prep       waves          tag=IN
    attacks        NOUN   pobj       of             lemma=attack tag=NNS
    by             ADP    prep       attacks        tag=IN
    Israeli        ADJ    amod       bombers        tag=JJ                   [NORP israel#demonym]
    bombers        NOUN   pobj       by             lemma=bomber tag=NNS
    .              PUNCT  punct      wounded        tag=.
    """, kb))
    assert ("israel", "ASSAULT", "hezbollah", True) in got


SPELT = """
The            DET    det        Movement       tag=DT                   [ORG
Justice        PROPN  nmod       Movement       lemma=Justice tag=NNP
and            CCONJ  cc         Justice        tag=CC
Equality       PROPN  conj       Justice        lemma=Equality tag=NNP
Movement       PROPN  nsubj      attacked       lemma=Movement tag=NNP   ]
attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
the            DET    det        town           tag=DT
town           NOUN   dobj       attacked       tag=NN
.              PUNCT  punct      attacked       tag=.
JEM            PROPN  compound   spokesman      lemma=JEM tag=NNP        [ORG jaish-e-mohammed#alias]
spokesman      NOUN   compound   Hussein        tag=NN
Ahmed          PROPN  compound   Hussein        lemma=Ahmed tag=NNP      [PERSON
Hussein        PROPN  nsubj      spoke          lemma=Hussein tag=NNP    ]
spoke          VERB   ROOT       spoke          lemma=speak tag=VBD
.              PUNCT  punct      spoke          tag=.
"""


def test_a_known_acronym_spelt_out_as_another_group_is_that_group(kb):
    da = document_actors(SPELT, kb)
    assert da.actor_at(token(da, "JEM").i) == "justice-and-equality-movement"
    assert ("ahmed-hussein", "justice-and-equality-movement") in {
        (s, o) for s, o, _ in affiliations(relations(SPELT, kb))}


def test_a_known_acronym_alone_keeps_its_namesake(kb):
    da = document_actors(SPELT.split(".              PUNCT  punct      attacked       tag=.")[1], kb)
    assert da.actor_at(token(da, "JEM").i) == "jaish-e-mohammed"


def test_a_region_s_army_is_an_organisation_not_the_region(kb):
    got = events(relations("""
    Hezbollah      PROPN  nsubj      attacked       lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    the            DET    det        Army           tag=DT
    South          PROPN  compound   Lebanon        lemma=South tag=NNP      [LOC south-lebanon#name
    Lebanon        PROPN  compound   Army           lemma=Lebanon tag=NNP    ]
    Army           PROPN  dobj       attacked       lemma=Army tag=NNP
    .              PUNCT  punct      attacked       tag=.
    """, kb))
    assert got == {("hezbollah", "ASSAULT", "south-lebanon-army", True)}


def test_the_group_s_leader_is_no_news_agency_s(kb):
    got = relations("""
    Hezbollah      PROPN  compound   fighters       lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ccomp      said           lemma=attack tag=VBD
    Israel         PROPN  dobj       attacked       lemma=Israel tag=NNP     [GPE israel#name]
    ,              PUNCT  punct      said           tag=,
    Reuters        PROPN  nsubj      said           lemma=Reuters tag=NNP    [ORG reuters#name]
    said           VERB   ROOT       said           lemma=say tag=VBD
    .              PUNCT  punct      said           tag=.
    The            DET    det        group          tag=DT
    group          NOUN   poss       leader         tag=NN
    's             PART   case       group          tag=POS
    leader         NOUN   nsubj      spoke          tag=NN
    Hassan         PROPN  compound   Nasrallah      lemma=Hassan tag=NNP     [PERSON hassan-nasrallah#name
    Nasrallah      PROPN  appos      leader         lemma=Nasrallah tag=NNP  ]
    spoke          VERB   ROOT       spoke          lemma=speak tag=VBD
    .              PUNCT  punct      spoke          tag=.
    """, kb)
    owners = {o for s, o, _ in affiliations(got) if s == "hassan-nasrallah"}
    assert "reuters" not in owners and "hezbollah" in owners


def test_the_agent_of_a_hyphenated_participle_is_no_target(kb):
    got = events(relations("""
    Al             PROPN  compound   Shabaab        lemma=Al tag=NNP         [ORG
    Shabaab        PROPN  nsubj      fighting       lemma=Shabaab tag=NNP    ]
    is             AUX    aux        fighting       lemma=be tag=VBZ
    fighting       VERB   ROOT       fighting       lemma=fight tag=VBG
    the            DET    det        government     tag=DT
    UN             PROPN  compound   government     lemma=UN tag=NNP         [ORG united-nations#alias]
    -              ADJ    amod       government     tag=JJ
    backed         VERB   amod       government     lemma=back tag=VBN
    Somali         ADJ    amod       government     tag=JJ                   [NORP somalia#demonym]
    government     NOUN   dobj       fighting       tag=NN
    .              PUNCT  punct      fighting       tag=.
    """, kb))
    assert ("al-shabaab", "ASSAULT", "somalia", True) in got
    assert ("al-shabaab", "ASSAULT", "united-nations", True) not in got


def test_repelled_attacks_on_a_town_are_no_attack_on_its_region(kb):
    got = events(relations("""
    Sudanese       ADJ    amod       forces         tag=JJ                   [NORP sudan#demonym]
    forces         NOUN   nsubj      repelled       lemma=force tag=NNS
    repelled       VERB   ROOT       repelled       lemma=repel tag=VBD
    rebel          NOUN   compound   attacks        tag=NN
    attacks        NOUN   dobj       repelled       lemma=attack tag=NNS
    on             ADP    prep       attacks        tag=IN
    a              DET    det        town           tag=DT
    town           NOUN   pobj       on             tag=NN
    in             ADP    prep       town           tag=IN
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      repelled       tag=.
    """, kb))
    assert ("sudan", "ASSAULT", "darfur", True) not in got


def test_a_movement_with_a_name_of_its_own_is_no_earlier_group(kb):
    got = events(relations("""
    Hamas          PROPN  nsubj      said           lemma=Hamas tag=NNP      [ORG hamas#name]
    said           VERB   ROOT       said           lemma=say tag=VBD
    Rwanda         PROPN  nsubj      continued      lemma=Rwanda tag=NNP     [GPE rwanda#name]
    continued      VERB   ccomp      said           lemma=continue tag=VBD
    to             PART   aux        support        tag=TO
    support        VERB   xcomp      continued      tag=VB
    the            DET    det        movement       tag=DT
    March          PROPN  nmod       movement       lemma=March tag=NNP
    23             NUM    nummod     March          tag=CD
    movement       NOUN   dobj       support        tag=NN
    .              PUNCT  punct      said           tag=.
    """, kb))
    assert ("rwanda", "SUPPORT", "hamas", True) not in got


def test_one_s_own_unnamed_agent_acts_for_one(kb):
    got = events(relations("""
    Biden          PROPN  nsubj      asked          lemma=Biden tag=NNP      [PERSON joe-biden#alias]
    asked          VERB   ROOT       asked          lemma=ask tag=VBD
    his            PRON   poss       diplomat       tag=PRP$
    top            ADJ    amod       diplomat       tag=JJ
    diplomat       NOUN   dobj       asked          tag=NN
    to             PART   aux        request        tag=TO
    request        VERB   xcomp      asked          tag=VB
    a              DET    det        meeting        tag=DT
    meeting        NOUN   dobj       request        tag=NN
    with           ADP    prep       meeting        tag=IN
    Egypt          PROPN  pobj       with           lemma=Egypt tag=NNP      [GPE egypt#name]
    .              PUNCT  punct      asked          tag=.
    """, kb))
    assert any(s == "joe-biden" and o == "egypt" for s, _, o, _ in got)


def test_expressing_a_desire_is_no_accusation(kb):
    got = events(relations("""
    Netanyahu      PROPN  nsubj      expressed      lemma=Netanyahu tag=NNP  [PERSON benjamin-netanyahu#alias]
    expressed      VERB   ROOT       expressed      lemma=express tag=VBD
    Egypt          PROPN  poss       desire         lemma=Egypt tag=NNP      [GPE egypt#name]
    's             PART   case       Egypt          tag=POS
    desire         NOUN   dobj       expressed      tag=NN
    to             PART   aux        expand         tag=TO
    expand         VERB   acl        desire         tag=VB
    cooperation    NOUN   dobj       expand         tag=NN
    .              PUNCT  punct      expressed      tag=.
    """, kb))
    assert not any(p == "ACCUSE" for _, p, _, _ in got)
