"""Rule tests of :mod:`kg.nameforms`: a known name is found whether the particles inside it
are joined by hyphens or written apart ("Lashkar-e-Tayyaba", "Lashkar e Tayyaba"), and
whether it is written in British or American spelling ("Organisation", "Organization")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from actor_records import actors

from kg.nameforms import is_acronym, name_table, particle_variants, spelling_variants

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


# -- British and American spelling ("Organisation", "Organization") ------------------------

SPELT = frozenset({"organisation organization", "defence defense", "centre center"})


class _Words:
    """A lexicon stub giving the two word lists :mod:`kg.nameforms` reads."""

    def words_of(self, name):
        return {"hyphen_particle": PARTICLES, "spelling_variant": SPELT}.get(name, frozenset())


@pytest.mark.parametrize("form,expected", [
    ("Organisation of American States", ["Organization of American States"]),
    ("Israel Defense Forces", ["Israel Defence Forces"]),
    ("INTERNATIONAL CENTRE", ["INTERNATIONAL CENTER"]),       # the case of the word is kept
    ("Organization", []),                                     # a word alone names nothing so
    ("Shanghai Cooperation Council", []),                     # no word of the list
])
def test_spelling_variants(form, expected):
    assert spelling_variants(form, SPELT) == expected


def test_a_spelling_variant_that_is_another_entrys_name_is_left_to_it():
    # the knowledge base holds both "Organisation for ..." and "Organization for ..." entries
    entries = [SimpleNamespace(id="osce", name="Organization for Security and Cooperation in Europe", aliases=()),
               SimpleNamespace(id="osce-2", name="Organisation for Security and Cooperation in Europe", aliases=()),
               SimpleNamespace(id="oas", name="Organization of American States", aliases=("OAS",))]
    table = name_table(entries, _Words())
    assert table["osce"] == [("Organization for Security and Cooperation in Europe", "name")]
    assert table["oas"] == [("Organization of American States", "name"), ("OAS", "alias"),
                            ("Organisation of American States", "name")]


def test_a_known_name_in_british_spelling_is_found(full_kb):
    # the knowledge base writes "Organization of American States"; a British report writes
    # "held talks in Honduras with Organisation of American States chief Jose Miguel Insulza"
    assert [e.id for e, _ in full_kb.lookup("Organisation of American States")] == ["organization-of-american-states"]
    forms = {tuple(t.get("LOWER", t.get("ORTH")) for t in p["pattern"])
             for p in full_kb.ruler_patterns(spacy.blank("en").make_doc)
             if p["id"] == "organization-of-african-unity#name"}
    assert ("organisation", "of", "african", "unity") in forms


def test_an_organisation_named_in_british_spelling_is_the_known_group(full_kb):
    # "the accord brokered by the Organisation of African Unity (OAU)": the NER tags it ORG
    recs = actors("""
    the           DET    det       accord
    accord        NOUN   nsubjpass brokered
    was           AUX    auxpass   brokered
    brokered      VERB   ROOT      brokered
    by            ADP    agent     brokered
    the           DET    det       Organisation
    Organisation  PROPN  pobj      by                               [ORG
    of            ADP    prep      Organisation
    African       PROPN  compound  Unity
    Unity         PROPN  pobj      of                               ]
    .             PUNCT  punct     brokered
    """, full_kb)
    assert "organization-of-african-unity" in recs
    assert recs["organization-of-african-unity"].type == "Group"
