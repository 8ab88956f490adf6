"""The one module that knows the stage order: corpus -> parse -> actors -> relations
-> graph -> exporters.

Extraction streams: documents are read, looked up in the cache (:mod:`kg.cache`),
parsed and reduced to their :class:`~kg.graph.Extraction` records one batch
(``batch_size`` documents) at a time, in corpus order; no more than a few batches
of documents and no spaCy ``Doc`` outlive their batch, so memory grows only with
the graph. An *engine* turns each batch of documents the cache does not hold into
records: :class:`SerialEngine` (this process), :class:`ProcessEngine` (``jobs``
local processes) or :class:`kg.distributed.DaskEngine` (a Dask cluster). Each
process loads the model and the knowledge base once (:func:`worker_pipeline`).
None of this changes the graph: the files are byte-identical whatever the engine,
the number of jobs, the batch size or the cache.

>>> from kg.pipeline import build                      # doctest: +SKIP
>>> result = build("corpus", "output")                 # doctest: +SKIP
>>> result.graph.number_of_nodes(), result.files       # doctest: +SKIP
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import DEFAULT_MODEL
from .corpus import Document, corpus_files, read_corpus
from .errors import KgError
from .graph import build_graph
from .ontology import Ontology, load_ontology
from .records import Extraction

if TYPE_CHECKING:   # networkx loads with the graph, after a background parser has started
    import networkx as nx

RDF_FORMATS = {"turtle": "graph.ttl", "nt": "graph.nt", "json-ld": "graph.jsonld"}


@dataclass
class BuildResult:
    """What a build produced: the graph and the files written."""

    graph: nx.MultiDiGraph
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    cached: int = 0       # documents whose extraction came from the cache
    parsed: int = 0       # documents parsed in this build


def extract(pairs: Iterable[tuple[Document, object]], kb: Ontology) -> Iterator[Extraction]:
    """Reduce each parsed document to its actors and relations (the per-document work)."""
    # spaCy loads with the modules that need it, and only in a process that parses:
    # a rebuild whose every document is cached never imports it
    from . import actors as actor_stage  # noqa: PLC0415
    from . import relations as relation_stage  # noqa: PLC0415
    for document, doc in pairs:
        actors = actor_stage.extract_actors(doc, document, kb)
        relations = relation_stage.extract_relations(actors)
        yield Extraction(document=document, actors=actors.records(), relations=relations)


# -- the per-batch work, the same in this process, a local worker process or a Dask worker --

_LOADED: dict[tuple, tuple] = {}   # (model, kb.version) -> (nlp, kb): one pipeline per process
_LOCK = threading.RLock()          # Dask workers may be threads of one process: one parse at a time


def worker_pipeline(model: str, kb: Ontology, geo_dir: str | Path | None = None):
    """The ``(nlp, kb)`` of this process for ``model`` and ``kb``, loaded on first use.

    ``geo_dir`` is a cache folder holding (or to hold) the GeoNames index and the
    entity ruler's patterns.
    """
    key = (model, kb.version)
    loaded = _LOADED.get(key)
    if loaded is None:
        from .cache import install_geo_index  # noqa: PLC0415
        from .parse import load_pipeline  # noqa: PLC0415
        install_geo_index(kb, geo_dir)
        loaded = (load_pipeline(model, kb, geo_dir), kb)
        _LOADED.clear()
        _LOADED[key] = loaded
    return loaded


def extract_batch(documents: list[Document], model: str, kb: Ontology, *, batch_size: int = 32,
                  geo_dir: str | Path | None = None) -> list[tuple[tuple, tuple]]:
    """Parse ``documents`` and return each one's ``(actors, relations)``, in order."""
    if not documents:
        return []
    from .parse import parse  # noqa: PLC0415
    with _LOCK:
        nlp, kb = worker_pipeline(model, kb, geo_dir)
        return [(ex.actors, ex.relations)
                for ex in extract(parse(documents, nlp, batch_size=batch_size), kb)]


class SerialEngine:
    """Everything in this process; the model loads on the first batch that needs parsing."""

    def __init__(self, model: str, kb: Ontology, *, batch_size: int = 32, geo_dir=None):
        self.model, self.kb, self.batch_size, self.geo_dir = model, kb, batch_size, geo_dir

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        for batch in batches:
            yield extract_batch(batch, self.model, self.kb, batch_size=self.batch_size, geo_dir=self.geo_dir)

    def warm(self) -> None:
        pass

    def close(self, abort: bool = False) -> None:
        pass


READ_AHEAD = 64   # batches read past one still being parsed (cached ones: their records wait in memory)


def ordered_map(submit: Callable[[list[Document]], object], result: Callable[[object], list],
                batches: Iterable[list[Document]], window: int | Callable[[], int],
                ahead: int = READ_AHEAD) -> Iterator[list]:
    """Run ``submit`` on each non-empty batch with at most ``window`` batches in flight and
    yield ``result(...)`` of each in input order (``[]`` for an empty batch): bounded memory.
    ``window`` may be a function, asked each time (a cluster's size is known once it is up).

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
        yield [] if head is None else result(head)


_PROCESS_ARGS: tuple = ()


def _init_process(model: str, kb: Ontology, geo_dir) -> None:
    import signal  # noqa: PLC0415
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C and stops the pool
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

    def __init__(self, model: str, kb: Ontology, jobs: int, *, batch_size: int = 32, geo_dir=None,
                 preload: bool = True):
        self.model, self.kb, self.jobs, self.batch_size, self.geo_dir = model, kb, jobs, batch_size, geo_dir
        self.preload = preload
        self._pool = None
        self._submitted = False

    def _start(self):
        import multiprocessing as mp  # noqa: PLC0415
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
        methods = mp.get_all_start_methods()
        if _can_fork():
            ctx = mp.get_context("fork")
            if self.preload:
                _nlp, kb = worker_pipeline(self.model, self.kb, self.geo_dir)   # load once, before the fork
                kb.geo_lookup("")                                                 # and the GeoNames index too
        else:  # each worker loads its own pipeline
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_process,
                                         initargs=(self.model, self.kb, self.geo_dir))
        return self._pool

    def warm(self) -> None:
        """Start the workers now: they load the model in the background."""
        (self._pool or self._start()).submit(_noop)

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        def submit(batch):
            pool = self._pool or self._start()
            self._submitted = True
            return pool.submit(_process_batch, batch, self.batch_size)

        try:
            yield from ordered_map(submit, lambda f: f.result(), batches, window=2 * self.jobs)
        except BrokenProcessPool as exc:
            raise KgError(f"a parser process died ({exc}); with --jobs {self.jobs} each process holds its "
                          "own copy of the model: try fewer jobs") from None

    def close(self, abort: bool = False) -> None:
        """Stop the workers; with ``abort`` (an error or Ctrl-C), or when they were
        never given a batch (started early, nothing to parse), at once, without
        waiting for a worker still loading the model or parsing a batch."""
        if self._pool is not None:
            if abort or not self._submitted:
                for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                    process.terminate()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def auto_jobs(corpus: str | Path) -> int:
    """``--jobs auto``: one process for a small corpus (under ~2 MB of articles, where
    starting workers costs more than it saves), else one per CPU, at most 4."""
    try:
        size = sum(f.stat().st_size for f in corpus_files(corpus))
    except (KgError, OSError):
        return 1
    return 1 if size < AUTO_JOBS_MIN_BYTES else max(1, min(usable_cpus(), 4))


AUTO_JOBS_MIN_BYTES = 2_000_000
ENGINES = ("local", "dask")


def make_engine(engine: str, model: str, kb: Ontology, *, jobs: int = 1, batch_size: int = 32,
                scheduler: str | None = None, geo_dir=None, background: bool = False):
    """The engine that turns batches of documents into records (nothing starts until used).

    ``background`` (local engine): parse in worker processes that load the model
    themselves, even with one job, so that this process can read cached results
    meanwhile (see :func:`extract_corpus`).
    """
    if engine == "local":
        if scheduler:
            raise KgError("--scheduler needs --engine dask")
        if background and _can_fork():
            return ProcessEngine(model, kb, jobs, batch_size=batch_size, geo_dir=geo_dir, preload=False)
        if jobs <= 1:
            return SerialEngine(model, kb, batch_size=batch_size, geo_dir=geo_dir)
        return ProcessEngine(model, kb, jobs, batch_size=batch_size, geo_dir=geo_dir)
    if engine == "dask":
        from .distributed import DaskEngine  # noqa: PLC0415
        return DaskEngine(model, kb, jobs=jobs, batch_size=batch_size, scheduler=scheduler, geo_dir=geo_dir)
    raise KgError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch = []
    for d in documents:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_corpus(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                   jobs: int = 1, batch_size: int = 32, kb: Ontology | None = None,
                   progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                   engine: str = "local", scheduler: str | None = None,
                   stats: dict | None = None, memo: dict | None = None,
                   meanwhile: Callable[[], None] | None = None) -> Iterator[Extraction]:
    """Stream the extractions of a corpus in corpus order, one batch of documents at a time.

    With ``cache_dir`` (see :mod:`kg.cache`), a document whose content, model,
    knowledge base and kg version were seen before is not parsed again. ``jobs``
    processes (``engine="local"``) or a Dask cluster (``engine="dask"``, at
    ``scheduler`` or a local one) do the parsing; the results do not depend on
    either. ``stats``, when given, receives the counts ``documents``, ``cached``
    and ``parsed``.

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
    kb = kb or load_ontology(ontology)
    if batch_size < 1:
        raise KgError(f"batch size must be at least 1, got {batch_size}")
    cache = None
    if cache_dir is not None:
        from .cache import ExtractionCache, extraction_context  # noqa: PLC0415
        context = extraction_context(model, kb.version)
        if context is None:
            from .parse import load_pipeline  # noqa: PLC0415
            load_pipeline(model, kb)   # raises the ModelError that says why the model is not found
        else:
            cache = ExtractionCache(cache_dir, context)
    partial = False
    loaded = (model, kb.version) in _LOADED
    rebuild = cache is not None and not cache.is_empty()   # else nothing can be cached: no need to look
    if engine == "local" and jobs == 1 and not loaded and rebuild and usable_cpus() > 1:
        partial = True   # a rebuild: its parser starts now, before the corpus is read (stopped if idle)
    elif engine == "local" and (rebuild or memo) and (not loaded or jobs > 1):
        new = _partly_cached(corpus, lambda d: (memo is not None and d in memo)
                             or (cache is not None and cache.has(d)), enough=jobs * batch_size)
        if new:
            jobs = min(jobs, -(-new // batch_size))   # a worker per batch to parse, no more: each loads the model
            partial = not loaded
    runner = make_engine(engine, model, kb, jobs=jobs, batch_size=batch_size, scheduler=scheduler,
                         geo_dir=cache_dir, background=partial)
    if partial:
        runner.warm()
        if meanwhile is not None:
            meanwhile()
    counts = stats if stats is not None else {}
    counts.update(documents=0, cached=0, parsed=0)
    pending: deque = deque()

    seen: dict = {}

    def known(document: Document):
        record = memo.get(document) if memo is not None else None
        if record is None and cache is not None:
            record = cache.get(document)
        return record

    def to_parse() -> Iterator[list[Document]]:
        for batch in _batches(read_corpus(corpus), batch_size):
            found = [known(d) for d in batch]
            pending.append((batch, found))
            yield [d for d, f in zip(batch, found) if f is None]

    aborted = True
    try:
        for results in runner.map(to_parse()):
            batch, found = pending.popleft()
            fresh = iter(results)
            for document, record in zip(batch, found):
                if record is None:
                    record = next(fresh)
                    counts["parsed"] += 1
                    if cache:
                        cache.put(document, record)
                else:
                    counts["cached"] += 1
                if memo is not None:
                    seen[document] = record
                counts["documents"] += 1
                if progress:
                    progress(1)
                yield Extraction(document=document, actors=record[0], relations=record[1])
        if memo is not None:
            memo.clear()
            memo.update(seen)
        aborted = False
    finally:
        runner.close(abort=aborted)


def _partly_cached(corpus: str | Path, has: Callable[[Document], bool], enough: int = 1) -> int:
    """When ``has`` holds for some of the corpus's documents but not all: how many it
    does not hold for, counted up to ``enough``; else 0. (For the cache,
    ``ExtractionCache.has`` looks at the entries' names only; the corpus is read
    with its warnings silenced, as the build reads it again.)"""
    import warnings  # noqa: PLC0415
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


def build_corpus_graph(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                       jobs: int = 1, batch_size: int = 32,
                       progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                       engine: str = "local", scheduler: str | None = None,
                       stats: dict | None = None, memo: dict | None = None,
                       kb: Ontology | None = None,
                       meanwhile: Callable[[], None] | None = None) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, without writing anything (options as :func:`extract_corpus`)."""
    kb = kb or load_ontology(ontology)
    extractions = extract_corpus(corpus, model=model, kb=kb, jobs=jobs, batch_size=batch_size, progress=progress,
                                 cache_dir=cache_dir, engine=engine, scheduler=scheduler, stats=stats, memo=memo,
                                 meanwhile=meanwhile)
    with _young_gc_only():
        return build_graph(_collect_young(extractions), kb, model=model)


GC_EVERY = 1000   # documents between two collections of young objects while a graph is built


class _young_gc_only:
    """Pause automatic garbage collection while a graph is built: its many long-lived
    containers would otherwise make Python walk the whole growing heap again and again
    (about 10% of a rebuild from the cache). :func:`_collect_young` still frees the few
    young reference cycles that parsing leaves."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()


def _collect_young(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
    for n, ex in enumerate(extractions, 1):
        if n % GC_EVERY == 0:
            gc.collect(0)
        yield ex


OUTPUT_KINDS = ("html", "json", "graphml", "rdf")   # the slowest to write first
PARALLEL_WRITE_MIN_EDGES = 1_000   # below this, forking costs more than writing in parallel saves


def write_file(G: nx.MultiDiGraph, kind: str, path: str | Path, *, ontology: Ontology | None = None,
               rdf_format: str = "turtle", cache_dir: str | Path | None = None) -> None:
    """Write one export of ``G``: ``kind`` is one of :data:`OUTPUT_KINDS`. With
    ``cache_dir``, the JSON, GraphML and RDF writers keep the text of each actor and
    relation there (:class:`kg.cache.Fragments`) and a later build formats only new ones."""
    fragments = None
    if cache_dir is not None and (kind in ("json", "graphml") or (kind == "rdf" and rdf_format != "json-ld")):
        from .cache import Fragments  # noqa: PLC0415
        fragments = Fragments(cache_dir, rdf_format if kind == "rdf" else kind)
    if kind == "json":
        from .export.json_graph import write_json
        write_json(G, path, fragments=fragments)
    elif kind == "graphml":
        from .export.graphml import write_graphml
        write_graphml(G, path, fragments=fragments)
    elif kind == "rdf":
        from .export.rdf import write_rdf
        write_rdf(G, path, fmt=rdf_format, fragments=fragments, ontology=ontology)
    elif kind == "html":
        from .export.html import write_html
        write_html(G, path, ontology=ontology)
    else:
        raise KgError(f"unknown output {kind!r} (one of {', '.join(OUTPUT_KINDS)})")
    if fragments is not None:
        fragments.save()


def load_writers() -> None:
    """Import the writers' modules (numpy, rdflib, ...) now, e.g. while a background
    parser loads the model: the processes :func:`write_outputs` forks then have them."""
    from .export import graphml, html, json_graph, rdf  # noqa: F401, PLC0415


_WRITE_GRAPH: tuple | None = None   # (graph, ontology) forked writer processes write


def _write_in_child(kind: str, path: str, rdf_format: str, cache_dir: str | None) -> None:
    G, ontology = _WRITE_GRAPH
    write_file(G, kind, path, ontology=ontology, rdf_format=rdf_format, cache_dir=cache_dir)


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask: ``taskset`` and cgroup limits count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _can_fork() -> bool:
    """Whether this process may fork workers (forking a threaded process is unsafe)."""
    import multiprocessing as mp  # noqa: PLC0415
    return "fork" in mp.get_all_start_methods() and threading.active_count() == 1


def write_processes(G: nx.MultiDiGraph) -> int:
    """How many processes write the files of ``G``: one per usable CPU (at most one per file)
    for a large graph when this process can fork, else 1 (this process)."""
    if G.number_of_edges() < PARALLEL_WRITE_MIN_EDGES or not _can_fork():
        return 1
    return min(usable_cpus(), len(OUTPUT_KINDS))


def _write_all(G: nx.MultiDiGraph, targets: dict[str, Path], ontology: Ontology | None, rdf_format: str,
               processes: int, cache_dir: str | Path | None) -> None:
    if processes <= 1:
        for kind, path in targets.items():
            write_file(G, kind, path, ontology=ontology, rdf_format=rdf_format, cache_dir=cache_dir)
        return
    # forked children share the graph's memory pages: nothing is pickled but the file names
    import multiprocessing as mp  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415
    global _WRITE_GRAPH
    _WRITE_GRAPH = (G, ontology)
    gc.freeze()   # the children's collections then never walk (and so copy) the graph's pages
    try:
        with ProcessPoolExecutor(processes, mp_context=mp.get_context("fork"), initializer=gc.disable) as pool:
            futures = [pool.submit(_write_in_child, kind, str(path), rdf_format,
                                   None if cache_dir is None else str(cache_dir))
                       for kind, path in targets.items()]
            for f in futures:
                f.result()
    except BrokenProcessPool as exc:
        raise KgError(f"a process writing the output files died ({exc})") from None
    finally:
        _WRITE_GRAPH = None
        gc.unfreeze()


def write_outputs(G: nx.MultiDiGraph, out: str | Path, *, ontology: Ontology | None = None,
                  rdf_format: str = "turtle", processes: int | None = None,
                  cache_dir: str | Path | None = None) -> list[Path]:
    """Write every export of ``G`` into ``out``, all or nothing (a failed write leaves
    the previous files in place).

    The four files are written by ``processes`` forked processes at once (default:
    :func:`write_processes`); with ``cache_dir``, the writers keep the text of each
    actor and relation there for the next build (see :func:`write_file`). The bytes
    depend on neither.
    """
    if rdf_format not in RDF_FORMATS:
        raise KgError(f"unknown RDF format {rdf_format!r} (one of {', '.join(RDF_FORMATS)})")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    try:
        names = {"html": "graph.html", "json": "graph.json", "graphml": "graph.graphml",
                 "rdf": RDF_FORMATS[rdf_format]}
        processes = write_processes(G) if processes is None else max(1, processes)
        _write_all(G, {kind: tmp / names[kind] for kind in OUTPUT_KINDS}, ontology, rdf_format, processes, cache_dir)
        files = []
        for name in sorted(names.values()):
            os.replace(tmp / name, out / name)
            files.append(out / name)
        return files
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build(corpus: str | Path = "corpus", out: str | Path = "output", *, model: str = DEFAULT_MODEL,
          ontology: str | Path | None = None, jobs: int = 1, batch_size: int = 32,
          rdf_format: str = "turtle", progress: Callable[[int], None] | None = None,
          cache_dir: str | Path | None = None, engine: str = "local",
          scheduler: str | None = None, memo: dict | None = None,
          kb: Ontology | None = None) -> BuildResult:
    """Build the knowledge graph of ``corpus`` and write its files into ``out``.

    ``cache_dir`` turns on the extraction cache (:mod:`kg.cache`; the CLI passes
    ``.kg-cache``); ``jobs``, ``engine`` and ``scheduler`` choose where documents are
    parsed (see :func:`extract_corpus`, which also says what ``memo`` is). None of
    them changes the files written. ``kb``, a knowledge base already loaded, stands
    for ``ontology``.
    """
    corpus_files(corpus)   # fail fast, before the model loads, on a missing or empty corpus
    kb = kb or load_ontology(ontology)
    stats: dict = {}
    G = build_corpus_graph(corpus, model=model, ontology=ontology, jobs=jobs, batch_size=batch_size,
                           progress=progress, cache_dir=cache_dir, engine=engine, scheduler=scheduler,
                           stats=stats, memo=memo, kb=kb, meanwhile=load_writers)
    if not G.graph["documents"]:
        raise KgError(f"no readable article in {corpus} (every file was skipped; see the warnings above)")
    files = write_outputs(G, out, ontology=kb, rdf_format=rdf_format, cache_dir=cache_dir)
    return BuildResult(graph=G, files=files, documents=len(G.graph["documents"]),
                       cached=stats.get("cached", 0), parsed=stats.get("parsed", 0))


# -- watching a corpus folder ----------------------------------------------------------------

_WARM_UP = Document(id="kg-warm-up", text="Talks resume\n\nThe United Nations said officials of both states "
                                            "met in the capital on Monday and condemned the strike.\n")


def corpus_signature(corpus: str | Path) -> tuple:
    """What changes when an article is added, removed or edited: every article file's
    path, size and modification time (raises :class:`KgError` when there is none)."""
    out = []
    for f in corpus_files(corpus):
        try:
            st = f.stat()
        except OSError:          # removed since the listing
            continue
        out.append((str(f), st.st_size, st.st_mtime_ns))
    return tuple(out)


def watch(corpus: str | Path = "corpus", out: str | Path = "output", *, interval: float = 2.0,
          on_build: Callable[[BuildResult, float], None] | None = None,
          on_error: Callable[[KgError], None] | None = None,
          stop: Callable[[], bool] | None = None, progress: Callable[[int], None] | None = None,
          **options) -> int:
    """Build ``corpus`` into ``out``, then build again whenever an article file is
    added, removed or changed, until ``stop()`` is true (checked every ``interval``
    seconds) or the process is interrupted. Returns the number of builds.

    The model stays loaded and every document's records stay in memory, so a
    rebuild parses only the new or changed articles and reads nothing back from the
    cache: its cost is building the graph and writing the files (``options`` are
    :func:`build`'s: the files are the same as a ``build`` of the corpus would write).
    ``on_build(result, seconds)`` follows each build; a :class:`KgError` in a
    rebuild (an emptied corpus, a full disk) goes to ``on_error`` and watching goes
    on; in the first build it is raised. The ontology and the model are read once,
    at the start. Add articles by moving finished files into the folder: a file
    caught half-written is read as it is, then read again once it changes.
    """
    if interval <= 0:
        raise KgError(f"the watch interval must be positive, got {interval}")
    memo: dict = {}   # records of this knowledge base only: it is loaded once, here
    kb = options.pop("kb", None) or load_ontology(options.pop("ontology", None))
    signature = corpus_signature(corpus)
    if options.get("engine", "local") == "local":
        # the model stays in this process, its lazy look-up tables filled by a first
        # parse of a throw-away text: every rebuild parses here, at once
        extract_batch([_WARM_UP], options.get("model", DEFAULT_MODEL), kb, geo_dir=options.get("cache_dir"))
    builds = 0
    while True:
        start = time.perf_counter()
        try:
            result = build(corpus, out, memo=memo, kb=kb, progress=progress if builds == 0 else None, **options)
        except KgError as exc:
            if builds == 0 or on_error is None:
                raise
            on_error(exc)
        else:
            builds += 1
            if on_build is not None:
                on_build(result, time.perf_counter() - start)
        while True:
            if stop is not None and stop():
                return builds
            time.sleep(interval)
            try:
                now = corpus_signature(corpus)
            except KgError as exc:
                now = None
                if signature is not None and on_error is not None:
                    on_error(exc)
            if now != signature:
                signature = now
                if now is not None:
                    break
