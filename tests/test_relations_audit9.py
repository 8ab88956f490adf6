"""Tests for misreadings found auditing fresh reports (round 9, P9): brokers of an agreement
between others are no parties to each other (:func:`kg.relations.hosting.others_between`),
meeting demands is no meeting (``meet demand`` in ``verbs.tsv``), and a headline's "X to
VERB" and an event noun after "possible" are not yet done (:mod:`kg.relations.modality`)."""

from __future__ import annotations

from relation_helpers import events, events_modality, reading, relations, token

from kg.ontology import Frame
from kg.relations.frames import others_relation

BROKERS = """
The            DET    det        US             tag=DT
US             PROPN  nsubj      tried          lemma=US tag=NNP         [GPE united-states#alias]
,              PUNCT  punct      US             tag=,
Qatar          PROPN  conj       US             lemma=Qatar tag=NNP      [GPE qatar#name]
and            CCONJ  cc         Qatar          tag=CC
Egypt          PROPN  conj       Qatar          lemma=Egypt tag=NNP      [GPE egypt#name]
tried          VERB   ROOT       tried          lemma=try tag=VBD
to             PART   aux        reach          tag=TO
reach          VERB   xcomp      tried          tag=VB
an             DET    det        agreement      tag=DT
agreement      NOUN   dobj       reach          tag=NN
between        ADP    prep       agreement      tag=IN
Israel         PROPN  pobj       between        lemma=Israel tag=NNP     [GPE israel#name]
and            CCONJ  cc         Israel         tag=CC
Hamas          PROPN  conj       Israel         lemma=Hamas tag=NNP      [ORG hamas#name]
.              PUNCT  punct      tried          tag=.
"""


def test_brokers_of_an_agreement_between_others_agree_with_nobody(kb):
    got = events(relations(BROKERS, kb))
    assert not any(p == "AGREE" and {s, o} <= {"united-states", "qatar", "egypt"} for s, p, o, _ in got)


def test_an_agreement_between_themselves_stays_theirs(kb):
    got = events(relations("""
    Israel         PROPN  nsubj      reached        lemma=Israel tag=NNP     [GPE israel#name]
    and            CCONJ  cc         Israel         tag=CC
    Hamas          PROPN  conj       Israel         lemma=Hamas tag=NNP      [ORG hamas#name]
    reached        VERB   ROOT       reached        lemma=reach tag=VBD
    an             DET    det        agreement      tag=DT
    agreement      NOUN   dobj       reached        tag=NN
    between        ADP    prep       agreement      tag=IN
    themselves     PRON   pobj       between        tag=PRP
    .              PUNCT  punct      reached        tag=.
    """, kb))
    assert ("israel", "AGREE", "hamas", True) in got


MET = """
Qatar          PROPN  nsubj      met            lemma=Qatar tag=NNP      [GPE qatar#name]
met            VERB   ROOT       met            lemma=meet tag=VBD
Saudi          PROPN  compound   Arabia         lemma=Saudi tag=NNP      [GPE saudi-arabia#name
Arabia         PROPN  poss       {noun}         lemma=Arabia tag=NNP     ]
's             PART   case       Arabia         tag=POS
{noun}         NOUN   dobj       met            lemma={lemma} tag=NNS
.              PUNCT  punct      met            tag=.
"""


def test_meeting_demands_is_no_meeting(kb):
    got = events(relations(MET.format(noun="demands", lemma="demand"), kb))
    assert not any(p == "CONSULT" for _, p, _, _ in got)
    assert ("saudi-arabia", "REQUEST", "qatar", True) in got   # the demands are still made


def test_meeting_envoys_stays_a_meeting(kb):
    got = events(relations(MET.format(noun="envoys", lemma="envoy"), kb))
    assert ("qatar", "CONSULT", "saudi-arabia", True) in got


def test_a_headline_infinitive_is_future(kb):
    got = events_modality(relations("""
    UN             PROPN  nsubj      mediate        lemma=UN tag=NNP         [ORG united-nations#alias]
    to             PART   aux        mediate        tag=TO
    mediate        VERB   ROOT       mediate        tag=VB
    talks          NOUN   dobj       mediate        lemma=talk tag=NNS
    between        ADP    prep       talks          tag=IN
    Israel         PROPN  pobj       between        lemma=Israel tag=NNP     [GPE israel#name]
    and            CCONJ  cc         Israel         tag=CC
    Hamas          PROPN  conj       Israel         lemma=Hamas tag=NNP      [ORG hamas#name]
    """, kb))
    mediations = {t for t in got if t[1] == "MEDIATE"}
    assert mediations and all(t[3:] == (False, "future") for t in mediations)


POSSIBLE = """
Officials      NOUN   nsubj      discussed      lemma=official tag=NNS
discussed      VERB   ROOT       discussed      lemma=discuss tag=VBD
a              DET    det        meeting        tag=DT
{adj}          ADJ    amod       meeting        tag=JJ
meeting        NOUN   dobj       discussed      tag=NN
between        ADP    prep       meeting        tag=IN
Putin          PROPN  pobj       between        lemma=Putin tag=NNP      [PERSON vladimir-putin#alias]
and            CCONJ  cc         Putin          tag=CC
Pashinyan      PROPN  conj       Putin          lemma=Pashinyan tag=NNP  [PERSON nikol-pashinyan#alias]
.              PUNCT  punct      discussed      tag=.
"""


def test_a_possible_meeting_is_not_held(kb):
    got = events_modality(relations(POSSIBLE.format(adj="possible"), kb))
    assert ("putin", "CONSULT", "pashinyan", False, "future") in got


def test_a_secret_meeting_was_held(kb):
    got = events_modality(relations(POSSIBLE.format(adj="secret"), kb))
    assert ("putin", "CONSULT", "pashinyan", True, "asserted") in got


MEND = """
Turkey         PROPN  nsubj      tried          lemma=Turkey tag=NNP     [GPE turkey#name]
tried          VERB   ROOT       tried          lemma=try tag=VBD
to             PART   aux        mend           tag=TO
mend           VERB   xcomp      tried          tag=VB
Iraq           PROPN  poss       relations      lemma=Iraq tag=NNP       [GPE iraq#name]
's             PART   case       Iraq           tag=POS
relations      NOUN   dobj       mend           lemma=relation tag=NNS
with           ADP    prep       relations      tag=IN
Syria          PROPN  pobj       with           lemma=Syria tag=NNP      [GPE syria#name]
.              PUNCT  punct      tried          tag=.
"""


MEND_FRAME = Frame("mend", (frozenset({"relation"}),), None, "SUPPORT", "050", "mend relation")


def test_mending_others_relations_supports_neither(kb):
    got = events(relations(MEND, kb))
    assert not any(s == "turkey" and p == "SUPPORT" for s, p, _, _ in got)


def test_a_relation_owned_by_a_pronoun_is_the_subjects_own(kb):
    da, _ = reading("""
    Turkey         PROPN  nsubj      mended         lemma=Turkey tag=NNP     [GPE turkey#name]
    mended         VERB   ROOT       mended         lemma=mend tag=VBD
    its            PRON   poss       relations      tag=PRP$
    relations      NOUN   dobj       mended         lemma=relation tag=NNS
    with           ADP    prep       relations      tag=IN
    Syria          PROPN  pobj       with           lemma=Syria tag=NNP      [GPE syria#name]
    .              PUNCT  punct      mended         tag=.
    """, kb)
    assert not others_relation(MEND_FRAME, token(da, "relations"), da)
    da, _ = reading(MEND, kb)
    assert others_relation(MEND_FRAME, token(da, "relations"), da)
    # a frame of no support keeps a place owning the relation as its object ("end the Gaza war")
    retreat = Frame("end", (frozenset({"war"}),), None, "RETREAT", None, "end war")
    assert not others_relation(retreat, token(da, "relations"), da)


WOULD = """
Israel         PROPN  nsubj      {w}            lemma=Israel tag=NNP     [GPE israel#name]
{aux}
{w}            VERB   ROOT       {w}            lemma=withdraw tag={tag}
troops         NOUN   dobj       {w}            lemma=troop tag=NNS
from           ADP    prep       {w}            tag=IN
Gaza           PROPN  pobj       from           lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
and            CCONJ  cc         {w}            tag=CC
{r}            VERB   conj       {w}            lemma=release tag={tag}
Palestinian    ADJ    amod       prisoners      tag=JJ                   [NORP palestine#demonym]
prisoners      NOUN   dobj       {r}            lemma=prisoner tag=NNS
.              PUNCT  punct      {w}            tag=.
"""


def test_a_verb_sharing_the_modal_of_its_conjunct_is_as_hypothetical(kb):
    got = events_modality(relations(WOULD.format(
        w="withdraw", r="release", tag="VB", aux="would  AUX  aux  withdraw  tag=MD"), kb))
    assert ("israel", "RETREAT", "palestine", False, "hypothetical") in got


def test_a_verb_coordinated_in_the_past_stays_asserted(kb):
    got = events_modality(relations(WOULD.format(w="withdrew", r="released", tag="VBD", aux=""), kb))
    assert ("israel", "RETREAT", "palestine", True, "asserted") in got


def test_another_mediator_is_no_party_to_a_mediation_naming_none(kb):
    got = events(relations("""
    Turkey         PROPN  nsubj      mediated       lemma=Turkey tag=NNP     [GPE turkey#name]
    mediated       VERB   ROOT       mediated       lemma=mediate tag=VBD
    between        ADP    prep       mediated       tag=IN
    Iraq           PROPN  pobj       between        lemma=Iraq tag=NNP       [GPE iraq#name]
    and            CCONJ  cc         Iraq           tag=CC
    Syria          PROPN  conj       Iraq           lemma=Syria tag=NNP      [GPE syria#name]
    .              PUNCT  punct      mediated       tag=.
    Iraq           PROPN  nsubj      met            lemma=Iraq tag=NNP       [GPE iraq#name]
    met            VERB   ROOT       met            lemma=meet tag=VBD
    Turkey         PROPN  dobj       met            lemma=Turkey tag=NNP     [GPE turkey#name]
    .              PUNCT  punct      met            tag=.
    Iran           PROPN  nsubj      tried          lemma=Iran tag=NNP       [GPE iran#name]
    also           ADV    advmod     tried          tag=RB
    tried          VERB   ROOT       tried          lemma=try tag=VBD
    to             PART   aux        mediate        tag=TO
    mediate        VERB   xcomp      tried          tag=VB
    .              PUNCT  punct      tried          tag=.
    """, kb))
    mediated = {o for s, p, o, _ in got if s == "iran" and p == "MEDIATE"}
    assert "syria" in mediated and "turkey" not in mediated   # Turkey's parties, not Turkey


TOPIC = """
Egypt          PROPN  nsubj      {v}            lemma=Egypt tag=NNP      [GPE egypt#name]
and            CCONJ  cc         Egypt          tag=CC
Israel         PROPN  conj       Egypt          lemma=Israel tag=NNP     [GPE israel#name]
{v}            VERB   ROOT       {v}            lemma={lemma} tag=VBD
{obj}
cooperation    NOUN   {dep}      {head}         tag=NN
between        ADP    prep       cooperation    tag=IN
Egypt          PROPN  pobj       between        lemma=Egypt tag=NNP      [GPE egypt#name]
and            CCONJ  cc         Egypt@2        tag=CC
Israel         PROPN  conj       Egypt@2        lemma=Israel tag=NNP     [GPE israel#name]
.              PUNCT  punct      {v}            tag=.
"""
VIEWS = "views  NOUN  dobj  exchanged  lemma=view tag=NNS\non  ADP  prep  views  tag=IN"


def test_cooperation_views_were_exchanged_on_is_a_topic(kb):
    got = events_modality(relations(TOPIC.format(v="exchanged", lemma="exchange", obj=VIEWS, dep="pobj", head="on"), kb))
    assert ("egypt", "COOPERATE", "israel", False, "hypothetical") in got


def test_cooperation_expanded_is_cooperation(kb):
    got = events_modality(relations(TOPIC.format(v="expanded", lemma="expand", obj="", dep="dobj", head="expanded"), kb))
    assert ("egypt", "COOPERATE", "israel", True, "asserted") in got


ADMINISTRATION = """
US             PROPN  compound   President      lemma=US tag=NNP         [GPE united-states#alias]
President      PROPN  compound   Trump          lemma=President tag=NNP
Donald         PROPN  compound   Trump          lemma=Donald tag=NNP     [PERSON donald-trump#name
Trump          PROPN  nsubj      spoke          lemma=Trump tag=NNP      ]
spoke          VERB   ROOT       spoke          lemma=speak tag=VBD
.              PUNCT  punct      spoke          tag=.
The            DET    det        {body}
Trump          PROPN  compound   {body}         lemma=Trump tag=NNP      [PERSON donald-trump#alias]
{body}         NOUN   nsubj      invited        tag=NN
invited        VERB   ROOT       invited        lemma=invite tag=VBD
Egypt          PROPN  dobj       invited        lemma=Egypt tag=NNP      [GPE egypt#name]
.              PUNCT  punct      invited        tag=.
"""


def test_a_leaders_administration_acts_for_the_state(kb):
    got = events(relations(ADMINISTRATION.format(body="administration"), kb))
    requests = {(s, o) for s, p, o, _ in got if p == "REQUEST"}
    assert ("united-states", "egypt") in requests and ("donald-trump", "egypt") not in requests


def test_a_leaders_envoy_is_not_his_state(kb):
    got = events(relations(ADMINISTRATION.format(body="envoy"), kb))
    assert ("united-states", "REQUEST", "egypt", True) not in got
