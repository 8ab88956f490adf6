"""Garbage collection paused while a graph is built and written (about 10% of a rebuild
from the cache; :func:`kg.pipeline.build` pauses it for the whole build on the fast path).

The graph's many long-lived containers would otherwise make Python walk the whole
growing heap again and again; :func:`collect_young` still frees the few young
reference cycles that parsing leaves (about eight objects per article).

Loading spaCy's model turns automatic collection back on (``srsly.read_msgpack``
ends with ``gc.enable()``), and a build loads it inside :class:`young_gc_only`:
:func:`kg.speed.loader.load_pipeline` loads it in a :class:`young_gc_only` of its
own, which leaves collection as it found it, so the pause holds for the whole build
(before, the collections it set off took about 5% of a build's CPU time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..records import Extraction

GC_EVERY = 1000   # documents between two collections of young objects while a graph is built


class young_gc_only:
    """Within it, no automatic garbage collection; after it, as it was on entry (even
    when something within turned it on)."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()
        else:
            gc.disable()


def collect_young(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
    """``extractions``, collecting the youngest generation every :data:`GC_EVERY` of them."""
    for n, ex in enumerate(extractions, 1):
        if n % GC_EVERY == 0:
            gc.collect(0)
        yield ex


class _EnableLeftOut:
    """The ``gc`` module as :func:`srsly_leaves_collection_off` shows it to srsly."""

    def __getattr__(self, name):
        return getattr(gc, name)

    @staticmethod
    def enable() -> None:
        pass


@contextmanager
def srsly_leaves_collection_off():
    """Within it, ``srsly.read_msgpack`` (which spaCy's model load reads the vocabulary
    with) leaves automatic collection as it is instead of turning it on at its end."""
    try:
        from srsly import _msgpack_api as api
    except ImportError:
        api = None
    if api is None or getattr(api, "gc", None) is not gc:
        yield
        return
    api.gc = _EnableLeftOut()
    try:
        yield
    finally:
        api.gc = gc
