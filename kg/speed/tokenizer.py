"""The model's tokenizer built once: ``kg.LoadedTokenizer.v1``.

spaCy's ``spacy.Tokenizer.v1`` first builds a tokenizer with the language's special
cases, which ``Tokenizer.from_disk`` then discards before it reads the pipeline's
own: a fifth of loading the model. :func:`tokenizer_overrides` swaps in
:func:`loaded_tokenizer` for a pipeline that uses spaCy's own tokenizer; the
tokenizer, the vocabulary and the parses are the ones ``spacy.load`` gives (tested
byte for byte). Import it after :func:`kg.speed.imports.import_spacy` (as
:mod:`kg.speed.loader` does), or it imports spaCy the plain way.
"""

from __future__ import annotations

from pathlib import Path

import spacy

from ..cache import model_package_dir


@spacy.registry.tokenizers("kg.LoadedTokenizer.v1")
def loaded_tokenizer():
    """spaCy's ``spacy.Tokenizer.v1`` for a pipeline loaded from disk: a tokenizer
    without the language's special cases, which ``Tokenizer.from_disk`` discards
    anyway before it reads the pipeline's own (with its prefixes, suffixes, infixes
    and URL and token patterns; the vocabulary, reset by ``Vocab.from_disk``, holds
    nothing from the discarded ones)."""
    from spacy.tokenizer import Tokenizer

    def tokenizer_factory(nlp):
        return Tokenizer(nlp.vocab, rules={})

    return tokenizer_factory


def tokenizer_overrides(model: str) -> dict:
    """Config overrides for loading ``model``: :func:`loaded_tokenizer` when the model
    uses spaCy's own tokenizer (``@tokenizers = "spacy.Tokenizer.v1"``), else none."""
    try:
        root = model_package_dir(model)
        if root is None:
            config = Path(model) / "config.cfg"
        else:
            meta = spacy.util.get_model_meta(root)
            config = root / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "config.cfg"
        tokenizer = spacy.util.load_config(config, interpolate=False)["nlp"]["tokenizer"]
    except Exception:
        return {}
    if dict(tokenizer) != {"@tokenizers": "spacy.Tokenizer.v1"}:
        return {}
    return {"nlp": {"tokenizer": {"@tokenizers": "kg.LoadedTokenizer.v1"}}}
