"""Rule tests (helper C11b, issue #16) for constructions of diplomatic copy kg had not seen:

* :mod:`kg.relations.frames`: "toured Egypt, Angola and the city of Kharkiv" visits the states
  (``tour`` of ``verbs_added.tsv``); a "-" place frame drops only the places among mixed objects;
* :mod:`kg.relations.mutual`: "expelled dozens of each other's diplomats" acts both ways;
* :mod:`kg.relations.subjects`: a first conjunct the parser hung on the subject as a modifier
  ("U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi on Friday held
  talks", :func:`~kg.relations.subjects.hidden_conjuncts`), and an adverbial the parser hung on
  a news outlet's parenthetical report verb ("..., state news agency WAM reported, after having
  protested over ...", :func:`~kg.relations.subjects.parenthetical_report_clause`);
* :mod:`kg.actors.roles`: a capitalised title in apposition ("Alexander Lukashevich, head of
  the Russian delegation, Permanent Representative of Russia").

The parses are the small model's (``tools/freeze_parse.py``), misattachments included where a
rule repairs one: the hidden conjunct and the parenthetical report are such repairs.
"""

from __future__ import annotations

import pytest
from relation_helpers import affiliations, events, relations

TOURED = """
    Lavrov         PROPN  nsubj      came           lemma=Lavrov tag=NNP     [PERSON sergei-lavrov#alias]
    came           VERB   ROOT       came           lemma=come tag=VBD
    to             ADP    prep       came           tag=IN
    Uganda         PROPN  pobj       to             lemma=Uganda tag=NNP     [GPE uganda#name]
    after          ADP    prep       came           tag=IN
    touring        VERB   pcomp      after          lemma=tour tag=VBG
    Egypt          PROPN  dobj       touring        lemma=Egypt tag=NNP      [GPE egypt#name]
    ,              PUNCT  punct      Egypt          tag=,
    Angola         PROPN  conj       Egypt          lemma=Angola tag=NNP     [GPE angola#name]
    and            CCONJ  cc         Angola         tag=CC
    the            DET    det        city           tag=DT
    city           NOUN   conj       Angola         tag=NN
    of             ADP    prep       city           tag=IN
    Kharkiv        PROPN  pobj       of             lemma=Kharkiv tag=NNP    [LOC]
    .              PUNCT  punct      came           tag=.
"""

RECIPROCAL_OWNER = """
    Both           CCONJ  preconj    Russia         tag=CC
    Russia         PROPN  nsubj      expelled       lemma=Russia tag=NNP     [GPE russia#name]
    and            CCONJ  cc         Russia         tag=CC
    the            DET    det        States         tag=DT
    United         PROPN  compound   States         lemma=United tag=NNP     [GPE united-states#name
    States         PROPN  conj       Russia         lemma=States tag=NNP     ]
    have           AUX    aux        expelled       tag=VBP
    expelled       VERB   ROOT       expelled       lemma=expel tag=VBN
    dozens         NOUN   dobj       expelled       lemma=dozen tag=NNS      [CARDINAL]
    of             ADP    prep       dozens         tag=IN
    each           DET    det        other          tag=DT
    other          ADJ    poss       diplomats      tag=JJ
    's             PART   case       other          tag=POS
    diplomats      NOUN   pobj       of             lemma=diplomat tag=NNS
    .              PUNCT  punct      expelled       tag=.
"""

HIDDEN_CONJUNCT = """
    U.S.           PROPN  nmod       Secretary      lemma=U.S. tag=NNP       [GPE united-states#alias]
    Secretary      PROPN  nmod       Tillerson      lemma=Secretary tag=NNP
    of             ADP    prep       Secretary      tag=IN
    State          PROPN  pobj       of             lemma=State tag=NNP      [ORG]
    Rex            PROPN  compound   Tillerson      lemma=Rex tag=NNP        [PERSON rex-tillerson#name
    Tillerson      PROPN  nmod       Yi             lemma=Tillerson tag=NNP  ]
    and            CCONJ  cc         Tillerson      tag=CC
    Chinese        ADJ    amod       Minister       tag=JJ                   [NORP china#demonym]
    Foreign        PROPN  compound   Minister       lemma=Foreign tag=NNP
    Minister       PROPN  conj       Tillerson      lemma=Minister tag=NNP
    Wang           PROPN  compound   Yi             lemma=Wang tag=NNP       [PERSON wang-yi#name
    Yi             PROPN  nsubj      held           lemma=Yi tag=NNP         ]
    on             ADP    prep       held           tag=IN
    Friday         PROPN  pobj       on             lemma=Friday tag=NNP     [DATE]
    held           VERB   ROOT       held           lemma=hold tag=VBD
    talks          NOUN   dobj       held           lemma=talk tag=NNS
    .              PUNCT  punct      held           tag=.
"""

MEDIA_REPORT = """
    The            DET    det        Emirates       tag=DT
    United         PROPN  compound   Emirates       lemma=United tag=NNP     [GPE united-arab-emirates#name
    Arab           PROPN  compound   Emirates       lemma=Arab tag=NNP
    Emirates       PROPN  nsubj      recalled       lemma=Emirates tag=NNPS  ]
    recalled       VERB   ccomp      reported       lemma=recall tag=VBD
    its            PRON   poss       ambassador     tag=PRP$
    ambassador     NOUN   dobj       recalled       tag=NN
    to             ADP    prep       ambassador     tag=IN
    Tehran         PROPN  pobj       to             lemma=Tehran tag=NNP     [GPE iran#capital]
    Thursday       PROPN  npadvmod   reported       lemma=Thursday tag=NNP   [DATE]
    ,              PUNCT  punct      reported       tag=,
    state          NOUN   compound   agency         tag=NN
    news           NOUN   compound   agency         tag=NN
    agency         NOUN   nsubj      reported       tag=NN
    WAM            PROPN  nsubj      reported       lemma=WAM tag=NNP        [ORG emirates-news-agency#alias]
    reported       VERB   ROOT       reported       lemma=report tag=VBD
    ,              PUNCT  punct      reported       tag=,
    after          ADP    prep       reported       tag=IN
    having         AUX    aux        protested      tag=VBG
    protested      VERB   pcomp      after          lemma=protest tag=VBN
    over           ADP    prep       protested      tag=IN
    a              DET    det        visit          tag=DT
    visit          NOUN   pobj       over           tag=NN
    by             ADP    prep       visit          tag=IN
    Iranian        ADJ    amod       President      tag=JJ                   [NORP iran#demonym]
    President      PROPN  compound   Ahmadinejad    lemma=President tag=NNP
    Mahmoud        PROPN  compound   Ahmadinejad    lemma=Mahmoud tag=NNP    [PERSON mahmoud-ahmadinejad#name
    Ahmadinejad    PROPN  pobj       by             lemma=Ahmadinejad tag=NNP ]
    .              PUNCT  punct      reported       tag=.
"""

# the same adverbial on a speaker's report verb is the speaker's: the minister met them
SPEAKER_REPORT = """
    Qatar          PROPN  nsubj      is             lemma=Qatar tag=NNP      [GPE qatar#name]
    is             AUX    ccomp      said           lemma=be tag=VBZ
    welcome        ADJ    acomp      is             tag=JJ
    ,              PUNCT  punct      said           tag=,
    Lavrov         PROPN  nsubj      said           lemma=Lavrov tag=NNP     [PERSON sergey-lavrov#alias]
    said           VERB   ROOT       said           lemma=say tag=VBD
    after          ADP    prep       said           tag=IN
    meeting        VERB   pcomp      after          lemma=meet tag=VBG
    with           ADP    prep       meeting        tag=IN
    Egypt          PROPN  pobj       with           lemma=Egypt tag=NNP      [GPE egypt#name]
    .              PUNCT  punct      said           tag=.
"""

EVENTS = [
    pytest.param(TOURED, {("sergei-lavrov", "CONSULT", "egypt", True), ("sergei-lavrov", "CONSULT", "angola", True)},
                 id="touring-states-not-a-city"),
    pytest.param(RECIPROCAL_OWNER, {("russia", "SANCTION", "united-states", True),
                                    ("united-states", "SANCTION", "russia", True)}, id="each-others-diplomats"),
    pytest.param(HIDDEN_CONJUNCT, {("rex-tillerson", "CONSULT", "wang-yi", True)}, id="first-conjunct-hung-as-nmod"),
    pytest.param(MEDIA_REPORT, {("united-arab-emirates", "SANCTION", "iran", True),
                                ("united-arab-emirates", "ACCUSE", "mahmoud-ahmadinejad", True)},
                 id="adverbial-on-a-media-report-verb"),
    pytest.param(SPEAKER_REPORT, {("sergei-lavrov", "CONSULT", "egypt", True)}, id="adverbial-on-a-speakers-report"),
]


@pytest.mark.parametrize("spec,expected", EVENTS)
def test_diplomatic_constructions(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


APPOSED_TITLE = """
    The            DET    det        decision       tag=DT
    decision       NOUN   nsubj      is             tag=NN
    is             AUX    ccomp      said           lemma=be tag=VBZ
    unacceptable   ADJ    acomp      is             tag=JJ
    ,              PUNCT  punct      said           tag=,
    said           VERB   ROOT       said           lemma=say tag=VBD
    Alexander      PROPN  compound   Lukashevich    lemma=Alexander tag=NNP  [PERSON
    Lukashevich    PROPN  nsubj      said           lemma=Lukashevich tag=NNP ]
    ,              PUNCT  punct      Lukashevich    tag=,
    head           NOUN   appos      Lukashevich    tag=NN
    of             ADP    prep       head           tag=IN
    the            DET    det        delegation     tag=DT
    Russian        ADJ    amod       delegation     tag=JJ                   [NORP russia#demonym]
    delegation     NOUN   pobj       of             tag=NN
    ,              PUNCT  punct      Lukashevich    tag=,
    Permanent      PROPN  compound   Representative lemma=Permanent tag=NNP  [ORG
    Representative PROPN  appos      Lukashevich    lemma=Representative tag=NNP ]
    of             ADP    prep       Representative tag=IN
    Russia         PROPN  pobj       of@2           lemma=Russia tag=NNP     [GPE russia#name]
    .              PUNCT  punct      said           tag=.
"""

CAPITAL_TITLE = """
    According      VERB   prep       ended          lemma=accord tag=VBG
    to             ADP    prep       According      tag=IN
    Samuel         PROPN  compound   Waugh          lemma=Samuel tag=NNP     [PERSON
    Waugh          PROPN  pobj       to             lemma=Waugh tag=NNP      ]
    ,              PUNCT  punct      Waugh          tag=,
    President      PROPN  appos      Waugh          lemma=President tag=NNP
    of             ADP    prep       President      tag=IN
    the            DET    det        Bank           tag=DT                   [ORG
    Export         PROPN  compound   Bank           lemma=Export tag=NNP
    -              PUNCT  punct      Bank           tag=HYPH
    Import         PROPN  compound   Bank           lemma=Import tag=NNP
    Bank           PROPN  pobj       of             lemma=Bank tag=NNP       ]
    ,              PUNCT  punct      ended          tag=,
    the            DET    det        talks          tag=DT
    talks          NOUN   nsubj      ended          lemma=talk tag=NNS
    ended          VERB   ROOT       ended          lemma=end tag=VBD
    .              PUNCT  punct      ended          tag=.
"""

AFFILIATIONS = [
    pytest.param(APPOSED_TITLE, {("alexander-lukashevich", "russia", "permanent representative")},
                 id="second-apposition-with-an-owner"),
    pytest.param(CAPITAL_TITLE, {("samuel-waugh", "export-import-bank", "president")}, id="capitalised-title-of-a-body"),
]


@pytest.mark.parametrize("spec,expected", AFFILIATIONS)
def test_a_capitalised_apposed_title_affiliates(kb, spec, expected):
    assert affiliations(relations(spec, kb)) == expected
