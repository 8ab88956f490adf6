"""RDF terms as N-Triples strings: the vocabularies' IRIs, literals, and the terms an
ontology gives its predicates and actor types.

The RDF writer (:mod:`kg.export.rdf`) builds every triple from these strings and the
text writers (:mod:`kg.export.rdf_syntax`) print them, so no rdflib term is made on
the way. What the graph takes from the ontology (each predicate's property, family
and kind, each actor type's class) comes from the :class:`~kg.ontology.Ontology` the
build was given, through :func:`ontology_terms`.

>>> string_literal('He said "no"')
'"He said \\\\"no\\\\""'
>>> decimal_literal(0.5)
'"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'
>>> predicate_iri("AFFILIATED_WITH")
'https://w3id.org/kg-news/ontology#affiliatedWith'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import quote

from ..errors import ExportError
from ..namespace import (
    DCTERMS_NS,
    GEO_NS,
    KG_NS,
    OWL_NS,
    PROV_NS,
    RDF_NS,
    RDFS_NS,
    SCHEMA_NS,
    SKOS_NS,
    XSD_NS,
    predicate_term,
)
from ..ontology import Ontology, default_ontology


def iri(value: str) -> str:
    """An IRI as an N-Triples term: ``<value>``."""
    return f"<{value}>"


# Terms of the reused vocabularies, as N-Triples strings.
RDF_TYPE = iri(RDF_NS + "type")
LABEL = iri(RDFS_NS + "label")
ALT_LABEL = iri(SKOS_NS + "altLabel")
SAME_AS = iri(OWL_NS + "sameAs")
LAT = iri(GEO_NS + "lat")
LONG = iri(GEO_NS + "long")
DERIVED_FROM = iri(PROV_NS + "wasDerivedFrom")
IDENTIFIER = iri(DCTERMS_NS + "identifier")
TITLE = iri(DCTERMS_NS + "title")
DATE = iri(DCTERMS_NS + "date")
SOURCE = iri(DCTERMS_NS + "source")
URL = iri(SCHEMA_NS + "url")

#: The kg vocabulary's own classes and properties that every graph uses (not the
#: predicates' properties nor the actor types' classes: those come from the ontology).
KG_TERMS = {name: iri(KG_NS + name) for name in (
    "Actor", "Article", "Relation", "Event",
    "subject", "predicate", "object", "evidence", "start", "end", "trigger",
    "triggerStart", "triggerEnd", "asserted", "modality", "role", "attributedTo",
    "confidence", "family", "iso3", "kind", "mentionCount", "mentionedIn",
    "country", "memberOf", "cameo")}

XSD_INTEGER = XSD_NS + "integer"
XSD_DECIMAL = XSD_NS + "decimal"
XSD_BOOLEAN = XSD_NS + "boolean"
XSD_DATE = XSD_NS + "date"
XSD_DATETIME = XSD_NS + "dateTime"
TRUE = f'"true"^^<{XSD_BOOLEAN}>'
FALSE = f'"false"^^<{XSD_BOOLEAN}>'


# ---------------------------------------------------------------- the ontology's terms

def predicate_iri(predicate: str, ontology: Ontology | None = None) -> str:
    """The property of a predicate the ontology defines: ``ASSAULT`` -> ``…ontology#assault``.

    The kg namespace's base and :func:`kg.namespace.predicate_term` make it, so a
    predicate a user's ontology adds gets one too. Raises :class:`ExportError` for a
    predicate the ontology does not define.
    """
    predicates = (ontology or default_ontology()).predicates
    if predicate not in predicates:
        raise ExportError(f"unknown relation predicate {predicate!r}; expected one of {', '.join(predicates)}")
    return KG_NS + predicate_term(predicate)


def type_iri(actor_type: str) -> str:
    """The class of an actor type: ``State`` -> ``…ontology#State``."""
    return KG_NS + actor_type


@dataclass(frozen=True)
class OntologyTerms:
    """What the RDF of a graph takes from its ontology, as N-Triples terms."""

    predicates: Mapping[str, tuple[str, str]]   # predicate -> (family, kind)
    properties: Mapping[str, str]               # predicate -> its property
    classes: Mapping[str, str]                  # actor type -> its class
    actor_types: tuple[str, ...]                # the types, in the ontology's order


def ontology_terms(ontology: Ontology | None = None) -> OntologyTerms:
    """The :class:`OntologyTerms` of ``ontology`` (default: the repository's), made once per ontology."""
    return _terms(ontology or default_ontology())


@lru_cache(maxsize=8)
def _terms(ontology: Ontology) -> OntologyTerms:
    predicates = {name: (p.family, p.kind) for name, p in ontology.predicates.items()}
    return OntologyTerms(
        predicates=predicates,
        properties={name: iri(predicate_iri(name, ontology)) for name in predicates},
        classes={t: iri(type_iri(t)) for t in ontology.actor_types},
        actor_types=tuple(ontology.actor_types))


def predicate_table(ontology: Ontology | None = None) -> dict[str, tuple[str, str]]:
    """``predicate -> (family, kind)`` of the ontology's predicates (default: the repository's)."""
    return dict(ontology_terms(ontology).predicates)


# ---------------------------------------------------------------- literals

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def string_literal(value: object) -> str:
    """A plain (xsd:string) literal, escaped for N-Triples and Turtle (and valid as a JSON string)."""
    text = str(value)
    if _NEEDS_ESCAPE.search(text):
        text = text.replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if _CONTROL_RE.search(text):
            text = _CONTROL_RE.sub(lambda m: f"\\u{ord(m[0]):04X}", text)
    return f'"{text}"'


def integer_literal(value: int) -> str:
    """An xsd:integer literal."""
    return f'"{int(value)}"^^<{XSD_INTEGER}>'


_PLAIN_FLOAT = re.compile(r"-?[0-9]+\.[0-9]+")


def decimal_literal(value: float | int | Decimal | str) -> str | None:
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
    return f'"{text}"^^<{XSD_DECIMAL}>'


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def date_literal(value: object) -> str:
    """xsd:date for ``YYYY-MM-DD``, xsd:dateTime for an ISO timestamp, else a plain string."""
    text = str(value).strip()
    try:
        if _DATE_RE.fullmatch(text) and date.fromisoformat(text):
            return f'"{text}"^^<{XSD_DATE}>'
        if _DATETIME_RE.fullmatch(text) and datetime.fromisoformat(text.replace("Z", "+00:00")):
            return f'"{text}"^^<{XSD_DATETIME}>'
    except ValueError:
        pass
    return string_literal(value)


_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def url_iri(value: object) -> str | None:
    """The IRI of an article URL, with unsafe characters percent-encoded; None if unusable."""
    text = str(value).strip()
    if not _SCHEME_RE.match(text):
        return None
    result = quote(_STRAY_PERCENT.sub("%25", text), safe=_URL_SAFE)
    if result.count("#") > 1:  # only one fragment: encode the later ones
        head, _, frag = result.partition("#")
        result = head + "#" + frag.replace("#", "%23")
    return result


def valid_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI Oxigraph accepts."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError:
        return False
    return True
