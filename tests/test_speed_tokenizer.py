"""kg.speed.tokenizer: the model loads with kg's tokenizer exactly as ``spacy.load`` loads it."""

from __future__ import annotations

import pytest
from parse_texts import texts

from kg.speed.tokenizer import tokenizer_overrides

OVERRIDE = {"nlp": {"tokenizer": {"@tokenizers": "kg.LoadedTokenizer.v1"}}}


@pytest.mark.model
def test_the_model_loads_as_spacy_loads_it():
    """The same tokenizer, vocabulary, lexemes and parses as the stock load."""
    import spacy

    from kg import DEFAULT_MODEL
    stock = spacy.load(DEFAULT_MODEL)
    overrides = tokenizer_overrides(DEFAULT_MODEL)
    assert overrides == OVERRIDE
    ours = spacy.load(DEFAULT_MODEL, config=overrides)
    assert ours.tokenizer.to_bytes() == stock.tokenizer.to_bytes()
    assert ours.vocab.to_bytes() == stock.vocab.to_bytes()

    def lexemes(nlp):
        return {lex.orth_: (lex.norm_, lex.lower_, lex.shape_, lex.prefix_, lex.suffix_, lex.is_stop, lex.like_num)
                for lex in nlp.vocab}
    assert lexemes(ours) == lexemes(stock) and len(lexemes(stock)) > 500
    sample = texts()
    assert [d.to_bytes() for d in ours.pipe(sample)] == [d.to_bytes() for d in stock.pipe(sample)]


def test_a_model_with_its_own_tokenizer_is_loaded_as_it_says(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.cfg").write_text('[nlp]\nlang = "zh"\n\n[nlp.tokenizer]\n'
                                      '@tokenizers = "spacy.zh.ChineseTokenizer"\nsegmenter = "char"\n')
    assert tokenizer_overrides(str(model)) == {}
    (model / "config.cfg").write_text('[nlp]\nlang = "en"\n\n[nlp.tokenizer]\n@tokenizers = "spacy.Tokenizer.v1"\n')
    assert tokenizer_overrides(str(model)) == OVERRIDE
    assert tokenizer_overrides(str(tmp_path / "missing")) == {}
