"""Tests for three misreadings found auditing fresh reports (#16): a complement of a phrasal
refusal ("ruled out holding negotiations with Iran", :mod:`kg.relations.modality`), the last
part of a hyphenated accord word ("announced a cease-fire", :mod:`kg.relations.nominal`), and a
participle the parser made a verb where it modifies a noun ("measures in occupied Jerusalem",
:mod:`kg.relations.grammar`)."""

from __future__ import annotations

from relation_helpers import events, events_modality, reading, relations, token

from kg.relations.grammar import is_attributive_participle


def test_a_phrasal_refusal_negates_its_complement(kb):
    got = events_modality(relations("""
    Jubeir        PROPN  nsubj     ruled                            [PERSON adel-al-jubeir#name]
    ruled         VERB   ROOT      ruled         lemma=rule tag=VBD
    out           ADP    prt       ruled         tag=RP
    holding       VERB   xcomp     ruled         lemma=hold tag=VBG
    negotiations  NOUN   dobj      holding       lemma=negotiation tag=NNS
    with          ADP    prep      negotiations
    Iran          PROPN  pobj      with                             [GPE iran#name]
    .             PUNCT  punct     ruled
    """, kb))
    assert {t for t in got if t[1] == "CONSULT"} == {("jubeir", "CONSULT", "iran", False, "negated")}


CEASE_FIRE = """
Sudan         PROPN  nsubj     announced                        [GPE sudan#name]
announced     VERB   ROOT      announced     lemma=announce
a             DET    det       fire
cease         NOUN   compound  fire
-             PUNCT  punct     fire
fire          NOUN   dobj      announced
at            ADP    prep      fire
talks         NOUN   pobj      at            lemma=talk tag=NNS
in            ADP    prep      talks
Libya         PROPN  pobj      in                               [GPE libya#name]
.             PUNCT  punct     announced
"""


def test_a_cease_fire_is_no_fire(kb):
    da, _ = reading(CEASE_FIRE, kb)
    assert da.doc.text.startswith("Sudan announced a cease-fire")
    assert not any(p == "ASSAULT" for _, p, _, _ in events(relations(CEASE_FIRE, kb)))


def test_fire_alone_stays_an_attack(kb):
    got = events(relations("""
    Israeli       ADJ    amod      fire                             [NORP israel#demonym]
    fire          NOUN   nsubj     killed
    on            ADP    prep      fire
    Gaza          PROPN  pobj      on                               [GPE gaza-strip#name]
    killed        VERB   ROOT      killed        lemma=kill
    three         NUM    dobj      killed
    .             PUNCT  punct     killed
    """, kb))
    assert ("israel", "ASSAULT", "gaza-strip", True) in got


OCCUPIED = """
Jordan        PROPN  nsubj     worked                           [GPE jordan#name]
worked        VERB   ROOT      worked        lemma=work tag=VBD
to            PART   aux       stop
stop          VERB   advcl     worked        tag=VB
measures      NOUN   dobj      stop          lemma=measure tag=NNS
in            ADP    prep      stop
occupied      VERB   advcl     worked        lemma=occupy tag=VBD
Jerusalem     PROPN  dobj      occupied                         [GPE jerusalem-il#name]
.             PUNCT  punct     worked
"""


def test_an_attributive_participle_is_no_act(kb):
    da, _ = reading(OCCUPIED, kb)
    assert is_attributive_participle(token(da, "occupied"))
    assert not any(t[1] == "ASSAULT" for t in events(relations(OCCUPIED, kb)))


def test_a_finite_occupation_stays(kb):
    spec = """
    Israel        PROPN  nsubj     occupied                         [GPE israel#name]
    occupied      VERB   ROOT      occupied      lemma=occupy tag=VBD
    Jerusalem     PROPN  dobj      occupied                         [GPE jerusalem-il#name]
    .             PUNCT  punct     occupied
    """
    da, _ = reading(spec, kb)
    assert not is_attributive_participle(token(da, "occupied"))
    assert ("israel", "ASSAULT", "jerusalem-il", True) in events(relations(spec, kb))



def test_the_goal_of_a_fight_is_not_reached(kb):
    # "Al Shabab has battled since 2008 to overthrow Somalia's government": a purpose infinitive
    got = events_modality(relations("""
    Shabab        PROPN  nsubj     battled                          [ORG al-shabaab#name]
    has           AUX    aux       battled       lemma=have tag=VBZ
    battled       VERB   ROOT      battled       lemma=battle tag=VBN
    for           ADP    prep      battled
    years         NOUN   pobj      for           lemma=year tag=NNS
    to            PART   aux       overthrow
    overthrow     VERB   advcl     battled       tag=VB
    Somalia       PROPN  dobj      overthrow                        [GPE somalia#name]
    .             PUNCT  punct     battled
    """, kb))
    assert not any(t[3] for t in got if t[1] == "COERCE")
    assert ("shabab", "COERCE", "somalia", False, "future") in got


def test_a_purpose_of_another_verb_stays(kb):
    got = events_modality(relations("""
    Shabab        PROPN  nsubj     came                             [ORG al-shabaab#name]
    came          VERB   ROOT      came          lemma=come tag=VBD
    to            PART   aux       overthrow
    overthrow     VERB   advcl     came          tag=VB
    Somalia       PROPN  dobj      overthrow                        [GPE somalia#name]
    .             PUNCT  punct     came
    """, kb))
    assert ("shabab", "COERCE", "somalia", True, "asserted") in got


HOSTAGES = """
Philippine    ADJ    amod      troops                           [NORP philippines#demonym]
troops        NOUN   nsubj     rescued       lemma=troop tag=NNS
rescued       VERB   ROOT      rescued       lemma=rescue tag=VBD
hostages      NOUN   dobj      rescued       lemma=hostage tag=NNS
held          VERB   acl       hostages      lemma=hold tag=VBN
by            ADP    agent     held
Hamas         PROPN  pobj      by                               [ORG hamas#name]
.             PUNCT  punct     rescued
"""


def test_captives_do_not_stand_for_their_captors(kb):
    assert not any(t[2] == "hamas" for t in events(relations(HOSTAGES, kb)))


def test_a_place_held_stands_for_its_holder(kb):
    got = events(relations("""
    Philippine    ADJ    amod      troops                           [NORP philippines#demonym]
    troops        NOUN   nsubj     attacked      lemma=troop tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack tag=VBD
    positions     NOUN   dobj      attacked      lemma=position tag=NNS
    held          VERB   acl       positions     lemma=hold tag=VBN
    by            ADP    agent     held
    Hamas         PROPN  pobj      by                               [ORG hamas#name]
    .             PUNCT  punct     attacked
    """, kb))
    assert ("philippines", "ASSAULT", "hamas", True) in got


def test_a_rebel_movement_is_no_state(kb):
    # "met representatives of two Sudanese rebel movements": not Sudan
    got = events(relations("""
    Mandela       PROPN  nsubj     met                              [PERSON mandela#name]
    met           VERB   ROOT      met           lemma=meet tag=VBD
    representatives NOUN dobj      met           lemma=representative tag=NNS
    of            ADP    prep      representatives
    Sudanese      ADJ    amod      movements                        [NORP sudan#demonym]
    rebel         NOUN   compound  movements
    movements     NOUN   pobj      of            lemma=movement tag=NNS
    .             PUNCT  punct     met
    """, kb))
    assert not any(t[2] == "sudan" for t in got)


def test_a_state_movement_stays_the_state(kb):
    got = events(relations("""
    Mandela       PROPN  nsubj     met                              [PERSON mandela#name]
    met           VERB   ROOT      met           lemma=meet tag=VBD
    representatives NOUN dobj      met           lemma=representative tag=NNS
    of            ADP    prep      representatives
    Sudanese      ADJ    amod      ministries                       [NORP sudan#demonym]
    ministries    NOUN   pobj      of            lemma=ministry tag=NNS
    .             PUNCT  punct     met
    """, kb))
    assert ("mandela", "CONSULT", "sudan", True) in got


def test_speaking_to_a_broadcaster_is_no_talks(kb):
    # "spoke to VOA": an interview with a news outlet (kind "broadcaster"), not talks
    got = events(relations("""
    Bashar        PROPN  nsubj     spoke                            [PERSON bashar#name]
    spoke         VERB   ROOT      spoke         lemma=speak tag=VBD
    to            ADP    prep      spoke
    VOA           PROPN  pobj      to                               [ORG voice-of-america#name]
    .             PUNCT  punct     spoke
    """, kb))
    assert not any(t[1] == "CONSULT" for t in got)


def test_speaking_to_a_leader_stays_talks(kb):
    got = events(relations("""
    Bashar        PROPN  nsubj     spoke                            [PERSON bashar#name]
    spoke         VERB   ROOT      spoke         lemma=speak tag=VBD
    to            ADP    prep      spoke
    Hamas         PROPN  pobj      to                               [ORG hamas#name]
    .             PUNCT  punct     spoke
    """, kb))
    assert ("bashar", "CONSULT", "hamas", True) in got


DATELINE = """
Beirut        PROPN  nsubj     rejected                         [GPE lebanon#name]
,             PUNCT  punct     Beirut
May           PROPN  appos     Beirut
19            NUM    nummod    May
:             PUNCT  punct     Beirut
Iran          PROPN  nsubj     rejected                         [GPE iran#name]
rejected      VERB   ROOT      rejected      lemma=reject tag=VBD
Israel        PROPN  dobj      rejected                         [GPE israel#name]
.             PUNCT  punct     rejected
"""


def test_a_datelines_place_is_no_subject(kb):
    got = events(relations(DATELINE, kb))
    assert ("iran", "REJECT", "israel", True) in got
    assert not any(t[0] == "lebanon" for t in got)


def test_two_subjects_without_a_colon_both_act(kb):
    got = events(relations(DATELINE.replace(":             PUNCT  punct     Beirut\n", ""), kb))
    assert {("lebanon", "REJECT", "israel", True), ("iran", "REJECT", "israel", True)} <= got
