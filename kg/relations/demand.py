"""The demand for an event named by a noun: "called for talks with North Korea" -> the caller
REQUESTs North Korea; "demanded an Israeli withdrawal" -> REQUEST Israel. The demanded event
itself stays unasserted (:mod:`kg.relations.modality`); this rule adds the request, addressed
to the event's agent when it is someone else, or to the other party of talks, an accord or
cooperation (``request_partner_predicate``) the caller wants to have."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import REQUEST
from .discourse import Discourse
from .found import Found, cameo
from .frames import match_noun, noun_index
from .index import TokenIndex
from .nominal import noun_agents
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors


def demanded_event(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """REQUEST from whoever demands an event noun to whom it is addressed."""
    kb = da.kb
    words = kb.lexicon.words_of
    nouns = noun_index(kb.lexicon)
    # the demand verbs are the candidates of displacement_order ("demand" lemmas)
    demand_object = words("demand_object")
    demanding = {w.split()[0] for w in demand_object}
    for v in index.tokens(sent, "displacement_order"):
        if v.lemma_.lower() not in demanding:
            continue
        for n in demanded_nouns(v, demand_object):
            frames = nouns.get(n.lemma_.lower()) or nouns.get(n.lower_)
            frame, objects = match_noun(n, frames, da, ds) if frames else (None, [])
            if frame is None or frame.predicate is None:
                continue
            callers = subjects(v, da, ds)
            agents = [a for a in noun_agents(n, da, ds) if a not in callers]
            partner = frame.predicate.lower() in words("request_partner_predicate")
            for c in callers:
                for o in dict.fromkeys(agents or (objects if partner else [])):
                    if o != c and da.type_of(o) != "Place":
                        yield Found(c, REQUEST, o, v, "demand.event", kb.confidence("demand.event"),
                                    cameo=cameo(kb, REQUEST), modality="asserted")


def demanded_nouns(v: Token, demand_object: frozenset[str]) -> list[Token]:
    """The nouns ``v`` demands: its object ("demanded a withdrawal") or the object of its
    preposition ("called for talks"), per ``demand_object``."""
    lemma = v.lemma_.lower()
    out = [c for c in v.children if c.dep_ == "dobj" and lemma in demand_object and c.pos_ == "NOUN"]
    out += [n for p in v.children if p.dep_ == "prep" and f"{lemma} {p.lower_}" in demand_object
            for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    return out
