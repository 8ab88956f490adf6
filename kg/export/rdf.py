"""Export the knowledge graph as RDF: Turtle, N-Triples or JSON-LD.

The model (terms in the ontology's ``kg.ttl``, constraints in its ``shapes.ttl``):

* each actor is an IRI ``…/id/actor/<id>`` typed ``kg:Actor`` and the class of its
  type (``kg:State``, ``kg:Group``, … : the ontology's actor types), with ``rdfs:label``,
  ``skos:altLabel`` (aliases), ``owl:sameAs`` Wikidata and GeoNames,
  ``kg:iso3``, ``kg:cameo`` (its CAMEO actor code), ``geo:lat``/``geo:long``,
  ``kg:mentionCount``, ``kg:mentionedIn``, ``kg:country`` and ``kg:memberOf`` (the last
  two from the knowledge base);
* each relation (edge), asserted or not, is a node ``…/id/relation/<id>`` typed
  ``kg:Relation`` (and ``kg:Event`` for the ontology's event predicates) carrying
  subject, predicate, object, evidence, offsets, trigger, asserted, modality, role,
  attribution, confidence, ``kg:cameo`` (an event's CAMEO code) and
  ``prov:wasDerivedFrom`` its article;
* each *asserted* relation is also a direct triple ``actor kg:assault actor``;
* each article is ``…/id/article/<doc id>`` typed ``kg:Article`` with
  ``dcterms:identifier``, ``dcterms:title``, ``dcterms:date``,
  ``dcterms:source`` and ``schema:url``.

:func:`statements` builds the triples as N-Triples term strings
(:mod:`kg.export.rdf_terms`) straight from the networkx graph;
:mod:`kg.export.rdf_syntax` writes them as sorted text, so the same graph always
gives the same bytes, and a million triples take seconds rather than the minutes
rdflib's per-triple serialisers need. :func:`graph_to_rdf` parses that text into an
``rdflib.Graph`` for callers who want one. References to actors that are not nodes
of the graph (a ``source``, ``country`` or affiliation naming an unknown id) are
left out, so every actor IRI in the output is described.
"""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from ..errors import ExportError, OntologyError
from ..namespace import PREFIXES, actor_iri, article_iri, geonames_iri, relation_iri, wikidata_iri
from ..ontology import Ontology, default_ontology
from .rdf_syntax import (
    FORMATS,
    SUFFIXES,
    Statements,
    canonical_format,
    compactor,
    group_triples,
    ntriples_block,
    serialize_statements,
    sorted_pairs,
    statement_parts,
    to_jsonld,
    to_ntriples,
    to_turtle,
    turtle_block,
)
from .rdf_terms import (
    ALT_LABEL,
    DATE,
    DERIVED_FROM,
    FALSE,
    IDENTIFIER,
    KG_TERMS,
    LABEL,
    LAT,
    LONG,
    RDF_TYPE,
    SAME_AS,
    SOURCE,
    TITLE,
    TRUE,
    URL,
    OntologyTerms,
    date_literal,
    decimal_literal,
    integer_literal,
    iri,
    ontology_terms,
    predicate_iri,
    predicate_table,
    string_literal,
    url_iri,
    valid_iri,
)

if TYPE_CHECKING:   # rdflib is imported where an rdflib.Graph is made: writing the files never needs it
    import rdflib


class ExportWarning(UserWarning):
    """One value could not be exported and was left out; the rest is written."""


# ---------------------------------------------------------------- the model

class _Refs:
    """What the statements of one graph refer to: the ontology's terms, and the IRIs
    of the graph's actors and of the articles referenced so far."""

    __slots__ = ("terms", "actors", "articles")

    def __init__(self, terms: OntologyTerms, actors: dict[str, str]):
        self.terms, self.actors, self.articles = terms, actors, _ArticleIris()


class _ArticleIris(dict):
    """``doc id -> <article IRI>``, minted on first use; its keys are the articles referenced."""

    def __missing__(self, doc_id: str) -> str:
        term = self[doc_id] = iri(article_iri(doc_id))
        return term


def statements(G: nx.MultiDiGraph, ontology: Ontology | None = None, *, relation=None) -> Statements:
    """The RDF of ``G`` as ``{subject: [(predicate, object), …]}``, terms in N-Triples syntax.

    Pure: reads ``G`` and never modifies it. ``ontology`` (default: the repository's)
    gives the predicates' properties, families and kinds and the actor types' classes.
    Lists are unsorted and may hold duplicates; the writers sort and deduplicate.
    ``relation`` stands for :func:`_relation`, which adds one edge's triples.
    """
    out: Statements = {}
    docs: dict[str, Mapping] = {}
    for doc in G.graph.get("documents") or ():
        if doc.get("id") is not None:
            docs.setdefault(str(doc["id"]), doc)
    refs = _Refs(ontology_terms(ontology), {node: iri(actor_iri(node)) for node in G})
    for node, data in G.nodes(data=True):
        _actor(out, refs, node, data)
    relation = relation or _relation
    for subj, obj, key, data in G.edges(keys=True, data=True):
        relation(out, refs, subj, obj, key, data)
    for doc_id in sorted(docs.keys() | refs.articles.keys()):
        _article(out, refs.articles[doc_id], doc_id, docs.get(doc_id, {}))
    return out


def _actor(out: Statements, refs: _Refs, node: str, data: Mapping) -> None:
    actor_type = data.get("type")
    actor_class = refs.terms.classes.get(actor_type) if isinstance(actor_type, str) else None
    if actor_class is None:
        raise ExportError(f"actor {node!r} has type {actor_type!r}; "
                          f"expected one of {', '.join(refs.terms.actor_types)}")
    actors = refs.actors
    name = data.get("name") or str(node)
    po = out.setdefault(actors[node], [])
    po += [(RDF_TYPE, KG_TERMS["Actor"]), (RDF_TYPE, actor_class), (LABEL, string_literal(name))]
    po += [(ALT_LABEL, string_literal(alias)) for alias in data.get("aliases") or () if alias and alias != name]
    ids = data.get("ids") or {}
    if ids.get("wikidata"):
        po.append((SAME_AS, iri(wikidata_iri(ids["wikidata"]))))
    if ids.get("geonames"):
        po.append((SAME_AS, iri(geonames_iri(ids["geonames"]))))
    if ids.get("iso3"):
        po.append((KG_TERMS["iso3"], string_literal(ids["iso3"])))
    if ids.get("cameo"):
        po.append((KG_TERMS["cameo"], string_literal(ids["cameo"])))
    if data.get("kind"):
        po.append((KG_TERMS["kind"], string_literal(data["kind"])))
    lat, lon = data.get("lat"), data.get("lon")
    if lat is not None and lon is not None:
        lat_lit, lon_lit = decimal_literal(lat), decimal_literal(lon)
        if lat_lit and lon_lit:
            po += [(LAT, lat_lit), (LONG, lon_lit)]
    country = data.get("country")
    if country is not None and country != node and country in actors:
        po.append((KG_TERMS["country"], actors[country]))
    for aff in data.get("affiliations") or ():
        other = aff.get("actor")
        if other is not None and other != node and other in actors:
            po.append((KG_TERMS["memberOf"], actors[other]))
    mentions = data.get("mentions") or ()
    po.append((KG_TERMS["mentionCount"], integer_literal(len(mentions))))
    mentioned_in = {str(m["doc"]) for m in mentions if m.get("doc") is not None}
    po += [(KG_TERMS["mentionedIn"], refs.articles[doc]) for doc in mentioned_in]


def _relation(out: Statements, refs: _Refs, subj: str, obj: str, key: object, data: Mapping) -> None:
    rel_id = str(data.get("id") or key)
    predicate = data.get("predicate")
    terms = refs.terms
    prop = terms.properties.get(predicate) if isinstance(predicate, str) else None
    if prop is None:
        raise ExportError(f"relation {rel_id!r}: unknown relation predicate {predicate!r}; "
                          f"expected one of {', '.join(terms.predicates)}")
    s, o = refs.actors[subj], refs.actors[obj]
    modality = data.get("modality")
    asserted = bool(data.get("asserted", modality in (None, "asserted")))
    po = out.setdefault(iri(relation_iri(rel_id)), [])
    po += [(RDF_TYPE, KG_TERMS["Relation"]), (KG_TERMS["subject"], s), (KG_TERMS["predicate"], prop),
           (KG_TERMS["object"], o), (KG_TERMS["asserted"], TRUE if asserted else FALSE)]
    family, kind = terms.predicates[predicate]
    if kind == "event":
        po.append((RDF_TYPE, KG_TERMS["Event"]))
    po.append((KG_TERMS["family"], string_literal(data.get("family") or family)))
    if modality:
        po.append((KG_TERMS["modality"], string_literal(modality)))
    value = data.get("evidence")
    if value is not None:
        po.append((KG_TERMS["evidence"], string_literal(value)))
    for attr, term in _OFFSETS:
        value = data.get(attr)
        if value is not None:
            po.append((term, integer_literal(value)))
    if data.get("trigger"):
        po.append((KG_TERMS["trigger"], string_literal(data["trigger"])))
    if data.get("role"):
        po.append((KG_TERMS["role"], string_literal(data["role"])))
    if data.get("cameo"):
        po.append((KG_TERMS["cameo"], string_literal(data["cameo"])))
    source = data.get("source")
    if source is not None and source in refs.actors:
        po.append((KG_TERMS["attributedTo"], refs.actors[source]))
    value = data.get("confidence")
    if value is not None:
        confidence = decimal_literal(value)
        if confidence:
            po.append((KG_TERMS["confidence"], confidence))
    if data.get("doc") is not None:
        po.append((DERIVED_FROM, refs.articles[str(data["doc"])]))
    if asserted:
        out.setdefault(s, []).append((prop, o))


_OFFSETS = (("start", KG_TERMS["start"]), ("end", KG_TERMS["end"]),
            ("trigger_start", KG_TERMS["triggerStart"]), ("trigger_end", KG_TERMS["triggerEnd"]))


def _article(out: Statements, article: str, doc_id: str, meta: Mapping) -> None:
    po = out.setdefault(article, [])
    po += [(RDF_TYPE, KG_TERMS["Article"]), (IDENTIFIER, string_literal(doc_id))]
    if meta.get("title"):
        po.append((TITLE, string_literal(meta["title"])))
    if meta.get("date"):
        po.append((DATE, date_literal(meta["date"])))
    if meta.get("source"):
        po.append((SOURCE, string_literal(meta["source"])))
    if meta.get("url"):
        url = url_iri(meta["url"])
        if url is None or not valid_iri(url):
            warnings.warn(f"article {doc_id!r}: url {meta['url']!r} is not an absolute IRI; left out",
                          ExportWarning, stacklevel=4)
        else:
            po.append((URL, iri(url)))


# ---------------------------------------------------------------- writers

def serialize_rdf(G: nx.MultiDiGraph, fmt: str = "turtle", *, fragments=None, ontology: Ontology | None = None) -> str:
    """The RDF of ``G`` as text in ``fmt``; the same graph always gives the same text.

    ``fragments`` (a :class:`kg.cache.Fragments` for this format) holds each
    relation's block of Turtle or N-Triples from earlier builds, by everything it is
    made from; JSON-LD does not use it. ``ontology``: see :func:`statements`.
    """
    return "".join(_rdf_parts(G, fmt, fragments=fragments, ontology=ontology))


def _rdf_parts(G: nx.MultiDiGraph, fmt: str = "turtle", *, fragments=None,
               ontology: Ontology | None = None) -> list[str]:
    """The text of :func:`serialize_rdf` in pieces, to write without joining them first."""
    fmt = canonical_format(fmt)
    if fmt == "json-ld":
        stmts, blocks = statements(G, ontology), None
    else:
        stmts, blocks = (_statements_and_blocks(G, fmt, fragments, ontology) if fragments is not None
                         else _statements_and_later_blocks(G, fmt, ontology))
    return statement_parts(stmts, fmt, blocks)


class _SharedIri(Exception):
    pass


def _statements_and_blocks(G: nx.MultiDiGraph, fmt: str, fragments,
                           ontology: Ontology | None) -> tuple[Statements, dict | None]:
    """:func:`statements` without the relations' own triples, which come as text
    blocks, one per relation IRI (from ``fragments`` when seen before); ``None``
    instead of the blocks (and every statement) when two relations share an IRI."""
    table = ontology_terms(ontology).predicates
    short = compactor(PREFIXES) if fmt == "turtle" else None
    blocks: dict[str, str] = {}

    def relation(out: Statements, refs: _Refs, subj, obj, key, data: Mapping) -> None:
        rel = iri(relation_iri(str(data.get("id") or key)))
        if rel in blocks:
            raise _SharedIri
        s, o, source = refs.actors[subj], refs.actors[obj], data.get("source")

        def make() -> tuple[str, str | None]:
            one: Statements = {}
            _relation(one, refs, subj, obj, key, data)
            pairs = sorted_pairs(one.pop(rel))
            block = turtle_block(short, rel, pairs) if short is not None else ntriples_block(rel, pairs)
            return block, (one[s][0][0] if one else None)

        block, direct = fragments.text((rel, s, o, data, table.get(data.get("predicate")),
                                        source is not None and source in refs.actors), make)
        if data.get("doc") is not None:
            _ = refs.articles[str(data["doc"])]   # the article is referenced: it gets its triples
        blocks[rel] = block
        if direct is not None:
            out.setdefault(s, []).append((direct, o))

    try:
        return statements(G, ontology, relation=relation), blocks
    except _SharedIri:
        return statements(G, ontology), None


class _LaterBlocks(dict):
    """``relation IRI -> its edge``, whose block of text is made when the writer asks for
    it (``self[rel]``): the relations' statements and text are never all held at once."""

    def __init__(self, fmt: str):
        super().__init__()
        self.short = compactor(PREFIXES) if fmt == "turtle" else None
        self.refs: _Refs | None = None

    def __getitem__(self, rel: str) -> str:
        subj, obj, key, data = dict.__getitem__(self, rel)
        one: Statements = {}
        _relation(one, self.refs, subj, obj, key, data)
        pairs = sorted_pairs(one.pop(rel))
        return turtle_block(self.short, rel, pairs) if self.short is not None else ntriples_block(rel, pairs)


def _statements_and_later_blocks(G: nx.MultiDiGraph, fmt: str,
                                 ontology: Ontology | None) -> tuple[Statements, dict | None]:
    """:func:`_statements_and_blocks` without fragments, each relation's block made when
    it is written (:class:`_LaterBlocks`); its one triple on its subject (an asserted
    relation's direct link) is added now."""
    blocks = _LaterBlocks(fmt)

    def relation(out: Statements, refs: _Refs, subj, obj, key, data: Mapping) -> None:
        rel = iri(relation_iri(str(data.get("id") or key)))
        if rel in blocks:
            raise _SharedIri
        blocks.refs = refs
        one: Statements = {}
        _relation(one, refs, subj, obj, key, data)   # (the article it cites is referenced now)
        one.pop(rel)
        s = refs.actors[subj]
        if one:
            out.setdefault(s, []).append((one[s][0][0], refs.actors[obj]))
        dict.__setitem__(blocks, rel, (subj, obj, key, data))

    try:
        return statements(G, ontology, relation=relation), blocks
    except _SharedIri:
        return statements(G, ontology), None


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str = "turtle", *, fragments=None,
              ontology: Ontology | None = None) -> Path:
    """Write the RDF of ``G`` to ``path`` in ``fmt`` (``turtle``, ``nt``, ``json-ld``).

    The file is written whole or not at all (a temporary file renamed into place).
    Returns the path written. ``fragments``: see :func:`serialize_rdf`; ``ontology``
    (default: the repository's): see :func:`statements`.
    """
    parts = _rdf_parts(G, fmt, fragments=fragments, ontology=ontology)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # not tempfile.mkstemp: its files are private (0600); this one gets the usual permissions
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as f:
            f.writelines(parts)   # piece by piece: never the whole text at once
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def bind_prefixes(g: rdflib.Graph) -> rdflib.Graph:
    """Bind the project's prefixes on ``g`` (replacing rdflib's own ``geo``, etc.)."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def graph_to_rdf(G: nx.MultiDiGraph, *, store: str = "default", ontology: Ontology | None = None) -> rdflib.Graph:
    """The RDF of ``G`` as an ``rdflib.Graph`` with the project's prefixes bound.

    ``store="Oxigraph"`` gives an Oxigraph-backed graph (fast SPARQL and
    serialisation through oxrdflib). Pure: ``G`` is not modified.
    """
    import rdflib

    g = rdflib.Graph(store=store, bind_namespaces="none")
    bind_prefixes(g)
    g.parse(data=to_ntriples(statements(G, ontology)), format="ox-nt" if store.lower() == "oxigraph" else "nt")
    return g


def validate_rdf(g: rdflib.Graph, ontology: Ontology | None = None) -> tuple[bool, str]:
    """Check ``g`` against the ontology's SHACL shapes (``shapes.ttl``; default: the
    repository's ontology): ``(conforms, report text)``."""
    import pyshacl  # slow to import; only needed here
    import rdflib

    ontology = ontology or default_ontology()
    if not ontology.shapes:
        raise OntologyError(f"no SHACL shapes to validate with: {ontology.path / 'shapes.ttl'} is missing")
    shapes = rdflib.Graph().parse(data=ontology.shapes, format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes)
    return bool(conforms), report


__all__ = [
    "FORMATS", "SUFFIXES", "ExportWarning", "graph_to_rdf", "group_triples", "predicate_iri",
    "predicate_table", "serialize_rdf", "serialize_statements", "statements", "to_jsonld",
    "to_ntriples", "to_turtle", "validate_rdf", "write_rdf",
]
