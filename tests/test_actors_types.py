"""The names :mod:`kg.actors` relies on exist in the ontology: actor types, descriptor kinds,
the entity ruler's match kinds, and every word list the actor code reads."""

from __future__ import annotations

import re
from pathlib import Path

import spacy

from kg.actors import types
from kg.ontology import load_ontology

ACTORS_DIR = Path(types.__file__).parent


def test_actor_type_names_are_the_ontologys(kb):
    names = {types.STATE, types.GROUP, types.OFFICIAL, types.PERSON, types.PLACE}
    assert names <= set(kb.actor_types)
    assert names >= types.PEOPLE | types.AGENTS


def test_descriptor_kinds_are_the_ontologys(kb):
    kinds = set(kb.lexicon.descriptors.values())
    assert {types.CITY_KIND, types.STATE_KIND} <= kinds
    assert kb.lexicon.words_of("place_descriptor_kind") <= kinds


def test_the_ruler_matches_by_the_first_four_hows(kb):
    hows = {p["id"].split("#", 1)[1] for p in kb.ruler_patterns(spacy.blank("en").make_doc)}
    assert hows == {types.HOW_NAME, types.HOW_ALIAS, types.HOW_DEMONYM, types.HOW_CAPITAL}


def test_every_word_list_the_actor_code_reads_exists():
    """A list named in the code but missing from words.tsv would silently be empty."""
    lexicon = load_ontology().lexicon
    named = set()
    for path in ACTORS_DIR.glob("*.py"):
        named |= set(re.findall(r"""(?:words_of|words)\(\s*["'](\w+)["']\s*\)""", path.read_text()))
    assert len(named) > 20
    assert {n for n in named if not lexicon.words_of(n)} == set()
