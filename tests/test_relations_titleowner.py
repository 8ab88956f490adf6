"""Rule tests for references to a side by a description (R12): a title's body written as a
description (:mod:`kg.relations.titleowner`), "we"/"they" in what a body's spokesman or rebels say,
"the group" that is no state's army, armed groups named "X rebel coalition", "the alliance" for a
military coalition (see ``tests/relation_helpers.py``). Sentences from real reports, shortened."""

from __future__ import annotations

from relation_helpers import affiliations, events, reading, relations, token

from kg.relations.anaphora import armed_groups
from kg.relations.coreference import description, pronoun_antecedent

# '"We attacked Biltine," said Ali Moussa Izzo, spokesman of the group.'
SPOKESMAN_OF_THE_GROUP = """
The            DET    det        UFDD
UFDD           PROPN  nsubj      fought         [ORG]
fought         VERB   ROOT       fought         lemma=fight
the            DET    det        army
army           NOUN   dobj       fought
.              PUNCT  punct      fought
"              PUNCT  punct      said           tag=``
We             PRON   nsubj      attacked
attacked       VERB   ccomp      said           lemma=attack
Biltine        PROPN  dobj       attacked       [GPE]
,              PUNCT  punct      said
"              PUNCT  punct      said           tag=''
said           VERB   ROOT       said           lemma=say
Ali            PROPN  compound   Izzo           [PERSON
Moussa         PROPN  compound   Izzo
Izzo           PROPN  nsubj      said           ]
,              PUNCT  punct      Izzo
spokesman      NOUN   appos      Izzo
of             ADP    prep       spokesman
the            DET    det        group
group          NOUN   pobj       of
.              PUNCT  punct      said
"""


def test_title_of_a_described_group_affiliates_and_speaks_for_it(kb):
    rels = relations(SPOKESMAN_OF_THE_GROUP, kb)
    assert ("ali-moussa-izzo", "ufdd", "spokesman") in affiliations(rels)
    # his "we" is the group's
    assert ("ufdd", "ASSAULT", "biltine-td", True) in events(rels)


# "Sudanese armed forces attacked their positions. '...,' said Khalil Abd Allah, the political
# leader of the group": the group is not the army named last
LEADER_OF_THE_GROUP_AFTER_AN_ARMY = """
The            DET    det        NMRD
NMRD           PROPN  nsubj      rejected       [ORG]
rejected       VERB   ROOT       rejected       lemma=reject
the            DET    det        ceasefire
ceasefire      NOUN   dobj       rejected
.              PUNCT  punct      rejected
Sudanese       ADJ    amod       forces         [NORP sudan#demonym]
armed          ADJ    amod       forces
forces         NOUN   nsubj      attacked       lemma=force tag=NNS
attacked       VERB   ROOT       attacked       lemma=attack
their          PRON   poss       positions
positions      NOUN   dobj       attacked       lemma=position tag=NNS
.              PUNCT  punct      attacked
"              PUNCT  punct      said           tag=``
We             PRON   nsubj      attacked@2
attacked       VERB   ccomp      said           lemma=attack
Sirba          PROPN  dobj       attacked@2     [GPE]
,              PUNCT  punct      said
"              PUNCT  punct      said           tag=''
said           VERB   ROOT       said           lemma=say
Khalil         PROPN  compound   Allah          [PERSON
Abd            PROPN  compound   Allah
Allah          PROPN  nsubj      said           ]
,              PUNCT  punct      Allah
the            DET    det        leader
political      ADJ    amod       leader
leader         NOUN   appos      Allah
of             ADP    prep       leader
the            DET    det        group
group          NOUN   pobj       of
.              PUNCT  punct      said
"""


def test_the_group_is_no_states_army(kb):
    da, ds = reading(LEADER_OF_THE_GROUP_AFTER_AN_ARMY, kb)
    assert description(token(da, "group"), da, ds) == ["nmrd"]
    rels = relations(LEADER_OF_THE_GROUP_AFTER_AN_ARMY, kb)
    assert ("khalil-abd-allah", "nmrd", "political leader") in affiliations(rels)
    assert ("nmrd", "ASSAULT", "sirba", True) in events(rels)


def test_militants_are_too_unclear_an_owner(kb):
    """"Syed Khaled, a spokesman for the militants": which armed group is left open."""
    rels = relations("""
    Taliban        PROPN  nsubj      attacked       [ORG taliban#name]
    attacked       VERB   ROOT       attacked       lemma=attack
    Kabul          PROPN  dobj       attacked       [GPE kabul-af#name]
    .              PUNCT  punct      attacked
    Syed           PROPN  compound   Khaled         [PERSON
    Khaled         PROPN  nsubj      said           ]
    ,              PUNCT  punct      Khaled
    a              DET    det        spokesman
    spokesman      NOUN   appos      Khaled
    for            ADP    prep       spokesman
    the            DET    det        militants
    militants      NOUN   pobj       for            lemma=militant tag=NNS
    ,              PUNCT  punct      Khaled
    said           VERB   ROOT       said           lemma=say
    talks          NOUN   nsubj      begun          lemma=talk tag=NNS
    had            AUX    aux        begun
    begun          VERB   ccomp      said           lemma=begin tag=VBN
    .              PUNCT  punct      said
    """, kb)
    assert not {a for a in affiliations(rels) if a[0] == "syed-khaled"}


def test_they_of_a_spokesman_from_a_named_group(kb):
    """"A spokesman from the rebel Sudan Liberation Movement told Reuters they had attacked Buram"."""
    rels = relations("""
    A              DET    det        spokesman
    spokesman      NOUN   nsubj      told
    from           ADP    prep       spokesman
    the            DET    det        Movement
    rebel          ADJ    amod       Movement
    Sudan          PROPN  compound   Movement       [ORG
    Liberation     PROPN  compound   Movement
    Movement       PROPN  pobj       from           ]
    told           VERB   ROOT       told           lemma=tell
    Reuters        PROPN  dobj       told           [ORG reuters#name]
    they           PRON   nsubj      attacked
    had            AUX    aux        attacked
    attacked       VERB   ccomp      told           lemma=attack tag=VBN
    Buram          PROPN  dobj       attacked       [GPE]
    .              PUNCT  punct      told
    """, kb)
    assert ("sudan-liberation-movement", "ASSAULT", "buram-sd", True) in events(rels)


def test_rebel_coalition_is_armed_and_speaks_through_representatives(kb):
    """"Representatives of the Seleka rebel coalition say they ...": Seleka is an armed group, and
    the representatives' "they" is Seleka; "Rebels in the Central African Republic say they
    seized Bria" (the sentence's first word tagged as a name) is Seleka too."""
    spec = """
    Seleka         PROPN  nsubj      controls       [ORG]
    controls       VERB   ROOT       controls       lemma=control tag=VBZ
    the            DET    det        north
    north          NOUN   dobj       controls
    .              PUNCT  punct      controls
    Representatives NOUN   nsubj      say            lemma=representative tag=NNS
    of             ADP    prep       Representatives
    the            DET    det        coalition
    Seleka         PROPN  compound   coalition      [ORG]
    rebel          NOUN   compound   coalition
    coalition      NOUN   pobj       of
    say            VERB   ROOT       say            tag=VBP
    they           PRON   nsubj      captured
    captured       VERB   ccomp      say            lemma=capture
    Bambari        PROPN  dobj       captured       [GPE]
    .              PUNCT  punct      say
    Rebels         PROPN  nsubj      say@2          lemma=rebel tag=NNPS
    in             ADP    prep       Rebels
    the            DET    det        Republic
    Central        PROPN  compound   Republic       [GPE central-african-republic#name
    African        PROPN  compound   Republic
    Republic       PROPN  pobj       in             ]
    say            VERB   ROOT       say@2          tag=VBP
    they           PRON   nsubj      seized
    seized         VERB   ccomp      say@2          lemma=seize
    Bria           PROPN  dobj       seized         [GPE]
    .              PUNCT  punct      say@2
    """
    da, _ = reading(spec, kb)
    assert "seleka" in armed_groups(da)
    got = events(relations(spec, kb))
    assert ("seleka", "ASSAULT", "bambari-cf", True) in got
    assert ("seleka", "ASSAULT", "bria-cf", True) in got


def test_the_alliance_is_a_military_coalition(full_kb):
    """"A Saudi-led coalition airstrike ... Al Arabiya TV said the alliance had killed Samad" (the
    knowledge base's coalition is of kind "military coalition", a ``bloc_kind``)."""
    rels = relations("""
    The            DET    det        coalition
    Arab           PROPN  compound   coalition      [ORG saudi-led-coalition#name
    coalition      NOUN   nsubj      struck         ]
    struck         VERB   ROOT       struck         lemma=strike
    Hodeidah       PROPN  dobj       struck         [GPE]
    .              PUNCT  punct      struck
    The            DET    det        alliance
    alliance       NOUN   nsubj      killed
    killed         VERB   ROOT       killed         lemma=kill
    Samad          PROPN  dobj       killed         [PERSON]
    .              PUNCT  punct      killed
    """, full_kb)
    assert ("saudi-led-coalition", "ASSAULT", "samad", True) in events(rels)


def test_a_rebel_group_is_no_unarmed_body(kb):
    """"The government signed the agreement with the main Darfur rebel group": not the Arab
    League, the last group named (a rebel group is an armed one)."""
    rels = relations("""
    The            DET    det        government
    Sudanese       ADJ    amod       government     [NORP sudan#demonym]
    government     NOUN   nsubj      protested
    protested      VERB   ROOT       protested      lemma=protest
    to             ADP    prep       protested
    the            DET    det        League
    Arab           PROPN  compound   League         [ORG arab-league#name
    League         PROPN  pobj       to             ]
    .              PUNCT  punct      protested
    The            DET    det        government@2
    government     NOUN   nsubj      signed
    signed         VERB   ROOT       signed         lemma=sign
    the            DET    det        agreement
    agreement      NOUN   dobj       signed
    with           ADP    prep       signed
    the            DET    det        group
    main           ADJ    amod       group
    Darfur         PROPN  compound   group          [LOC darfur#name]
    rebel          NOUN   compound   group
    group          NOUN   pobj       with
    .              PUNCT  punct      signed
    """, kb)
    assert not {e for e in events(rels) if e[2] == "arab-league" and e[1] == "AGREE"}


def test_strikes_a_side_retaliates_for_are_not_its_own(kb):
    """"Abd Allah said the group was also retaliating for government strikes on their bases in the
    Jabel Moun area": the strikes are the government's, not the group's."""
    rels = relations("""
    Hamas          PROPN  nsubj      attacked       [ORG hamas#name]
    attacked       VERB   ROOT       attacked       lemma=attack
    Sderot         PROPN  dobj       attacked       [GPE]
    .              PUNCT  punct      attacked
    Abd            PROPN  compound   Allah          [PERSON
    Allah          PROPN  nsubj      said           ]
    said           VERB   ROOT       said           lemma=say
    the            DET    det        group
    group          NOUN   nsubj      retaliating
    was            AUX    aux        retaliating    lemma=be
    also           ADV    advmod     retaliating
    retaliating    VERB   ccomp      said           lemma=retaliate tag=VBG
    for            ADP    prep       retaliating
    government     NOUN   compound   strikes
    strikes        NOUN   pobj       for            lemma=strike tag=NNS
    on             ADP    prep       strikes
    their          PRON   poss       bases
    bases          NOUN   pobj       on             lemma=base tag=NNS
    in             ADP    prep       bases
    the            DET    det        area
    Jabel          PROPN  compound   Moun           [GPE
    Moun           PROPN  compound   area           ]
    area           NOUN   pobj       in
    .              PUNCT  punct      said
    """, kb)
    assert not {e for e in events(rels) if e[0] == "hamas" and e[2] != "sderot-il"}


def test_shells_exploding_near_the_subject_of_be_are_not_its_own(kb):
    """"Observers from the OSCE said they were 650 feet away from four shells exploding in Donetsk"."""
    rels = relations("""
    The            DET    det        monitors
    OSCE           PROPN  compound   monitors       [ORG osce#name]
    monitors       NOUN   nsubj      were           lemma=monitor tag=NNS
    were           AUX    ROOT       were           lemma=be tag=VBD
    650            NUM    nummod     feet
    feet           NOUN   npadvmod   away           lemma=foot tag=NNS
    away           ADV    advmod     were
    from           ADP    prep       away
    shells         NOUN   pobj       from           lemma=shell tag=NNS
    exploding      VERB   acl        shells         lemma=explode tag=VBG
    in             ADP    prep       exploding
    Donetsk        PROPN  pobj       in             [GPE donetsk-ua#name]
    .              PUNCT  punct      were
    """, kb)
    assert not {e for e in events(rels) if e[0] == "osce"}


# "... exploited by the Houthis in the media. The coalition has accused them of attempting to cover up"
THEM_AFTER_THE_HOUTHIS = """
Dozens         NOUN   nsubjpass  exploited      lemma=dozen tag=NNS
of             ADP    prep       Dozens
operations     NOUN   pobj       of             lemma=operation tag=NNS
were           AUX    auxpass    exploited      lemma=be tag=VBD
exploited      VERB   ROOT       exploited      lemma=exploit tag=VBN
by             ADP    agent      exploited
the            DET    det        Houthis
Houthis        PROPN  pobj       by             lemma=Houthis tag=NNP    [ORG houthis#name]
.              PUNCT  punct      exploited
The            DET    det        coalition
Saudi          PROPN  compound   coalition      [GPE saudi-arabia#name]
coalition      NOUN   nsubj      accused
has            AUX    aux        accused
accused        VERB   ROOT       accused        lemma=accuse tag=VBN
them           PRON   dobj       accused        lemma=they
of             ADP    prep       accused
lying          VERB   pcomp      of@2           lemma=lie tag=VBG
.              PUNCT  punct      accused
"""


def test_them_outside_reported_speech_is_the_group_named_in_the_plural(kb):
    da, ds = reading(THEM_AFTER_THE_HOUTHIS, kb)
    assert pronoun_antecedent(token(da, "them"), da, ds) == ["houthis"]


def test_them_stays_open_between_two_plural_groups(kb):
    """"... by the Houthis and the Taliban. The coalition has accused them": which is unclear."""
    houthis = "[ORG houthis#name]\n"
    spec = THEM_AFTER_THE_HOUTHIS.replace(houthis, houthis + """
    and            CCONJ  cc         Houthis
    the            DET    det        Maoists
    Maoists        PROPN  conj       Houthis        lemma=Maoists tag=NNPS   [ORG]
    """, 1)
    da, ds = reading(spec, kb)
    assert pronoun_antecedent(token(da, "them"), da, ds) == []


# '"The rebels attacked Baba Amr, which they have entered," the Observatory said'
THEY_AFTER_THE_REBELS_IN_A_QUOTE = """
"              PUNCT  punct      said           tag=``
The            DET    det        rebels
rebels         NOUN   nsubj      attacked       lemma=rebel tag=NNS
attacked       VERB   ccomp      said           lemma=attack
Baba           PROPN  compound   Amr            [GPE
Amr            PROPN  dobj       attacked       ]
,              PUNCT  punct      Amr
which          PRON   dobj       entered        tag=WDT
they           PRON   nsubj      entered
have           AUX    aux        entered
entered        VERB   relcl      Amr            lemma=enter tag=VBN
,              PUNCT  punct      said
"              PUNCT  punct      said           tag=''
the            DET    det        Observatory
Syrian         PROPN  compound   Observatory    [ORG syrian-observatory-for-human-rights#name
Observatory    PROPN  nsubj      said           ]
said           VERB   ROOT       said           lemma=say
.              PUNCT  punct      said
"""


def test_they_with_a_nearer_plural_subject_is_not_the_sayer(full_kb):
    da, ds = reading(THEY_AFTER_THE_REBELS_IN_A_QUOTE, full_kb)
    assert pronoun_antecedent(token(da, "they"), da, ds) == []
    assert not {e for e in events(relations(THEY_AFTER_THE_REBELS_IN_A_QUOTE, full_kb))
                if e[0] == "syrian-observatory-for-human-rights"}


def test_they_of_the_sayers_with_no_nearer_plural(kb):
    """"The Houthis said they attacked Sderot": the Houthis."""
    da, ds = reading("""
    The            DET    det        Houthis
    Houthis        PROPN  nsubj      said           lemma=Houthis tag=NNP    [ORG houthis#name]
    said           VERB   ROOT       said           lemma=say
    they           PRON   nsubj      attacked
    attacked       VERB   ccomp      said           lemma=attack
    Sderot         PROPN  dobj       attacked       [GPE]
    .              PUNCT  punct      said
    """, kb)
    assert pronoun_antecedent(token(da, "they"), da, ds) == ["houthis"]


def test_they_after_two_persons_named_nearer_stays_open(kb):
    """"... to get Kurti and Vucic to come to Brussels but they had refused": not the group named
    in the plural before them."""
    da, ds = reading("""
    The            DET    det        Houthis
    Houthis        PROPN  nsubj      attacked       lemma=Houthis tag=NNP    [ORG houthis#name]
    attacked       VERB   ROOT       attacked       lemma=attack
    ships          NOUN   dobj       attacked       lemma=ship tag=NNS
    .              PUNCT  punct      attacked
    Borrell        PROPN  nsubj      urged          [PERSON
    urged          VERB   ROOT       urged          lemma=urge
    Kurti          PROPN  dobj       urged          [PERSON]
    and            CCONJ  cc         Kurti
    Vucic          PROPN  conj       Kurti          [PERSON]
    to             PART   aux        meet
    meet           VERB   xcomp      urged          tag=VB
    ,              PUNCT  punct      urged
    but            CCONJ  cc         urged
    they           PRON   nsubj      refused
    refused        VERB   conj       urged          lemma=refuse
    .              PUNCT  punct      refused
    """, kb)
    assert pronoun_antecedent(token(da, "they"), da, ds) == []


def test_a_plural_of_an_earlier_report_is_not_nearer(kb):
    """"CAR authorities said government troops later recaptured the town, but the rebels said they
    withdrew": the rebels' own report; the troops stand in another one."""
    da, ds = reading("""
    Hamas          PROPN  nsubj      fought         [ORG hamas#name]
    fought         VERB   ROOT       fought         lemma=fight
    .              PUNCT  punct      fought
    Officials      NOUN   nsubj      said           lemma=official tag=NNS
    said           VERB   ROOT       said           lemma=say
    government     NOUN   compound   troops
    troops         NOUN   nsubj      recaptured     lemma=troop tag=NNS
    recaptured     VERB   ccomp      said           lemma=recapture
    Birao          PROPN  dobj       recaptured     [GPE]
    ,              PUNCT  punct      said
    but            CCONJ  cc         said
    the            DET    det        rebels
    rebels         NOUN   nsubj      said@2         lemma=rebel tag=NNS
    said           VERB   conj       said           lemma=say
    they           PRON   nsubj      withdrew
    withdrew       VERB   ccomp      said@2         lemma=withdraw
    .              PUNCT  punct      said@2
    """, kb)
    assert pronoun_antecedent(token(da, "they"), da, ds) == ["hamas"]


def test_the_kingdom_is_a_description_not_a_name(kb):
    """"Accordingly, the Kingdom has decided to summon its ambassador to Germany": no actor
    "Kingdom" (which then summoned Saudi Arabia); the state described."""
    da, ds = reading("""
    Saudi          PROPN  compound   Arabia         [GPE saudi-arabia#name
    Arabia         PROPN  nsubj      recalled       ]
    recalled       VERB   ROOT       recalled       lemma=recall
    its            PRON   poss       envoy
    envoy          NOUN   dobj       recalled
    .              PUNCT  punct      recalled
    The            DET    det        Kingdom
    Kingdom        PROPN  nsubj      decided        [GPE]
    decided        VERB   ROOT       decided        lemma=decide
    to             PART   aux        summon
    summon         VERB   xcomp      decided        tag=VB
    its            PRON   poss       ambassador
    ambassador     NOUN   dobj       summon
    .              PUNCT  punct      decided
    """, kb)
    assert da.actor_at(token(da, "Kingdom").i) is None
    assert description(token(da, "Kingdom"), da, ds) == ["saudi-arabia"]
