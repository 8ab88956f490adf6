"""Rule tests for attack nouns whose agent or target the clause around them gives (round 9, violence):
the agent of an attack noun in the adjunct of a clause of attack ("Israeli troops killed three
gunmen *during a raid in Jenin*", :mod:`kg.relations.adjunct`), which a later "the raid took place
in X" points back to; an attack only planned leaves no author open ("planned to launch an attack").
On hand-built parses (``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import events, relations

RAID = """
    Israeli        ADJ    amod       troops         lemma=israeli tag=JJ     [NORP israel#demonym]
    troops         NOUN   nsubj      killed         lemma=troop tag=NNS
    killed         VERB   ROOT       killed         lemma=kill tag=VBD
    three          NUM    nummod     gunmen         tag=CD                   [CARDINAL]
    gunmen         NOUN   dobj       killed         lemma=gunman tag=NNS
    during         ADP    prep       killed         tag=IN
    a              DET    det        raid           tag=DT
    raid           NOUN   pobj       during         tag=NN
    in             ADP    prep       raid           tag=IN
    Jenin          PROPN  pobj       in             lemma=Jenin tag=NNP      [GPE]
    .              PUNCT  punct      killed         tag=.
"""

TOOK_PLACE_IN_TUBAS = """
    The            DET    det        raid@2         tag=DT
    raid           NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    Tubas          PROPN  pobj       in@2           lemma=Tubas tag=NNP      [GPE]
    .              PUNCT  punct      took           tag=.
"""

PASSIVE_RAID = """
    Three          NUM    nummod     gunmen         tag=CD                   [CARDINAL]
    gunmen         NOUN   nsubjpass  killed         lemma=gunman tag=NNS
    were           AUX    auxpass    killed         lemma=be tag=VBD
    killed         VERB   ROOT       killed         lemma=kill tag=VBN
    during         ADP    prep       killed         tag=IN
    a              DET    det        raid           tag=DT
    raid           NOUN   pobj       during         tag=NN
    in             ADP    prep       raid           tag=IN
    Jenin          PROPN  pobj       in             lemma=Jenin tag=NNP      [GPE]
    .              PUNCT  punct      killed         tag=.
"""


def _assaults(spec, kb):
    return {(s, o) for s, p, o, _ in events(relations(spec, kb)) if p == "ASSAULT"}


def test_raid_in_the_adjunct_of_a_clause_of_attack_is_its_subjects(kb):
    # "Thai security forces shot and killed three suspected insurgents during a raid in southern
    # Pattani province" (AP): the raid is the forces', and struck where it took place
    assert ("israel", "janin-ps") in _assaults(RAID, kb)


def test_the_raid_took_place_points_back_to_the_raid_of_the_clause(kb):
    # "... during a raid in southern Pattani province ... The raid took place before dusk in Pakaruesong"
    assert ("israel", "tubas-ps") in _assaults(RAID + TOOK_PLACE_IN_TUBAS, kb)


def test_a_passive_clause_gives_the_raid_no_agent(kb):
    # "three gunmen were killed during a raid": the subject is the victims, no agent of the raid
    assert not any(o in ("janin-ps", "tubas-ps") for _, o in _assaults(PASSIVE_RAID + TOOK_PLACE_IN_TUBAS, kb))


PLANNED = """
    RSF            PROPN  compound   fighters       lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
    fighters       NOUN   nsubj      attacked       lemma=fighter tag=NNS
    attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
    a              DET    det        convoy         tag=DT
    convoy         NOUN   dobj       attacked       tag=NN
    in             ADP    prep       convoy         tag=IN
    Darfur         PROPN  pobj       in             lemma=Darfur tag=NNP     [LOC darfur#name]
    .              PUNCT  punct      attacked       tag=.
    Officials      NOUN   nsubj      said           lemma=official tag=NNS
    said           VERB   ROOT       said           lemma=say tag=VBD
    the            DET    det        men            tag=DT
    men            NOUN   nsubj      planned        lemma=man tag=NNS
    planned        VERB   ccomp      said           lemma=plan tag=VBD
    to             PART   aux        launch         tag=TO
    launch         VERB   xcomp      planned        lemma=launch tag=VB
    an             DET    det        attack         tag=DT
    attack         NOUN   dobj       launch         tag=NN
    .              PUNCT  punct      said           tag=.
    The            DET    det        attack@2       tag=DT
    attack         NOUN   nsubj      took           tag=NN
    took           VERB   ROOT       took           lemma=take tag=VBD
    place          NOUN   dobj       took           tag=NN
    in             ADP    prep       took           tag=IN
    North          PROPN  compound   Darfur@2       lemma=North tag=NNP      [GPE north-darfur#name
    Darfur         PROPN  pobj       in@2           lemma=Darfur tag=NNP     ]
    .              PUNCT  punct      took           tag=.
"""


def test_a_planned_attack_leaves_no_author_open(kb):
    # "alleging the men were planning to mount an attack ... The raid took place in Pakaruesong":
    # an attack only planned did not happen, so the one side seen attacking is still the only one
    assert ("rapid-support-forces", "north-darfur") in _assaults(PLANNED, kb)


def test_an_attack_that_happened_with_no_author_still_blocks(kb):
    # "a car bombing in Kabul killed nine": an attack whose author is open, no guess after it
    spec = PLANNED.replace("""    men            NOUN   nsubj      planned        lemma=man tag=NNS
    planned        VERB   ccomp      said           lemma=plan tag=VBD
    to             PART   aux        launch         tag=TO
    launch         VERB   xcomp      planned        lemma=launch tag=VB
""", """    men            NOUN   nsubj      launched       lemma=man tag=NNS
    launched       VERB   ccomp      said           lemma=launch tag=VBD
""").replace("dobj       launch ", "dobj       launched ")
    assert ("rapid-support-forces", "north-darfur") not in _assaults(spec, kb)

