"""Rule tests for multi-party constructions, on hand-built parses (see
``tests/relation_helpers.py``): the parties of a symmetric event noun named "among"
("talks among A, B and C")."""

from __future__ import annotations

from relation_helpers import events, relations

AMONG = """
    Talks         NOUN   nsubjpass held          lemma=talk tag=NNS
    among         ADP    prep      Talks
    Iran          PROPN  pobj      among                            [GPE iran#name]
    ,             PUNCT  punct     Iran
    Turkey        PROPN  conj      Iran                             [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Russia        PROPN  conj      Turkey                           [GPE russia#name]
    were          AUX    auxpass   held          lemma=be
    held          VERB   ROOT      held          lemma=hold tag=VBN
    .             PUNCT  punct     held
"""


def test_talks_among_three_parties_relate_each_pair(kb):
    assert events(relations(AMONG, kb)) == {("iran", "CONSULT", "turkey", True), ("iran", "CONSULT", "russia", True),
                                            ("turkey", "CONSULT", "russia", True)}


REQUIRED = """
    Consent       NOUN   nsubjpass required
    is            AUX    auxpass   required      lemma=be
    required      VERB   ROOT      required      lemma=require tag=VBN
    for           ADP    prep      required
    a             DET    det       meeting
    meeting       NOUN   pobj      for
    among         ADP    prep      meeting
    Iran          PROPN  pobj      among                            [GPE iran#name]
    ,             PUNCT  punct     Iran
    Turkey        PROPN  conj      Iran                             [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Russia        PROPN  conj      Turkey                           [GPE russia#name]
    .             PUNCT  punct     required
"""


def test_a_meeting_a_requirement_names_is_not_asserted(kb):
    # "consent is required for a meeting among A, B and C": the meeting has not happened
    # (``demand_object`` "require for")
    got = {(s, p, o, asserted) for s, p, o, asserted in events(relations(REQUIRED, kb))}
    assert got == {("iran", "CONSULT", "turkey", False), ("iran", "CONSULT", "russia", False),
                   ("turkey", "CONSULT", "russia", False)}
