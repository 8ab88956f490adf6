"""kg.speed.loader: the fast pipeline parses as the plain one does, with its indexes built
or read back from the cache folder."""

from __future__ import annotations

import gc

import pytest
from parse_texts import texts

from kg import DEFAULT_MODEL
from kg.ontology import Ontology, load_ontology
from kg.speed.geo import geo_folder
from kg.speed.knowledge import Keeper, KeptEntries
from kg.speed.loader import load_pipeline
from kg.speed.ruler import IndexedEntityRuler


def token_values(docs) -> list:
    return [[(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
              t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def plain_values(plain_nlp) -> list:
    return token_values(plain_nlp.pipe(texts()))


@pytest.mark.model
def test_the_fast_pipeline_parses_as_the_plain_one(plain_nlp, fast_pipeline, plain_values):
    fast, kb, folder = fast_pipeline                                  # its indexes built, then kept in folder
    assert [n for n in fast.pipe_names if not n.startswith("kg_")] == ["tok2vec", "tagger", "parser", "ner"]
    assert plain_nlp.pipe_names == ["kg_layout", "tok2vec", "tagger", "kg_paragraphs", "parser", "attribute_ruler",
                                    "lemmatizer", "kg_entity_ruler", "ner"]
    assert isinstance(fast.get_pipe("kg_entity_ruler"), IndexedEntityRuler)
    got = token_values(fast.pipe(texts()))
    assert got == plain_values
    assert sum(t[9] != "" for doc in got for t in doc) > 100          # entities found, from the ruler too
    assert kb.geonames.index is not None and kb.geo_lookup("Rafah")   # the index is built on first use
    assert sorted(p.name.split("-")[0] for p in folder.glob("*.marshal")) == ["ontology", "ruler"]
    assert list(geo_folder(folder).glob("geonames-*.index"))         # kept where every build finds it


@pytest.mark.model
def test_a_fast_pipeline_from_the_kept_indexes_parses_as_the_plain_one(cache_dir, plain_values, monkeypatch):
    def not_again(*args):
        raise AssertionError("the ruler's patterns were made again")

    monkeypatch.setattr(Ontology, "ruler_patterns", not_again)
    kb = load_ontology(keep=Keeper(cache_dir))
    assert isinstance(kb.entries, KeptEntries)
    fast = load_pipeline(DEFAULT_MODEL, kb, cache_dir)
    assert token_values(fast.pipe(texts())) == plain_values


@pytest.mark.model
def test_loading_leaves_garbage_collection_as_it_was(cache_dir):
    """A build loads the model inside :class:`kg.speed.memory.young_gc_only`: spaCy's model
    load turns collection on (``srsly.read_msgpack``), the fast loader turns it off again."""
    kb = load_ontology(keep=Keeper(cache_dir))
    gc.disable()
    try:
        load_pipeline(DEFAULT_MODEL, kb, cache_dir)
        assert not gc.isenabled()
    finally:
        gc.enable()
    load_pipeline(DEFAULT_MODEL, kb, cache_dir)
    assert gc.isenabled()
