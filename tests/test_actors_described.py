"""Rule tests of :mod:`kg.actors.described`: a group named in apposition to a description of
it ("the UN mission there, MINURSO") is linked to the parent the description names
(hand-built parses)."""

from __future__ import annotations

from actor_records import doc_actors

MISSION = """
    The           DET    det       mission
    UN            PROPN  compound  mission                          [ORG united-nations#alias]
    mission       NOUN   nsubj     remain
    there         ADV    advmod    mission
    ,             PUNCT  punct     mission
    MINURSO       PROPN  appos     mission
    ,             PUNCT  punct     mission
    will          AUX    aux       remain
    remain        VERB   ROOT      remain
    .             PUNCT  punct     remain
"""


def test_a_group_named_in_apposition_to_a_body_is_that_body_of_the_parent(kb):
    da = doc_actors(MISSION, kb)
    assert ("minurso", "united-nations") in {(i.group, i.parent) for i in da.institutions}


def test_the_description_is_no_second_body(kb):
    da = doc_actors(MISSION, kb)
    groups = {m.actor for m in da.mentions if da.protos[m.actor].type == "Group"} - {"united-nations"}
    assert groups == {"minurso"}
