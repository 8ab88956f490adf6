"""A military that responds answers the last attack on its side (round 9, violence): "Pakistani
troops fired at Indian positions ... Indian troops responded using small arms", "the Pakistan
Army responded effectively and five terrorists were killed" -> ASSAULT on that attack's agent;
one that names the attack it answers answers its agent ("responded to the unprovoked Indian
firing" -> India).

Only an armed force responds with fire: the subject is a military (a group of a ``military_kind``,
"the Pakistan Army") or a force noun ("Indian troops", ``force_noun``, ``military_descriptor``);
"the US responded by imposing sanctions" or "the ministry responded" are no attack. A response
"by" an act says what the act was: only an attack counts ("responded by firing shells", "by
carrying out an airstrike"; not "by dispatching helicopters", "by saying").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ASSAULT
from .adjunct import names_force
from .anaphora import assault_noun, camp, side_of
from .arguments import modifier_actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import SUBJ_DEPS, is_negated, pobjs
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors


def military_response(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ASSAULT from an armed force that responds (``military_response_verb``, no object of its
    own, not negated, not an infinitive: "retains the right to respond" is no response yet) on
    the agent of the last attack reported before on its side
    (:func:`_last_attacker_on`)."""
    words = da.kb.lexicon.words_of
    for v in index.tokens(sent, "response"):
        if v.pos_ != "VERB" or v.lemma_.lower() not in words("military_response_verb") or is_negated(v) \
                or any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") or c.tag_ == "TO" for c in v.children) \
                or not _answered_with_force(v, da):
            continue
        forces = [a for a in subjects(v, da, ds) if _armed_subject(v, a, da)]
        for o in _named_attackers(v, forces, da, ds) or _last_attacker_on(forces, da, ds):
            for s in forces:
                if s != o:
                    yield Found(s, ASSAULT, o, v, "response.military", da.kb.confidence("response.military"),
                                cameo=cameo(da.kb, ASSAULT))


def _armed_subject(v: Token, a: str, da: DocumentActors) -> bool:
    """Whether subject actor ``a`` of ``v`` is an armed force: a military group itself, or named
    by a force noun ("Indian troops", "the army")."""
    words = da.kb.lexicon.words_of
    heads = [c for c in v.children if c.dep_ in SUBJ_DEPS]
    if not heads and v.dep_ == "conj":
        heads = [c for c in v.head.children if c.dep_ in SUBJ_DEPS]
    force_noun = any(names_force(h, words) for h in heads)
    military = words("military_kind")
    p = da.protos.get(a)
    named_military = p is not None and da.type_of(a) == "Group" and side_of(a, da) == a \
        and any(w in f"{p.kind or ''} {p.name}".lower() for w in military)
    return force_noun or named_military


def _answered_with_force(v: Token, da: DocumentActors) -> bool:
    """Whether ``v`` says no act other than an attack it responded by: no "by" + act, or an
    act of attack ("by firing", "by carrying out an airstrike")."""
    acts = [p for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children
            if p.dep_ in ("pcomp", "pobj")]
    verbs = da.kb.lexicon.verbs
    return all(any(f.predicate == ASSAULT for f in verbs.get(a.lemma_.lower(), ())) or assault_noun(a, da)
               or any(assault_noun(o, da) for o in a.children if o.dep_ in ("dobj", "obj")) for a in acts)


def _named_attackers(v: Token, forces: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The attackers the response names in its attack ("to" + an ``answered_attack_noun`` or an
    attack noun, ``response_prep``): "Pakistani troops responded to the unprovoked *Indian* firing"
    -> India (the state its demonym names), not the last attacker on their side; states and
    groups only, none of the responders' own camp."""
    words = da.kb.lexicon.words_of
    own = {c for s in forces for c in camp(s, da)}
    attacks = [p for p in pobjs(v, words("response_prep"))
               if p.lower_ in words("answered_attack_noun") or assault_noun(p, da)]
    return list(dict.fromkeys(a for p in attacks for a in modifier_actors(p, da, ds)
                              if da.type_of(a) in ("State", "Group") and own.isdisjoint(camp(a, da))))


def _last_attacker_on(forces: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The agent of the last attack reported before this sentence on the side of ``forces`` (a
    target in their camp, or a place in their state: "targeting Kupwara, Uri ... The Indian Army
    responded"), not of their own side; [] when there is none."""
    side = {c for s in forces for c in camp(s, da)}
    for agent, target in reversed(ds.assaults):
        p = da.protos.get(target)
        struck = set(camp(target, da)) | ({p.country} if p is not None and p.country else set())
        if side & struck and side.isdisjoint(camp(agent, da)):
            return [agent]
    return []
