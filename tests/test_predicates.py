"""Tests for :mod:`kg.predicates`: the predicate names the rules write."""

from __future__ import annotations

import kg.predicates as P
from kg.ontology import default_ontology


def _constants() -> dict[str, str]:
    return {name: value for name, value in vars(P).items() if name.isupper() and isinstance(value, str)}


def test_every_constant_names_itself_and_a_predicate_of_the_ontology():
    predicates = default_ontology().predicates
    assert _constants()
    for name, value in _constants().items():
        assert name == value and value in predicates


def test_the_structural_predicates_are_structural_in_the_ontology():
    predicates = default_ontology().predicates
    assert {name for name, p in predicates.items() if not p.is_event} == P.STRUCTURAL
