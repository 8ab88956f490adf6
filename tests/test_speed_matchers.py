"""kg.speed.matchers: the index-based matchers return spaCy's ``Matcher``'s matches, order included."""

from __future__ import annotations

import pytest
import spacy
from parse_texts import texts
from spacy.matcher import Matcher

from kg import DEFAULT_MODEL
from kg.ontology import load_ontology
from kg.speed.matchers import LowerIndexMatcher, TokenIndexMatcher


@pytest.fixture(scope="module")
def nlp_and_kb():
    return spacy.load(DEFAULT_MODEL), load_ontology()


@pytest.mark.model
def test_kb_ruler_matcher_equals_spacy_matcher(nlp_and_kb):
    nlp, kb = nlp_and_kb
    slow, fast = Matcher(nlp.vocab, validate=False), LowerIndexMatcher(nlp.vocab)
    for p in kb.ruler_patterns(nlp.make_doc):
        key = f"{p['label']}||{p['id']}"
        slow.add(key, [p["pattern"]])
        fast.add(key, [p["pattern"]])
    for text in texts():
        doc = nlp.make_doc(text)
        assert fast(doc) == slow(doc)


@pytest.mark.model
def test_attribute_ruler_index_equals_spacy_matcher(nlp_and_kb):
    nlp, _ = nlp_and_kb
    ruler = nlp.get_pipe("attribute_ruler")
    fast = TokenIndexMatcher(nlp.vocab)
    for i in range(len(ruler.attrs)):
        key = nlp.vocab.strings[str(i)]
        fast.add(key, ruler.matcher.get(key)[1])
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts()))
    for doc in docs:
        assert fast(doc, allow_missing=True) == ruler.matcher(doc, allow_missing=True)


def test_token_index_matcher_refuses_what_it_cannot_do():
    m = TokenIndexMatcher(spacy.blank("en").vocab)
    for bad in ([{"LOWER": "a", "OP": "?"}], [{"TEXT": {"FUZZY": "a"}}], [{"LENGTH": 3}], [{}]):
        with pytest.raises(ValueError):
            m.add("X", [bad])
