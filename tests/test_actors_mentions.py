"""Rule tests of :mod:`kg.actors.mentions`: knowledge-base names, aliases and demonyms
become mentions of their entry; GeoNames places and unknown actors get their ids.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import actors, doc_actors, types

from kg.actors.mentions import add_new

# -- knowledge-base names, aliases and demonyms -> the entry's id and type ------------------
# expected: every actor of the text, id -> type

KB_NAMES = [
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Jenin         PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
    """, {"israel": "State", "janin-ps": "Place"}, id="demonym-and-geonames-town"),
    pytest.param("""
    The           DET    det       Houthis
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, {"houthis": "Group", "israel": "State"}, id="group-and-state-names"),
    pytest.param("""
    The           DET    det       UN
    UN            PROPN  nsubj     said                             [ORG united-nations#alias]
    said          VERB   ROOT      said          lemma=say
    aid           NOUN   nsubjpass blocked
    was           AUX    auxpass   blocked       lemma=be tag=VBD
    blocked       VERB   ccomp     said          lemma=block tag=VBN
    .             PUNCT  punct     said
    """, {"united-nations": "Group"}, id="alias-un"),
    pytest.param("""
    Blinken       PROPN  nsubj     met                              [PERSON antony-blinken#alias]
    met           VERB   ROOT      met           lemma=meet
    Netanyahu     PROPN  dobj      met                              [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     met
    """, {"antony-blinken": "Official", "benjamin-netanyahu": "Official"}, id="official-surnames"),
    pytest.param("""
    Azerbaijani   ADJ    amod      troops                           [NORP azerbaijan#demonym]
    troops        NOUN   nsubj     entered       lemma=troop tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    Stepanakert   PROPN  dobj      entered                          [LOC stepanakert#name]
    .             PUNCT  punct     entered
    """, {"azerbaijan": "State", "stepanakert": "Place"}, id="kb-place"),
]


@pytest.mark.parametrize("spec,expected", KB_NAMES)
def test_knowledge_base_names(kb, spec, expected):
    assert types(actors(spec, kb)) == expected


def test_knowledge_base_entry_carries_its_ids(kb):
    recs = actors("""
    Egypt         PROPN  nsubj     brokered                         [GPE egypt#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    the           DET    det       deal
    deal          NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    """, kb)
    egypt = recs["egypt"]
    assert egypt.name == "Egypt"
    assert dict(egypt.ids)["iso3"] == "EGY"
    assert egypt.mentions[0].text == "Egypt" and egypt.mentions[0].start == 0 and egypt.mentions[0].end == 5


# -- how a resolved span becomes a mention -------------------------------------------------

def test_a_body_before_a_state_agent_is_its_state(kb):
    """"Israeli military personnel": the state acts, not the body."""
    da = doc_actors("""
    Israeli       ADJ    amod      personnel                        [ORG israel-defense-forces#alias
    military      NOUN   compound  personnel                        ]
    personnel     NOUN   nsubj     entered       tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    .             PUNCT  punct     entered
    """, kb)
    assert [(m.actor, m.how) for m in da.mentions] == [("israel", "alias")]


def test_a_place_demonym_as_an_adjective_is_no_mention(kb):
    da = doc_actors("""
    Gazan         ADJ    amod      families                         [NORP gaza-strip#demonym]
    families      NOUN   nsubj     fled          lemma=family tag=NNS
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    """, kb)
    assert da.mentions == []


def test_a_capital_as_government_is_a_metonymy(kb):
    da = doc_actors("""
    Moscow        PROPN  nsubj     said                             [GPE russia#capital]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert [(m.actor, m.how, m.metonymy) for m in da.mentions] == [("russia", "capital", True)]


def test_ids_of_geonames_places_and_new_actors(kb):
    da = doc_actors(SPEC_IDS, kb)
    # the known parent named at the start of a new body's name is a mention of it (convention 7)
    assert {m.text: m.actor for m in da.mentions} == {"Rafah": "rafah-ps", "Hamas Relief": "hamas-relief",
                                                     "Egypt Airlines": "egypt-airlines", "Hamas": "hamas",
                                                     "Egypt": "egypt"}


def test_a_new_actor_named_like_a_known_one_gets_its_type_in_its_id(kb):
    da = doc_actors(SPEC_IDS, kb)
    span = next(m.span for m in da.mentions if m.text == "Egypt Airlines")[:1]
    assert add_new(da, span, "Egypt", "Group", "ner") == "egypt-group"
    assert (da.mentions[-1].actor, da.mentions[-1].text) == ("egypt-group", "Egypt")
    assert da.protos["egypt-group"].type == "Group" and da.protos["egypt-group"].entry is None


SPEC_IDS = """
    Hamas         PROPN  compound  Relief                           [ORG
    Relief        PROPN  nsubj     sent                             ]
    sent          VERB   ROOT      sent          lemma=send
    aid           NOUN   dobj      sent
    to            ADP    prep      sent
    Rafah         PROPN  pobj      to                               [GPE]
    on            ADP    prep      sent
    Egypt         PROPN  compound  Airlines                         [ORG
    Airlines      PROPN  pobj      on                               ]
    .             PUNCT  punct     sent
"""


def test_a_region_naming_a_set_of_states_is_no_mention(kb):
    recs = actors("""
    Erdogan       PROPN  nsubj     took                             [PERSON]
    took          VERB   ROOT      took          lemma=take
    a             DET    det       trip
    trip          NOUN   dobj      took
    to            ADP    prep      trip
    the           DET    det       countries
    Gulf          PROPN  compound  countries                        [LOC persian-gulf#alias]
    countries     NOUN   pobj      to            tag=NNS
    .             PUNCT  punct     took
    """, kb)
    assert "persian-gulf" not in recs


# -- a pair of a country word and another country's demonym: an ethnic group (hyphenated: on people) --

ETHNIC_COMPOUNDS = [
    pytest.param("""
    Turkish       ADJ    amod      leader                           [NORP turkey#demonym]
    Cypriot       ADJ    amod      leader                           [NORP cyprus#demonym]
    leader        NOUN   nsubj     rejected
    rejected      VERB   ROOT      rejected      lemma=reject
    the           DET    det       plan
    plan          NOUN   dobj      rejected
    .             PUNCT  punct     rejected
    """, {}, id="turkish-cypriot"),
    pytest.param("""
    Kosovo        PROPN  compound  protesters                       [GPE kosovo#name]
    Albanian      PROPN  compound  protesters                       [NORP albania#demonym]
    protesters    NOUN   nsubj     attacked      lemma=protester tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Russia        PROPN  dobj      attacked                         [GPE russia#name]
    .             PUNCT  punct     attacked
    """, {"russia": "State"}, id="kosovo-albanian"),
    pytest.param("""
    Turkish       ADJ    amod      troops                           [NORP turkey#demonym]
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Syria         PROPN  dobj      attacked                         [GPE syria#name]
    .             PUNCT  punct     attacked
    """, {"turkey": "State", "syria": "State"}, id="single-demonym-kept"),
    pytest.param("""
    Russian       ADJ    amod      talks                            [NORP russia#demonym]
    -             PUNCT  punct     talks
    Ukrainian     ADJ    amod      talks                            [NORP ukraine#demonym]
    talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ROOT      resumed       lemma=resume
    .             PUNCT  punct     resumed
    """, {"russia": "State", "ukraine": "State"}, id="hyphenated-pair-of-parties-kept"),
    # a hyphenated pair of demonyms on a noun of people is one people ("limited Bosnian-Serb
    # manpower", "the Greek-Cypriot leader"), neither state
    pytest.param("""
    Turkish       ADJ    amod      Cypriot                          [NORP turkey#demonym]
    -             PUNCT  punct     Cypriot
    Cypriot       ADJ    amod      leader                           [NORP cyprus#demonym]
    leader        NOUN   nsubj     rejected
    rejected      VERB   ROOT      rejected      lemma=reject
    the           DET    det       plan
    plan          NOUN   dobj      rejected
    .             PUNCT  punct     rejected
    """, {}, id="hyphenated-turkish-cypriot-leader"),
    pytest.param("""
    The           DET    det       offensive
    offensive     NOUN   nsubj     stretched
    stretched     VERB   ROOT      stretched     lemma=stretch
    limited       ADJ    amod      manpower
    Syrian        ADJ    amod      Turkish                          [NORP syria#demonym]
    -             PUNCT  punct     Turkish
    Turkish       ADJ    amod      manpower                         [NORP turkey#demonym]
    manpower      NOUN   dobj      stretched
    .             PUNCT  punct     stretched
    """, {}, id="hyphenated-pair-on-manpower"),
    # after a joint modifier the pair is two who act together ("a combined Serb-Croat force")
    pytest.param("""
    A             DET    det       force
    combined      ADJ    amod      force
    Syrian        ADJ    amod      Turkish                          [NORP syria#demonym]
    -             PUNCT  punct     Turkish
    Turkish       ADJ    amod      force                            [NORP turkey#demonym]
    force         NOUN   nsubj     attacked
    attacked      VERB   ROOT      attacked      lemma=attack
    Armenia       PROPN  dobj      attacked                         [GPE armenia#name]
    .             PUNCT  punct     attacked
    """, {"syria": "State", "turkey": "State", "armenia": "State"}, id="hyphenated-joint-force-kept"),
    pytest.param("""
    Israel        PROPN  nsubj     closed                           [GPE israel#name]
    closed        VERB   ROOT      closed        lemma=close tag=VBD
    Gazan         ADJ    amod      Palestinians                     [NORP gaza-strip#demonym]
    Palestinians  PROPN  poss      gateway                          [NORP palestine#demonym]
    '             PART   case      Palestinians
    gateway       NOUN   dobj      closed
    .             PUNCT  punct     closed
    """, {"israel": "State", "palestine": "Place"}, id="a-place-of-the-same-state-kept"),
]


@pytest.mark.parametrize("spec,expected", ETHNIC_COMPOUNDS)
def test_ethnic_compound_names_neither_state(kb, spec, expected):
    """"Turkish Cypriot leader", "Kosovo Albanian protesters": no mention of either state."""
    assert types(actors(spec, kb)) == expected
