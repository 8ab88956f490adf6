"""Tests for which set a plural description of the parties stands for
(:func:`kg.relations.anaphora.plural_description`, :meth:`kg.relations.discourse.Discourse.sides`,
:meth:`~kg.relations.discourse.Discourse.members`): a conjunct named by its appositive, a
hyphenated pair, mediators that are no side, "the sides" of more than two, titles a "the two
ministers" must hold, and the last pair the text set in relation (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

from dataclasses import replace

from relation_helpers import events, reading, relations, token

from kg.relations.anaphora import is_person, is_side, plural_description

APPOSITIVE = """
    Zelensky      PROPN  nsubj     met                              [PERSON volodymyr-zelensky#alias]
    and           CCONJ  cc        Zelensky
    his           PRON   poss      counterpart
    French        ADJ    amod      counterpart                      [NORP france#demonym]
    counterpart   NOUN   conj      Zelensky
    Macron        PROPN  appos     counterpart                      [PERSON emmanuel-macron#alias]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    The           DET    det       ministers
    two           NUM    nummod    ministers     tag=CD
    ministers     NOUN   nsubj     talked        lemma=minister tag=NNS
    talked        VERB   ROOT      talked        lemma=talk
    .             PUNCT  punct     talked
    The           DET    det       presidents
    two           NUM    nummod    presidents    tag=CD
    presidents    NOUN   nsubj     agreed        lemma=president tag=NNS
    agreed        VERB   ROOT      agreed        lemma=agree
    .             PUNCT  punct     agreed
    """


def test_a_conjunct_named_by_its_appositive_is_a_member(kb):
    # "Zelensky and his French counterpart Emmanuel Macron": the counterpart is Macron, not France
    da, ds = reading(APPOSITIVE, kb)
    assert ds.members(len(da.doc), lambda a: is_person(a, da), 2) == ["volodymyr-zelensky", "emmanuel-macron"]
    assert ("volodymyr-zelensky", "AGREE", "emmanuel-macron", True) in events(relations(APPOSITIVE, kb))


def test_the_two_ministers_hold_a_ministers_title(kb):
    # two presidents are not "the two ministers" (their foreign ministers, unnamed); they are
    # "the two presidents"
    da, ds = reading(APPOSITIVE, kb)
    assert plural_description(token(da, "ministers"), da, ds) == []
    assert plural_description(token(da, "presidents"), da, ds) == ["volodymyr-zelensky", "emmanuel-macron"]


def test_a_hyphenated_pair_names_the_sides(kb):
    spec = """
    The           DET    det       conflict
    Palestinian   ADJ    amod      Israeli                          [NORP palestine#demonym]
    -             PUNCT  punct     Israeli
    Israeli       ADJ    amod      conflict                         [NORP israel#demonym]
    conflict      NOUN   nsubj     escalated
    escalated     VERB   ROOT      escalated     lemma=escalate
    .             PUNCT  punct     escalated
    China         PROPN  nsubj     urged                            [GPE china#name]
    urged         VERB   ROOT      urged         lemma=urge
    both          DET    det       sides
    sides         NOUN   dobj      urged         lemma=side tag=NNS
    to            PART   aux       talk
    talk          VERB   xcomp     urged         tag=VB
    .             PUNCT  punct     urged
    """
    assert {("china", "REQUEST", "palestine", True), ("china", "REQUEST", "israel", True)} <= events(relations(spec, kb))


def test_mediators_are_no_side(kb):
    # "the Egyptian and Qatari mediators said both sides agreed": the sides are Israel and
    # Hamas, between whom the two mediated, not the mediators named together last
    spec = """
    Egypt         PROPN  nsubj     mediated                         [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    mediated      VERB   ROOT      mediated      lemma=mediate
    a             DET    det       truce
    truce         NOUN   dobj      mediated
    between       ADP    prep      truce
    Israel        PROPN  pobj      between                          [GPE israel#name]
    and           CCONJ  cc        Israel
    Hamas         PROPN  conj      Israel                           [ORG hamas#name]
    .             PUNCT  punct     mediated
    The           DET    det       mediators
    Egyptian      ADJ    amod      mediators                        [NORP egypt#demonym]
    and           CCONJ  cc        Egyptian
    Qatari        ADJ    conj      Egyptian                         [NORP qatar#demonym]
    mediators     NOUN   nsubj     said          lemma=mediator tag=NNS
    said          VERB   ROOT      said          lemma=say
    both          DET    det       sides
    sides         NOUN   nsubj     agreed        lemma=side tag=NNS
    agreed        VERB   ccomp     said          lemma=agree
    .             PUNCT  punct     said
    """
    got = events(relations(spec, kb))
    assert ("israel", "AGREE", "hamas", True) in got
    assert ("egypt", "AGREE", "qatar", True) not in got


THREE = """
    Turkey        PROPN  nsubj     held                             [GPE turkey#name]
    ,             PUNCT  punct     Turkey
    Russia        PROPN  conj      Turkey                           [GPE russia#name]
    and           CCONJ  cc        Russia
    Ukraine       PROPN  conj      Russia                           [GPE ukraine#name]
    held          VERB   ROOT      held          lemma=hold
    talks         NOUN   dobj      held          lemma=talk tag=NNS
    .             PUNCT  punct     held
    The           DET    det       sides
    sides         NOUN   nsubj     agreed        lemma=side tag=NNS
    agreed        VERB   ROOT      agreed        lemma=agree
    .             PUNCT  punct     agreed
    Lavrov        PROPN  nsubj     met                              [PERSON sergei-lavrov#alias]
    met           VERB   ROOT      met           lemma=meet
    the           DET    det       leaders
    leaders       NOUN   dobj      met           lemma=leader tag=NNS
    of            ADP    prep      leaders
    the           DET    det       parties
    states        NOUN   compound  parties       lemma=state tag=NNS
    parties       NOUN   pobj      of            lemma=party tag=NNS
    .             PUNCT  punct     met
    """


def test_the_sides_are_all_those_named_together(kb):
    # "the sides" counts no number: the three named together, each pair agreeing
    assert {("turkey", "AGREE", "russia", True), ("turkey", "AGREE", "ukraine", True),
            ("russia", "AGREE", "ukraine", True)} <= events(relations(THREE, kb))


def test_the_states_parties_are_a_term_of_their_own(kb):
    # "the states parties (to a treaty)": no set named before
    da, ds = reading(THREE, kb)
    assert plural_description(token(da, "parties"), da, ds) is None


PAIRED = """
    Blinken       PROPN  nsubj     met                              [PERSON antony-blinken#alias]
    met           VERB   ROOT      met           lemma=meet
    Netanyahu     PROPN  dobj      met                              [PERSON benjamin-netanyahu#alias]
    .             PUNCT  punct     met
    The           DET    det       talks
    talks         NOUN   nsubj     lasted        lemma=talk tag=NNS
    lasted        VERB   ROOT      lasted        lemma=last
    long          ADV    advmod    lasted
    .             PUNCT  punct     lasted
    The           DET    det       leaders
    two           NUM    nummod    leaders       tag=CD
    leaders       NOUN   nsubj     agreed        lemma=leader tag=NNS
    agreed        VERB   ROOT      agreed        lemma=agree
    .             PUNCT  punct     agreed
    """


def test_the_two_leaders_are_the_last_pair_set_in_relation(kb):
    # not named together, nor in the sentence before: the pair that met
    assert ("antony-blinken", "AGREE", "benjamin-netanyahu", True) in events(relations(PAIRED, kb))


def test_the_last_pair_by_the_states_its_members_belong_to(kb):
    # "The Israeli army struck Hamas ... both sides": Israel and Hamas
    from kg.relations.anaphora import paired
    da, ds = reading("""
    The           DET    det       army
    Israeli       ADJ    amod      army                             [ORG israel-defense-forces#alias
    army          NOUN   nsubj     struck                           ]
    struck        VERB   ROOT      struck        lemma=strike
    Hamas         PROPN  dobj      struck                           [ORG hamas#name]
    .             PUNCT  punct     struck
    """, kb)
    ds.party_pairs.append(("israel-defense-forces", "hamas"))
    assert paired(da, ds, lambda a: is_side(a, da)) == ["israel", "hamas"]
    assert paired(da, ds, lambda a: is_side(a, da) and a != "israel") == ["israel-defense-forces", "hamas"]


LEADERS = """
    Israel        PROPN  poss      Minister                         [GPE israel#name]
    's            PART   case      Israel
    Prime         PROPN  compound  Minister
    Minister      PROPN  compound  Netanyahu
    Netanyahu     PROPN  nsubj     met                              [PERSON benjamin-netanyahu#alias]
    and           CCONJ  cc        Netanyahu
    his           PRON   poss      counterpart
    Indian        ADJ    amod      counterpart                      [NORP india#demonym]
    counterpart   NOUN   conj      Netanyahu
    Modi          PROPN  appos     counterpart                      [PERSON narendra-modi#alias]
    met           VERB   ROOT      met           lemma=meet
    .             PUNCT  punct     met
    The           DET    det       sides
    two           NUM    nummod    sides         tag=CD
    sides         NOUN   nsubj     signed        lemma=side tag=NNS
    signed        VERB   ROOT      signed        lemma=sign
    five          NUM    nummod    agreements    tag=CD
    agreements    NOUN   dobj      signed        lemma=agreement tag=NNS
    .             PUNCT  punct     signed
    """


def test_the_two_sides_are_the_states_of_the_two_leaders_named_together(kb):
    # "Israel's Prime Minister Netanyahu and his Indian counterpart Modi met. The two sides
    # signed five agreements": Israel (the text's title) and India (the knowledge base's title)
    assert ("israel", "AGREE", "india", True) in events(relations(LEADERS, kb))


def test_a_person_speaks_for_a_state_of_a_title_not_of_a_coarse_affiliation(kb):
    from kg.relations.anaphora import person_state
    da, _ = reading(LEADERS, kb)
    assert person_state("benjamin-netanyahu", da) == "israel"
    assert person_state("narendra-modi", da) == "india"     # "prime minister" in the knowledge base
    # an imported record's coarse affiliation ("government") names no title of his
    proto = da.protos["narendra-modi"]
    coarse = replace(proto.entry, affiliations=({"actor": "india", "role": "government"},))
    da.protos["narendra-modi"] = replace(proto, entry=coarse)
    assert person_state("narendra-modi", da) == "narendra-modi"


def test_both_of_a_hyphenated_pair_modifying_an_object(kb):
    # "sanctioned a Hezbollah-Iran network": the parser hangs "Hezbollah" on "Iran"
    spec = """
    Washington    PROPN  nsubj     sanctioned                       [GPE united-states#capital]
    sanctioned    VERB   ROOT      sanctioned    lemma=sanction
    a             DET    det       network
    Hezbollah     PROPN  compound  Iran                             [ORG hezbollah#name]
    -             PUNCT  punct     Iran
    Iran          PROPN  compound  network                          [GPE iran#name]
    network       NOUN   dobj      sanctioned
    .             PUNCT  punct     sanctioned
    """
    assert {("united-states", "SANCTION", "hezbollah", True),
            ("united-states", "SANCTION", "iran", True)} <= events(relations(spec, kb))
