"""Rule tests of :mod:`kg.actors.ofbodies`: "<body> of <state or group>" ("the Election
Commission of Pakistan") is a body of that state or group, the body as written the role.

Cases are hand-built parses (see ``tests/actor_records.py``), from fresh reports."""

from __future__ import annotations

from actor_records import doc_actors


def _links(da) -> set[tuple[str, str]]:
    names = {pid: p.name for pid, p in da.protos.items()}
    return {(names[i.group], i.parent, i.role) for i in da.institutions}


def test_a_commission_of_a_state_is_its_body(kb):
    # "... a complaint from the Election Commission of Pakistan that he threatened its head"
    da = doc_actors("""
    a             DET    det       complaint
    complaint     NOUN   ROOT      complaint
    from          ADP    prep      complaint
    the           DET    det       Commission
    Election      PROPN  compound  Commission                       [ORG
    Commission    PROPN  pobj      from
    of            ADP    prep      Commission
    Pakistan      PROPN  pobj      of                               ]
    .             PUNCT  punct     complaint
    """, kb)
    assert _links(da) == {("Election Commission of Pakistan", "pakistan", "election commission")}


def test_armed_forces_of_the_state(kb):
    # "Brig. Gen. Cirilito Sobejana, Armed Forces of the Philippines commander, said ..."
    da = doc_actors("""
    The           DET    det       Forces
    Armed         PROPN  compound  Forces                           [ORG
    Forces        PROPN  nsubj     said
    of            ADP    prep      Forces
    the           DET    det       Philippines
    Philippines   PROPN  pobj      of                               ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert _links(da) == {("Armed Forces of the Philippines", "philippines", "armed forces")}


def test_a_party_named_after_its_country_is_no_body_of_it(kb):
    # "the Communist Party of the Philippines": no body's noun before "of"
    da = doc_actors("""
    The           DET    det       Party
    Communist     PROPN  compound  Party                            [ORG
    Party         PROPN  nsubj     said
    of            ADP    prep      Party
    the           DET    det       Philippines
    Philippines   PROPN  pobj      of                               ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert _links(da) == set()
