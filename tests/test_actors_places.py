"""Rule tests of :mod:`kg.actors.places`: GeoNames namesakes told apart by the countries a
document evokes, and capitals as cities or as their governments.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import doctest

import pytest
from actor_records import actors, doc_actors

from kg.actors import places
from kg.actors.places import best_geo, country_votes

# -- capital metonymy -------------------------------------------------------------------
# expected: (id, type, metonymy flag of its mentions) for the capital's actor

METONYMY = [
    pytest.param("""
    Moscow        PROPN  nsubj     said                             [GPE russia#capital]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       talks
    talks         NOUN   nsubj     failed        lemma=talk tag=NNS
    failed        VERB   ccomp     said          lemma=fail
    .             PUNCT  punct     said
    """, ("russia", "State", True), id="moscow-said"),
    pytest.param("""
    Washington    PROPN  nsubj     urged                            [GPE united-states#capital]
    urged         VERB   ROOT      urged         lemma=urge
    Israel        PROPN  dobj      urged                            [GPE israel#name]
    to            PART   aux       pause
    pause         VERB   xcomp     urged         tag=VB
    .             PUNCT  punct     urged
    """, ("united-states", "State", True), id="washington-urged"),
    # a capital as a venue is the city
    pytest.param("""
    Talks         NOUN   nsubjpass held          lemma=talk tag=NNS
    were          AUX    auxpass   held          lemma=be tag=VBD
    held          VERB   ROOT      held          lemma=hold tag=VBN
    in            ADP    prep      held
    Moscow        PROPN  pobj      in                               [GPE russia#capital]
    .             PUNCT  punct     held
    """, ("moscow-ru", "Place", False), id="talks-in-moscow"),
    pytest.param("""
    Talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    resumed       VERB   ROOT      resumed       lemma=resume
    in            ADP    prep      resumed
    Doha          PROPN  pobj      in                               [GPE qatar#capital]
    .             PUNCT  punct     resumed
    """, ("doha-qa", "Place", False), id="talks-in-doha"),
    # a capital a diplomat is accredited to is its government, where "to" hangs on the noun or the verb
    pytest.param("""
    Serbia        PROPN  nsubj     withdrew                         [GPE serbia#name]
    withdrew      VERB   ROOT      withdrew      lemma=withdraw
    its           PRON   poss      envoy
    envoy         NOUN   dobj      withdrew
    to            ADP    prep      withdrew
    Washington    PROPN  pobj      to                               [GPE united-states#capital]
    .             PUNCT  punct     withdrew
    """, ("united-states", "State", True), id="envoy-to-washington"),
    pytest.param("""
    The           DET    det       minister
    minister      NOUN   nsubj     flew
    flew          VERB   ROOT      flew          lemma=fly
    to            ADP    prep      flew
    Washington    PROPN  pobj      to                               [GPE united-states#capital]
    .             PUNCT  punct     flew
    """, ("washington-us", "Place", False), id="flew-to-washington"),
]


@pytest.mark.parametrize("spec,expected", METONYMY)
def test_capital_metonymy(kb, spec, expected):
    actor_id, type_, metonymy = expected
    recs = actors(spec, kb)
    assert actor_id in recs, sorted(recs)
    assert recs[actor_id].type == type_
    assert [m.metonymy for m in recs[actor_id].mentions] == [metonymy]
    if type_ == "Place":   # the venue is the city, not the government
        assert recs[actor_id].kind == "city"
        assert not any(a.type == "State" for a in recs.values())


# -- GeoNames places: namesakes told apart by the document's other places ----------------------
# expected: (the place's id, ids that must not appear)

GEONAMES = [
    pytest.param("""
    Palestinians  PROPN  nsubj     fled          tag=NNPS           [NORP palestine#demonym]
    fled          VERB   ROOT      fled          lemma=flee
    Rafah         PROPN  dobj      fled                             [GPE]
    in            ADP    prep      Rafah
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      in                               ]
    .             PUNCT  punct     fled
    """, ("rafah-ps", {"rafah-eg"}), id="rafah-in-gaza"),
    pytest.param("""
    Egypt         PROPN  nsubj     deployed                         [GPE egypt#name]
    deployed      VERB   ROOT      deployed      lemma=deploy
    troops        NOUN   dobj      deployed      lemma=troop tag=NNS
    to            ADP    prep      deployed
    Rafah         PROPN  pobj      to                               [GPE]
    in            ADP    prep      Rafah
    North         PROPN  compound  Sinai                            [LOC sinai-peninsula#alias
    Sinai         PROPN  pobj      in                               ]
    .             PUNCT  punct     deployed
    """, ("rafah-eg", {"rafah-ps"}), id="rafah-in-sinai"),
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     raided        lemma=troop tag=NNS
    raided        VERB   ROOT      raided        lemma=raid
    Bethlehem     PROPN  dobj      raided                           [GPE]
    in            ADP    prep      Bethlehem
    the           DET    det       Bank
    West          PROPN  compound  Bank                             [LOC west-bank#name
    Bank          PROPN  pobj      in                               ]
    .             PUNCT  punct     raided
    """, ("bethlehem-ps", {"belem-br", "bethlehem-za", "bethlehem-us"}), id="bethlehem-in-west-bank"),
    # a capital's name that another country's city shares: the document decides
    pytest.param("""
    Lebanese      ADJ    amod      troops                           [NORP lebanon#demonym]
    troops        NOUN   nsubj     deployed      lemma=troop tag=NNS
    deployed      VERB   ROOT      deployed      lemma=deploy
    in            ADP    prep      deployed
    Tripoli       PROPN  pobj      in                               [GPE libya#capital]
    .             PUNCT  punct     deployed
    """, ("tripoli-lb", {"tripoli-ly", "libya"}), id="tripoli-with-lebanese-troops"),
    pytest.param("""
    The           DET    det       army
    Lebanese      ADJ    amod      army                             [ORG lebanese-armed-forces#alias
    army          NOUN   nsubj     deployed                         ]
    deployed      VERB   ROOT      deployed      lemma=deploy
    in            ADP    prep      deployed
    Tripoli       PROPN  pobj      in                               [GPE libya#capital]
    .             PUNCT  punct     deployed
    """, ("tripoli-lb", {"tripoli-ly", "libya"}), id="tripoli-with-lebanese-army"),
]


# -- villages (GeoNames places under 15,000 inhabitants): only in a country the document
# evokes, and for a name the NER took for a person only where places go
VILLAGES = [
    pytest.param("""
    Ukrainian     ADJ    amod      marines                          [NORP ukraine#demonym]
    marines       NOUN   nsubj     held          lemma=marine tag=NNS
    held          VERB   ROOT      held          lemma=hold
    Krynky        PROPN  dobj      held                             [GPE]
    .             PUNCT  punct     held
    """, ("krynky-ua", set()), id="village-in-the-documents-country"),
    pytest.param("""
    Russian       ADJ    amod      troops                           [NORP russia#demonym]
    troops        NOUN   nsubj     shelled       lemma=troop tag=NNS
    shelled       VERB   ROOT      shelled       lemma=shell
    Krynky        PROPN  dobj      shelled                          [GPE]
    .             PUNCT  punct     shelled
    """, ("krynky", {"krynky-ua"}), id="village-of-a-country-not-evoked"),
    pytest.param("""
    Ukrainian     ADJ    amod      marines                          [NORP ukraine#demonym]
    marines       NOUN   nsubj     landed        lemma=marine tag=NNS
    landed        VERB   ROOT      landed        lemma=land
    in            ADP    prep      landed
    Krynky        PROPN  pobj      in                               [PERSON]
    .             PUNCT  punct     landed
    """, ("krynky-ua", set()), id="village-taken-for-a-person-where-places-go"),
    pytest.param("""
    Israeli       ADJ    amod      police                           [NORP israel#demonym]
    police        NOUN   nsubj     questioned    lemma=police tag=NNS
    questioned    VERB   ROOT      questioned    lemma=question
    Omar          PROPN  dobj      questioned                       [PERSON]
    .             PUNCT  punct     questioned
    """, ("omar", {"omer-il"}), id="a-persons-name-is-no-village"),
    # a village of a country the document names in passing: only where places go
    pytest.param("""
    Ukrainian     ADJ    amod      officials                        [NORP ukraine#demonym]
    and           CCONJ  cc        Ukrainian
    French        ADJ    conj      Ukrainian                        [NORP france#demonym]
    officials     NOUN   nsubj     met           lemma=official tag=NNS
    met           VERB   ROOT      met           lemma=meet
    Cisse         PROPN  dobj      met                              [GPE]
    in            ADP    prep      met
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     met
    """, ("cisse", {"cisse-fr"}), id="a-village-of-a-country-named-in-passing"),
    pytest.param("""
    Ukrainian     ADJ    amod      officials                        [NORP ukraine#demonym]
    and           CCONJ  cc        Ukrainian
    French        ADJ    conj      Ukrainian                        [NORP france#demonym]
    officials     NOUN   nsubj     met           lemma=official tag=NNS
    met           VERB   ROOT      met           lemma=meet
    in            ADP    prep      met
    Cisse         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     met
    """, ("cisse-fr", set()), id="a-village-of-a-country-named-in-passing-where-places-go"),
]


@pytest.mark.parametrize("spec,expected", VILLAGES)
def test_villages(kb, spec, expected):
    place, absent = expected
    recs = actors(spec, kb)
    assert place in recs, sorted(recs)
    assert not absent & set(recs)
    if place.endswith(("-ua", "-fr")):
        assert recs[place].type == "Place" and dict(recs[place].ids).get("geonames") and recs[place].lat


@pytest.mark.parametrize("spec,expected", GEONAMES)
def test_geonames_disambiguation(kb, spec, expected):
    place, absent = expected
    recs = actors(spec, kb)
    assert place in recs, sorted(recs)
    assert recs[place].type == "Place"
    assert dict(recs[place].ids).get("geonames")
    assert not absent & set(recs)


def test_a_capital_that_is_struck_is_the_city(kb):
    """"Kyiv was hit by Russian missiles": the city, not the government."""
    da = doc_actors("""
    Kyiv           PROPN  nsubjpass  hit                     [GPE ukraine#capital]
    was            AUX    auxpass    hit
    hit            VERB   ROOT       hit       tag=VBN
    by             ADP    agent      hit
    Russian        ADJ    amod       missiles                [NORP russia#demonym]
    missiles       NOUN   pobj       by        lemma=missile tag=NNS
    .              PUNCT  punct      hit
    """, kb)
    kyiv = next(m for m in da.mentions if m.text == "Kyiv")
    assert kyiv.actor == "kyiv-ua" and not kyiv.metonymy


# -- the pure helpers ---------------------------------------------------------------------

GAZA = {"cc": "PS", "population": 100, "name": "Rafah"}
SINAI = {"cc": "EG", "population": 500, "name": "Rafah"}


@pytest.mark.parametrize("votes,expected", [
    ({"PS": 2, "EG": 1}, GAZA),      # the country evoked most wins
    ({"EG": 1}, SINAI),
    ({}, SINAI),                     # no votes: the most populous
    ({"PS": 1, "EG": 1}, SINAI),     # a tie: the most populous
])
def test_best_geo_by_country_votes(votes, expected):
    assert best_geo([GAZA, SINAI], votes) is expected


PARIS_FR = {"cc": "FR", "population": 2_138_551, "name": "Paris"}
PARIS_US = {"cc": "US", "population": 24_171, "name": "Paris"}
TRIPOLI_LY = {"cc": "LY", "population": 1_150_989, "name": "Tripoli"}
TRIPOLI_LB = {"cc": "LB", "population": 229_398, "name": "Tripoli"}


@pytest.mark.parametrize("candidates,votes,expected", [
    ([PARIS_FR, PARIS_US], {"US": 4, "RU": 2}, PARIS_FR),        # a world city is not displaced by a small namesake
    ([TRIPOLI_LY, TRIPOLI_LB], {"LB": 3}, TRIPOLI_LB),           # two cities of note: the votes decide
])
def test_best_geo_a_world_city_over_a_small_namesake(candidates, votes, expected):
    assert best_geo(candidates, votes) is expected


def test_best_geo_without_candidates():
    assert best_geo([], {"PS": 3}) is None


def test_country_votes(kb):
    da = doc_actors("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     entered       lemma=troop tag=NNS
    entered       VERB   ROOT      entered       lemma=enter
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  dobj      entered                          ]
    after         ADP    prep      entered
    talks         NOUN   pobj      after         lemma=talk tag=NNS
    in            ADP    prep      talks
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    with          ADP    prep      talks
    Hamas         PROPN  pobj      with                             [ORG hamas#name]
    .             PUNCT  punct     entered
    """, kb)
    # the demonym votes for its state, a place and a group for their country; a capital not
    assert dict(da.country_votes) == {"IL": 1, "PS": 2}
    assert dict(country_votes([], kb)) == {}


def test_doctests():
    result = doctest.testmod(places)
    assert result.attempted and not result.failed


# -- a capital: the city where only a city is meant; the state throughout once it acts --------

@pytest.mark.parametrize("spec,city", [
    pytest.param("""
    Museveni      PROPN  nsubj     visited                          [PERSON]
    visited       VERB   ROOT      visited       lemma=visit
    Juba          PROPN  dobj      visited                          [GPE south-sudan#capital]
    .             PUNCT  punct     visited
    """, "juba-ss", id="visited"),
    pytest.param("""
    They          PRON   nsubj     met
    met           VERB   ROOT      met           lemma=meet
    in            ADP    prep      met
    the           DET    det       capital
    capital       NOUN   pobj      in
    Luanda        PROPN  appos     capital                          [GPE angola#capital]
    .             PUNCT  punct     met
    """, "luanda-ao", id="the-capital-x"),
    pytest.param("""
    Kyiv          PROPN  compound  Mayor                            [GPE ukraine#capital]
    Mayor         PROPN  compound  Klitschko
    Vitali        PROPN  compound  Klitschko                        [PERSON
    Klitschko     PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, "kyiv-ua", id="a-city-s-office"),
])
def test_a_capital_named_as_the_city(kb, spec, city):
    recs = actors(spec, kb)
    assert recs[city].type == "Place"


def test_a_capital_that_acts_is_its_state_throughout(kb):
    recs = actors("""
    Bogota        PROPN  nsubj     suspected                        [GPE colombia#capital]
    suspected     VERB   ROOT      suspected     lemma=suspect
    it            PRON   dobj      suspected
    .             PUNCT  punct     suspected
    Officials     NOUN   nsubj     met           tag=NNS
    met           VERB   ROOT      met           lemma=meet
    in            ADP    prep      met
    Bogota        PROPN  pobj      in                               [GPE colombia#capital]
    .             PUNCT  punct     met
    """, kb)
    assert set(recs) == {"colombia"}
    assert len(recs["colombia"].mentions) == 2


# -- a place known by the name only as another name of its: only in a country the document evokes

def test_a_places_other_name_far_from_the_story_is_no_place(kb):
    # "Media": an alternate name of Mehdya (Morocco) in a Pakistan report; "JuA" one of Juara (Brazil)
    recs = actors("""
    Pakistani     ADJ    amod      official                         [NORP pakistan#demonym]
    official      NOUN   nsubj     said          lemma=official
    talking       VERB   advcl     said          lemma=talk
    to            ADP    prep      talking
    Media         PROPN  pobj      to                               [GPE]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert "mehdya-ma" not in recs, sorted(recs)
    recs = actors("""
    Pakistani     ADJ    amod      troops                           [NORP pakistan#demonym]
    troops        NOUN   nsubj     fought        lemma=troop tag=NNS
    fought        VERB   ROOT      fought        lemma=fight
    JuA           PROPN  dobj      fought                           [ORG]
    .             PUNCT  punct     fought
    """, kb)
    assert "juara-br" not in recs, sorted(recs)


def test_a_places_other_name_in_the_storys_country_is_the_place(kb):
    # "Misrata" is Misratah's other name: in a Libya report, the Libyan city
    recs = actors("""
    Libyan        ADJ    amod      rebels                           [NORP libya#demonym]
    rebels        NOUN   nsubj     held          lemma=rebel tag=NNS
    held          VERB   ROOT      held          lemma=hold
    Misrata       PROPN  dobj      held                             [GPE]
    .             PUNCT  punct     held
    """, kb)
    assert "misratah-ly" in recs, sorted(recs)


def test_a_compass_word_is_no_far_places_other_name(kb):
    # "the North" in a Sudan story: no North Salt Lake (US), whose other name it is
    recs = actors("""
    Sudanese      ADJ    amod      rebels                           [NORP sudan#demonym]
    rebels        NOUN   nsubj     attacked      lemma=rebel tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       North
    North         PROPN  dobj      attacked                         [LOC]
    .             PUNCT  punct     attacked
    """, kb)
    assert "north-salt-lake-us" not in recs, sorted(recs)


def test_a_hyphened_article_name_is_found_as_geonames_writes_it(kb):
    """"shelled El-Fasher", tagged ORG: GeoNames writes "El Fasher", a town, not a new group."""
    recs = actors("""
    Sudanese      ADJ    amod      forces                           [NORP sudan#demonym]
    forces        NOUN   nsubj     shelled       lemma=force tag=NNS
    shelled       VERB   ROOT      shelled       lemma=shell
    El            PROPN  compound  Fasher                           [ORG
    -             PUNCT  punct     Fasher
    Fasher        PROPN  dobj      shelled                          ]
    .             PUNCT  punct     shelled
    """, kb)
    place = [a for a in recs.values() if a.name.replace("-", " ") == "El Fasher"]
    assert place and place[0].type == "Place" and dict(place[0].ids).get("geonames")
