"""Tests for misreadings found auditing fresh reports (round 10, P10): the plural subject of
"battle" with an object no actor names ("battling the insurgency", or a name not
recognised) fought that object, not each other, and the plural
subject of a one-sided attack ("Rwanda and Uganda invaded") did not attack each other
(:mod:`kg.relations.clause`); a hyphenated participle is never negated ("UN-recognised" is
recognition, :mod:`kg.relations.participle`); shooting down a munition is an interception,
blocking boats a blockade, circumstances surrounding a clash no encirclement (``verbs.tsv``);
talks the verb names parties for ("taking place between the government and ...") are no
anaphor of earlier talks, nor are "the talks" after talks the sentence names parties for
(:mod:`kg.relations.talks`); a possessive state beside a named group
("Lebanon's Hezbollah fighters") is the group's home, not a doer (:mod:`kg.relations.homeland`); a
deadline to leave ("gave the envoy 48 hours to leave") is an expulsion, no threat
(:func:`kg.relations.expulsion.departure_deadline`)."""

from __future__ import annotations

from relation_helpers import events, relations

BATTLING = """
UN             PROPN  compound   peacekeepers   lemma=UN tag=NNP         [ORG united-nations#alias]
peacekeepers   NOUN   nsubj      battling       lemma=peacekeeper tag=NNS
from           ADP    prep       peacekeepers   tag=IN
Burundi        PROPN  pobj       from           lemma=Burundi tag=NNP    [GPE burundi#name]
and            CCONJ  cc         Burundi        tag=CC
Ethiopia       PROPN  conj       Burundi        lemma=Ethiopia tag=NNP   [GPE ethiopia#name]
have           AUX    aux        battling       tag=VBP
been           AUX    aux        battling       lemma=be tag=VBN
battling       VERB   ROOT       battling       lemma=battle tag=VBG
the            DET    det        insurgency     tag=DT
insurgency     NOUN   dobj       battling       tag=NN
for            ADP    prep       battling       tag=IN
years          NOUN   pobj       for            lemma=year tag=NNS
.              PUNCT  punct      battling       tag=.
"""


def test_subjects_battling_an_unnamed_enemy_do_not_fight_each_other(kb):
    got = events(relations(BATTLING, kb))
    assert not any(p == "ASSAULT" and {s, o} <= {"united-nations", "burundi", "ethiopia"} for s, p, o, _ in got)


def test_subjects_fighting_a_war_fight_each_other(kb):
    got = events(relations("""
    Armenia        PROPN  nsubj      fought         lemma=Armenia tag=NNP    [GPE armenia#name]
    and            CCONJ  cc         Armenia        tag=CC
    Azerbaijan     PROPN  conj       Armenia        lemma=Azerbaijan tag=NNP [GPE azerbaijan#name]
    fought         VERB   ROOT       fought         lemma=fight tag=VBD
    a              DET    det        war            tag=DT
    war            NOUN   dobj       fought         tag=NN
    in             ADP    prep       fought         tag=IN
    1990           NUM    pobj       in             tag=CD
    .              PUNCT  punct      fought         tag=.
    """, kb))
    assert ("armenia", "ASSAULT", "azerbaijan", True) in got


def test_a_joint_invasion_is_no_attack_on_each_other(kb):
    got = events(relations("""
    Conflict       NOUN   nsubj      raged          tag=NN
    has            AUX    aux        raged          lemma=have tag=VBZ
    raged          VERB   ROOT       raged          lemma=rage tag=VBN
    since          SCONJ  mark       invaded        tag=IN
    Burundi        PROPN  nsubj      invaded        lemma=Burundi tag=NNP    [GPE burundi#name]
    and            CCONJ  cc         Burundi        tag=CC
    Ethiopia       PROPN  conj       Burundi        lemma=Ethiopia tag=NNP   [GPE ethiopia#name]
    invaded        VERB   advcl      raged          lemma=invade tag=VBD
    in             ADP    prep       invaded        tag=IN
    1996           NUM    pobj       in             tag=CD
    .              PUNCT  punct      raged          tag=.
    """, kb))
    assert not any(p == "ASSAULT" for _, p, _, _ in got)


def test_a_recognised_government_is_supported_not_rejected(kb):
    got = events(relations("""
    Israel         PROPN  nsubj      attacked       lemma=Israel tag=NNP     [GPE israel#name]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    the            DET    det        Authority      tag=DT
    UN             PROPN  npadvmod   recognised     lemma=UN tag=NNP         [ORG united-nations#alias]
    -              ADJ    punct      recognised     tag=JJ
    recognised     VERB   amod       Authority      lemma=recognise tag=VBN
    Palestinian    PROPN  compound   Authority      lemma=Palestinian tag=NNP [ORG palestinian-authority#name
    Authority      PROPN  dobj       attacked       lemma=Authority tag=NNP  ]
    .              PUNCT  punct      attacked       tag=.
    """, kb))
    assert not any(p == "REJECT" for _, p, _, _ in got)
    assert ("united-nations", "SUPPORT", "palestinian-authority", True) in got


SHOT_DOWN = """
Saudi          PROPN  compound   Arabia         lemma=Saudi tag=NNP      [GPE saudi-arabia#name
Arabia         PROPN  nsubj      shot           lemma=Arabia tag=NNP     ]
shot           VERB   ROOT       shot           lemma=shoot tag=VBD
down           ADP    prt        shot           tag=RP
a              DET    det        {noun}
Houthi         PROPN  compound   {noun}         lemma=Houthi tag=NNP     [ORG houthis#alias]
{noun}         NOUN   dobj       shot           lemma={noun} tag=NN
.              PUNCT  punct      shot           tag=.
"""


def test_shooting_down_a_missile_is_an_interception(kb):
    got = events(relations(SHOT_DOWN.format(noun="missile"), kb))
    assert not any(p == "ASSAULT" for _, p, _, _ in got)


def test_shooting_down_a_jet_is_an_attack(kb):
    got = events(relations(SHOT_DOWN.format(noun="jet"), kb))
    assert ("saudi-arabia", "ASSAULT", "houthis", True) in got


BLOCKED = """
China          PROPN  nsubj      blocked        lemma=China tag=NNP      [GPE china#name]
blocked        VERB   ROOT       blocked        lemma=block tag=VBD
Philippine     PROPN  amod       {noun}         lemma=Philippine tag=NNP [NORP philippines#demonym]
{noun}         NOUN   dobj       blocked        lemma={lemma} tag=NNS
.              PUNCT  punct      blocked        tag=.
"""


def test_blocking_boats_is_a_blockade(kb):
    got = events(relations(BLOCKED.format(noun="boats", lemma="boat"), kb))
    assert got == {("china", "COERCE", "philippines", True)}


def test_blocking_proposals_is_a_rejection(kb):
    got = events(relations(BLOCKED.format(noun="proposals", lemma="proposal"), kb))
    assert got == {("china", "REJECT", "philippines", True)}


def test_circumstances_surrounding_a_clash_are_no_encirclement(kb):
    got = events(relations("""
    Qatar          PROPN  nsubj      disputing      lemma=Qatar tag=NNP      [GPE qatar#name]
    is             AUX    aux        disputing      lemma=be tag=VBZ
    disputing      VERB   ROOT       disputing      lemma=dispute tag=VBG
    the            DET    det        circumstances  tag=DT
    circumstances  NOUN   dobj       disputing      lemma=circumstance tag=NNS
    surrounding    VERB   acl        circumstances  lemma=surround tag=VBG
    a              DET    det        clash          tag=DT
    clash          NOUN   dobj       surrounding    tag=NN
    in             ADP    prep       clash          tag=IN
    Gaza           PROPN  pobj       in             lemma=Gaza tag=NNP       [GPE gaza-strip#alias]
    .              PUNCT  punct      disputing      tag=.
    """, kb))
    assert not any(p == "COERCE" for _, p, _, _ in got)


def test_talks_taking_place_between_named_parties_are_no_anaphor(kb):
    got = events(relations("""
    Russia        PROPN  nsubj     attacked                         [GPE russia#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Ukraine       PROPN  dobj      attacked                         [GPE ukraine#name]
    .             PUNCT  punct     attacked
    Peace         NOUN   compound  talks         tag=NN
    talks         NOUN   nsubj     taking        lemma=talk tag=NNS
    have          AUX    aux       taking        tag=VBP
    been          AUX    aux       taking        lemma=be tag=VBN
    taking        VERB   ROOT      taking        lemma=take tag=VBG
    place         NOUN   dobj      taking        tag=NN
    between       ADP    prep      taking        tag=IN
    the           DET    det       government    tag=DT
    government    NOUN   pobj      between       tag=NN
    and           CCONJ  cc        government    tag=CC
    rebels        NOUN   conj      government    lemma=rebel tag=NNS
    .             PUNCT  punct     taking        tag=.
    """, kb))
    assert not any(p == "CONSULT" for _, p, _, _ in got)


HOMELAND = """
Lebanon        PROPN  poss       fighters       lemma=Lebanon tag=NNP    [GPE lebanon#name]
's             PART   case       Lebanon        tag=POS
{group}
fighters       NOUN   nsubj      fired          lemma=fighter tag=NNS
fired          VERB   ROOT       fired          lemma=fire tag=VBD
rockets        NOUN   dobj       fired          lemma=rocket tag=NNS
at             ADP    prep       fired          tag=IN
Israel         PROPN  pobj       at             lemma=Israel tag=NNP     [GPE israel#name]
.              PUNCT  punct      fired          tag=.
"""


def test_a_named_group_s_home_state_is_no_doer(kb):
    got = events(relations(HOMELAND.format(
        group="Hezbollah      PROPN  compound   fighters       lemma=Hezbollah tag=NNP  [ORG hezbollah#name]"), kb))
    assert got == {("hezbollah", "ASSAULT", "israel", True)}


def test_a_state_s_own_fighters_stay_the_state_s(kb):
    got = events(relations(HOMELAND.format(group=""), kb))
    assert got == {("lebanon", "ASSAULT", "israel", True)}


DEADLINE = """
Nigeria        PROPN  nsubj      gave           lemma=Nigeria tag=NNP    [GPE nigeria#name]
gave           VERB   ROOT       gave           lemma=give tag=VBD
the            DET    det        envoy          tag=DT
French         ADJ    amod       envoy          tag=JJ                   [NORP france#demonym]
envoy          NOUN   dative     gave           tag=NN
48             NUM    nummod     hours          tag=CD
hours          NOUN   dobj       gave           lemma=hour tag=NNS
to             PART   aux        {verb}         tag=TO
{verb}         VERB   relcl      hours          tag=VB
.              PUNCT  punct      gave           tag=.
"""


def test_a_deadline_to_leave_is_no_threat(kb):
    got = events(relations(DEADLINE.format(verb="leave"), kb))
    assert not any(p == "THREATEN" for _, p, _, _ in got)


def test_a_deadline_to_apologise_is_a_threat(kb):
    got = events(relations(DEADLINE.format(verb="apologise"), kb))
    assert ("nigeria", "THREATEN", "france", True) in got


def test_the_talks_after_named_talks_in_the_sentence_are_those(kb):
    got = relations("""
    Qatar          PROPN  nsubj      met            lemma=Qatar tag=NNP      [GPE qatar#name]
    met            VERB   ROOT       met            lemma=meet tag=VBD
    Hamas          PROPN  dobj       met            lemma=Hamas tag=NNP      [ORG hamas#name]
    .              PUNCT  punct      met            tag=.
    Israeli        PROPN  nmod       talks          lemma=Israeli tag=NNP    [NORP israel#demonym]
    and            CCONJ  cc         Israeli        tag=CC
    Egyptian       ADJ    conj       Israeli        tag=JJ                   [NORP egypt#demonym]
    talks          NOUN   nsubj      agreed         lemma=talk tag=NNS
    agreed         VERB   ROOT       agreed         lemma=agree tag=VBD
    on             ADP    prep       agreed         tag=IN
    a              DET    det        plan           tag=DT
    plan           NOUN   pobj       on             tag=NN
    but            CCONJ  cc         agreed         tag=CC
    the            DET    det        talks@2        tag=DT
    talks          NOUN   nsubjpass  delayed        lemma=talk tag=NNS
    were           AUX    auxpass    delayed        lemma=be tag=VBD
    delayed        VERB   conj       agreed         lemma=delay tag=VBN
    .              PUNCT  punct      delayed        tag=.
    """, kb)
    assert not any(r.rule == "talks.anaphor" for r in got)
    assert any(r.rule == "nominal_event" and {r.subject, r.object} == {"israel", "egypt"} for r in got)
