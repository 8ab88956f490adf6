"""Rule tests of :mod:`kg.actors.institutions`: "<state or group> <institution noun>" is a
Group of its own, affiliated with the state or group.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import VOCAB, actors, bug, doc_actors, types
from spacy.tokens import Doc, Span

from kg.actors.institutions import body_of, institution_role_and_name

# -- institutions: "<state or group> <institution noun>" is a Group of its own ----------------
# expected: every actor id of the text -> type (the parent is an actor too: it is the object of
# the institution's AFFILIATED_WITH), and the institution's canonical name

INSTITUTIONS = [
    pytest.param("""
    The           DET    det       office
    United        PROPN  compound  Nations                          [ORG ocha#alias
    Nations       PROPN  compound  office
    humanitarian  ADJ    amod      office
    office        NOUN   nsubj     warned                           ]
    warned        VERB   ROOT      warned        lemma=warn
    of            ADP    prep      warned
    famine        NOUN   pobj      of
    .             PUNCT  punct     warned
    """, ({"ocha": "Group", "united-nations": "Group"}, ("ocha", "OCHA")), id="un-humanitarian-office"),
    pytest.param("""
    The           DET    det       military
    Israeli       ADJ    amod      military                         [ORG israel-defense-forces#alias
    military      NOUN   nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    it            PRON   nsubj     struck
    struck        VERB   ccomp     said          lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     said
    """, ({"israel-defense-forces": "Group", "israel": "State", "rafah-ps": "Place"},
          ("israel-defense-forces", "Israel Defense Forces")), id="the-israeli-military"),
    pytest.param("""
    The           DET    det       ministry
    Yemeni        ADJ    amod      ministry                         [NORP yemen#demonym]
    health        NOUN   compound  ministry
    ministry      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    ten           NUM    nummod    people
    people        NOUN   nsubj     died          tag=NNS
    died          VERB   ccomp     said          lemma=die
    .             PUNCT  punct     said
    """, ({"yemeni-health-ministry": "Group", "yemen": "State"}, ("yemeni-health-ministry", "Yemeni health ministry")),
        id="non-kb-institution"),
]


@pytest.mark.parametrize("spec,expected", INSTITUTIONS)
def test_institution(kb, spec, expected):
    want_types, (actor_id, name) = expected
    recs = actors(spec, kb)
    assert types(recs) == want_types
    assert recs[actor_id].name == name


INSTITUTIONS_FOUND = [
    pytest.param("""
    Egypt         PROPN  poss      ministry                         [GPE egypt#name]
    's            PART   case      Egypt         tag=POS
    foreign       ADJ    amod      ministry
    ministry      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, ("egypt-foreign-ministry", "egypt", "foreign ministry", "Egypt's foreign ministry"), id="new-body"),
    pytest.param("""
    Russia        PROPN  poss      ministry                         [GPE russia#name]
    's            PART   case      Russia        tag=POS
    foreign       ADJ    amod      ministry
    ministry      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, ("russia-foreign-ministry", "russia", "foreign ministry", "Russia's foreign ministry"), id="other-ministry",
        marks=bug("body_of: the one known ministry of a state (here its defence ministry) takes every "
                  "'<state>'s ... ministry', whatever the words before the noun")),
]


@pytest.mark.parametrize("spec,expected", INSTITUTIONS_FOUND)
def test_the_institutions_found(kb, spec, expected):
    da = doc_actors(spec, kb)
    assert [(i.group, i.parent, i.role, i.span.text) for i in da.institutions] == [expected]
    if expected[0] not in kb.entries:
        assert da.protos[expected[0]].kind == "institution"


def test_a_known_body_names_its_parent(kb):
    da = doc_actors("""
    The           DET    det       military
    Israeli       ADJ    amod      military                         [ORG israel-defense-forces#alias
    military      NOUN   nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert [(i.group, i.parent, i.role) for i in da.institutions] == [("israel-defense-forces", "israel", "military")]
    assert [(m.actor, m.text, m.how) for m in da.mentions] == \
        [("israel-defense-forces", "Israeli military", "alias"), ("israel", "Israeli", "in_name")]


@pytest.mark.parametrize("words,parent,head,expected", [
    (["Russia", "'s", "foreign", "ministry"], (0, 1), 3, ("foreign ministry", "Russia foreign ministry")),
    (["the", "Israeli", "military"], (1, 2), 2, ("military", "Israeli military")),
    (["the", "United", "Nations", "humanitarian", "office"], (0, 3), 4,
     ("humanitarian office", "United Nations humanitarian office")),
])
def test_institution_role_and_name(words, parent, head, expected):
    doc = Doc(VOCAB, words=words, spaces=[i + 1 < len(words) and words[i + 1] != "'s" for i in range(len(words))])
    assert institution_role_and_name(doc, Span(doc, *parent), doc[head]) == expected


def test_body_of(kb):
    assert [e.id for e in body_of(kb, "sudan", "army")] == ["sudanese-armed-forces"]
    assert body_of(kb, "sudan", "navy") == []
    assert body_of(kb, "pakistan", "army") == []   # no body of Pakistan itself has "army" in a name
