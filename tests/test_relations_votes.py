"""Rule tests (helper C11b, issue #16) for :mod:`kg.relations.votes` and the "vote against"
frame: voting against a resolution is REJECT of the body that votes on it (GUIDELINES: the
annotators' call on votes), with no object ("Russia and Belarus voted against") or a pronoun one
("Russia voted against it") after a resolution was named; voters are no parties to each other."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

ADOPTED = """
    The            DET    det        Assembly       tag=DT
    UN             PROPN  compound   Assembly       lemma=UN tag=NNP         [ORG un-general-assembly#name
    General        PROPN  compound   Assembly       lemma=General tag=NNP
    Assembly       PROPN  nsubj      adopted        lemma=Assembly tag=NNP   ]
    adopted        VERB   ROOT       adopted        lemma=adopt tag=VBD
    a              DET    det        resolution     tag=DT
    resolution     NOUN   dobj       adopted        tag=NN
    .              PUNCT  punct      adopted        tag=.
"""

BARE = """
    Russia         PROPN  nsubj      voted          lemma=Russia tag=NNP     [GPE russia#name]
    and            CCONJ  cc         Russia         tag=CC
    Belarus        PROPN  conj       Russia         lemma=Belarus tag=NNP    [GPE belarus#name]
    voted          VERB   ROOT       voted          lemma=vote tag=VBD
    against        ADP    prep       voted          tag=IN
    .              PUNCT  punct      voted          tag=.
"""

PRONOUN = """
    Russia         PROPN  nsubj      voted          lemma=Russia tag=NNP     [GPE russia#name]
    voted          VERB   ROOT       voted          lemma=vote tag=VBD
    against        ADP    prep       voted          tag=IN
    it             PRON   pobj       against        tag=PRP
    .              PUNCT  punct      voted          tag=.
"""

NAMED = """
    Russia         PROPN  nsubj      voted          lemma=Russia tag=NNP     [GPE russia#name]
    and            CCONJ  cc         Russia         tag=CC
    Belarus        PROPN  conj       Russia         lemma=Belarus tag=NNP    [GPE belarus#name]
    voted          VERB   ROOT       voted          lemma=vote tag=VBD
    against        ADP    prep       voted          tag=IN
    the            DET    det        resolution     tag=DT
    resolution     NOUN   pobj       against        tag=NN
    .              PUNCT  punct      voted          tag=.
"""

FOR = """
    Russia         PROPN  nsubj      voted          lemma=Russia tag=NNP     [GPE russia#name]
    and            CCONJ  cc         Russia         tag=CC
    Belarus        PROPN  conj       Russia         lemma=Belarus tag=NNP    [GPE belarus#name]
    voted          VERB   ROOT       voted          lemma=vote tag=VBD
    for            ADP    prep       voted          tag=IN
    the            DET    det        resolution     tag=DT
    resolution     NOUN   pobj       for            tag=NN
    .              PUNCT  punct      voted          tag=.
"""

ASSEMBLY = "un-general-assembly"

VOTES = [
    pytest.param(ADOPTED + BARE, {("russia", "REJECT", ASSEMBLY, True), ("belarus", "REJECT", ASSEMBLY, True)},
                 id="bare-vote-against-after-a-resolution"),
    pytest.param(ADOPTED + PRONOUN, {("russia", "REJECT", ASSEMBLY, True)}, id="vote-against-it"),
    pytest.param(ADOPTED + NAMED, {("russia", "REJECT", ASSEMBLY, True), ("belarus", "REJECT", ASSEMBLY, True)},
                 id="vote-against-the-resolution"),
    # no resolution named before: the vote is on nothing the text names
    pytest.param(BARE, set(), id="bare-vote-without-a-resolution"),
    # voting together is no agreement between the voters (CAMEO's "vote" = AGREE read them as parties)
    pytest.param(ADOPTED + FOR, set(), id="voters-are-no-parties"),
]


@pytest.mark.parametrize("spec,expected", VOTES)
def test_a_vote_against_a_resolution_rejects_its_body(kb, spec, expected):
    assert events(relations(spec, kb)) == expected
