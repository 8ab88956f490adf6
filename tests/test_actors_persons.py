"""Rule tests of :mod:`kg.actors.persons`: short forms of persons and honorifics.

Cases are hand-built parses (see ``tests/actor_records.py``)."""

from __future__ import annotations

import pytest
from actor_records import PEOPLE, VOCAB, actors
from spacy.tokens import Doc, Span

from kg.actors.persons import bare_name, with_honorific

# -- short forms: "Kerry" after "John Kerry", "Mr Kerry" -------------------------------------
# expected: (the people of the text, {id: aliases that must be among its aliases})

SHORT_FORMS = [
    pytest.param("""
    John          PROPN  compound  Kerry                            [PERSON john-kerry#name
    Kerry         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     arrived
    Kerry         PROPN  nsubj     met                              [PERSON]
    met           VERB   ROOT      met           lemma=meet
    Sisi          PROPN  dobj      met                              [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     met
    """, ({"john-kerry", "abdel-fattah-el-sisi"}, {"john-kerry": {"John Kerry", "Kerry"}}),
        id="surname-after-full-name"),
    pytest.param("""
    John          PROPN  compound  Kerry                            [PERSON john-kerry#name
    Kerry         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     arrived
    Mr            PROPN  compound  Kerry@2
    Kerry         PROPN  nsubj     met                              [PERSON]
    met           VERB   ROOT      met           lemma=meet
    Sisi          PROPN  dobj      met                              [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     met
    """, ({"john-kerry", "abdel-fattah-el-sisi"}, {"john-kerry": {"John Kerry"}}), id="mr-surname"),
    # the same inside one NER span that holds the honorific
    pytest.param("""
    John          PROPN  compound  Kerry                            [PERSON john-kerry#name
    Kerry         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    Mr            PROPN  compound  Kerry@2                          [PERSON
    Kerry         PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Sisi          PROPN  dobj      met                              [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     met
    """, ({"john-kerry", "abdel-fattah-el-sisi"}, {"john-kerry": {"John Kerry"}}), id="mr-surname-in-span"),
    # a person the knowledge base does not hold
    pytest.param("""
    Kassem        PROPN  compound  Shurrab                          [PERSON
    Shurrab       PROPN  nsubj     fled                             ]
    fled          VERB   ROOT      fled          lemma=flee
    Gaza          PROPN  dobj      fled                             [LOC gaza-strip#alias]
    .             PUNCT  punct     fled
    Shurrab       PROPN  nsubj     said                             [PERSON]
    said          VERB   ROOT      said          lemma=say
    food          NOUN   nsubj     ran
    ran           VERB   ccomp     said          lemma=run
    out           ADP    prt       ran           tag=RP
    .             PUNCT  punct     said
    """, ({"kassem-shurrab"}, {"kassem-shurrab": {"Kassem Shurrab", "Shurrab"}}), id="non-kb-surname"),
    # a given name used alone after a knowledge-base person's full name ("President Isaias")
    pytest.param("""
    Marco         PROPN  compound  Rubio                            [PERSON marco-rubio#name
    Rubio         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    Marco         PROPN  nsubj     spoke                            [PERSON]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, ({"marco-rubio"}, {"marco-rubio": {"Marco Rubio", "Marco"}}), id="given-name-after-a-kb-full-name"),
    # "Al-Ahmed" after "Azzam al-Ahmad": the surname spelt another way by the source
    pytest.param("""
    Azzam         PROPN  compound  Ahmad                            [PERSON
    al            PROPN  compound  Ahmad
    -             PUNCT  punct     Ahmad
    Ahmad         PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Al            PROPN  compound  Ahmed                            [PERSON
    -             PUNCT  punct     Ahmed
    Ahmed         PROPN  nsubj     praised                          ]
    praised       VERB   ROOT      praised       lemma=praise
    Egypt         PROPN  dobj      praised                          [GPE egypt#name]
    .             PUNCT  punct     praised
    """, ({"azzam-al-ahmad"}, {"azzam-al-ahmad": {"Al-Ahmed"}}), id="surname-spelt-another-way"),
    # but "Hassan" is not "Ali Hussein" (two letters differ)
    pytest.param("""
    Ali           PROPN  compound  Hussein                          [PERSON
    Hussein       PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Hassan        PROPN  nsubj     left                             [PERSON]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, ({"ali-hussein", "hassan"}, {}), id="another-surname-is-another-person"),
    # "Mr. al-Douri": a surname written with a lower-case article prefix is still a name
    pytest.param("""
    Izzat         PROPN  compound  Douri                            [PERSON
    al            PROPN  compound  Douri
    -             PUNCT  punct     Douri
    Douri         PROPN  nsubj     fled                             ]
    fled          VERB   ROOT      fled          lemma=flee
    .             PUNCT  punct     fled
    Officials     NOUN   nsubj     blame         lemma=official tag=NNS
    blame         VERB   ROOT      blame         lemma=blame
    Mr.           PROPN  compound  Douri@2
    al            PROPN  compound  Douri@2                          [PERSON
    -             PUNCT  punct     Douri@2
    Douri         PROPN  dobj      blame                            ]
    .             PUNCT  punct     blame
    """, ({"izzat-al-douri"}, {"izzat-al-douri": {"Izzat al-Douri", "Mr. al-Douri"}}),
        id="surname-with-a-lower-case-article"),
]


# two full names end in one surname: the one titled as the short form is, else the one named last
# before it
TWO_LOURENCOS = """
    President     PROPN  compound  Lourenco         lemma=president
    Joao          PROPN  compound  Lourenco                         [PERSON
    Lourenco      PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    First         PROPN  compound  Lady
    Lady          PROPN  compound  Lourenco@2                       [PERSON
    Ana           PROPN  compound  Lourenco@2
    Dias          PROPN  compound  Lourenco@2
    Lourenco      PROPN  nsubj     came                             ]
    came          VERB   ROOT      came          lemma=come
    .             PUNCT  punct     came
    President     PROPN  compound  Lourenco@3       lemma=president
    Lourenco      PROPN  nsubj     met                              [PERSON]
    met           VERB   ROOT      met           lemma=meet
    Ruto          PROPN  dobj      met                              [PERSON]
    .             PUNCT  punct     met
"""
SHORT_FORMS.append(pytest.param(TWO_LOURENCOS, ({"joao-lourenco", "lady-ana-dias-lourenco", "ruto"},
                                                {"joao-lourenco": {"Joao Lourenco", "Lourenco"}}),
                                id="the-titled-namesake"))
SHORT_FORMS.append(pytest.param(TWO_LOURENCOS.replace("President     PROPN  compound  Lourenco@3       lemma=president\n", ""),
                                ({"joao-lourenco", "lady-ana-dias-lourenco", "ruto"},
                                 {"lady-ana-dias-lourenco": {"Lourenco"}}),
                                id="the-namesake-named-last"))


@pytest.mark.parametrize("spec,expected", SHORT_FORMS)
def test_short_forms(kb, spec, expected):
    people, aliases = expected
    recs = actors(spec, kb)
    assert {i for i, a in recs.items() if a.type in PEOPLE} == people
    for actor_id, forms in aliases.items():
        assert forms <= set(recs[actor_id].aliases)


# -- honorifics are no part of the canonical name ----------------------------------------
# expected: (id, canonical name)

HONORIFICS = [
    pytest.param("""
    Sheikh        PROPN  compound  Thani                            [PERSON mohammed-bin-abdulrahman-al-thani#alias
    Mohammed      PROPN  compound  Thani
    bin           PROPN  compound  Thani
    Abdulrahman   PROPN  compound  Thani
    Al            PROPN  compound  Thani
    Thani         PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#alias]
    .             PUNCT  punct     met
    """, ("mohammed-bin-abdulrahman-al-thani", "Mohammed bin Abdulrahman Al Thani"), id="kb-sheikh"),
    pytest.param("""
    Sheikh        PROPN  compound  Khalifa                          [PERSON
    Ahmed         PROPN  compound  Khalifa
    bin           PROPN  compound  Khalifa
    Hamad         PROPN  compound  Khalifa
    Al            PROPN  compound  Khalifa
    Khalifa       PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#alias]
    .             PUNCT  punct     met
    """, ("ahmed-bin-hamad-al-khalifa", "Ahmed bin Hamad Al Khalifa"), id="non-kb-sheikh"),
    pytest.param("""
    Dr            PROPN  compound  Safiya                           [PERSON
    Hussam        PROPN  compound  Safiya
    Abu           PROPN  compound  Safiya
    Safiya        PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       hospital
    hospital      NOUN   nsubjpass raided
    was           AUX    auxpass   raided        lemma=be tag=VBD
    raided        VERB   ccomp     said          lemma=raid tag=VBN
    .             PUNCT  punct     said
    """, ("hussam-abu-safiya", "Hussam Abu Safiya"), id="non-kb-dr"),
    # Burmese "Daw", "U" and "H.E." (His Excellency): honorifics of one language's names
    # (name_honorific), a name word in others, so the import of PETRARCH's people keeps them
    pytest.param("""
    Its           PRON   poss      minister
    foreign       ADJ    amod      minister
    minister      NOUN   nsubj     spoke
    Daw           PROPN  compound  Aung                             [PERSON
    Zin           PROPN  compound  Aung
    Mar           PROPN  compound  Aung
    Aung          PROPN  appos     minister                         ]
    spoke         VERB   ROOT      spoke         lemma=speak
    to            ADP    prep      spoke
    reporters     NOUN   pobj      to            lemma=reporter tag=NNS
    .             PUNCT  punct     spoke
    """, ("zin-mar-aung", "Zin Mar Aung"), id="burmese-daw"),
    pytest.param("""
    leader        NOUN   nsubj     spoke
    U             PROPN  compound  Naing                            [PERSON
    Min           PROPN  compound  Naing
    Ko            PROPN  compound  Naing
    Naing         PROPN  appos     leader                           ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, ("min-ko-naing", "Min Ko Naing"), id="burmese-u"),
    pytest.param("""
    H.E.          PROPN  compound  Xiangdong                        [PERSON
    He            PROPN  compound  Xiangdong
    Xiangdong     PROPN  nsubj     signed                           ]
    signed        VERB   ROOT      signed        lemma=sign
    the           DET    det       agreement
    agreement     NOUN   dobj      signed
    .             PUNCT  punct     signed
    """, ("he-xiangdong", "He Xiangdong"), id="his-excellency"),
]


@pytest.mark.parametrize("spec,expected", HONORIFICS)
def test_honorific_stripped(kb, spec, expected):
    actor_id, name = expected
    recs = actors(spec, kb)
    assert actor_id in recs, sorted(recs)
    assert recs[actor_id].name == name


# -- no false merge ---------------------------------------------------------------------
# expected: every actor id of the text -> the aliases it must have

NO_FALSE_MERGE = [
    pytest.param("""
    Abbas         PROPN  compound  Kamel                            [PERSON abbas-kamel#name
    Kamel         PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Mahmoud       PROPN  compound  Abbas@2                          [PERSON mahmoud-abbas#name
    Abbas         PROPN  dobj      met                              ]
    in            ADP    prep      met
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     met
    Abbas         PROPN  nsubj     said                             [PERSON]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       talks
    talks         NOUN   nsubj     went          lemma=talk tag=NNS
    went          VERB   ccomp     said          lemma=go
    well          ADV    advmod    went
    .             PUNCT  punct     said
    """, {"abbas-kamel": {"Abbas Kamel"}, "mahmoud-abbas": {"Mahmoud Abbas", "Abbas"}, "cairo-eg": {"Cairo"}},
        id="abbas-kamel-vs-mahmoud-abbas"),
    pytest.param("""
    Israel        PROPN  nsubj     seized                           [GPE israel#name]
    seized        VERB   ROOT      seized        lemma=seize
    the           DET    det       crossing
    Rafah         PROPN  compound  crossing                         [LOC rafah-crossing#name
    crossing      NOUN   dobj      seized                           ]
    and           CCONJ  cc        seized
    struck        VERB   conj      seized        lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     seized
    """, {"israel": {"Israel"}, "rafah-crossing": {"Rafah crossing"}, "rafah-ps": {"Rafah"}},
        id="rafah-city-vs-rafah-crossing"),
    pytest.param("""
    Ahmed         PROPN  compound  Hassan                           [PERSON
    Hassan        PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Ahmed         PROPN  compound  Saleh                            [PERSON
    Saleh         PROPN  dobj      met                              ]
    .             PUNCT  punct     met
    Hassan        PROPN  nsubj     said                             [PERSON]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, {"ahmed-hassan": {"Ahmed Hassan", "Hassan"}, "ahmed-saleh": {"Ahmed Saleh"}}, id="shared-first-name"),
]


@pytest.mark.parametrize("spec,expected", NO_FALSE_MERGE)
def test_no_false_merge(kb, spec, expected):
    recs = actors(spec, kb)
    assert set(recs) == set(expected)
    for actor_id, forms in expected.items():
        assert set(recs[actor_id].aliases) == forms


# -- the pure helpers ---------------------------------------------------------------------

HONORIFIC = {"mr", "sheikh", "dr"}


def _doc(words):
    return Doc(VOCAB, words=words)


def test_bare_name_drops_leading_honorifics():
    doc = _doc(["Mr.", "Sheikh", "Tamim", "bin", "Hamad", "said"])
    assert bare_name(Span(doc, 0, 5), HONORIFIC) == "Tamim bin Hamad"
    assert bare_name(Span(doc, 2, 5), HONORIFIC) == "Tamim bin Hamad"
    assert bare_name(Span(doc, 0, 2), HONORIFIC) == ""


def test_with_honorific_takes_the_honorific_before_the_span():
    doc = _doc(["said", "Mr", "Kerry", "and", "Lavrov"])
    assert with_honorific(doc, Span(doc, 2, 3), HONORIFIC).text == "Mr Kerry"
    assert with_honorific(doc, Span(doc, 2, 3), HONORIFIC).label_ == "PERSON"
    lavrov = Span(doc, 4, 5)
    assert with_honorific(doc, lavrov, HONORIFIC) is lavrov


def test_a_known_surname_after_a_namesakes_full_name_is_the_namesakes(kb):
    # "Tjani El-Sissi ... Sissi": not Abdel Fattah el-Sisi, whose alias "Sissi" is
    recs = actors("""
    Tjani         PROPN  compound  Sissi                            [PERSON
    El            PROPN  compound  Sissi
    -             PUNCT  punct     Sissi                            ]
    Sissi         PROPN  nsubj     spoke                            [PERSON abdel-fattah-el-sisi#alias]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Sissi         PROPN  nsubj     left                             [PERSON abdel-fattah-el-sisi#alias]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, kb)
    assert list(recs) == ["tjani-el-sissi"], sorted(recs)
    assert set(recs["tjani-el-sissi"].aliases) == {"Tjani El-Sissi", "Sissi"}


def test_the_second_of_a_known_persons_three_names_alone_is_that_person(kb):
    # "Kiir" after "Salva Kiir Mayardit": the surname before the clan name
    recs = actors("""
    Salva         PROPN  compound  Mayardit                         [PERSON salva-kiir-mayardit#name
    Kiir          PROPN  compound  Mayardit
    Mayardit      PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Kiir          PROPN  nsubj     left                             [PERSON]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, kb)
    assert list(recs) == ["salva-kiir-mayardit"], sorted(recs)
    assert set(recs["salva-kiir-mayardit"].aliases) == {"Salva Kiir Mayardit", "Kiir"}
