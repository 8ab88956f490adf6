"""The area struck when the targets are unnamed: "struck PKK targets in northern Iraq" -> Iraq,
"struck several areas along the border in southern Lebanon" -> Lebanon; never a sea
("targeting ships in the Red Sea" is no attack on the Red Sea) nor a border line ("fired across
the LoC"), nor the place of an attack that was repelled ("repelled rebel attacks on a town in
Darfur": :func:`repels_attack`). And the state across a border an event is aimed at: "deployed
troops to its border with China" -> China."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..predicates import ASSAULT
from .arguments import actors, pobj_actors
from .coreference import description, is_location
from .discourse import Discourse
from .grammar import pobjs

if TYPE_CHECKING:
    from ..actors import DocumentActors


def target_areas(targets: list[Token], da: DocumentActors, ds: Discourse, verb: Token | None = None) -> list[str]:
    """The places where unnamed targets lie: "struck PKK targets *in northern Iraq*", "airstrikes
    against Houthi sites *inside Yemen*" (``target_area_prep``, on the target or on ``verb``,
    where the parser often hangs it). Only a target that is no actor of its own counts ("the
    airport in Yemen" is struck, not Yemen); its conjuncts too."""
    words = da.kb.lexicon.words_of
    unnamed = [u for t in targets for u in (t, *t.conjuncts)
               if u.pos_ == "NOUN" and not da.actor_at(u.i) and not description(u, da, ds)]
    if not unnamed:
        return []
    holders = unnamed + ([verb] if verb is not None else [])
    return list(dict.fromkeys(a for u in holders for a in pobj_actors(u, words("target_area_prep"), da, ds)
                              if is_target_area(a, da)))


def inner_target_areas(targets: list[Token], da: DocumentActors, ds: Discourse) -> list[str]:
    """The area an unnamed place after unnamed targets lies in (``target_area_prep``, one
    preposition further): "struck several areas along the border *in southern Lebanon*",
    "shelled villages across three townships *in Rakhine*"."""
    words = da.kb.lexicon.words_of
    inner = [p for t in targets for u in (t, *t.conjuncts) if u.pos_ == "NOUN" and not da.actor_at(u.i)
             for c in u.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj" and p.pos_ == "NOUN" and not da.actor_at(p.i) and not description(p, da, ds)]
    return list(dict.fromkeys(a for u in inner for a in pobj_actors(u, words("target_area_prep"), da, ds)
                              if is_target_area(a, da)))


def repels_attack(v: Token, da: DocumentActors) -> bool:
    """Whether ``v`` fends off an attack its direct object names (``repel_verb``: "repelled three
    rebel attacks on a town in Darfur"): its target is the attackers, not the attack's places."""
    lex = da.kb.lexicon
    if v.lemma_.lower() not in lex.words_of("repel_verb"):
        return False
    return any(c.dep_ in ("dobj", "obj") and any(f.predicate == ASSAULT for f in lex.nouns.get(c.lemma_.lower(), ()))
               for c in v.children)


def is_target_area(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` may be the area struck when the targets lie in it: a place or a state,
    not a sea or another body of water (``water_kind``): "targeting ships in the Red Sea" is no
    attack on the Red Sea; nor a border line (``boundary_kind``)."""
    return is_location(a, da) and not is_unstruck(a, da)


def is_unstruck(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a place no violent act strikes: a body of water ("a missile fell into
    the Sea of Japan") or a line drawn between sides (``boundary_kind``: "troops exchanged fire
    across the Line of Control", "surgical strikes along the LoC" aim at the side beyond it)."""
    return is_water(a, da) or is_boundary(a, da)


def is_boundary(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a line drawn between sides (its knowledge-base kind, ``boundary_kind``:
    the Line of Control, the Blue Line)."""
    return da.type_of(a) == "Place" and (da.protos[a].kind or "").lower() in da.kb.lexicon.words_of("boundary_kind")


def holds_boundary(a: str, da: DocumentActors) -> bool:
    """Whether a border line can lie in actor ``a``: a state, or a region or territory
    (``boundary_container_kind``: "the LoC in Kashmir"), not a district or town the line runs
    through ("along the LoC in Rajouri district")."""
    return da.protos[a].type == "State" or \
        (da.protos[a].kind or "").lower() in da.kb.lexicon.words_of("boundary_container_kind")


def is_water(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a sea or another body of water (its knowledge-base kind, ``water_kind``):
    a violent act there is aimed at what sails on it, not at the sea."""
    return da.type_of(a) == "Place" and (da.protos[a].kind or "").lower() in da.kb.lexicon.words_of("water_kind")


def across_border(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"deployed troops to its border with China": the state across a border (``locative_head``)
    an event is aimed at, as "the Chinese border" names it; also where the parser hung the "with"
    right after it on the verb ("rallying troops along its border [with China]"). (Not where a
    place lies: "Palma is located on the border with Tanzania".)"""
    if t.lower_ not in da.kb.lexicon.words_of("locative_head"):
        return []
    withs = pobjs(t, ("with",))
    if not withs and t.dep_ == "pobj" and t.head.dep_ == "prep":
        withs = [o for p in t.head.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i == t.i + 1
                 for o in p.children if o.dep_ == "pobj"]
    return [a for o in withs for a in actors(o, "obj", da, ds)]
