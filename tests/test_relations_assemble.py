"""Tests for :mod:`kg.relations.assemble`: from found relations to Relation records."""

from __future__ import annotations

import pytest
from relation_helpers import reading, token

from kg.relations.assemble import relation, to_relations
from kg.relations.found import Found

TEXT = """
    Netanyahu     PROPN  nsubj     met                              [PERSON benjamin-netanyahu#alias]
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#alias]
    in            ADP    prep      met
    Rafah         PROPN  pobj      in                               [GPE]
    and           CCONJ  cc        met
    did           AUX    aux       strike        lemma=do
    not           PART   neg       strike
    strike        VERB   conj      met           tag=VB
    Hamas         PROPN  dobj      strike                           [ORG hamas#name]
    .             PUNCT  punct     met
    """


@pytest.fixture
def text(kb):
    da, ds = reading(TEXT, kb)
    return da, ds, da.doc[0:len(da.doc)]


def _found(da, subject, predicate, obj, word="met", **kw):
    return Found(subject, predicate, obj, token(da, word), kw.pop("rule", "clause.active"), kw.pop("confidence", 0.8),
                 **kw)


def test_the_record_of_an_event(text):
    da, ds, sent = text
    r = relation(sent, _found(da, "benjamin-netanyahu", "ASSAULT", "hamas", "strike"), da, ds)
    assert (r.subject, r.predicate, r.object, r.doc, r.trigger) == (
        "benjamin-netanyahu", "ASSAULT", "hamas", "t.txt", "strike")
    assert r.modality == "negated" and not r.asserted          # read from the trigger's clause
    assert r.evidence == da.text.strip() and (r.start, r.end) == (0, len(r.evidence))
    assert da.text[r.trigger_start:r.trigger_end] == "strike"


def test_a_structural_relation_is_asserted_and_has_no_source(text):
    da, ds, sent = text
    r = relation(sent, _found(da, "rafah-ps", "LOCATED_IN", "palestine", "strike"), da, ds)
    assert r.modality == "asserted" and r.source is None


def test_a_rule_may_set_the_modality(text):
    da, ds, sent = text
    r = relation(sent, _found(da, "benjamin-netanyahu", "REJECT", "hamas", "strike", modality="asserted"), da, ds)
    assert r.modality == "asserted"


def test_what_is_dropped(text):
    da, ds, sent = text
    found = [
        _found(da, "hamas", "ASSAULT", "hamas"),                                       # itself
        _found(da, "benjamin-netanyahu", "CONSULT", "antony-blinken"),
        _found(da, "antony-blinken", "CONSULT", "benjamin-netanyahu"),                 # the same pair
        _found(da, "benjamin-netanyahu", "CONSULT", "antony-blinken", "strike"),       # the same key
        _found(da, "hamas", "LOCATED_IN", "rafah-ps"),                                 # not a place
        _found(da, "rafah-ps", "LOCATED_IN", "palestine", rule="location.preposition"),
    ]
    got = list(to_relations([(sent, f) for f in found], da, ds))
    assert [(r.subject, r.predicate, r.object, r.trigger) for r in got] == [
        ("benjamin-netanyahu", "CONSULT", "antony-blinken", "met"), ("rafah-ps", "LOCATED_IN", "palestine", "met")]


def test_a_place_is_no_party(text):
    """A predicate between parties (``partner_predicate``) takes no place as object: a
    misread conjunct ("accuses its neighbour of backing insurgents in the Darfur, Blue
    Nile ..."), a visit to a region; a place stays the object of an attack."""
    da, ds, sent = text
    found = [
        _found(da, "hamas", "ACCUSE", "rafah-ps"),
        _found(da, "benjamin-netanyahu", "CONSULT", "rafah-ps"),
        _found(da, "hamas", "REQUEST", "rafah-ps"),
        _found(da, "hamas", "ASSAULT", "rafah-ps", "strike"),
        _found(da, "hamas", "ACCUSE", "benjamin-netanyahu"),
    ]
    got = list(to_relations([(sent, f) for f in found], da, ds))
    assert [(r.subject, r.predicate, r.object) for r in got] == [
        ("hamas", "ASSAULT", "rafah-ps"), ("hamas", "ACCUSE", "benjamin-netanyahu")]


def test_an_event_between_an_official_and_the_body_he_serves_is_dropped(text):
    da, ds, sent = text
    found = [_found(da, "benjamin-netanyahu", "AFFILIATED_WITH", "hamas", rule="affiliation.title", role="chief"),
             _found(da, "hamas", "ASSAULT", "benjamin-netanyahu")]
    got = list(to_relations([(sent, f) for f in found], da, ds))
    assert [(r.predicate, r.role) for r in got] == [("AFFILIATED_WITH", "chief")]


def test_a_territory_may_be_a_party(kb):
    """A disputed territory (``party_place_kind``) stays a party: demands made of Gaza."""
    da, ds = reading("""
    Hamas         PROPN  nsubj     urged                            [ORG hamas#name]
    urged         VERB   ROOT      urged         lemma=urge
    Gaza          PROPN  dobj      urged                            [LOC gaza-strip#alias]
    .             PUNCT  punct     urged
    """, kb)
    sent = da.doc[0:len(da.doc)]
    got = list(to_relations([(sent, _found(da, "hamas", "REQUEST", "gaza-strip", "urged"))], da, ds))
    assert [(r.subject, r.predicate, r.object) for r in got] == [("hamas", "REQUEST", "gaza-strip")]
