"""Tests for :mod:`kg.relations.descriptions`: a title description that stands for a named person
("The U.S. president", "its president, X", "the country's prime minister" before the name)
affiliates the person with the owner it names (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from relation_helpers import affiliations, events, reading, relations, token

from kg.relations.descriptions import person_description


def _described(rels) -> set[tuple]:
    return {(r.subject, r.object, r.role) for r in rels if r.rule == "affiliation.description"}


def test_the_us_president_is_the_president_named_before(kb):
    rels = relations("""
    Biden         PROPN  nsubj     met                              [PERSON joe-biden#alias]
    met           VERB   ROOT      met           lemma=meet
    Netanyahu     PROPN  dobj      met                              [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     met
    The           DET    det       president
    U.S.          PROPN  compound  president                        [GPE united-states#alias]
    president     NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    # Biden is president of the United States in the knowledge base; Netanyahu is no president
    assert _described(rels) == {("joe-biden", "united-states", "president")}


def test_a_title_with_no_owner_affiliates_nobody(kb):
    rels = relations("""
    Biden         PROPN  nsubj     met                              [PERSON joe-biden#alias]
    met           VERB   ROOT      met           lemma=meet
    Macron        PROPN  dobj      met                              [PERSON emmanuel-macron#alias]
    .             PUNCT  punct     met
    The           DET    det       president
    president     NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert _described(rels) == set()


def test_the_countrys_prime_minister_is_named_in_the_next_sentence(kb):
    rels = relations("""
    Gunmen        NOUN   nsubj     attacked      lemma=gunman tag=NNS
    attacked      VERB   ccomp     says          lemma=attack
    Haifa         PROPN  dobj      attacked                         [GPE
    ,             PUNCT  punct     says
    the           DET    det       minister
    Israeli       ADJ    amod      minister                         [NORP israel#demonym]
    prime         ADJ    amod      minister
    minister      NOUN   nsubj     says
    says          VERB   ROOT      says          lemma=say
    .             PUNCT  punct     says
    Netanyahu     PROPN  nsubj     met                              [PERSON benjamin-netanyahu#alias]
    met           VERB   ROOT      met           lemma=meet
    Sisi          PROPN  dobj      met                              [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     met
    """, kb)
    assert ("benjamin-netanyahu", "israel", "prime minister") in _described(rels)
    assert ("benjamin-netanyahu", "israel", "prime minister") in affiliations(rels)


def test_its_president_named_in_apposition(kb):
    rels = relations("""
    Ukraine       PROPN  nsubj     said                             [GPE ukraine#name]
    said          VERB   ROOT      said          lemma=say
    its           PRON   poss      president
    president     NOUN   nsubj     travel
    ,             PUNCT  punct     president
    Volodymyr     PROPN  compound  Zelensky                         [PERSON volodymyr-zelensky#name
    Zelensky      PROPN  appos     president                        ]
    ,             PUNCT  punct     president
    would         AUX    aux       travel
    travel        VERB   ccomp     said
    .             PUNCT  punct     said
    """, kb)
    assert ("volodymyr-zelensky", "ukraine", "president") in _described(rels)


def test_a_conjunct_after_the_title_is_no_holder(kb):
    rels = relations("""
    A             DET    det       strike
    strike        NOUN   nsubj     killed
    killed        VERB   ROOT      killed        lemma=kill
    a             DET    det       commander
    commander     NOUN   dobj      killed
    of            ADP    prep      commander
    Hamas         PROPN  pobj      of                               [ORG hamas#name]
    and           CCONJ  cc        Hamas
    Israeli       ADJ    amod      Minister                         [NORP israel#demonym]
    Prime         PROPN  compound  Minister
    Minister      PROPN  compound  Netanyahu
    Netanyahu     PROPN  appos     commander                        [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     killed
    """, kb)
    assert ("benjamin-netanyahu", "hamas", "commander") not in _described(rels)


def test_the_head_of_a_named_group_is_of_that_group(kb):
    da, ds = reading("""
    Hezbollah     PROPN  nsubj     struck                           [ORG hezbollah#name]
    struck        VERB   ROOT      struck        lemma=strike
    Israel        PROPN  dobj      struck                           [GPE israel#name]
    .             PUNCT  punct     struck
    The           DET    det       head
    head          NOUN   nsubj     spoke         lemma=head
    of            ADP    prep      head
    the           DET    det       group
    Hamas         PROPN  compound  group                            [ORG hamas#name]
    group         NOUN   pobj      of
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    Haniyeh       PROPN  nsubj     left                             [PERSON ismail-haniyeh#alias]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, kb)
    # "the Hamas group" names Hamas ("the group" alone would be the last group subject, Hezbollah)
    assert person_description(token(da, "head"), da, ds) == "ismail-haniyeh"


def test_the_plo_chief_is_its_chairman(kb):
    da, ds = reading("""
    Abbas         PROPN  nsubj     met                              [PERSON mahmoud-abbas#alias]
    met           VERB   ROOT      met           lemma=meet
    Sisi          PROPN  dobj      met                              [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     met
    The           DET    det       chief
    PLO           PROPN  compound  chief                            [ORG palestine-liberation-organization#alias]
    chief         NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    # a group's "chief" is whoever holds its top office (``body_leader_role``: chairman)
    assert person_description(token(da, "chief"), da, ds) == "mahmoud-abbas"


def test_the_head_of_the_palestinian_group_is_the_group_described(kb):
    da, ds = reading("""
    Hamas         PROPN  nsubj     struck                           [ORG hamas#name]
    struck        VERB   ROOT      struck        lemma=strike
    Israel        PROPN  dobj      struck                           [GPE israel#name]
    .             PUNCT  punct     struck
    The           DET    det       head
    head          NOUN   nsubj     visited       lemma=head
    of            ADP    prep      head
    the           DET    det       group
    Palestinian   ADJ    amod      group                            [NORP palestine#demonym]
    group         NOUN   pobj      of
    visited       VERB   ROOT      visited       lemma=visit
    Egypt         PROPN  dobj      visited                          [GPE egypt#name]
    .             PUNCT  punct     visited
    Haniyeh       PROPN  nsubj     left                             [PERSON ismail-haniyeh#alias]
    left          VERB   ROOT      left          lemma=leave
    .             PUNCT  punct     left
    """, kb)
    # a demonym is no name the group is written with: "the Palestinian group" is Hamas, not Palestine
    assert person_description(token(da, "head"), da, ds) == "ismail-haniyeh"


CATAPHORA = """
    Turkish       ADJ    amod      President                        [NORP turkey#demonym]
    President     PROPN  compound  Erdogan
    Erdogan       PROPN  nsubj     received                         [PERSON
    received      VERB   ROOT      received      lemma=receive
    the           DET    det       envoy
    U.N.          PROPN  compound  envoy                            [ORG united-nations#alias]
    envoy         NOUN   dobj      received
    .             PUNCT  punct     received
    Erdogan       PROPN  nsubj     discussed                        [PERSON
    and           CCONJ  cc        Erdogan
    Jane          PROPN  compound  Lute                             [PERSON
    Holl          PROPN  compound  Lute
    Lute          PROPN  conj      Erdogan                          ]
    discussed     VERB   ROOT      discussed     lemma=discuss
    Cyprus        PROPN  dobj      discussed                        [GPE cyprus#name]
    .             PUNCT  punct     discussed
"""


def test_a_title_no_one_holds_is_the_person_introduced_next(kb):
    rels = relations(CATAPHORA, kb)
    assert ("jane-holl-lute", "united-nations", "envoy") in _described(rels)
    assert ("erdogan", "CONSULT", "jane-holl-lute", True) in events(rels)


def test_a_one_word_first_mention_is_no_person_introduced(kb):
    full = """    Jane          PROPN  compound  Lute                             [PERSON
    Holl          PROPN  compound  Lute
    Lute          PROPN  conj      Erdogan                          ]"""
    one = """    Lute          PROPN  conj      Erdogan                          [PERSON]"""
    rels = relations(CATAPHORA.replace(full, one), kb)
    assert _described(rels) == set()



def test_an_indefinite_title_introduces_someone_and_names_no_one(kb):
    """"received an envoy of the U.N. ... Jane Holl Lute": an indefinite description is no anaphor
    or cataphor (not "an Estonian security officer" = the next person named)."""
    the, an = "    the           DET    det       envoy", "    an            DET    det       envoy"
    rels = relations(CATAPHORA.replace(the, an), kb)
    assert _described(rels) == set()
    assert ("erdogan", "CONSULT", "jane-holl-lute", True) not in events(rels)


def test_the_ambassador_of_a_ministry_is_its_states(kb):
    rels = relations("""
    The           DET    det       Ministry
    Israeli       ADJ    amod      Ministry                         [NORP israel#demonym]
    Foreign       PROPN  compound  Ministry
    Ministry      PROPN  nsubj     recalled                         [ORG
    recalled      VERB   ROOT      recalled      lemma=recall
    its           PRON   poss      ambassador
    ambassador    NOUN   dobj      recalled
    ,             PUNCT  punct     ambassador
    Amir          PROPN  compound  Weissbrod                        [PERSON
    Weissbrod     PROPN  appos     ambassador                       ]
    .             PUNCT  punct     recalled
    """, kb)
    assert ("amir-weissbrod", "israel", "ambassador") in _described(rels)


def test_a_news_outlet_is_no_owner_of_a_title(kb):
    rels = relations("""
    Reuters       PROPN  amod      spokesman                        [ORG reuters#name]
    quoted        VERB   amod      spokesman     lemma=quote tag=VBN
    government    NOUN   compound  spokesman
    spokesman     NOUN   compound  Ibrahim
    Mussa         PROPN  compound  Ibrahim                          [PERSON
    Ibrahim       PROPN  dobj      making                           ]
    making        VERB   ROOT      making        lemma=make
    .             PUNCT  punct     making
    """, kb)
    # the parser hung the agency on the title ("Reuters quoted government spokesman X")
    assert not any(r.object == "reuters" for r in rels if r.predicate == "AFFILIATED_WITH")


def test_a_place_description_with_its_own_name_is_that_place(kb):
    """"the country's eastern Diyala province": the phrase names its province, not the last
    region named before."""
    rels = relations("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    the           DET    det       Strip
    Gaza          PROPN  compound  Strip                            [GPE gaza-strip#name
    Strip         PROPN  dobj      struck                           ]
    .             PUNCT  punct     struck
    Egypt         PROPN  nsubj     shelled                          [GPE israel#name]
    shelled       VERB   ROOT      shelled       lemma=shell
    a             DET    det       group
    group         NOUN   dobj      shelled
    of            ADP    prep      group
    Hamas         PROPN  compound  militants                        [ORG hamas#name]
    militants     NOUN   pobj      of            lemma=militant tag=NNS
    in            ADP    prep      group
    the           DET    det       country
    country       NOUN   poss      province
    's            PART   case      country       tag=POS
    southern      ADJ    amod      province
    Darfur        PROPN  compound  province                         [LOC darfur#name]
    province      NOUN   pobj      in
    .             PUNCT  punct     shelled
    """, kb)
    assert "gaza-strip" not in {r.object for r in rels if r.predicate == "ASSAULT" and r.trigger == "shelled"}
    assert "darfur" in {r.object for r in rels if r.predicate == "ASSAULT" and r.trigger == "shelled"}


_HEADLINE = """
    Sudan         PROPN  nsubj     retakes                          [GPE sudan#name]
    retakes       VERB   ROOT      retakes       lemma=retake tag=VBZ
    Nigerian      ADJ    amod      town                             [NORP nigeria#demonym]
    town          NOUN   dobj      retakes
    {stop}
    Troops        NOUN   nsubj     recaptured    lemma=troop tag=NNS
    recaptured    VERB   ROOT      recaptured    lemma=recapture
    Ndalambo      PROPN  dobj      recaptured                       [GPE]
    {second}
    .             PUNCT  punct     recaptured
    """


def _headline_town(kb, stop: str = "", second: str = "") -> set[tuple]:
    rels = relations(_HEADLINE.format(stop=stop, second=second), kb)
    # the headline's event, and where the town lies
    return {(r.subject, r.predicate, r.object) for r in rels if r.start == 0 or r.predicate == "LOCATED_IN"}


def test_a_town_the_headline_does_not_name_is_the_town_of_the_lead(kb):
    """"Sudan retakes Nigerian town" + "Troops recaptured Ndalambo.": Sudan retook Ndalambo,
    which lies in Nigeria (hand-made names)."""
    got = _headline_town(kb)
    assert ("sudan", "ASSAULT", "ndalambo") in got
    assert ("ndalambo", "LOCATED_IN", "nigeria") in got


def test_no_headline_town_when_the_lead_names_two_or_it_is_a_sentence(kb):
    """Two towns in the lead: which one is not known; a first line with a full stop is no headline."""
    two = """and           CCONJ  cc        Ndalambo
    Kwetaro       PROPN  conj      Ndalambo                         [GPE]"""
    towns = {"ndalambo", "kwetaro"}
    assert not any(o in towns for _, p, o in _headline_town(kb, second=two) if p == "ASSAULT")
    stop = ".             PUNCT  punct     retakes"
    assert not any(o in towns for _, p, o in _headline_town(kb, stop=stop) if p == "ASSAULT")


def test_a_title_said_of_a_relative_pronoun_is_its_antecedents(kb):
    """"Smith, who is the Israeli leader, said": the title is Smith's, not that of Netanyahu,
    whom the knowledge base makes Israel's leader."""
    rels = relations("""
    Biden         PROPN  nsubj     met                              [PERSON joe-biden#alias]
    met           VERB   ROOT      met           lemma=meet
    Netanyahu     PROPN  dobj      met                              [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     met
    John          PROPN  compound  Smith                            [PERSON
    Smith         PROPN  nsubj     said                             ]
    ,             PUNCT  punct     Smith
    who           PRON   nsubj     is            tag=WP
    is            AUX    relcl     Smith         lemma=be tag=VBZ
    the           DET    det       leader
    Israeli       ADJ    amod      leader                           [NORP israel#demonym]
    leader        NOUN   attr      is
    ,             PUNCT  punct     Smith
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert _described(rels) == {("john-smith", "israel", "leader")}




LEAD = """
    The           DET    det       EU
    EU            PROPN  nsubj     sanctioned                       [ORG european-union#alias]
    sanctioned    VERB   ROOT      sanctioned    lemma=sanction
    Belarus       PROPN  dobj      sanctioned                       [GPE belarus#name]
    after         SCONJ  mark      ordered
    the           DET    det       president
    Belarusian    ADJ    amod      president                        [NORP belarus#demonym]
    president     NOUN   nsubj     ordered
    ordered       VERB   advcl     sanctioned    lemma=order
    a             DET    det       diversion
    diversion     NOUN   dobj      ordered
    .             PUNCT  punct     sanctioned
"""
FILLER = """
    Ryanair       PROPN  nsubj     protested                        [ORG ryanair#name]
    protested     VERB   ROOT      protested     lemma=protest
    .             PUNCT  punct     protested
"""
ACTIVIST = """
    The           DET    det       EU@2
    EU            PROPN  nsubj     called                           [ORG european-union#alias]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    the           DET    det       release
    release       NOUN   pobj      for
    of            ADP    prep      release
    Raman         PROPN  compound  Pratasevich                      [PERSON
    Pratasevich   PROPN  pobj      of                               ]
    ,             PUNCT  punct     Pratasevich
    the           DET    det       activist
    activist      NOUN   appos     Pratasevich
    .             PUNCT  punct     called
"""
HOLDER = """
    Britain       PROPN  nsubj     objected                         [GPE united-kingdom#alias]
    objected      VERB   ROOT      objected      lemma=object
    .             PUNCT  punct     objected
    Belarusian    ADJ    amod      President                        [NORP belarus#demonym]
    President     PROPN  compound  Lukashenko
    Alexander     PROPN  compound  Lukashenko                       [PERSON alexander-lukashenko#name
    Lukashenko    PROPN  nsubj     deployed                         ]
    deployed      VERB   ROOT      deployed      lemma=deploy
    a             DET    det       jet
    jet           NOUN   dobj      deployed
    .             PUNCT  punct     deployed
"""


def test_a_title_with_its_owner_is_its_holder_named_further_on(kb):
    """"the Belarusian president ordered ... (two sentences) ... Belarusian President Alexander
    Lukashenko": the later holder of that title of that owner, however far on."""
    assert ("alexander-lukashenko", "belarus", "president") in _described(relations(LEAD + FILLER + HOLDER, kb))


def test_a_person_described_otherwise_is_no_unnamed_title_holder(kb):
    """"... the Belarusian president ordered ... the release of Raman Pratasevich, the activist":
    the activist introduced next is not the president; the president named later is."""
    described = _described(relations(LEAD + ACTIVIST + HOLDER, kb))
    assert not any(s == "raman-pratasevich" for s, _, _ in described)
    assert ("alexander-lukashenko", "belarus", "president") in described


def test_the_foreign_minister_is_no_prime_minister_named_since(kb):
    """"Foreign Minister Wang Yi met Putin. Prime Minister Li Qiang arrived. The foreign minister said":
    the title words before the noun ("foreign") must be in the holder's title, so not the last minister."""
    da, ds = reading("""
    Foreign       PROPN  compound  Minister
    Minister      PROPN  compound  Yi
    Wang          PROPN  compound  Yi                               [PERSON wang-yi#name
    Yi            PROPN  nsubj     met                              ]
    met           VERB   ROOT      met           lemma=meet
    Putin         PROPN  dobj      met                              [PERSON]
    .             PUNCT  punct     met
    Prime         PROPN  compound  Minister@2
    Minister      PROPN  compound  Qiang
    Li            PROPN  compound  Qiang                            [PERSON
    Qiang         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    .             PUNCT  punct     arrived
    The           DET    det       minister
    foreign       ADJ    amod      minister
    minister      NOUN   nsubj     said
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
    """, kb)
    assert person_description(token(da, "minister"), da, ds) == "wang-yi"


def test_an_appointed_title_is_of_who_appointed_it(kb):
    """"The Taliban-appointed foreign minister met Blinken. Qatar's Foreign Minister Al Thani spoke":
    the title's owner is who appointed it (``appointer_participle``), so not Qatar's minister named next
    (round 10, K10b)."""
    da, ds = reading("""
    The           DET    det       minister
    Taliban       PROPN  npadvmod  appointed                        [ORG taliban#name]
    -             PUNCT  punct     appointed     tag=HYPH
    appointed     VERB   amod      minister      lemma=appoint tag=VBN
    foreign       ADJ    amod      minister
    minister      NOUN   nsubj     met
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#name]
    .             PUNCT  punct     met
    Qatar         PROPN  poss      Thani                            [GPE qatar#name]
    's            PART   case      Qatar
    Foreign       PROPN  compound  Minister
    Minister      PROPN  compound  Thani
    Al            PROPN  compound  Thani                            [PERSON mohammed-bin-abdulrahman-al-thani#alias
    Thani         PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak
    .             PUNCT  punct     spoke
    """, kb)
    assert person_description(token(da, "minister"), da, ds) != "mohammed-bin-abdulrahman-al-thani"
