"""Rule tests for :mod:`kg.relations.participle`: "Iran-backed Hezbollah", "Qatar, backed by
Egypt" (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

# -- hyphen compounds: "Iran-backed Hezbollah" --------------------------------------------

HYPHEN = [
    pytest.param("""
    Iran          PROPN  npadvmod  backed                           [GPE iran#name]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      Hezbollah     lemma=back tag=VBN
    Hezbollah     PROPN  nsubj     fired                            [ORG hezbollah#name]
    fired         VERB   ROOT      fired         lemma=fire
    rockets       NOUN   dobj      fired         lemma=rocket tag=NNS
    at            ADP    prep      fired
    Israel        PROPN  pobj      at                               [GPE israel#name]
    .             PUNCT  punct     fired
    """, {("iran", "SUPPORT", "hezbollah", True), ("hezbollah", "ASSAULT", "israel", True)},
        id="iran-backed-hezbollah"),
    pytest.param("""
    The           DET    det       Houthis
    Iran          PROPN  npadvmod  backed                           [GPE iran#name]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      Houthis       lemma=back tag=VBN
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, {("iran", "SUPPORT", "houthis", True), ("houthis", "ASSAULT", "israel", True)},
        id="iran-backed-houthis"),
    pytest.param("""
    The           DET    det       RSF
    UAE           PROPN  npadvmod  backed                           [GPE united-arab-emirates#alias]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      RSF           lemma=back tag=VBN
    RSF           PROPN  nsubj     attacked                         [ORG rapid-support-forces#alias]
    attacked      VERB   ROOT      attacked      lemma=attack
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  dobj      attacked                         ]
    .             PUNCT  punct     attacked
    """, {("united-arab-emirates", "SUPPORT", "rapid-support-forces", True),
          ("rapid-support-forces", "ASSAULT", "el-fasher-sd", True)}, id="uae-backed-rsf"),
    # a conjunct with its own determiner is a noun phrase of its own: the Houthis are not backed
    pytest.param("""
    Yemen         PROPN  poss      government                       [GPE yemen#name]
    's            PART   case      Yemen         tag=POS
    Saudi         PROPN  npadvmod  backed                           [NORP saudi-arabia#demonym]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      government    lemma=back tag=VBN
    government    NOUN   nsubj     met
    and           CCONJ  cc        government
    the           DET    det       Houthis
    Houthis       PROPN  conj      government                       [ORG houthis#name]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    """, {("saudi-arabia", "SUPPORT", "yemen", True), ("yemen", "CONSULT", "houthis", True)},
        id="backed-x-and-the-y"),
    pytest.param("""
    The           DET    det       Houthis
    Iran          PROPN  npadvmod  aligned                          [GPE iran#name]
    -             PUNCT  punct     aligned       tag=HYPH
    aligned       VERB   amod      Houthis       lemma=align tag=VBN
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, {("iran", "SUPPORT", "houthis", True), ("houthis", "ASSAULT", "israel", True)},
        id="iran-aligned-houthis"),
    # separatists are no actor: nothing is backed and nobody acts
    pytest.param("""
    Russia        PROPN  npadvmod  backed                           [GPE russia#name]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      separatists   lemma=back tag=VBN
    separatists   NOUN   nsubj     attacked      lemma=separatist tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Mariupol      PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
    """, set(), id="russia-backed-separatists-no-actor"),
]


@pytest.mark.parametrize("spec,expected", HYPHEN)
def test_hyphen_compound(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- participles: "Qatar, backed by Egypt," ------------------------------------------------

PARTICIPLE = [
    pytest.param("""
    Qatar         PROPN  nsubj     mediated                         [GPE qatar#name]
    ,             PUNCT  punct     Qatar
    backed        VERB   acl       Qatar         lemma=back tag=VBN
    by            ADP    agent     backed
    Egypt         PROPN  pobj      by                               [GPE egypt#name]
    ,             PUNCT  punct     Qatar
    mediated      VERB   ROOT      mediated      lemma=mediate
    between       ADP    prep      mediated
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    .             PUNCT  punct     mediated
    """, {("egypt", "SUPPORT", "qatar", True), ("qatar", "MEDIATE", "israel", True),
          ("qatar", "MEDIATE", "hamas", True)}, id="qatar-backed-by-egypt"),
    pytest.param("""
    The           DET    det       Houthis
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    ,             PUNCT  punct     Houthis
    backed        VERB   acl       Houthis       lemma=back tag=VBN
    by            ADP    agent     backed
    Iran          PROPN  pobj      by                               [GPE iran#name]
    ,             PUNCT  punct     Houthis
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    """, {("iran", "SUPPORT", "houthis", True), ("houthis", "ASSAULT", "israel", True)},
        id="houthis-backed-by-iran"),
    pytest.param("""
    Armenia       PROPN  nsubj     rejected                         [GPE armenia#name]
    ,             PUNCT  punct     Armenia
    backed        VERB   acl       Armenia       lemma=back tag=VBN
    by            ADP    agent     backed
    France        PROPN  pobj      by                               [GPE france#name]
    ,             PUNCT  punct     Armenia
    rejected      VERB   ROOT      rejected      lemma=reject
    the           DET    det       plan
    plan          NOUN   dobj      rejected
    .             PUNCT  punct     rejected
    """, {("france", "SUPPORT", "armenia", True)}, id="armenia-backed-by-france"),
    # an accord signed by two parties: the signatories agree with each other
    pytest.param("""
    Russia        PROPN  nsubj     violated                         [GPE russia#name]
    violated      VERB   ROOT      violated      lemma=violate
    the           DET    det       agreements
    agreements    NOUN   dobj      violated      lemma=agreement tag=NNS
    signed        VERB   acl       agreements    lemma=sign tag=VBN
    by            ADP    agent     signed
    China         PROPN  pobj      by                               [GPE china#name]
    and           CCONJ  cc        China
    India         PROPN  conj      China                            [GPE india#name]
    .             PUNCT  punct     violated
    """, {("china", "AGREE", "india", True)}, id="agreements-signed-by-china-and-india"),
    # ... by one party with the others: the agent with each "with" partner
    pytest.param("""
    The           DET    det       deal
    deal          NOUN   nsubj     opened
    ,             PUNCT  punct     deal
    signed        VERB   acl       deal          lemma=sign tag=VBN
    by            ADP    agent     signed
    Russia        PROPN  pobj      by                               [GPE russia#name]
    with          ADP    prep      signed
    Turkey        PROPN  pobj      with                             [GPE turkey#name]
    and           CCONJ  cc        Turkey
    Ukraine       PROPN  conj      Turkey                           [GPE ukraine#name]
    ,             PUNCT  punct     deal
    opened        VERB   ROOT      opened        lemma=open
    ports         NOUN   dobj      opened        lemma=port tag=NNS
    .             PUNCT  punct     opened
    """, {("russia", "AGREE", "turkey", True), ("russia", "AGREE", "ukraine", True)}, id="deal-signed-by-x-with-y-and-z"),
]


@pytest.mark.parametrize("spec,expected", PARTICIPLE)
def test_participle(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


def test_a_participle_of_deployment(kb):
    rels = relations("""
    Israeli       ADJ    amod      troops                           [NORP israel#demonym]
    troops        NOUN   nsubj     fired         lemma=troop tag=NNS
    deployed      VERB   acl       troops        lemma=deploy tag=VBN
    in            ADP    prep      deployed
    Rafah         PROPN  pobj      in                               [GPE]
    fired         VERB   ROOT      fired         lemma=fire
    .             PUNCT  punct     fired
    """, kb)
    assert {(r.subject, r.predicate, r.object, r.rule) for r in rels} == {
        ("israel", "MOBILIZE", "rafah-ps", "participle.deployed")}


def test_a_compound_parsed_as_conjunct_backs_the_noun_after_it(kb):
    """"clashes between the SDF and Turkish-backed militants": the parser made "backed" a
    conjunct of "SDF"; the militants (no actor) are backed, not the SDF."""
    rels = relations("""
    Clashes       NOUN   nsubj     erupted       lemma=clash tag=NNS
    erupted       VERB   ROOT      erupted       lemma=erupt
    between       ADP    prep      erupted
    the           DET    det       militants
    SDF           PROPN  nmod      militants                        [ORG]
    and           CCONJ  cc        SDF
    Turkish       ADJ    npadvmod  backed                           [NORP turkey#demonym]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   conj      SDF           lemma=back tag=VBN
    militants     NOUN   pobj      between       lemma=militant tag=NNS
    .             PUNCT  punct     erupted
    """, kb)
    assert events(rels) == set()


def test_a_compound_on_a_bare_noun_backs_no_actor_named_before(kb):
    """"Hamas repelled ... Turkish-backed militants attacked Kobani": bare "militants" are new
    ones, not a description of Hamas named before."""
    rels = relations("""
    Hamas         PROPN  nsubj     repelled                         [ORG hamas#name]
    repelled      VERB   ROOT      repelled      lemma=repel
    an            DET    det       offensive
    offensive     NOUN   dobj      repelled
    .             PUNCT  punct     repelled
    Turkish       ADJ    npadvmod  backed                           [NORP turkey#demonym]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      militants     lemma=back tag=VBN
    militants     NOUN   nsubj     attacked      lemma=militant tag=NNS
    attacked      VERB   ROOT      attacked      lemma=attack
    Kobani        PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     attacked
    """, kb)
    assert not {r for r in events(rels) if r[1] == "SUPPORT"}


def test_a_compound_on_a_noun_with_its_actor_backs_that_actor(kb):
    """"US-backed Philippine offensives": the offensives are the Philippines'."""
    rels = relations("""
    Hamas         PROPN  nsubj     suffered                         [ORG hamas#name]
    suffered      VERB   ROOT      suffered      lemma=suffer
    setbacks      NOUN   dobj      suffered      lemma=setback tag=NNS
    from          ADP    prep      setbacks
    US            PROPN  npadvmod  backed                           [GPE united-states#alias]
    -             PUNCT  punct     backed        tag=HYPH
    backed        VERB   amod      offensives    lemma=back tag=VBN
    Israeli       ADJ    amod      offensives                       [NORP israel#demonym]
    offensives    NOUN   pobj      from          lemma=offensive tag=NNS
    .             PUNCT  punct     suffered
    """, kb)
    assert ("united-states", "SUPPORT", "israel", True) in events(rels)


# -- the participle's noun is the frame's object noun: "the sanctions imposed on Russia by the EU" --

def test_a_participle_on_the_frames_object_noun_takes_its_agent_and_preposition(kb):
    rels = relations("""
    This          PRON   nsubj     is
    is            AUX    ROOT      is            lemma=be
    a             DET    det       response
    response      NOUN   attr      is
    to            ADP    prep      response
    the           DET    det       sanctions
    sanctions     NOUN   pobj      to            lemma=sanction tag=NNS
    imposed       VERB   acl       sanctions     lemma=impose tag=VBN
    on            ADP    prep      imposed
    Russia        PROPN  pobj      on                               [GPE russia#name]
    by            ADP    agent     imposed
    the           DET    det       Union
    European      PROPN  compound  Union                            [ORG
    Union         PROPN  pobj      by                               ]
    .             PUNCT  punct     is
    """, kb)
    assert {(r.subject, r.predicate, r.object, r.rule) for r in rels} == {
        ("european-union", "SANCTION", "russia", "participle.object_noun")}


def test_a_participle_on_another_noun_takes_no_object_noun_frame(kb):
    """"the curfew imposed on Russia by the EU" names no sanction: the frame needs its noun."""
    rels = relations("""
    the           DET    det       curfew
    curfew        NOUN   nsubj     ended
    imposed       VERB   acl       curfew        lemma=impose tag=VBN
    on            ADP    prep      imposed
    Russia        PROPN  pobj      on                               [GPE russia#name]
    by            ADP    agent     imposed
    the           DET    det       Union
    European      PROPN  compound  Union                            [ORG
    Union         PROPN  pobj      by                               ]
    ended         VERB   ROOT      ended         lemma=end
    .             PUNCT  punct     ended
    """, kb)
    assert not [r for r in rels if r.predicate == "SANCTION"]
