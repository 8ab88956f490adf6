"""Tests for :mod:`kg.relations.arguments`: the actors a noun phrase stands for (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, locations, reading, relations, token

from kg.relations.arguments import actors, modifier_actors, place_objects, pobj_actors, single

# -- adjectival actors: a demonym acting for its state --------------------------------------

ADJECTIVAL = [
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Jenin         PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
    """, {("israel", "ASSAULT", "janin-ps", True)}, id="israeli-troops"),
    pytest.param("""
    Azerbaijani   ADJ    amod      troops                           [NORP azerbaijan#demonym]
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Armenian      ADJ    amod      positions                        [NORP armenia#demonym]
    positions     NOUN   dobj      attacked      lemma=position tag=NNS
    .             PUNCT  punct     attacked
    """, {("azerbaijan", "ASSAULT", "armenia", True)}, id="azerbaijani-troops-armenian-positions"),
    pytest.param("""
    Ukrainian     ADJ    amod      drones                           [NORP ukraine#demonym]
    drones        NOUN   nsubj     hit           lemma=drone tag=NNS
    hit           VERB   ROOT      hit
    Belgorod      PROPN  dobj      hit                              [GPE]
    .             PUNCT  punct     hit
    """, {("ukraine", "ASSAULT", "belgorod-ru", True)}, id="ukrainian-drones"),
    # rebels are not their state's side: no actor, no relation
    pytest.param("""
    Yemeni        ADJ    amod      rebels                           [NORP yemen#demonym]
    rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Saudi         PROPN  compound  Arabia                           [GPE saudi-arabia#name
    Arabia        PROPN  dobj      attacked                         ]
    .             PUNCT  punct     attacked
    """, set(), id="yemeni-rebels-no-actor"),
]


def test_no_modifier_through_a_verb_parsed_as_a_compound(kb):
    """A headline's "Egypt demands release of protesters", the verb parsed as a compound of the
    noun: its subject is no modifier of the release."""
    da, ds = reading("""
    Egypt         PROPN  compound  demands                          [GPE egypt#name]
    demands       VERB   compound  release       lemma=demand
    release       NOUN   ROOT      release
    of            ADP    prep      release
    Russian       ADJ    amod      protesters                       [NORP russia#demonym]
    protesters    NOUN   pobj      of            lemma=protester tag=NNS
    """, kb)
    assert modifier_actors(token(da, "release"), da, ds) == []


@pytest.mark.parametrize("spec,expected", ADJECTIVAL)
def test_adjectival_actor(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- people partitives take only "of" -----------------------------------------------------

@pytest.mark.parametrize("spec, expected", [
    pytest.param("""
    Egypt          PROPN  nsubj      met                     [GPE egypt#name]
    met            VERB   ROOT       met       lemma=meet
    Hamas          PROPN  compound   leaders                 [ORG hamas#name]
    leaders        NOUN   dobj       met       lemma=leader tag=NNS
    in             ADP    prep       met
    Cairo          PROPN  pobj       in                      [GPE egypt#capital]
    .              PUNCT  punct      met
    """, {("egypt", "CONSULT", "hamas", True)}, id="leaders-of-a-group-met-in-a-city"),
    pytest.param("""
    Israel         PROPN  nsubj      met                     [GPE israel#name]
    met            VERB   ROOT       met       lemma=meet
    leaders        NOUN   dobj       met       lemma=leader tag=NNS
    of             ADP    prep       leaders
    Hamas          PROPN  pobj       of                      [ORG hamas#name]
    .              PUNCT  punct      met
    """, {("israel", "CONSULT", "hamas", True)}, id="leaders-of-x"),
    # an agent noun (agents.tsv) is a people partitive, and stands for each member of a coordination
    pytest.param("""
    The            DET    det        ambassadors
    ambassadors    NOUN   nsubj      met       lemma=ambassador tag=NNS
    of             ADP    prep       ambassadors
    Egypt          PROPN  pobj       of                      [GPE egypt#name]
    and            CCONJ  cc         Egypt
    Qatar          PROPN  conj       Egypt                   [GPE qatar#name]
    met            VERB   ROOT       met       lemma=meet
    Blinken        PROPN  dobj       met                     [PERSON antony-blinken#alias]
    .              PUNCT  punct      met
    """, {("egypt", "CONSULT", "antony-blinken", True), ("qatar", "CONSULT", "antony-blinken", True)},
        id="ambassadors-of-x-and-y"),
    # ... and so is a partitive of people ("leaders"): "the leaders of Egypt and Qatar met"
    pytest.param("""
    The            DET    det        leaders
    leaders        NOUN   nsubj      met       lemma=leader tag=NNS
    of             ADP    prep       leaders
    Egypt          PROPN  pobj       of                      [GPE egypt#name]
    and            CCONJ  cc         Egypt
    Qatar          PROPN  conj       Egypt                   [GPE qatar#name]
    met            VERB   ROOT       met       lemma=meet
    in             ADP    prep       met
    Doha           PROPN  pobj       in                      [GPE qatar#capital]
    .              PUNCT  punct      met
    """, {("egypt", "CONSULT", "qatar", True)}, id="leaders-of-x-and-y-met"),
    # "the air strikes killed family members of Haniyeh" (TRT World): his kin, not Haniyeh
    pytest.param("""
    Israel         PROPN  nsubj      killed                  [GPE israel#name]
    killed         VERB   ROOT       killed    lemma=kill
    family         NOUN   compound   members
    members        NOUN   dobj       killed    lemma=member tag=NNS
    of             ADP    prep       members
    Ismail         PROPN  compound   Haniyeh                 [PERSON ismail-haniyeh#name
    Haniyeh        PROPN  pobj       of                      ]
    .              PUNCT  punct      killed
    """, set(), id="family-members-of-x-are-not-x"),
    # a band of people of a side: "targeted a group of Hamas militants"
    pytest.param("""
    Israeli        ADJ    amod       jets                    [NORP israel#demonym]
    jets           NOUN   nsubj      targeted  lemma=jet tag=NNS
    targeted       VERB   ROOT       targeted  lemma=target
    a              DET    det        group
    group          NOUN   dobj       targeted
    of             ADP    prep       group
    Hamas          PROPN  compound   militants               [ORG hamas#name]
    militants      NOUN   pobj       of        lemma=militant tag=NNS
    .              PUNCT  punct      targeted
    """, {("israel", "ASSAULT", "hamas", True)}, id="a-group-of-x-militants"),
    # a number heading its phrase is a partitive of people: "expelled four of Germany's diplomats"
    pytest.param("""
    Russia         PROPN  nsubj      expelled                [GPE russia#name]
    expelled       VERB   ROOT       expelled  lemma=expel
    four           NUM    dobj       expelled  tag=CD
    of             ADP    prep       four
    Germany        PROPN  poss       diplomats               [GPE germany#name]
    's             PART   case       Germany   tag=POS
    diplomats      NOUN   pobj       of        lemma=diplomat tag=NNS
    .              PUNCT  punct      expelled
    """, {("russia", "SANCTION", "germany", True)}, id="four-of-x-diplomats"),
    # ... and its named apposition stands for it: "one of the countries, France, expelled"
    pytest.param("""
    One            NUM    nsubj      expelled  tag=CD
    of             ADP    prep       One
    the            DET    det        countries
    countries      NOUN   pobj       of        lemma=country tag=NNS
    ,              PUNCT  punct      One
    France         PROPN  appos      One                     [GPE france#name]
    ,              PUNCT  punct      One
    expelled       VERB   ROOT       expelled  lemma=expel
    Russian        ADJ    amod       diplomats               [NORP russia#demonym]
    diplomats      NOUN   dobj       expelled  lemma=diplomat tag=NNS
    .              PUNCT  punct      expelled
    """, {("france", "SANCTION", "russia", True)}, id="one-of-the-countries-x"),
    # people acting for a body stand for it, as doer and as target: "detained by agents of the
    # NISS", "officers of the army arrested", "killed two fighters of Hamas"
    pytest.param("""
    Alaa           PROPN  compound   Fattah                  [PERSON
    Fattah         PROPN  nsubjpass  detained                ]
    was            AUX    auxpass    detained  tag=VBD
    detained       VERB   ROOT       detained  lemma=detain tag=VBN
    by             ADP    agent      detained
    agents         NOUN   pobj       by        lemma=agent tag=NNS
    of             ADP    prep       agents
    the            DET    det        General
    General        PROPN  compound   Directorate             [ORG general-intelligence-directorate#name
    Intelligence   PROPN  compound   Directorate
    Directorate    PROPN  pobj       of                      ]
    .              PUNCT  punct      detained
    """, {("general-intelligence-directorate", "COERCE", "alaa-fattah", True)}, id="detained-by-agents-of-x"),
    pytest.param("""
    Officers       NOUN   nsubj      arrested  lemma=officer tag=NNS
    of             ADP    prep       Officers
    the            DET    det        Army
    Pakistan       PROPN  compound   Army                    [ORG pakistan-army#name
    Army           PROPN  pobj       of                      ]
    arrested       VERB   ROOT       arrested  lemma=arrest
    Hamas          PROPN  dobj       arrested                [ORG hamas#name]
    .              PUNCT  punct      arrested
    """, {("pakistan-army", "COERCE", "hamas", True)}, id="officers-of-x-arrested"),
    pytest.param("""
    Israel         PROPN  nsubj      killed                  [GPE israel#name]
    killed         VERB   ROOT       killed    lemma=kill
    two            NUM    nummod     fighters  tag=CD
    fighters       NOUN   dobj       killed    lemma=fighter tag=NNS
    of             ADP    prep       fighters
    Hamas          PROPN  pobj       of                      [ORG hamas#name]
    .              PUNCT  punct      killed
    """, {("israel", "ASSAULT", "hamas", True)}, id="killed-fighters-of-x"),
    # ... but a place is no doer: "Rebels of Darfur attacked" (a place is no subject)
    pytest.param("""
    Rebels         NOUN   nsubj      attacked  lemma=rebel tag=NNS
    of             ADP    prep       Rebels
    Darfur         PROPN  pobj       of                      [LOC darfur#name]
    attacked       VERB   ROOT       attacked  lemma=attack
    Hamas          PROPN  dobj       attacked                [ORG hamas#name]
    .              PUNCT  punct      attacked
    """, set(), id="rebels-of-a-place-are-no-doer"),
])
def test_people_partitives(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# a plural partitive stands for each member of its coordination: "struck the towns of A and B"
TOWNS_OF = """
    Israel         PROPN  nsubj      struck                  [GPE israel#name]
    struck         VERB   ROOT       struck    lemma=strike tag=VBD
    the            DET    det        towns
    towns          NOUN   dobj       struck    lemma=town tag=NNS
    of             ADP    prep       towns
    Khan           PROPN  compound   Younis                  [GPE
    Younis         PROPN  pobj       of                      ]
    and            CCONJ  cc         Younis
    Rafah          PROPN  conj       Younis                  [LOC rafah#name]
    .              PUNCT  punct      struck
    """


def test_a_plural_partitive_is_each_member_of_its_coordination(kb):
    assert events(relations(TOWNS_OF, kb)) == {("israel", "ASSAULT", "khan-yunis-ps", True),
                                               ("israel", "ASSAULT", "rafah-ps", True)}


# -- the functions, one by one --------------------------------------------------------------

PHRASES = """
    Qatar         PROPN  nsubj     urged                            [GPE qatar#name]
    ,             PUNCT  punct     Qatar
    the           DET    det       US
    US            PROPN  conj      Qatar                            [GPE united-states#alias]
    and           CCONJ  cc        US
    Egypt         PROPN  conj      US                               [GPE egypt#name]
    urged         VERB   ROOT      urged         lemma=urge
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   dobj      urged         lemma=troop tag=NNS
    to            PART   aux       leave
    leave         VERB   xcomp     urged         tag=VB
    areas         NOUN   dobj      leave         lemma=area tag=NNS
    of            ADP    prep      areas
    Khan          PROPN  compound  Younis                           [GPE
    Younis        PROPN  pobj      of                               ]
    near          ADP    prep      leave
    Yemeni        ADJ    amod      rebels                           [NORP yemen#demonym]
    rebels        NOUN   pobj      near          lemma=rebel tag=NNS
    .             PUNCT  punct     urged
    """


@pytest.fixture
def phrases(kb):
    return reading(PHRASES, kb)


def test_a_phrase_stands_for_its_conjuncts_too(phrases):
    da, ds = phrases
    assert actors(token(da, "Qatar"), "subj", da, ds) == ["qatar", "united-states", "egypt"]
    assert single(token(da, "Qatar"), "subj", da, ds) == ["qatar"]
    assert actors(None, "subj", da, ds) == []


def test_a_state_agent_stands_for_its_state(phrases):
    da, ds = phrases
    assert modifier_actors(token(da, "troops"), da, ds) == ["israel"]
    assert actors(token(da, "troops"), "subj", da, ds) == ["israel"]


def test_a_nonstate_collective_stands_for_nobody(phrases):
    da, ds = phrases
    rebels = token(da, "rebels")
    assert modifier_actors(rebels, da, ds) == ["yemen"]
    assert actors(rebels, "subj", da, ds) == [] and actors(rebels, "obj", da, ds) == []


def test_a_partitive_is_the_place_it_is_part_of(phrases):
    da, ds = phrases
    assert actors(token(da, "areas"), "obj", da, ds) == ["khan-yunis-ps"]
    leave = token(da, "leave")
    assert pobj_actors(token(da, "areas"), ("of",), da, ds) == ["khan-yunis-ps"]
    assert place_objects(token(da, "areas"), frozenset({"of"}), da, ds) == ["khan-yunis-ps"]
    assert pobj_actors(leave, ("in",), da, ds) == []


RELATIVE_WHICH = """
    Egypt         PROPN  nsubj     hosted                           [GPE egypt#name]
    hosted        VERB   ROOT      hosted        lemma=host
    Hamas         PROPN  dobj      hosted                           [ORG hamas#name]
    ,             PUNCT  punct     Hamas
    which         PRON   nsubj     rejected      tag=WDT
    rejected      VERB   relcl     Hamas         lemma=reject
    the           DET    det       plan
    plan          NOUN   dobj      rejected
    .             PUNCT  punct     hosted
    """


def test_a_relative_pronoun_is_the_noun_its_clause_modifies(kb):
    da, ds = reading(RELATIVE_WHICH, kb)
    assert single(token(da, "which"), "subj", da, ds) == ["hamas"]
    assert single(token(da, "plan"), "obj", da, ds) == []


# "that" heads a restrictive relative clause, which never modifies a name: attached to one
# (the small model's attachment in "a body co-chaired by Russia, France and the United
# States that mediated"), it is read as modifying the noun above; an appositive noun is the
# name it describes
RELATIVE_THAT = """
    ECOWAS        PROPN  nsubj     met                              [ORG ecowas#name]
    ,             PUNCT  punct     ECOWAS
    a             DET    det       bloc
    bloc          NOUN   appos     ECOWAS
    chaired       VERB   acl       bloc          lemma=chair tag=VBN
    by            ADP    agent     chaired
    Nigeria       PROPN  pobj      by                               [GPE nigeria#name]
    and           CCONJ  cc        Nigeria
    France        PROPN  conj      Nigeria                          [GPE france#name]
    that          PRON   nsubj     mediated      tag=WDT
    mediated      VERB   relcl     {head}        lemma=mediate
    between       ADP    prep      mediated
    Armenia       PROPN  pobj      between                          [GPE armenia#name]
    and           CCONJ  cc        Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    ,             PUNCT  punct     ECOWAS
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """


@pytest.mark.parametrize("head", ["bloc", "Nigeria"])
def test_a_restrictive_relative_modifies_no_name(kb, head):
    da, ds = reading(RELATIVE_THAT.format(head=head), kb)
    assert single(token(da, "that"), "subj", da, ds) == ["ecowas"]
    assert single(token(da, "bloc"), "subj", da, ds) == ["ecowas"]


# -- lists: one relation per member ------------------------------------------------------

LISTS = [
    pytest.param("""
    Israeli       ADJ    amod      jets                             [NORP israel#demonym]
    jets          NOUN   nsubj     struck        lemma=jet tag=NNS
    struck        VERB   ROOT      struck        lemma=strike
    Lebanese      ADJ    amod      cities                           [NORP lebanon#demonym]
    cities        NOUN   dobj      struck        lemma=city tag=NNS
    including     VERB   prep      cities        lemma=include tag=VBG
    Tyre          PROPN  pobj      including                        [GPE]
    and           CCONJ  cc        Tyre
    Sidon         PROPN  conj      Tyre                             [GPE]
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "lebanon", True), ("israel", "ASSAULT", "tyre-lb", True),
          ("israel", "ASSAULT", "sidon-lb", True)}, id="cities-including"),
    pytest.param("""
    Several       ADJ    amod      countries
    countries     NOUN   nsubj     condemned     lemma=country tag=NNS
    ,             PUNCT  punct     countries
    such          ADJ    amod      as
    as            ADP    prep      countries
    Qatar         PROPN  pobj      as                               [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Egypt         PROPN  conj      Qatar                            [GPE egypt#name]
    ,             PUNCT  punct     countries
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("qatar", "ACCUSE", "israel", True), ("egypt", "ACCUSE", "israel", True)}, id="countries-such-as"),
    pytest.param("""
    ECOWAS        PROPN  nsubj     suspended                        [ORG ecowas#name]
    suspended     VERB   ROOT      suspended     lemma=suspend
    Nigeria       PROPN  dobj      suspended                        [GPE nigeria#name]
    ,             PUNCT  punct     Nigeria
    as            ADV    advmod    as@2
    well          ADV    advmod    as@2
    as            ADP    cc        Nigeria
    Libya         PROPN  pobj      as@2                             [GPE libya#name]
    and           CCONJ  cc        Libya
    Sudan         PROPN  conj      Libya                            [GPE sudan#name]
    .             PUNCT  punct     suspended
    """, {("ecowas", "SANCTION", "nigeria", True), ("ecowas", "SANCTION", "libya", True),
          ("ecowas", "SANCTION", "sudan", True)}, id="as-well-as"),
    pytest.param("""
    Russia        PROPN  nsubj     condemned                        [GPE russia#name]
    ,             PUNCT  punct     Russia
    along         ADP    prep      Russia
    with          ADP    prep      along
    Iran          PROPN  pobj      with                             [GPE iran#name]
    ,             PUNCT  punct     Russia
    condemned     VERB   ROOT      condemned     lemma=condemn
    France        PROPN  dobj      condemned                        [GPE france#name]
    .             PUNCT  punct     condemned
    """, {("russia", "ACCUSE", "france", True), ("iran", "ACCUSE", "france", True)}, id="along-with"),
    # an agent from its states: "negotiators from A, B and C"
    pytest.param("""
    Negotiators   NOUN   nsubj     met           lemma=negotiator tag=NNS
    from          ADP    prep      Negotiators
    Qatar         PROPN  pobj      from                             [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Egypt         PROPN  conj      Qatar                            [GPE egypt#name]
    met           VERB   ROOT      met           lemma=meet
    Hamas         PROPN  dobj      met                              [ORG hamas#name]
    .             PUNCT  punct     met
    """, {("qatar", "CONSULT", "hamas", True), ("egypt", "CONSULT", "hamas", True)}, id="negotiators-from"),
    # misparsed coordinations: adjectives taken for a conjunct, the first member left modifying the last
    pytest.param("""
    Qatar         PROPN  nmod      Egypt                            [GPE qatar#name]
    ,             PUNCT  punct     Qatar
    Iran          PROPN  conj      Qatar                            [GPE iran#name]
    and           CCONJ  cc        Iran
    the           DET    det       awful
    evil          ADJ    amod      awful
    awful         NOUN   conj      Iran
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("qatar", "ACCUSE", "israel", True), ("iran", "ACCUSE", "israel", True),
          ("egypt", "ACCUSE", "israel", True)}, id="member-hung-as-a-modifier"),
    pytest.param("""
    Qatar         PROPN  nsubj     condemned                        [GPE qatar#name]
    ,             PUNCT  punct     Qatar
    the           DET    det       Iran
    awful         ADJ    amod      Iran
    Iran          PROPN  appos     Qatar                            [GPE iran#name]
    ,             PUNCT  punct     Qatar
    and           CCONJ  cc        Qatar
    Egypt         PROPN  conj      Qatar                            [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("qatar", "ACCUSE", "israel", True), ("iran", "ACCUSE", "israel", True),
          ("egypt", "ACCUSE", "israel", True)}, id="member-hung-as-an-apposition"),
    # ... but not its conjuncts that name no actor themselves
    pytest.param("""
    Qatar         PROPN  nmod      Egypt                            [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Iranian       ADJ    amod      officials                        [NORP iran#demonym]
    officials     NOUN   conj      Qatar         lemma=official tag=NNS
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("qatar", "ACCUSE", "israel", True), ("egypt", "ACCUSE", "israel", True)}, id="no-actorless-conjunct"),
    # a coordination whose conjunct is a word of the last member's own name is left as parsed
    pytest.param("""
    Qatar         PROPN  nmod      Egypt                            [GPE qatar#name]
    and           CCONJ  cc        Qatar
    Arab          PROPN  conj      Qatar                            [GPE egypt#name
    Egypt         PROPN  nsubj     condemned                        ]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("egypt", "ACCUSE", "israel", True)}, id="conjunct-in-the-last-members-name"),
    # a modifier without a coordinator of its own is no member ("the Qatar-Egypt talks" aside)
    pytest.param("""
    Qatar         PROPN  compound  Egypt                            [GPE qatar#name]
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("egypt", "ACCUSE", "israel", True)}, id="a-modifier-alone-is-no-member"),
    # a marker set off after the subject but hung on the verb: "Russia, along with Iran, condemned"
    pytest.param("""
    Russia        PROPN  nsubj     condemned                        [GPE russia#name]
    ,             PUNCT  punct     condemned
    along         ADP    prep      condemned
    with          ADP    prep      along
    Iran          PROPN  pobj      with                             [GPE iran#name]
    ,             PUNCT  punct     condemned
    condemned     VERB   ROOT      condemned     lemma=condemn
    France        PROPN  dobj      condemned                        [GPE france#name]
    .             PUNCT  punct     condemned
    """, {("russia", "ACCUSE", "france", True), ("iran", "ACCUSE", "france", True)}, id="along-with-hung-on-the-verb"),
    # ... after a prepositional object, hung on the verb: "struck throughout Lebanon, including Tyre"
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    throughout    ADP    prep      struck
    Lebanon       PROPN  pobj      throughout                       [GPE lebanon#name]
    ,             PUNCT  punct     struck
    including     VERB   prep      struck        lemma=include tag=VBG
    Tyre          PROPN  pobj      including                        [GPE]
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "lebanon", True), ("israel", "ASSAULT", "tyre-lb", True)}, id="including-hung-on-the-verb"),
    # ... but a co-actor marker hung on the verb after an object does not join the object
    # ("Russia condemned France, along with Iran": Iran condemned, it was not condemned)
    pytest.param("""
    Russia        PROPN  nsubj     condemned                        [GPE russia#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    France        PROPN  dobj      condemned                        [GPE france#name]
    ,             PUNCT  punct     condemned
    along         ADP    prep      condemned
    with          ADP    prep      along
    Iran          PROPN  pobj      with                             [GPE iran#name]
    .             PUNCT  punct     condemned
    """, {("russia", "ACCUSE", "france", True)}, id="along-with-hung-after-an-object"),
    # a list whose second member the parser hung on the first as a noun-phrase adverbial:
    # "Belarus, North Korea, Eritrea, Russia and Syria voted against"
    pytest.param("""
    Belarus       PROPN  nsubj     condemned                        [GPE belarus#name]
    ,             PUNCT  punct     Belarus
    North         PROPN  compound  Korea                            [GPE north-korea#name
    Korea         PROPN  npadvmod  Belarus                          ]
    ,             PUNCT  punct     Korea
    Cuba          PROPN  conj      Korea                            [GPE cuba#name]
    ,             PUNCT  punct     Cuba
    Russia        PROPN  conj      Cuba                             [GPE russia#name]
    and           CCONJ  cc        Russia
    Syria         PROPN  conj      Russia                           [GPE syria#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {(s, "ACCUSE", "israel", True) for s in ("belarus", "north-korea", "cuba", "russia", "syria")},
        id="member-hung-as-an-adverbial"),
]


@pytest.mark.parametrize("spec,expected", LISTS)
def test_lists_give_one_relation_per_member(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_the_members_of_a_list_of_places_lie_where_the_kind_lies(kb):
    assert locations(relations(LISTS[0].values[0], kb)) == {("tyre-lb", "lebanon"), ("sidon-lb", "lebanon")}


# -- vehicles, units and weapons named with a demonym or an owner stand for their state -----

VEHICLES = [
    pytest.param("""
    Two           NUM    nummod    vessels
    Iranian       ADJ    amod      vessels                          [NORP iran#demonym]
    vessels       NOUN   nsubj     fired         lemma=vessel tag=NNS
    fired         VERB   ROOT      fired         lemma=fire
    on            ADP    prep      fired
    an            DET    det       warship
    American      ADJ    amod      warship                          [NORP united-states#demonym]
    warship       NOUN   pobj      on
    .             PUNCT  punct     fired
    """, {("iran", "ASSAULT", "united-states", True)}, id="iranian-vessels-fired-on-an-american-warship"),
    pytest.param("""
    The           DET    det       Houthis
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    a             DET    det       tanker
    British       ADJ    npadvmod  owned                            [NORP united-kingdom#demonym]
    -             PUNCT  punct     owned         tag=HYPH
    owned         VERB   amod      tanker        lemma=own tag=VBN
    tanker        NOUN   dobj      attacked
    .             PUNCT  punct     attacked
    """, {("houthis", "ASSAULT", "united-kingdom", True)}, id="a-british-owned-tanker"),
    pytest.param("""
    Iranian       ADJ    npadvmod  made                             [NORP iran#demonym]
    -             PUNCT  punct     made          tag=HYPH
    made          VERB   amod      drones        lemma=make tag=VBN
    drones        NOUN   nsubj     struck        lemma=drone tag=NNS
    struck        VERB   ROOT      struck        lemma=strike
    Ukraine       PROPN  dobj      struck                           [GPE ukraine#name]
    .             PUNCT  punct     struck
    """, set(), id="iranian-made-drones-not-irans"),
]


@pytest.mark.parametrize("spec,expected", VEHICLES)
def test_vehicles_and_weapons_stand_for_their_state(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- an unnamed agent of a named state acts for it (lexicon/agents.tsv) ----------------------

AGENTS = [
    pytest.param("""
    Israel        PROPN  poss      advisor                          [GPE israel#name]
    's            PART   case      Israel        tag=POS
    national      ADJ    amod      advisor
    security      NOUN   compound  advisor
    advisor       NOUN   nsubj     met
    met           VERB   ROOT      met           lemma=meet
    Egypt         PROPN  dobj      met                              [GPE egypt#name]
    .             PUNCT  punct     met
    """, {("israel", "CONSULT", "egypt", True)}, id="a-states-national-security-advisor"),
    pytest.param("""
    The           DET    det       minister
    Syrian        ADJ    amod      minister                         [NORP syria#demonym]
    foreign       ADJ    amod      minister
    minister      NOUN   nsubj     condemned
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("syria", "ACCUSE", "israel", True)}, id="the-syrian-foreign-minister"),
    # farmers are no agents of their state
    pytest.param("""
    Egyptian      ADJ    amod      farmers                          [NORP egypt#demonym]
    farmers       NOUN   nsubj     condemned     lemma=farmer tag=NNS
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, set(), id="egyptian-farmers-act-for-nobody"),
    # a capitalised title before a name (here parsed apart from it): the person acts
    pytest.param("""
    Turkish       ADJ    amod      President                        [NORP turkey#demonym]
    President     PROPN  nsubj     condemned     tag=NNP
    Recep         PROPN  compound  Erdogan                          [PERSON recep-erdogan#name
    Erdogan       PROPN  appos     President                        ]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("recep-erdogan", "ACCUSE", "israel", True)}, id="a-title-before-a-name-is-no-unnamed-agent"),
    # a capitalised title without a name is one ("the Syrian Foreign Minister")
    pytest.param("""
    The           DET    det       Minister
    Syrian        ADJ    amod      Minister                         [NORP syria#demonym]
    Foreign       PROPN  compound  Minister
    Minister      PROPN  nsubj     condemned     tag=NNP
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """, {("syria", "ACCUSE", "israel", True)}, id="a-capitalised-title-without-a-name"),
]


@pytest.mark.parametrize("spec,expected", AGENTS)
def test_an_unnamed_agent_of_a_state_acts_for_it(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


SPOKESMAN_FOR = """
    A             DET    det       spokesman
    spokesman     NOUN   nsubj     condemned
    for           ADP    prep      spokesman
    Hamas         PROPN  pobj      for                              [ORG hamas#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """


def test_an_unnamed_spokesman_for_a_body_speaks_for_it(kb):
    assert events(relations(SPOKESMAN_FOR, kb)) == {("hamas", "ACCUSE", "israel", True)}
    # a place is spoken for by no one
    town = SPOKESMAN_FOR.replace("[ORG hamas#name]", "[GPE rafah#name]").replace("Hamas  ", "Rafah  ")
    assert events(relations(town, kb)) == set()


def test_a_group_noun_with_its_own_name(kb):
    """"The Hamas movement condemned Israel": a group noun (``group_descriptor``) carrying a group's
    name is that group, not the group named before ("the M62 movement" after ECOWAS)."""
    spec = """
    Hezbollah     PROPN  nsubj     met                              [ORG hezbollah#name]
    met           VERB   ROOT      met           lemma=meet
    Qatar         PROPN  dobj      met                              [GPE qatar#name]
    .             PUNCT  punct     met
    The           DET    det       movement
    Hamas         PROPN  compound  movement                         [ORG hamas#name]
    movement      NOUN   nsubj     condemned
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    """
    assert ("hamas", "ACCUSE", "israel", True) in events(relations(spec, kb))
    assert ("hezbollah", "ACCUSE", "israel", True) not in events(relations(spec, kb))
