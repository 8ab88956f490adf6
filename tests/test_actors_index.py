"""Unit tests of :mod:`kg.actors.index`: the token facts read once must equal what spaCy gives."""

from __future__ import annotations

import pytest
from actor_records import VOCAB
from handparse import hand_doc
from spacy.tokens import Doc

from kg.actors.index import DocIndex

SPEC = """
    Israel        PROPN  nsubj     struck                           [GPE israel#name]
    struck        VERB   ROOT      struck        lemma=strike
    Khan          PROPN  compound  Yunis                            [GPE
    Yunis         PROPN  dobj      struck                           ]
    .             PUNCT  punct     struck
    Hamas         PROPN  nsubj     said                             [ORG hamas#name]
    said          VERB   ROOT      said          lemma=say
    .             PUNCT  punct     said
"""


def test_token_facts():
    doc = hand_doc(SPEC, VOCAB)
    ix = DocIndex(doc, doc.text)
    assert ix.n == len(doc) == 8
    assert ix.pos == [t.pos_ for t in doc]
    assert ix.upper_initial == [t.text[0].isupper() for t in doc]
    assert ix.sent_start == [True, False, False, False, False, True, False, False]
    assert ix.text == doc.text


@pytest.mark.parametrize("words", [
    ["Israel", "struck", "Khan", "Yunis", "."],
    ["İstanbul", "and", "Israel", "."],     # lower-casing "İ" changes the length
    ["ΣΟΦΙΑ", "met", "Israel", "."],        # lower-casing "Σ" depends on the next letter
])
def test_lower_text_is_the_spans_lower_text(words):
    doc = Doc(VOCAB, words=words)
    ix = DocIndex(doc, doc.text)
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            assert ix.lower_text(a, b) == doc[a:b].text.lower()


def test_a_text_that_does_not_fit_is_rebuilt_from_the_tokens():
    doc = Doc(VOCAB, words=["Israel", "struck", "."])
    assert DocIndex(doc, "something else").text == doc.text
    assert DocIndex(doc).text == doc.text


def test_empty_document():
    ix = DocIndex(Doc(VOCAB, words=[]), "")
    assert ix.n == 0 and ix.pos == [] and ix.lower_text(0, 0) == ""


def test_doc_text_is_the_parsed_text_whatever_text_was_given():
    # the text given may differ in case from the parse (a title-case headline parsed in sentence case)
    doc = Doc(VOCAB, words=["Israel", "strikes", "Gaza"], spaces=[True, True, False])
    ix = DocIndex(doc, "ISRAEL STRIKES GAZA")
    assert ix.text == "ISRAEL STRIKES GAZA" and ix.doc_text == doc.text == "Israel strikes Gaza"
    assert DocIndex(doc).doc_text == doc.text
