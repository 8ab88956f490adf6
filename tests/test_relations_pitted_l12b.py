"""Tests for round 12b's constructions and lexicon leftovers (helper L12b), seen on fresh
reports: a fight that pits one side against another (``relations/pitted.py``), laying the blame
on a party, calling a truce, troops moving on a town (``ontology/lexicon/verbs_added.tsv``) and
"counterparts from" a state (a people partitive with "from", ``words.tsv``), and the prepositions of
what a naming verb calls its object (``relations/frames.py``: "called X a victory for Y" is no "call for")."""

from __future__ import annotations

import pytest
from relation_helpers import events, locations, relations

CASES = [
    # "The fighting ... has pitted President Salva Kiir's SPLA government forces against rebels"
    pytest.param("""
    The            DET    det        fighting
    fighting       NOUN   nsubj      pitted
    has            AUX    aux        pitted         lemma=have tag=VBZ
    pitted         VERB   ROOT       pitted         lemma=pit tag=VBN
    Sudan          PROPN  dobj       pitted                                  [GPE sudan#name]
    against        ADP    prep       pitted
    Egypt          PROPN  pobj       against                                 [GPE egypt#name]
    .              PUNCT  punct      pitted
    """, {("sudan", "ASSAULT", "egypt", True)}, id="fighting-pitted-assault"),
    # "a civil war in Yemen pitting the Houthi movement against the government": the parser
    # hangs "against" on the first side
    pytest.param("""
    Rebels         NOUN   nsubj      exploited      lemma=rebel tag=NNS
    exploited      VERB   ROOT       exploited      lemma=exploit
    a              DET    det        war
    civil          ADJ    amod       war
    war            NOUN   dobj       exploited
    pitting        VERB   acl        war            lemma=pit tag=VBG
    Sudan          PROPN  dobj       pitting                                 [GPE sudan#name]
    against        ADP    prep       Sudan
    Egypt          PROPN  pobj       against                                 [GPE egypt#name]
    .              PUNCT  punct      exploited
    """, {("sudan", "ASSAULT", "egypt", True)}, id="war-pitting-assault"),
    # "The fighting erupted on Dec 15, pitting army units loyal to Kiir against ..."
    pytest.param("""
    The            DET    det        fighting
    fighting       NOUN   nsubj      erupted
    erupted        VERB   ROOT       erupted        lemma=erupt
    ,              PUNCT  punct      erupted
    pitting        VERB   advcl      erupted        lemma=pit tag=VBG
    Sudan          PROPN  dobj       pitting                                 [GPE sudan#name]
    against        ADP    prep       pitting
    Egypt          PROPN  pobj       against                                 [GPE egypt#name]
    .              PUNCT  punct      erupted
    """, {("sudan", "ASSAULT", "egypt", True)}, id="fighting-erupted-pitting-assault"),
    # an election pits rivals, not sides at war
    pytest.param("""
    The            DET    det        election
    election       NOUN   nsubj      pitted
    pitted         VERB   ROOT       pitted         lemma=pit
    Sudan          PROPN  dobj       pitted                                  [GPE sudan#name]
    against        ADP    prep       pitted
    Egypt          PROPN  pobj       against                                 [GPE egypt#name]
    .              PUNCT  punct      pitted
    """, set(), id="election-pitted-nothing"),
    # "Baku laid the blame on Yerevan"
    pytest.param("""
    Azerbaijan     PROPN  nsubj      laid                                    [GPE azerbaijan#name]
    laid           VERB   ROOT       laid           lemma=lay
    the            DET    det        blame
    blame          NOUN   dobj       laid
    on             ADP    prep       laid
    Armenia        PROPN  pobj       on                                      [GPE armenia#name]
    .              PUNCT  punct      laid
    """, {("azerbaijan", "ACCUSE", "armenia", True)}, id="laid-blame-on-accuse"),
    # "since 2003 when India and Pakistan called truce"
    pytest.param("""
    India          PROPN  nsubj      called                                  [GPE india#name]
    and            CCONJ  cc         India
    Pakistan       PROPN  conj       India                                   [GPE pakistan#name]
    called         VERB   ROOT       called         lemma=call
    a              DET    det        truce
    truce          NOUN   dobj       called
    .              PUNCT  punct      called
    """, {("india", "AGREE", "pakistan", True)}, id="called-truce-agree"),
    # "Sri Lankan troops moved on the north-east coastal town of Mullaitivu"
    pytest.param("""
    Azerbaijani    ADJ    amod       troops                                  [NORP azerbaijan#demonym]
    troops         NOUN   nsubj      moved          lemma=troop tag=NNS
    moved          VERB   ROOT       moved          lemma=move
    on             ADP    prep       moved
    Stepanakert    PROPN  pobj       on                                      [GPE stepanakert#name]
    .              PUNCT  punct      moved
    """, {("azerbaijan", "ASSAULT", "stepanakert", True)}, id="moved-on-town-assault"),
    # moving on a matter names no place
    pytest.param("""
    Israel         PROPN  nsubj      moved                                   [GPE israel#name]
    moved          VERB   ROOT       moved          lemma=move
    on             ADP    prep       moved
    the            DET    det        issue
    issue          NOUN   pobj       on
    .              PUNCT  punct      moved
    """, set(), id="moved-on-issue-nothing"),
    # "Shoigu held separate telephone talks with his counterparts from Armenia and Azerbaijan"
    pytest.param("""
    Russia         PROPN  nsubj      held                                    [GPE russia#name]
    held           VERB   ROOT       held           lemma=hold
    talks          NOUN   dobj       held           lemma=talk tag=NNS
    with           ADP    prep       talks
    its            PRON   poss       counterparts
    counterparts   NOUN   pobj       with           lemma=counterpart tag=NNS
    from           ADP    prep       counterparts
    Armenia        PROPN  pobj       from                                    [GPE armenia#name]
    and            CCONJ  cc         Armenia
    Azerbaijan     PROPN  conj       Armenia                                 [GPE azerbaijan#name]
    .              PUNCT  punct      held
    """, {("russia", "CONSULT", "armenia", True), ("russia", "CONSULT", "azerbaijan", True)},
        id="counterparts-from-consult"),
    # "Rajapakse had earlier called the army's capture of Kilinochchi an 'unparalleled victory' for
    # the entire nation": naming an act, no "call for" of the complement's "for"
    pytest.param("""
    Sudan          PROPN  nsubj      called                                  [GPE sudan#name]
    called         VERB   ROOT       called         lemma=call
    the            DET    det        capture
    capture        NOUN   dobj       called
    an             DET    det        victory
    victory        NOUN   oprd       called
    for            ADP    prep       victory
    Egypt          PROPN  pobj       for                                     [GPE egypt#name]
    .              PUNCT  punct      called
    """, set(), id="called-act-a-victory-for-no-request"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_constructions_l12b(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] != "AFFILIATED_WITH"} == expected


# "shelled Azerbaijani positions in the Munjuglu, Aghbulag, Gosha, Kokhanebi and Asrik Jirdakhan
# settlements of the Tovuz region": each place of the coordination lies in the region
COORDINATED = """
Armenian       ADJ    amod       forces                                  [NORP armenia#demonym]
forces         NOUN   nsubj      shelled        lemma=force tag=NNS
shelled        VERB   ROOT       shelled        lemma=shell
the            DET    det        settlements
Munjuglu       PROPN  nmod       settlements                             [GPE]
,              PUNCT  punct      Munjuglu
Aghbulag       PROPN  conj       Munjuglu                                [GPE]
and            CCONJ  cc         Aghbulag
Gosha          PROPN  conj       Aghbulag                                [GPE]
settlements    NOUN   dobj       shelled        lemma=settlement tag=NNS
of             ADP    prep       settlements
the            DET    det        region
Tovuz          PROPN  compound   region                                  [GPE]
region         NOUN   pobj       of
.              PUNCT  punct      shelled
"""


def test_coordinated_places_lie_where_their_kind_is(kb):
    assert locations(relations(COORDINATED, kb)) == {("munjuglu", "tovuz"), ("aghbulag", "tovuz"), ("gosha", "tovuz")}


def test_a_singular_kind_takes_no_coordination(kb):
    # "the Munjuglu, Aghbulag and Gosha settlement": no plural kind, no list of its places
    spec = COORDINATED.replace("lemma=settlement tag=NNS", "lemma=settlement tag=NN")
    assert locations(relations(spec, kb)) == set()
