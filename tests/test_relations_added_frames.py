"""Tests for ``ontology/lexicon/verbs_added.tsv``: frames that join a verb's frames imported from
PETRARCH-2 (``verbs_cameo.tsv``) instead of replacing them, and the ``official`` voice (an
object that is a named person or a role noun, with no complement naming it)."""

from __future__ import annotations

import pytest
from relation_helpers import events, relations

from kg.ontology import load_ontology
from kg.ontology_read import merge_frames, parse_frames

# -- the file: the added frames join the imported ones ----------------------------------------


def test_an_added_frame_keeps_the_verbs_imported_frames(kb):
    receive = {f.text for f in kb.lexicon.verbs["receive"]}
    assert "receive" in receive                       # the added frame
    assert {"receive ambassador", "receive weapon", "receive call from"} <= receive   # imported ones stay


def test_the_added_frames_of_a_verb_of_verbs_tsv_join_its_own(kb):
    call = {f.text for f in kb.lexicon.verbs["call"]}
    assert {"call", "call for", "call on|upon"} <= call


def test_an_added_frame_wins_over_an_imported_frame_with_its_text():
    predicates = {"CONSULT": object(), "AID": object()}
    imported = parse_frames([(1, ["receive envoy", "AID", "07"])], predicates, frozenset(), frozenset(), "x")
    added = parse_frames([(1, ["receive envoy", "CONSULT", "043"])], predicates, frozenset(), frozenset(), "y")
    merged = merge_frames(imported, added, extra_wins=True)
    assert [f.predicate for f in merged["receive"]] == ["CONSULT"]


def test_the_added_file_is_optional_and_part_of_the_version(tmp_path):
    import shutil
    from pathlib import Path

    from kg.ontology import ontology_version
    root = tmp_path / "ontology"
    shutil.copytree(Path(__file__).resolve().parent.parent / "ontology", root)
    with_file = ontology_version(root)
    (root / "lexicon" / "verbs_added.tsv").unlink()
    assert ontology_version(root) != with_file
    assert "receive" not in {f.text for f in load_ontology(root).lexicon.verbs["receive"]}


def test_the_import_leaves_out_only_the_verbs_of_verbs_tsv():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import import_petrarch
    base = import_petrarch.base_ontology(Path(__file__).resolve().parent.parent / "ontology")
    assert "receive" not in base.lexicon.verbs          # so the import keeps receive's frames
    assert "call for" in {f.text for f in base.lexicon.verbs["call"]}


# -- the frames -------------------------------------------------------------------------------

ADDED = [
    # a phone call to a person is consulting them
    pytest.param("""
    Biden         PROPN  nsubj     called                           [PERSON joe-biden#alias]
    called        VERB   ROOT      called        lemma=call
    Netanyahu     PROPN  dobj      called                           [PERSON benjamin-netanyahu#alias]
    on            ADP    prep      called
    Tuesday       PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     called
    """, {("joe-biden", "CONSULT", "benjamin-netanyahu", True)}, id="called-person-consult"),
    # naming a person something is no call
    pytest.param("""
    Biden         PROPN  nsubj     called                           [PERSON joe-biden#alias]
    called        VERB   ROOT      called        lemma=call
    Netanyahu     PROPN  dobj      called                           [PERSON benjamin-netanyahu#alias]
    a             DET    det       partner
    partner       NOUN   oprd      called
    .             PUNCT  punct     called
    """, set(), id="called-person-a-noun-no-consult"),
    # calling a state is no phone call ("Russia called Ukraine's move a provocation")
    pytest.param("""
    Russia        PROPN  nsubj     called                           [GPE russia#name]
    called        VERB   ROOT      called        lemma=call
    Ukraine       PROPN  dobj      called                           [GPE ukraine#name]
    .             PUNCT  punct     called
    """, set(), id="called-state-no-consult"),
    # receiving an envoy (a role) or a named leader is hosting them
    pytest.param("""
    Sisi          PROPN  nsubj     received                         [PERSON abdel-fattah-el-sisi#alias]
    received      VERB   ROOT      received      lemma=receive
    Blinken       PROPN  dobj      received                         [PERSON antony-blinken#alias]
    in            ADP    prep      received
    Cairo         PROPN  pobj      in                               [GPE]
    .             PUNCT  punct     received
    """, {("abdel-fattah-el-sisi", "CONSULT", "antony-blinken", True)}, id="received-person-consult"),
    pytest.param("""
    Egypt         PROPN  nsubj     received                         [GPE egypt#name]
    received      VERB   ROOT      received      lemma=receive
    the           DET    det       envoy
    Qatari        ADJ    amod      envoy                            [NORP qatar#demonym]
    envoy         NOUN   dobj      received
    .             PUNCT  punct     received
    """, {("egypt", "CONSULT", "qatar", True)}, id="received-role-consult"),
    # receiving people who are not officials is no meeting ("received two soldiers")
    pytest.param("""
    Hamas         PROPN  nsubj     received                         [ORG hamas#name]
    received      VERB   ROOT      received      lemma=receive
    two           NUM    nummod    soldiers
    Israeli       ADJ    amod      soldiers                         [NORP israel#demonym]
    soldiers      NOUN   dobj      received      lemma=soldier tag=NNS
    .             PUNCT  punct     received
    """, set(), id="received-soldiers-no-consult"),
    # receiving a private person (a prisoner freed in a swap) is no meeting
    pytest.param("""
    Russia        PROPN  nsubj     received                         [GPE russia#name]
    received      VERB   ROOT      received      lemma=receive
    Kirill        PROPN  compound  Vyshinsky                        [PERSON
    Vyshinsky     PROPN  dobj      received                         ]
    ,             PUNCT  punct     Vyshinsky
    a             DET    det       journalist
    journalist    NOUN   appos     Vyshinsky
    .             PUNCT  punct     received
    """, set(), id="received-private-person-no-consult"),
    # a person pronoun: the person last named
    pytest.param("""
    Blinken       PROPN  nsubj     arrived                          [PERSON antony-blinken#alias]
    arrived       VERB   ROOT      arrived       lemma=arrive
    on            ADP    prep      arrived
    Monday        PROPN  pobj      on                               [DATE]
    .             PUNCT  punct     arrived
    Sisi          PROPN  nsubj     received                         [PERSON abdel-fattah-el-sisi#alias]
    received      VERB   ROOT      received      lemma=receive
    him           PRON   dobj      received      tag=PRP
    today         NOUN   npadvmod  received
    .             PUNCT  punct     received
    """, {("abdel-fattah-el-sisi", "CONSULT", "antony-blinken", True)}, id="received-him-consult"),
    # the passive: the passive subject is the one received
    pytest.param("""
    Blinken       PROPN  nsubjpass received                         [PERSON antony-blinken#alias]
    was           AUX    auxpass   received
    received      VERB   ROOT      received      lemma=receive tag=VBN
    by            ADP    agent     received
    Sisi          PROPN  pobj      by                               [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     received
    """, {("abdel-fattah-el-sisi", "CONSULT", "antony-blinken", True)}, id="was-received-by-consult"),
    pytest.param("""
    The           DET    det       letter
    letter        NOUN   nsubjpass received
    was           AUX    auxpass   received
    received      VERB   ROOT      received      lemma=receive tag=VBN
    by            ADP    agent     received
    Sisi          PROPN  pobj      by                               [PERSON abdel-fattah-el-sisi#alias]
    .             PUNCT  punct     received
    """, set(), id="letter-was-received-no-consult"),
    # two parties announcing an agreement agree with each other
    pytest.param("""
    Iran          PROPN  nsubj     announced                        [GPE iran#name]
    and           CCONJ  cc        Iran
    Saudi         PROPN  compound  Arabia                           [GPE saudi-arabia#name
    Arabia        PROPN  conj      Iran                             ]
    announced     VERB   ROOT      announced     lemma=announce
    an            DET    det       agreement
    agreement     NOUN   dobj      announced
    .             PUNCT  punct     announced
    """, {("iran", "AGREE", "saudi-arabia", True)}, id="announced-agreement-together"),
]


@pytest.mark.parametrize("spec,expected", ADDED)
def test_added_frames(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] != "AFFILIATED_WITH"} == expected


# -- fighting alongside an ally --------------------------------------------------------------------

KEPT = [
    pytest.param("""
    Egyptian      ADJ    amod      soldiers                         [NORP egypt#demonym]
    soldiers      NOUN   nsubj     fought        lemma=soldier tag=NNS
    fought        VERB   ROOT      fought        lemma=fight tag=VBD
    alongside     ADP    prep      fought
    Sudanese      ADJ    amod      troops                           [NORP sudan#demonym]
    troops        NOUN   pobj      alongside     lemma=troop tag=NNS
    .             PUNCT  punct     fought
    """, {("egypt", "COOPERATE", "sudan", True)}, id="fought-alongside"),
]


@pytest.mark.parametrize("spec,expected", KEPT)
def test_fighting_alongside_an_ally(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[3]} == expected



# conveying or delivering a leader's greetings to another is a diplomatic contact (GUIDELINES 13)
GREETINGS = [
    pytest.param("""
    Joe           PROPN  compound  Biden                            [PERSON joe-biden#name
    Biden         PROPN  nsubj     conveyed                         ]
    conveyed      VERB   ROOT      conveyed      lemma=convey
    his           PRON   poss      greetings     tag=PRP$
    greetings     NOUN   dobj      conveyed      lemma=greeting tag=NNS
    to            ADP    prep      conveyed
    Narendra      PROPN  compound  Modi                             [PERSON narendra-modi#name
    Modi          PROPN  pobj      to                               ]
    .             PUNCT  punct     conveyed
    """, {("joe-biden", "CONSULT", "narendra-modi", True)}, id="x-conveyed-greetings-to-y"),
    pytest.param("""
    The           DET    det       envoy
    Egyptian      ADJ    amod      envoy                            [NORP egypt#demonym]
    envoy         NOUN   nsubj     delivered
    delivered     VERB   ROOT      delivered     lemma=deliver
    greetings     NOUN   dobj      delivered     lemma=greeting tag=NNS
    from          ADP    prep      greetings
    Sisi          PROPN  pobj      from                             [PERSON abdel-fattah-el-sisi#alias]
    to            ADP    prep      delivered
    Narendra      PROPN  compound  Modi                             [PERSON narendra-modi#name
    Modi          PROPN  pobj      to                               ]
    .             PUNCT  punct     delivered
    """, {("egypt", "CONSULT", "narendra-modi", True)}, id="xian-envoy-delivered-greetings-to-y"),
]


@pytest.mark.parametrize("spec,expected", GREETINGS)
def test_conveying_greetings(kb, spec, expected):
    assert {e for e in events(relations(spec, kb)) if e[1] == "CONSULT"} == expected
