"""The sides of a conflict named by a description: "both sides accused each other" (both ways,
GUIDELINES convention 11), "the two countries reached an agreement" (the sides at war when no
pair was named together), "suspended the talks between the parties" (the parties of the talks,
not the clause's own subjects), "accused the parties of violations" (an "of" that names no actor
is no partitive)."""

from __future__ import annotations

from relation_helpers import events, relations

EACH_OTHER = """
    Armenia        PROPN  nsubj      clashed        [GPE armenia#name]
    and            CCONJ  cc         Armenia
    Azerbaijan     PROPN  conj       Armenia        [GPE azerbaijan#name]
    clashed        VERB   ROOT       clashed        lemma=clash
    .              PUNCT  punct      clashed
    Both           DET    det        sides
    sides          NOUN   nsubj      accused        lemma=side tag=NNS
    have           AUX    aux        accused        tag=VBP
    accused        VERB   ROOT       accused        lemma=accuse tag=VBN
    each           DET    det        other
    other          ADJ    dobj       accused
    .            PUNCT  punct      accused
"""

TWO_COUNTRIES_AGREE = """
    Azerbaijan     PROPN  nsubj      attacked       [GPE azerbaijan#name]
    attacked       VERB   ROOT       attacked       lemma=attack
    Armenia        PROPN  dobj       attacked       [GPE armenia#name]
    .              PUNCT  punct      attacked
    The            DET    det        countries
    two            NUM    nummod     countries      tag=CD
    countries      NOUN   nsubj      reached        lemma=country tag=NNS
    reached        VERB   ROOT       reached        lemma=reach
    a              DET    det        agreement
    ceasefire      NOUN   compound   agreement
    agreement      NOUN   dobj       reached
    .            PUNCT  punct      reached
"""

SUSPENDED_TALKS = """
    Israel         PROPN  nsubj      fought         [GPE israel#name]
    fought         VERB   ROOT       fought         lemma=fight
    Hamas          PROPN  dobj       fought         [ORG hamas#name]
    .              PUNCT  punct      fought
    Egypt          PROPN  nsubj      suspended      [GPE egypt#name]
    and            CCONJ  cc         Egypt
    Qatar          PROPN  conj       Egypt          [GPE qatar#name]
    suspended      VERB   ROOT       suspended      lemma=suspend
    the            DET    det        talks
    talks          NOUN   dobj       suspended      lemma=talk tag=NNS
    between        ADP    prep       talks
    the          DET    det        parties
    parties        NOUN   pobj       between        lemma=party tag=NNS
    .            PUNCT  punct      suspended
    The            DET    det        countries
    two            NUM    nummod     countries      tag=CD
    countries      NOUN   nsubj      accused        lemma=country tag=NNS
    accused        VERB   ROOT       accused        lemma=accuse
    the            DET    det        parties@2
    parties      NOUN   dobj       accused        lemma=party tag=NNS
    of             ADP    prep       parties@2
    violations     NOUN   pobj       of             lemma=violation tag=NNS
    .            PUNCT  punct      accused
"""


def test_both_sides_accused_each_other_gives_both_ways(kb):
    got = events(relations(EACH_OTHER, kb))
    assert ("armenia", "ACCUSE", "azerbaijan", True) in got
    assert ("azerbaijan", "ACCUSE", "armenia", True) in got


def test_the_two_countries_are_the_sides_at_war_when_none_were_named_together(kb):
    assert ("azerbaijan", "AGREE", "armenia", True) in events(relations(TWO_COUNTRIES_AGREE, kb))


def test_suspending_talks_between_the_parties_sanctions_the_parties_not_the_subjects(kb):
    got = events(relations(SUSPENDED_TALKS, kb))
    for s in ("egypt", "qatar"):
        for o in ("israel", "hamas"):
            assert (s, "SANCTION", o, True) in got
            assert (s, "ACCUSE", o, True) in got
    assert not any({r[0], r[2]} == {"egypt", "qatar"} for r in got)


# "The armed Houthi movement ... killed former President Ali Abdullah Saleh ... Houthi positions
# inside Sanaa were bombed" (RT): a person killed is no side at war, so no agent of the bombing
KILLED_A_PERSON = """
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike tag=VBD
    Hamas         PROPN  dobj      struck                           [ORG hamas#name]
    .             PUNCT  punct     struck
    Hamas         PROPN  nsubj     killed                           [ORG hamas#name]
    killed        VERB   ROOT      killed        lemma=kill tag=VBD
    Ali           PROPN  compound  Saleh                            [PERSON
    Saleh         PROPN  dobj      killed                           ]
    .             PUNCT  punct     killed
    Hamas         PROPN  compound  positions                        [ORG hamas#name]
    positions     NOUN   nsubjpass bombed        lemma=position tag=NNS
    were          AUX    auxpass   bombed        lemma=be tag=VBD
    bombed        VERB   ROOT      bombed        lemma=bomb tag=VBN
    .             PUNCT  punct     bombed
    """


def test_a_person_killed_is_no_side_at_war(kb):
    got = events(relations(KILLED_A_PERSON, kb))
    assert not any(s == "ali-saleh" for s, *_ in got)
    assert ("israel", "ASSAULT", "hamas", True) in got


def test_a_body_with_its_state_among_the_reciprocal_subjects_is_that_side(kb):
    # "Azerbaijan, the Azerbaijani army and Armenia accused each other": two sides, not three
    got = events(relations("""
    Azerbaijan     PROPN  nsubj      accused        [GPE azerbaijan#name]
    ,              PUNCT  punct      Azerbaijan
    the            DET    det        army
    Azerbaijani    ADJ    amod       army           [NORP azerbaijan#demonym]
    army           NOUN   conj       Azerbaijan
    and            CCONJ  cc         army
    Armenia        PROPN  conj       army           [GPE armenia#name]
    accused        VERB   ROOT       accused        lemma=accuse tag=VBD
    each           DET    det        other
    other          ADJ    dobj       accused
    .              PUNCT  punct      accused
    """, kb))
    assert {e[:3] for e in got} == {("azerbaijan", "ACCUSE", "armenia"), ("armenia", "ACCUSE", "azerbaijan")}


# "Egypt and Qatar are working to apply maximum pressure on all sides" (round 10, K10b): the subjects
# of a controlled verb are its controller's, so "all sides" are not Egypt and Qatar themselves
PRESSURE_ON_ALL_SIDES = """
    Israel         PROPN  nsubj      waited         [GPE israel#name]
    and            CCONJ  cc         Israel
    Hamas          PROPN  conj       Israel         [ORG hamas#name]
    waited         VERB   ROOT       waited         lemma=wait
    .              PUNCT  punct      waited
    Egypt          PROPN  nsubj      working        [GPE egypt#name]
    and            CCONJ  cc         Egypt
    Qatar          PROPN  conj       Egypt          [GPE qatar#name]
    are            AUX    aux        working        lemma=be tag=VBP
    working        VERB   ROOT       working        lemma=work tag=VBG
    to             PART   aux        apply          tag=TO
    apply          VERB   xcomp      working        lemma=apply tag=VB
    maximum        ADJ    amod       pressure
    pressure       NOUN   dobj       apply          lemma=pressure
    on             ADP    prep       pressure
    all            DET    det        sides
    sides          NOUN   pobj       on             lemma=side tag=NNS
    .              PUNCT  punct      working
"""


def test_pressure_on_all_sides_from_a_controlled_verb_is_on_the_others(kb):
    got = events(relations(PRESSURE_ON_ALL_SIDES, kb))
    assert not any({r[0], r[2]} == {"egypt", "qatar"} for r in got), got
    assert ("egypt", "REQUEST", "israel", True) in got
