"""Tests for misreadings found auditing fresh reports (round 12b, P12b): attending a meeting is
no consulting between the attendees (GUIDELINES convention 13, ``verbs_added.tsv``); seizing a
boat or a cargo is confiscation, COERCE, not the capture of a place (``verbs.tsv``); "the first
such meeting" is a kind of talks, no anaphor of talks the text reported
(:func:`kg.relations.talks.talks_anaphor`, ``talks_kind_of``); a typographic possessive "’s" is a
possessive like "'s" (:data:`kg.actors.names.PARTICLES_OF_NAME`,
:data:`kg.relations.grammar.POSSESSIVE_MARKERS`): "Mali’s military" has the role "military"; an
apposition after two coordinated names is the last one's title, though the parser hangs it on
the first (:func:`kg.actors.roles.role_in_apposition`)."""

from __future__ import annotations

from relation_helpers import affiliations, events, relations
from test_relations_talks import FUTURE_TALKS

ATTENDED = """
Russia         PROPN  nsubj      attended       lemma=Russia tag=NNP     [GPE russia#name]
and            CCONJ  cc         Russia         tag=CC
Ukraine        PROPN  conj       Russia         lemma=Ukraine tag=NNP    [GPE ukraine#name]
attended       VERB   ROOT       attended       lemma=attend tag=VBD
the            DET    det        meeting        tag=DT
meeting        NOUN   dobj       attended       tag=NN
.              PUNCT  punct      attended       tag=.
"""

WAS_ATTENDED_BY = """
The            DET    det        meeting        tag=DT
meeting        NOUN   nsubjpass  attended       tag=NN
was            AUX    auxpass    attended       lemma=be tag=VBD
attended       VERB   ROOT       attended       lemma=attend tag=VBN
by             ADP    agent      attended       tag=IN
Russia         PROPN  pobj       by             lemma=Russia tag=NNP     [GPE russia#name]
and            CCONJ  cc         Russia         tag=CC
Ukraine        PROPN  conj       Russia         lemma=Ukraine tag=NNP    [GPE ukraine#name]
.              PUNCT  punct      attended       tag=.
"""

HELD_MEETING = """
Russia         PROPN  nsubj      held           lemma=Russia tag=NNP     [GPE russia#name]
and            CCONJ  cc         Russia         tag=CC
Ukraine        PROPN  conj       Russia         lemma=Ukraine tag=NNP    [GPE ukraine#name]
held           VERB   ROOT       held           lemma=hold tag=VBD
a              DET    det        meeting        tag=DT
meeting        NOUN   dobj       held           tag=NN
.              PUNCT  punct      held           tag=.
"""

SEIZED_BOAT = """
Iran           PROPN  nsubj      seized         lemma=Iran tag=NNP       [GPE iran#name]
seized         VERB   ROOT       seized         lemma=seize tag=VBD
a              DET    det        boat           tag=DT
Kuwaiti        PROPN  compound   boat           lemma=Kuwaiti tag=NNP    [NORP kuwait#demonym]
fishing        NOUN   compound   boat           tag=NN
boat           NOUN   dobj       seized         tag=NN
.              PUNCT  punct      seized         tag=.
"""
CURLY_BODY = """
Russia         PROPN  poss       ministry       lemma=Russia tag=NNP     [GPE russia#name]
’s             PART   case       Russia         tag=POS
defence        PROPN  compound   ministry       tag=NNP                  [ORG
ministry       PROPN  nsubj      said           tag=NNP                  ]
said           VERB   ROOT       said           lemma=say tag=VBD
the            DET    det        attack         tag=DT
attack         NOUN   nsubj      failed         tag=NN
failed         VERB   ccomp      said           lemma=fail tag=VBD
.              PUNCT  punct      said           tag=.
"""

CURLY_TITLE = """
Sergei         PROPN  compound   Lavrov         lemma=Sergei tag=NNP     [PERSON sergei-lavrov#name
Lavrov         PROPN  nsubj      said           lemma=Lavrov tag=NNP     ]
,              PUNCT  punct      Lavrov         tag=,
Russia         PROPN  poss       minister       lemma=Russia tag=NNP     [GPE russia#name]
’s             PART   case       Russia         tag=POS
foreign        ADJ    amod       minister       tag=JJ
minister       NOUN   appos      Lavrov         tag=NN
,              PUNCT  punct      Lavrov         tag=,
said           VERB   ROOT       said           lemma=say tag=VBD
the            DET    det        attack         tag=DT
attack         NOUN   nsubj      failed         tag=NN
failed         VERB   ccomp      said           lemma=fail tag=VBD
.              PUNCT  punct      said           tag=.
"""

APPOSED_TO_SECOND = """
Wang           PROPN  nsubj      took           lemma=Wang tag=NNP       [PERSON]
and            CCONJ  cc         Wang           tag=CC
Ivan           PROPN  compound   Petrov         lemma=Ivan tag=NNP       [PERSON
Petrov         PROPN  conj       Wang           lemma=Petrov tag=NNP     ]
,              PUNCT  punct      Wang           tag=,
the            DET    det        minister       tag=DT
acting         VERB   amod       minister       lemma=act tag=VBG
Russian        ADJ    nmod       minister       tag=JJ                   [NORP russia#demonym]
foreign        ADJ    amod       minister       tag=JJ
minister       NOUN   appos      Wang           tag=NN
,              PUNCT  punct      Wang           tag=,
took           VERB   ROOT       took           lemma=take tag=VBD
stock          NOUN   dobj       took           tag=NN
of             ADP    prep       stock          tag=IN
bilateral      ADJ    amod       cooperation    tag=JJ
cooperation    NOUN   pobj       of             tag=NN
.              PUNCT  punct      took           tag=.
"""


def _meeting_took_place(such: bool) -> str:
    kind = "such          ADJ    amod       meeting        tag=JJ\n" if such else ""
    return FUTURE_TALKS + """
The            DET    det        meeting        tag=DT
first          ADJ    amod       meeting        tag=JJ                   [ORDINAL]
""" + kind + """meeting        NOUN   nsubj      took           tag=NN
took           VERB   ROOT       took           lemma=take tag=VBD
place          NOUN   dobj       took           tag=NN
in             ADP    prep       took           tag=IN
March          PROPN  pobj       in             lemma=March tag=NNP      [DATE]
.              PUNCT  punct      took           tag=.
"""


def test_attending_a_meeting_is_no_consulting_between_the_attendees(kb):
    assert not any(p == "CONSULT" for _, p, _, _ in events(relations(ATTENDED, kb)))


def test_a_meeting_attended_by_two_is_no_consulting_between_them(kb):
    assert not any(p == "CONSULT" for _, p, _, _ in events(relations(WAS_ATTENDED_BY, kb)))


def test_holding_a_meeting_together_stays_consulting(kb):
    assert ("russia", "CONSULT", "ukraine", True) in events(relations(HELD_MEETING, kb))


def test_seizing_a_fishing_boat_coerces_its_state_and_assaults_none(kb):
    got = events(relations(SEIZED_BOAT, kb))
    assert ("iran", "COERCE", "kuwait", True) in got
    assert not any(p == "ASSAULT" for _, p, _, _ in got)


def _anaphors(spec: str, kb) -> list:
    return [(r.subject, r.object) for r in relations(spec, kb) if r.rule == "talks.anaphor"]


def test_the_first_meeting_that_took_place_is_the_parties_talks(kb):
    assert _anaphors(_meeting_took_place(False), kb) == [("iran", "united-states")]


def test_the_first_such_meeting_is_a_kind_of_talks_no_anaphor(kb):
    assert _anaphors(_meeting_took_place(True), kb) == []


def test_a_body_after_a_typographic_possessive_has_its_noun_as_role(kb):
    got = affiliations(relations(CURLY_BODY, kb))
    assert {(o, role) for _, o, role in got} == {("russia", "defence ministry")}


def test_a_title_after_a_typographic_possessive_has_no_possessive_in_its_role(kb):
    assert ("sergei-lavrov", "russia", "foreign minister") in affiliations(relations(CURLY_TITLE, kb))


def test_an_apposition_after_two_names_is_the_second_ones_title(kb):
    got = {(who, owner) for who, owner, _ in affiliations(relations(APPOSED_TO_SECOND, kb))}
    assert got == {("ivan-petrov", "russia")}
