"""How a resolved span becomes a mention of an actor of the document.

A knowledge-base entry (:func:`add_kb_mention`, which also reads a capital as the
city where it is one, and "US military personnel" as the state), a GeoNames place
(:func:`add_geo_mention`) or an actor the knowledge base does not know
(:func:`add_new`).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..ontology import Entry, Ontology, fold, slug
from .document import DocumentActors, MentionInfo, Proto
from .names import mention_text, name_text
from .places import best_geo, capital_is_government
from .types import GROUP, HOW_ALIAS, HOW_CAPITAL, HOW_DEMONYM, HOW_GEO, PLACE, STATE

ADJECTIVE_DEPS = frozenset({"amod", "compound"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def add_kb_mention(da: DocumentActors, span: Span, entry: Entry, how: str) -> None:
    """A mention of a knowledge-base entry; ``how`` the ruler matched it (name, alias, ...)."""
    words = da.kb.lexicon.words_of
    if how == HOW_DEMONYM and entry.type == PLACE and span.root.dep_ in ADJECTIVE_DEPS \
            and span.root.head.lower_ not in words("state_agent"):
        return   # "the West African bloc": an adjective, not a mention of the region
    state = _state_acting_through(span, entry, da.kb)
    if state is not None:
        entry, how = state, HOW_ALIAS   # "US military personnel", "Russian military police": the state
    if how == HOW_CAPITAL and not capital_is_government(span, da.kb):
        # "talks in Washington": the city, not the government
        geo = best_geo(da.kb.geo_lookup(name_text(span)) or da.kb.geo_lookup(entry.capital or ""), da.country_votes)
        if geo:
            add_geo_mention(da, span, geo, da.kb)
            return
    if entry.id not in da.protos:
        da.protos[entry.id] = Proto(entry.id, entry.name, entry.type, entry=entry,
                                    country=entry.country if entry.type == PLACE else None, kind=entry.kind)
    da.mentions.append(MentionInfo(entry.id, span, mention_text(span), how, metonymy=how == HOW_CAPITAL))


def _state_acting_through(span: Span, entry: Entry, kb: Ontology) -> Entry | None:
    """The state a body's name stands for when it modifies a state agent ("US military
    personnel": the US acts), else None."""
    outer = span.root.head
    if not (entry.type == GROUP and entry.parent and span.root.dep_ in MODIFIER_DEPS and outer.i == span.end
            and outer.lower_ in kb.lexicon.words_of("state_agent") and outer.lower_ not in kb.lexicon.roles):
        return None
    parent = kb.entries.get(entry.parent)
    while parent is not None and parent.type == GROUP and parent.parent:
        parent = kb.entries.get(parent.parent)
    return parent if parent is not None and parent.type == STATE else None


def add_geo_mention(da: DocumentActors, span: Span, geo: dict, kb: Ontology) -> None:
    """A mention of a GeoNames place; its id is the name's slug and the country code."""
    state = kb.state_for_country_code(geo["cc"])
    actor_id = f"{slug(geo['name'])}-{geo['cc'].lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = Proto(actor_id, geo["name"], PLACE, geo=geo,
                                    country=state.id if state else None, kind=geo["kind"])
    da.mentions.append(MentionInfo(actor_id, span, mention_text(span), HOW_GEO))


def add_new(da: DocumentActors, span: Span, name: str, type_: str, how: str, *, text: str | None = None) -> str:
    """A mention of an actor the knowledge base does not know, named ``name``; its id.

    The id is the name's slug, with the type added when a knowledge-base actor has that
    slug. ``text`` is the surface form to record (default: the span's text, stripped)."""
    name = fold(name) if not name.isascii() else name
    actor_id = slug(name)
    if actor_id in da.kb.entries:
        actor_id = f"{actor_id}-{type_.lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = Proto(actor_id, name, type_)
    da.mentions.append(MentionInfo(actor_id, span, mention_text(span) if text is None else text, how))
    return actor_id
