"""Tests for :mod:`kg.relations.discourse`: the discourse state — what the text has named so
far, the sides at war, the relations waiting for them, the noted place descriptions."""

from __future__ import annotations

import pytest
from relation_helpers import events, reading, relations, token

from kg.relations.discourse import Discourse, PlaceDescription
from kg.relations.found import BetweenSides, Found

TEXT = """
    Hamas         PROPN  nsubj     attacked                         [ORG hamas#name]
    attacked      VERB   ROOT      attacked      lemma=attack
    Israel        PROPN  dobj      attacked                         [GPE israel#name]
    .             PUNCT  punct     attacked
    Netanyahu     PROPN  nsubj     met                              [PERSON benjamin-netanyahu#alias]
    met           VERB   ROOT      met           lemma=meet
    Blinken       PROPN  dobj      met                              [PERSON antony-blinken#alias]
    in            ADP    prep      met
    Qatar         PROPN  pobj      in                               [GPE qatar#name]
    and           CCONJ  cc        met
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   conj      met           lemma=strike
    Rafah         PROPN  dobj      struck                           [GPE]
    .             PUNCT  punct     met
    """


@pytest.fixture
def text(kb):
    return reading(TEXT, kb)


def test_the_mentions_named_before_a_token_latest_first(text):
    da, ds = text
    assert [m.actor for m in ds.before(4)] == ["israel", "hamas"]
    assert [m.actor for m in ds.before(0)] == []
    assert len(list(ds.before(len(da.doc)))) == len(da.mentions)


def test_the_last_person_named(text):
    da, ds = text
    assert ds.last_person(len(da.doc)) == "antony-blinken"
    assert ds.last_person(5) == "benjamin-netanyahu"
    assert ds.last_person(4) is None


def test_the_last_subject_prefers_a_clause_subject(text):
    da, ds = text

    def party(a):
        return da.type_of(a) in ("State", "Group")
    # Israel is the last state or group named before "and" ("in Qatar" is a place), but
    # Hamas the last state or group subject
    assert ds.last_actor(9, party) == "israel"
    assert ds.last_subject(9, party) == "hamas"
    assert ds.last_subject(len(da.doc), party) == "israel"
    # no subject accepted: the last actor accepted
    assert ds.last_subject(len(da.doc), lambda a: a == "qatar") == "qatar"


def test_the_next_actor_named(text):
    da, ds = text

    def place(a):
        return da.type_of(a) == "Place"
    assert ds.next_actor(0, len(da.doc), place) == "qatar"      # "in Qatar": a place here
    assert ds.next_actor(8, len(da.doc), place) == "rafah-ps"   # after token 8
    assert ds.next_actor(0, 8, place) is None                   # before token 8


def test_salient_actors_most_mentioned_first(text):
    da, ds = text
    assert ds.salient(len(da.doc))[0] == "israel"   # twice
    assert ds.salient(len(da.doc), lambda a: da.type_of(a) == "Official") == ["antony-blinken", "benjamin-netanyahu"]
    assert ds.salient(0) == []


def test_an_assault_between_parties_makes_them_the_belligerents(text):
    da, ds = text
    attacked = token(da, "attacked")
    assert ds.belligerents is None
    assault = Found("hamas", "ASSAULT", "israel", attacked, "clause.active", 0.8)
    assert ds.read([assault]) == [assault]
    assert ds.belligerents == ("hamas", "israel")


@pytest.mark.parametrize("subject, obj", [
    pytest.param("benjamin-netanyahu", "hamas", id="a-person-is-no-side"),
    pytest.param("israel", "rafah-ps", id="a-place-is-no-side"),
])
def test_who_is_no_side_at_war(text, subject, obj):
    da, ds = text
    ds.read([Found(subject, "ASSAULT", obj, token(da, "struck"), "clause.active", 0.8)])
    assert ds.belligerents is None


def test_a_relation_waiting_for_the_sides_gets_one_per_side(text):
    da, ds = text
    met = token(da, "met")
    mediation = BetweenSides("qatar", "MEDIATE", met, "clause.mediation_context", 0.4, cameo="043")
    assert ds.read([mediation]) == []                 # no sides known yet: nothing
    ds.saw_sides(("israel", "hamas"))
    got = ds.read([mediation])
    assert [(f.subject, f.predicate, f.object, f.rule, f.cameo) for f in got] == [
        ("qatar", "MEDIATE", "israel", "clause.mediation_context", "043"),
        ("qatar", "MEDIATE", "hamas", "clause.mediation_context", "043")]


def test_the_sides_are_those_of_the_sentence_once_read(text):
    # an assault in the same sentence, even after the mediation, names the sides
    da, ds = text
    ds.saw_sides(("israel", "hamas"))
    mediation = BetweenSides("qatar", "MEDIATE", token(da, "met"), "clause.mediation_context", 0.4)
    assault = Found("hamas", "ASSAULT", "israel", token(da, "attacked"), "clause.active", 0.8)
    got = ds.read([mediation, assault])
    assert [(f.subject, f.object) for f in got] == [("qatar", "hamas"), ("qatar", "israel"), ("hamas", "israel")]
    assert ds.belligerents == ("hamas", "israel")


def test_saw_sides_keeps_the_sides_when_none_are_named(text):
    _, ds = text
    ds.saw_sides(("israel", "hamas"))
    ds.saw_sides(None)
    assert ds.belligerents == ("israel", "hamas")


def test_place_descriptions_are_taken_once(text):
    da, ds = text
    d = PlaceDescription(token(da, "Rafah"), "rafah-ps", "palestine")
    ds.note_place(d)
    assert ds.take_place_descriptions() == [d]
    assert ds.take_place_descriptions() == []


def test_the_state_starts_with_the_described_nouns(kb):
    da, _ = reading(TEXT, kb)
    ds = Discourse.of(da, {"junta": "hamas"})
    assert ds.described == {"junta": "hamas"} and ds.belligerents is None and ds.place_descriptions == []
    assert [m.span.start for m in ds.mentions] == sorted(m.span.start for m in da.mentions)


BROKERED = """
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Hamas         PROPN  dobj      struck                           [ORG hamas#name]
    .             PUNCT  punct     struck
    Qatar         PROPN  nsubj     brokered                         [GPE qatar#name]
    brokered      VERB   ROOT      brokered      lemma=broker
    a             DET    det       truce
    truce         NOUN   dobj      brokered
    .             PUNCT  punct     brokered
    """


def test_a_truce_is_brokered_between_the_sides_last_seen_fighting(kb):
    assert events(relations(BROKERED, kb)) == {
        ("israel", "ASSAULT", "hamas", True), ("qatar", "MEDIATE", "israel", True), ("qatar", "MEDIATE", "hamas", True)}
