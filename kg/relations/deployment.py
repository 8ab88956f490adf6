"""Agentless passive deployments: "Nato peacekeepers were sent to help police at the Jarinje
and Banja crossings", "Some 2,000 Russian peacekeepers were deployed to patrol the area in and
around Nagorno-Karabakh", "Turkish troops were dispatched to Idlib".

A passive ``deployment_verb`` with no "by" agent whose subject names forces
(``moved_force_noun``, as :func:`kg.relations.clause.moved_force` reads them) is a mobilisation
by the side the forces' modifiers name (or the actor the subject stands for), to the places
the verb's ``deployment_prep`` names (places or states) or, with none, the places its purpose infinitive names
("to patrol the area around X"). :func:`kg.relations.clause.clause` reads the verbs whose
frame places the destination ("deploy to"); this rule also reads "send" and "dispatch",
whose frames want the forces as a direct object ("send troops to"), and the purpose clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .arguments import modifier_actors, pobj_actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import PASS_SUBJ_DEPS, pobjs
from .index import TokenIndex

if TYPE_CHECKING:
    from ..actors import DocumentActors

MOBILIZE = "MOBILIZE"
_DESTINATION_TYPES = frozenset({"Place", "State"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def deployed_force(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """MOBILIZE from the owners of forces an agentless passive deployment verb moves to its places."""
    words = da.kb.lexicon.words_of
    verbs = words("deployment_verb")
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or any(c.dep_ == "agent" for c in v.children):
            continue
        force = next((f for c in v.children if c.dep_ in PASS_SUBJ_DEPS if (f := _force(c, da)) is not None), None)
        if force is None:
            continue
        owners = [a for a in ds.actors_at(force.i) or modifier_actors(force, da, ds) if da.type_of(a) != "Place"]
        places = _destinations(v, da, ds)
        confidence = da.kb.confidence("clause.passive_deployment")
        for s in owners:
            for o in places:
                yield Found(s, MOBILIZE, o, v, "clause.passive_deployment", confidence,
                            cameo=cameo(da.kb, MOBILIZE))


def _force(t: Token, da: DocumentActors) -> Token | None:
    """The forces passive subject ``t`` names: a ``moved_force_noun`` ("peacekeepers"), or one
    after a measure's ``quantity_prep`` ("hundreds of police officers"); else ``None``."""
    words = da.kb.lexicon.words_of
    forces = words("moved_force_noun")
    if t.lemma_.lower() in forces or t.lower_ in forces:
        return t
    return next((p for p in pobjs(t, words("quantity_prep")) if p.lemma_.lower() in forces or p.lower_ in forces), None)


def _destinations(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The places deployment verb ``v`` sends forces to: the objects of its ``deployment_prep``,
    else the places its purpose to-infinitive names ("to help police at the X and Y crossings")."""
    places = [a for a in pobj_actors(v, da.kb.lexicon.words_of("deployment_prep"), da, ds)
              if da.type_of(a) in _DESTINATION_TYPES]
    if places:
        return places
    for c in v.children:
        if c.dep_ in _PURPOSE_DEPS and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for t in c.subtree:
                a = da.actor_at(t.i)
                if a is not None and da.type_of(a) == "Place" and a not in places:
                    places.append(a)
    return places
