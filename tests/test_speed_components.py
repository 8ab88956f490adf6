"""kg.speed.components: the stand-ins set the values the model's own components set, token by token."""

from __future__ import annotations

import pytest
import spacy
from parse_texts import texts
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from kg.speed.components import ArrayAttributeRuler, MemoLemmatizer, use_stand_ins
from kg.speed.matchers import TokenIndexMatcher


@pytest.fixture
def kg_nlp(fast_pipeline):
    return fast_pipeline[0]


@pytest.mark.model
def test_memo_lemmatizer_gives_the_models_lemmas(kg_nlp):
    nlp = kg_nlp
    assert "kg_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    sample = texts()
    nlp.enable_pipe("lemmatizer")
    try:
        with nlp.select_pipes(disable=["kg_lemmatizer"]):
            slow = [[t.lemma_ for t in doc] for doc in nlp.pipe(sample)]
    finally:
        nlp.disable_pipe("lemmatizer")
    fast = [[t.lemma_ for t in doc] for doc in nlp.pipe(sample)]
    fast_again = [[t.lemma_ for t in doc] for doc in nlp.pipe(sample)]   # every answer from the memo
    assert fast == slow == fast_again
    assert sum(a != b.lower() for doc, d in zip(slow, nlp.pipe(sample)) for a, b in zip(doc, (t.text for t in d))) > 100


@pytest.mark.model
def test_array_attribute_ruler_sets_what_the_models_ruler_sets(kg_nlp):
    nlp = kg_nlp
    assert "kg_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names

    def values(docs):
        return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc] for doc in docs]

    sample = texts()
    nlp.enable_pipe("attribute_ruler")
    try:
        with nlp.select_pipes(disable=["kg_attribute_ruler"]):
            slow = values(nlp.pipe(sample))
    finally:
        nlp.disable_pipe("attribute_ruler")
    assert values(nlp.pipe(sample)) == slow
    assert sum(t[0] == "PUNCT" for doc in slow for t in doc) > 100   # the ruler set parts of speech


def test_array_attribute_ruler_refuses_lexical_attributes():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"POS": "PROPN", "LEMMA": "UN"})
    ruler.matcher = TokenIndexMatcher(nlp.vocab)
    ruler.matcher.add(nlp.vocab.strings["0"], [[{"LOWER": "un"}]])
    assert ArrayAttributeRuler.supports(ruler)
    ruler.add([[{"LOWER": "u.n."}]], {"NORM": "un"})     # NORM: the ruler also sets it on the word
    ruler.matcher.add(nlp.vocab.strings["1"], [[{"LOWER": "u.n."}]])
    assert not ArrayAttributeRuler.supports(ruler)


def test_memo_lemmatizer_refuses_a_lemmatizer_that_may_read_more():
    class ByText(Lemmatizer):
        def rule_lemmatize(self, token):
            return [token.text + token.nbor().text]

    vocab = spacy.blank("en").vocab
    assert MemoLemmatizer.supports(Lemmatizer(vocab, None, mode="lookup"))
    assert not MemoLemmatizer.supports(ByText(vocab, None, mode="rule"))


def test_stand_ins_go_only_where_the_models_components_are_supported():
    """A lemmatizer of another kind stays as it is; the model's ruler gets the index and its stand-in."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"POS": "PROPN"})

    nlp.add_pipe("kg_test_lower_lemmas", name="lemmatizer")
    use_stand_ins(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, TokenIndexMatcher)
    assert nlp.pipe_names == ["kg_attribute_ruler", "lemmatizer"]
    doc = nlp("The UN met.")
    assert [t.pos_ for t in doc][1] == "PROPN" and [t.lemma_ for t in doc][1] == "un"


@Language.component("kg_test_lower_lemmas")
def _lower_lemmas(doc):
    for t in doc:
        t.lemma_ = t.lower_
    return doc
