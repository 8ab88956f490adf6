"""The fast pipeline: :func:`kg.parse.load_pipeline`'s pipeline, loaded and run faster.

Against the stock path it changes how, never what: spaCy imported without its
command-line interface, entry points looked up by group, the tokenizer built once,
the entity ruler's patterns matched by an index and kept in the cache folder, the
model's ``attribute_ruler`` and ``lemmatizer`` replaced by stand-ins, GeoNames read
from a kept index. The parses are those of the stock pipeline (tested).
"""

from __future__ import annotations

import hashlib
import json
import marshal
from pathlib import Path

from ..cache import extraction_context
from .files import read_marshal, write_marshal


def load_pipeline(model: str, kb, cache_dir: str | Path | None = None):
    """The pipeline of :func:`kg.parse.load_pipeline`, fast; with ``cache_dir``, the
    entity ruler's patterns and the GeoNames index are kept there for the next load."""
    from .imports import import_spacy, index_entry_points
    import_spacy()                 # first: any later import of spaCy gets this one
    from .. import parse
    from .components import use_stand_ins
    from .geo import install_geo_index
    from .matchers import LowerIndexMatcher
    from .tokenizer import tokenizer_overrides

    install_geo_index(kb, cache_dir)
    index_entry_points()
    nlp = parse.load_model(model, config=tokenizer_overrides(model))
    parse.add_components(nlp, kb, matcher=LowerIndexMatcher(nlp.vocab),
                         patterns=ruler_patterns(kb, model, nlp.make_doc, cache_dir))
    return use_stand_ins(nlp)


def ruler_patterns(kb, model: str, make_doc, cache_dir: str | Path | None) -> list[dict]:
    """``kb.ruler_patterns(make_doc)`` (``make_doc``: ``model``'s tokenizer), kept in
    ``<cache>/ruler-<digest>.marshal`` for the same model, spaCy, knowledge base and kg
    code (:func:`kg.cache.extraction_context`): tokenizing every name again is a
    tenth of a second of each model load."""
    context = extraction_context(model, kb.version) if cache_dir is not None else None
    if context is None:
        return kb.ruler_patterns(make_doc)
    digest = hashlib.sha256(f"{json.dumps(context, sort_keys=True)}\0{marshal.version}".encode()).hexdigest()[:16]
    path = Path(cache_dir) / f"ruler-{digest}.marshal"
    patterns = read_marshal(path)
    if not isinstance(patterns, list):
        patterns = kb.ruler_patterns(make_doc)
        write_marshal(Path(cache_dir), path, patterns)
    return patterns
