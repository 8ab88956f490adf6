"""Rule tests for judgements of another side (GUIDELINES, convention 14: blaming, condemning,
calling an act a violation are ACCUSE; praising, lauding, thanking are SUPPORT) that round 9
added: complements joined by "and", a judged presence, blame laid "on" a side, and the verbs of
praise lauded, hailed, applauded, appreciated. See ``tests/relation_helpers.py``."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

JUDGEMENTS = [
    # a naming verb whose second, conjoined complement blames; the presence "of" a side is its act
    pytest.param("""
    Biden         PROPN  nsubj     called                           [PERSON joe-biden#alias]
    called        VERB   ROOT      called        lemma=call tag=VBD
    the           DET    det       presence
    presence      NOUN   dobj      called
    of            ADP    prep      presence
    the           DET    det       ships
    Chinese       ADJ    amod      ships                            [NORP china#demonym]
    ships         NOUN   pobj      of            lemma=ship tag=NNS
    an            DET    det       incident
    unusual       ADJ    amod      incident
    incident      NOUN   oprd      called
    and           CCONJ  cc        incident
    very          ADV    advmod    regrettable
    regrettable   ADJ    conj      incident
    .             PUNCT  punct     called
    """, {("joe-biden", "ACCUSE", "china", True)}, id="called-the-presence-of-xs-ships-regrettable"),
    # a reported clause whose second, conjoined predicate blames
    pytest.param("""
    Lebanon       PROPN  nsubj     said                             [GPE lebanon#name]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       attack
    Israeli       ADJ    amod      attack                           [NORP israel#demonym]
    attack        NOUN   nsubj     was
    was           AUX    ccomp     said          lemma=be tag=VBD
    a             DET    det       precedent
    dangerous     ADJ    amod      precedent
    precedent     NOUN   attr      was
    and           CCONJ  cc        precedent
    a             DET    det       violation
    blatant       ADJ    amod      violation
    violation     NOUN   conj      precedent
    .             PUNCT  punct     said
    """, {("lebanon", "ACCUSE", "israel", True)}, id="said-xs-attack-was-a-precedent-and-a-violation"),
    # no blame in either complement: nothing
    pytest.param("""
    Hamas         PROPN  nsubj     called                           [ORG hamas#name]
    called        VERB   ROOT      called        lemma=call tag=VBD
    the           DET    det       presence
    presence      NOUN   dobj      called
    of            ADP    prep      presence
    the           DET    det       envoys
    Qatari        ADJ    amod      envoys                           [NORP qatar#demonym]
    envoys        NOUN   pobj      of            lemma=envoy tag=NNS
    a             DET    det       sign
    welcome       ADJ    amod      sign
    sign          NOUN   oprd      called
    and           CCONJ  cc        sign
    very          ADV    advmod    important
    important     ADJ    conj      sign
    .             PUNCT  punct     called
    """, set(), id="called-the-presence-of-x-a-sign-and-important"),
    # the blaming complement names the doer when the act named does not
    pytest.param("""
    Hamas         PROPN  nsubj     described                        [ORG hamas#name]
    described     VERB   ROOT      described     lemma=describe tag=VBD
    the           DET    det       attacks
    attacks       NOUN   dobj      described     lemma=attack tag=NNS
    as            ADP    prep      described
    Israeli       ADJ    amod      aggression                       [NORP israel#demonym]
    aggression    NOUN   pobj      as
    .             PUNCT  punct     described
    """, {("hamas", "ACCUSE", "israel", True)}, id="described-the-attacks-as-x-aggression"),
    pytest.param("""
    Hamas         PROPN  nsubj     called                           [ORG hamas#name]
    called        VERB   ROOT      called        lemma=call tag=VBD
    it            PRON   dobj      called
    an            DET    det       act
    act           NOUN   oprd      called
    of            ADP    prep      act
    aggression    NOUN   pobj      of
    by            ADP    prep      act
    Israel        PROPN  pobj      by                               [GPE israel#name]
    .             PUNCT  punct     called
    """, {("hamas", "ACCUSE", "israel", True)}, id="called-it-an-act-of-aggression-by-x"),
    pytest.param("""
    Hamas         PROPN  nsubj     called                           [ORG hamas#name]
    called        VERB   ROOT      called        lemma=call tag=VBD
    the           DET    det       strike
    strike        NOUN   dobj      called
    a             DET    det       violation
    violation     NOUN   oprd      called
    of            ADP    prep      violation
    Lebanese      ADJ    amod      sovereignty                      [NORP lebanon#demonym]
    sovereignty   NOUN   pobj      of
    .             PUNCT  punct     called
    """, set(), id="called-the-strike-a-violation-of-xs-sovereignty"),
    # blame laid "on" a side, in a relative clause whose object is the noun it modifies
    pytest.param("""
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn tag=VBD
    the           DET    det       attacks
    attacks       NOUN   dobj      condemned     lemma=attack tag=NNS
    that          PRON   dobj      blamed
    the           DET    det       U.S.
    U.S.          PROPN  nsubj     blamed                           [GPE united-states#alias]
    has           AUX    aux       blamed        lemma=have tag=VBZ
    blamed        VERB   relcl     attacks       lemma=blame tag=VBN
    on            ADP    prep      blamed
    Iran          PROPN  pobj      on                               [GPE iran#name]
    .             PUNCT  punct     condemned
    """, {("united-states", "ACCUSE", "iran", True)}, id="attacks-that-x-blamed-on-y"),
    pytest.param("""
    the           DET    det       rebels
    Houthi        PROPN  compound  rebels                           [ORG houthis#name]
    rebels        NOUN   nsubj     arrived       lemma=rebel tag=NNS
    arrived       VERB   ROOT      arrived       lemma=arrive tag=VBD
    late          ADV    advmod    arrived
    ,             PUNCT  punct     arrived
    a             DET    det       delay
    delay         NOUN   npadvmod  arrived
    they          PRON   nsubj     blamed                           tag=PRP
    blamed        VERB   relcl     delay         lemma=blame tag=VBD
    on            ADP    prep      blamed
    Riyadh        PROPN  pobj      on                               [GPE saudi-arabia#alias]
    .             PUNCT  punct     arrived
    """, {("houthis", "ACCUSE", "saudi-arabia", True)}, id="a-delay-they-blamed-on-y"),
    # wanted by a side for a deed: that side accuses the one wanted
    pytest.param("""
    Sahiron       PROPN  nsubj     leads                            [PERSON]
    leads         VERB   ROOT      leads         lemma=lead tag=VBZ
    the           DET    det       militants
    militants     NOUN   dobj      leads         lemma=militant tag=NNS
    ,             PUNCT  punct     leads
    a             DET    det       fighter
    fighter       NOUN   appos     Sahiron
    wanted        VERB   acl       fighter       lemma=want tag=VBN
    by            ADP    agent     wanted
    Philippine    ADJ    amod      authorities                      [NORP philippines#demonym]
    authorities   NOUN   pobj      by            lemma=authority tag=NNS
    for           ADP    prep      wanted
    bombings      NOUN   pobj      for           lemma=bombing tag=NNS
    .             PUNCT  punct     leads
    """, {("philippines", "ACCUSE", "sahiron", True)}, id="x-a-fighter-wanted-by-y-for-bombings"),
    pytest.param("""
    Hapilon       PROPN  nsubjpass wanted                           [PERSON]
    is            AUX    auxpass   wanted        lemma=be tag=VBZ
    wanted        VERB   ROOT      wanted        lemma=want tag=VBN
    by            ADP    agent     wanted
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  pobj      by                               ]
    for           ADP    prep      wanted
    kidnappings   NOUN   pobj      for           lemma=kidnapping tag=NNS
    .             PUNCT  punct     wanted
    """, {("united-states", "ACCUSE", "hapilon", True)}, id="x-is-wanted-by-y-for-kidnappings"),
    # wanted for no deed: no accusation ("wanted by his family")
    pytest.param("""
    Hapilon       PROPN  nsubjpass wanted                           [PERSON]
    is            AUX    auxpass   wanted        lemma=be tag=VBZ
    wanted        VERB   ROOT      wanted        lemma=want tag=VBN
    by            ADP    agent     wanted
    the           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  pobj      by                               ]
    as            ADP    prep      wanted
    a             DET    det       partner
    partner       NOUN   pobj      as
    .             PUNCT  punct     wanted
    """, set(), id="x-is-wanted-by-y-as-a-partner"),
    # an act the reported words judge by a blaming adjective: its doer is accused
    pytest.param("""
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    launched      VERB   ccomp     said          lemma=launch tag=VBD
    its           PRON   poss      aggression    tag=PRP$
    illegal       ADJ    amod      aggression
    aggression    NOUN   dobj      launched
    ,             PUNCT  punct     said
    Biden         PROPN  nsubj     said                             [PERSON joe-biden#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    .             PUNCT  punct     said
    """, {("joe-biden", "ACCUSE", "russia", True)}, id="x-launched-its-illegal-aggression-y-said"),
    pytest.param("""
    Biden         PROPN  nsubj     said                             [PERSON joe-biden#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    Washington    PROPN  nsubj     countering                       [GPE united-states#alias]
    is            AUX    aux       countering    lemma=be tag=VBZ
    countering    VERB   ccomp     said          lemma=counter tag=VBG
    malign        ADJ    amod      activity
    Russian       ADJ    amod      activity                         [NORP russia#demonym]
    activity      NOUN   dobj      countering
    .             PUNCT  punct     said
    """, {("joe-biden", "ACCUSE", "russia", True)}, id="said-countering-malign-x-activity"),
    # a blaming noun with its own doer, in reported words; not its "of", not in a denial
    pytest.param("""
    India         PROPN  nsubj     said                             [GPE india#name]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       clash
    clash         NOUN   nsubj     began
    began         VERB   ccomp     said          lemma=begin tag=VBD
    due           ADP    prep      began
    to            ADP    pcomp     due
    encroachment  NOUN   pobj      due
    by            ADP    prep      encroachment
    Chinese       ADJ    amod      forces                           [NORP china#demonym]
    forces        NOUN   pobj      by            lemma=force tag=NNS
    .             PUNCT  punct     said
    """, {("india", "ACCUSE", "china", True)}, id="said-it-began-due-to-encroachment-by-x"),
    pytest.param("""
    Biden         PROPN  nsubj     said                             [PERSON joe-biden#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    the           DET    det       strike
    strike        NOUN   nsubj     was
    was           AUX    ccomp     said          lemma=be tag=VBD
    a             DET    det       breach
    breach        NOUN   attr      was
    of            ADP    prep      breach
    Lebanese      ADJ    amod      sovereignty                      [NORP lebanon#demonym]
    sovereignty   NOUN   pobj      of
    .             PUNCT  punct     said
    """, set(), id="said-the-strike-was-a-breach-of-xs-sovereignty"),
    pytest.param("""
    Biden         PROPN  nsubj     denied                           [PERSON joe-biden#alias]
    denied        VERB   ROOT      denied        lemma=deny tag=VBD
    that          SCONJ  mark      took
    there         PRON   expl      took
    took          VERB   ccomp     denied        lemma=take tag=VBD
    place         NOUN   dobj      took
    any           DET    det       intrusion
    intrusion     NOUN   nsubj     took
    by            ADP    prep      intrusion
    Chinese       ADJ    amod      forces                           [NORP china#demonym]
    forces        NOUN   pobj      by            lemma=force tag=NNS
    .             PUNCT  punct     denied
    """, set(), id="denied-any-intrusion-by-x"),
    # the judged act is the object of its doer's verb
    pytest.param("""
    Zelensky      PROPN  nsubj     said                             [PERSON volodymyr-zelensky#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    Russia        PROPN  nsubj     made                             [GPE russia#name]
    made          VERB   ccomp     said          lemma=make tag=VBD
    unacceptable  ADJ    amod      demands
    demands       NOUN   dobj      made          lemma=demand tag=NNS
    .             PUNCT  punct     said
    """, {("volodymyr-zelensky", "ACCUSE", "russia", True)}, id="said-x-made-unacceptable-demands"),
    # not in reported words, or no judging word: nothing
    pytest.param("""
    Russia        PROPN  nsubj     launched                         [GPE russia#name]
    launched      VERB   ROOT      launched      lemma=launch tag=VBD
    its           PRON   poss      aggression    tag=PRP$
    illegal       ADJ    amod      aggression
    aggression    NOUN   dobj      launched
    .             PUNCT  punct     launched
    """, set(), id="x-launched-its-illegal-aggression-narrated"),
    pytest.param("""
    Biden         PROPN  nsubj     said                             [PERSON joe-biden#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    Washington    PROPN  nsubj     watching                         [GPE united-states#alias]
    is            AUX    aux       watching      lemma=be tag=VBZ
    watching      VERB   ccomp     said          lemma=watch tag=VBG
    new           ADJ    amod      activity
    Russian       ADJ    amod      activity                         [NORP russia#demonym]
    activity      NOUN   dobj      watching
    .             PUNCT  punct     said
    """, set(), id="said-watching-new-x-activity"),
    # accusations traded: each side accuses the other; accusations "about" a side's role
    pytest.param("""
    Armenia       PROPN  nsubj     traded                           [GPE armenia#name]
    traded        VERB   ROOT      traded        lemma=trade tag=VBD
    accusations   NOUN   dobj      traded        lemma=accusation tag=NNS
    with          ADP    prep      traded
    Azerbaijan    PROPN  pobj      with                             [GPE azerbaijan#name]
    .             PUNCT  punct     traded
    """, {("armenia", "ACCUSE", "azerbaijan", True), ("azerbaijan", "ACCUSE", "armenia", True)},
        id="x-traded-accusations-with-y"),
    pytest.param("""
    Armenia       PROPN  nsubj     exchanged                        [GPE armenia#name]
    and           CCONJ  cc        Armenia
    Azerbaijan    PROPN  conj      Armenia                          [GPE azerbaijan#name]
    exchanged     VERB   ROOT      exchanged     lemma=exchange tag=VBD
    blame         NOUN   dobj      exchanged
    .             PUNCT  punct     exchanged
    """, {("armenia", "ACCUSE", "azerbaijan", True), ("azerbaijan", "ACCUSE", "armenia", True)},
        id="x-and-y-exchanged-blame"),
    pytest.param("""
    Biden         PROPN  nsubj     made                             [PERSON joe-biden#alias]
    made          VERB   ROOT      made          lemma=make tag=VBD
    fresh         ADJ    amod      accusations
    accusations   NOUN   dobj      made          lemma=accusation tag=NNS
    about         ADP    prep      accusations
    Syria         PROPN  poss      role                             [GPE syria#name]
    's            PART   case      Syria         tag=POS
    role          NOUN   pobj      about
    .             PUNCT  punct     made
    """, {("joe-biden", "ACCUSE", "syria", True)}, id="x-made-accusations-about-ys-role"),
    # support shown or pledged (verbs_added.tsv frames), solidarity "to" a side
    pytest.param("""
    Biden         PROPN  nsubj     showed                           [PERSON joe-biden#alias]
    showed        VERB   ROOT      showed        lemma=show tag=VBD
    his           PRON   poss      solidarity    tag=PRP$
    solidarity    NOUN   dobj      showed
    to            ADP    prep      solidarity
    Kenya         PROPN  pobj      to                               [GPE kenya#name]
    .             PUNCT  punct     showed
    """, {("joe-biden", "SUPPORT", "kenya", True)}, id="showed-his-solidarity-to-x"),
    pytest.param("""
    Biden         PROPN  nsubj     pledged                          [PERSON joe-biden#alias]
    pledged       VERB   ROOT      pledged       lemma=pledge tag=VBD
    more          ADJ    amod      support
    support       NOUN   dobj      pledged
    for           ADP    prep      support
    Kenya         PROPN  pobj      for                              [GPE kenya#name]
    .             PUNCT  punct     pledged
    """, {("joe-biden", "SUPPORT", "kenya", True)}, id="pledged-more-support-for-x"),
    # a hostile step taken over another side's act accuses its doer
    pytest.param("""
    Egypt         PROPN  nsubj     severed                          [GPE egypt#name]
    severed       VERB   ROOT      severed       lemma=sever tag=VBD
    links         NOUN   dobj      severed       lemma=link tag=NNS
    with          ADP    prep      severed
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    over          ADP    prep      severed
    Iran          PROPN  poss      support                          [GPE iran#name]
    's            PART   case      Iran          tag=POS
    support       NOUN   pobj      over
    for           ADP    prep      support
    Hamas         PROPN  pobj      for                              [ORG hamas#name]
    .             PUNCT  punct     severed
    """, {("egypt", "ACCUSE", "iran", True), ("iran", "SUPPORT", "hamas", True)},
        id="severed-links-with-x-over-ys-support"),
    pytest.param("""
    Egypt         PROPN  nsubj     expelled                         [GPE egypt#name]
    expelled      VERB   ROOT      expelled      lemma=expel tag=VBD
    the           DET    det       ambassador
    Turkish       ADJ    amod      ambassador                       [NORP turkey#demonym]
    ambassador    NOUN   dobj      expelled
    over          ADP    prep      ambassador
    Hamas         PROPN  poss      remarks                          [ORG hamas#name]
    's            PART   case      Hamas         tag=POS
    remarks       NOUN   pobj      over          lemma=remark tag=NNS
    .             PUNCT  punct     expelled
    """, {("egypt", "ACCUSE", "hamas", True)}, id="expelled-the-ambassador-over-ys-remarks"),
    # who imposed the sanctions is not said; a place is no act
    pytest.param("""
    Biden         PROPN  nsubj     lifted                           [PERSON joe-biden#alias]
    lifted        VERB   ROOT      lifted        lemma=lift tag=VBD
    sanctions     NOUN   dobj      lifted        lemma=sanction tag=NNS
    imposed       VERB   acl       sanctions     lemma=impose tag=VBN
    on            ADP    prep      imposed
    Turkey        PROPN  pobj      on                               [GPE turkey#name]
    over          ADP    prep      imposed
    its           PRON   poss      offensive     tag=PRP$
    offensive     NOUN   pobj      over
    .             PUNCT  punct     lifted
    """, set(), id="lifted-sanctions-imposed-on-x-over-its-offensive"),
    pytest.param("""
    Egypt         PROPN  nsubj     expelled                         [GPE egypt#name]
    expelled      VERB   ROOT      expelled      lemma=expel tag=VBD
    the           DET    det       ambassador
    Turkish       ADJ    amod      ambassador                       [NORP turkey#demonym]
    ambassador    NOUN   dobj      expelled
    over          ADP    prep      expelled
    Syria         PROPN  poss      Idlib                            [GPE syria#name]
    's            PART   case      Syria         tag=POS
    Idlib         PROPN  pobj      over                             [GPE]
    .             PUNCT  punct     expelled
    """, set(), id="expelled-the-ambassador-over-a-place"),
    # the verbs of praise: lauded, hailed, applauded, appreciated a side
    pytest.param("""
    Biden         PROPN  nsubj     lauded                           [PERSON joe-biden#alias]
    lauded        VERB   ROOT      lauded        lemma=laud tag=VBD
    Kenya         PROPN  dobj      lauded                           [GPE kenya#name]
    for           ADP    prep      lauded
    its           PRON   poss      contribution  tag=PRP$
    contribution  NOUN   pobj      for
    .             PUNCT  punct     lauded
    """, {("joe-biden", "SUPPORT", "kenya", True)}, id="lauded-x-for-its-contribution"),
    pytest.param("""
    Biden         PROPN  nsubj     hailed                           [PERSON joe-biden#alias]
    hailed        VERB   ROOT      hailed        lemma=hail tag=VBD
    Qatar         PROPN  dobj      hailed                           [GPE qatar#name]
    for           ADP    prep      hailed
    its           PRON   poss      mediation     tag=PRP$
    mediation     NOUN   pobj      for
    .             PUNCT  punct     hailed
    """, {("joe-biden", "SUPPORT", "qatar", True)}, id="hailed-x-for-its-mediation"),
    pytest.param("""
    Abbas         PROPN  nsubj     appreciated                      [PERSON mahmoud-abbas#alias]
    highly        ADV    advmod    appreciated
    appreciated   VERB   ROOT      appreciated   lemma=appreciate tag=VBD
    the           DET    det       role
    Egyptian      ADJ    amod      role                             [NORP egypt#demonym]
    role          NOUN   dobj      appreciated
    .             PUNCT  punct     appreciated
    """, {("mahmoud-abbas", "SUPPORT", "egypt", True)}, id="appreciated-the-x-role"),
    # no praise: "hails from" names a birthplace
    pytest.param("""
    Biden         PROPN  nsubj     hails                            [PERSON joe-biden#alias]
    hails         VERB   ROOT      hails         lemma=hail tag=VBZ
    from          ADP    prep      hails
    Kenya         PROPN  pobj      from                             [GPE kenya#name]
    .             PUNCT  punct     hails
    """, set(), id="hails-from-x"),
]


@pytest.mark.parametrize("spec,expected", JUDGEMENTS)
def test_judgements_of_another_side(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] in ("ACCUSE", "SUPPORT")} == expected


def test_a_judgement_the_reported_words_report_in_turn_is_not_the_speakers(kb):
    """"Biden said Hamas slammed provocative actions by Israel": the judgement is Hamas's."""
    spec = """
    Biden         PROPN  nsubj     said                             [PERSON joe-biden#alias]
    said          VERB   ROOT      said          lemma=say tag=VBD
    Hamas         PROPN  nsubj     slammed                          [ORG hamas#name]
    slammed       VERB   ccomp     said          lemma=slam tag=VBD
    provocative   ADJ    amod      actions
    actions       NOUN   dobj      slammed       lemma=action tag=NNS
    by            ADP    prep      actions
    Israel        PROPN  pobj      by                               [GPE israel#name]
    .             PUNCT  punct     said
    """
    assert not [e for e in events(relations(spec, kb)) if e[0] == "joe-biden"]
