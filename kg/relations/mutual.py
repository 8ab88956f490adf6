"""Plural subjects of a clause: whether they acted on each other or together.

* :func:`reciprocal_object` — "both sides accused each other";
* :func:`co_agents`, :func:`joint_attack` — "U.N. and Congolese troops attack Rwandan Hutu rebels",
  "peacekeepers from Uganda and Kenya have been battling al-Shabab": together on a third party;
* :func:`one_sided_attack` — "Rwanda and Uganda invaded in 1996": an attack made together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..ontology import Frame
from ..predicates import ASSAULT
from .grammar import OBJ_DEPS, PASS_SUBJ_DEPS
from .nominal import is_symmetric_noun

if TYPE_CHECKING:
    from ..actors import DocumentActors


def reciprocal_object(v: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``v``'s object, direct or after a preposition, is "each other" or "one another"
    (``reciprocal_object``; the parser hangs either word on the other), or is what they own
    ("have expelled dozens of each other's diplomats", "summoned one another's envoys")."""
    phrases = words("reciprocal_object")
    objs = [c for c in v.children if c.dep_ in OBJ_DEPS] + \
        [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    owned = [w for o in objs for w in (o, *(p for c in o.children if c.dep_ == "prep" for p in c.children
                                          if p.dep_ == "pobj"))]
    candidates = objs + [c for o in owned for c in o.children if c.dep_ == "poss"]
    for o in candidates:
        for d in o.children:
            if d.dep_ == "det" and " ".join(x.lower_ for x in sorted((o, d), key=lambda x: x.i)) in phrases:
                return True
    return False


def co_agents(v: Token, frame: Frame) -> bool:
    """Whether the plural subject of an attack acted together on a direct object no actor
    names: "U.N. and Congolese troops attack Rwandan Hutu rebels" (the subjects did not
    attack each other), or the subject of a passive: "The area is bombarded by Turkey and
    Iran". A noun of the frame's own ("exchange fire") is no such object."""
    if frame.predicate != ASSAULT or frame.mutual:
        return False
    own = frozenset().union(*frame.parts) if frame.parts else frozenset()
    return any(c.dep_ in ("dobj", "obj", *PASS_SUBJ_DEPS) and c.lemma_.lower() not in own and c.lower_ not in own
               for c in v.children)


def joint_attack(v: Token, frame: Frame, da: DocumentActors) -> bool:
    """Whether the plural subject of a reciprocal verb fought a third party its direct object
    names, though no actor is found there: "peacekeepers from Uganda and Kenya have been battling
    al-Shabab" (:func:`co_agents`); an object that is itself the mutual event ("fought a war",
    ``symmetric_noun``) keeps the subjects on both sides."""
    return co_agents(v, frame) and not any(c.dep_ in OBJ_DEPS and is_symmetric_noun(c, da) for c in v.children)


def one_sided_attack(frame: Frame) -> bool:
    """Whether ``frame`` is an attack its plural subject made together, not on each other:
    "Rwanda and Uganda invaded in 1996", "both sides appeared to shoot into the air" (an
    ASSAULT frame not ``mutual``; a ``reciprocal_verb``, "clashed", pairs its subjects before)."""
    return frame.predicate == ASSAULT and not frame.mutual
