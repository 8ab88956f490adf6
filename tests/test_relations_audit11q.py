"""Tests for misreadings found auditing fresh reports (round 11, Q11): no violent act strikes a sea
or a border line (:func:`kg.relations.targets.is_unstruck`); what a vetoed or quashed resolution
says is no act of the council that votes on it (:func:`kg.relations.subjects.defeated_text_authors`);
a passive subject stands for a frame's object noun ("boats were blocked" is a blockade,
:func:`kg.relations.frames.match_verb`); a branch of a state's forces stands for its state as a
party to a mediation (:func:`kg.relations.mediation.branch_state`); abstaining, refraining,
being blocked from an act, a refusal or failure to act and readiness to act assert no act
(``refusal``, ``prevention_verb``, ``ability`` in ``words.tsv``)."""

from __future__ import annotations

import pytest
from relation_helpers import document_actors, events, events_modality, relations

# -- no assault on a sea or a border line ---------------------------------------------

LINE = """
Indian         ADJ    amod       forces         tag=JJ                   [NORP india#demonym]
forces         NOUN   nsubj      shelled        lemma=force tag=NNS
shelled        VERB   ROOT       shelled        lemma=shell tag=VBD
positions      NOUN   dobj       shelled        lemma=position tag=NNS
across         ADP    prep       positions      tag=IN
the            DET    det        LoC            tag=DT
LoC            PROPN  pobj       across         tag=NNP                  [LOC line-of-control#alias]
.              PUNCT  punct      shelled        tag=.
"""


def test_the_seas_missiles_are_fired_into_are_seas(full_kb):
    # the gazetteer knows the seas of North Korea's launches as seas (``water_kind``), so no
    # launch "toward the Sea of Japan" strikes the sea
    water = full_kb.lexicon.words_of("water_kind")
    assert all(full_kb.entries[i].kind in water for i in ("sea-of-japan", "east-sea", "yellow-sea", "philippine-sea"))
    assert [e.id for e, _ in full_kb.lookup("Sea of Japan")] == ["sea-of-japan"]


def test_fire_across_a_border_line_strikes_no_line(kb):
    assert events(relations(LINE, kb)) == set()


# -- a defeated resolution's text is no act of the council ------------------------------

QUASHED = """
Russia         PROPN  nsubj      quashed        lemma=Russia tag=NNP     [GPE russia#name]
quashed        VERB   ROOT       quashed        lemma=quash tag=VBD
a              DET    det        resolution     tag=DT
Security       PROPN  compound   Council        lemma=Security tag=NNP   [ORG un-security-council#alias
Council        PROPN  compound   resolution     lemma=Council tag=NNP    ]
resolution     NOUN   dobj       quashed        tag=NN
calling        VERB   acl        resolution     lemma=call tag=VBG
on             ADP    prep       calling        tag=IN
Moscow         PROPN  pobj       on             lemma=Moscow tag=NNP     [GPE russia#capital]
to             PART   aux        withdraw       tag=TO
withdraw       VERB   xcomp      calling        tag=VB
.              PUNCT  punct      quashed        tag=.
"""

VETOED_THAT = """
Russia         PROPN  nsubj      vetoed         lemma=Russia tag=NNP     [GPE russia#name]
vetoed         VERB   ROOT       vetoed         lemma=veto tag=VBD
a              DET    det        resolution     tag=DT
Security       PROPN  compound   Council        lemma=Security tag=NNP   [ORG un-security-council#alias
Council        PROPN  compound   resolution     lemma=Council tag=NNP    ]
resolution     NOUN   dobj       vetoed         tag=NN
that           PRON   nsubj      backed         tag=WDT
backed         VERB   relcl      resolution     lemma=back tag=VBD
an             DET    det        plan           tag=DT
Arab           PROPN  compound   League         lemma=Arab tag=NNP       [ORG arab-league#name
League         PROPN  compound   plan           lemma=League tag=NNP     ]
plan           NOUN   dobj       backed         tag=NN
.              PUNCT  punct      vetoed         tag=.
"""


def test_a_quashed_resolution_calls_on_no_one_for_the_council(kb):
    assert events(relations(QUASHED, kb)) == set()


def test_a_vetoed_resolution_backs_nothing_for_the_council(kb):
    assert events(relations(VETOED_THAT, kb)) == {("russia", "REJECT", "un-security-council", True)}


# -- a passive subject is the frame's object noun ----------------------------------------

def test_boats_blocked_by_ships_are_a_blockade(kb):
    assert events(relations("""
    Two            NUM    nummod     boats          tag=CD                   [CARDINAL]
    Philippine     ADJ    amod       boats          tag=JJ                   [NORP philippines#demonym]
    boats          NOUN   nsubjpass  blocked        lemma=boat tag=NNS
    were           AUX    auxpass    blocked        lemma=be tag=VBD
    blocked        VERB   ROOT       blocked        lemma=block tag=VBN
    by             ADP    agent      blocked        tag=IN
    Chinese        ADJ    amod       ships          tag=JJ                   [NORP china#demonym]
    ships          NOUN   pobj       by             lemma=ship tag=NNS
    .              PUNCT  punct      blocked        tag=.
    """, kb)) == {("china", "COERCE", "philippines", True)}


# -- a branch of a state's forces is its state in a mediation -------------------------

def test_a_truce_after_battles_with_a_navy_is_between_its_state_and_the_rebels(kb):
    got = events(relations("""
    Tamil          PROPN  compound   rebels         lemma=Tamil tag=NNP      [ORG liberation-tigers-of-tamil-eelam#alias
    Tiger          PROPN  compound   rebels         lemma=Tiger tag=NNP      ]
    rebels         NOUN   nsubjpass  killed         lemma=rebel tag=NNS
    were           AUX    auxpass    killed         lemma=be tag=VBD
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    in             ADP    prep       killed         tag=IN
    battles        NOUN   pobj       in             lemma=battle tag=NNS
    with           ADP    prep       battles        tag=IN
    the            DET    det        navy           tag=DT
    Sri            PROPN  compound   Lankan         lemma=Sri tag=NNP        [NORP sri-lanka#demonym
    Lankan         PROPN  compound   navy           lemma=Lankan tag=NNP     ]
    navy           NOUN   pobj       with           tag=NN
    .              PUNCT  punct      killed         tag=.
    Norway         PROPN  nsubj      brokered       lemma=Norway tag=NNP     [GPE norway#name]
    brokered       VERB   ROOT       brokered       lemma=broker tag=VBD
    a              DET    det        fire           tag=DT
    cease          NOUN   compound   fire           tag=NN
    -              PUNCT  punct      fire           tag=HYPH
    fire           NOUN   dobj       brokered       tag=NN
    .              PUNCT  punct      brokered       tag=.
    """, kb))
    assert {o for s, p, o, _ in got if s == "norway" and p == "MEDIATE"} == {"sri-lanka", "liberation-tigers-of-tamil-eelam"}


# -- acts abstained from, blocked, refused, failed or offered are not asserted ----------

UNASSERTED = [
    pytest.param("""
    Israel         PROPN  nsubj      refrained      lemma=Israel tag=NNP     [GPE israel#name]
    had            AUX    aux        refrained      lemma=have tag=VBD
    refrained      VERB   ROOT       refrained      lemma=refrain tag=VBN
    from           ADP    prep       refrained      tag=IN
    attacking      VERB   pcomp      from           lemma=attack tag=VBG
    Lebanon        PROPN  dobj       attacking      lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      refrained      tag=.
    """, {("israel", "ASSAULT", "lebanon", False, "negated")}, id="refrained-from-attacking"),
    pytest.param("""
    Chinese        ADJ    amod       ships          tag=JJ                   [NORP china#demonym]
    ships          NOUN   nsubj      blocked        lemma=ship tag=NNS
    blocked        VERB   ROOT       blocked        lemma=block tag=VBD
    a              DET    det        boat           tag=DT
    Filipino       ADJ    compound   boat           tag=JJ                   [NORP philippines#demonym]
    boat           NOUN   dobj       blocked        tag=NN
    from           ADP    prep       blocked        tag=IN
    delivering     VERB   pcomp      from           lemma=deliver tag=VBG
    food           NOUN   dobj       delivering     tag=NN
    to             ADP    prep       delivering     tag=IN
    Yemen          PROPN  pobj       to             lemma=Yemen tag=NNP      [GPE yemen#name]
    .              PUNCT  punct      blocked        tag=.
    """, {("china", "COERCE", "philippines", True, "asserted"), ("philippines", "AID", "yemen", False, "negated")},
        id="blocked-from-delivering"),
    pytest.param("""
    Serbia         PROPN  poss       refusal        lemma=Serbia tag=NNP     [GPE serbia#name]
    's             PART   case       Serbia         tag=POS
    refusal        NOUN   nsubj      continues      tag=NN
    to             PART   aux        recognize      tag=TO
    recognize      VERB   acl        refusal        tag=VB
    Kosovo         PROPN  dobj       recognize      lemma=Kosovo tag=NNP     [GPE kosovo#name]
    continues      VERB   ROOT       continues      lemma=continue tag=VBZ
    .              PUNCT  punct      continues      tag=.
    """, {("serbia", "SUPPORT", "kosovo", False, "negated")}, id="refusal-to-recognize"),
    pytest.param("""
    The            DET    det        UN             tag=DT
    UN             PROPN  nsubj      is             lemma=UN tag=NNP         [ORG united-nations#alias]
    is             AUX    ROOT       is             lemma=be tag=VBZ
    ready          ADJ    acomp      is             tag=JJ
    to             PART   aux        cooperate      tag=TO
    cooperate      VERB   xcomp      ready          tag=VB
    with           ADP    prep       cooperate      tag=IN
    the            DET    det        League         tag=DT
    Arab           PROPN  compound   League         lemma=Arab tag=NNP       [ORG arab-league#name
    League         PROPN  pobj       with           lemma=League tag=NNP     ]
    .              PUNCT  punct      is             tag=.
    """, {("united-nations", "COOPERATE", "arab-league", False, "hypothetical")}, id="ready-to-cooperate"),
]


@pytest.mark.parametrize(("spec", "expected"), UNASSERTED)
def test_an_act_not_done_is_not_asserted(kb, spec, expected):
    assert events_modality(relations(spec, kb)) == expected


# -- a border line lies in a region or a state, not in a district it runs through -------

def _line_in(place: str, entity: str, compound: bool) -> str:
    head = """
    district       NOUN   pobj       in             tag=NN
    """ if compound else ""
    dep = "compound   district" if compound else "pobj       in      "
    return f"""
    Pakistani      ADJ    amod       troops         tag=JJ                   [NORP pakistan#demonym]
    troops         NOUN   nsubj      fired          lemma=troop tag=NNS
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    along          ADP    prep       fired          tag=IN
    the            DET    det        LoC            tag=DT
    LoC            PROPN  pobj       along          tag=NNP                  [LOC line-of-control#alias]
    in             ADP    prep       LoC            tag=IN
    {place:<14} PROPN  {dep}     tag=NNP                  {entity}
    {head.strip()}
    .              PUNCT  punct      fired          tag=.
    """


def test_the_loc_lies_in_no_district_it_runs_through(kb):
    got = {(r.subject, r.object) for r in relations(_line_in("Rajouri", "[GPE]", True), kb) if r.predicate == "LOCATED_IN"}
    assert not any(s == "line-of-control" for s, _ in got)


def test_the_loc_lies_in_kashmir(kb):
    got = {(r.subject, r.object) for r in relations(_line_in("Kashmir", "[LOC kashmir#name]", False), kb)
           if r.predicate == "LOCATED_IN"}
    assert got == {("line-of-control", "kashmir")}


# -- "it" in a participle adjunct is the clause's object --------------------------------

def test_accusing_it_after_chiding_a_state_accuses_that_state(kb):
    got = events(relations("""
    The            DET    det        States         tag=DT
    United         PROPN  compound   States         lemma=United tag=NNP     [GPE united-states#name
    States         PROPN  nsubj      chided         lemma=States tag=NNP     ]
    chided         VERB   ROOT       chided         lemma=chide tag=VBD
    Russia         PROPN  dobj       chided         lemma=Russia tag=NNP     [GPE russia#name]
    for            ADP    prep       chided         tag=IN
    its            PRON   poss       conflict       tag=PRP$
    conflict       NOUN   pobj       for            tag=NN
    with           ADP    prep       conflict       tag=IN
    Georgia        PROPN  pobj       with           lemma=Georgia tag=NNP    [GPE georgia#name]
    ,              PUNCT  punct      chided         tag=,
    accusing       VERB   advcl      chided         lemma=accuse tag=VBG
    it             PRON   dobj       accusing       tag=PRP
    of             ADP    prep       accusing       tag=IN
    bullying       VERB   pobj       of             lemma=bully tag=VBG
    .              PUNCT  punct      chided         tag=.
    """, kb))
    assert ("united-states", "ACCUSE", "russia", True) in got
    assert ("united-states", "ACCUSE", "georgia", True) not in got


# -- the last name of a list before a plural kind word ---------------------------------

def test_a_plural_kind_word_is_no_part_of_the_last_name(kb):
    da = document_actors("""
    Evacuations    NOUN   nsubjpass  ordered        lemma=evacuation tag=NNS
    were           AUX    auxpass    ordered        lemma=be tag=VBD
    ordered        VERB   ROOT       ordered        lemma=order tag=VBN
    in             ADP    prep       ordered        tag=IN
    the            DET    det        prefectures    tag=DT
    Yamagata       PROPN  nmod       prefectures    lemma=Yamagata tag=NNP   [GPE]
    and            CCONJ  cc         Yamagata       tag=CC
    Niigata        PROPN  conj       Yamagata       lemma=Niigata tag=NNP    [GPE
    prefectures    NOUN   pobj       in             lemma=prefecture tag=NNS ]
    .              PUNCT  punct      ordered        tag=.
    """, kb)
    names = {da.protos[a].name for a in da.protos if any(m.actor == a for m in da.mentions)}
    assert "Niigata" in names and not any("prefectures" in n for n in names)
