"""Tests for :mod:`kg.relations.titleholders` and the argument rules that read it: a title stands
for the person who holds it, a state's "leader" for its head of state or government, and
armed men of no named group act for no state (see ``tests/relation_helpers.py``). Each case is
a construction kg got wrong on unseen real news."""

from __future__ import annotations

from relation_helpers import events, reading, relations, token

from kg.relations.titleholders import named_holder

# "The Israeli leader met earlier in the day with U.S. Secretary of State Antony Blinken" (a
# Reuters report): the leader is the prime minister named before, not the state
LEADER = """
    Israeli        ADJ    amod       Minister       tag=JJ                   [NORP israel#demonym]
    Prime          PROPN  compound   Minister
    Minister       PROPN  compound   Netanyahu
    Benjamin       PROPN  compound   Netanyahu                               [PERSON benjamin-netanyahu#name
    Netanyahu      PROPN  nsubj      rejected                                ]
    rejected       VERB   ROOT       rejected       lemma=reject
    the            DET    det        offer
    offer          NOUN   dobj       rejected
    .              PUNCT  punct      rejected
    The            DET    det        leader
    Israeli        ADJ    amod       leader         tag=JJ                   [NORP israel#demonym]
    leader         NOUN   nsubj      met
    met            VERB   ROOT       met            lemma=meet
    Antony         PROPN  compound   Blinken                                 [PERSON antony-blinken#name
    Blinken        PROPN  dobj       met                                     ]
    .              PUNCT  punct      met
    """


def test_a_states_leader_is_its_prime_minister_named_before(kb):
    assert ("benjamin-netanyahu", "CONSULT", "antony-blinken", True) in events(relations(LEADER, kb))
    assert ("israel", "CONSULT", "antony-blinken", True) not in events(relations(LEADER, kb))


# "Jordan's King commended Egypt's efforts" (Egypt's presidency) after the king was named
KING = """
    Qatar          PROPN  poss       Tamim                                   [GPE qatar#name]
    's             PART   case       Qatar
    Emir           PROPN  compound   Tamim
    Tamim          PROPN  nsubj      spoke                                   [PERSON]
    spoke          VERB   ROOT       spoke          lemma=speak
    .              PUNCT  punct      spoke
    Qatar          PROPN  poss       Emir@2                                  [GPE qatar#name]
    's             PART   case       Qatar@2
    Emir           PROPN  nsubj      commended
    commended      VERB   ROOT       commended      lemma=commend
    Egypt          PROPN  dobj       commended                               [GPE egypt#name]
    .              PUNCT  punct      commended
    """


def test_a_capitalised_title_with_its_states_possessive_is_the_holder(kb):
    da, _ = reading(KING, kb)
    tamim = da.actor_at(token(da, "Tamim").i)
    got = events(relations(KING, kb))
    assert (tamim, "SUPPORT", "egypt", True) in got
    assert ("qatar", "SUPPORT", "egypt", True) not in got


# "... spoke first with U.S. Special Representative for Afghanistan Thomas West" (AP): the
# parser hung the name on the verb
WEST = """
    Qatar          PROPN  poss       Minister                                [GPE qatar#name]
    's             PART   case       Qatar
    Foreign        PROPN  compound   Minister
    Minister       PROPN  compound   Mohammed
    Sheikh         PROPN  compound   Mohammed                                [PERSON
    Mohammed       PROPN  nsubj      spoke                                   ]
    spoke          VERB   ROOT       spoke          lemma=speak
    with           ADP    prep       spoke
    U.S.           PROPN  compound   Representative                          [GPE united-states#alias]
    Special        PROPN  compound   Representative
    Representative PROPN  pobj       with
    for            ADP    prep       Representative
    Afghanistan    PROPN  pobj       for                                     [GPE afghanistan#name]
    Thomas         PROPN  compound   West                                    [PERSON
    West           PROPN  npadvmod   spoke                                   ]
    .              PUNCT  punct      spoke
    """


def test_a_title_is_the_person_named_right_after_its_phrase(kb):
    da, _ = reading(WEST, kb)
    west = da.actor_at(token(da, "West").i)
    assert named_holder(token(da, "Representative"), da) == west
    subject = da.actor_at(token(da, "Mohammed").i)
    assert (subject, "CONSULT", west, True) in events(relations(WEST, kb))
    assert (subject, "CONSULT", "united-states", True) not in events(relations(WEST, kb))


# "The top U.S. diplomat for Latin America, Roberta Jacobson, met with ..." (Reuters): the
# apposition hung on the title's own object
JACOBSON = """
    The            DET    det        diplomat
    top            ADJ    amod       diplomat
    U.S.           PROPN  compound   diplomat                                [GPE united-states#alias]
    diplomat       NOUN   nsubj      met
    for            ADP    prep       diplomat
    Latin          PROPN  compound   America                                 [LOC latin-america#name
    America        PROPN  pobj       for                                     ]
    ,              PUNCT  punct      America
    Roberta        PROPN  compound   Jacobson                                [PERSON
    Jacobson       PROPN  appos      America                                 ]
    ,              PUNCT  punct      diplomat
    met            VERB   ROOT       met            lemma=meet
    Josefina       PROPN  compound   Vidal                                   [PERSON
    Vidal          PROPN  dobj       met                                     ]
    .              PUNCT  punct      met
    """


def test_a_title_is_the_person_in_apposition_inside_its_phrase(kb):
    da, _ = reading(JACOBSON, kb)
    jacobson = da.actor_at(token(da, "Jacobson").i)
    vidal = da.actor_at(token(da, "Vidal").i)
    assert named_holder(token(da, "diplomat"), da) == jacobson
    assert (jacobson, "CONSULT", vidal, True) in events(relations(JACOBSON, kb))


SUBJECT_NAME = """
    Hamas          PROPN  nsubj      met                                     [ORG hamas#name]
    met            VERB   ROOT       met            lemma=meet
    the            DET    det        president
    president      NOUN   dobj       met
    ,              PUNCT  punct      said
    Joe            PROPN  compound   Biden                                   [PERSON joe-biden#name
    Biden          PROPN  nsubj      said                                    ]
    said           VERB   parataxis  met            lemma=say
    .              PUNCT  punct      met
    """


def test_a_name_that_is_a_clauses_subject_holds_no_title_before_it(kb):
    da, _ = reading(SUBJECT_NAME, kb)
    assert named_holder(token(da, "president"), da) is None


# "Lebanese militants had fired a barrage of anti-tank missiles at an Israeli army base"
# (Newsmax), "attacks in Pakistan by militants from Afghanistan" (Gulf News)
MILITANTS = """
    Lebanese       ADJ    amod       militants      tag=JJ                   [NORP lebanon#demonym]
    militants      NOUN   nsubj      fired          lemma=militant tag=NNS
    fired          VERB   ROOT       fired          lemma=fire
    missiles       NOUN   dobj       fired          lemma=missile tag=NNS
    at             ADP    prep       fired
    Israel         PROPN  pobj       at                                      [GPE israel#name]
    .              PUNCT  punct      fired
    Attacks        NOUN   nsubj      continued      lemma=attack tag=NNS
    in             ADP    prep       Attacks
    Pakistan       PROPN  pobj       in                                      [GPE pakistan#name]
    by             ADP    prep       Attacks
    militants      NOUN   pobj       by             lemma=militant tag=NNS
    from           ADP    prep       militants@2
    Afghanistan    PROPN  pobj       from                                    [GPE afghanistan#name]
    continued      VERB   ROOT       continued      lemma=continue
    .              PUNCT  punct      continued
    """


def test_militants_act_for_no_state_their_demonym_or_origin_names(kb):
    got = events(relations(MILITANTS, kb))
    assert not any(s in ("lebanon", "afghanistan") for s, *_ in got), got


GROUP_MILITANTS = """
    Hezbollah      PROPN  compound   militants                               [ORG hezbollah#name]
    militants      NOUN   nsubj      fired          lemma=militant tag=NNS
    fired          VERB   ROOT       fired          lemma=fire
    missiles       NOUN   dobj       fired          lemma=missile tag=NNS
    at             ADP    prep       fired
    Israel         PROPN  pobj       at                                      [GPE israel#name]
    .              PUNCT  punct      fired
    """


def test_a_named_groups_militants_are_the_group(kb):
    assert ("hezbollah", "ASSAULT", "israel", True) in events(relations(GROUP_MILITANTS, kb))


# "Iran summons Turkish envoy over Erdogan's remarks" (headline, as parsed): "over" hangs on the
# envoy without its object; Erdogan is whose remarks, not the envoy
DANGLING = """
    Iran           PROPN  nsubj      summons                          [GPE iran#name]
    summons        NOUN   ROOT       summons       lemma=summon tag=NNS
    Turkish        ADJ    amod       envoy                            [NORP turkey#demonym]
    envoy          NOUN   dobj       summons
    over           ADP    prep       envoy
    Erdogan        PROPN  poss       remarks                          [PERSON recep-tayyip-erdogan#alias]
    's             PART   case       Erdogan
    remarks        VERB   conj       summons       lemma=remark tag=VBZ
    """


def test_no_holder_after_a_preposition_left_without_its_object(kb):
    da, _ = reading(DANGLING, kb)
    assert named_holder(token(da, "envoy"), da) is None
    assert ("iran", "CONSULT", "recep-tayyip-erdogan", True) not in events(relations(DANGLING, kb))
