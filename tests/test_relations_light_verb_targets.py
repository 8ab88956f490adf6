"""The area of an event noun's unnamed target when the parser hangs the target's preposition on
the light verb (:func:`kg.relations.frames.event_targets`): "Al-Shabab carried out an assault *on a
hotel complex* in Garissa" and "Al-Shabab was behind the assault *on a hotel complex* in Garissa"
assault Garissa, as "an assault on a hotel complex in Garissa" does (GUIDELINES, convention 15)."""

from __future__ import annotations

from relation_helpers import events, relations

# the parser's attachment: "on a hotel complex" on "carried", not on "assault"
CARRIED_OUT = """
    Al             PROPN  compound   Shabab         lemma=Al tag=NNP         [ORG al-shabab#alias
    -              PUNCT  punct      Shabab         tag=HYPH
    Shabab         PROPN  nsubj      carried        lemma=Shabab tag=NNP     ]
    carried        VERB   ROOT       carried        lemma=carry tag=VBD
    out            ADP    prt        carried        tag=RP
    an             DET    det        assault        tag=DT
    assault        NOUN   dobj       carried        tag=NN
    on             ADP    prep       carried        tag=IN
    a              DET    det        complex        tag=DT
    hotel          NOUN   compound   complex        tag=NN
    complex        NOUN   pobj       on             tag=NN
    in             ADP    prep       complex        tag=IN
    Garissa        PROPN  pobj       in             lemma=Garissa tag=NNP    [GPE]
    .              PUNCT  punct      carried        tag=.
"""

# CBS News, 2019: "Al-Shabab was behind the brazen assault on a shopping and hotel complex in
# Nairobi": "on" on "was", right after the event noun
WAS_BEHIND = """
    Al             PROPN  compound   Shabab         lemma=Al tag=NNP         [ORG al-shabab#alias
    -              PUNCT  punct      Shabab         tag=HYPH
    Shabab         PROPN  nsubj      was            lemma=Shabab tag=NNP     ]
    was            AUX    ROOT       was            lemma=be tag=VBD
    behind         ADP    prep       was            tag=IN
    the            DET    det        assault        tag=DT
    assault        NOUN   pobj       behind         tag=NN
    on             ADP    prep       was            tag=IN
    a              DET    det        complex        tag=DT
    hotel          NOUN   compound   complex        tag=NN
    complex        NOUN   pobj       on             tag=NN
    in             ADP    prep       complex        tag=IN
    Garissa        PROPN  pobj       in             lemma=Garissa tag=NNP    [GPE]
    .              PUNCT  punct      was            tag=.
"""


def test_a_light_verbs_target_preposition_gives_the_area(kb):
    assert events(relations(CARRIED_OUT, kb)) == {("al-shabab", "ASSAULT", "garissa-ke", True)}


def test_being_behind_an_assault_on_a_target_in_a_town(kb):
    assert events(relations(WAS_BEHIND, kb)) == {("al-shabab", "ASSAULT", "garissa-ke", True)}
