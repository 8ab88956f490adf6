"""The area of unnamed targets (clause and nominal rules, ``arguments.target_areas``): "hit PKK
targets in northern Iraq" assaults the group and the area (GUIDELINES, convention 15), while
an attack on a named place keeps that place only."""

from __future__ import annotations

from relation_helpers import events, relations

# "in northern Iraq" hung on the verb by the parser: the targets lie there
HIT_TARGETS = """
    Turkish        ADJ    amod       warplanes      tag=JJ                   [NORP turkey#demonym]
    warplanes      NOUN   nsubj      hit            lemma=warplane tag=NNS
    hit            VERB   ROOT       hit            tag=VBD
    PKK            PROPN  compound   targets        lemma=PKK tag=NNP        [ORG pkk#name]
    targets        NOUN   dobj       hit            lemma=target tag=NNS
    in             ADP    prep       hit            tag=IN
    northern       ADJ    amod       Iraq           tag=JJ
    Iraq           PROPN  pobj       in             lemma=Iraq tag=NNP       [GPE iraq#name]
    .              PUNCT  punct      hit            tag=.
"""

SITES_INSIDE = """
    The            DET    det        US             tag=DT
    US             PROPN  nsubj      launched       lemma=US tag=NNP         [GPE united-states#alias]
    launched       VERB   ROOT       launched       lemma=launch tag=VBD
    airstrikes     NOUN   dobj       launched       lemma=airstrike tag=NNS
    against        ADP    prep       airstrikes     tag=IN
    Houthi         PROPN  compound   sites          lemma=Houthi tag=NNP     [ORG houthis#alias]
    sites          NOUN   pobj       against        lemma=site tag=NNS
    inside         ADP    prep       sites          tag=IN
    Yemen          PROPN  pobj       inside         lemma=Yemen tag=NNP      [GPE yemen#name]
    .              PUNCT  punct      launched       tag=.
"""

# the target is a named place: it is the object, not the region it lies in
AT_NAMED_PLACE = """
    Hezbollah      PROPN  nsubj      fired          lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    rockets        NOUN   dobj       fired          lemma=rocket tag=NNS
    at             ADP    prep       fired          tag=IN
    Shebaa         PROPN  compound   Farms          lemma=Shebaa tag=NNP     [LOC shebaa-farms#name
    Farms          PROPN  pobj       at             lemma=Farms tag=NNP      ]
    in             ADP    prep       fired          tag=IN
    south          PROPN  compound   Lebanon        tag=NNP
    Lebanon        PROPN  pobj       in             lemma=Lebanon tag=NNP    [GPE lebanon#name]
    .              PUNCT  punct      fired          tag=.
"""


def test_group_targets_in_an_area_assault_the_area_too(kb):
    assert events(relations(HIT_TARGETS, kb)) == {("turkey", "ASSAULT", "pkk", True),
                                                   ("turkey", "ASSAULT", "iraq", True)}


def test_an_event_noun_on_group_sites_inside_an_area(kb):
    assert events(relations(SITES_INSIDE, kb)) == {("united-states", "ASSAULT", "houthis", True),
                                                    ("united-states", "ASSAULT", "yemen", True)}


def test_a_named_place_struck_keeps_its_region_out(kb):
    assert ("hezbollah", "ASSAULT", "lebanon", True) not in events(relations(AT_NAMED_PLACE, kb))
    assert ("hezbollah", "ASSAULT", "shebaa-farms", True) in events(relations(AT_NAMED_PLACE, kb))


# "fired artillery towards the area from Tamu town" (Myanmar Now), "from Tamu town" hung on
# "area" by the parser: where the fire came from is no part of the area hit
FROM_TOWN = """
    Sudanese       ADJ    amod       forces         lemma=Sudanese tag=JJ    [NORP sudan#demonym]
    forces         NOUN   nsubj      fired          lemma=force tag=NNS
    fired          VERB   ROOT       fired          lemma=fire tag=VBD
    artillery      NOUN   dobj       fired          tag=NN
    towards        ADP    prep       fired          tag=IN
    the            DET    det        area           tag=DT
    area           NOUN   pobj       towards        tag=NN
    from           ADP    prep       area           tag=IN
    Tawila         PROPN  compound   town           lemma=Tawila tag=NNP     [GPE
    town           NOUN   pobj       from           tag=NN                   ]
    .              PUNCT  punct      fired          tag=.
"""


def test_the_area_from_a_town_is_not_the_town(kb):
    assert not {e for e in events(relations(FROM_TOWN, kb)) if e[1] == "ASSAULT"}
