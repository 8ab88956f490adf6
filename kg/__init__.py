"""kg: turn a corpus of news articles into a knowledge graph of political actors.

The stages, each a module named for what it produces::

    corpus -> parse -> actors -> relations -> graph -> export/* -> query

:func:`kg.pipeline.build` is the one function that knows their order.
"""

__version__ = "0.1.0"
