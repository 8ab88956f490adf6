"""An article whose extraction fails inside kg costs its relations, not the build (kg.guard)."""

from __future__ import annotations

import warnings

import pytest

import kg.relations
from kg.guard import STRICT_ENV, ExtractionWarning
from kg.pipeline import extract_corpus


def _failing_on(article: str):
    real = kg.relations.extract_relations

    def extract_relations(actors):
        if actors.document.id == article:
            raise KeyError("no-such-actor")
        return real(actors)
    return extract_relations


def test_a_failing_article_is_a_warning_and_the_others_are_built(seed_corpus, kb, monkeypatch):
    first, *others = sorted(p.name for p in seed_corpus.glob("*.txt"))
    monkeypatch.delenv(STRICT_ENV, raising=False)
    monkeypatch.setattr(kg.relations, "extract_relations", _failing_on(first))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = {ex.document.id: ex for ex in extract_corpus(seed_corpus, kb=kb, plain=True)}
    assert set(got) == {first, *others}
    assert got[first].relations == () and got[first].actors        # its actors kept, its relations left out
    assert all(got[o].relations for o in others)
    messages = [str(w.message) for w in caught if issubclass(w.category, ExtractionWarning)]
    assert len(messages) == 1 and repr(first) in messages[0] and "KeyError" in messages[0]


def test_strict_mode_raises_the_failure(seed_corpus, kb, monkeypatch):
    first = sorted(p.name for p in seed_corpus.glob("*.txt"))[0]
    monkeypatch.setenv(STRICT_ENV, "1")
    monkeypatch.setattr(kg.relations, "extract_relations", _failing_on(first))
    with pytest.raises(KeyError):
        list(extract_corpus(seed_corpus, kb=kb, plain=True))
