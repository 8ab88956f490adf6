"""kg.speed.matchers: the index-based matchers return spaCy's ``Matcher``'s matches, order included."""

from __future__ import annotations

import pytest
import spacy
from parse_texts import texts
from spacy.matcher import Matcher

from kg import DEFAULT_MODEL
from kg.speed.matchers import LowerIndexMatcher, TokenIndexMatcher


@pytest.mark.model
def test_kb_ruler_matcher_equals_spacy_matcher(plain_nlp, fast_pipeline):
    """The stock pipeline's entity ruler holds a ``Matcher`` of the knowledge base's patterns
    (keyed ``label||id``), the fast one's a :class:`LowerIndexMatcher` of the same."""
    fast_nlp = fast_pipeline[0]
    slow, fast = plain_nlp.get_pipe("kg_entity_ruler").matcher, fast_nlp.get_pipe("kg_entity_ruler").matcher
    assert isinstance(slow, Matcher) and isinstance(fast, LowerIndexMatcher)
    assert len(fast_nlp.get_pipe("kg_entity_ruler")) == len(plain_nlp.get_pipe("kg_entity_ruler")) > 30_000
    for text in texts():
        assert fast(fast_nlp.make_doc(text)) == slow(plain_nlp.make_doc(text))


def test_lower_index_matcher_equals_spacy_matcher_pattern_by_pattern(kb):
    nlp = spacy.blank("en")
    slow, fast = Matcher(nlp.vocab, validate=False), LowerIndexMatcher(nlp.vocab)
    for p in kb.ruler_patterns(nlp.make_doc):
        key = f"{p['label']}||{p['id']}"
        slow.add(key, [p["pattern"]])
        fast.add(key, [p["pattern"]])
    for text in texts():
        doc = nlp.make_doc(text)
        assert fast(doc) == slow(doc)


@pytest.mark.model
def test_attribute_ruler_index_equals_spacy_matcher():
    nlp = spacy.load(DEFAULT_MODEL)
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
