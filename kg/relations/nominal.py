"""Nominal rules: events named by a noun, alliances, and the sides an accord names.

* :func:`nominal_event` — "Israel's assault on X", "Israeli airstrikes", "a Hamas
  rocket", "talks between X and Y", "X came under fire", "the rampage in which
  1,200 Israelis were killed";
* :func:`alliance` — "Turkey, Azerbaijan's closest ally" -> COOPERATE;
* :func:`truce_sides` — "a ceasefire between Israel and Hezbollah": the sides at
  war, for the discourse state (not a relation).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Frame
from ..predicates import ASSAULT, CONSULT, COOPERATE
from .arguments import actors, modifier_actors, pobj_actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import match_noun, noun_index
from .grammar import PASS_SUBJ_DEPS, SUBJ_DEPS, pobjs
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_NOUN_POS = frozenset({"NOUN", "PROPN"})


def nominal_event(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """Event nouns with their agent and object: "its assault on the city", "Israeli airstrikes"."""
    nouns = noun_index(da.kb.lexicon)
    confidence = da.kb.confidence("nominal_event")
    for n in index.tokens(sent, "nominal_event"):
        if n.pos_ not in _NOUN_POS or da.actor_at(n.i):
            continue
        frames = nouns.get(n.lemma_.lower()) or nouns.get(n.lower_)
        if not frames:
            continue
        frame, objects = match_noun(n, frames, da, ds)
        if frame is None or frame.predicate is None:
            continue
        agents = noun_agents(n, da, ds)
        objects = _event_objects(n, frame, objects, da, ds)
        if frame.predicate == CONSULT and not agents:
            # "talks between Armenia and Azerbaijan": the first party with the others
            between = pobj_actors(n, da.kb.lexicon.words_of("parties_prep"), da, ds)
            if between:
                agents, objects = between[:1], between[1:]
        for s in agents:
            for o in objects:
                if s != o:
                    yield Found(s, frame.predicate, o, n, "nominal_event", confidence, cameo=frame.cameo)


def _event_objects(n: Token, frame: Frame, objects: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """What an event noun is aimed at: its frame's objects, the places modifying it
    ("the Gaza offensive"), the subject of "came under", the victims of a relative
    clause, or the area of its target ("strikes on refineries in Volgograd")."""
    words = da.kb.lexicon.words_of
    places = [a for a in modifier_actors(n, da, ds) if da.type_of(a) == "Place"]
    objects = objects + [p for p in places if p not in objects]
    under = came_under(n, da, ds)
    objects += [o for o in under if o not in objects]
    if not objects:
        objects = relative_victims(n, da, ds)
    if not objects and frame.predicate.lower() in words("area_target_predicate") and frame.objprep:
        # "drone strikes on oil refineries in Volgograd": the area of the target
        targets = [p for c in n.children if c.dep_ == "prep" and c.lower_ in frame.objprep
                   for p in c.children if p.dep_ == "pobj"]
        objects = list(dict.fromkeys(a for t in targets for a in pobj_actors(t, words("target_area_prep"), da, ds)
                                     if da.type_of(a) == "Place"))
    return objects


def noun_agents(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who carries out the event a noun names."""
    words = da.kb.lexicon.words_of
    mods = [a for a in modifier_actors(n, da, ds) if da.type_of(a) != "Place"]
    if mods:
        return mods
    by = pobj_actors(n, words("agent_prep"), da, ds)
    if by:
        return by   # "an attack by Hamas", "fire from Russian forces"
    first = n.conjuncts[0] if n.conjuncts and n.conjuncts[0].i < n.i else None
    if first is not None:
        got = [a for a in modifier_actors(first, da, ds) if da.type_of(a) != "Place"]
        if got:
            return got
    return _light_verb_subjects(n, da, ds)


def _light_verb_subjects(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """A light verb's subject: "Russia launched an assault", "arrived ... for talks with",
    "held six hours of talks with Putin" (``quantity_prep``)."""
    words = da.kb.lexicon.words_of
    head = n.head
    if n.dep_ == "pobj" and head.lower_ in words("adjunct_event_prep") and (
            pobjs(n, words("parties_prep")) or
            any(f.predicate == ASSAULT for f in noun_index(da.kb.lexicon).get(n.lemma_.lower(), ()))):
        # "During the Tigray war, the Fano was ...", "Following a meeting between A and B, C said":
        # the event dates the clause, its subject is no party to it ("after talks with X, Y said" is)
        return []
    if n.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj") and n.dep_ == "pobj" \
            and n.head.lower_ in words("quantity_prep"):
        n, head = head, head.head    # "held six hours of talks with Putin"
        if n.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
    if n.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") \
            and (head.lemma_.lower() in words("light_verb") or n.dep_ == "pobj"):
        return [a for a in subjects(head, da, ds) if da.type_of(a) != "Place"]
    return []


def came_under(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"Khan Younis came under Israeli shelling": the subject is the event's object."""
    words = da.kb.lexicon.words_of
    t = n
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in words("under_prep") and t.head.head.lemma_.lower() in words("under_verb"):
        verb = t.head.head
        return [a for c in verb.children if c.dep_ in SUBJ_DEPS for a in actors(c, "obj", da, ds)]
    return []


def relative_victims(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"the rampage in which 1,200 Israelis were killed": the victims of a passive clause on the event."""
    verbs = da.kb.lexicon.verbs
    out: list[str] = []
    for c in n.children:
        if c.dep_ != "relcl":
            continue
        frames = verbs.get(c.lemma_.lower()) or []
        if not any(f.predicate == ASSAULT and not f.parts for f in frames):
            continue
        for p in c.children:
            if p.dep_ in PASS_SUBJ_DEPS:
                out += [a for a in actors(p, "obj", da, ds) if a not in out]
    return out


def alliance(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Turkey, Azerbaijan's closest ally" / "its ally Hamas" -> Turkey COOPERATE Azerbaijan."""
    kb = da.kb
    ally = kb.lexicon.words_of("ally_noun")
    for n in index.tokens(sent, "alliance"):
        if n.lemma_.lower() not in ally and n.lower_ not in ally:
            continue
        owners = [a for a in modifier_actors(n, da, ds) if da.type_of(a) != "Place"]
        members = []
        if n.dep_ == "appos":
            members = actors(n.head, "subj", da, ds)
        members += [da.actor_at(c.i) for c in n.children if c.dep_ == "appos" and da.actor_at(c.i)]
        for m in members:
            for o in owners:
                if m and m != o:
                    yield Found(m, COOPERATE, o, n, "alliance", kb.confidence("alliance"), cameo=cameo(kb, COOPERATE))


def truce_sides(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> tuple[str, str] | None:
    """"a ceasefire between Israel and Hezbollah": the sides the sentence's last accord
    between two or more parties names (the first two), or ``None``."""
    words = da.kb.lexicon.words_of
    truce, parties = words("truce_noun"), words("parties_prep")
    sides = None
    for t in index.tokens(sent, "truce"):
        if t.lemma_.lower() in truce:
            named = pobj_actors(t, parties, da, ds)
            if len(named) >= 2:
                sides = (named[0], named[1])
    return sides
