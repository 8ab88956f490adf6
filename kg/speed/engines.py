"""Where documents are parsed: worker processes, a Dask cluster, a background parser.

An *engine* turns batches of documents into their records (``map``), in order:
:class:`kg.pipeline.SerialEngine` (this process), :class:`ProcessEngine` (``jobs``
local processes, each parsing *and* extracting) or
:class:`kg.speed.dask_engine.DaskEngine` (a Dask cluster). Each process loads the
model and the knowledge base once (:func:`kg.pipeline.worker_pipeline`) and sends
back only the small records. :func:`start_engine` picks one for a build and, for a
rebuild, starts its parser in the background at once. The files are
byte-identical whatever the engine, the number of jobs or the batch size.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import DEFAULT_BATCH_SIZE
from ..corpus import Document, corpus_files, read_corpus
from ..errors import KgError
from ..ontology import Ontology
from ..pipeline import SerialEngine, extract_batch, is_loaded, worker_pipeline
from .forks import can_fork, stop_processes, usable_cpus

ENGINES = ("local", "dask")
AUTO_JOBS_MIN_BYTES = 2_000_000   # --jobs auto: below this size of articles, one process
READ_AHEAD = 64   # batches read past one still being parsed (cached ones: their records wait in memory)


def start_engine(corpus: str | Path, model: str, kb: Ontology, *, engine: str = "local", jobs: int = 1,
                 batch_size: int = DEFAULT_BATCH_SIZE, scheduler: str | None = None, cache=None,
                 cache_dir: str | Path | None = None, memo: dict | None = None,
                 meanwhile: Callable[[], None] | None = None):
    """The engine that parses the documents of ``corpus`` that neither ``memo`` nor the
    extraction cache ``cache`` holds (see :func:`kg.pipeline.extract_corpus`).

    A rebuild that finds some documents in the cache and not others first counts
    them (reading the corpus once more, without parsing); the local engine then
    parses in background worker processes (one per batch to parse, at most ``jobs``:
    each loads the model), started at once, so that loading the model overlaps
    reading the cached results. With one job (and more than one CPU), a rebuild
    does not count: its one background parser starts before the corpus is read,
    and is stopped if nothing turns out to need it. Either way, this process never
    imports spaCy when every document is cached. ``meanwhile`` is called once a
    background parser has started (the caller's work to overlap with it).
    """
    background = False
    loaded = is_loaded(model, kb)
    rebuild = cache is not None and not cache.is_empty()   # else nothing can be cached: no need to look
    if engine == "local" and jobs == 1 and not loaded and rebuild and usable_cpus() > 1:
        background = True   # a rebuild: its parser starts now, before the corpus is read (stopped if idle)
    elif engine == "local" and (rebuild or memo) and (not loaded or jobs > 1):
        new = partly_cached(corpus, lambda d: (memo is not None and d in memo)
                            or (cache is not None and cache.has(d)), enough=jobs * batch_size)
        if new:
            jobs = min(jobs, -(-new // batch_size))   # a worker per batch to parse, no more: each loads the model
            background = not loaded
    runner = make_engine(engine, model, kb, jobs=jobs, batch_size=batch_size, scheduler=scheduler,
                         geo_dir=cache_dir, background=background)
    if background:
        runner.warm()
        if meanwhile is not None:
            meanwhile()
    return runner


def make_engine(engine: str, model: str, kb: Ontology, *, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                scheduler: str | None = None, geo_dir=None, background: bool = False):
    """The engine that turns batches of documents into records (nothing starts until used).

    ``background`` (local engine): parse in worker processes that load the model
    themselves, even with one job, so that this process can read cached results
    meanwhile (see :func:`start_engine`).
    """
    if engine == "local":
        if scheduler:
            raise KgError("--scheduler needs --engine dask")
        if background and can_fork():
            return ProcessEngine(model, kb, jobs, batch_size=batch_size, geo_dir=geo_dir, preload=False)
        if jobs <= 1:
            return SerialEngine(model, kb, batch_size=batch_size, geo_dir=geo_dir)
        return ProcessEngine(model, kb, jobs, batch_size=batch_size, geo_dir=geo_dir)
    if engine == "dask":
        from .dask_engine import DaskEngine
        return DaskEngine(model, kb, jobs=jobs, batch_size=batch_size, scheduler=scheduler, geo_dir=geo_dir)
    raise KgError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")


def auto_jobs(corpus: str | Path) -> int:
    """``--jobs auto``: one process for a small corpus (under ~2 MB of articles, where
    starting workers costs more than it saves), else one per CPU, at most 4."""
    try:
        size = sum(f.stat().st_size for f in corpus_files(corpus))
    except (KgError, OSError):
        return 1
    return 1 if size < AUTO_JOBS_MIN_BYTES else max(1, min(usable_cpus(), 4))



def ordered_map(submit: Callable[[list[Document]], object], result: Callable[[object], list],
                batches: Iterable[list[Document]], window: int | Callable[[], int],
                ahead: int = READ_AHEAD, done: Callable[[], None] | None = None) -> Iterator[list]:
    """Run ``submit`` on each non-empty batch with at most ``window`` batches in flight and
    yield ``result(...)`` of each in input order (``[]`` for an empty batch): bounded memory.
    ``window`` may be a function, asked each time (a cluster's size is known once it is up).
    ``done`` is called once every result is in, before the last is yielded (the workers can
    go before the graph is built from it: a one-article corpus's parser held its memory then).

    Empty batches (every document cached) do not count against the window: while a
    batch is being parsed, up to ``ahead`` batches are read past it (so a rebuild reads
    the cache while a worker loads the model), never more."""
    pending: deque = deque()
    in_flight = 0
    for batch in batches:
        if batch:
            pending.append(submit(batch))
            in_flight += 1
        else:
            pending.append(None)
        while pending and (pending[0] is None or in_flight > (window() if callable(window) else window)
                           or len(pending) > max(ahead, 1)):
            head = pending.popleft()
            if head is None:
                yield []
            else:
                in_flight -= 1
                yield result(head)
    while pending:
        head = pending.popleft()
        out = [] if head is None else result(head)
        if not pending and done is not None:
            done()
            done = None
        yield out
    if done is not None:
        done()


_PROCESS_ARGS: tuple = ()


def _init_process(model: str, kb: Ontology, geo_dir, parent: int | None) -> None:
    import signal

    from ..signals import die_with_parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C and stops the pool
    die_with_parent(parent)                        # and if it is killed, this process ends too
    global _PROCESS_ARGS
    _PROCESS_ARGS = (model, kb, geo_dir)
    worker_pipeline(model, kb, geo_dir)


def _process_batch(documents: list[Document], batch_size: int) -> list[tuple]:
    model, kb, geo_dir = _PROCESS_ARGS
    return extract_batch(documents, model, kb, batch_size=batch_size, geo_dir=geo_dir)


def _noop() -> None:
    pass


class ProcessEngine:
    """``jobs`` worker processes, each with its own pipeline, fed batches of documents.

    Workers parse *and* extract, and send back only the small records (never a
    spaCy ``Doc``), so the actor and relation rules run in parallel too. With
    ``preload`` (on Linux), this process loads the pipeline and then forks the
    workers, which start at once and share its memory pages; without it (or when
    other threads are running, as a fork is then unsafe) each worker loads its own,
    while this process goes on with other work (reading the cache).
    """

    def __init__(self, model: str, kb: Ontology, jobs: int, *, batch_size: int = DEFAULT_BATCH_SIZE, geo_dir=None,
                 preload: bool = True):
        self.model, self.kb, self.jobs, self.batch_size, self.geo_dir = model, kb, jobs, batch_size, geo_dir
        self.preload = preload
        self._pool = None
        self._submitted = False

    def _start(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor
        methods = mp.get_all_start_methods()
        if can_fork():
            ctx = mp.get_context("fork")
            if self.preload:
                _nlp, kb = worker_pipeline(self.model, self.kb, self.geo_dir)   # load once, before the fork
                kb.geo_lookup("")                                                 # and the GeoNames index too
        else:  # each worker loads its own pipeline
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_process,
                                         initargs=(self.model, self.kb, self.geo_dir,
                                                   os.getpid() if ctx.get_start_method() == "fork" else None))
        return self._pool

    def warm(self) -> None:
        """Start the workers now: they load the model in the background."""
        (self._pool or self._start()).submit(_noop)

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        from concurrent.futures.process import BrokenProcessPool

        def submit(batch):
            pool = self._pool or self._start()
            self._submitted = True
            return pool.submit(_process_batch, batch, self.batch_size)

        try:
            yield from ordered_map(submit, lambda f: f.result(), batches, window=2 * self.jobs, done=self.close)
        except BrokenProcessPool as exc:
            raise KgError(f"a parser process died ({exc}); with --jobs {self.jobs} each process holds its "
                          "own copy of the model: try fewer jobs") from None

    def close(self, abort: bool = False) -> None:
        """Stop the workers; with ``abort`` (an error or Ctrl-C), or when they were
        never given a batch (started early, nothing to parse), at once, without
        waiting for a worker still loading the model or parsing a batch."""
        if self._pool is not None:
            if abort or not self._submitted:
                stop_processes(self._pool)
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def partly_cached(corpus: str | Path, has: Callable[[Document], bool], enough: int = 1) -> int:
    """When ``has`` holds for some of the corpus's documents but not all: how many it
    does not hold for, counted up to ``enough``; else 0. (For the cache,
    ``ExtractionCache.has`` looks at the entries' names only; the corpus is read
    with its warnings silenced, as the build reads it again.)"""
    import warnings
    hit, miss = False, 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for document in read_corpus(corpus):
            if has(document):
                hit = True
            else:
                miss += 1
            if hit and miss >= enough:
                break
    return miss if hit else 0


_WARM_UP = Document(id="kg-warm-up", text="Talks resume\n\nThe United Nations said officials of both states "
                                            "met in the capital on Monday and condemned the strike.\n")


def warm_up(model: str, kb: Ontology, cache_dir: str | Path | None = None) -> None:
    """Load the model in this process and fill its lazy look-up tables with a first
    parse of a throw-away text (``kg build --watch``: every rebuild parses here, at once)."""
    extract_batch([_WARM_UP], model, kb, geo_dir=cache_dir)
