"""Agentless passive attacks that name no side: no other side of the war is read in.

:func:`~kg.relations.clause.passive_agents` gives "The head of Hamas' military wing was wounded"
to the other side of the text's war. A passive names no side when the harm came in an event both
sides did to each other ("killed in the clashes", :func:`in_mutual_event`) or from a cause that is
nobody's act (``unowned_cause``: "a Thai soldier was badly injured by a landmine", "Addis Ababa
was hit by several mysterious blasts", :func:`unowned_cause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .grammar import agent_pobjs
from .nominal import is_symmetric_noun

if TYPE_CHECKING:
    from ..actors import DocumentActors


def names_no_side(v: Token, da: DocumentActors) -> bool:
    """Whether the passive ``v`` happened in a mutual event or by an unowned cause."""
    return in_mutual_event(v, da) or unowned_cause(v, da)


def in_mutual_event(v: Token, da: DocumentActors) -> bool:
    """Whether ``v`` happened in an event both sides did to each other: "killed in the clashes",
    "were killed, and 10 others wounded in the clashes" (a ``symmetric_noun`` after an
    ``event_pp_prep``, on ``v`` or a verb coordinated with it), which names no one side as the agent."""
    preps = da.kb.lexicon.words_of("event_pp_prep")
    return any(c.dep_ == "prep" and c.lower_ in preps and any(n.dep_ == "pobj" and is_symmetric_noun(n, da)
                                                              for n in c.children)
               for u in (v, *v.conjuncts) for c in u.children)


def unowned_cause(v: Token, da: DocumentActors) -> bool:
    """Whether ``v``'s "by" agent is a cause that is no one's act (``unowned_cause``) and names no
    actor: "injured by a landmine", "hit by several mysterious blasts" (not "by Israeli gunfire")."""
    causes = da.kb.lexicon.words_of("unowned_cause")
    agents = agent_pobjs(v)
    return bool(agents) and all(p.lemma_.lower() in causes and not any(da.actor_at(t.i) for t in p.subtree)
                                for p in agents)
