"""Tests for :mod:`kg.relations`, the entry point: the Relation records
:func:`kg.relations.extract_relations` makes, the order of the rules, and the knowledge
they read from the ontology folder (confidences, CAMEO codes, word lists).

The rules have their own files, one per module (``tests/test_relations_<module>.py``);
``tests/relation_helpers.py`` explains the hand-parsed cases.
"""

from __future__ import annotations

import shutil

from handparse import hand_doc
from relation_helpers import VOCAB, document_actors, relations

from kg.ontology import load_ontology
from kg.relations import RULES, extract_relations
from kg.relations.affiliation import affiliation
from kg.relations.location import described_place, location

SAID_ATTACKED = """
    John          PROPN  compound  Kerry                            [PERSON john-kerry#name
    Kerry         PROPN  nsubj     arrived                          ]
    arrived       VERB   ROOT      arrived       lemma=arrive
    in            ADP    prep      arrived
    Cairo         PROPN  pobj      in                               [GPE egypt#capital]
    .             PUNCT  punct     arrived
    Egypt         PROPN  nsubj     said                             [GPE egypt#name]
    said          VERB   ROOT      said          lemma=say
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ccomp     said          lemma=attack
    Sderot        PROPN  dobj      attacked                         [GPE]
    .             PUNCT  punct     said
    """

ALLY = """
    Iran          PROPN  nsubj     armed                            [GPE iran#name]
    armed         VERB   ROOT      armed         lemma=arm
    its           PRON   poss      ally          tag=PRP$
    ally          NOUN   dobj      armed
    Hezbollah     PROPN  appos     ally                             [ORG hezbollah#name]
    .             PUNCT  punct     armed
    """


def test_relation_record_points_into_the_text(kb):
    text = hand_doc(SAID_ATTACKED, VOCAB).text
    [r] = [r for r in relations(SAID_ATTACKED, kb) if r.predicate == "ASSAULT"]
    assert (r.subject, r.object, r.doc) == ("hamas", "sderot-il", "t.txt")
    assert r.evidence == "Egypt said Hamas attacked Sderot."
    assert text[r.start:r.end] == r.evidence
    assert r.trigger == "attacked" and text[r.trigger_start:r.trigger_end] == "attacked"
    assert r.asserted and r.modality == "asserted" and r.source == "egypt"
    assert r.rule == "clause.active" and r.confidence == kb.confidence("clause")
    assert len(r.id) == 16
    assert [x.id for x in relations(SAID_ATTACKED, kb) if x.predicate == "ASSAULT"] == [r.id]   # stable across runs


def test_relations_come_in_text_order(kb):
    rels = relations(SAID_ATTACKED, kb)
    assert [r.start for r in rels] == sorted(r.start for r in rels)
    assert extract_relations(document_actors(SAID_ATTACKED, kb)) == rels


def test_the_described_places_are_reported_before_the_structural_rules():
    # the event rules resolve "the city" first; the descriptor's LOCATED_IN comes next
    assert RULES.index(described_place) < RULES.index(affiliation) < RULES.index(location)
    assert RULES[-1] is location


def _edited_ontology(kb, tmp_path, file: str, old: str, new: str):
    root = tmp_path / "ontology"
    shutil.copytree(kb.path, root)
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_ontology(root)


def test_confidences_come_from_the_ontology(kb, tmp_path):
    edited = _edited_ontology(kb, tmp_path, "confidence.tsv", "clause\t0.8\n", "clause\t0.55\n")
    [r] = [r for r in relations(SAID_ATTACKED, edited) if r.predicate == "ASSAULT"]
    assert r.confidence == 0.55


def test_the_cameo_of_a_rule_without_a_frame_comes_from_the_predicates(kb, tmp_path):
    [r] = [r for r in relations(ALLY, kb) if r.predicate == "COOPERATE"]
    assert (r.subject, r.object, r.rule, r.cameo) == ("iran", "hezbollah", "alliance", kb.predicates["COOPERATE"].cameo)
    edited = _edited_ontology(kb, tmp_path, "predicates.tsv", "COOPERATE\t06\t", "COOPERATE\t069\t")
    [r] = [r for r in relations(ALLY, edited) if r.predicate == "COOPERATE"]
    assert r.cameo == "069"


def test_the_words_come_from_the_ontology(kb, tmp_path):
    # without "ally" in ally_noun there is no alliance
    edited = _edited_ontology(kb, tmp_path, "lexicon/words.tsv", "ally_noun\tally\n", "")
    assert not [r for r in relations(ALLY, edited) if r.predicate == "COOPERATE"]


def test_an_empty_document_has_no_relations(kb):
    da = document_actors(".  PUNCT  ROOT  .", kb)
    assert extract_relations(da) == ()


TWO_SENTENCES = """
    Egypt         PROPN  nsubj     condemned                        [GPE egypt#name]
    condemned     VERB   ROOT      condemned     lemma=condemn
    Israel        PROPN  dobj      condemned                        [GPE israel#name]
    .             PUNCT  punct     condemned
    Qatar         PROPN  nsubj     condemned@2                      [GPE qatar#name]
    condemned     VERB   ROOT      condemned@2   lemma=condemn
    Israel        PROPN  dobj      condemned@2                      [GPE israel#name]
    in            ADP    prep      condemned@2
    baseball      NOUN   pobj      in
    .             PUNCT  punct     condemned@2
    """


def test_a_knowledge_folders_discard_drops_its_sentence_or_story(kb):
    from dataclasses import replace

    from kg.ontology import Discard
    got = {(r.subject, r.object) for r in relations(TWO_SENTENCES, kb)}
    assert got == {("egypt", "israel"), ("qatar", "israel")}        # the ontology's discards are not applied
    sentence = replace(kb, discards=(Discard("baseball", False, True, applied=True),))
    assert {(r.subject, r.object) for r in relations(TWO_SENTENCES, sentence)} == {("egypt", "israel")}
    story = replace(kb, discards=(Discard("baseball", True, True, applied=True),))
    assert relations(TWO_SENTENCES, story) == ()
    known = replace(kb, discards=(Discard("baseball", True, True),))
    assert len(relations(TWO_SENTENCES, known)) == 2
