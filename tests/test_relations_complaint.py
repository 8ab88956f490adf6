"""Rule tests for :mod:`kg.relations.complaint`: a complaint lodged with an international body
consults the body (GUIDELINES, convention 13), one handed to a state's envoy does not, on
hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations

from kg.relations.complaint import is_forum

TO_THE_COUNCIL = """
    Lebanon       PROPN  nsubj     submitted                        [GPE lebanon#name]
    submitted     VERB   ROOT      submitted     lemma=submit
    a             DET    det       complaint
    formal        ADJ    amod      complaint
    complaint     NOUN   dobj      submitted
    to            ADP    prep      submitted
    the           DET    det       Council
    UN            PROPN  compound  Council                          [ORG un-security-council#name
    Security      PROPN  compound  Council
    Council       PROPN  pobj      to                               ]
    against       ADP    prep      complaint
    Israel        PROPN  pobj      against                          [GPE israel#name]
    .             PUNCT  punct     submitted
"""

COMPLAINTS = [
    pytest.param(TO_THE_COUNCIL, {("lebanon", "CONSULT", "un-security-council", True)}, id="x-submitted-a-complaint-to-body"),
    # "with" the body, and a headline's noun tagged a verb
    pytest.param("""
    Lebanon       PROPN  nsubj     lodges                           [GPE lebanon#name]
    lodges        VERB   ROOT      lodges        lemma=lodge tag=VBZ
    complaint     VERB   dobj      lodges        tag=VBP
    with          ADP    prep      complaint
    Security      PROPN  compound  Council                          [ORG un-security-council#alias
    Council       PROPN  pobj      with                             ]
    """, {("lebanon", "CONSULT", "un-security-council", True)}, id="headline-x-lodges-complaint-with-body"),
    # a complaint handed to a state's envoy is a protest to the state, no filing with a forum
    pytest.param("""
    China         PROPN  nsubj     issued                           [GPE china#name]
    issued        VERB   ROOT      issued        lemma=issue
    a             DET    det       complaint
    complaint     NOUN   dobj      issued
    to            ADP    dative    issued
    Japan         PROPN  poss      ambassador                       [GPE japan#name]
    's            PART   case      Japan         tag=POS
    ambassador    NOUN   pobj      to
    .             PUNCT  punct     issued
    """, set(), id="x-issued-a-complaint-to-ys-ambassador"),
    pytest.param("""
    Lebanon       PROPN  nsubj     submit                           [GPE lebanon#name]
    did           AUX    aux       submit        lemma=do
    not           PART   neg       submit
    submit        VERB   ROOT      submit        tag=VB
    a             DET    det       complaint
    complaint     NOUN   dobj      submit
    to            ADP    prep      submit
    the           DET    det       Council
    UN            PROPN  compound  Council                          [ORG un-security-council#name
    Security      PROPN  compound  Council
    Council       PROPN  pobj      to                               ]
    .             PUNCT  punct     submit
    """, set(), id="x-did-not-submit-a-complaint"),
]


@pytest.mark.parametrize("spec,expected", COMPLAINTS)
def test_a_complaint_lodged_with_a_body(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected


def test_is_forum(kb):
    da, _ = reading(TO_THE_COUNCIL, kb)
    assert is_forum("un-security-council", da)
    assert not is_forum("israel", da)
