"""Rule tests (helper Q4, issue #16) for :mod:`kg.relations.nominal`, a gerund standing as a
noun phrase names an event like a noun ("Fighting between X and Y has killed dozens"), and for
:mod:`kg.relations.clause`, a reciprocal verb relates its plural subject's members ("X and Y
clashed in Z", ``reciprocal_verb``), and for :mod:`kg.relations.mediation`, a mediation noun
on an event noun mediates between that noun's parties ("talks between X and Y under the
auspices of Z")."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

GERUNDS = [
    pytest.param("""
    Fighting      VERB   nsubj     killed        lemma=fight tag=VBG
    between       ADP    prep      Fighting
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    has           AUX    aux       killed        lemma=have tag=VBZ
    killed        VERB   ROOT      killed        lemma=kill tag=VBN
    dozens        NOUN   dobj      killed        lemma=dozen tag=NNS
    .             PUNCT  punct     killed
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="gerund-subject-fighting-between"),
    pytest.param("""
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       fighting
    fighting      VERB   nsubj     continued     lemma=fight tag=VBG
    between       ADP    prep      fighting
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    continued     VERB   ccomp     said          lemma=continue
    .             PUNCT  punct     said
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="gerund-in-reported-clause"),
    # a gerund with an object of its own is a clause, not an event noun: its subject is
    # the clause's (the clause rule reads it), never the pair of a "between"
    pytest.param("""
    Fighting      VERB   csubj     is            lemma=fight tag=VBG
    Hezbollah     PROPN  dobj      Fighting                         [ORG hezbollah#name]
    is            AUX    ROOT      is            lemma=be tag=VBZ
    costly        ADJ    acomp     is
    .             PUNCT  punct     is
    """, set(), id="gerund-with-object-is-a-clause"),
    # a gerund that is no event noun of the lexicon names nothing
    pytest.param("""
    Waiting       VERB   nsubj     ended         lemma=wait tag=VBG
    between       ADP    prep      Waiting
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    ended         VERB   ROOT      ended         lemma=end
    .             PUNCT  punct     ended
    """, set(), id="gerund-not-an-event-noun"),
]


@pytest.mark.parametrize("spec,expected", GERUNDS)
def test_a_gerund_as_event_noun(kb, spec, expected):
    assert events(relations(spec, kb)) == expected



# -- reciprocal verbs: a plural subject fighting itself ("X and Y clashed in Z") ---------------

RECIPROCAL = [
    pytest.param("""
    Israel        PROPN  nsubj     clashed                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    clashed       VERB   ROOT      clashed       lemma=clash tag=VBD
    in            ADP    prep      clashed
    Rafah         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     clashed
    """, {("israel", "ASSAULT", "hamas", True)}, id="clashed-in-a-place-each-other"),
    pytest.param("""
    Israel        PROPN  nsubj     exchanged                        [GPE israel#name]
    and           CCONJ  cc        Israel
    Hezbollah     PROPN  conj      Israel                           [ORG hezbollah#name]
    exchanged     VERB   ROOT      exchanged     lemma=exchange tag=VBD
    fire          NOUN   dobj      exchanged
    .             PUNCT  punct     exchanged
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="exchanged-fire-each-other"),
    pytest.param("""
    Hezbollah     PROPN  nsubj     exchanged                        [ORG hezbollah#name]
    exchanged     VERB   ROOT      exchanged     lemma=exchange tag=VBD
    fire          NOUN   dobj      exchanged
    with          ADP    prep      exchanged
    Israel        PROPN  pobj      with                             [GPE israel#name]
    .             PUNCT  punct     exchanged
    """, {("hezbollah", "ASSAULT", "israel", True)}, id="exchanged-fire-with"),
    # not reciprocal: two states striking a place strike the place, not each other
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    struck        VERB   ROOT      struck        lemma=strike tag=VBD
    in            ADP    prep      struck
    Rafah         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "rafah-ps", True), ("hamas", "ASSAULT", "rafah-ps", True)},
        id="struck-in-a-place-not-reciprocal"),
    # not reciprocal: the subjects fought a foe the text names ("al-Shabab", a name after its article)
    pytest.param("""
    Egypt         PROPN  nsubj     battled                          [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Israel        PROPN  conj      Egypt                            [GPE israel#name]
    battled       VERB   ROOT      battled       lemma=battle tag=VBD
    al            PROPN  compound  Shabab        tag=NNP                  [PERSON
    -             PROPN  punct     Shabab        tag=HYPH
    Shabab        PROPN  dobj      battled       tag=NNP                  ]
    .             PUNCT  punct     battled
    """, {("egypt", "ASSAULT", "al-shabab", True), ("israel", "ASSAULT", "al-shabab", True)},
        id="battled-a-named-foe-not-each-other"),
]


@pytest.mark.parametrize("spec,expected", RECIPROCAL)
def test_a_reciprocal_verb_relates_its_subjects(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- a mediation noun on an event noun mediates between that noun's parties --------------------

WAR = """
    Russia        PROPN  nsubj     attacked                         [GPE russia#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Ukraine       PROPN  dobj      attacked                         [GPE ukraine#name]
    .             PUNCT  punct     attacked
"""


def test_auspices_on_talks_mediate_the_talks_parties_not_the_articles(kb):
    spec = WAR + """
    Talks         NOUN   nsubj     resumed       lemma=talk tag=NNS
    between       ADP    prep      Talks
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    under         ADP    prep      Talks
    the           DET    det       auspices
    auspices      NOUN   pobj      under         lemma=auspex tag=NNS
    of            ADP    prep      auspices
    Egypt         PROPN  pobj      of                               [GPE egypt#name]
    resumed       VERB   ROOT      resumed       lemma=resume
    .             PUNCT  punct     resumed
    """
    assert events(relations(spec, kb)) == {
        ("russia", "ASSAULT", "ukraine", True), ("israel", "CONSULT", "hamas", True),
        ("egypt", "MEDIATE", "israel", True), ("egypt", "MEDIATE", "hamas", True)}
