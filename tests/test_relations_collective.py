"""Tests for collective descriptions of a set of parties the text names elsewhere
(:mod:`kg.relations.collective`): "all parties" -> the parties of the conflict, named before
or in the next sentence; "six Gulf allies" -> the one set of that many members named together
anywhere (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, reading, relations, token

from kg.relations.anaphora import plural_description

GULF_ALLIES = """
    The           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  nsubj     condemned                        ]
    and           CCONJ  cc        States
    three         NUM    nummod    allies        tag=CD
    Gulf          PROPN  compound  allies                           [LOC persian-gulf#alias]
    allies        NOUN   conj      States        lemma=ally tag=NNS
    condemned     VERB   ROOT      condemned     lemma=condemn
    Hezbollah     PROPN  dobj      condemned                        [ORG hezbollah#name]
    .             PUNCT  punct     condemned
    The           DET    det       group
    group         NOUN   nsubj     includes
    includes      VERB   ROOT      includes      lemma=include
    Saudi         PROPN  compound  Arabia                           [GPE saudi-arabia#name
    Arabia        PROPN  dobj      includes                         ]
    ,             PUNCT  punct     Arabia
    Kuwait        PROPN  conj      Arabia                           [GPE kuwait#name]
    and           CCONJ  cc        Kuwait
    Oman          PROPN  conj      Kuwait                           [GPE oman#name]
    .             PUNCT  punct     includes
    """


def test_counted_allies_named_after(kb):
    got = events(relations(GULF_ALLIES, kb))
    assert {("saudi-arabia", "ACCUSE", "hezbollah", True), ("kuwait", "ACCUSE", "hezbollah", True),
            ("oman", "ACCUSE", "hezbollah", True), ("united-states", "ACCUSE", "hezbollah", True)} <= got


def allies(spec: str, kb) -> list[str] | None:
    da, ds = reading(spec, kb)
    return plural_description(token(da, "allies"), da, ds)


def test_the_count_must_match(kb):
    assert allies(GULF_ALLIES, kb) == ["saudi-arabia", "kuwait", "oman"]
    assert allies(GULF_ALLIES.replace("three   ", "four    "), kb) is None


def test_two_sets_of_the_count_are_ambiguous(kb):
    spec = GULF_ALLIES.replace("    .             PUNCT  punct     includes\n", """\
    ;             PUNCT  punct     includes
    Egypt         PROPN  nsubj     met                              [GPE egypt#name]
    ,             PUNCT  punct     Egypt
    Iran          PROPN  conj      Egypt                            [GPE iran#name]
    and           CCONJ  cc        Iran
    Turkey        PROPN  conj      Iran                             [GPE turkey#name]
    met           VERB   conj      includes      lemma=meet
    .             PUNCT  punct     includes
""")
    assert allies(GULF_ALLIES, kb) and allies(spec, kb) is None


def test_a_modifier_naming_a_state_owns_the_set(kb):
    spec = GULF_ALLIES.replace("Gulf          PROPN  compound  allies                           [LOC persian-gulf#alias]",
                               "Qatari        ADJ    amod      allies                           [NORP qatar#demonym]")
    assert allies(GULF_ALLIES, kb) and allies(spec, kb) is None


ALL_PARTIES = """
    Lavrov        PROPN  nsubj     urged                            [PERSON sergei-lavrov#alias]
    urged         VERB   ROOT      urged         lemma=urge
    all           DET    det       parties
    parties       NOUN   dobj      urged         lemma=party tag=NNS
    to            PART   aux       talk
    talk          VERB   xcomp     urged         lemma=talk
    .             PUNCT  punct     urged
    Armenia       PROPN  nsubj     take                             [GPE armenia#name]
    ,             PUNCT  punct     Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    and           CCONJ  cc        Azerbaijan
    Iran          PROPN  conj      Azerbaijan                       [GPE iran#name]
    take          VERB   ROOT      take          lemma=take
    part          NOUN   dobj      take
    .             PUNCT  punct     take
    """


def test_all_parties_named_in_the_next_sentence(kb):
    got = events(relations(ALL_PARTIES, kb))
    assert {("sergei-lavrov", "REQUEST", "armenia", True), ("sergei-lavrov", "REQUEST", "azerbaijan", True),
            ("sergei-lavrov", "REQUEST", "iran", True)} <= got


def test_all_sides_are_the_sides_named_before(kb):
    da, ds = reading("""
    Israel        PROPN  nsubj     fought                           [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    fought        VERB   ROOT      fought        lemma=fight
    .             PUNCT  punct     fought
    China         PROPN  nsubj     urged                            [GPE china#name]
    urged         VERB   ROOT      urged         lemma=urge
    all           DET    det       sides
    sides         NOUN   dobj      urged         lemma=side tag=NNS
    to            PART   aux       stop
    stop          VERB   xcomp     urged         lemma=stop
    .             PUNCT  punct     urged
    """, kb)
    assert plural_description(token(da, "sides"), da, ds) == ["israel", "hamas"]


def test_all_sides_with_influence_on_the_parties_are_others(kb):
    spec = ALL_PARTIES.replace("""\
    parties       NOUN   dobj      urged         lemma=party tag=NNS
""", """\
    parties       NOUN   dobj      urged         lemma=party tag=NNS
    with          ADP    prep      parties
    influence     NOUN   pobj      with
    on            ADP    prep      influence
    the           DET    det       parties@2
    warring       VERB   amod      parties@2     lemma=war
    parties       NOUN   pobj      on            lemma=party tag=NNS
""")
    da, ds = reading(ALL_PARTIES, kb)
    assert plural_description(token(da, "parties"), da, ds) == ["armenia", "azerbaijan", "iran"]
    da, ds = reading(spec, kb)
    assert plural_description(token(da, "parties"), da, ds) is None


def test_the_descriptions_co_conjuncts_are_none_of_its_members(kb):
    spec = GULF_ALLIES.replace("""\
    Kuwait        PROPN  conj      Arabia                           [GPE kuwait#name]
    and           CCONJ  cc        Kuwait
    Oman          PROPN  conj      Kuwait                           [GPE oman#name]
""", """\
    Kuwait        PROPN  conj      Arabia                           [GPE kuwait#name]
    ,             PUNCT  punct     Kuwait
    Oman          PROPN  conj      Kuwait                           [GPE oman#name]
    and           CCONJ  cc        Oman
    the           DET    det       States@2
    United        PROPN  compound  States@2                         [GPE united-states#name
    States        PROPN  conj      Oman                             ]
""")
    assert allies(spec, kb) == ["saudi-arabia", "kuwait", "oman"]

