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

import os
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .actors import extract_actors
from .corpus import Document, corpus_files, read_corpus
from .errors import KgError
from .graph import Extraction, build_graph
from .knowledge import KnowledgeBase, load_knowledge
from .parse import DEFAULT_MODEL, load_pipeline, parse
from .relations import extract_relations

RDF_FORMATS = {"turtle": "graph.ttl", "nt": "graph.nt", "json-ld": "graph.jsonld"}


@dataclass
class BuildResult:
    """What a build produced: the graph and the files written."""

    graph: nx.MultiDiGraph
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    cached: int = 0       # documents whose extraction came from the cache
    parsed: int = 0       # documents parsed in this build


def extract(pairs: Iterable[tuple[Document, object]], kb: KnowledgeBase) -> Iterator[Extraction]:
    """Reduce each parsed document to its actors and relations (the per-document work)."""
    for document, doc in pairs:
        actors = extract_actors(doc, document, kb)
        relations = extract_relations(actors)
        yield Extraction(document=document, actors=actors.records(), relations=relations)


# -- the per-batch work, the same in this process, a local worker process or a Dask worker --

_LOADED: dict[tuple, tuple] = {}   # (model, kb.version) -> (nlp, kb): one pipeline per process
_LOCK = threading.RLock()          # Dask workers may be threads of one process: one parse at a time


def worker_pipeline(model: str, kb: KnowledgeBase, geo_dir: str | Path | None = None):
    """The ``(nlp, kb)`` of this process for ``model`` and ``kb``, loaded on first use.

    ``geo_dir`` is a cache folder holding (or to hold) the GeoNames index.
    """
    key = (model, kb.version)
    loaded = _LOADED.get(key)
    if loaded is None:
        from .cache import install_geo_index  # noqa: PLC0415
        install_geo_index(kb, geo_dir)
        loaded = (load_pipeline(model, kb), kb)
        _LOADED.clear()
        _LOADED[key] = loaded
    return loaded


def extract_batch(documents: list[Document], model: str, kb: KnowledgeBase, *, batch_size: int = 32,
                  geo_dir: str | Path | None = None) -> list[tuple[tuple, tuple]]:
    """Parse ``documents`` and return each one's ``(actors, relations)``, in order."""
    if not documents:
        return []
    with _LOCK:
        nlp, kb = worker_pipeline(model, kb, geo_dir)
        return [(ex.actors, ex.relations)
                for ex in extract(parse(documents, nlp, batch_size=batch_size), kb)]


class SerialEngine:
    """Everything in this process; the model loads on the first batch that needs parsing."""

    def __init__(self, model: str, kb: KnowledgeBase, *, batch_size: int = 32, geo_dir=None):
        self.model, self.kb, self.batch_size, self.geo_dir = model, kb, batch_size, geo_dir

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        for batch in batches:
            yield extract_batch(batch, self.model, self.kb, batch_size=self.batch_size, geo_dir=self.geo_dir)

    def close(self) -> None:
        pass


def ordered_map(submit: Callable[[list[Document]], object], result: Callable[[object], list],
                batches: Iterable[list[Document]], window: int | Callable[[], int]) -> Iterator[list]:
    """Run ``submit`` on each non-empty batch with at most ``window`` batches in flight and
    yield ``result(...)`` of each in input order (``[]`` for an empty batch): bounded memory.
    ``window`` may be a function, asked each time (a cluster's size is known once it is up)."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch) if batch else None)
        while pending and (pending[0] is None or len(pending) > (window() if callable(window) else window)):
            head = pending.popleft()
            yield [] if head is None else result(head)
    while pending:
        head = pending.popleft()
        yield [] if head is None else result(head)


_PROCESS_ARGS: tuple = ()


def _init_process(model: str, kb: KnowledgeBase, geo_dir) -> None:
    import signal  # noqa: PLC0415
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C and stops the pool
    global _PROCESS_ARGS
    _PROCESS_ARGS = (model, kb, geo_dir)
    worker_pipeline(model, kb, geo_dir)


def _process_batch(documents: list[Document], batch_size: int) -> list[tuple]:
    model, kb, geo_dir = _PROCESS_ARGS
    return extract_batch(documents, model, kb, batch_size=batch_size, geo_dir=geo_dir)


class ProcessEngine:
    """``jobs`` worker processes, each with its own pipeline, fed batches of documents.

    Workers parse *and* extract, and send back only the small records (never a
    spaCy ``Doc``), so the actor and relation rules run in parallel too. On Linux
    they are forked from this process after it has loaded the pipeline, so they
    start at once and share its memory pages (when other threads are running, a
    fork is unsafe: then each worker starts fresh and loads its own pipeline).
    """

    def __init__(self, model: str, kb: KnowledgeBase, jobs: int, *, batch_size: int = 32, geo_dir=None):
        self.model, self.kb, self.jobs, self.batch_size, self.geo_dir = model, kb, jobs, batch_size, geo_dir
        self._pool = None

    def _start(self):
        import multiprocessing as mp  # noqa: PLC0415
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
        methods = mp.get_all_start_methods()
        if "fork" in methods and threading.active_count() == 1:   # forking a threaded process is unsafe
            ctx = mp.get_context("fork")
            _nlp, kb = worker_pipeline(self.model, self.kb, self.geo_dir)   # load once, before the fork
            kb.geo_lookup("")                                                 # and the GeoNames index too
        else:  # each worker loads its own pipeline
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_process,
                                         initargs=(self.model, self.kb, self.geo_dir))
        return self._pool

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        def submit(batch):
            pool = self._pool or self._start()
            return pool.submit(_process_batch, batch, self.batch_size)

        try:
            yield from ordered_map(submit, lambda f: f.result(), batches, window=2 * self.jobs)
        except BrokenProcessPool as exc:
            raise KgError(f"a parser process died ({exc}); with --jobs {self.jobs} each process holds its "
                          "own copy of the model: try fewer jobs") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def auto_jobs(corpus: str | Path) -> int:
    """``--jobs auto``: one process for a small corpus (under ~2 MB of articles, where
    starting workers costs more than it saves), else one per CPU, at most 4."""
    try:
        size = sum(f.stat().st_size for f in corpus_files(corpus))
    except (KgError, OSError):
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if size < AUTO_JOBS_MIN_BYTES else max(1, min(cpus, 4))


AUTO_JOBS_MIN_BYTES = 2_000_000
ENGINES = ("local", "dask")


def make_engine(engine: str, model: str, kb: KnowledgeBase, *, jobs: int = 1, batch_size: int = 32,
                scheduler: str | None = None, geo_dir=None):
    """The engine that turns batches of documents into records (nothing starts until used)."""
    if engine == "local":
        if scheduler:
            raise KgError("--scheduler needs --engine dask")
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
                   jobs: int = 1, batch_size: int = 32, kb: KnowledgeBase | None = None,
                   progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                   engine: str = "local", scheduler: str | None = None,
                   stats: dict | None = None) -> Iterator[Extraction]:
    """Stream the extractions of a corpus in corpus order, one batch of documents at a time.

    With ``cache_dir`` (see :mod:`kg.cache`), a document whose content, model,
    knowledge base and kg version were seen before is not parsed again. ``jobs``
    processes (``engine="local"``) or a Dask cluster (``engine="dask"``, at
    ``scheduler`` or a local one) do the parsing; the results do not depend on
    either. ``stats``, when given, receives the counts ``documents``, ``cached``
    and ``parsed``.
    """
    kb = kb or load_knowledge(ontology)
    if batch_size < 1:
        raise KgError(f"batch size must be at least 1, got {batch_size}")
    cache = None
    if cache_dir is not None:
        from .cache import ExtractionCache, extraction_context  # noqa: PLC0415
        context = extraction_context(model, kb.version)
        if context is None:
            load_pipeline(model, kb)   # raises the ModelError that says why the model is not found
        else:
            cache = ExtractionCache(cache_dir, context)
    runner = make_engine(engine, model, kb, jobs=jobs, batch_size=batch_size, scheduler=scheduler,
                         geo_dir=cache_dir)
    counts = stats if stats is not None else {}
    counts.update(documents=0, cached=0, parsed=0)
    pending: deque = deque()

    def to_parse() -> Iterator[list[Document]]:
        for batch in _batches(read_corpus(corpus), batch_size):
            found = [cache.get(d) for d in batch] if cache else [None] * len(batch)
            pending.append((batch, found))
            yield [d for d, f in zip(batch, found) if f is None]

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
                counts["documents"] += 1
                if progress:
                    progress(1)
                yield Extraction(document=document, actors=record[0], relations=record[1])
    finally:
        runner.close()


def build_corpus_graph(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                       jobs: int = 1, batch_size: int = 32,
                       progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                       engine: str = "local", scheduler: str | None = None,
                       stats: dict | None = None) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, without writing anything (options as :func:`extract_corpus`)."""
    kb = load_knowledge(ontology)
    families = {p: d["family"] for p, d in kb.lexicon.predicates.items()}
    extractions = extract_corpus(corpus, model=model, kb=kb, jobs=jobs, batch_size=batch_size, progress=progress,
                                 cache_dir=cache_dir, engine=engine, scheduler=scheduler, stats=stats)
    return build_graph(extractions, families=families, model=model)


def write_outputs(G: nx.MultiDiGraph, out: str | Path, *, rdf_format: str = "turtle") -> list[Path]:
    """Write every export of ``G`` into ``out``, all or nothing (a failed write leaves
    the previous files in place)."""
    from .export.graphml import write_graphml
    from .export.html import write_html
    from .export.json_graph import write_json
    from .export.rdf import write_rdf

    if rdf_format not in RDF_FORMATS:
        raise KgError(f"unknown RDF format {rdf_format!r} (one of {', '.join(RDF_FORMATS)})")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    try:
        names = {"json": "graph.json", "graphml": "graph.graphml", "html": "graph.html",
                 "rdf": RDF_FORMATS[rdf_format]}
        write_json(G, tmp / names["json"])
        write_graphml(G, tmp / names["graphml"])
        write_rdf(G, tmp / names["rdf"], fmt=rdf_format)
        write_html(G, tmp / names["html"])
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
          scheduler: str | None = None) -> BuildResult:
    """Build the knowledge graph of ``corpus`` and write its files into ``out``.

    ``cache_dir`` turns on the extraction cache (:mod:`kg.cache`; the CLI passes
    ``.kg-cache``); ``jobs``, ``engine`` and ``scheduler`` choose where documents are
    parsed (see :func:`extract_corpus`). None of them changes the files written.
    """
    corpus_files(corpus)   # fail fast, before the model loads, on a missing or empty corpus
    stats: dict = {}
    G = build_corpus_graph(corpus, model=model, ontology=ontology, jobs=jobs, batch_size=batch_size,
                           progress=progress, cache_dir=cache_dir, engine=engine, scheduler=scheduler,
                           stats=stats)
    if not G.graph["documents"]:
        raise KgError(f"no readable article in {corpus} (every file was skipped; see the warnings above)")
    files = write_outputs(G, out, rdf_format=rdf_format)
    return BuildResult(graph=G, files=files, documents=len(G.graph["documents"]),
                       cached=stats.get("cached", 0), parsed=stats.get("parsed", 0))
