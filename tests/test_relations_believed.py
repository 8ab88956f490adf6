"""Rule tests for :mod:`kg.relations.believed`: armed men identified with a group only as a
belief ("gunmen suspected to be from Hezbollah", "fighters believed to be part of Hezbollah")
act for that group (issue #16, arguments). On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

BELIEVED = [
    pytest.param("""
    Gunmen        NOUN   nsubj     attacked      lemma=gunman tag=NNS
    suspected     VERB   acl       Gunmen        lemma=suspect tag=VBN
    to            PART   aux       be            tag=TO
    be            AUX    xcomp     suspected     lemma=be tag=VB
    from          ADP    prep      be
    Hezbollah     PROPN  pobj      from                             [ORG hezbollah#name]
    attacked      VERB   ROOT      attacked      lemma=attack tag=VBD
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="gunmen-suspected-to-be-from-x"),
    # the parser's clause of belief: "Fighters believed [that] ... attacked"
    pytest.param("""
    Fighters      NOUN   nsubj     believed      lemma=fighter tag=NNS
    believed      VERB   ROOT      believed      lemma=believe tag=VBD
    to            PART   aux       be            tag=TO
    be            AUX    xcomp     believed      lemma=be tag=VB
    part          NOUN   attr      be
    of            ADP    prep      part
    Hezbollah     PROPN  pobj      of                               [ORG hezbollah#name]
    attacked      VERB   ccomp     believed      lemma=attack tag=VBD
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     believed
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="fighters-believed-to-be-part-of-x"),
    # a state is no group the men are believed to belong to
    pytest.param("""
    Gunmen        NOUN   nsubj     attacked      lemma=gunman tag=NNS
    suspected     VERB   acl       Gunmen        lemma=suspect tag=VBN
    to            PART   aux       be            tag=TO
    be            AUX    xcomp     suspected     lemma=be tag=VB
    from          ADP    prep      be
    Lebanon       PROPN  pobj      from                             [GPE lebanon#name]
    attacked      VERB   ROOT      attacked      lemma=attack tag=VBD
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, set(), id="believed-from-a-state"),
]


@pytest.mark.parametrize("spec,expected", BELIEVED)
def test_believed_group(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "ASSAULT"} == expected
