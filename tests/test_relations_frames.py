"""Tests for :mod:`kg.relations.frames`: the most specific frame wins, and the particles and
prepositions a frame reads (see ``tests/relation_helpers.py``)."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.frames import _frame_parts, match_noun, match_verb, noun_index

# -- frame disambiguation: the most specific frame wins ------------------------------------

FRAMES = [
    # "press ahead with" is no request; the offensive itself is an assault on Rafah
    pytest.param("""
    Israel        PROPN  nsubj     pressed                          [GPE israel#name]
    pressed       VERB   ROOT      pressed       lemma=press
    ahead         ADV    advmod    pressed
    with          ADP    prep      pressed
    its           PRON   poss      offensive     tag=PRP$
    offensive     NOUN   pobj      with
    in            ADP    prep      offensive
    Rafah         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     pressed
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="pressed-ahead-with-no-request"),
    pytest.param("""
    Russia        PROPN  nsubj     pressed                          [GPE russia#name]
    pressed       VERB   ROOT      pressed       lemma=press
    on            ADP    prt       pressed       tag=RP
    with          ADP    prep      pressed
    its           PRON   poss      assault       tag=PRP$
    assault       NOUN   pobj      with
    on            ADP    prep      assault
    Avdiivka      PROPN  pobj      on@2                             [GPE]
    .             PUNCT  punct     pressed
    """, {("russia", "ASSAULT", "avdiyivka-ua", True)}, id="pressed-on-with-no-request"),
    pytest.param("""
    The           DET    det       States
    United        PROPN  compound  States                           [GPE united-states#name
    States        PROPN  nsubj     pressed                          ]
    pressed       VERB   ROOT      pressed       lemma=press
    Hamas         PROPN  dobj      pressed                          [ORG hamas#name]
    to            PART   aux       accept
    accept        VERB   xcomp     pressed       tag=VB
    the           DET    det       deal
    deal          NOUN   dobj      accept
    .             PUNCT  punct     pressed
    """, {("united-states", "REQUEST", "hamas", True)}, id="pressed-hamas-to-request"),
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    on            ADP    prep      called
    Israel        PROPN  pobj      on                               [GPE israel#name]
    to            PART   aux       halt
    halt          VERB   xcomp     called        tag=VB
    the           DET    det       offensive
    offensive     NOUN   dobj      halt
    .             PUNCT  punct     called
    """, {("egypt", "REQUEST", "israel", True)}, id="called-on-request"),
    # "call for" takes the thing asked for: a ceasefire is no actor, and Gaza is only where
    pytest.param("""
    Egypt         PROPN  nsubj     called                           [GPE egypt#name]
    called        VERB   ROOT      called        lemma=call
    for           ADP    prep      called
    a             DET    det       ceasefire
    ceasefire     NOUN   pobj      for
    in            ADP    prep      ceasefire
    Gaza          PROPN  pobj      in                               [LOC gaza-strip#alias]
    .             PUNCT  punct     called
    """, set(), id="called-for-no-party"),
    pytest.param("""
    Armenia       PROPN  nsubj     struck                           [GPE armenia#name]
    struck        VERB   ROOT      struck        lemma=strike
    a             DET    det       deal
    deal          NOUN   dobj      struck
    with          ADP    prep      struck
    Azerbaijan    PROPN  pobj      with                             [GPE azerbaijan#name]
    .             PUNCT  punct     struck
    """, {("armenia", "AGREE", "azerbaijan", True)}, id="struck-a-deal-with-agree"),
    pytest.param("""
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Hezbollah     PROPN  compound  positions                        [ORG hezbollah#name]
    positions     NOUN   dobj      struck        lemma=position tag=NNS
    .             PUNCT  punct     struck
    """, {("israel", "ASSAULT", "hezbollah", True)}, id="struck-positions-assault"),
    # PLOVER REJECT covers refusing to meet; the meeting itself did not happen
    pytest.param("""
    Hamas         PROPN  nsubj     refused                          [ORG hamas#name]
    refused       VERB   ROOT      refused       lemma=refuse
    to            PART   aux       meet
    meet          VERB   xcomp     refused       tag=VB
    Blinken       PROPN  dobj      meet                             [PERSON antony-blinken#alias]
    .             PUNCT  punct     refused
    """, {("hamas", "REJECT", "antony-blinken", True), ("hamas", "CONSULT", "antony-blinken", False)},
        id="refused-to-meet-reject"),
]


@pytest.mark.parametrize("spec,expected", FRAMES)
def test_frame_disambiguation(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the model's attachments the rules repair ------------------------------------------------
# Unlike the tables above, these cases freeze the small model's own parse (checked by
# eye): they test the repairs of its typical mistakes, not what a correct parse gives.

REPAIRS = [
    # "out of" parsed as a chain of two prepositions
    pytest.param("""
    Israel        PROPN  nsubj     pulls                            [GPE israel#name]
    pulls         VERB   ROOT      pulls         lemma=pull tag=VBZ
    troops        NOUN   dobj      pulls         lemma=troop tag=NNS
    out           ADP    prep      pulls
    of            ADP    prep      out
    Lebanon       PROPN  pobj      of                               [GPE lebanon#name]
    .             PUNCT  punct     pulls
    """, {("israel", "RETREAT", "lebanon", True)}, id="pulls-out-of-chained"),
    # "with X and with Y": the second preposition is the first one's conjunct
    pytest.param("""
    Marco         PROPN  compound  Rubio                            [PERSON marco-rubio#name
    Rubio         PROPN  nsubj     spoke                            ]
    spoke         VERB   ROOT      spoke         lemma=speak tag=VBD
    with          ADP    prep      spoke
    Modi          PROPN  pobj      with                             [PERSON narendra-modi#alias]
    and           CCONJ  cc        with
    with          ADP    conj      with
    Asim          PROPN  compound  Munir                            [PERSON asim-munir#name
    Munir         PROPN  pobj      with@2                           ]
    .             PUNCT  punct     spoke
    """, {("marco-rubio", "CONSULT", "narendra-modi", True), ("marco-rubio", "CONSULT", "asim-munir", True)},
        id="coordinated-prepositions"),
]


@pytest.mark.parametrize("spec,expected", REPAIRS)
def test_parser_repairs(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- the functions, one by one --------------------------------------------------------------

PRESSED = """
    Israel        PROPN  nsubj     pressed                          [GPE israel#name]
    pressed       VERB   ROOT      pressed       lemma=press
    on            ADP    prt       pressed       tag=RP
    with          ADP    prep      pressed
    its           PRON   poss      assault       tag=PRP$
    assault       NOUN   pobj      with
    on            ADP    prep      assault
    Rafah         PROPN  pobj      on@2                             [GPE]
    .             PUNCT  punct     pressed
    Egypt         PROPN  nsubj     pressed@2                        [GPE egypt#name]
    pressed       VERB   ROOT      pressed@2     lemma=press
    Hamas         PROPN  dobj      pressed@2                        [ORG hamas#name]
    to            PART   aux       accept
    accept        VERB   xcomp     pressed@2     tag=VB
    .             PUNCT  punct     pressed@2
    """


def test_the_most_specific_verb_frame_wins(kb):
    da, ds = reading(PRESSED, kb)
    verbs = kb.lexicon.verbs["press"]
    frame, objects = match_verb(token(da, "pressed", 1), verbs, da, ds)
    assert frame.text == "press on" and frame.predicate is None and objects == []
    frame, objects = match_verb(token(da, "pressed", 2), verbs, da, ds)
    assert (frame.text, frame.predicate, objects) == ("press", "REQUEST", ["hamas"])


def test_a_verbs_frames_are_split_into_function_word_and_noun_parts_once(kb):
    lex = kb.lexicon
    fw = lex.function_words
    frames = lex.verbs["press"]
    rows = _frame_parts(frames, fw)
    assert [f for f, _, _ in rows] == list(frames)                      # in the order they are tried
    for f, noun_frame, parts in rows:
        assert noun_frame == any(not p <= fw for p in f.parts)
        assert parts == tuple((p <= fw, p) for p in f.parts)
    assert _frame_parts(frames, fw) is rows                             # remembered per tuple of frames
    copy = tuple(frames)[:-1]
    assert [f for f, _, _ in _frame_parts(copy, fw)] == list(copy)     # another tuple: its own rows
    assert [r[1:] for r in _frame_parts(frames, frozenset())] == [
        (bool(f.parts), tuple((False, p) for p in f.parts)) for f in frames]   # another word list


def test_noun_frames_by_their_head_noun(kb):
    index = noun_index(kb.lexicon)
    assert any(f.text.startswith("rocket fire") for f in index["fire"])
    assert "rocket" not in index or not any(f.text.startswith("rocket fire") for f in index["rocket"])
    assert noun_index(kb.lexicon) is index   # built once per lexicon


def test_a_noun_frame_and_its_object(kb):
    da, ds = reading(PRESSED, kb)
    assault = token(da, "assault")
    frame, objects = match_noun(assault, noun_index(kb.lexicon)["assault"], da, ds)
    assert frame.predicate == "ASSAULT" and objects == ["rafah-ps"]


# -- voices: a frame that stands only with an object's to-infinitive, or with people -------

VOICES = [
    # "warn X to V" is a request of X; "warn of" a threat
    pytest.param("""
    Blinken       PROPN  nsubj     warned                           [PERSON antony-blinken#alias]
    warned        VERB   ROOT      warned        lemma=warn
    Israel        PROPN  dobj      warned                           [GPE israel#name]
    to            PART   aux       halt
    halt          VERB   xcomp     warned        tag=VB
    the           DET    det       offensive
    offensive     NOUN   dobj      halt
    .             PUNCT  punct     warned
    """, {("antony-blinken", "REQUEST", "israel", True)}, id="warned-x-to-v-request"),
    pytest.param("""
    Blinken       PROPN  nsubj     warned                           [PERSON antony-blinken#alias]
    warned        VERB   ROOT      warned        lemma=warn
    of            ADP    prep      warned
    attacks       NOUN   pobj      of            lemma=attack tag=NNS
    on            ADP    prep      attacks
    Israel        PROPN  pobj      on                               [GPE israel#name]
    .             PUNCT  punct     warned
    """, {("antony-blinken", "THREATEN", "israel", True)}, id="warned-of-threat"),
    # the people told to leave are the request's object, not the place they leave
    pytest.param("""
    Israel        PROPN  nsubj     told                             [GPE israel#name]
    told          VERB   ROOT      told          lemma=tell
    civilians     NOUN   dobj      told          lemma=civilian tag=NNS
    to            PART   aux       leave
    leave         VERB   xcomp     told          tag=VB
    Rafah         PROPN  dobj      leave                            [GPE]
    .             PUNCT  punct     told
    """, {("israel", "COERCE", "rafah-ps", True)}, id="told-civilians-to-leave-no-request"),
    # capturing people coerces their side; capturing a town assaults it
    pytest.param("""
    Hezbollah     PROPN  nsubj     captured                         [ORG hezbollah#name]
    captured      VERB   ROOT      captured      lemma=capture
    two           NUM    nummod    soldiers
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   dobj      captured      lemma=soldier tag=NNS
    .             PUNCT  punct     captured
    """, {("hezbollah", "COERCE", "israel", True)}, id="captured-soldiers-coerce"),
    pytest.param("""
    The           DET    det       RSF
    RSF           PROPN  nsubj     captured                         [ORG rapid-support-forces#alias]
    captured      VERB   ROOT      captured      lemma=capture
    El            PROPN  compound  Fasher                           [GPE
    Fasher        PROPN  dobj      captured                         ]
    .             PUNCT  punct     captured
    """, {("rapid-support-forces", "ASSAULT", "el-fasher-sd", True)}, id="captured-town-assault"),
]


@pytest.mark.parametrize("spec,expected", VOICES)
def test_frame_voices(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# a negated frame: "does not recognise X" asserts a rejection; "recognised X" is support
@pytest.mark.parametrize("neg,expected", [(True, {("israel", "REJECT", "palestine", True)}),
                                          (False, {("israel", "SUPPORT", "palestine", True)})])
def test_a_negated_frame(kb, neg, expected):
    spec = """
    Israel        PROPN  nsubj     recognise                        [GPE israel#name]
    does          AUX    aux       recognise     lemma=do
    not           PART   neg       recognise     tag=RB
    recognise     VERB   ROOT      recognise     tag=VB
    Palestine     PROPN  dobj      recognise                        [GPE palestine#name]
    .             PUNCT  punct     recognise
    """
    if not neg:
        spec = spec.replace("    not           PART   neg       recognise     tag=RB\n", "")
    assert events(relations(spec, kb)) == expected


# -- Q4: a "-" place frame holds only with a place object -------------------------------------
# Visiting a city that is only a place names no party (realnews convention 13); visiting a
# state is a consultation; taking a town stays an assault.

VISITS = [
    pytest.param("""
    Blinken       PROPN  nsubj     visited                          [PERSON antony-blinken#alias]
    visited       VERB   ROOT      visited       lemma=visit
    Rafah         PROPN  dobj      visited                          [GPE]
    .             PUNCT  punct     visited
    """, set(), id="visited-a-city-no-consult"),
    pytest.param("""
    Blinken       PROPN  nsubj     visited                          [PERSON antony-blinken#alias]
    visited       VERB   ROOT      visited       lemma=visit
    Egypt         PROPN  dobj      visited                          [GPE egypt#name]
    .             PUNCT  punct     visited
    """, {("antony-blinken", "CONSULT", "egypt", True)}, id="visited-a-state-consult"),
    pytest.param("""
    Israel        PROPN  nsubj     took                             [GPE israel#name]
    took          VERB   ROOT      took          lemma=take
    Rafah         PROPN  dobj      took                             [GPE]
    .             PUNCT  punct     took
    """, {("israel", "ASSAULT", "rafah-ps", True)}, id="took-a-town-assault"),
]


@pytest.mark.parametrize("spec,expected", VISITS)
def test_place_frames_of_no_relation(kb, spec, expected):
    assert events(relations(spec, kb)) == expected


# -- Q4: the preposition of a relational object noun is the noun's ------------------------------

DISCUSSED = """
    Egypt         PROPN  nsubj     discussed                        [GPE egypt#name]
    discussed     VERB   ROOT      discussed     lemma=discuss
    the           DET    det       dispute
    dispute       NOUN   dobj      discussed
    with          ADP    prep      dispute
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     discussed
    """


@pytest.mark.parametrize("noun,expected", [("dispute", set()),   # Qatar is in the dispute, not the talks
                                           ("matter", {("egypt", "CONSULT", "qatar", True)})])
def test_a_relational_nouns_preposition_is_its_own(kb, noun, expected):
    assert events(relations(DISCUSSED.replace("dispute", noun), kb)) == expected


def test_a_frame_that_names_the_noun_keeps_its_preposition(kb):
    spec = """
    Egypt         PROPN  nsubj     cut                              [GPE egypt#name]
    cut           VERB   ROOT      cut           lemma=cut
    ties          NOUN   dobj      cut           lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     cut
    """
    assert events(relations(spec, kb)) == {("egypt", "SANCTION", "qatar", True)}


# -- a frame read from a PETRARCH dictionary: its object is the first actor of the verb's phrase --

def _with_frames(kb, *frames):
    """``kb`` with these verb frames added (each lemma's frames replaced)."""
    from dataclasses import replace
    verbs = dict(kb.lexicon.verbs)
    for f in frames:
        verbs[f.lemma] = tuple(x for x in verbs.get(f.lemma, ()) if x.text != f.text) + (f,)
    return replace(kb, lexicon=replace(kb.lexicon, verbs=verbs))


def _frame(text, predicate, nested=True):
    from kg.ontology import Frame
    words = text.split()
    return Frame(words[0], tuple(frozenset({w}) for w in words[1:]), None, predicate, "064", text, nested_object=nested)


RESTORED = """
    Egypt         PROPN  nsubj     restored                         [GPE egypt#name]
    restored      VERB   ROOT      restored      lemma=restore
    diplomatic    ADJ    amod      ties
    ties          NOUN   dobj      restored      lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     restored
    """


@pytest.mark.parametrize("nested,expected", [(True, {("egypt", "COOPERATE", "qatar", True)}), (False, set())])
def test_a_nested_object_frame_finds_the_actor_in_its_objects_phrase(kb, nested, expected):
    assert events(relations(RESTORED, _with_frames(kb, _frame("restore tie", "COOPERATE", nested)))) == expected


def test_a_nested_object_frame_looks_through_nested_phrases_and_the_verbs_own(kb):
    welcomed = """
    Egypt         PROPN  nsubj     welcomed                         [GPE egypt#name]
    welcomed      VERB   ROOT      welcomed      lemma=welcome
    the           DET    det       resumption
    resumption    NOUN   dobj      welcomed
    of            ADP    prep      resumption
    ties          NOUN   pobj      of            lemma=tie tag=NNS
    with          ADP    prep      ties
    Qatar         PROPN  pobj      with                             [GPE qatar#name]
    .             PUNCT  punct     welcomed
    """
    assert events(relations(welcomed, _with_frames(kb, _frame("welcome", "CONSULT")))) == {
        ("egypt", "CONSULT", "qatar", True)}
    acted = """
    Egypt         PROPN  nsubj     acted                            [GPE egypt#name]
    acted         VERB   ROOT      acted         lemma=act
    on            ADP    prep      acted
    a             DET    det       resolution
    resolution    NOUN   pobj      on
    with          ADP    prep      resolution
    Qatar         PROPN  pobj      with@1                           [GPE qatar#name]
    .             PUNCT  punct     acted
    """
    # the frame's noun stands as the object of the verb's preposition ("acted on a resolution")
    assert events(relations(acted, _with_frames(kb, _frame("act on resolution", "REQUEST")))) == {
        ("egypt", "REQUEST", "qatar", True)}
    assert events(relations(acted, _with_frames(kb, _frame("act on resolution", "REQUEST", False)))) == set()


# -- pre-verb words (a PETRARCH pattern "% HAVE *": "[have] delay") ----------------------------------

DELAYED = """
    Egypt         PROPN  nsubj     delayed                          [GPE egypt#name]
    and           CCONJ  cc        Egypt
    Qatar         PROPN  conj      Egypt                            [GPE qatar#name]
    {aux}
    delayed       VERB   ROOT      delayed       lemma=delay
    their         PRON   poss      meeting       tag=PRP$
    meeting       NOUN   dobj      delayed
    .             PUNCT  punct     delayed
    """


@pytest.mark.parametrize("aux, expected", [
    ("have          AUX    aux       delayed       lemma=have tag=VBP",
     {("egypt", "REJECT", "qatar", True), ("qatar", "REJECT", "egypt", True)}),
    ("", set())])
def test_a_frame_with_pre_verb_words_needs_them_before_the_verb(kb, aux, expected):
    from dataclasses import replace

    from kg.ontology import Frame
    have = Frame("delay", (), None, "REJECT", "191", "[have] delay", mutual=True, nested_object=True,
                 before=(frozenset({"have"}),))
    bare = replace(_frame("delay", None), text="delay", cameo=None)   # the verb alone: no event
    spec = DELAYED.replace("    {aux}\n", f"    {aux}\n" if aux else "")
    assert events(relations(spec, _with_frames(kb, have, bare))) == expected


def test_words_before_a_verb(kb):
    spec = """
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Qatar         PROPN  nsubjpass criticized                       [GPE qatar#name]
    was           AUX    auxpass   criticized    lemma=be
    heavily       ADV    advmod    criticized
    criticized    VERB   ccomp     said          lemma=criticize tag=VBN
    again         ADV    advmod    criticized
    """
    from kg.relations.frames import words_before
    got = words_before(token(reading(spec, kb)[0], "criticized"))
    assert {"heavily", "was", "be", "qatar", "said", "say"} <= got and "again" not in got and "egypt" not in got


# -- PETRARCH's skip marker (``IN ^ +``: the object is past that phrase) and a frame's own noun --

CELEBRATED = """
    Egypt         PROPN  nsubj     celebrated                       [GPE egypt#name]
    celebrated    VERB   ROOT      celebrated    lemma=celebrate
    Iftar         PROPN  dobj      celebrated                       [ORG iftar]
    in            ADP    prep      celebrated
    Qatar         PROPN  pobj      in                               [GPE qatar#name]
    with          ADP    prep      celebrated
    Israel        PROPN  pobj      with                             [GPE israel#name]
    .             PUNCT  punct     celebrated
    """


def test_a_skipped_prepositions_phrase_is_passed_over_and_the_frames_noun_is_no_object(kb):
    from dataclasses import replace
    iftar = replace(_frame("celebrate iftar in", "CONSULT"), skip=frozenset({"in"}))
    assert events(relations(CELEBRATED, _with_frames(kb, iftar))) == {("egypt", "CONSULT", "israel", True)}
    # without the skip the first actor of the verb's phrase is the object
    assert events(relations(CELEBRATED, _with_frames(kb, _frame("celebrate iftar in", "CONSULT")))) == {
        ("egypt", "CONSULT", "qatar", True)}


def test_a_nested_object_frame_takes_the_subject_of_its_that_clause_last(kb):
    allowed = """
    Egypt         PROPN  nsubj     allowed                          [GPE egypt#name]
    allowed       VERB   ROOT      allowed       lemma=allow
    that          SCONJ  mark      is
    Qatar         PROPN  nsubj     is                               [GPE qatar#name]
    is            AUX    ccomp     allowed       lemma=be
    a             DET    det       place
    pleasant      ADJ    amod      place
    place         NOUN   attr      is
    .             PUNCT  punct     allowed
    """
    assert events(relations(allowed, _with_frames(kb, _frame("allow", "CONCEDE")))) == {
        ("egypt", "CONCEDE", "qatar", True)}
    assert events(relations(allowed, _with_frames(kb, _frame("allow", "CONCEDE", nested=False)))) == set()


def test_a_nested_object_frame_looks_into_a_participle_on_its_object(kb):
    cordoned = """
    Egypt         PROPN  nsubj     cordoned                         [GPE egypt#name]
    cordoned      VERB   ROOT      cordoned      lemma=cordon
    off           ADP    prep      cordoned
    the           DET    det       roads
    roads         NOUN   pobj      off           lemma=road tag=NNS
    leading       VERB   acl       roads         lemma=lead tag=VBG
    into          ADP    prep      leading
    Qatar         PROPN  pobj      into                             [GPE qatar#name]
    .             PUNCT  punct     cordoned
    """
    assert events(relations(cordoned, _with_frames(kb, _frame("cordon off", "COERCE")))) == {
        ("egypt", "COERCE", "qatar", True)}


def test_the_place_a_truce_covers_is_no_party_to_it(kb):
    """"Hamas agreed a Gaza truce": no AGREE with the Gaza Strip (the place the truce covers)."""
    got = events(relations("""
    Hamas         PROPN  nsubj     agreed                           [ORG hamas#name]
    agreed        VERB   ROOT      agreed        lemma=agree
    a             DET    det       truce
    Gaza          PROPN  compound  truce                            [GPE gaza-strip#alias]
    truce         NOUN   dobj      agreed
    .             PUNCT  punct     agreed
    """, kb))
    assert not [e for e in got if e[2] == "gaza-strip"], got
