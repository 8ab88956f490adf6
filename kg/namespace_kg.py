"""The :class:`KG` vocabulary class of :mod:`kg.namespace`, in a module of its own: it
needs rdflib, which writing the files never imports (``kg.namespace.KG`` imports this
module on first use)."""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from .namespace import KG_NS


class KG(DefinedNamespace):
    """The kg-news ontology (``ontology/kg.ttl``); an unknown term raises ``AttributeError``."""

    _NS = Namespace(KG_NS)
    _fail = True

    # Classes
    Actor: URIRef  # anything named that acts or is acted upon
    State: URIRef  # a sovereign state or its government
    Group: URIRef  # an organisation or collective actor
    Person: URIRef  # a named person with no office given
    Official: URIRef  # a named person who holds an office
    Place: URIRef  # a named location not acting as a state
    Article: URIRef  # one news article of the corpus
    Relation: URIRef  # one relation stated by one sentence
    Event: URIRef  # a relation whose predicate is a PLOVER event

    # Relation predicates (sub-properties of relatedTo)
    relatedTo: URIRef  # super-property of every predicate
    consult: URIRef  # CONSULT
    mediate: URIRef  # MEDIATE
    agree: URIRef  # AGREE
    support: URIRef  # SUPPORT
    cooperate: URIRef  # COOPERATE
    aid: URIRef  # AID
    request: URIRef  # REQUEST
    accuse: URIRef  # ACCUSE
    reject: URIRef  # REJECT
    threaten: URIRef  # THREATEN
    protest: URIRef  # PROTEST
    sanction: URIRef  # SANCTION
    mobilize: URIRef  # MOBILIZE
    coerce: URIRef  # COERCE
    assault: URIRef  # ASSAULT
    retreat: URIRef  # RETREAT
    concede: URIRef  # CONCEDE
    affiliatedWith: URIRef  # AFFILIATED_WITH
    locatedIn: URIRef  # LOCATED_IN

    # Properties of relation nodes
    subject: URIRef  # the actor who acts
    predicate: URIRef  # the predicate property
    object: URIRef  # the actor acted upon
    evidence: URIRef  # the sentence stating the relation
    start: URIRef  # sentence start offset
    end: URIRef  # sentence end offset
    trigger: URIRef  # the word signalling the relation
    triggerStart: URIRef  # trigger start offset
    triggerEnd: URIRef  # trigger end offset
    asserted: URIRef  # whether the relation is stated as happening
    modality: URIRef  # asserted | negated | hypothetical | future | demanded
    role: URIRef  # title on affiliatedWith relations
    attributedTo: URIRef  # the source the report is attributed to
    confidence: URIRef  # extractor confidence, 0..1
    family: URIRef  # the predicate's family

    # Properties of actors
    iso3: URIRef  # ISO 3166-1 alpha-3 code
    kind: URIRef  # knowledge-base free text
    mentionCount: URIRef  # number of mentions
    mentionedIn: URIRef  # an article mentioning the actor
    country: URIRef  # the state a place lies in (knowledge base)
    memberOf: URIRef  # knowledge-base affiliation

    # Of actors and events
    cameo: URIRef  # CAMEO code: an actor's ("ISRGOV"), an event's ("043")
