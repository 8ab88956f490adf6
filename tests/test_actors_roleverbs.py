"""Rule tests of the roles a verb states (:func:`kg.actors.roles.role_in_clause`): a person
who is the subject of a role verb on a state or group ("Tantawi leads the Supreme Council of
the Armed Forces", "Abdulla heads the Adhaalath Party"), or the agent of its passive on one
("The BNP, led by Khaleda Zia, organised a rally"), holds that role in it; and the office
words of wire copy the title list reads ("Ali Waheed, chairperson of the Maldivian Democratic
Party"). Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import doc_actors

LEADS = """
    Karim          PROPN  compound   Saleh                   [PERSON
    Saleh          PROPN  nsubj      leads                   ]
    leads          VERB   ROOT       leads           lemma=lead tag=VBZ
    Hamas          PROPN  dobj       leads                   [ORG hamas#name]
    .              PUNCT  punct      leads
"""

LED_BY = """
    Hamas          PROPN  nsubj      rejected                [ORG hamas#name]
    ,              PUNCT  punct      Hamas
    led            VERB   acl        Hamas           lemma=lead tag=VBN
    by             ADP    agent      led
    Karim          PROPN  compound   Saleh                   [PERSON
    Saleh          PROPN  pobj       by                      ]
    ,              PUNCT  punct      Hamas
    rejected       VERB   ROOT       rejected        lemma=reject tag=VBD
    the            DET    det        offer
    offer          NOUN   dobj       rejected
    .              PUNCT  punct      rejected
"""

HEADED_BY = """
    Hamas          PROPN  nsubjpass  headed                  [ORG hamas#name]
    is             AUX    auxpass    headed          lemma=be tag=VBZ
    headed         VERB   ROOT       headed          lemma=head tag=VBN
    by             ADP    agent      headed
    Karim          PROPN  compound   Saleh                   [PERSON
    Saleh          PROPN  pobj       by                      ]
    .              PUNCT  punct      headed
"""

NOT_LEAD = """
    Karim          PROPN  compound   Saleh                   [PERSON
    Saleh          PROPN  nsubj      lead                    ]
    does           AUX    aux        lead            lemma=do tag=VBZ
    not            PART   neg        lead
    lead           VERB   ROOT       lead            lemma=lead tag=VB
    Hamas          PROPN  dobj       lead                    [ORG hamas#name]
    .              PUNCT  punct      lead
"""

CASES = [
    pytest.param(LEADS, {("karim-saleh", "leader", "hamas")}, id="x-leads-y"),
    pytest.param(LED_BY, {("karim-saleh", "leader", "hamas")}, id="y-led-by-x"),
    pytest.param(HEADED_BY, {("karim-saleh", "head", "hamas")}, id="y-is-headed-by-x"),
    # not a negated verb: "Karim Saleh does not lead Hamas"
    pytest.param(NOT_LEAD, set(), id="a-negated-verb"),
    # an object that is no state or group: "Karim Saleh leads the talks"
    pytest.param(LEADS.replace("    Hamas          PROPN  dobj       leads                   [ORG hamas#name]", """
    the            DET    det        talks
    talks          NOUN   dobj       leads           lemma=talk tag=NNS"""), set(), id="no-body"),
]


@pytest.mark.parametrize("spec,expected", CASES)
def test_a_role_verb_states_the_role(kb, spec, expected):
    got = {(r.person, r.role, r.affiliation) for r in doc_actors(spec, kb).roles}
    assert got == expected


CHAIRPERSON = """
    Karim          PROPN  compound   Saleh                   [PERSON
    Saleh          PROPN  nsubj      said                    ]
    ,              PUNCT  punct      Saleh
    chairperson    NOUN   appos      Saleh
    of             ADP    prep       chairperson
    Hamas          PROPN  pobj       of                      [ORG hamas#name]
    ,              PUNCT  punct      Saleh
    said           VERB   ROOT       said            lemma=say tag=VBD
    .              PUNCT  punct      said
"""


def test_chairperson_is_an_office(kb):
    # "Ali Waheed, chairperson of Nasheed's Maldivian Democratic Party"
    got = {(r.person, r.role, r.affiliation) for r in doc_actors(CHAIRPERSON, kb).roles}
    assert got == {("karim-saleh", "chairperson", "hamas")}
