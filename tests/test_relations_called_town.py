"""Rule tests for "the town" whose place has no known kind (round 10, K10b): a place the text calls
a town ("the town of Mayom", a city ``place_descriptor`` before "of" or after its name) is what a
later "the town" refers back to, though the knowledge base gives it no kind
(:func:`kg.relations.descriptions._called_town`). On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, relations

CAPTURED = """
    Hamas          PROPN  nsubj      entered        [ORG hamas#name]
    entered        VERB   ROOT       entered        lemma=enter
    the            DET    det        town
    town           NOUN   dobj       entered        lemma=town
    of             ADP    prep       town
    Mayom          PROPN  pobj       of             [GPE]
    .              PUNCT  punct      entered
    Israel         PROPN  nsubj      shelled        [GPE israel#name]
    shelled        VERB   ROOT       shelled        lemma=shell
    the            DET    det        town@2
    town           NOUN   dobj       shelled        lemma=town
    .              PUNCT  punct      shelled
"""


def test_the_town_is_the_place_called_a_town(kb):
    got = events(relations(CAPTURED, kb))
    assert any(s == "israel" and p == "ASSAULT" and "mayom" in o for s, p, o, _ in got), got


def test_a_place_not_called_a_town_is_not_the_town(kb):
    spec = CAPTURED.replace("""    the            DET    det        town
    town           NOUN   dobj       entered        lemma=town
    of             ADP    prep       town
    Mayom          PROPN  pobj       of             [GPE]
""", """    Mayom          PROPN  dobj       entered        [GPE]
""").replace("town@2", "town")
    got = events(relations(spec, kb))
    assert not any(s == "israel" and "mayom" in o for s, p, o, _ in got), got


# "Russian troops captured the settlement of Krasnohorivka" (round 10, K10b): a settlement or hamlet
# "of" a place is that place (``partitive``), as "the village of X" is
SETTLEMENT = """
    Russian        ADJ    amod       troops         [NORP russia#demonym]
    troops         NOUN   nsubj      captured       lemma=troop tag=NNS
    captured       VERB   ROOT       captured       lemma=capture
    the            DET    det        settlement
    settlement     NOUN   dobj       captured       lemma=settlement
    of             ADP    prep       settlement
    Krasnohorivka  PROPN  pobj       of             [GPE]
    .              PUNCT  punct      captured
"""


def test_the_settlement_of_a_place_is_the_place(kb):
    got = events(relations(SETTLEMENT, kb))
    assert any(s == "russia" and p == "ASSAULT" and "krasnohorivka" in o for s, p, o, _ in got), got


def test_a_settlement_in_a_place_is_an_accord_there(kb):
    # "The UN brokered a settlement in Western Sahara": "settlement" is a partitive only before "of"
    # (``of_partitive``), so the place is not what the UN mediates with
    got = events(relations("""
    The            DET    det        UN
    UN             PROPN  nsubj      brokered       [ORG united-nations#alias]
    brokered       VERB   ROOT       brokered       lemma=broker
    a              DET    det        settlement
    settlement     NOUN   dobj       brokered       lemma=settlement
    in             ADP    prep       settlement
    Gaza           PROPN  pobj       in             [GPE gaza-strip#alias]
    .              PUNCT  punct      brokered
    """, kb))
    assert not any(o == "gaza-strip" for s, p, o, _ in got), got
