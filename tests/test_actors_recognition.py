"""Rule tests of :mod:`kg.actors.recognition`: candidate spans trimmed, mended and filtered.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import VOCAB, actors
from handparse import hand_doc

from kg.actors.index import DocIndex
from kg.actors.recognition import candidate_spans

# -- a leading "the" and a possessive "'s" -------------------------------------------------
# expected: (id, canonical name)

NORMALISED = [
    pytest.param("""
    The           DET    det       Rooms                            [ORG
    Emergency     PROPN  compound  Rooms
    Response      PROPN  compound  Rooms
    Rooms         PROPN  nsubj     said          tag=NNPS           ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, ("emergency-response-rooms", "Emergency Response Rooms"), id="leading-the"),
    pytest.param("""
    Volunteers    NOUN   nsubj     said          lemma=volunteer tag=NNS
    said          VERB   ROOT      said          lemma=say
    the           DET    det       Rooms                            [ORG
    Emergency     PROPN  compound  Rooms
    Response      PROPN  compound  Rooms
    Rooms         PROPN  poss      kitchens      tag=NNPS
    '             PART   case      Rooms         tag=POS            ]
    kitchens      NOUN   nsubj     closed        lemma=kitchen tag=NNS
    closed        VERB   ccomp     said          lemma=close
    .             PUNCT  punct     said
    """, ("emergency-response-rooms", "Emergency Response Rooms"), id="lower-case-the-and-plural-possessive"),
    pytest.param("""
    Insecurity    PROPN  compound  Insight                          [ORG
    Insight       PROPN  poss      report
    's            PART   case      Insight       tag=POS            ]
    report        NOUN   nsubj     counted
    counted       VERB   ROOT      counted       lemma=count
    attacks       NOUN   dobj      counted       lemma=attack tag=NNS
    .             PUNCT  punct     counted
    """, ("insecurity-insight", "Insecurity Insight"), id="possessive"),
]


@pytest.mark.parametrize("spec,expected", NORMALISED)
def test_the_and_possessive_normalised(kb, spec, expected):
    actor_id, name = expected
    recs = actors(spec, kb)
    assert list(recs) == [actor_id]
    assert recs[actor_id].name == name
    assert not any(f.endswith("'s") for f in recs[actor_id].aliases)


# -- candidate spans: (text, label, kb id, how) of each, in text order ---------------------

CANDIDATES = [
    pytest.param("""
    Houthis       PROPN  nsubj     attacked                         [ORG houthis#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    the           DET    det       Luanda
    tanker        NOUN   compound  Luanda
    Marlin        PROPN  compound  Luanda                           [ORG
    Luanda        PROPN  dobj      attacked                         ]
    .             PUNCT  punct     attacked
    """, [("Houthis", "ORG", "houthis", "name")], id="a-ship-is-no-actor"),
    pytest.param("""
    Aid           NOUN   nsubj     passed
    passed        VERB   ROOT      passed        lemma=pass
    the           DET    det       crossing
    Adre          PROPN  compound  crossing                         [GPE]
    crossing      NOUN   dobj      passed
    .             PUNCT  punct     passed
    """, [("Adre crossing", "LOC", None, "context")], id="a-place-suffix-joins-the-name"),
    pytest.param("""
    the           DET    det       agreements
    Minsk         PROPN  compound  agreements                       [GPE]
    agreements    NOUN   nsubj     failed        lemma=agreement tag=NNS
    failed        VERB   ROOT      failed        lemma=fail
    .             PUNCT  punct     failed
    """, [], id="a-named-accord-is-no-place"),
    pytest.param("""
    Oleksandr     PROPN  compound  Syrskyi                          [ORG]
    Syrskyi       PROPN  nsubj     said                             [GPE]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("Oleksandr Syrskyi", "PERSON", None, "ner")], id="a-name-the-ner-split-is-mended"),
    pytest.param("""
    Abdel         PROPN  compound  Fattah                           [PERSON
    -             PUNCT  punct     Fattah
    Fattah        PROPN  compound  Sisi                             ]
    al            PROPN  compound  Sisi                             [PERSON
    -             PUNCT  punct     Sisi
    Sisi          PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, [("Abdel-Fattah al-Sisi", "PERSON", None, "ner")], id="a-hyphenated-name-split-before-its-article-is-mended"),
    pytest.param("""
    Abdel         PROPN  compound  Fattah                           [PERSON
    -             PUNCT  punct     Fattah
    Fattah        PROPN  compound  Sisi                             ]
    al            PROPN  compound  Sisi                             [PERSON abdel-fattah-el-sisi#alias
    -             PUNCT  punct     Sisi
    Sisi          PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, [("Abdel-Fattah al-Sisi", "PERSON", "abdel-fattah-el-sisi", "alias")], id="given-names-before-a-known-surname-join-it"),
    # given names that are none of a known person's before its surname: a namesake
    pytest.param("""
    Tjani         PROPN  compound  Sissi                            [PERSON
    El            PROPN  compound  Sissi
    -             PUNCT  punct     Sissi                            ]
    Sissi         PROPN  nsubj     spoke                            [PERSON abdel-fattah-el-sisi#alias]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, [("Tjani El-Sissi", "PERSON", None, "ner")], id="other-given-names-before-a-known-surname-a-namesake"),
    # two person spans side by side are one name, whatever the tagger says of a word in it
    pytest.param("""
    Julius        PROPN  compound  Sisiku                           [PERSON
    Sisiku        PROPN  compound  Tabe                             ]
    Ayuk          PROPN  compound  Tabe                             [PERSON
    Tabe          NOUN   nsubj     fled                             ]
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    """, [("Julius Sisiku Ayuk Tabe", "PERSON", None, "ner")], id="two-person-spans-side-by-side"),
    # a hyphenated name the NER cut at its hyphen ("the Indo-" + "Pacific"): one place
    pytest.param("""
    Ships         NOUN   nsubj     sailed        lemma=ship tag=NNS
    sailed        VERB   ROOT      sailed        lemma=sail
    in            ADP    prep      sailed
    the           DET    det       region                           [ORG
    Indo          PROPN  compound  Pacific
    -             PUNCT  punct     Pacific                          ]
    Pacific       PROPN  compound  region                           [LOC]
    region        NOUN   pobj      in
    .             PUNCT  punct     sailed
    """, [("the Indo-Pacific region", "LOC", None, "ner")], id="a-hyphenated-name-cut-at-its-hyphen"),
    # a known person written with one more name the parse chains to it
    pytest.param("""
    Marco         PROPN  compound  Bello                            [PERSON marco-rubio#name
    Rubio         PROPN  compound  Bello                            ]
    Bello         PROPN  nsubj     spoke
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, [("Marco Rubio Bello", "PERSON", "marco-rubio", "name")], id="a-known-person-named-longer"),
    # a known one-word place around a person's name is part of it: "Sabah Ahmad Al-Jaber Al-Sabah"
    pytest.param("""
    Sabah         PROPN  compound  Ahmad                            [LOC sabah#name]
    Ahmad         PROPN  compound  Sabah@2                          [PERSON
    Al            PROPN  compound  Jaber
    -             PUNCT  punct     Jaber
    Jaber         PROPN  compound  Sabah@2
    Al            PROPN  compound  Sabah@2
    -             PUNCT  punct     Sabah@2                          ]
    Sabah         PROPN  nsubj     spoke                            [LOC sabah#name]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, [("Sabah Ahmad Al-Jaber Al-Sabah", "PERSON", None, "ner")], id="a-known-place-word-around-a-persons-name"),
    # a new name ending in a particle runs on into a known place's name: one new place
    pytest.param("""
    Troops        NOUN   nsubj     took          lemma=troop tag=NNS
    took          VERB   ROOT      took          lemma=take
    Mocimboa      PROPN  compound  Praia                            [PERSON
    da            PROPN  compound  Praia                            ]
    Praia         PROPN  dobj      took                             [GPE praia-cv#name]
    .             PUNCT  punct     took
    """, [("Mocimboa da Praia", "GPE", None, "ner")], id="a-name-with-a-particle-before-a-known-place"),
    pytest.param("""
    Aid           NOUN   nsubj     reached
    reached       VERB   ROOT      reached       lemma=reach
    Rafah         PROPN  dobj      reached
    .             PUNCT  punct     reached
    """, [("Rafah", "GPE", None, "ner")], id="a-place-the-ner-missed"),
    pytest.param("""
    Fighting      NOUN   nsubj     spread
    spread        VERB   ROOT      spread
    to            ADP    prep      spread
    the           DET    det       east                             [LOC
    east          NOUN   pobj      to                               ]
    .             PUNCT  punct     spread
    """, [], id="a-direction-is-no-name"),
    pytest.param("""
    Secretary     PROPN  compound  Kerry
    Of            ADP    prep      Secretary
    State         PROPN  pobj      Of                               [ORG]
    John          PROPN  compound  Kerry                            [PERSON john-kerry#name
    Kerry         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("John Kerry", "PERSON", "john-kerry", "name")], id="a-word-of-a-title-is-no-actor"),
    pytest.param("""
    UN            PROPN  compound  Envoy                            [ORG un-envoy#name
    Envoy         PROPN  compound  Griffiths                        ]
    Martin        PROPN  compound  Griffiths                        [PERSON
    Griffiths     PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    rebels        NOUN   dobj      met           lemma=rebel tag=NNS
    .             PUNCT  punct     met
    """, [("UN", "ORG", None, "ner"), ("Martin Griffiths", "PERSON", None, "ner")], id="a-title-after-a-body-is-no-body"),
    pytest.param("""
    A             DET    det       spokesman
    spokesman     NOUN   nsubj     said
    for           ADP    prep      spokesman
    UN            PROPN  compound  General                          [ORG un-secretary-general#name
    Secretary     PROPN  compound  General
    General       PROPN  compound  Annan                            ]
    Kofi          PROPN  compound  Annan                            [PERSON
    Annan         PROPN  pobj      for                              ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [("UN", "ORG", None, "ner"), ("Kofi Annan", "PERSON", None, "ner")], id="a-title-the-ner-took-with-its-body"),
    pytest.param("""
    The           DET    det       Chief                            [ORG
    Army          PROPN  compound  Chief
    Chief         PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, [], id="a-title-alone-is-no-candidate"),
]


@pytest.mark.parametrize("spec,expected", CANDIDATES)
def test_candidate_spans(kb, spec, expected):
    doc = hand_doc(spec, VOCAB)
    found, _ = candidate_spans(doc, DocIndex(doc, doc.text), kb)
    assert [(c.span.text, c.span.label_, c.kb_id, c.how) for c in found] == expected


def test_person_names_written_in_full(kb):
    doc = hand_doc("""
    Ahmed         PROPN  compound  Hassan                           [PERSON
    Hassan        PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Kerry         PROPN  dobj      met                              [PERSON john-kerry#alias]
    .             PUNCT  punct     met
    """, VOCAB)
    _, persons = candidate_spans(doc, DocIndex(doc, doc.text), kb)
    assert persons == [["Ahmed", "Hassan"], ["John", "Kerry"]]


def test_a_bracketed_acronym_is_a_span_of_its_own(kb):
    doc = hand_doc("""
    National      PROPN  compound  Council                          [ORG
    Council       PROPN  nsubj     said
    (             PUNCT  punct     CNSP
    CNSP          PROPN  appos     Council
    )             PUNCT  punct     CNSP                             ]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, VOCAB)
    found, _ = candidate_spans(doc, DocIndex(doc, doc.text), kb)
    assert [c.span.text for c in found] == ["National Council", "CNSP"]


def test_a_known_acronym_written_as_a_word(kb):
    doc = hand_doc("""
    Tchiani       PROPN  nsubj     criticized                       [PERSON]
    criticized    VERB   ROOT      criticized    lemma=criticize
    Ecowas        PROPN  dobj      criticized
    .             PUNCT  punct     criticized
    """, VOCAB)
    found, _ = candidate_spans(doc, DocIndex(doc, doc.text), kb)
    assert [(c.span.text, c.kb_id) for c in found] == [("Tchiani", None), ("Ecowas", "ecowas")]


def test_a_ship_named_in_quotes_after_its_kind_is_no_place(kb):
    from spacy.tokens import Span

    from kg.actors.recognition import names_a_vessel

    doc = hand_doc("""
    missiles      NOUN   nsubj     targeted      lemma=missile tag=NNS
    targeted      VERB   ROOT      targeted      lemma=target
    US            PROPN  compound  destroyer
    destroyer     NOUN   dobj      targeted
    ,             PUNCT  punct     destroyer
    "             PUNCT  punct     Mason
    Mason         PROPN  appos     destroyer
    "             PUNCT  punct     Mason
    .             PUNCT  punct     targeted
    """, VOCAB)
    assert names_a_vessel(Span(doc, 6, 7), kb.lexicon.words_of)
    assert not names_a_vessel(Span(doc, 2, 3), kb.lexicon.words_of)
