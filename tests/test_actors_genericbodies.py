"""Rule tests of :mod:`kg.actors.genericbodies`: a body named only by its kind and remit
("the Foreign Ministry", "the Ministry of Finance") and tied to no state in the text is its
own document's actor, so two reports' foreign ministries are two nodes of the graph, not one
hub. Cases are hand-built parses (see ``tests/actor_records.py``); the test gazetteer's."""

from __future__ import annotations

import pytest
from actor_records import VOCAB, doc_actors
from handparse import hand_doc

from kg.actors import extract_actors
from kg.actors.genericbodies import is_generic_body
from kg.corpus import Document
from kg.graph import build_graph
from kg.records import Extraction

BARE = """
    The           DET    det       Ministry
    Foreign       PROPN  compound  Ministry                         [ORG
    Ministry      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       talks
    talks         NOUN   nsubj     failed        lemma=talk tag=NNS
    failed        VERB   ccomp     said          lemma=fail
    .             PUNCT  punct     said
"""

OWNED = """
    The           DET    det       Ministry
    Egyptian      ADJ    amod      Ministry                         [NORP egypt#demonym]
    Foreign       PROPN  compound  Ministry
    Ministry      PROPN  nsubj     said
    said          VERB   ROOT      said          lemma=say
    the           DET    det       talks
    talks         NOUN   nsubj     failed        lemma=talk tag=NNS
    failed        VERB   ccomp     said          lemma=fail
    .             PUNCT  punct     said
"""

NAMED = """
    The           DET    det       Movement
    Sudan         PROPN  compound  Movement                         [ORG
    Liberation    PROPN  compound  Movement
    Movement      PROPN  nsubj     said                             ]
    said          VERB   ROOT      said          lemma=say
    the           DET    det       talks
    talks         NOUN   nsubj     failed        lemma=talk tag=NNS
    failed        VERB   ccomp     said          lemma=fail
    .             PUNCT  punct     said
"""


def test_a_bare_body_is_its_documents(kb):
    da = doc_actors(BARE, kb)
    assert set(da.protos) == {"foreign-ministry--t"}
    assert da.protos["foreign-ministry--t"].name == "Foreign Ministry"
    assert {m.actor for m in da.mentions} == {"foreign-ministry--t"}


def test_a_body_named_with_its_state_is_the_states(kb):
    da = doc_actors(OWNED, kb)
    assert not any("--" in actor_id for actor_id in da.protos)
    assert any(i.parent == "egypt" for i in da.institutions)


def test_a_named_group_keeps_its_id(kb):
    assert "sudan-liberation-movement" in doc_actors(NAMED, kb).protos


def test_two_reports_bare_ministries_are_two_nodes(kb):
    extractions = []
    for name in ("algeria_expels.txt", "iran_summons.txt"):
        doc = hand_doc(BARE, VOCAB)
        da = extract_actors(doc, Document(id=name, text=doc.text), kb)
        extractions.append(Extraction(document=da.document, actors=da.records(), relations=()))
    graph = build_graph(extractions, kb)
    ministries = sorted(n for n, data in graph.nodes(data=True) if data["name"] == "Foreign Ministry")
    assert ministries == ["foreign-ministry--algeria-expels", "foreign-ministry--iran-summons"]


@pytest.mark.parametrize("name,generic", [
    ("Ministry of Foreign Affairs and International Cooperation", True),
    ("the Joint Commission", True),
    ("Defence Ministry", True),
    ("State Committee for National Security", True),
    ("the Sudan Liberation Army", False),          # a name of its own
    ("Government of National Accord", False),      # "accord": no remit word
    ("National Security", False),                  # no institution noun
    ("the Communist Party", False),
])
def test_what_names_a_body_by_its_remit_alone(kb, name, generic):
    assert is_generic_body(name, kb.lexicon.words_of) is generic
