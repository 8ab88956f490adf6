"""Rule tests of :mod:`kg.nameforms`: a known name is found whether the particles inside it
are joined by hyphens or written apart ("Lashkar-e-Tayyaba", "Lashkar e Tayyaba")."""

from __future__ import annotations

import pytest
import spacy
from actor_records import actors

from kg.nameforms import is_acronym, particle_variants

PARTICLES = frozenset({"e", "i", "ul", "al", "el"})


@pytest.mark.parametrize("form,expected", [
    ("Lashkar e Tayyaba", ["Lashkar-e-Tayyaba"]),
    ("Hizb-ul-Mujahideen", ["Hizb ul Mujahideen"]),
    ("Ahrar al-Sham", ["Ahrar-al-Sham", "Ahrar al Sham"]),
    ("Mohammed bin Salman", []),      # no particle of the list
    ("Al-Shabaab", []),               # a particle at the start joins no two words
])
def test_particle_variants(form, expected):
    assert particle_variants(form, PARTICLES) == expected


def test_a_known_name_written_with_hyphens_is_found(kb):
    # the gazetteer writes "Lashkar e Tayyaba"; the NER tags the hyphenated form ORG
    recs = actors("""
    Militants     NOUN   nsubj     had           lemma=militant tag=NNS
    had           VERB   ROOT      had           lemma=have
    links         NOUN   dobj      had           tag=NNS
    with          ADP    prep      links
    the           DET    det       Tayyaba
    Lashkar       PROPN  compound  Tayyaba                          [ORG
    -             PUNCT  punct     Lashkar
    e             PROPN  compound  Tayyaba
    -             PUNCT  punct     e
    Tayyaba       PROPN  pobj      with                             ]
    .             PUNCT  punct     had
    """, kb)
    assert "lashkar-e-taiba" in recs and recs["lashkar-e-taiba"].type == "Group"


def test_the_ruler_matches_the_hyphenated_form_of_a_spaced_name(kb):
    forms = {tuple(t.get("LOWER", t.get("ORTH")) for t in p["pattern"])
             for p in kb.ruler_patterns(spacy.blank("en").make_doc) if p["id"] == "lashkar-e-taiba#alias"}
    assert ("lashkar", "-", "e", "-", "tayyaba") in forms


@pytest.mark.parametrize("form,expected", [
    ("CAR", True), ("MoD", True), ("DoD", True), ("moD", True), ("Kyiv", False), ("McAllen", False), ("Sulu", False)])
def test_is_acronym(form, expected):
    assert is_acronym(form) is expected


def test_an_acronym_written_with_small_letters_names_no_city_by_another_name(kb):
    # "... in DPR - MoD": the ministry of defence, not Modesto (one of whose other names is "MoD")
    assert kb.geo_lookup("MoD") == []
