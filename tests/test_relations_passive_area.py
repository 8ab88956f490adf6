"""Rule tests for the struck area of an agentless passive (:func:`kg.relations.clause.unframed_objects`):
"one of Russia's oldest refineries had been struck in the city of Ryazan" is an attack on Ryazan by the
one side the text has seen attacking, on hand-built parses (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

BEFORE = """
    Ukrainian     ADJ    amod      drones        lemma=Ukrainian tag=JJ   [NORP ukraine#demonym]
    drones        NOUN   nsubj     attacked      lemma=drone tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack tag=VBD
    Bryansk       PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
"""

AREAS = [
    pytest.param(BEFORE + """
    a             DET    det       depot
    fuel          NOUN   compound  depot
    depot         NOUN   nsubjpass struck        lemma=depot
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    in            ADP    prep      struck        tag=IN
    Kstovo        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     struck
    """, {("ukraine", "ASSAULT", "bryansk-ru", True), ("ukraine", "ASSAULT", "kstovo-ru", True)},
        id="a-depot-was-struck-in-x"),
    # the area on the passive subject
    pytest.param(BEFORE + """
    a             DET    det       depot
    depot         NOUN   nsubjpass struck        lemma=depot
    in            ADP    prep      depot         tag=IN
    Kstovo        PROPN  pobj      in                               [GPE]
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    .             PUNCT  punct     struck
    """, {("ukraine", "ASSAULT", "bryansk-ru", True), ("ukraine", "ASSAULT", "kstovo-ru", True)},
        id="a-depot-in-x-was-struck"),
    # an agent named: its attack on the area
    pytest.param("""
    a             DET    det       depot
    fuel          NOUN   compound  depot
    depot         NOUN   nsubjpass struck        lemma=depot
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    by            ADP    agent     struck
    Ukrainian     ADJ    amod      drones        lemma=Ukrainian tag=JJ   [NORP ukraine#demonym]
    drones        NOUN   pobj      by            lemma=drone tag=NNS
    in            ADP    prep      struck        tag=IN
    Kstovo        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     struck
    """, {("ukraine", "ASSAULT", "kstovo-ru", True)}, id="a-depot-was-struck-by-x-drones-in-y"),
    # no attack seen before: no agent
    pytest.param("""
    a             DET    det       depot
    fuel          NOUN   compound  depot
    depot         NOUN   nsubjpass struck        lemma=depot
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    in            ADP    prep      struck        tag=IN
    Kstovo        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     struck
    """, set(), id="a-depot-was-struck-in-x-no-attacker-known"),
]


@pytest.mark.parametrize("spec,expected", AREAS)
def test_area_of_an_agentless_passive_attack(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ASSAULT"} == expected
