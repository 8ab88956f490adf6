"""The one module that knows the stage order: corpus -> parse -> actors -> relations
-> graph -> exporters.

>>> from kg.pipeline import build                      # doctest: +SKIP
>>> result = build("corpus", "output")                 # doctest: +SKIP
>>> result.graph.number_of_nodes(), result.files       # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import tempfile
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


def extract(pairs: Iterable[tuple[Document, object]], kb: KnowledgeBase) -> Iterator[Extraction]:
    """Reduce each parsed document to its actors and relations (the per-document work)."""
    for document, doc in pairs:
        actors = extract_actors(doc, document, kb)
        relations = extract_relations(actors)
        yield Extraction(document=document, actors=actors.records(), relations=relations)


def extract_corpus(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                   jobs: int = 1, batch_size: int = 32, kb: KnowledgeBase | None = None,
                   progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """Stream the extractions of a corpus, one document at a time."""
    kb = kb or load_knowledge(ontology)
    nlp = load_pipeline(model, kb)
    docs = read_corpus(corpus)
    for ex in extract(parse(docs, nlp, batch_size=batch_size, n_process=jobs), kb):
        if progress:
            progress(1)
        yield ex


def build_corpus_graph(corpus: str | Path, *, model: str = DEFAULT_MODEL, ontology: str | Path | None = None,
                       jobs: int = 1, batch_size: int = 32,
                       progress: Callable[[int], None] | None = None) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus, without writing anything."""
    kb = load_knowledge(ontology)
    families = {p: d["family"] for p, d in kb.lexicon.predicates.items()}
    extractions = extract_corpus(corpus, model=model, kb=kb, jobs=jobs, batch_size=batch_size, progress=progress)
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
          rdf_format: str = "turtle", progress: Callable[[int], None] | None = None) -> BuildResult:
    """Build the knowledge graph of ``corpus`` and write its files into ``out``."""
    corpus_files(corpus)   # fail fast, before the model loads, on a missing or empty corpus
    G = build_corpus_graph(corpus, model=model, ontology=ontology, jobs=jobs, batch_size=batch_size,
                           progress=progress)
    if not G.graph["documents"]:
        raise KgError(f"no readable article in {corpus} (every file was skipped; see the warnings above)")
    files = write_outputs(G, out, rdf_format=rdf_format)
    return BuildResult(graph=G, files=files, documents=len(G.graph["documents"]))
