"""The actor stage in order: recognise candidate spans, resolve each to an actor, then
the passes over the whole document (persons, organisations, institutions, roles, types)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..corpus import Document
from ..layout import dateline_tokens
from ..ontology import Ontology
from .areamodifiers import drop_area_modifiers
from .described import link_described_names
from .document import DocumentActors, token_index
from .framednames import titled_by_apposition
from .genericbodies import scope_generic_bodies
from .givenacronyms import resolve_given_acronyms
from .institutions import (
    find_institutions,
    find_institutions_in_capitals,
    find_named_parents,
    find_parents_in_new_names,
    link_units,
    merge_variants,
)
from .knownas import resolve_known_as
from .locative import decide_types
from .mentions import (
    add_geo_mention,
    add_kb_mention,
    add_new,
    add_place_mention,
    resolve_context_places,
)
from .namedbodies import find_named_bodies
from .names import is_surname_of, name_text
from .nonnames import is_cut_short
from .ofbodies import find_bodies_of_parents
from .organisations import (
    drop_group_name_words,
    resolve_bracketed_names,
    resolve_defined_acronyms,
    resolve_org_short_forms,
    resolve_parenthesised,
    resolve_spelt_acronyms,
)
from .persons import resolve_persons
from .placenames import merge_place_short_forms, place_name
from .places import (
    best_geo,
    country_votes,
    describes_place,
    geo_hits,
    looks_like_place,
    names_a_landmark,
    own_or_evoked,
    place_votes,
    unify_capitals,
)
from .possessed import find_possessed_bodies
from .recognition import NAME_LABELS, PLACE_LABELS, candidate_spans
from .repeats import add_repeated_names
from .roles import find_roles, titled
from .titlebodies import drop_bodies_in_titles
from .types import GROUP, HOW_CONTEXT, HOW_DEMONYM, HOW_FRAMED, HOW_NER, PEOPLE, PLACE, STATE


def extract_actors(doc: Doc, document: Document, kb: Ontology) -> DocumentActors:
    """Recognise and resolve the actors of one parsed document."""
    da = DocumentActors(document=document, doc=doc, kb=kb)
    da.datelines = [(s.start, s.end) for s in dateline_tokens(doc, da.index.doc_text)]
    spans, person_names = candidate_spans(doc, da.index, kb)
    da.country_votes = country_votes(spans, kb)
    places = resolve_context_places(da, [c.span for c in spans if c.how == HOW_CONTEXT])
    groups = title_owners(spans, kb)
    pending_persons: list[Span] = []
    for span, kb_id, how in spans:
        if kb_id:
            add_kb_mention(da, span, kb.entries[kb_id], how)
        elif how == HOW_CONTEXT or place_name(span, kb.lexicon.words_of).lower() in places:
            add_place_mention(da, span, places)
        elif how == HOW_FRAMED and span.label_ == "GPE" and _names_a_person(name_text(span), person_names):
            pending_persons.append(span)   # "calls for Sheikh Hasina to stand aside", after "Prime Minister Sheikh Hasina"
        elif how == HOW_FRAMED and span.label_ == "GPE":
            add_framed_state(da, span)
        elif span.label_ == "NORP" and name_text(span).lower() in groups:
            add_new(da, span, name_text(span), GROUP, HOW_NER)   # "Seleka leader X", then "Seleka rebels"
        elif _resolve_entity(da, span, person_names):
            pending_persons.append(span)
    resolve_persons(da, pending_persons)
    unify_capitals(da)
    merge_place_short_forms(da)
    resolve_org_short_forms(da)
    drop_group_name_words(da)
    resolve_parenthesised(da)
    resolve_spelt_acronyms(da)
    resolve_bracketed_names(da)
    resolve_known_as(da)
    resolve_given_acronyms(da)
    find_institutions(da)
    find_institutions_in_capitals(da)
    drop_bodies_in_titles(da)
    find_named_parents(da)
    find_parents_in_new_names(da)
    find_bodies_of_parents(da)
    find_named_bodies(da)
    find_possessed_bodies(da)
    merge_variants(da)
    link_described_names(da)
    resolve_defined_acronyms(da)
    add_repeated_names(da)
    link_units(da)
    drop_area_modifiers(da)
    da.token_actor = token_index(da.mentions)   # the mentions are final: titles look actors up by token
    find_roles(da)
    da.token_actor = token_index(da.mentions)   # a place inside a title is no mention
    decide_types(da)
    # GUIDELINES convention 7: no link to a parent that is only a place in this document
    da.institutions[:] = [i for i in da.institutions if da.type_of(i.parent) != PLACE]
    scope_generic_bodies(da)   # "the Foreign Ministry" of no named state: this document's
    return da


def title_owners(spans, kb: Ontology) -> set[str]:
    """Names the NER calls NORP that own a title before a name ("Seleka leader Michel
    Djotodia"): groups, not nationalities, wherever the document writes them. An adjective
    ("detained Muslim leader Mr Nur Misuari") describes the holder: no group."""
    out = set()
    for span, kb_id, _ in spans:
        doc = span.doc
        if kb_id or span.label_ != "NORP" or span.end + 1 >= len(doc) or span[-1].pos_ == "ADJ" \
                or any(how == HOW_DEMONYM for _, how in kb.lookup(name_text(span))):
            continue   # (a state's demonym the ruler did not mark: "Ex-Nigerian President")
        if doc[span.end].lower_ in kb.lexicon.roles and doc[span.end + 1].pos_ == "PROPN":
            out.add(name_text(span).lower())
    return out


def add_framed_state(da: DocumentActors, span: Span) -> None:
    """A name the NER missed that acts in an event (:mod:`~kg.actors.framednames`): a
    knowledge-base name after all, a GeoNames place (typed by its use later), else a State."""
    text = name_text(span)
    hits = da.kb.lookup(text)
    if hits:
        add_kb_mention(da, span, hits[0][0], hits[0][1])
        return
    geo = best_geo(own_or_evoked(da.kb.geo_lookup(text), text, da.country_votes), da.country_votes)
    if geo:
        add_geo_mention(da, span, geo, da.kb)
    else:
        add_new(da, span, text, STATE, HOW_NER)


def _geonames_place(da: DocumentActors, span: Span, text: str) -> dict | None:
    """The GeoNames place ``span`` names, towns and villages only where
    :func:`~kg.actors.places.place_votes` allows them."""
    found, text = geo_hits(da.kb, text, place_votes(span, da.kb, da.country_votes))   # "El-Fasher"
    return best_geo(own_or_evoked(found, text, da.country_votes), da.country_votes)


def _names_a_person(text: str, person_names: list[list[str]]) -> bool:
    """Whether ``text`` is written elsewhere in the document as a person's full name."""
    toks = text.split()
    return len(toks) > 1 and toks in person_names


def _names_fighters(span: Span, kb: Ontology) -> bool:
    """Whether a name ends in a word for fighters or members ("Mai Mai militia", ``armed_collective``,
    ``nonstate_collective``): a group's name, whatever its tag."""
    last = span[-1].lower_
    return len(span) > 1 and (last in kb.lexicon.words_of("armed_collective")
                              or last in kb.lexicon.words_of("nonstate_collective"))


def _names_group(span: Span, kb: Ontology) -> bool:
    """Whether a name tagged PERSON is a group's: it ends in an organisation's head ("Jund Allah
    Brigades", ``organisation_head``) or holds a word of another language that names groups
    ("Ansar al-Islam", "Lashkar-e-Jhangvi", ``group_name_word``)."""
    words = kb.lexicon.words_of
    parts = [p for t in span for p in t.lower_.split("-")]
    return len(span) > 1 and (span[-1].lower_ in words("organisation_head")
                               or any(p in words("group_name_word") for p in parts))


def _resolve_entity(da: DocumentActors, span: Span, person_names: list[list[str]]) -> bool:
    """Resolve a span the entity ruler did not identify: a knowledge-base name after all, a
    GeoNames place, a new place or group. True when it is a person, to be resolved with
    the document's other persons (:func:`~kg.actors.persons.resolve_persons`)."""
    kb = da.kb
    articles = kb.lexicon.words_of("name_article_prefix")
    label = span.label_
    if is_cut_short(span, kb.lexicon.words_of("name_particle")):
        return False
    text = place_name(span, kb.lexicon.words_of, "group_kind_word" if label == "ORG" else "place_kind")
    hits = kb.lookup(text)
    if (hits and label != "PERSON") or (hits and hits[0][0].type in PEOPLE
                                        and not is_surname_of(span, person_names, articles)):
        entry, how = hits[0]
        add_kb_mention(da, span, entry, how)
        return False
    if label != "PERSON" and titled_by_apposition(span, kb):
        person_names.append(text.split())   # then "Posadas" alone, tagged ORG, is the person's
        return True   # "Khamis Sirhan al-Muhammad, a former regional party chairman", tagged FAC
    if label in NAME_LABELS and not is_surname_of(span, person_names, articles) \
            and looks_like_place(span, kb, kb.lexicon.words_of, da.country_votes):
        geo = _geonames_place(da, span, text)
        if geo:
            add_geo_mention(da, span, geo, kb)
            return False
    if (label in NAME_LABELS and describes_place(span, kb)) or (label == "ORG" and names_a_landmark(span, kb)):
        add_new(da, span, text, PLACE, HOW_NER)
        return False
    if label == "PERSON" and _names_group(span, kb):   # "Jund Allah Brigades", "Ansar al-Islam" (tagged PERSON)
        if hits and hits[0][0].type == GROUP:
            add_kb_mention(da, span, hits[0][0], hits[0][1])
        else:
            add_new(da, span, text, GROUP, HOW_NER)
        return False
    if label == "PERSON" or is_surname_of(span, person_names, articles) \
            or (label == "ORG" and _names_a_person(text, person_names)):
        return True   # (a person's full name tagged ORG in another sentence is the person's)
    if label == "ORG" and titled(span, da) and not _names_group(span, kb):
        # "Army spokesperson Lul Ruai Koang", tagged ORG, then "Koang" (not "chairperson of the
        # Maldivian Democratic Party": a body's name after its office)
        person_names.append(text.split())
        return True
    if label in PLACE_LABELS and _names_fighters(span, kb):
        add_new(da, span, text, GROUP, HOW_NER)   # "Mai Mai militia" (tagged FAC)
    elif label in PLACE_LABELS:
        geo = _geonames_place(da, span, text)
        if geo:
            add_geo_mention(da, span, geo, kb)
        else:
            add_new(da, span, text, PLACE, HOW_NER)
    elif label == "ORG":
        add_new(da, span, text, GROUP, HOW_NER)
    # NORP outside the knowledge base (religions, ideologies) is no actor.
    return False
