"""kg.speed.loader: the fast pipeline parses as the plain one does, and keeps what it may."""

from __future__ import annotations

import pytest
import spacy
from parse_texts import texts

from kg import DEFAULT_MODEL, parse
from kg.ontology import load_ontology
from kg.speed.geo import geo_folder
from kg.speed.loader import load_pipeline, ruler_patterns


def token_values(docs) -> list:
    return [[(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
              t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc] for doc in docs]


@pytest.mark.model
def test_the_fast_pipeline_parses_as_the_plain_one(tmp_path):
    kb = load_ontology()
    plain = parse.load_pipeline(DEFAULT_MODEL, kb)
    fast = load_pipeline(DEFAULT_MODEL, kb, tmp_path)
    assert [n for n in fast.pipe_names if not n.startswith("kg_")] == ["tok2vec", "tagger", "parser", "ner"]
    assert plain.pipe_names == ["tok2vec", "tagger", "kg_paragraphs", "parser", "attribute_ruler", "lemmatizer",
                                "kg_entity_ruler", "ner"]
    sample = texts()
    got = token_values(fast.pipe(sample))
    assert got == token_values(plain.pipe(sample))
    assert sum(t[9] != "" for doc in got for t in doc) > 100          # entities found, from the ruler too
    assert kb.geonames.index is not None and kb.geo_lookup("Rafah")   # the index is built on first use
    assert sorted(p.name.split("-")[0] for p in tmp_path.glob("*.marshal")) == ["ruler"]
    assert list(geo_folder(tmp_path).glob("geonames-*.index"))       # kept where every build finds it


@pytest.mark.model
def test_the_entity_rulers_patterns_are_kept_per_model_and_knowledge_base(tmp_path):
    kb = load_ontology()
    nlp = spacy.load(DEFAULT_MODEL)
    fresh = kb.ruler_patterns(nlp.make_doc)
    assert ruler_patterns(kb, DEFAULT_MODEL, nlp.make_doc, tmp_path) == fresh
    [kept] = tmp_path.glob("ruler-*.marshal")

    def no_tokenizer(text):
        raise AssertionError("tokenized again")

    assert ruler_patterns(kb, DEFAULT_MODEL, no_tokenizer, tmp_path) == fresh
    kept.write_bytes(b"damaged")
    assert ruler_patterns(kb, DEFAULT_MODEL, nlp.make_doc, tmp_path) == fresh
    assert ruler_patterns(kb, "no_such_model", nlp.make_doc, tmp_path) == fresh   # no digest: not kept
    assert len(list(tmp_path.glob("ruler-*.marshal"))) == 1
