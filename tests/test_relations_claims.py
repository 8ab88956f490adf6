"""Rule tests for :mod:`kg.relations.claims`: a group that claims "the attack" an earlier
sentence reported without its author attacked what that attack struck (GUIDELINES,
conventions 2 and 3), and so do "the attackers" a sentence says belong to a group; never
another's attack, never a denied claim. On hand-built parses
(see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

UNNAMED = """
    Gunmen         NOUN   nsubj      attacked       lemma=gunman tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       attacked       tag=IN
    North          PROPN  compound   Darfur         lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      attacked       tag=.
"""

ISRAEL = """
    Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
    struck         VERB   ROOT       struck         lemma=strike tag=VBD
    Gaza           PROPN  dobj       struck         lemma=Gaza tag=NNP       [LOC gaza-strip#alias]
    .              PUNCT  punct      struck         tag=.
"""

CLAIM = """
    The            DET    det        RSF            tag=DT
    RSF            PROPN  nsubj      claimed        lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    claimed        VERB   ROOT       claimed        lemma=claim tag=VBD
    responsibility NOUN   dobj       claimed        tag=NN
    for            ADP    prep       responsibility tag=IN
    the            DET    det        attack         tag=DT
    attack         NOUN   pobj       for            tag=NN
    .              PUNCT  punct      claimed        tag=.
"""

CLAIMS = [
    pytest.param(UNNAMED + CLAIM, {("rapid-support-forces", "ASSAULT", "north-darfur", True)},
                 id="claimed-responsibility-for-the-attack"),
    # "claimed the attack": the attack is the claim's object
    pytest.param(UNNAMED + """
    The            DET    det        RSF            tag=DT
    RSF            PROPN  nsubj      claimed        lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    claimed        VERB   ROOT       claimed        lemma=claim tag=VBD
    the            DET    det        attack         tag=DT
    attack         NOUN   dobj       claimed        tag=NN
    .              PUNCT  punct      claimed        tag=.
    """, {("rapid-support-forces", "ASSAULT", "north-darfur", True)}, id="claimed-the-attack"),
    # "said it had carried out the attack": a verb of authorship, its pronoun the speaker
    pytest.param(UNNAMED + """
    The            DET    det        RSF            tag=DT
    RSF            PROPN  nsubj      said           lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    said           VERB   ROOT       said           lemma=say tag=VBD
    it             PRON   nsubj      carried        lemma=it tag=PRP
    had            AUX    aux        carried        lemma=have tag=VBD
    carried        VERB   ccomp      said           lemma=carry tag=VBN
    out            ADP    prt        carried        tag=RP
    the            DET    det        attack         tag=DT
    attack         NOUN   dobj       carried        tag=NN
    .              PUNCT  punct      said           tag=.
    """, {("rapid-support-forces", "ASSAULT", "north-darfur", True)}, id="said-it-carried-out-the-attack"),
    # the pronoun is a speaker no actor names: not whoever it was read as
    pytest.param("""
    The            DET    det        RSF            tag=DT
    RSF            PROPN  nsubj      attacked       lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    Darfur         PROPN  dobj       attacked       lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      attacked       tag=.
    Gunmen         NOUN   nsubj      attacked@2     lemma=gunman tag=NNS
    attacked       VERB   ROOT       attacked@2     lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked@2     tag=NN
    in             ADP    prep       attacked@2     tag=IN
    North          PROPN  compound   Darfur@2       lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      attacked@2     tag=.
    A              DET    det        group          tag=DT
    little-known   ADJ    amod       group          tag=JJ
    group          NOUN   nsubj      said           tag=NN
    said           VERB   ROOT       said           lemma=say tag=VBD
    it             PRON   nsubj      carried        lemma=it tag=PRP
    had            AUX    aux        carried        lemma=have tag=VBD
    carried        VERB   ccomp      said           lemma=carry tag=VBN
    out            ADP    prt        carried        tag=RP
    the            DET    det        attack         tag=DT
    attack         NOUN   dobj       carried        tag=NN
    .              PUNCT  punct      said           tag=.
    """, {("rapid-support-forces", "ASSAULT", "darfur", True)}, id="a-group-said-it-carried-out"),
    # the attack before is another's: no claim of it is read
    pytest.param(ISRAEL + CLAIM.replace("RSF", "Hamas").replace("rapid-support-forces#alias", "hamas#name"),
                 {("israel", "ASSAULT", "gaza-strip", True)}, id="another-sides-attack"),
    # a claim denied
    pytest.param(UNNAMED + """
    The            DET    det        RSF            tag=DT
    RSF            PROPN  nsubj      claim          lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    did            AUX    aux        claim          lemma=do tag=VBD
    not            PART   neg        claim          tag=RB
    claim          VERB   ROOT       claim          lemma=claim tag=VB
    responsibility NOUN   dobj       claim          tag=NN
    for            ADP    prep       responsibility tag=IN
    the            DET    det        attack         tag=DT
    attack         NOUN   pobj       for            tag=NN
    .              PUNCT  punct      claim          tag=.
    """, set(), id="did-not-claim"),
    # an indefinite attack is another attack, named in the claim itself
    pytest.param(UNNAMED + CLAIM.replace("the            DET    det        attack", "an             DET    det        attack"),
                 set(), id="an-attack-is-not-the-attack"),
]


BELONG = """
    The            DET    det        attackers      tag=DT
    attackers      NOUN   nsubj      belonged       lemma=attacker tag=NNS
    belonged       VERB   ROOT       belonged       lemma=belong tag=VBD
    to             ADP    prep       belonged       tag=IN
    the            DET    det        RSF            tag=DT
    RSF            PROPN  pobj       to             lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    .              PUNCT  punct      belonged       tag=.
"""

IDENTIFIED = [
    pytest.param(UNNAMED + BELONG, {("rapid-support-forces", "ASSAULT", "north-darfur", True)},
                 id="the-attackers-belonged-to-x"),
    # attacks told as happening again and again are not the attack the attackers did
    pytest.param(UNNAMED + """
    Gunmen         NOUN   nsubj      targeted       lemma=gunman tag=NNS
    have           AUX    aux        targeted       lemma=have tag=VBP
    often          ADV    advmod     targeted       tag=RB
    targeted       VERB   ROOT       targeted       lemma=target tag=VBN
    Darfur         PROPN  dobj       targeted       lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      targeted       tag=.
    """ + BELONG, {("rapid-support-forces", "ASSAULT", "north-darfur", True)}, id="habitual-attacks-skipped"),
    # indefinite attackers are not those of the attack before
    pytest.param(UNNAMED + BELONG.replace("The            DET", "Some           DET"), set(), id="some-attackers"),
]


@pytest.mark.parametrize("spec,expected", IDENTIFIED)
def test_identified_attackers(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


@pytest.mark.parametrize("spec,expected", CLAIMS)
def test_claimed_attack(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
