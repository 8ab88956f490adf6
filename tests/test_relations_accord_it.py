"""Rule tests for a subject "it" that stands for an accord (round 10, K10b): "The peace deal was
backed by ECOWAS. It calls for a cease-fire ... Sudan" -> "it" is the deal (``truce_noun``, naming
no actor), not the last body named, so no REQUEST of ECOWAS
(:func:`kg.relations.coreference._accord_subject`). On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, relations

BACKED = """
    The            DET    det        deal
    peace          NOUN   compound   deal
    deal           NOUN   nsubjpass  backed         lemma=deal
    was            AUX    auxpass    backed         lemma=be
    backed         VERB   ROOT       backed         lemma=back tag=VBN
    by             ADP    agent      backed
    ECOWAS         PROPN  pobj       by             [ORG ecowas#name]
    .              PUNCT  punct      backed
"""

CALLS = """
    It             PRON   nsubj      calls          lemma=it tag=PRP
    calls          VERB   ROOT       calls          lemma=call tag=VBZ
    on             ADP    prep       calls
    Sudan          PROPN  pobj       on             [GPE sudan#name]
    to             PART   aux        disarm
    disarm         VERB   xcomp      calls          lemma=disarm tag=VB
    militias       NOUN   dobj       disarm         lemma=militia tag=NNS
    .              PUNCT  punct      calls
"""


def test_it_after_an_accord_subject_is_the_accord(kb):
    got = events(relations(BACKED + CALLS, kb))
    assert not any(r[0] == "ecowas" and r[1] == "REQUEST" for r in got), got


def test_it_after_a_body_subject_is_the_body(kb):
    spec = BACKED.replace("""    The            DET    det        deal
    peace          NOUN   compound   deal
    deal           NOUN   nsubjpass  backed         lemma=deal
    was            AUX    auxpass    backed         lemma=be
    backed         VERB   ROOT       backed         lemma=back tag=VBN
    by             ADP    agent      backed
    ECOWAS         PROPN  pobj       by             [ORG ecowas#name]
""", """    ECOWAS         PROPN  nsubj      met            [ORG ecowas#name]
    met            VERB   ROOT       met            lemma=meet
""").replace("punct      backed", "punct      met")
    got = events(relations(spec + CALLS, kb))
    assert ("ecowas", "REQUEST", "sudan", True) in got, got
