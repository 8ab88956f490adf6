"""Export the knowledge graph as RDF: Turtle, N-Triples or JSON-LD.

The model (terms in ``ontology/kg.ttl``, constraints in ``ontology/shapes.ttl``):

* each actor is an IRI ``…/id/actor/<id>`` typed ``kg:Actor`` and one of
  ``kg:State|Group|Official|Person|Place``, with ``rdfs:label``,
  ``skos:altLabel`` (aliases), ``owl:sameAs`` Wikidata and GeoNames,
  ``kg:iso3``, ``geo:lat``/``geo:long``, ``kg:mentionCount``, ``kg:mentionedIn``,
  ``kg:country`` and ``kg:memberOf`` (the last two from the knowledge base);
* each relation (edge), asserted or not, is a node ``…/id/relation/<id>`` typed
  ``kg:Relation`` (and ``kg:Event`` for event predicates) carrying subject,
  predicate, object, evidence, offsets, trigger, asserted, modality, role,
  attribution, confidence and ``prov:wasDerivedFrom`` its article;
* each *asserted* relation is also a direct triple ``actor kg:assault actor``;
* each article is ``…/id/article/<doc id>`` typed ``kg:Article`` with
  ``dcterms:identifier``, ``dcterms:title``, ``dcterms:date``,
  ``dcterms:source`` and ``schema:url``.

Triples are built as N-Triples term strings straight from the networkx graph
and written as text with subjects, predicates and objects sorted, so the same
graph always gives the same bytes, and a million triples take seconds rather
than the minutes rdflib's per-triple serialisers need. :func:`graph_to_rdf`
parses that text into an ``rdflib.Graph`` for callers who want one.
References to actors that are not nodes of the graph (a ``source``,
``country`` or affiliation naming an unknown id) are left out, so every actor
IRI in the output is described.
"""

from __future__ import annotations

import csv
import json
import os
import re
import uuid
import warnings
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import rdflib

from ..errors import ExportError, OntologyError
from ..namespace import (
    DCTERMS_NS,
    GEO_NS,
    KG,
    ONTOLOGY_DIR,
    OWL_NS,
    PREFIXES,
    PROV_NS,
    RDF_NS,
    RDFS_NS,
    SCHEMA_NS,
    SKOS_NS,
    XSD_NS,
    actor_iri,
    article_iri,
    geonames_iri,
    predicate_term,
    relation_iri,
    wikidata_iri,
)

#: Output formats by accepted name -> canonical name.
FORMATS: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "json-ld": "json-ld", "jsonld": "json-ld",
}
#: The usual file suffix of each canonical format.
SUFFIXES: dict[str, str] = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld"}

ACTOR_TYPES = ("State", "Group", "Official", "Person", "Place")


class ExportWarning(UserWarning):
    """One value could not be exported and was left out; the rest is written."""


def _iri(value: str) -> str:
    return f"<{value}>"


# Terms used below, as N-Triples strings.
RDF_TYPE = _iri(RDF_NS + "type")
_LABEL = _iri(RDFS_NS + "label")
_ALT_LABEL = _iri(SKOS_NS + "altLabel")
_SAME_AS = _iri(OWL_NS + "sameAs")
_LAT = _iri(GEO_NS + "lat")
_LONG = _iri(GEO_NS + "long")
_DERIVED = _iri(PROV_NS + "wasDerivedFrom")
_IDENTIFIER = _iri(DCTERMS_NS + "identifier")
_TITLE = _iri(DCTERMS_NS + "title")
_DATE = _iri(DCTERMS_NS + "date")
_SOURCE = _iri(DCTERMS_NS + "source")
_URL = _iri(SCHEMA_NS + "url")
_K = {name: _iri(str(KG[name])) for name in (
    "Actor", "Article", "Relation", "Event", *ACTOR_TYPES,
    "subject", "predicate", "object", "evidence", "start", "end", "trigger",
    "triggerStart", "triggerEnd", "asserted", "modality", "role", "attributedTo",
    "confidence", "family", "iso3", "kind", "mentionCount", "mentionedIn",
    "country", "memberOf")}

_XSD_INTEGER = XSD_NS + "integer"
_XSD_DECIMAL = XSD_NS + "decimal"
_XSD_BOOLEAN = XSD_NS + "boolean"
_XSD_DATE = XSD_NS + "date"
_XSD_DATETIME = XSD_NS + "dateTime"
_TRUE = f'"true"^^<{_XSD_BOOLEAN}>'
_FALSE = f'"false"^^<{_XSD_BOOLEAN}>'


# ---------------------------------------------------------------- literals

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _string(value: object) -> str:
    """A plain (xsd:string) literal, escaped for N-Triples and Turtle (and valid as a JSON string)."""
    text = str(value)
    if _NEEDS_ESCAPE.search(text):
        text = text.replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if _CONTROL_RE.search(text):
            text = _CONTROL_RE.sub(lambda m: f"\\u{ord(m[0]):04X}", text)
    return f'"{text}"'


def _integer(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD_INTEGER}>'


_PLAIN_FLOAT = re.compile(r"-?[0-9]+\.[0-9]+")


def _decimal(value: float | int | Decimal | str) -> str | None:
    """An xsd:decimal literal, or None for NaN or infinity (no decimal exists)."""
    text = repr(value) if isinstance(value, float) else str(value)
    if not _PLAIN_FLOAT.fullmatch(text):
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        if not number.is_finite():
            return None
        text = format(number, "f")
        if "." not in text:
            text += ".0"
    return f'"{text}"^^<{_XSD_DECIMAL}>'


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _date(value: object) -> str:
    """xsd:date for ``YYYY-MM-DD``, xsd:dateTime for an ISO timestamp, else a plain string."""
    text = str(value).strip()
    try:
        if _DATE_RE.fullmatch(text) and date.fromisoformat(text):
            return f'"{text}"^^<{_XSD_DATE}>'
        if _DATETIME_RE.fullmatch(text) and datetime.fromisoformat(text.replace("Z", "+00:00")):
            return f'"{text}"^^<{_XSD_DATETIME}>'
    except ValueError:
        pass
    return _string(value)


_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def _url(value: object) -> str | None:
    """The IRI of an article URL, with unsafe characters percent-encoded; None if unusable."""
    text = str(value).strip()
    if not _SCHEME_RE.match(text):
        return None
    iri = quote(_STRAY_PERCENT.sub("%25", text), safe=_URL_SAFE)
    if iri.count("#") > 1:  # only one fragment: encode the later ones
        head, _, frag = iri.partition("#")
        iri = head + "#" + frag.replace("#", "%23")
    return iri


# ---------------------------------------------------------------- the model

@lru_cache(maxsize=1)
def predicate_table() -> dict[str, tuple[str, str]]:
    """``predicate -> (family, kind)`` from ``ontology/predicates.tsv``."""
    path = ONTOLOGY_DIR / "predicates.tsv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    except OSError as e:
        raise OntologyError(f"cannot read predicate table {path}: {e.strerror}") from e
    short = [r[0] for r in rows if len(r) < 3]
    if short:
        raise OntologyError(f"{path}: row {short[0]!r} needs predicate, family and kind columns")
    return {r[0]: (r[1], r[2]) for r in rows}


@lru_cache(maxsize=None)
def predicate_iri(predicate: str) -> str:
    """The ontology property of a predicate name: ``ASSAULT`` -> ``…ontology#assault``.

    Raises :class:`ExportError` for a predicate the ontology does not define.
    """
    table = predicate_table()
    if predicate not in table:
        raise ExportError(f"unknown relation predicate {predicate!r}; expected one of {', '.join(table)}")
    try:
        return str(KG[predicate_term(predicate)])
    except AttributeError as e:
        raise OntologyError(
            f"predicate {predicate!r} of predicates.tsv has no property kg:{predicate_term(predicate)}"
            " in ontology/kg.ttl and kg/namespace.py") from e


Statements = dict[str, list[tuple[str, str]]]


def statements(G: nx.MultiDiGraph, relation=None) -> Statements:
    """The RDF of ``G`` as ``{subject: [(predicate, object), …]}``, terms in N-Triples syntax.

    Pure: reads ``G`` and never modifies it. Lists are unsorted and may hold
    duplicates; the writers sort and deduplicate. ``relation`` stands for
    :func:`_relation`, which adds one edge's triples.
    """
    out: Statements = {}
    docs: dict[str, Mapping] = {}
    for doc in G.graph.get("documents") or ():
        if doc.get("id") is not None:
            docs.setdefault(str(doc["id"]), doc)
    actors = {node: _iri(actor_iri(node)) for node in G}
    articles = _ArticleIris()
    for node, data in G.nodes(data=True):
        _actor(out, actors, articles, node, data)
    relation = relation or _relation
    for subj, obj, key, data in G.edges(keys=True, data=True):
        relation(out, actors, articles, subj, obj, key, data)
    for doc_id in sorted(docs.keys() | articles.keys()):
        _article(out, articles[doc_id], doc_id, docs.get(doc_id, {}))
    return out


class _ArticleIris(dict):
    """``doc id -> <article IRI>``, minted on first use; its keys are the articles referenced."""

    def __missing__(self, doc_id: str) -> str:
        iri = self[doc_id] = _iri(article_iri(doc_id))
        return iri


def _actor(out: Statements, actors: dict, articles: _ArticleIris, node: str, data: Mapping) -> None:
    actor_type = data.get("type")
    if actor_type not in ACTOR_TYPES:
        raise ExportError(f"actor {node!r} has type {actor_type!r}; expected one of {', '.join(ACTOR_TYPES)}")
    name = data.get("name") or str(node)
    po = out.setdefault(actors[node], [])
    po += [(RDF_TYPE, _K["Actor"]), (RDF_TYPE, _K[actor_type]), (_LABEL, _string(name))]
    po += [(_ALT_LABEL, _string(alias)) for alias in data.get("aliases") or () if alias and alias != name]
    ids = data.get("ids") or {}
    if ids.get("wikidata"):
        po.append((_SAME_AS, _iri(wikidata_iri(ids["wikidata"]))))
    if ids.get("geonames"):
        po.append((_SAME_AS, _iri(geonames_iri(ids["geonames"]))))
    if ids.get("iso3"):
        po.append((_K["iso3"], _string(ids["iso3"])))
    if data.get("kind"):
        po.append((_K["kind"], _string(data["kind"])))
    lat, lon = data.get("lat"), data.get("lon")
    if lat is not None and lon is not None:
        lat_lit, lon_lit = _decimal(lat), _decimal(lon)
        if lat_lit and lon_lit:
            po += [(_LAT, lat_lit), (_LONG, lon_lit)]
    country = data.get("country")
    if country is not None and country != node and country in actors:
        po.append((_K["country"], actors[country]))
    for aff in data.get("affiliations") or ():
        other = aff.get("actor")
        if other is not None and other != node and other in actors:
            po.append((_K["memberOf"], actors[other]))
    mentions = data.get("mentions") or ()
    po.append((_K["mentionCount"], _integer(len(mentions))))
    mentioned_in = {str(m["doc"]) for m in mentions if m.get("doc") is not None}
    po += [(_K["mentionedIn"], articles[doc]) for doc in mentioned_in]


def _relation(out: Statements, actors: dict, articles: _ArticleIris, subj: str, obj: str, key: object,
              data: Mapping) -> None:
    rel_id = str(data.get("id") or key)
    predicate = data.get("predicate")
    prop = _PROPERTY_TERMS.get(predicate)
    if prop is None:
        try:
            prop = _property_term(predicate)
        except ExportError as e:
            raise ExportError(f"relation {rel_id!r}: {e}") from None
    s, o = actors[subj], actors[obj]
    modality = data.get("modality")
    asserted = bool(data.get("asserted", modality in (None, "asserted")))
    po = out.setdefault(_iri(relation_iri(rel_id)), [])
    po += [(RDF_TYPE, _K["Relation"]), (_K["subject"], s), (_K["predicate"], prop), (_K["object"], o),
           (_K["asserted"], _TRUE if asserted else _FALSE)]
    family, kind = predicate_table()[predicate]
    if kind == "event":
        po.append((RDF_TYPE, _K["Event"]))
    po.append((_K["family"], _string(data.get("family") or family)))
    if modality:
        po.append((_K["modality"], _string(modality)))
    value = data.get("evidence")
    if value is not None:
        po.append((_K["evidence"], _string(value)))
    for attr, term in _OFFSETS:
        value = data.get(attr)
        if value is not None:
            po.append((term, f'"{int(value)}"^^<{_XSD_INTEGER}>'))
    if data.get("trigger"):
        po.append((_K["trigger"], _string(data["trigger"])))
    if data.get("role"):
        po.append((_K["role"], _string(data["role"])))
    source = data.get("source")
    if source is not None and source in actors:
        po.append((_K["attributedTo"], actors[source]))
    value = data.get("confidence")
    if value is not None:
        confidence = _decimal(value)
        if confidence:
            po.append((_K["confidence"], confidence))
    if data.get("doc") is not None:
        po.append((_DERIVED, articles[str(data["doc"])]))
    if asserted:
        out.setdefault(s, []).append((prop, o))


_OFFSETS = (("start", _K["start"]), ("end", _K["end"]),
            ("trigger_start", _K["triggerStart"]), ("trigger_end", _K["triggerEnd"]))
_PROPERTY_TERMS: dict[str, str] = {}


def _property_term(predicate: str) -> str:
    term = _PROPERTY_TERMS[predicate] = _iri(predicate_iri(predicate))
    return term


def _article(out: Statements, iri: str, doc_id: str, meta: Mapping) -> None:
    po = out.setdefault(iri, [])
    po += [(RDF_TYPE, _K["Article"]), (_IDENTIFIER, _string(doc_id))]
    if meta.get("title"):
        po.append((_TITLE, _string(meta["title"])))
    if meta.get("date"):
        po.append((_DATE, _date(meta["date"])))
    if meta.get("source"):
        po.append((_SOURCE, _string(meta["source"])))
    if meta.get("url"):
        url = _url(meta["url"])
        if url is None or not _valid_iri(url):
            warnings.warn(f"article {doc_id!r}: url {meta['url']!r} is not an absolute IRI; left out",
                          ExportWarning, stacklevel=4)
        else:
            po.append((_URL, _iri(url)))


def _valid_iri(iri: str) -> bool:
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(iri)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- writers

def group_triples(triples: Iterable[tuple[str, str, str]]) -> Statements:
    """Group ``(s, p, o)`` N-Triples term strings by subject, for the writers."""
    out: Statements = {}
    for s, p, o in triples:
        out.setdefault(s, []).append((p, o))
    return out


def _sorted_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Deduplicated, ``rdf:type`` first, then by predicate and object."""
    unique = sorted(set(pairs))
    if unique and unique[0][0] != RDF_TYPE:
        types = [po for po in unique if po[0] == RDF_TYPE]
        if types:
            unique = types + [po for po in unique if po[0] != RDF_TYPE]
    return unique


def to_ntriples(stmts: Statements, *, blocks: Mapping[str, str] | None = None) -> str:
    """N-Triples text, one triple a line, sorted by subject then predicate and object
    (``blocks``: as for :func:`to_turtle`, written by :func:`_ntriples_block`)."""
    return "".join(_subject_blocks(stmts, blocks, _ntriples_block))


def _subject_blocks(stmts: Statements, blocks: Mapping[str, str] | None, make) -> list[str]:
    """One block of text per subject, sorted: from ``blocks`` when written already, else
    ``make(subject, its sorted pairs)``."""
    blocks = blocks or {}
    return [blocks[s] if s in blocks else make(s, _sorted_pairs(stmts[s]))
            for s in sorted(stmts.keys() | blocks.keys())]


def _ntriples_block(s: str, pairs: list[tuple[str, str]]) -> str:
    return "".join([f"{s} {p} {o} .\n" for p, o in pairs])


# A conservative PN_LOCAL (percent escapes stay as written, per Turtle): rdflib and
# Oxigraph both read it back to the same IRI, and no backslash escaping is needed.
_LOCAL_RE = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})"
                       r"(?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}))?")
_INTEGER_RE = re.compile(r"[+-]?[0-9]+")
_DECIMAL_RE = re.compile(r"[+-]?[0-9]*\.[0-9]+")


class _Compactor(dict):
    """``short[term]``: prefixed names for IRIs, shorthands for numbers and booleans, memoised."""

    def __init__(self, prefixes: Mapping[str, str]):
        super().__init__()
        self.namespaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))

    def __missing__(self, term: str) -> str:
        short = self[term] = self._shorten(term)
        return short

    def iri(self, term: str) -> str:
        iri = term[1:-1]
        for ns, prefix in self.namespaces:
            if iri.startswith(ns) and _LOCAL_RE.fullmatch(iri, len(ns)):
                return f"{prefix}:{iri[len(ns):]}"
        return term

    def _shorten(self, term: str) -> str:
        if term[0] == "<":
            return self.iri(term)
        if term[0] == '"' and term[-1] == ">":
            cut = term.rfind('"^^<')
            lex, datatype = term[1:cut], term[cut + 4:-1]
            if datatype == _XSD_INTEGER and _INTEGER_RE.fullmatch(lex):
                return lex
            if datatype == _XSD_DECIMAL and _DECIMAL_RE.fullmatch(lex):
                return lex
            if datatype == _XSD_BOOLEAN and lex in ("true", "false"):
                return lex
            return f'"{lex}"^^{self[f"<{datatype}>"]}'
        return term  # a plain or language-tagged literal, a blank node


def to_turtle(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES, *,
              blocks: Mapping[str, str] | None = None) -> str:
    """Turtle text: the prefixes, then one block per subject, all sorted. ``blocks``
    holds subjects' blocks already written (by :func:`_turtle_block` with the same
    prefixes), for subjects that are not in ``stmts``."""
    return "".join(_turtle_parts(stmts, prefixes, blocks=blocks))


def _turtle_parts(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES, *,
                  blocks: Mapping[str, str] | None = None) -> list[str]:
    short = _compactor(prefixes)
    return [f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()] + _subject_blocks(
        stmts, blocks, lambda s, pairs: _turtle_block(short, s, pairs))


def _compactor(prefixes: Mapping[str, str]) -> _Compactor:
    short = _Compactor(prefixes)
    short[RDF_TYPE] = "a"
    return short


def _turtle_block(short: _Compactor, s: str, pairs: list[tuple[str, str]]) -> str:
    """One subject's Turtle, from its sorted pairs ("" when it has none)."""
    if not pairs:
        return ""
    chunks = [f"\n{short[s]}"]
    last = None
    for p, o in pairs:
        if p == last:
            chunks.append(f", {short[o]}")
        else:
            chunks.append(f" ;\n    {short[p]} {short[o]}" if last else f" {short[p]} {short[o]}")
            last = p
    chunks.append(" .\n")
    return "".join(chunks)


_UNESCAPE_RE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    """The text of an N-Triples string body (undo ``\\n``, ``\\"``, ``\\u00E9``, …)."""
    if "\\" not in text:
        return text
    return _UNESCAPE_RE.sub(lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _ECHAR[m[3]], text)


def _json_string(body: str) -> str:
    """An N-Triples string body as a JSON string; the body is one already unless it uses ``\\U`` or ``\\'``."""
    if "\\U" in body or "\\'" in body:
        return json.dumps(_unescape(body), ensure_ascii=False)
    return f'"{body}"'


def to_jsonld(stmts: Statements, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """JSON-LD text: a ``@context`` of the prefixes and a sorted ``@graph``, one node a line."""
    short = _Compactor(prefixes)

    def name(term: str) -> str:  # an IRI or blank node as a JSON string
        value = short[term]
        return f'"{value[1:-1]}"' if value[0] == "<" else f'"{value}"'

    values: dict[str, str] = {}

    def value(term: str) -> str:
        if term[0] != '"':
            v = values.get(term)
            if v is None:
                v = values[term] = '{"@id": ' + name(term) + "}"
            return v
        if term[-1] == '"':
            return _json_string(term[1:-1])
        if term[-1] == ">":
            cut = term.rfind('"^^<')
            return f'{{"@value": {_json_string(term[1:cut])}, "@type": {name(term[cut + 3:])}}}'
        cut = term.rfind('"@')
        return f'{{"@value": {_json_string(term[1:cut])}, "@language": "{term[cut + 2:]}"}}'

    nodes = []
    for s in sorted(stmts):
        pairs = _sorted_pairs(stmts[s])
        if not pairs:
            continue
        fields = [f'{{"@id": {name(s)}']
        last = None
        for p, o in pairs:
            if p == last:
                fields.append(", ")
            else:
                if last is not None:
                    fields.append("]")
                fields.append(', "@type": [' if p == RDF_TYPE else f", {name(p)}: [")
                last = p
            fields.append(name(o) if p == RDF_TYPE else value(o))
        fields.append("]}" if last is not None else "}")
        nodes.append("".join(fields))
    context = json.dumps(dict(prefixes), ensure_ascii=False)
    return '{"@context": ' + context + ',\n"@graph": [\n' + ",\n".join(nodes) + "\n]}\n"


def _canonical_format(fmt: str) -> str:
    try:
        return FORMATS[fmt.lower()]
    except (KeyError, AttributeError):
        raise ExportError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}") from None


def serialize_statements(stmts: Statements, fmt: str = "turtle") -> str:
    """Text of ``stmts`` in ``fmt`` (``turtle``, ``nt`` or ``json-ld``)."""
    return "".join(_statement_parts(stmts, _canonical_format(fmt)))


def _statement_parts(stmts: Statements, fmt: str, blocks: Mapping[str, str] | None = None) -> list[str]:
    """:func:`serialize_statements` in pieces (``fmt`` canonical; ``blocks``: see :func:`to_turtle`)."""
    if fmt == "json-ld":
        return [to_jsonld(stmts)]
    if fmt == "nt":
        return _subject_blocks(stmts, blocks, _ntriples_block)
    return _turtle_parts(stmts, blocks=blocks)


def serialize_rdf(G: nx.MultiDiGraph, fmt: str = "turtle", *, fragments=None) -> str:
    """The RDF of ``G`` as text in ``fmt``; the same graph always gives the same text.

    ``fragments`` (a :class:`kg.cache.Fragments` for this format) holds each
    relation's block of Turtle or N-Triples from earlier builds, by everything it is
    made from; JSON-LD does not use it.
    """
    return "".join(_rdf_parts(G, fmt, fragments=fragments))


def _rdf_parts(G: nx.MultiDiGraph, fmt: str = "turtle", *, fragments=None) -> list[str]:
    """The text of :func:`serialize_rdf` in pieces, to write without joining them first."""
    fmt = _canonical_format(fmt)
    if fragments is None or fmt == "json-ld":
        stmts, blocks = statements(G), None
    else:
        stmts, blocks = _statements_and_blocks(G, fmt, fragments)
    return _statement_parts(stmts, fmt, blocks)


class _SharedIri(Exception):
    pass


def _statements_and_blocks(G: nx.MultiDiGraph, fmt: str, fragments) -> tuple[Statements, dict | None]:
    """:func:`statements` without the relations' own triples, which come as text
    blocks, one per relation IRI (from ``fragments`` when seen before); ``None``
    instead of the blocks (and every statement) when two relations share an IRI."""
    table = predicate_table()
    short = _compactor(PREFIXES) if fmt == "turtle" else None
    blocks: dict[str, str] = {}

    def relation(out: Statements, actors: dict, articles: _ArticleIris, subj, obj, key, data: Mapping) -> None:
        rel = _iri(relation_iri(str(data.get("id") or key)))
        if rel in blocks:
            raise _SharedIri
        s, o, source = actors[subj], actors[obj], data.get("source")

        def make() -> tuple[str, str | None]:
            one: Statements = {}
            _relation(one, actors, articles, subj, obj, key, data)
            pairs = _sorted_pairs(one.pop(rel))
            block = _turtle_block(short, rel, pairs) if short is not None else _ntriples_block(rel, pairs)
            return block, (one[s][0][0] if one else None)

        block, direct = fragments.text((rel, s, o, data, table.get(data.get("predicate")),
                                        source is not None and source in actors), make)
        if data.get("doc") is not None:
            _ = articles[str(data["doc"])]   # the article is referenced: it gets its triples
        blocks[rel] = block
        if direct is not None:
            out.setdefault(s, []).append((direct, o))

    try:
        return statements(G, relation), blocks
    except _SharedIri:
        return statements(G), None


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str = "turtle", *, fragments=None,
              ontology=None) -> Path:
    """Write the RDF of ``G`` to ``path`` in ``fmt`` (``turtle``, ``nt``, ``json-ld``).

    The file is written whole or not at all (a temporary file renamed into place).
    Returns the path written. ``fragments``: see :func:`serialize_rdf`.
    """
    parts = _rdf_parts(G, fmt, fragments=fragments)
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


def graph_to_rdf(G: nx.MultiDiGraph, *, store: str = "default") -> rdflib.Graph:
    """The RDF of ``G`` as an ``rdflib.Graph`` with the project's prefixes bound.

    ``store="Oxigraph"`` gives an Oxigraph-backed graph (fast SPARQL and
    serialisation through oxrdflib). Pure: ``G`` is not modified.
    """
    g = rdflib.Graph(store=store, bind_namespaces="none")
    bind_prefixes(g)
    g.parse(data=to_ntriples(statements(G)), format="ox-nt" if store.lower() == "oxigraph" else "nt")
    return g


def validate_rdf(g: rdflib.Graph) -> tuple[bool, str]:
    """Check ``g`` against the SHACL shapes of ``ontology/shapes.ttl``: ``(conforms, report text)``."""
    import pyshacl  # slow to import; only needed here

    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes)
    return bool(conforms), report


__all__ = [
    "FORMATS", "SUFFIXES", "ExportWarning", "graph_to_rdf", "group_triples", "predicate_iri",
    "predicate_table", "serialize_rdf", "serialize_statements", "statements", "to_jsonld",
    "to_ntriples", "to_turtle", "validate_rdf", "write_rdf",
]
