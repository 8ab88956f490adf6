"""Armed men the text identifies with a group only as a belief: "gunmen suspected to be from
Boko Haram", "fighters believed to be part of the Allied Democratic Forces", "heavily armed
fighters believed to be al Shabaab" (:func:`believed_group`). The hedge leaves the attack
asserted: the report names its suspected author, as "suspected Boko Haram gunmen" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import is_group
from .grammar import SUBJ_DEPS, pobjs

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: what the belief says the men are: "to be X", "to be part of X", "to belong to X"
_IDENTITY_VERBS = frozenset({"be", "belong"})


def believed_group(t: Token, da: DocumentActors) -> list[str]:
    """The group an armed collective noun ``t`` (``armed_collective``, ``state_agent``:
    "fighters", "gunmen") is believed to be or belong to: a participle of belief
    (``belief_participle``) after it ("gunmen *suspected* to be from X"), or the verb of belief the
    parser made of that participle, ``t`` its subject ("Fighters *believed* to be part of X staged
    the attack" parsed as "Fighters believed [that] ... staged"); [] when it names no group."""
    words = da.kb.lexicon.words_of
    low, lemma = t.lower_, t.lemma_.lower()
    if not ({low, lemma} & (words("armed_collective") | words("state_agent"))):
        return []
    beliefs = [v for v in t.children if v.dep_ == "acl" and v.tag_ == "VBN"]
    if t.dep_ in SUBJ_DEPS and t.head.tag_ in ("VBN", "VBD") and t.i < t.head.i:
        beliefs.append(t.head)    # the misparse: "Fighters believed to be ..." as a clause of its own
    for v in beliefs:
        if v.lemma_.lower() not in words("belief_participle"):
            continue
        for x in v.children:
            if x.dep_ == "xcomp" and x.lemma_.lower() in _IDENTITY_VERBS:
                named = [a for a in _identity_actors(x, da) if is_group(a, da)]
                if named:
                    return named
    return []


def _identity_actors(x: Token, da: DocumentActors) -> list[str]:
    """The actors "to be X" names: the attribute itself ("to be al Shabaab"), the object of its
    "of" ("to be part of X", "members of X") or of a preposition of the verb ("to be from X",
    "to belong to X"), or the name compounded with that noun ("from Boko Haram rebels")."""
    heads = [c for c in x.children if c.dep_ == "attr"]
    heads += [p for c in heads for p in pobjs(c, ("of",))] + [p for c in x.children if c.dep_ == "prep"
                                                             for p in c.children if p.dep_ == "pobj"]
    # "from Nigeria's Boko Haram jihadist rebels": a noun of no name stands for the name before it
    named = [x for h in heads for x in [h, *(c for c in h.children if c.dep_ == "compound")]]
    return [a for x in named for a in [da.actor_at(x.i)] if a]
