"""The agent of an attack noun named in the adjunct of a clause of attack: "Thai security forces
shot and killed three suspected insurgents *during a raid* in Pattani" -> the raid is the forces'
(:func:`attacking_clause_agents`). An event noun that only dates a clause ("During the war, X
said") has no agent there; one that frames the very violence its clause reports is that clause's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import assault_noun, attack_verb, is_party
from .discourse import Discourse
from .grammar import MODIFIER_DEPS

if TYPE_CHECKING:
    from ..actors import DocumentActors


def attacking_clause_agents(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The states and groups that carry out attack noun ``u`` when it is the object of an event
    preposition (``event_pp_prep``: "during", "in") of an active verb of attack: the verb's
    subject, or the subject of the verb it is coordinated with ("shot and killed ... during a
    raid"); [] otherwise (a passive verb's subject is the victim: "was killed in a raid")."""
    if not assault_noun(u, da) or u.dep_ != "pobj" or u.head.dep_ != "prep" \
            or u.head.lower_ not in da.kb.lexicon.words_of("event_pp_prep"):
        return []
    v = u.head.head
    if not attack_verb(v, da) or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return []
    heads = [c for c in v.children if c.dep_ == "nsubj"]
    if not heads and v.dep_ == "conj" and attack_verb(v.head, da):
        heads = [c for c in v.head.children if c.dep_ == "nsubj"]
    named = [a for h in heads for a in _subject_actors(h, da, ds)]
    return list(dict.fromkeys(a for a in named if is_party(a, da)))


def _subject_actors(h: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors subject ``h`` names: its own, else its modifiers' ("Israeli troops"); a possessor
    only of a state's forces ("Israel's troops", ``force_noun``, ``military_descriptor``), not of
    any group ("Colombia's ELN guerrilla group" is no attack by Colombia)."""
    own = ds.actors_at(h.i)
    if own:
        return list(own)
    forces = names_force(h, da.kb.lexicon.words_of)
    return [a for c in h.children if c.dep_ in MODIFIER_DEPS and (forces or c.dep_ != "poss")
            for a in ds.actors_at(c.i)]


def names_force(h: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether noun ``h`` names an armed force: "troops", "forces" (``force_noun``), "the army"
    (``military_descriptor``)."""
    return h.lemma_.lower() in words("force_noun") or h.lower_ in words("military_descriptor")


def answered_attack(n: Token, verb: Token, da: DocumentActors) -> bool:
    """Whether event noun ``n`` is the attack ``verb`` answers: "the group was retaliating *for
    government strikes* on their bases" (a ``retaliation_word`` verb, ``retaliation_cause_prep``):
    the strikes are the other side's, not the retaliating subject's."""
    words = da.kb.lexicon.words_of
    return n.dep_ == "pobj" and n.head.lower_ in words("retaliation_cause_prep") \
        and verb.lemma_.lower() in words("retaliation_word")
