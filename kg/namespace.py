"""The project's RDF namespaces and IRI minting, in one place.

:class:`KG` lists every term of the repository's ``ontology/kg.ttl`` (a test keeps
the two equal), so ``KG.asault`` raises instead of minting a wrong IRI. A predicate
or actor type that a user's ontology adds has no attribute here: the exporters make
its IRI from :data:`KG_NS` (:func:`predicate_term` for a predicate). Data IRIs are
minted from ids by :func:`actor_iri`, :func:`article_iri` and
:func:`relation_iri`; each percent-encodes the id, so no space or other unsafe
character ever reaches an IRI and distinct ids never share one.

>>> str(KG.assault)
'https://w3id.org/kg-news/ontology#assault'
>>> actor_iri("khan younis")
'https://w3id.org/kg-news/id/actor/khan%20younis'
"""

from __future__ import annotations

import re

#: Ontology terms (classes and properties).
KG_NS = "https://w3id.org/kg-news/ontology#"
#: The ontology document itself.
ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
#: Base of every data IRI.
ID_BASE = "https://w3id.org/kg-news/id/"
ACTOR_BASE = ID_BASE + "actor/"
ARTICLE_BASE = ID_BASE + "article/"
RELATION_BASE = ID_BASE + "relation/"

WIKIDATA_BASE = "http://www.wikidata.org/entity/"
GEONAMES_BASE = "https://sws.geonames.org/"

# Vocabularies reused by the ontology and the export.
SCHEMA_NS = "https://schema.org/"
PROV_NS = "http://www.w3.org/ns/prov#"
GEO_NS = "http://www.w3.org/2003/01/geo/wgs84_pos#"
DCTERMS_NS = "http://purl.org/dc/terms/"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"

#: Prefixes bound in every exported file and query result, in output order.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "actor": ACTOR_BASE,
    "article": ARTICLE_BASE,
    "relation": RELATION_BASE,
    "dcterms": DCTERMS_NS,
    "geo": GEO_NS,
    "owl": OWL_NS,
    "prov": PROV_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "schema": SCHEMA_NS,
    "skos": SKOS_NS,
    "wd": WIKIDATA_BASE,
    "xsd": XSD_NS,
}


def __getattr__(name: str):
    """:class:`KG`, made on first use: rdflib is imported then, not by the writers, which
    need only the IRIs as text."""
    if name == "KG":
        from .namespace_kg import KG
        globals()["KG"] = KG
        return KG
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_UNSAFE = re.compile(r"[^A-Za-z0-9_.~-]+")


def _percent(match: re.Match) -> str:
    return "".join(f"%{b:02X}" for b in match[0].encode("utf-8", "surrogatepass"))


def _quote(value: object) -> str:
    """Percent-encode everything but RFC 3986 unreserved characters (so ``/``, ``#``, spaces too).

    Same result as ``urllib.parse.quote(value, safe="")``, several times faster.
    """
    return _UNSAFE.sub(_percent, str(value))


def actor_iri(actor_id: str) -> str:
    """The IRI of the actor with node id ``actor_id``."""
    return ACTOR_BASE + _quote(actor_id)


def article_iri(doc_id: str) -> str:
    """The IRI of the article with document id ``doc_id``."""
    return ARTICLE_BASE + _quote(doc_id)


def relation_iri(relation_id: str) -> str:
    """The IRI of the relation (edge key) ``relation_id``."""
    return RELATION_BASE + _quote(relation_id)


def wikidata_iri(qid: str) -> str:
    """The Wikidata entity IRI of ``qid`` ("Q801")."""
    return WIKIDATA_BASE + _quote(qid)


def geonames_iri(geonames_id: str | int) -> str:
    """The GeoNames feature IRI of ``geonames_id`` (with the trailing slash GeoNames uses)."""
    return GEONAMES_BASE + _quote(geonames_id) + "/"


def predicate_term(predicate: str) -> str:
    """The local name of a predicate's property: ``AFFILIATED_WITH`` -> ``affiliatedWith``."""
    head, *rest = predicate.lower().split("_")
    return head + "".join(part.capitalize() for part in rest)
