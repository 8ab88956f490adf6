"""Rule tests for :mod:`kg.relations.location`: LOCATED_IN as the text states it (see
``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import locations, reading, relations, token

from kg.relations.discourse import PlaceDescription
from kg.relations.index import TokenIndex
from kg.relations.location import described_place, location

# -- LOCATED_IN ---------------------------------------------------------------------------
# tuples: (place, where)

LOCATED = [
    pytest.param("""
    Khan          PROPN  compound  Younis                           [GPE
    Younis        PROPN  nsubj     came                             ]
    ,             PUNCT  punct     Younis
    a             DET    det       town
    town          NOUN   appos     Younis
    on            ADP    prep      town
    the           DET    det       edge
    edge          NOUN   pobj      on
    of            ADP    prep      edge
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      of                               ]
    ,             PUNCT  punct     Younis
    came          VERB   ROOT      came          lemma=come
    under         ADP    prep      came
    fire          NOUN   pobj      under
    .             PUNCT  punct     came
    """, {("khan-yunis-ps", "gaza-strip")}, id="apposition-town-on-the-edge-of"),
    pytest.param("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     raided        lemma=troop tag=NNS
    raided        VERB   ROOT      raided        lemma=raid
    the           DET    det       city
    West          PROPN  compound  Bank                             [LOC west-bank#name
    Bank          PROPN  compound  city                             ]
    city          NOUN   dobj      raided
    of            ADP    prep      city
    Bethlehem     PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     raided
    """, {("bethlehem-ps", "west-bank")}, id="the-y-city-of-x"),
    pytest.param("""
    Russia        PROPN  nsubj     captured                         [GPE russia#name]
    captured      VERB   ROOT      captured      lemma=capture
    Avdiivka      PROPN  dobj      captured                         [GPE]
    in            ADP    prep      Avdiivka
    eastern       ADJ    amod      Ukraine
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     captured
    """, {("avdiyivka-ua", "ukraine")}, id="x-in-eastern-y"),
    # the preposition right after the place, hung on the verb above it
    pytest.param("""
    Russia        PROPN  nsubj     dropped                          [GPE russia#name]
    dropped       VERB   ROOT      dropped       lemma=drop
    bombs         NOUN   dobj      dropped       lemma=bomb tag=NNS
    on            ADP    prep      dropped
    Avdiivka      PROPN  pobj      on                               [GPE]
    in            ADP    prep      dropped
    eastern       ADJ    amod      Ukraine
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     dropped
    """, {("avdiyivka-ua", "ukraine")}, id="x-in-y-hung-on-the-verb"),
    # ... but not a phrase that only names a place through a possessive
    pytest.param("""
    Missiles      NOUN   nsubj     put           lemma=missile tag=NNS
    put           VERB   ROOT      put
    the           DET    det       base
    base          NOUN   dobj      put
    in            ADP    prep      base
    Avdiivka      PROPN  pobj      in                               [GPE]
    in            ADP    prep      put
    Ukraine       PROPN  poss      range                            [GPE ukraine#name]
    's            PART   case      Ukraine       tag=POS
    range         NOUN   pobj      in@2
    .             PUNCT  punct     put
    """, set(), id="x-in-the-range-of-y-is-no-location"),
    # "Abdiaziz district, Mogadishu": the district lies in the city, not the other way
    pytest.param("""
    Militants     NOUN   nsubj     struck        lemma=militant tag=NNS
    struck        VERB   ROOT      struck        lemma=strike
    Rafah         PROPN  compound  district                         [GPE
    district      NOUN   dobj      struck                           ]
    ,             PUNCT  punct     district
    Gaza          PROPN  appos     district                         [LOC gaza-strip#alias]
    .             PUNCT  punct     struck
    """, {("rafah-ps", "gaza-strip")}, id="x-district-comma-city"),
    # a dateline: the city lies in the country named after it
    pytest.param("""
    BEIRUT        PROPN  nsubj     captured                         [GPE lebanon#capital]
    ,             PUNCT  punct     BEIRUT
    Lebanon       PROPN  appos     BEIRUT                           [GPE lebanon#name]
    --            PUNCT  punct     captured
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    soldiers      NOUN   dobj      captured      lemma=soldier tag=NNS
    .             PUNCT  punct     captured
    """, {("beirut-lb", "lebanon")}, id="dateline"),
    pytest.param("""
    Aden          PROPN  nsubjpass struck                           [GPE yemen#capital]
    ,             PUNCT  punct     Aden
    a             DET    det       city
    port          NOUN   compound  city
    city          NOUN   appos     Aden
    in            ADP    prep      city
    southern      ADJ    amod      Yemen
    Yemen         PROPN  pobj      in                               [GPE yemen#name]
    ,             PUNCT  punct     Aden
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    .             PUNCT  punct     struck
    """, {("aden-ye", "yemen")}, id="apposition-port-city-in"),
    pytest.param("""
    Stepanakert   PROPN  nsubj     fell                             [LOC stepanakert#name]
    ,             PUNCT  punct     Stepanakert
    the           DET    det       city
    main          ADJ    amod      city
    city          NOUN   appos     Stepanakert
    of            ADP    prep      city
    Nagorno       PROPN  compound  Karabakh                         [LOC nagorno-karabakh#name
    -             PUNCT  punct     Karabakh      tag=HYPH
    Karabakh      PROPN  pobj      of                               ]
    ,             PUNCT  punct     Stepanakert
    fell          VERB   ROOT      fell          lemma=fall
    .             PUNCT  punct     fell
    """, {("stepanakert", "nagorno-karabakh")}, id="apposition-main-city-of"),
    pytest.param("""
    Kharkiv       PROPN  nsubjpass struck                           [GPE]
    ,             PUNCT  punct     Kharkiv
    Ukraine       PROPN  poss      city                             [GPE ukraine#name]
    's            PART   case      Ukraine
    second        ADV    advmod    largest
    -             PUNCT  punct     largest       tag=HYPH
    largest       ADJ    amod      city          lemma=large tag=JJS
    city          NOUN   appos     Kharkiv
    ,             PUNCT  punct     Kharkiv
    was           AUX    auxpass   struck        lemma=be tag=VBD
    struck        VERB   ROOT      struck        lemma=strike tag=VBN
    .             PUNCT  punct     struck
    """, {("kharkiv-ua", "ukraine")}, id="apposition-possessive-city"),
    pytest.param("""
    Leaders       NOUN   nsubj     met           lemma=leader tag=NNS
    met           VERB   ROOT      met           lemma=meet tag=VBD
    in            ADP    prep      met
    the           DET    det       capital
    Nigerian      ADJ    amod      capital                          [NORP nigeria#demonym]
    capital       NOUN   pobj      in
    Abuja         PROPN  appos     capital                          [GPE nigeria#capital]
    .             PUNCT  punct     met
    """, {("abuja-ng", "nigeria")}, id="the-nigerian-capital-abuja"),
    pytest.param("""
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  nsubjpass besieged                         ]
    ,             PUNCT  punct     Fasher
    the           DET    det       capital
    capital       NOUN   appos     Fasher
    of            ADP    prep      capital
    North         PROPN  compound  Darfur                           [LOC north-darfur#alias
    Darfur        PROPN  compound  state
    state         NOUN   pobj      of                               ]
    ,             PUNCT  punct     Fasher
    is            AUX    auxpass   besieged      lemma=be tag=VBZ
    besieged      VERB   ROOT      besieged      lemma=besiege tag=VBN
    .             PUNCT  punct     besieged
    """, {("el-fasher-sd", "north-darfur")}, id="apposition-capital-of"),
    # the kind a compound of the name, the place its possessor
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    a             DET    det       building
    building      NOUN   dobj      struck
    in            ADP    prep      building
    Lebanon       PROPN  poss      Beirut                           [GPE lebanon#name]
    's            PART   case      Lebanon       tag=POS
    capital       NOUN   compound  Beirut
    Beirut        PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     struck
    """, {("beirut-lb", "lebanon")}, id="possessor-capital-name"),
    # "X's capital of Y": a place noun with a possessor
    pytest.param("""
    The           DET    det       ministers
    ministers     NOUN   nsubj     met           lemma=minister tag=NNS
    met           VERB   ROOT      met           lemma=meet
    in            ADP    prep      met
    Egypt         PROPN  poss      capital                          [GPE egypt#name]
    's            PART   case      Egypt         tag=POS
    capital       NOUN   pobj      in
    of            ADP    prep      capital
    Cairo         PROPN  pobj      of                               [GPE]
    .             PUNCT  punct     met
    """, {("cairo-eg", "egypt")}, id="possessor-capital-of-name"),
    # a verb of location: "X is located in Y", "Y, where X is located"
    pytest.param("""
    Rafah         PROPN  nsubjpass located                          [GPE]
    is            AUX    auxpass   located       lemma=be tag=VBZ
    located       VERB   ROOT      located       lemma=locate tag=VBN
    in            ADP    prep      located
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      in                               ]
    .             PUNCT  punct     located
    """, {("rafah-ps", "gaza-strip")}, id="is-located-in"),
    pytest.param("""
    They          PRON   nsubj     entered
    entered       VERB   ROOT      entered       lemma=enter
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  dobj      entered                          ]
    ,             PUNCT  punct     Strip
    where         SCONJ  advmod    located       tag=WRB
    Rafah         PROPN  nsubjpass located                          [GPE]
    is            AUX    auxpass   located       lemma=be tag=VBZ
    located       VERB   relcl     Strip         lemma=locate tag=VBN
    .             PUNCT  punct     entered
    """, {("rafah-ps", "gaza-strip")}, id="where-x-is-located"),
    # the parse hangs the second clause's subject on the first's object: it is no place of the first
    pytest.param("""
    Rafah         PROPN  nsubjpass located                          [GPE]
    is            AUX    auxpass   located       lemma=be tag=VBZ
    located       VERB   ROOT      located       lemma=locate tag=VBN
    in            ADP    prep      located
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      in                               ]
    and           CCONJ  cc        Strip
    Cairo         PROPN  conj      Strip                            [GPE]
    is            AUX    auxpass   located@2     lemma=be tag=VBZ
    located       VERB   conj      located       lemma=locate tag=VBN
    in            ADP    prep      located@2
    Egypt         PROPN  pobj      in@2                             [GPE egypt#name]
    .             PUNCT  punct     located
    """, {("rafah-ps", "gaza-strip")}, id="second-is-located-subject-is-no-object"),
    # a possessive place: the possessive on the place or on its kind word, adjectives between
    pytest.param("""
    Militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    a             DET    det       base
    base          NOUN   dobj      attacked
    in            ADP    prep      base
    Sudan         PROPN  poss      province                         [GPE sudan#name]
    's            PART   case      Sudan         tag=POS
    western       ADJ    amod      province
    Darfur        PROPN  compound  province                         [LOC darfur#name]
    province      NOUN   pobj      in
    .             PUNCT  punct     attacked
    """, {("darfur", "sudan")}, id="possessive-place"),
    # the possessive on a description of the state ("the country's") or on "its"
    pytest.param("""
    Sudan         PROPN  nsubj     said                             [GPE sudan#name]
    said          VERB   ROOT      said          lemma=say
    militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ccomp     said          lemma=attack
    a             DET    det       base
    base          NOUN   dobj      attacked
    in            ADP    prep      base
    the           DET    det       country
    country       NOUN   poss      province
    's            PART   case      country       tag=POS
    western       ADJ    amod      province
    Darfur        PROPN  compound  province                         [LOC darfur#name]
    province      NOUN   pobj      in
    .             PUNCT  punct     said
    """, {("darfur", "sudan")}, id="possessive-place-of-the-country"),
    pytest.param("""
    Sudan         PROPN  nsubj     moved                            [GPE sudan#name]
    moved         VERB   ROOT      moved         lemma=move
    troops        NOUN   dobj      moved         lemma=troop tag=NNS
    into          ADP    prep      moved
    its           PRON   poss      province
    western       ADJ    amod      province
    Darfur        PROPN  compound  province                         [LOC darfur#name]
    province      NOUN   pobj      into
    .             PUNCT  punct     moved
    """, {("darfur", "sudan")}, id="possessive-place-of-its"),
    # a possessive description that is no state's ("the city's"): no relation from it
    pytest.param("""
    Militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Sudan         PROPN  dobj      attacked                         [GPE sudan#name]
    and           CCONJ  cc        Sudan
    the           DET    det       city
    city          NOUN   poss      Darfur
    's            PART   case      city          tag=POS
    Darfur        PROPN  conj      Sudan                            [LOC darfur#name]
    .             PUNCT  punct     attacked
    """, set(), id="possessive-place-of-a-non-state-description"),
    # the possessive on a noun the place modifies: no place of the possessor's
    pytest.param("""
    Israel        PROPN  poss      offensive                        [GPE israel#name]
    's            PART   case      Israel        tag=POS
    West          PROPN  compound  Bank                             [LOC west-bank#name
    Bank          PROPN  compound  offensive                        ]
    offensive     NOUN   nsubj     continued
    continued     VERB   ROOT      continued     lemma=continue
    .             PUNCT  punct     continued
    """, set(), id="possessive-on-an-event-noun"),
    # "Hudaida's Red Sea port" (UPI): a sea before a kind of place names where that place lies,
    # the port is Hudaida's, not the sea
    pytest.param("""
    Yemen         PROPN  nsubj     closed                           [GPE yemen#name]
    closed        VERB   ROOT      closed        lemma=close
    Sudan         PROPN  poss      port                             [GPE sudan#name]
    's            PART   case      Sudan         tag=POS
    Red           PROPN  compound  Sea                              [LOC red-sea#name
    Sea           PROPN  compound  port                             ]
    port          NOUN   dobj      closed
    .             PUNCT  punct     closed
    """, set(), id="possessive-on-a-sea-port"),
    # "the Dasht-e Goran area of Balochistan": the kind of place after the name, "of" the place
    pytest.param("""
    Militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       area
    Rafah         PROPN  compound  area                             [GPE]
    area          NOUN   dobj      attacked
    of            ADP    prep      area
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      of                               ]
    .             PUNCT  punct     attacked
    """, {("rafah-ps", "gaza-strip")}, id="the-x-area-of-y"),
    # "Pato district of Afghanistan's province of Daikundi": the kind inside the name, and the
    # place through an unnamed kind of place
    pytest.param("""
    Militants     NOUN   nsubj     stormed       lemma=militant tag=NNS
    stormed       VERB   ROOT      stormed       lemma=storm
    a             DET    det       post
    post          NOUN   dobj      stormed
    in            ADP    prep      post
    Rafah         PROPN  compound  district                         [GPE
    district      NOUN   pobj      in                               ]
    of            ADP    prep      district
    the           DET    det       region
    southern      ADJ    amod      region
    region        NOUN   pobj      of
    of            ADP    prep      region
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [LOC gaza-strip#name
    Strip         PROPN  pobj      of@2                             ]
    .             PUNCT  punct     stormed
    """, {("rafah-ps", "gaza-strip")}, id="x-district-of-the-region-of-y"),
    # ... and the region named before its kind lies in the place after "of", not the reverse
    pytest.param("""
    Fighting      NOUN   nsubj     raged         lemma=fighting
    raged         VERB   ROOT      raged         lemma=rage
    in            ADP    prep      raged
    the           DET    det       region
    Darfur        PROPN  compound  region                           [LOC darfur#name]
    region        NOUN   pobj      in
    of            ADP    prep      region
    Sudan         PROPN  pobj      of                               [GPE sudan#name]
    .             PUNCT  punct     raged
    """, {("darfur", "sudan")}, id="the-x-region-of-y"),
    # "near Tintaypunco in the province of Huancavelica": through the unnamed kind of place
    pytest.param("""
    The           DET    det       attack
    attack        NOUN   nsubj     took
    took          VERB   ROOT      took          lemma=take
    place         NOUN   dobj      took
    near          ADP    prep      took
    Avdiivka      PROPN  pobj      near                             [GPE]
    in            ADP    prep      took
    the           DET    det       region
    region        NOUN   pobj      in
    of            ADP    prep      region
    Darfur        PROPN  pobj      of@1                             [LOC darfur#name]
    .             PUNCT  punct     took
    """, {("avdiivka", "darfur")}, id="x-in-the-region-of-y"),
    # ... not through a kind of place after a noun the place hangs on
    pytest.param("""
    Guards        NOUN   nsubj     patrol        lemma=guard tag=NNS
    patrol        VERB   ROOT      patrol
    the           DET    det       border
    border        NOUN   dobj      patrol
    with          ADP    prep      border
    Avdiivka      PROPN  pobj      with                             [GPE]
    in            ADP    prep      border
    the           DET    det       region
    region        NOUN   pobj      in
    of            ADP    prep      region
    Darfur        PROPN  pobj      of                               [LOC darfur#name]
    .             PUNCT  punct     patrol
    """, set(), id="the-border-with-x-in-the-region-of-y"),
    # a closing quote between the place and its preposition
    pytest.param("""
    Troops        NOUN   nsubj     taken         lemma=troop tag=NNS
    had           AUX    aux       taken         lemma=have
    "             PUNCT  punct     taken         tag=``
    taken         VERB   ROOT      taken         lemma=take tag=VBN
    control       NOUN   dobj      taken
    of            ADP    prep      control
    Avdiivka      PROPN  pobj      of                               [GPE]
    "             PUNCT  punct     taken         tag=''
    in            ADP    prep      taken
    eastern       ADJ    amod      Ukraine
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     taken
    """, {("avdiyivka-ua", "ukraine")}, id="x-quote-in-y"),
    # a kind of place described by its people: no place of the people's state
    pytest.param("""
    Fighting      NOUN   nsubj     raged         lemma=fighting
    raged         VERB   ROOT      raged         lemma=rage
    in            ADP    prep      raged
    Nagorno       PROPN  compound  Karabakh                         [LOC nagorno-karabakh#name
    -             PUNCT  punct     Karabakh
    Karabakh      PROPN  pobj      in                               ]
    ,             PUNCT  punct     Karabakh
    a             DET    det       region
    predominantly ADV    advmod    Armenian
    Armenian      ADJ    amod      region                           [NORP armenia#demonym]
    region        NOUN   appos     Karabakh
    in            ADP    prep      region
    Azerbaijan    PROPN  pobj      in@2                             [GPE azerbaijan#name]
    .             PUNCT  punct     raged
    """, {("nagorno-karabakh", "azerbaijan")}, id="a-predominantly-armenian-region-in-y"),
    pytest.param("""
    Militias      NOUN   nsubj     encircled     lemma=militia tag=NNS
    encircled     VERB   ROOT      encircled     lemma=encircle
    Rafah         PROPN  dobj      encircled                        [GPE]
    ,             PUNCT  punct     Rafah
    the           DET    det       capital
    capital       NOUN   appos     Rafah
    of            ADP    prep      capital
    the           DET    det       people
    Sudanese      ADJ    amod      people                           [NORP sudan#demonym]
    people        NOUN   pobj      of            tag=NNS
    .             PUNCT  punct     encircled
    """, set(), id="the-capital-of-a-people"),
    # "the capital X": the capital of the country the sentence names, when X lies there
    pytest.param("""
    Rebels        NOUN   nsubj     blocked       lemma=rebel tag=NNS
    in            ADP    prep      Rebels
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    blocked       VERB   ROOT      blocked       lemma=block
    roads         NOUN   dobj      blocked       lemma=road tag=NNS
    through       ADP    prep      blocked
    the           DET    det       Avdiivka
    capital       NOUN   compound  Avdiivka
    Avdiivka      PROPN  pobj      through                          [GPE]
    .             PUNCT  punct     blocked
    """, {("avdiyivka-ua", "ukraine")}, id="the-capital-x-of-the-sentence-s-country"),
    pytest.param("""
    Rebels        NOUN   nsubj     blocked       lemma=rebel tag=NNS
    in            ADP    prep      Rebels
    Sudan         PROPN  pobj      in                               [GPE sudan#name]
    blocked       VERB   ROOT      blocked       lemma=block
    roads         NOUN   dobj      blocked       lemma=road tag=NNS
    through       ADP    prep      blocked
    the           DET    det       Avdiivka
    capital       NOUN   compound  Avdiivka
    Avdiivka      PROPN  pobj      through                          [GPE]
    .             PUNCT  punct     blocked
    """, set(), id="the-capital-x-not-of-the-sentence-s-country"),
    # the country named only after "the capital X" is no antecedent of "the capital"
    pytest.param("""
    Rebels        NOUN   nsubj     control       lemma=rebel tag=NNS
    control       VERB   ROOT      control
    the           DET    det       Avdiivka
    capital       NOUN   compound  Avdiivka
    Avdiivka      PROPN  dobj      control                          [GPE]
    and           CCONJ  cc        Avdiivka
    much          ADJ    conj      Avdiivka
    of            ADP    prep      much
    Ukraine       PROPN  pobj      of                               [GPE ukraine#name]
    .             PUNCT  punct     control
    """, set(), id="the-capital-x-before-the-country"),
    # "X, located in Y": a participle of a verb of location on the place
    pytest.param("""
    Gunmen        NOUN   nsubj     stormed       lemma=gunman tag=NNS
    stormed       VERB   ROOT      stormed       lemma=storm
    Avdiivka      PROPN  dobj      stormed                          [GPE]
    ,             PUNCT  punct     Avdiivka
    located       VERB   acl       Avdiivka      lemma=locate tag=VBN
    in            ADP    prep      located
    eastern       ADJ    amod      Ukraine
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     stormed
    """, {("avdiyivka-ua", "ukraine")}, id="x-comma-located-in-y"),
    # ... on the kind of place it names: "the town of X, located in Y"
    pytest.param("""
    Gunmen        NOUN   nsubj     stormed       lemma=gunman tag=NNS
    stormed       VERB   ROOT      stormed       lemma=storm
    the           DET    det       town
    town          NOUN   dobj      stormed
    of            ADP    prep      town
    Avdiivka      PROPN  pobj      of                               [GPE]
    ,             PUNCT  punct     town
    located       VERB   acl       town          lemma=locate tag=VBN
    in            ADP    prep      located
    Ukraine       PROPN  pobj      in                               [GPE ukraine#name]
    .             PUNCT  punct     stormed
    """, {("avdiyivka-ua", "ukraine")}, id="the-town-of-x-comma-located-in-y"),
    # a comma, then "in" a named place, hung on the verb above the place (#16, C12b)
    pytest.param("""
    Insurgents    NOUN   nsubj     attacked      lemma=insurgent tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       village
    village       NOUN   dobj      attacked
    of            ADP    prep      village
    Liche         PROPN  pobj      of                               [GPE]
    ,             PUNCT  punct     attacked
    in            ADP    prep      attacked
    Nangade       PROPN  compound  district                         [GPE
    district      NOUN   pobj      in                               ]
    .             PUNCT  punct     attacked
    """, {("liche", "nangade")}, id="x-comma-in-y-district"),
    # ... through the noun the place names ("the Maganja administrative post, in Palma district")
    pytest.param("""
    an            DET    det       attack
    attack        NOUN   nsubj     was
    was           AUX    ROOT      was
    against       ADP    prep      attack
    the           DET    det       post
    Maganja       PROPN  nmod      post                             [GPE]
    administrative ADJ   amod      post
    post          NOUN   pobj      against
    ,             PUNCT  punct     attack
    in            ADP    prep      attack
    Palma         PROPN  compound  district                         [GPE
    district      NOUN   pobj      in                               ]
    .             PUNCT  punct     was
    """, {("maganja-mz", "palma-es")}, id="x-noun-comma-in-y-district"),
    # ... but not a comma and a phrase with no named place
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Gaza          PROPN  dobj      struck                           [GPE gaza-strip#name]
    ,             PUNCT  punct     struck
    in            ADP    prep      struck
    retaliation   NOUN   pobj      in
    .             PUNCT  punct     struck
    """, set(), id="x-comma-in-no-place"),
]


@pytest.mark.parametrize("spec,expected", LOCATED)
def test_located_in(kb, spec, expected):
    assert locations(relations(spec, kb)) == expected


# -- a place described by its kind and where it lies ----------------------------------------

DESCRIBED = """
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Khan          PROPN  compound  Younis                           [GPE
    Younis        PROPN  dobj      struck                           ]
    .             PUNCT  punct     struck
    Israel        PROPN  nsubj     shelled                          [GPE israel#name]
    shelled       VERB   ROOT      shelled       lemma=shell
    Gaza          PROPN  poss      city                             [LOC gaza-strip#alias]
    's            PART   case      Gaza          tag=POS
    main          ADJ    amod      city
    city          NOUN   dobj      shelled
    .             PUNCT  punct     shelled
    """


def test_a_described_place_lies_in_the_place_modifying_the_description(kb):
    # "Gaza's main city" is Khan Younis (coreference), so Khan Younis lies in Gaza
    rels = relations(DESCRIBED, kb)
    [r] = [r for r in rels if r.predicate == "LOCATED_IN"]
    assert (r.subject, r.object, r.rule, r.trigger) == ("khan-yunis-ps", "gaza-strip", "location.descriptor", "city")
    assert r.confidence == kb.confidence("location.descriptor")
    assert r.evidence == "Israel shelled Gaza's main city."


def test_described_place_reports_each_noted_description_once(kb):
    da, ds = reading(DESCRIBED, kb)
    city = token(da, "city")
    ds.note_place(PlaceDescription(city, "khan-yunis-ps", "gaza-strip"))
    second = da.doc[5:12]
    [f] = described_place(second, da, ds, TokenIndex.of(da.doc, kb.lexicon))
    assert (f.subject, f.predicate, f.object, f.trigger, f.rule) == (
        "khan-yunis-ps", "LOCATED_IN", "gaza-strip", city, "location.descriptor")
    assert list(described_place(second, da, ds, TokenIndex.of(da.doc, kb.lexicon))) == []


def test_location_rules_skip_demonyms_and_non_places(kb):
    da, ds = reading(DESCRIBED, kb)
    index = TokenIndex.of(da.doc, kb.lexicon)
    # no place of the first sentence is in apposition to, or located by a preposition in, another
    assert list(location(da.doc[0:5], da, ds, index)) == []


def test_a_list_of_states_is_no_apposition(kb):
    """"protests in Kharkiv, Aden and Jenin": the parser's apposition heads a coordination
    (a list of places)."""
    rels = relations("""
    Protests      NOUN   nsubj     erupted       lemma=protest tag=NNS
    erupted       VERB   ROOT      erupted       lemma=erupt tag=VBD
    in            ADP    prep      erupted
    Kharkiv       PROPN  pobj      in                               [GPE]
    ,             PUNCT  punct     Kharkiv
    Aden          PROPN  appos     Kharkiv                          [GPE]
    and           CCONJ  cc        Aden
    Jenin         PROPN  conj      Aden                             [GPE]
    .             PUNCT  punct     erupted
    """, kb)
    assert locations(rels) == set()

