"""Tests for plural reference (:mod:`kg.relations.coreference`, :mod:`kg.relations.discourse`):
"the four countries", "the two leaders", "both sides" stand for the members named together
before; "it" as an object is not its clause's subject; a restrictive "that" the parser hangs on
a name modifies the noun before (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.anaphora import is_party, is_side, plural_description

PLURAL = [
    pytest.param("""
    Egypt         PROPN  nsubj     cut                              [GPE egypt#name]
    ,             PUNCT  punct     Egypt
    Saudi         PROPN  compound  Arabia                           [GPE saudi-arabia#name
    Arabia        PROPN  conj      Egypt                            ]
    and           CCONJ  cc        Arabia
    the           DET    det       UAE
    UAE           PROPN  conj      Arabia                           [GPE united-arab-emirates#alias]
    cut           VERB   ROOT      cut           lemma=cut
    ties          NOUN   dobj      cut           lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     cut
    The           DET    det       countries
    three         NUM    nummod    countries     tag=CD
    countries     NOUN   nsubj     accused       lemma=country tag=NNS
    accused       VERB   ROOT      accused       lemma=accuse
    it            PRON   dobj      accused
    of            ADP    prep      accused
    supporting    VERB   pcomp     of            lemma=support tag=VBG
    Hamas         PROPN  dobj      supporting                       [ORG hamas#name]
    .             PUNCT  punct     accused
    """, {("egypt", "ACCUSE", "qatar", True), ("saudi-arabia", "ACCUSE", "qatar", True),
          ("united-arab-emirates", "ACCUSE", "qatar", True)}, id="the-three-countries"),
    pytest.param("""
    Blinken       PROPN  nsubj     held                             [PERSON antony-blinken#alias]
    and           CCONJ  cc        Blinken
    Netanyahu     PROPN  conj      Blinken                          [PERSON benjamin-netanyahu#alias]
    held          VERB   ROOT      held          lemma=hold
    talks         NOUN   dobj      held          lemma=talk tag=NNS
    .             PUNCT  punct     held
    Abbas         PROPN  nsubj     thanked                          [PERSON mahmoud-abbas#alias]
    thanked       VERB   ROOT      thanked       lemma=thank
    the           DET    det       leaders
    two           NUM    nummod    leaders       tag=CD
    leaders       NOUN   dobj      thanked       lemma=leader tag=NNS
    .             PUNCT  punct     thanked
    """, {("mahmoud-abbas", "SUPPORT", "antony-blinken", True),
          ("mahmoud-abbas", "SUPPORT", "benjamin-netanyahu", True)}, id="the-two-leaders"),
    # the parser did not coordinate the two names: the last two persons named (from the
    # sentence before on), in text order
    pytest.param("""
    Blinken       PROPN  nmod      Netanyahu                        [PERSON antony-blinken#alias]
    and           CCONJ  cc        Blinken
    Netanyahu     PROPN  nsubj     spoke                            [PERSON benjamin-netanyahu#alias]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    The           DET    det       leaders
    two           NUM    nummod    leaders       tag=CD
    leaders       NOUN   nsubj     discussed     lemma=leader tag=NNS
    discussed     VERB   ROOT      discussed     lemma=discuss
    the           DET    det       war
    war           NOUN   dobj      discussed
    .             PUNCT  punct     discussed
    """, {("antony-blinken", "CONSULT", "benjamin-netanyahu", True)}, id="the-two-leaders-not-coordinated"),
    # ... but not when fewer were named
    pytest.param("""
    Netanyahu     PROPN  nsubj     spoke                            [PERSON benjamin-netanyahu#alias]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    The           DET    det       leaders
    two           NUM    nummod    leaders       tag=CD
    leaders       NOUN   nsubj     discussed     lemma=leader tag=NNS
    discussed     VERB   ROOT      discussed     lemma=discuss
    the           DET    det       war
    war           NOUN   dobj      discussed
    .             PUNCT  punct     discussed
    """, set(), id="the-two-leaders-only-one-named"),
    pytest.param("""
    Israel        PROPN  nsubj     held                             [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    held          VERB   ROOT      held          lemma=hold
    talks         NOUN   dobj      held          lemma=talk tag=NNS
    in            ADP    prep      talks
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     held
    Qatar         PROPN  nsubj     urged                            [GPE qatar#name]
    urged         VERB   ROOT      urged         lemma=urge
    both          DET    det       sides
    sides         NOUN   dobj      urged         lemma=side tag=NNS
    to            PART   aux       release
    release       VERB   xcomp     urged         tag=VB
    prisoners     NOUN   dobj      release       lemma=prisoner tag=NNS
    .             PUNCT  punct     urged
    """, {("qatar", "REQUEST", "israel", True), ("qatar", "REQUEST", "hamas", True)}, id="both-sides"),
]


PLURAL.append(pytest.param("""
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    ,             PUNCT  punct     Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Turkey        PROPN  conj      Qatar                            [GPE turkey#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    The           DET    det       countries
    three         NUM    nummod    countries     tag=CD
    countries     NOUN   nsubj     met           lemma=country tag=NNS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, {("egypt", "CONSULT", "qatar", True), ("egypt", "CONSULT", "turkey", True),
          ("qatar", "CONSULT", "turkey", True)}, id="the-three-countries-met-every-pair"))


@pytest.mark.parametrize("spec,expected", PLURAL)
def test_plural_reference(kb, spec, expected):
    assert expected <= events(relations(spec, kb))


NOT_BACK = """
    Egypt         PROPN  nsubj     met                              [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    Three         NUM    nummod    countries     tag=CD
    countries     NOUN   nsubj     joined        lemma=country tag=NNS
    joined        VERB   ROOT      joined        lemma=join
    the           DET    det       countries@2
    Gulf          PROPN  compound  countries@2
    countries     NOUN   dobj      joined        lemma=country tag=NNS
    and           CCONJ  cc        countries@2
    the           DET    det       countries@3
    two           NUM    nummod    countries@3   tag=CD
    countries     NOUN   conj      countries@2   lemma=country tag=NNS
    .             PUNCT  punct     joined
    """


@pytest.mark.parametrize("n, expected", [
    pytest.param(1, None, id="indefinite"),
    pytest.param(2, None, id="named-by-a-modifier"),
    pytest.param(3, ["egypt", "qatar"], id="the-two-countries"),
])
def test_which_plurals_point_back(kb, n, expected):
    da, ds = reading(NOT_BACK, kb)
    assert plural_description(token(da, "countries", n), da, ds) == expected


def test_members_and_sides(kb):
    da, ds = reading("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Hamas         PROPN  dobj      struck                           [ORG hamas#name]
    .             PUNCT  punct     struck
    Egypt         PROPN  nsubj     met                              [GPE egypt#name]
    ,             PUNCT  punct     Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Turkey        PROPN  conj      Qatar                            [GPE turkey#name]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, kb)
    end = len(da.doc)
    party = lambda a: is_party(a, da)   # noqa: E731
    assert ds.members(end, party) == ["egypt", "qatar", "turkey"]
    assert ds.members(end, party, 2) == []
    ds.saw_sides(("israel", "hamas"))
    assert ds.sides(end, party) == ["israel", "hamas"]   # no pair named together: the sides at war


def test_members_named_by_their_owner(kb):
    da, ds = reading("""
    Israel        PROPN  poss      government                       [GPE israel#name]
    's            PART   case      Israel
    government    NOUN   nsubj     met
    and           CCONJ  cc        government
    Hamas         PROPN  compound  leaders                          [ORG hamas#name]
    leaders       NOUN   conj      government    lemma=leader tag=NNS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, kb)
    assert ds.members(len(da.doc), lambda a: is_side(a, da), 2) == ["israel", "hamas"]


def test_states_talked_about_are_no_members(kb):
    # "Trump and Putin discussed Egypt and Qatar": the topics are no referents of "the two
    # countries"; states coordinated as a subject still are
    spec = """
    Trump         PROPN  nsubj     discussed                        [PERSON donald-trump#alias]
    and           CCONJ  cc        Trump
    Putin         PROPN  conj      Trump                            [PERSON vladimir-putin#alias]
    discussed     VERB   ROOT      discussed     lemma=discuss
    Egypt         PROPN  dobj      discussed                        [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    .             PUNCT  punct     discussed
    """
    da, ds = reading(spec, kb)
    assert ds.members(len(da.doc), lambda a: is_side(a, da), 2) == []
    da, ds = reading(spec.replace("discussed", "attacked").replace("lemma=discuss", "lemma=attack"), kb)
    assert ds.members(len(da.doc), lambda a: is_side(a, da), 2) == ["egypt", "qatar"]


def test_the_rebel_groups_are_armed_groups_only(kb):
    # "Ecowas and the UN condemned Hamas militants. Egypt hosted talks with the rebel groups":
    # the rebel groups are not the two bodies named together, nor the one armed group
    spec = """
    Ecowas        PROPN  nsubj     condemned                        [ORG ecowas#name]
    and           CCONJ  cc        Ecowas
    the           DET    det       UN
    UN            PROPN  conj      Ecowas                           [ORG united-nations#alias]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Hamas         PROPN  compound  militants                        [ORG hamas#name]
    militants     NOUN   dobj      condemned     lemma=militant tag=NNS
    .             PUNCT  punct     condemned
    Egypt         PROPN  nsubj     met                              [GPE egypt#name]
    met           VERB   ROOT      met           lemma=meet
    the           DET    det       groups
    rebel         NOUN   compound  groups        lemma=rebel
    groups        NOUN   dobj      met           lemma=group tag=NNS
    .             PUNCT  punct     met
    """
    da, ds = reading(spec, kb)
    assert plural_description(token(da, "groups"), da, ds) == []
    da, ds = reading(spec.replace("rebel         NOUN   compound  groups        lemma=rebel",
                                  "two           NUM    nummod    groups        tag=CD"), kb)
    assert plural_description(token(da, "groups"), da, ds) == ["ecowas", "united-nations"]
    assert not [e for e in events(relations(spec, kb)) if e[0] == "egypt"]


def test_a_hyphenated_prefix_names_no_owner(kb):
    # "Israel's government and pro-Iran militias": the militias are not Iran, so no pair
    da, ds = reading("""
    Israel        PROPN  poss      government                       [GPE israel#name]
    's            PART   case      Israel
    government    NOUN   nsubj     met
    and           CCONJ  cc        government
    pro           ADJ    amod      militias
    -             PUNCT  punct     militias
    Iran          PROPN  amod      militias                         [GPE iran#name]
    militias      NOUN   conj      government    lemma=militia tag=NNS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, kb)
    assert ds.members(len(da.doc), lambda a: is_side(a, da), 2) == []


def test_it_as_an_object_is_not_its_clauses_subject(kb):
    got = events(relations("""
    Israel        PROPN  nsubj     said                             [GPE israel#name]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    Egypt         PROPN  nsubj     cut                              [GPE egypt#name]
    cut           VERB   ROOT      cut           lemma=cut
    ties          NOUN   dobj      cut           lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    ,             PUNCT  punct     cut
    accusing      VERB   advcl     cut           lemma=accuse tag=VBG
    it            PRON   dobj      accusing
    of            ADP    prep      accusing
    supporting    VERB   pcomp     of            lemma=support tag=VBG
    Hamas         PROPN  dobj      supporting                       [ORG hamas#name]
    .             PUNCT  punct     cut
    """, kb))
    assert ("egypt", "ACCUSE", "qatar", True) in got


# the small model hangs a restrictive "that" on the last name before it; the noun it modifies
# is the body the names chair ("a bloc chaired by Egypt and Turkey that mediated")
RESTRICTIVE = """
    ECOWAS        PROPN  nsubj     met                              [ORG ecowas#name]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    Qatar         PROPN  nsubj     hosted                           [GPE qatar#name]
    hosted        VERB   ROOT      hosted        lemma=host
    ECOWAS        PROPN  dobj      hosted                           [ORG ecowas#name]
    ,             PUNCT  punct     ECOWAS@2
    a             DET    det       bloc
    bloc          NOUN   appos     ECOWAS@2
    chaired       VERB   acl       bloc          lemma=chair tag=VBN
    by            ADP    agent     chaired
    Egypt         PROPN  pobj      by                               [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Turkey        PROPN  conj      Egypt                            [GPE turkey#name]
    that          PRON   nsubj     mediated      tag=WDT
    mediated      VERB   relcl     {head}        lemma=mediate
    between       ADP    prep      mediated
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    .             PUNCT  punct     hosted
    """


@pytest.mark.parametrize("head", [pytest.param("Egypt", id="as-parsed"), pytest.param("bloc", id="right-parse")])
def test_a_restrictive_relative_modifies_the_noun(kb, head):
    got = events(relations(RESTRICTIVE.format(head=head), kb))
    assert {("ecowas", "MEDIATE", "israel", True), ("ecowas", "MEDIATE", "hamas", True)} <= got
    assert not {r for r in got if r[0] in ("egypt", "turkey")}
