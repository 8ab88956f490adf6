"""Which named actors a description of one kind may not stand for, whatever was named last.

* "the rebels", "the insurgents" are no state's army or body (:func:`state_body`), nor is the
  agent of a passive written with them (:func:`beside_insurgents`): "We were attacked by the FACA
  (army) ... Bambari was seized by the rebels" is not the FACA's seizure;
* "the latest attack" is no older attack's when the attack it refers to left its author open
  (:func:`author_open`, :func:`latest_attack_open`): "Israeli jets attacked Rafah ... On Tuesday,
  a suicide attack in Hebron killed five people. The latest attack ..." is not Israel's.

Pure functions of an actor or token, the document's actors and the
:class:`~kg.relations.discourse.Discourse`; :mod:`kg.relations.descriptions`,
:mod:`kg.relations.clause` and :func:`~kg.relations.anaphora.event_anaphor` call them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import ANAPHOR_REACH, assault_noun, attack_agents, camp, happened, is_party, is_state, unattributed
from .discourse import Discourse
from .grammar import agent_pobjs

if TYPE_CHECKING:
    from ..actors import DocumentActors


def state_body(a: str, da: DocumentActors, ds: Discourse) -> bool:
    """Whether group ``a`` is a state's own army or body, which a description of insurgents
    (``armed_collective``: "the rebels") cannot stand for: a body the text or the knowledge base
    puts under a state ("the Chadian army", "Sudanese Armed Forces" -> Sudan), a group of a
    state military kind (``military_kind``: "armed forces"), or one the text itself calls by a
    military noun (``military_descriptor``: "attacked by the FACA (army)")."""
    if da.type_of(a) != "Group":
        return False
    words = da.kb.lexicon.words_of
    if (da.protos[a].kind or "").lower() in words("military_kind"):
        return True
    if any(ds.described.get(w) == a for w in words("military_descriptor")):
        return True
    for c in camp(a, da)[1:]:
        entry = da.kb.entries.get(c)
        if (c in da.protos and is_state(c, da)) or (entry is not None and entry.type == "State"):
            return True
    return False


def beside_insurgents(v: Token, agents: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """``agents`` found for passive ``v`` without its written agent, less the state bodies when
    that agent is a description of insurgents (``armed_collective``) that named no group:
    "Bambari was seized on Sunday by the rebels" after "We were attacked by the FACA (army)" is
    no seizure by the FACA."""
    words = da.kb.lexicon.words_of("armed_collective")
    if not any(p.lemma_.lower() in words or p.lower_ in words for p in agent_pobjs(v)):
        return agents
    return [a for a in agents if not state_body(a, da, ds)]


def author_open(u: Token, da: DocumentActors) -> bool:
    """Whether attack noun ``u`` reports an attack of its own that happened with its author left
    open (:func:`~kg.relations.anaphora.unattributed`, :func:`~kg.relations.anaphora.happened`),
    no owner ("its two-week offensive") and no state or group named anywhere in its phrase: "a
    suicide attack in Hebron", not "an attack attributed to ADF rebels" (an author the rules may
    not read)."""
    return assault_noun(u, da) and unattributed(u, da) and happened(u, da) \
        and not any(c.dep_ == "poss" for c in u.children) \
        and not any(a and is_party(a, da) for w in u.subtree for a in [da.actor_at(w.i)])


def latest_attack_open(t: Token, da: DocumentActors, ds: Discourse) -> bool:
    """Whether the attack an event anaphor ``t`` with no earlier noun of its own ("the latest attack"
    after "a car bombing in Baquba") refers to, the last attack read before it, left its author open
    (:func:`author_open`): then no older attacker is its agent."""
    if any(u.lemma_ == t.lemma_ and u.pos_ == "NOUN" for u in t.doc[max(0, t.i - ANAPHOR_REACH):t.i]):
        return False
    read = attack_agents(t, da, ds)
    last = max(read, key=lambda x: x[0]) if read else None
    return last is not None and last[1] is None and author_open(t.doc[last[0]], da)
