"""Rule tests for :mod:`kg.relations.authority`: a speaker who says another side has no right or
authority to act rejects it, on hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.authority import without_standing

STANDING = [
    pytest.param("""
    Armenia       PROPN  nsubj     said                             [GPE armenia#name]
    said          VERB   ROOT      said          lemma=say
    Azerbaijan    PROPN  nsubj     has                              [GPE azerbaijan#name]
    has           VERB   ccomp     said          lemma=have tag=VBZ
    no            DET    det       right
    right         NOUN   dobj      has
    to            PART   aux       represent
    represent     VERB   acl       right         tag=VB
    it            PRON   dobj      represent
    .             PUNCT  punct     said
    """, {("armenia", "REJECT", "azerbaijan", True)}, id="said-x-has-no-right-to"),
    pytest.param("""
    France        PROPN  nsubj     said                             [GPE france#name]
    said          VERB   ROOT      said          lemma=say
    Nigeria       PROPN  nsubj     have                             [GPE nigeria#name]
    did           AUX    aux       have          lemma=do
    not           PART   neg       have
    have          VERB   ccomp     said          tag=VB
    the           DET    det       authority
    authority     NOUN   dobj      have
    to            PART   aux       order
    order         VERB   acl       authority     tag=VB
    an            DET    det       expulsion
    expulsion     NOUN   dobj      order
    .             PUNCT  punct     said
    """, {("france", "REJECT", "nigeria", True)}, id="said-x-did-not-have-the-authority"),
    pytest.param("""
    Ukraine       PROPN  nsubj     said                             [GPE ukraine#name]
    said          VERB   ROOT      said          lemma=say
    Russia        PROPN  nsubj     lacks                            [GPE russia#name]
    lacks         VERB   ccomp     said          lemma=lack tag=VBZ
    the           DET    det       authority
    authority     NOUN   dobj      lacks
    .             PUNCT  punct     said
    """, {("ukraine", "REJECT", "russia", True)}, id="said-x-lacks-the-authority"),
    # standing granted, not denied
    pytest.param("""
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Israel        PROPN  nsubj     has                              [GPE israel#name]
    has           VERB   ccomp     said          lemma=have tag=VBZ
    the           DET    det       right
    right         NOUN   dobj      has
    to            PART   aux       defend
    defend        VERB   acl       right         tag=VB
    itself        PRON   dobj      defend
    .             PUNCT  punct     said
    """, set(), id="said-x-has-the-right"),
]


@pytest.mark.parametrize("spec,expected", STANDING)
def test_rejection_by_denied_standing(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "REJECT"} == expected


def test_without_standing(kb):
    da, ds = reading(STANDING[0].values[0], kb)
    assert without_standing(token(da, "has"), da, ds) == ["azerbaijan"]
    assert without_standing(token(da, "said"), da, ds) == []
