"""The fast pipeline: :func:`kg.parse.load_pipeline`'s pipeline, loaded and run faster.

Against the stock path it changes how, never what: spaCy imported without its
command-line interface, entry points looked up by group, the tokenizer built once,
the entity ruler's names matched by an index kept in the cache folder
(:mod:`kg.speed.ruler`), the model's ``attribute_ruler`` and ``lemmatizer`` replaced
by stand-ins, GeoNames read from a kept index, garbage collection paused while it
loads (:mod:`kg.speed.memory`). The parses are those of the stock pipeline (tested).
"""

from __future__ import annotations

from pathlib import Path


def load_pipeline(model: str, kb, cache_dir: str | Path | None = None):
    """The pipeline of :func:`kg.parse.load_pipeline`, fast; with ``cache_dir``, the
    entity ruler's index and the GeoNames index are kept there for the next load."""
    from .memory import srsly_leaves_collection_off, young_gc_only
    with young_gc_only():   # collection paused while it loads, and as before after it
        from .imports import import_spacy, index_entry_points
        import_spacy()                 # first: any later import of spaCy gets this one
        from .. import parse
        from .components import use_stand_ins
        from .geo import install_geo_index
        from .ruler import FACTORY, fill_entity_ruler
        from .tokenizer import tokenizer_overrides

        install_geo_index(kb, cache_dir)
        index_entry_points()
        with young_gc_only(), srsly_leaves_collection_off():   # spaCy's model load turns collection on
            nlp = parse.load_model(model, config=tokenizer_overrides(model))
        parse.add_components(nlp, kb, factory=FACTORY, patterns=[])
        fill_entity_ruler(nlp.get_pipe("kg_entity_ruler"), kb, model, cache_dir)
        return use_stand_ins(nlp)
