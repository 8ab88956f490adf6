"""Tests for misreadings found auditing fresh reports (round 12, Q12: Europe, Russia-Ukraine, the
Middle East, the UN): a state's armed forces the sentence does not name stand for their state as
a party to talks or a mediation against another country's side (:mod:`kg.relations.forcesides`);
a measure "targeting" someone is the measure's event, not an attack (:mod:`kg.relations.measures`);
the activities someone is in charge of are no event (:mod:`kg.relations.offices`); a known body
of a state is the one whose role the written name says (:mod:`kg.actors.knownbodies`); a member of
a group's body and the group are one side (:func:`kg.relations.assemble.own_pairs`); a ship named
after its kind is no actor wherever the report names it (:func:`kg.actors.nonnames.follows_vessel`); a
group's own country named by an adjective beside it is its home, no target (:mod:`kg.relations.homeland`);
what a campaign is "aimed at" is its goal, not asserted (``goal_phrase``, :mod:`kg.relations.modality`)."""

from __future__ import annotations

from relation_helpers import affiliations, document_actors, events, events_modality, reading, relations

from kg.actors.knownbodies import body_of
from kg.relations.forcesides import force_state

# -- a state's forces as an unnamed party of a mediation ---------------------------------

MEDIATOR_AFTER_STRIKE = """
The            DET    det        military       tag=DT
Israeli        ADJ    amod       military       tag=JJ                   [ORG israel-defense-forces#alias
military       NOUN   nsubj      struck         tag=NN                   ]
struck         VERB   ROOT       struck         lemma=strike tag=VBD
Hamas          PROPN  dobj       struck         lemma=Hamas tag=NNP      [ORG hamas#name]
.              PUNCT  punct      struck         tag=.
Egypt          PROPN  nsubj      acted          lemma=Egypt tag=NNP      [GPE egypt#name]
acted          VERB   ROOT       acted          lemma=act tag=VBD
as             ADP    prep       acted          tag=IN
a              DET    det        mediator       tag=DT
mediator       NOUN   pobj       as             tag=NN
between        ADP    prep       mediator       tag=IN
the            DET    det        parties        tag=DT
parties        NOUN   pobj       between        lemma=party tag=NNS
.              PUNCT  punct      acted          tag=.
"""

MEDIATOR_IN_CIVIL_WAR = """
The            DET    det        army           tag=DT
Sudanese       ADJ    amod       army           tag=JJ                   [ORG sudanese-armed-forces#alias
army           NOUN   nsubj      fought         tag=NN                   ]
fought         VERB   ROOT       fought         lemma=fight tag=VBD
the            DET    det        RSF            tag=DT
RSF            PROPN  dobj       fought         lemma=RSF tag=NNP        [ORG rapid-support-forces#alias]
.              PUNCT  punct      fought         tag=.
Egypt          PROPN  nsubj      acted          lemma=Egypt tag=NNP      [GPE egypt#name]
acted          VERB   ROOT       acted          lemma=act tag=VBD
as             ADP    prep       acted          tag=IN
a              DET    det        mediator       tag=DT
mediator       NOUN   pobj       as             tag=NN
between        ADP    prep       mediator       tag=IN
the            DET    det        parties        tag=DT
parties        NOUN   pobj       between        lemma=party tag=NNS
.              PUNCT  punct      acted          tag=.
"""


def test_a_states_forces_met_in_a_clash_mediate_as_the_state(kb):
    # "The Israeli military carried out strikes on Hamas positions ... Egypt and Qatar have long
    # acted as mediators in indirect discussions between the parties": Israel negotiates
    got = {e for e in events(relations(MEDIATOR_AFTER_STRIKE, kb)) if e[1] == "MEDIATE"}
    assert got == {("egypt", "MEDIATE", "israel", True), ("egypt", "MEDIATE", "hamas", True)}


def test_a_civil_wars_army_stays_a_party_of_its_own(full_kb):
    # the RSF is of Sudan too (its country in the gazetteer): the army, not Sudan, is the party;
    # Hamas is of no state of Israel's: the Israeli military's party is Israel
    da, _ = reading(MEDIATOR_IN_CIVIL_WAR, full_kb)
    assert force_state("sudanese-armed-forces", "rapid-support-forces", da) is None
    da, _ = reading(MEDIATOR_AFTER_STRIKE, full_kb)
    assert force_state("israel-defense-forces", "hamas", da) == "israel"
    assert force_state("hamas", "israel-defense-forces", da) is None   # no state's forces


def test_the_forces_named_in_the_sentence_stay(kb):
    # the strike itself keeps the military as its agent: only an unnamed party is replaced
    assert ("israel-defense-forces", "ASSAULT", "hamas", True) in events(relations(MEDIATOR_AFTER_STRIKE, kb))


# -- a measure targeting someone ---------------------------------------------------------

SANCTIONS_TARGETING = """
Britain        PROPN  nsubj      imposed        lemma=Britain tag=NNP    [GPE united-kingdom#alias]
imposed        VERB   ROOT       imposed        lemma=impose tag=VBD
sanctions      NOUN   dobj       imposed        lemma=sanction tag=NNS
targeting      VERB   acl        sanctions      lemma=target tag=VBG
Iran           PROPN  dobj       targeting      lemma=Iran tag=NNP       [GPE iran#name]
.              PUNCT  punct      imposed        tag=.
"""

SANCTIONS_TUESDAY_TARGETING = """
Britain        PROPN  nsubj      announced      lemma=Britain tag=NNP    [GPE united-kingdom#alias]
announced      VERB   ROOT       announced      lemma=announce tag=VBD
new            ADJ    amod       sanctions      tag=JJ
sanctions      NOUN   dobj       announced      lemma=sanction tag=NNS
Tuesday        PROPN  npadvmod   targeting      lemma=Tuesday tag=NNP    [DATE]
targeting      VERB   advcl      announced      lemma=target tag=VBG
Iranian        ADJ    amod       transport      tag=JJ                   [NORP iran#demonym]
air            NOUN   compound   transport      tag=NN
transport      NOUN   dobj       targeting      tag=NN
.              PUNCT  punct      announced      tag=.
"""

STRIKES_TARGETING = """
Israel         PROPN  nsubj      launched       lemma=Israel tag=NNP     [GPE israel#name]
launched       VERB   ROOT       launched       lemma=launch tag=VBD
strikes        NOUN   dobj       launched       lemma=strike tag=NNS
targeting      VERB   acl        strikes        lemma=target tag=VBG
Hezbollah      PROPN  dobj       targeting      lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
.              PUNCT  punct      launched       tag=.
"""


def test_sanctions_targeting_a_state_sanction_it(kb):
    got = events(relations(SANCTIONS_TARGETING, kb))
    assert ("united-kingdom", "SANCTION", "iran", True) in got
    assert not any(e[1] == "ASSAULT" for e in got)


def test_sanctions_a_gerund_targets_after_a_date_sanction_too(kb):
    # the parser hangs "targeting" on "announced" when a date stands between
    got = events(relations(SANCTIONS_TUESDAY_TARGETING, kb))
    assert ("united-kingdom", "SANCTION", "iran", True) in got
    assert not any(e[1] == "ASSAULT" for e in got)


def test_strikes_targeting_a_group_still_strike_it(kb):
    assert ("israel", "ASSAULT", "hezbollah", True) in events(relations(STRIKES_TARGETING, kb))


# -- what someone is in charge of ----------------------------------------------------------

COMMANDED_OPERATIONS = """
Ibrahim        PROPN  nsubjpass  killed         lemma=Ibrahim tag=NNP
,              PUNCT  punct      Ibrahim        tag=,
who            PRON   nsubj      commanded      tag=WP
commanded      VERB   relcl      Ibrahim        lemma=command tag=VBD
Hezbollah      PROPN  compound   operations     lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
operations     NOUN   dobj       commanded      lemma=operation tag=NNS
in             ADP    prep       operations     tag=IN
Tyre           PROPN  pobj       in             lemma=Tyre tag=NNP       [GPE]
,              PUNCT  punct      Ibrahim        tag=,
was            AUX    auxpass    killed         lemma=be tag=VBD
killed         VERB   ROOT       killed         lemma=kill tag=VBN
.              PUNCT  punct      killed         tag=.
"""

HEAD_OF_OPERATIONS = """
The            DET    det        head           tag=DT
head           NOUN   nsubj      said           tag=NN
of             ADP    prep       head           tag=IN
the            DET    det        operations     tag=DT
Hezbollah      PROPN  compound   operations     lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
operations     NOUN   pobj       of             lemma=operation tag=NNS
in             ADP    prep       operations     tag=IN
Tyre           PROPN  pobj       in             lemma=Tyre tag=NNP       [GPE]
said           VERB   ROOT       said           lemma=say tag=VBD
nothing        PRON   dobj       said           tag=NN
.              PUNCT  punct      said           tag=.
"""

OPERATIONS_CARRIED_OUT = """
Hezbollah      PROPN  nsubj      carried        lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
carried        VERB   ROOT       carried        lemma=carry tag=VBD
out            ADP    prt        carried        tag=RP
operations     NOUN   dobj       carried        lemma=operation tag=NNS
in             ADP    prep       carried        tag=IN
Tyre           PROPN  pobj       in             lemma=Tyre tag=NNP       [GPE]
.              PUNCT  punct      carried        tag=.
"""


def test_operations_someone_commanded_are_no_attack(kb):
    assert events(relations(COMMANDED_OPERATIONS, kb)) == set()


def test_the_head_of_operations_names_an_office(kb):
    assert events(relations(HEAD_OF_OPERATIONS, kb)) == set()


def test_operations_carried_out_still_strike(kb):
    assert {e[:2] for e in events(relations(OPERATIONS_CARRIED_OUT, kb))} == {("hezbollah", "ASSAULT")}


# -- a known body is the one of the role written ----------------------------------------

FOREIGN_MINISTRY = """
The            DET    det        ministry       tag=DT
British        ADJ    amod       ministry       tag=JJ                   [NORP united-kingdom#demonym]
foreign        ADJ    amod       ministry       tag=JJ
ministry       NOUN   nsubj      summoned       tag=NN
summoned       VERB   ROOT       summoned       lemma=summon tag=VBD
Iran           PROPN  poss       ambassador     lemma=Iran tag=NNP       [GPE iran#name]
's             PART   case       Iran           tag=POS
ambassador     NOUN   dobj       summoned       tag=NN
.              PUNCT  punct      summoned       tag=.
"""


def test_a_states_body_is_the_one_whose_role_the_name_says(full_kb):
    kb = full_kb
    assert [e.id for e in body_of(kb, "united-kingdom", "ministry", role="foreign ministry")] == ["foreign-office"]
    assert [e.id for e in body_of(kb, "united-kingdom", "ministry", role="defence ministry")] == [
        "ministry-of-defence-of-the-united-kingdom"]


def test_the_british_foreign_ministry_is_not_the_defence_ministry(full_kb):
    got = affiliations(relations(FOREIGN_MINISTRY, full_kb))
    assert any(a[0] == "foreign-office" for a in got), got
    assert not any("defence" in a[0] for a in got), got


# -- a member of a body of a group and the group are one side ---------------------------------

MEMBER_CONFIRMS_OWN_GROUP = """
The            DET    det        delegation     tag=DT
delegation     NOUN   nsubjpass  led            tag=NN
is             AUX    auxpass    led            lemma=be tag=VBZ
led            VERB   ccomp      said           lemma=lead tag=VBN
by             ADP    agent      led            tag=IN
Khalil         PROPN  compound   Hayya          lemma=Khalil tag=NNP     [PERSON khalil-al-hayya#name
al             PROPN  compound   Hayya          tag=NNP
-              PROPN  punct      Hayya          tag=NNP
Hayya          PROPN  pobj       by             lemma=Hayya tag=NNP      ]
,              PUNCT  punct      said           tag=,
said           VERB   ROOT       said           lemma=say tag=VBD
Ezzat          PROPN  compound   Rishq          lemma=Ezzat tag=NNP      [PERSON izzat-al-rishq#alias
al             PROPN  compound   Rishq          tag=NNP
-              PROPN  punct      Rishq          tag=NNP
Rishq          PROPN  nsubj      said           lemma=Rishq tag=NNP      ]
,              PUNCT  punct      Rishq          tag=,
a              DET    det        member         tag=DT
member         NOUN   appos      Rishq          tag=NN
of             ADP    prep       member         tag=IN
the            DET    det        Bureau         tag=DT
Hamas          PROPN  compound   Bureau         lemma=Hamas tag=NNP      [ORG hamas#name]
Political      PROPN  compound   Bureau         lemma=Political tag=NNP
Bureau         PROPN  pobj       of             lemma=Bureau tag=NNP
.              PUNCT  punct      said           tag=.
Al             PROPN  compound   Rishq@2        lemma=Al tag=NNP         [PERSON
-              PUNCT  punct      Rishq@2        tag=HYPH
Rishq          PROPN  nsubj      confirmed      lemma=Rishq tag=NNP      ]
confirmed      VERB   ROOT       confirmed      lemma=confirm tag=VBD
Hamas          PROPN  poss       commitment     lemma=Hamas tag=NNP      [ORG hamas#name]
's             PART   case       Hamas@2        tag=POS
commitment     NOUN   dobj       confirmed      tag=NN
to             ADP    prep       commitment     tag=IN
what           PRON   nsubjpass  agreed         tag=WP
was            AUX    auxpass    agreed         lemma=be tag=VBD
agreed         VERB   pcomp      to             lemma=agree tag=VBN
upon           SCONJ  prep       agreed         tag=IN
on             ADP    prep       agreed         tag=IN
July           PROPN  pobj       on             lemma=July tag=NNP       [DATE
2              NUM    nummod     July           tag=CD                   ]
.              PUNCT  punct      confirmed      tag=.
"""


def test_a_member_of_a_groups_body_does_not_support_the_group(full_kb):
    # "Al-Rishq, a member of the Hamas Political Bureau, confirmed Hamas's commitment": one side
    rels = relations(MEMBER_CONFIRMS_OWN_GROUP, full_kb)
    assert ("hamas-political-bureau", "hamas") in {a[:2] for a in affiliations(rels)}, affiliations(rels)
    assert not any(e[1] == "SUPPORT" for e in events(rels)), events(rels)


# -- a ship named after its kind is that ship everywhere in the report ---------------------------

SHIP_NAMED_AGAIN = """
Helicopters    NOUN   nsubj      responded      lemma=helicopter tag=NNS
responded      VERB   ROOT       responded      lemma=respond tag=VBD
to             ADP    prep       responded      tag=IN
a              DET    det        call           tag=DT
call           NOUN   pobj       to             tag=NN
from           ADP    prep       call           tag=IN
the            DET    det        ship           tag=DT
Singapore      PROPN  npadvmod   flagged        lemma=Singapore tag=NNP  [GPE singapore#capital]
-              PUNCT  punct      flagged        tag=HYPH
flagged        VERB   amod       ship           lemma=flag tag=VBN
ship           NOUN   pobj       from           tag=NN
Maersk         PROPN  compound   Hangzhou       lemma=Maersk tag=NNP     [PERSON
Hangzhou       PROPN  appos      ship           lemma=Hangzhou tag=NNP   ]
.              PUNCT  punct      responded      tag=.
The            DET    det        Houthis        tag=DT
Houthis        PROPN  nsubj      attacked       lemma=Houthis tag=NNP    [ORG houthis#name]
attacked       VERB   ROOT       attacked       lemma=attack tag=VBD
Maersk         PROPN  compound   Hangzhou@2     lemma=Maersk tag=NNP     [PERSON
Hangzhou       PROPN  dobj       attacked       lemma=Hangzhou tag=NNP   ]
again          ADV    advmod     attacked       tag=RB
.              PUNCT  punct      attacked       tag=.
"""

AIRLINE_PLANE = """
They           PRON   nsubj      flew           tag=PRP
flew           VERB   ROOT       flew           lemma=fly tag=VBD
by             ADP    prep       flew           tag=IN
a              DET    det        plane          tag=DT
flag           NOUN   compound   carrier        tag=NN
carrier        NOUN   compound   plane          tag=NN
Garuda         PROPN  compound   plane          lemma=Garuda tag=NNP     [ORG
Indonesia      PROPN  compound   plane          lemma=Indonesia tag=NNP  ]
plane          NOUN   pobj       by             tag=NN
.              PUNCT  punct      flew           tag=.
Garuda         PROPN  nsubj      said           lemma=Garuda tag=NNP     [ORG]
said           VERB   ROOT       said           lemma=say tag=VBD
nothing        PRON   dobj       said           tag=NN
.              PUNCT  punct      said           tag=.
"""


def test_a_ship_named_after_its_kind_is_no_actor_when_named_again(kb):
    # "the Singapore-flagged ship Maersk Hangzhou ... the second Houthi attack on Maersk Hangzhou"
    da = document_actors(SHIP_NAMED_AGAIN, kb)
    assert not any("hangzhou" in a for a in da.protos), sorted(da.protos)
    assert events(relations(SHIP_NAMED_AGAIN, kb)) == set()


def test_an_airline_named_after_carrier_before_a_plane_stays(kb):
    # "a National flag carrier Garuda Indonesia plane": the name modifies "plane", no ship's
    da = document_actors(AIRLINE_PLANE, kb)
    assert any("garuda" in a for a in da.protos), sorted(da.protos)


# -- a group's own country named by an adjective beside it -----------------------------------

YEMENI_HOUTHI_SHIPS = """
America        PROPN  nsubj      attacks        lemma=America tag=NNP    [GPE united-states#alias]
attacks        VERB   ROOT       attacks        lemma=attack tag=VBZ
three          NUM    nummod     ships          tag=CD                   [CARDINAL]
Yemeni         ADJ    amod       ships          tag=JJ                   [NORP yemen#demonym]
Houthi         PROPN  compound   ships          lemma=Houthi tag=NNP     [ORG houthis#alias]
ships          NOUN   dobj       attacks        lemma=ship tag=NNS
in             ADP    prep       ships          tag=IN
the            DET    det        Sea            tag=DT
Red            PROPN  compound   Sea            lemma=Red tag=NNP        [LOC red-sea#name
Sea            PROPN  pobj       in             lemma=Sea tag=NNP        ]
.              PUNCT  punct      attacks        tag=.
"""

SYRIAN_HEZBOLLAH_POSITIONS = """
Israel         PROPN  nsubj      struck         lemma=Israel tag=NNP     [GPE israel#name]
struck         VERB   ROOT       struck         lemma=strike tag=VBD
Syrian         ADJ    amod       positions      tag=JJ                   [NORP syria#demonym]
Hezbollah      PROPN  compound   positions      lemma=Hezbollah tag=NNP  [ORG hezbollah#name]
positions      NOUN   dobj       struck         lemma=position tag=NNS
.              PUNCT  punct      struck         tag=.
"""


def test_the_groups_own_country_beside_it_is_no_target(full_kb):
    # "America Attacks Three Yemeni Houthi Ships": the Houthis' ships, not Yemen's
    assert events(relations(YEMENI_HOUTHI_SHIPS, full_kb)) == {("united-states", "ASSAULT", "houthis", True)}


def test_another_countrys_adjective_beside_a_group_stays(full_kb):
    # Hezbollah is of Lebanon: "Syrian Hezbollah positions" lie in Syria
    got = events(relations(SYRIAN_HEZBOLLAH_POSITIONS, full_kb))
    assert ("israel", "ASSAULT", "syria", True) in got and ("israel", "ASSAULT", "hezbollah", True) in got


# -- what a campaign is aimed at is its goal --------------------------------------------------

CAMPAIGN_AIMED_AT = """
Turkey         PROPN  nsubj      mounted        lemma=Turkey tag=NNP     [GPE turkey#name]
mounted        VERB   ROOT       mounted        lemma=mount tag=VBD
a              DET    det        campaign       tag=DT
campaign       NOUN   dobj       mounted        tag=NN
aimed          VERB   acl        campaign       lemma=aim tag=VBN
at             ADP    prep       aimed          tag=IN
capturing      VERB   pcomp      at             lemma=capture tag=VBG
Afrin          PROPN  dobj       capturing      lemma=Afrin tag=NNP      [GPE]
.              PUNCT  punct      mounted        tag=.
"""


def test_a_capture_a_campaign_is_aimed_at_is_not_asserted(kb):
    # "a campaign aimed at retaking the region": the capture is the campaign's goal
    got = events_modality(relations(CAMPAIGN_AIMED_AT, kb))
    assert {(s, p, m) for s, p, _, _, m in got} == {("turkey", "ASSAULT", "future")}, got
