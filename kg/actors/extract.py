"""The actor stage in order: recognise candidate spans, resolve each to an actor, then
the passes over the whole document (persons, organisations, institutions, roles, types)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..corpus import Document
from ..ontology import Ontology
from .document import DocumentActors, token_index
from .institutions import find_institutions, find_named_parents
from .locative import decide_types
from .mentions import add_geo_mention, add_kb_mention, add_new
from .names import is_surname_of, name_text
from .organisations import resolve_org_short_forms, resolve_parenthesised
from .persons import resolve_persons
from .places import best_geo, country_votes, describes_place, looks_like_place, place_votes
from .recognition import NAME_LABELS, PLACE_LABELS, candidate_spans
from .roles import find_roles
from .types import GROUP, HOW_NER, PEOPLE, PLACE


def extract_actors(doc: Doc, document: Document, kb: Ontology) -> DocumentActors:
    """Recognise and resolve the actors of one parsed document."""
    da = DocumentActors(document=document, doc=doc, kb=kb)
    spans, person_names = candidate_spans(doc, da.index, kb)
    da.country_votes = country_votes(spans, kb)
    pending_persons: list[Span] = []
    for span, kb_id, how in spans:
        if kb_id:
            add_kb_mention(da, span, kb.entries[kb_id], how)
        elif _resolve_entity(da, span, person_names):
            pending_persons.append(span)
    resolve_persons(da, pending_persons)
    resolve_org_short_forms(da)
    resolve_parenthesised(da)
    find_institutions(da)
    find_named_parents(da)
    da.token_actor = token_index(da.mentions)   # the mentions are final: titles look actors up by token
    find_roles(da)
    decide_types(da)
    return da


def _resolve_entity(da: DocumentActors, span: Span, person_names: list[list[str]]) -> bool:
    """Resolve a span the entity ruler did not identify: a knowledge-base name after all, a
    GeoNames place, a new place or group. True when it is a person, to be resolved with
    the document's other persons (:func:`~kg.actors.persons.resolve_persons`)."""
    kb = da.kb
    articles = kb.lexicon.words_of("name_article_prefix")
    label = span.label_
    text = name_text(span)
    hits = kb.lookup(text)
    votes = place_votes(span, kb, da.country_votes)
    if hits and label != "PERSON" or hits and hits[0][0].type in PEOPLE:
        entry, how = hits[0]
        add_kb_mention(da, span, entry, how)
        return False
    if label in NAME_LABELS and not is_surname_of(span, person_names, articles) \
            and looks_like_place(span, kb, kb.lexicon.words_of, da.country_votes):
        geo = best_geo(kb.geo_lookup(text, votes), da.country_votes)
        if geo:
            add_geo_mention(da, span, geo, kb)
            return False
    if label in NAME_LABELS and describes_place(span, kb):
        add_new(da, span, text, PLACE, HOW_NER)
        return False
    if label == "PERSON" or is_surname_of(span, person_names, articles):
        return True
    if label in PLACE_LABELS:
        geo = best_geo(kb.geo_lookup(text, votes), da.country_votes)
        if geo:
            add_geo_mention(da, span, geo, kb)
        else:
            add_new(da, span, text, PLACE, HOW_NER)
    elif label == "ORG":
        add_new(da, span, text, GROUP, HOW_NER)
    # NORP outside the knowledge base (religions, ideologies) is no actor.
    return False
