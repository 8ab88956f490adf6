"""Tests for :mod:`kg.relations.modality`: what governs an event beyond its own clause (see
``tests/relation_helpers.py``). An ability ("have the power to veto"), "yet to", "agreed to
swap", a denied claim, a planned, foiled or demanded event noun are not asserted; the act
around them (the agreement, the demand) is."""

from __future__ import annotations

import pytest
from relation_helpers import events_modality, reading, relations, token, unasserted

from kg.relations.modality import modality
from kg.relations.subjects import infinitive_of_noun

# tuples: (subject, predicate, object, asserted, modality)

SCOPE = [
    # "at odds over how to end the war": an open question, not an act ("which it claimed to have
    # captured" is a relative pronoun, not a question: asserted)
    pytest.param("""
    Israel        PROPN  nsubj     differed                         [GPE israel#name]
    differed      VERB   ROOT      differed      lemma=differ
    over          ADP    prep      differed
    how           SCONJ  advmod    attack        tag=WRB
    to            PART   aux       attack
    attack        VERB   pcomp     over          tag=VB
    Hamas         PROPN  dobj      attack                           [ORG hamas#name]
    .             PUNCT  punct     differed
    """, {("israel", "ASSAULT", "hamas", False, "hypothetical")}, id="how-to-attack"),
    pytest.param("""
    Kherson       PROPN  ROOT      Kherson                          [GPE]
    ,             PUNCT  punct     Kherson
    which         PRON   dobj      captured      tag=WDT
    Russia        PROPN  nsubj     claimed                          [GPE russia#name]
    claimed       VERB   relcl     Kherson       lemma=claim
    to            PART   aux       captured
    have          AUX    aux       captured      tag=VB
    captured      VERB   xcomp     claimed       lemma=capture tag=VBN
    .             PUNCT  punct     Kherson
    """, {("russia", "ASSAULT", "kherson-ua", True, "asserted")}, id="which-it-claimed-to-have-captured"),
    # "have the power to veto": an ability, not an act
    pytest.param("""
    Israel        PROPN  nsubj     has                              [GPE israel#name]
    has           VERB   ROOT      has           lemma=have tag=VBZ
    the           DET    det       right
    right         NOUN   dobj      has
    to            PART   aux       strike
    strike        VERB   acl       right         tag=VB
    Hamas         PROPN  dobj      strike                           [ORG hamas#name]
    .             PUNCT  punct     has
    """, {("israel", "ASSAULT", "hamas", False, "hypothetical")}, id="has-the-right-to-strike"),
    # "yet to": not done
    pytest.param("""
    Russian       ADJ    amod      troops                           [NORP russia#demonym]
    troops        NOUN   nsubj     were          lemma=troop tag=NNS
    were          AUX    ROOT      were          lemma=be tag=VBD
    yet           ADV    advmod    were          tag=RB
    to            PART   aux       withdraw
    withdraw      VERB   xcomp     were          tag=VB
    from          ADP    prep      withdraw
    Kherson       PROPN  pobj      from                             [GPE]
    .             PUNCT  punct     were
    """, {("russia", "RETREAT", "kherson-ua", False, "negated")}, id="yet-to-withdraw"),
    # "agreed to swap": the agreement happened, the swap is to come
    pytest.param("""
    Russia        PROPN  nsubj     agreed                           [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    agreed        VERB   ROOT      agreed        lemma=agree
    to            PART   aux       swap
    swap          VERB   xcomp     agreed        tag=VB
    prisoners     NOUN   dobj      swap          lemma=prisoner tag=NNS
    .             PUNCT  punct     agreed
    """, {("russia", "AGREE", "ukraine", True, "asserted"), ("russia", "RETREAT", "ukraine", False, "future"),
          ("ukraine", "RETREAT", "russia", False, "future")}, id="agreed-to-swap"),
    # the content of a denied claim
    pytest.param("""
    Israel        PROPN  nsubj     denies                           [GPE israel#name]
    denies        VERB   ROOT      denies        lemma=deny tag=VBZ
    claims        NOUN   dobj      denies        lemma=claim tag=NNS
    it            PRON   nsubj     struck
    struck        VERB   ccomp     claims        lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     denies
    """, {("israel", "ASSAULT", "rafah-ps", False, "negated")}, id="denies-claims-it-struck"),
    # an infinitive of a plan noun: its owner does it, later
    pytest.param("""
    Israel        PROPN  poss      plans                            [GPE israel#name]
    's            PART   case      Israel
    plans         NOUN   nsubj     drew          lemma=plan tag=NNS
    to            PART   aux       invade
    invade        VERB   acl       plans         tag=VB
    Rafah         PROPN  dobj      invade                           [GPE]
    drew          VERB   ROOT      drew          lemma=draw
    criticism     NOUN   dobj      drew
    .             PUNCT  punct     drew
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Hamas         PROPN  dobj      struck                           [ORG hamas#name]
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "rafah-ps", False, "future"), ("israel", "ASSAULT", "hamas", True, "asserted")},
        id="plans-to-invade"),
    # a demanded event noun: the demand is a REQUEST, the release is not done
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    an            DET    det       withdrawal
    Israeli       ADJ    amod      withdrawal                       [NORP israel#demonym]
    withdrawal    NOUN   pobj      for
    from          ADP    prep      withdrawal
    Gaza          PROPN  pobj      from                             [GPE gaza-strip#alias]
    .             PUNCT  punct     called
    """, {("israel", "RETREAT", "gaza-strip", False, "demanded")}, id="called-for-the-withdrawal"),
    # a planned and foiled attack
    pytest.param("""
    Troops        NOUN   nsubj     foiled        lemma=troop tag=NNS
    foiled        VERB   ROOT      foiled        lemma=foil
    a             DET    det       attack
    Hamas         PROPN  compound  attack                           [ORG hamas#name]
    attack        NOUN   dobj      foiled
    on            ADP    prep      attack
    Sderot        PROPN  pobj      on                               [GPE]
    .             PUNCT  punct     foiled
    """, {("hamas", "ASSAULT", "sderot-il", False, "negated")}, id="foiled-an-attack"),
    pytest.param("""
    The           DET    det       attack
    planned       VERB   amod      attack        lemma=plan tag=VBN
    Hamas         PROPN  compound  attack                           [ORG hamas#name]
    attack        NOUN   nsubj     alarmed
    on            ADP    prep      attack
    Sderot        PROPN  pobj      on                               [GPE]
    alarmed       VERB   ROOT      alarmed       lemma=alarm
    Israel        PROPN  dobj      alarmed                          [GPE israel#name]
    .             PUNCT  punct     alarmed
    """, {("hamas", "ASSAULT", "sderot-il", False, "future")}, id="the-planned-attack"),
    # an event noun a prevention verb has as subject did not happen (a headline's passive)
    pytest.param("""
    Hamas         PROPN  compound  attack                           [ORG hamas#name]
    attack        NOUN   nsubj     foiled
    on            ADP    prep      attack
    Sderot        PROPN  pobj      on                               [GPE]
    foiled        VERB   ROOT      foiled        lemma=foil
    """, {("hamas", "ASSAULT", "sderot-il", False, "negated")}, id="attack-foiled-headline"),
    pytest.param("""
    The           DET    det       attack
    Hamas         PROPN  compound  attack                           [ORG hamas#name]
    attack        NOUN   nsubjpass thwarted
    on            ADP    prep      attack
    Sderot        PROPN  pobj      on                               [GPE]
    was           AUX    auxpass   thwarted      lemma=be
    thwarted      VERB   ROOT      thwarted      lemma=thwart tag=VBN
    .             PUNCT  punct     thwarted
    """, {("hamas", "ASSAULT", "sderot-il", False, "negated")}, id="the-attack-was-thwarted"),
    # "any" names no particular event: a conditional consequence, not an incursion
    pytest.param("""
    Any           DET    det       incursion
    Israeli       ADJ    amod      incursion                        [NORP israel#demonym]
    incursion     NOUN   nsubj     mean
    into          ADP    prep      incursion
    Lebanon       PROPN  pobj      into                             [GPE lebanon#name]
    would         AUX    aux       mean          tag=MD
    mean          VERB   ROOT      mean          tag=VB
    war           NOUN   dobj      mean
    .             PUNCT  punct     mean
    """, {("israel", "ASSAULT", "lebanon", False, "hypothetical")}, id="any-incursion-would-mean"),
    # "raised the prospect of a wider round of fighting between Israel and ... Hezbollah"
    # (Newsmax): a possible event (``possibility_noun``), not a fight
    pytest.param("""
    The           DET    det       violence
    violence      NOUN   nsubj     raised
    raised        VERB   ROOT      raised        lemma=raise
    the           DET    det       prospect
    prospect      NOUN   dobj      raised
    of            ADP    prep      prospect
    a             DET    det       round
    round         NOUN   pobj      of
    of            ADP    prep      round
    fighting      NOUN   pobj      of@2
    between       ADP    prep      fighting
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    .             PUNCT  punct     raised
    """, {("israel", "ASSAULT", "hezbollah", False, "hypothetical")}, id="the-prospect-of-fighting"),
    pytest.param("""
    Analysts      NOUN   nsubj     warned        tag=NNS
    warned        VERB   ROOT      warned        lemma=warn
    of            ADP    prep      warned
    the           DET    det       risk
    risk          NOUN   pobj      of
    of            ADP    prep      risk
    war           NOUN   pobj      of@2
    between       ADP    prep      war
    Iran          PROPN  pobj      between                          [GPE iran#name]
    and           CCONJ  cc        Iran
    Israel        PROPN  conj      Iran                             [GPE israel#name]
    .             PUNCT  punct     warned
    """, {("iran", "ASSAULT", "israel", False, "hypothetical")}, id="the-risk-of-war"),
]


@pytest.mark.parametrize("spec,expected", SCOPE)
def test_scope(kb, spec, expected):
    got = events_modality(relations(spec, kb))
    assert {t for t in got if not t[3]} == {t for t in expected if not t[3]}
    assert {t for t in expected if t[3]} <= got


# what stays asserted: a plain infinitive of a noun, a reported claim, an attack repelled
ASSERTED = [
    pytest.param("""
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     struck
    struck        VERB   ccomp     said          lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     said
    """, id="claim-counts"),
    pytest.param("""
    Israel        PROPN  nsubj     was                              [GPE israel#name]
    was           AUX    ROOT      was           lemma=be
    the           DET    det       first
    first         ADJ    attr      was
    to            PART   aux       strike
    strike        VERB   xcomp     was           tag=VB
    Rafah         PROPN  dobj      strike                           [GPE]
    .             PUNCT  punct     was
    """, id="the-first-to-strike"),
    # an event noun that is the subject of a plain verb happened
    pytest.param("""
    The           DET    det       attack
    Hamas         PROPN  compound  attack                           [ORG hamas#name]
    attack        NOUN   nsubj     killed
    on            ADP    prep      attack
    Sderot        PROPN  pobj      on                               [GPE]
    killed        VERB   ROOT      killed        lemma=kill
    five          NUM    dobj      killed
    .             PUNCT  punct     killed
    """, id="the-attack-killed-five"),
]


@pytest.mark.parametrize("spec", ASSERTED)
def test_stays_asserted(kb, spec):
    assert unasserted(relations(spec, kb)) == set()


def test_infinitive_of_noun(kb):
    da, _ = reading("""
    the           DET    det       power
    power         NOUN   ROOT      power
    to            PART   aux       veto
    veto          VERB   acl       power         tag=VB
    """, kb)
    assert infinitive_of_noun(token(da, "veto"))
    assert not infinitive_of_noun(token(da, "power"))
    assert modality(token(da, "veto"), kb.lexicon.words_of) == "hypothetical"


def test_an_ability_adjective(kb):
    da, _ = reading("""
    Iran          PROPN  nsubj     is                               [GPE iran#name]
    is            AUX    ROOT      is            lemma=be tag=VBZ
    able          ADJ    acomp     is
    to            PART   aux       strike
    strike        VERB   xcomp     able          tag=VB
    Israel        PROPN  dobj      strike                           [GPE israel#name]
    .             PUNCT  punct     is
    """, kb)
    assert modality(token(da, "strike"), kb.lexicon.words_of) == "hypothetical"
