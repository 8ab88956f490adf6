"""Expulsion by an order to leave: "Niger's junta gave the French ambassador 48 hours to
leave", "Chavez ordered the U.S. ambassador to leave the country", "Mali asks French envoy
to leave" -> SANCTION of the envoy (PLOVER's "expel"; README of the real-news sets:
"expelling diplomats ... -> SANCTION").

The verb is a demand (``demand``: "ordered", "asked", "told") or gives a deadline
(``deadline_verb``: "gave X 72 hours"); a to-infinitive of leaving (``displacement``,
``departure_verb``) depends on it without another verb between; its object names a
diplomat (``diplomat_noun`` in the phrase: "the ambassador of Chad", "French Ambassador
Joel Meyer"), a named person or, for diplomats in the plural, their state. An order to
civilians to leave a place is :func:`~kg.relations.clause.displacement_order`'s. In the
passive ("the Russian diplomats were given 72 hours to leave the United States") the subject
is the diplomat, and the agent, else the state to leave, expels.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Frame
from ..predicates import SANCTION, THREATEN
from .arguments import PLURAL_TAGS, actors
from .discourse import PERSON_TYPES, Discourse
from .found import Found, cameo
from .grammar import INFINITIVE, agent_pobjs
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})


def expulsion_order(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """SANCTION from whoever orders a diplomat to leave, of the diplomat."""
    kb = da.kb
    words = kb.lexicon.words_of
    leave = words("displacement") | words("departure_verb")
    for v in index.tokens(sent, "expulsion"):
        if v.pos_ != "VERB" or not any(leaving(x, v, leave) for x in v.subtree):
            continue
        passive = [c for c in v.children if c.dep_ == "nsubjpass"]
        objs = passive if passive else diplomat_objects(v, words("diplomat_noun"))
        if passive and not any(t.lemma_.lower() in words("diplomat_noun") for o in passive for t in o.subtree):
            continue
        envoys = [a for o in objs for a in actors(o, "obj", da, ds) if envoy_actor(a, o, da)]
        if not envoys:
            continue
        for s in (_host_states(v, leave, da, ds) if passive else subjects(v, da, ds)):
            for o in dict.fromkeys(envoys):
                if s != o:
                    yield Found(s, SANCTION, o, v, "expulsion_order", kb.confidence("expulsion_order"),
                                cameo=cameo(kb, SANCTION))


def _host_states(v: Token, leave: frozenset[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """Who expels in the passive ("the Russian diplomats were given 72 hours to leave the United
    States", "were ordered to leave Germany"): the agent, else the state they must leave."""
    agents = [a for p in agent_pobjs(v) for a in actors(p, "subj", da, ds)]
    if agents:
        return agents
    return [a for x in v.subtree if leaving(x, v, leave) for o in x.children if o.dep_ in _OBJECT_DEPS
            for a in actors(o, "obj", da, ds) if da.type_of(a) == "State"]


def envoy_actor(a: str, o: Token, da: DocumentActors) -> bool:
    """Whether actor ``a`` of object ``o`` is the one expelled: the named diplomat ("gave French
    Ambassador Joel Meyer"); a state or group only for diplomats in the plural ("ordered 35
    Russian diplomats to leave": Russia), since one unnamed envoy is a person the article names
    elsewhere, not the state ("gives French envoy 48 hours")."""
    kind = da.type_of(a)
    return kind in PERSON_TYPES or (kind != "Place" and o.tag_ in PLURAL_TAGS)


def leaving(x: Token, v: Token, leave: frozenset[str]) -> bool:
    """Whether ``x`` is a to-infinitive of leaving ("to leave") whose nearest verb above is ``v``
    (through a noun: "72 hours *to leave*")."""
    if x.i == v.i or x.lemma_.lower() not in leave or x.pos_ != "VERB" \
            or not any(a.dep_ == "aux" and a.lower_ == INFINITIVE for a in x.children):
        return False
    up = x.head
    while up.i != v.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
        up = up.head
    return up.i == v.i


def diplomat_objects(v: Token, diplomat: frozenset[str]) -> list[Token]:
    """The objects of ``v`` (direct, dative, and their appositions) whose phrase names a
    diplomat: "gave *French Ambassador Joel Meyer*", "ordered *the ambassador of Chad*"."""
    objs = [c for c in v.children if c.dep_ in _OBJECT_DEPS]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
    return [o for o in objs if any(t.lemma_.lower() in diplomat or t.lower_ in diplomat for t in o.subtree)]


def departure_deadline(v: Token, frame: Frame, da: DocumentActors) -> bool:
    """Whether ``v`` read as a THREATEN ("give hour", an ultimatum) gives a deadline to leave:
    "gave the French envoy 48 hours to leave" is an expulsion (:func:`expulsion_order`) or an
    order to leave a place, no threat (README of the real-news sets: ultimatums are THREATEN
    only where a sanction is stated)."""
    words = da.kb.lexicon.words_of
    if frame.predicate != THREATEN or v.lemma_.lower() not in words("deadline_verb"):
        return False
    leave = words("displacement") | words("departure_verb")
    return any(leaving(x, v, leave) for x in v.subtree)
