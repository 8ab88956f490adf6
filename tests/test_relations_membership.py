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
