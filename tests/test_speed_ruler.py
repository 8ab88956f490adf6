"""kg.speed.ruler: the indexed entity ruler finds spaCy's entity ruler's entities, and
its index is kept in the cache folder per model and knowledge base."""

from __future__ import annotations

import warnings

import pytest
import spacy
from parse_texts import texts

from kg import DEFAULT_MODEL
from kg.parse import RULER_CONFIG
from kg.speed.ruler import FACTORY, IndexedEntityRuler, fill_entity_ruler, index_path

PATTERNS = [
    {"label": "GPE", "id": "israel#name", "pattern": [{"LOWER": "israel", "IS_LOWER": False}]},
    {"label": "NORP", "id": "israel#demonym", "pattern": [{"LOWER": "israeli", "IS_LOWER": False}]},
    {"label": "GPE", "id": "us#alias", "pattern": [{"ORTH": "US"}]},
    {"label": "LOC", "id": "tel-aviv#name", "pattern": [{"LOWER": "tel", "IS_LOWER": False},
                                                        {"LOWER": "aviv", "IS_LOWER": False}]},
    {"label": "ORG", "pattern": [{"LOWER": "hamas"}]},                     # no id: the label is the key
    {"label": "ORG", "id": "un#alias", "pattern": "United Nations"},       # a phrase pattern: spaCy's way
]


def ruler_pair(patterns):
    """spaCy's entity ruler and the indexed one, each alone in a blank English pipeline."""
    pipes = []
    for factory in ("entity_ruler", FACTORY):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe(factory, name="kg_entity_ruler", config=RULER_CONFIG)
        ruler.add_patterns(patterns)
        pipes.append(nlp)
    return pipes


def entities(doc) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_the_indexed_ruler_sets_spacys_entities_and_counts_its_patterns():
    stock, indexed = ruler_pair(PATTERNS)
    ruler = indexed.get_pipe("kg_entity_ruler")
    assert isinstance(ruler, IndexedEntityRuler) and len(ruler) == len(stock.get_pipe("kg_entity_ruler")) == 6
    assert ruler.labels == stock.get_pipe("kg_entity_ruler").labels
    assert sorted(ruler.ent_ids) == sorted(stock.get_pipe("kg_entity_ruler").ent_ids)
    text = "Israeli and US envoys met in Tel Aviv; us, tel aviv and HAMAS hamas. The United Nations, Israel."
    for t in (text, text.upper(), text.lower()):
        assert entities(indexed(t)) == entities(stock(t))
    assert entities(indexed(text))[-2:] == [(18, 20, "ORG", "un#alias"), (21, 22, "GPE", "israel#name")]
    with pytest.raises(NotImplementedError):
        _ = ruler.patterns


def test_an_empty_indexed_ruler_warns_as_spacys_does():
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp("Israel")
    assert any("W036" in str(w.message) for w in caught)


def test_its_state_restores_the_same_ruler():
    _, indexed = ruler_pair([p for p in PATTERNS if isinstance(p["pattern"], list)])
    state = indexed.get_pipe("kg_entity_ruler").state()
    nlp = spacy.blank("en")
    restored = nlp.add_pipe(FACTORY, config=RULER_CONFIG)
    restored.restore(state)
    assert len(restored) == 5
    text = "Israeli envoys in Tel Aviv and US officials met Hamas."
    assert entities(nlp(text)) == entities(indexed(text))
    with pytest.raises(ValueError):
        restored.restore(state)                       # only into an empty ruler
    with pytest.raises(ValueError):
        nlp.add_pipe(FACTORY, name="other").restore(("not", "a state"))
    ruler = indexed.get_pipe("kg_entity_ruler")
    ruler.add_patterns([PATTERNS[-1]])
    with pytest.raises(ValueError):
        ruler.state()                                 # phrase patterns are spaCy's: not kept


@pytest.mark.model
def test_the_index_is_kept_per_model_and_knowledge_base(kb, tmp_path, monkeypatch):
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner", "parser", "lemmatizer", "attribute_ruler"])
    fresh = nlp.add_pipe(FACTORY, name="fresh", config=RULER_CONFIG)
    fill_entity_ruler(fresh, kb, DEFAULT_MODEL, tmp_path)
    [kept] = tmp_path.glob("ruler-*.marshal")
    assert kept == index_path(kb, DEFAULT_MODEL, tmp_path)

    def not_again(*args):
        raise AssertionError("the patterns were made again")

    with monkeypatch.context() as m:
        m.setattr(type(kb), "ruler_patterns", not_again)
        again = nlp.add_pipe(FACTORY, name="again", config=RULER_CONFIG)
        fill_entity_ruler(again, kb, DEFAULT_MODEL, tmp_path)
    kept.write_bytes(b"damaged")
    mended = nlp.add_pipe(FACTORY, name="mended", config=RULER_CONFIG)
    fill_entity_ruler(mended, kb, DEFAULT_MODEL, tmp_path)
    unkept = nlp.add_pipe(FACTORY, name="unkept", config=RULER_CONFIG)
    fill_entity_ruler(unkept, kb, "no_such_model", tmp_path)      # no digest: not kept
    assert index_path(kb, "no_such_model", tmp_path) is None and len(list(tmp_path.glob("ruler-*"))) == 1
    for text in texts()[:3]:
        doc = nlp.make_doc(text)
        want = fresh.match(doc)
        assert want and again.match(doc) == want == mended.match(doc) == unkept.match(doc)
    assert len(fresh) == len(again) == len(kb.ruler_patterns(nlp.make_doc))
