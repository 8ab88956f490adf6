"""Rule tests of :mod:`kg.actors.possessed`: a body named with its owner's possessive
("Iran's Islamic Revolutionary Guard Corps", "China's Eastern Theater Command") is
affiliated with the owner (GUIDELINES convention 7: possessive names count); a group of
its own in the country ("Lebanon's Hezbollah") is not.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import doc_actors

ACTS = """
    Iran          PROPN  nsubj     condemned                        [GPE iran#name]
    and           CCONJ  cc        Iran
    Pakistan      PROPN  conj      Iran                             [GPE pakistan#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
"""

POSSESSED = [
    # a known body whose parent the possessor is
    pytest.param(ACTS + """
    Pakistan      PROPN  poss      Intelligence                     [GPE pakistan#name]
    's            PART   case      Pakistan      tag=POS
    Inter         PROPN  compound  Intelligence                     [ORG inter-services-intelligence#name
    -             PUNCT  punct     Inter
    Services      PROPN  compound  Intelligence
    Intelligence  PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("inter-services-intelligence", "pakistan", "inter-services intelligence",
           "Inter-Services Intelligence")], id="known-body"),
    # a new name ending with a body's noun, named with its owner
    pytest.param(ACTS + """
    Iran          PROPN  poss      Command                          [GPE iran#name]
    's            PART   case      Iran          tag=POS
    Southern      PROPN  compound  Command                          [ORG
    Theater       PROPN  compound  Command
    Command       PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("southern-theater-command", "iran", "southern theater command", "Iran's Southern Theater Command")],
        id="new-body"),
    # a group of its own in the country: no body of the state
    pytest.param(ACTS + """
    Iran          PROPN  poss      Hezbollah                        [GPE iran#name]
    's            PART   case      Iran          tag=POS
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    .             PUNCT  punct     fired
    """, [], id="group-of-its-own"),
    # a new name that is no body's: no link
    pytest.param(ACTS + """
    Iran          PROPN  poss      Front                            [GPE iran#name]
    's            PART   case      Iran          tag=POS
    Popular       PROPN  compound  Front                            [ORG
    Front         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [], id="new-group-no-body"),
]


@pytest.mark.parametrize("spec,expected", POSSESSED)
def test_a_possessed_body_is_its_owners(kb, spec, expected):
    da = doc_actors(spec, kb)
    got = [(i.group, i.parent, i.role, i.span.text) for i in da.institutions]
    assert got == [(g, p, r, s.split("'s ")[-1]) for g, p, r, s in expected]
    for group, _, _, written in expected:
        assert written in {m.text for m in da.mentions if m.actor == group}


@pytest.mark.parametrize("spec,owner", [
    pytest.param("""
    Islamic       PROPN  compound  State                            [ORG islamic-state#name
    State         PROPN  nsubj     claimed                          ]
    claimed       VERB   ROOT      claimed       lemma=claim
    the           DET    det       attack
    attack        NOUN   dobj      claimed
    via           ADP    prep      claimed
    its           PRON   poss      agency        tag=PRP$
    Amaq          PROPN  compound  agency                           [ORG
    news          NOUN   compound  agency
    agency        NOUN   pobj      via                              ]
    .             PUNCT  punct     claimed
    """, "islamic-state", id="its-body-is-the-subject-s"),
    # the body is the subject of its own clause: the owner is the subject of the clause above
    pytest.param("""
    Pakistan      PROPN  nsubj     said                             [GPE pakistan#name]
    said          VERB   ROOT      said          lemma=say
    its           PRON   poss      Ministry      tag=PRP$
    Defence       PROPN  compound  Ministry                         [ORG
    Ministry      PROPN  nsubj     respond                          ]
    would         AUX    aux       respond
    respond       VERB   ccomp     said          lemma=respond
    .             PUNCT  punct     said
    """, "pakistan", id="its-body-as-subject"),
])
def test_a_body_after_its_or_their_is_the_clause_subject_s(kb, spec, owner):
    # "Islamic State claimed the attack via its Amaq news agency" (GUIDELINES convention 7)
    da = doc_actors(spec, kb)
    assert [i.parent for i in da.institutions] == [owner]
