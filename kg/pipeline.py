"""The one module that knows the stage order: corpus -> parse -> actors -> relations
-> graph -> exporters.

:func:`build` is the whole of it: :func:`extract_corpus` reads the corpus and
turns each document into its records (parse, actors, relations; or the
extraction cache's copy, :mod:`kg.cache`), :func:`build_corpus_graph` merges them
into the graph and :func:`write_outputs` writes the files. Extraction streams one
batch (``batch_size`` documents) at a time, in corpus order; no spaCy ``Doc``
outlives its batch, so memory grows only with the graph.

Every step has its stock form here. Unless the build is plain
(``kg build --plain``, ``KG_PLAIN=1``: :func:`kg.plain_requested`), steps hand
over to :mod:`kg.speed`, which changes how, never what: the fast spaCy pipeline,
worker processes or a Dask cluster, a background parser for a rebuild, garbage
collection paused through the build, the writers forked and their text kept.
The files are byte-identical either way, and whatever the engine, the number of
jobs, the batch size or the cache.

>>> from kg.pipeline import build                      # doctest: +SKIP
>>> result = build("corpus", "output")                 # doctest: +SKIP
>>> result.graph.number_of_nodes(), result.files       # doctest: +SKIP
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import DEFAULT_BATCH_SIZE, DEFAULT_MODEL, plain_requested
from .cache import ExtractionCache, extraction_context
from .corpus import Document, corpus_files, read_corpus
from .errors import KgError
from .graph import build_graph
from .guard import guarded
from .ontology import Ontology, load_ontology
from .output import prepare as prepare_output
from .output import remove_other_rdf, staging
from .records import Extraction

if TYPE_CHECKING:   # networkx loads with the graph, after a background parser has started
    import networkx as nx

RDF_FORMATS = {"turtle": "graph.ttl", "nt": "graph.nt", "json-ld": "graph.jsonld"}
OUTPUT_KINDS = ("html", "json", "graphml", "rdf", "plover")   # the slowest to write first
PLOVER_FILE = "events.jsonl"   # the PLOVER event records (kg.export.plover)


@dataclass
class BuildResult:
    """What a build produced: the graph and the files written."""

    graph: nx.MultiDiGraph
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    cached: int = 0       # documents whose extraction came from the cache
    parsed: int = 0       # documents parsed in this build


def build(corpus: str | Path = "corpus", out: str | Path = "output", *, model: str = DEFAULT_MODEL,
          ontology: str | Path | None = None, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
          rdf_format: str = "turtle", progress: Callable[[int], None] | None = None,
          cache_dir: str | Path | None = None, engine: str = "local",
          scheduler: str | None = None, memo: dict | None = None,
          kb: Ontology | None = None, plain: bool | None = None, plover: bool = True) -> BuildResult:
    """Build the knowledge graph of ``corpus`` and write its files into ``out`` (with
    ``plover``, also the PLOVER event records ``events.jsonl``).

    ``cache_dir`` turns on the extraction cache (:mod:`kg.cache`; the CLI passes
    ``.kg-cache``); ``jobs``, ``engine`` and ``scheduler`` choose where documents are
    parsed (see :func:`extract_corpus`, which also says what ``memo`` is); ``plain``
    takes the stock path (default: ``$KG_PLAIN``). None of them changes the files
    written. ``kb``, a knowledge base already loaded, stands for ``ontology``.
    """
    corpus_files(corpus)   # fail fast, before the model loads, on a missing or empty corpus
    prepare_output(out)    # or on an output folder that cannot be written (and clear dead builds' folders)
    plain = plain_requested(plain)
    stats: dict = {}
    with _paused_collection(plain):
        kb = kb or _load_ontology(ontology, cache_dir, plain)
        G = build_corpus_graph(corpus, model=model, jobs=jobs, batch_size=batch_size, progress=progress,
                               cache_dir=cache_dir, engine=engine, scheduler=scheduler, stats=stats, memo=memo,
                               kb=kb, meanwhile=None if plain else _load_writers, plain=plain)
        if not G.graph["documents"]:
            raise KgError(f"no readable article in {corpus} (every file was skipped; see the warnings above)")
        files = write_outputs(G, out, ontology=kb, rdf_format=rdf_format, cache_dir=cache_dir, plain=plain,
                              plover=plover)
    return BuildResult(graph=G, files=files, documents=len(G.graph["documents"]),
                       cached=stats.get("cached", 0), parsed=stats.get("parsed", 0))


def _paused_collection(plain: bool):
    """The whole build's garbage collection paused on the fast path
    (:class:`kg.speed.memory.young_gc_only`), not on the plain path."""
    if plain:
        return nullcontext()
    from .speed.memory import young_gc_only
    return young_gc_only()


def _load_ontology(ontology: str | Path | None, cache_dir: str | Path | None, plain: bool) -> Ontology:
    """:func:`load_ontology`; on the fast path with a cache folder, its parsed gazetteer and
    lexicons are kept there (:class:`kg.speed.knowledge.Keeper`)."""
    if plain or cache_dir is None:
        return load_ontology(ontology)
    from .speed.knowledge import Keeper
    return load_ontology(ontology, keep=Keeper(cache_dir))


# -- corpus -> records: parse, actors, relations ------------------------------------------------

def extract_corpus(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                   jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE, kb: Ontology | None = None,
                   progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                   engine: str = "local", scheduler: str | None = None,
                   stats: dict | None = None, memo: dict | None = None,
                   meanwhile: Callable[[], None] | None = None, plain: bool | None = None) -> Iterator[Extraction]:
    """Stream the extractions of a corpus in corpus order, one batch of documents at a time.

    A document is looked up in ``memo`` (the records of a previous build, which
    :func:`watch` keeps; refilled with this build's) and in the extraction cache in
    ``cache_dir``: one whose content, model, knowledge base and kg version were
    seen before is not parsed again. The others go to an *engine* that parses and
    extracts them: this process on the plain path (``jobs``, ``engine`` and
    ``scheduler`` are then ignored), else (:func:`kg.speed.engines.start_engine`)
    ``jobs`` local processes (``engine="local"``) or a Dask cluster
    (``engine="dask"``, at ``scheduler`` or a local one), a rebuild's parser
    started in the background at once (``meanwhile`` is then called: the caller's
    work to overlap with it). The results depend on none of this. ``stats``, when
    given, receives the counts ``documents``, ``cached`` and ``parsed``.
    """
    kb = kb or load_ontology(ontology)
    if batch_size < 1:
        raise KgError(f"batch size must be at least 1, got {batch_size}")
    plain = plain_requested(plain)
    cache = _open_cache(cache_dir, model, kb, plain)
    if plain:
        runner = SerialEngine(model, kb, batch_size=batch_size, plain=True)
    else:
        from .speed.engines import start_engine
        runner = start_engine(corpus, model, kb, engine=engine, jobs=jobs, batch_size=batch_size,
                              scheduler=scheduler, cache=cache, cache_dir=cache_dir, memo=memo, meanwhile=meanwhile)
    counts = stats if stats is not None else {}
    counts.update(documents=0, cached=0, parsed=0)
    seen: dict = {}
    aborted = True
    try:
        for document, record, parsed in _records(read_corpus(corpus), batch_size, _lookup(memo, cache), runner):
            counts["documents"] += 1
            counts["parsed" if parsed else "cached"] += 1
            if parsed and cache is not None:
                cache.put(document, record)
            if memo is not None:
                seen[document] = record
            if progress:
                progress(1)
            yield Extraction(document=document, actors=record[0], relations=record[1])
        if memo is not None:
            memo.clear()
            memo.update(seen)
        aborted = False
    finally:
        runner.close(abort=aborted)


def _open_cache(cache_dir: str | Path | None, model: str, kb: Ontology, plain: bool) -> ExtractionCache | None:
    """The extraction cache in ``cache_dir``, or ``None`` (no folder, or a model that
    cannot be found: loading it then raises the :class:`~kg.errors.ModelError` that says why)."""
    if cache_dir is None:
        return None
    context = extraction_context(model, kb.version, plain=plain)
    if context is None:
        worker_pipeline(model, kb, plain=plain)
        return None
    return ExtractionCache(cache_dir, context)


def _lookup(memo: dict | None, cache: ExtractionCache | None) -> Callable[[Document], tuple | None]:
    """The records of a document already known, from ``memo`` or else ``cache`` (``None`` if neither)."""
    def known(document: Document) -> tuple | None:
        record = memo.get(document) if memo is not None else None
        if record is None and cache is not None:
            record = cache.get(document)
        return record
    return known


def _records(documents: Iterable[Document], batch_size: int, known: Callable[[Document], tuple | None],
             engine) -> Iterator[tuple[Document, tuple, bool]]:
    """Each document with its ``(actors, relations)`` and whether it was parsed now, in
    order: ``known``'s records, else ``engine``'s, which gets each batch's unknown ones."""
    pending: deque = deque()

    def to_parse() -> Iterator[list[Document]]:
        for batch in _batches(documents, batch_size):
            found = [known(d) for d in batch]
            pending.append((batch, found))
            yield [d for d, f in zip(batch, found) if f is None]

    for results in engine.map(to_parse()):
        batch, found = pending.popleft()
        fresh = iter(results)
        for document, record in zip(batch, found):
            if record is None:
                yield document, next(fresh), True
            else:
                yield document, record, False


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch = []
    for d in documents:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class SerialEngine:
    """Batches of documents -> their records, in this process; the model loads on
    the first batch that needs parsing (the plain path's engine, and the fast
    path's with one job)."""

    def __init__(self, model: str, kb: Ontology, *, batch_size: int = DEFAULT_BATCH_SIZE, geo_dir=None,
                 plain: bool = False):
        self.model, self.kb, self.batch_size, self.geo_dir, self.plain = model, kb, batch_size, geo_dir, plain

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        for batch in batches:
            yield extract_batch(batch, self.model, self.kb, batch_size=self.batch_size, geo_dir=self.geo_dir,
                                plain=self.plain)

    def warm(self) -> None:
        pass

    def close(self, abort: bool = False) -> None:
        pass


# -- the per-batch work, the same in this process, a local worker process or a Dask worker --

_LOADED: dict[tuple, tuple] = {}   # (model, kb.version, plain) -> (nlp, kb): one pipeline per process and path
_LOCK = threading.RLock()          # Dask workers may be threads of one process: one parse at a time


def extract_batch(documents: list[Document], model: str, kb: Ontology, *, batch_size: int = DEFAULT_BATCH_SIZE,
                  geo_dir: str | Path | None = None, plain: bool = False) -> list[tuple[tuple, tuple]]:
    """Parse ``documents`` and return each one's ``(actors, relations)``, in order."""
    if not documents:
        return []
    with _LOCK:
        nlp, kb = worker_pipeline(model, kb, geo_dir, plain=plain)
        # imported after the pipeline is loaded: the fast one imports spaCy its own way
        from .parse import parse
        return [(ex.actors, ex.relations)
                for ex in extract(parse(documents, nlp, kb=kb, batch_size=batch_size), kb)]


def worker_pipeline(model: str, kb: Ontology, geo_dir: str | Path | None = None, *, plain: bool = False):
    """The ``(nlp, kb)`` of this process for ``model`` and ``kb``, loaded on first use:
    :func:`kg.parse.load_pipeline` on the plain path, else :func:`kg.speed.loader.load_pipeline`
    (which keeps the GeoNames index and the entity ruler's index in ``geo_dir``)."""
    key = (model, kb.version, plain)
    loaded = _LOADED.get(key)
    if loaded is None:
        if plain:
            from .parse import load_pipeline
            nlp = load_pipeline(model, kb)
        else:
            from .speed.loader import load_pipeline as load_fast_pipeline
            nlp = load_fast_pipeline(model, kb, geo_dir)
        loaded = (nlp, kb)
        for other in [k for k in _LOADED if k[2] == plain]:   # (a process that takes both paths keeps both)
            del _LOADED[other]
        _LOADED[key] = loaded
    return loaded


def is_loaded(model: str, kb: Ontology, *, plain: bool = False) -> bool:
    """Whether this process holds the pipeline of ``model`` and ``kb`` already."""
    return (model, kb.version, plain) in _LOADED


def extract(pairs: Iterable[tuple[Document, object]], kb: Ontology) -> Iterator[Extraction]:
    """Reduce each parsed document to its actors and relations (the per-document work);
    the pieces of an article (:func:`kg.parse.parse`) give one extraction, the article's."""
    # spaCy loads with the modules that need it, and only in a process that parses:
    # a rebuild whose every document is cached never imports it
    from . import actors as actor_stage
    from . import relations as relation_stage
    from .pieces import Joined, Piece
    parts = Joined()   # the pieces of a long article or one with "\r" (kg.pieces), joined as they come
    for unit, doc in pairs:
        document = unit.document if isinstance(unit, Piece) else unit
        actors = guarded(document.id, "actors", lambda: actor_stage.extract_actors(doc, document, kb), None)
        relations = guarded(document.id, "relations", lambda: relation_stage.extract_relations(actors), ()) \
            if actors is not None else ()
        extraction = Extraction(document=document, actors=actors.records() if actors is not None else (),
                                relations=relations)
        if not isinstance(unit, Piece):
            yield extraction
            continue
        parts.add(unit, extraction)
        if unit.last:
            yield parts.result()
            parts = Joined()


# -- records -> graph -----------------------------------------------------------------------

def build_corpus_graph(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                       jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                       progress: Callable[[int], None] | None = None, cache_dir: str | Path | None = None,
                       engine: str = "local", scheduler: str | None = None,
                       stats: dict | None = None, memo: dict | None = None,
                       kb: Ontology | None = None,
                       meanwhile: Callable[[], None] | None = None, plain: bool | None = None) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, without writing anything (options as :func:`extract_corpus`)."""
    kb = kb or load_ontology(ontology)
    plain = plain_requested(plain)
    extractions = extract_corpus(corpus, model=model, kb=kb, jobs=jobs, batch_size=batch_size, progress=progress,
                                 cache_dir=cache_dir, engine=engine, scheduler=scheduler, stats=stats, memo=memo,
                                 meanwhile=meanwhile, plain=plain)
    if plain:
        return build_graph(extractions, kb, model=model)
    from .speed.memory import collect_young, young_gc_only
    with young_gc_only():
        return build_graph(collect_young(extractions), kb, model=model)


# -- graph -> files ---------------------------------------------------------------------------

def write_outputs(G: nx.MultiDiGraph, out: str | Path, *, ontology: Ontology | None = None,
                  rdf_format: str = "turtle", processes: int | None = None,
                  cache_dir: str | Path | None = None, plain: bool | None = None,
                  plover: bool = True) -> list[Path]:
    """Write every export of ``G`` into ``out``, all or nothing (a failed write leaves
    the previous files in place, and is a :class:`KgError`); the RDF file of another
    ``rdf_format`` that kg wrote there before is removed (:mod:`kg.output`); without
    ``plover`` no ``events.jsonl`` (one an earlier build left is removed with the others
    replaced, so the folder never mixes builds).

    On the plain path this process writes the files one by one. Else
    :func:`kg.speed.writers.write_all` writes them with ``processes`` forked
    processes at once (default: one per CPU for a large graph) and, with
    ``cache_dir``, keeps the text of each actor and relation there for the next
    build. The bytes depend on neither.
    """
    if rdf_format not in RDF_FORMATS:
        raise KgError(f"unknown RDF format {rdf_format!r} (one of {', '.join(RDF_FORMATS)})")
    out = prepare_output(out)
    names = {"html": "graph.html", "json": "graph.json", "graphml": "graph.graphml", "rdf": RDF_FORMATS[rdf_format]}
    if plover:
        names["plover"] = PLOVER_FILE
    try:
        with staging(out) as tmp:
            targets = {kind: tmp / names[kind] for kind in OUTPUT_KINDS if kind in names}
            if plain_requested(plain):
                for kind, path in targets.items():
                    write_file(G, kind, path, ontology=ontology, rdf_format=rdf_format)
            else:
                from .speed.writers import write_all
                write_all(G, targets, ontology=ontology, rdf_format=rdf_format, processes=processes,
                          cache_dir=cache_dir)
            files = []
            for name in sorted(names.values()):
                os.replace(tmp / name, out / name)
                files.append(out / name)
    except OSError as exc:
        raise KgError(f"cannot write the graph files into {out}: {exc.strerror or exc} "
                      f"({getattr(exc, 'filename', None) or 'a write failed'})") from None
    remove_other_rdf(out, RDF_FORMATS.values(), keep=names["rdf"])   # one graph per folder
    if not plover:
        (out / PLOVER_FILE).unlink(missing_ok=True)
    return files


def write_file(G: nx.MultiDiGraph, kind: str, path: str | Path, *, ontology: Ontology | None = None,
               rdf_format: str = "turtle", fragments=None) -> None:
    """Write one export of ``G``: ``kind`` is one of :data:`OUTPUT_KINDS`. ``fragments``
    (a :class:`kg.speed.fragments.Fragments`, for JSON, GraphML and Turtle or N-Triples)
    holds text written before for the same actors and relations."""
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
    elif kind == "plover":
        from .export.plover import write_plover
        write_plover(G, path, ontology=ontology)
    else:
        raise KgError(f"unknown output {kind!r} (one of {', '.join(OUTPUT_KINDS)})")


def _load_writers() -> None:
    """While a background parser loads the model: :func:`kg.speed.writers.load_writers`."""
    from .speed.writers import load_writers
    load_writers()


# -- watching a corpus folder ----------------------------------------------------------------

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
    options["plain"] = plain_requested(options.get("plain"))
    kb = options.pop("kb", None) or _load_ontology(options.pop("ontology", None), options.get("cache_dir"),
                                                   options["plain"])
    signature = corpus_signature(corpus)
    if not options["plain"] and options.get("engine", "local") == "local":
        # the model in this process, ready: every rebuild parses here
        from .speed.engines import warm_up
        warm_up(options.get("model", DEFAULT_MODEL), kb, options.get("cache_dir"))
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
        signature = _next_change(corpus, signature, interval, stop, on_error)
        if signature is None:
            return builds


def _next_change(corpus: str | Path, signature: tuple | None, interval: float,
                 stop: Callable[[], bool] | None, on_error: Callable[[KgError], None] | None) -> tuple | None:
    """Wait for the corpus to change (checked every ``interval`` seconds) and return its
    new signature; ``None`` once ``stop()`` is true. A corpus that cannot be listed is
    reported to ``on_error`` (once) and waited for."""
    while True:
        if stop is not None and stop():
            return None
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
                return now
