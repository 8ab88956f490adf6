"""Which named actors a description of one kind may not stand for, whatever was named last.

* "the rebels", "the insurgents" are no state's army or body (:func:`state_body`), nor is the
  agent of a passive written with them (:func:`beside_insurgents`): "We were attacked by the FACA
  (army) ... Bambari was seized by the rebels" is not the FACA's seizure.

Pure functions of an actor, the document's actors and the
:class:`~kg.relations.discourse.Discourse`; :mod:`kg.relations.descriptions` calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import camp, is_state
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
