"""Which actor a talks, accord or mediation party the sentence does not name stands for, when the
article gave it as a state's armed forces.

A party resolved from the article ("the parties", "mediators" with no parties named, "the talks")
comes from the last pair the text set in relation, often a clash: "The Israeli military carried out
strikes on numerous Hamas positions ... Egypt and Qatar have long acted as mediators in indirect
discussions between the parties" -> the parties are Israel and Hamas, not the Israeli military:
the state negotiates, its army fought. A civil war's army stays a party in its own right, so the
state replaces its forces only against a side of another country ("talks between the Sudanese
army and the RSF", both of Sudan: the army).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .anaphora import is_state, state_side
from .found import Found

if TYPE_CHECKING:
    from ..actors import DocumentActors


def unnamed_force_state(f: Found, sent: Span, da: DocumentActors) -> Found:
    """``f`` with each party the sentence does not name that is a state's armed forces replaced by
    that state (:func:`force_state`), for the predicates of parties in talks and accords
    (``force_state_predicate``: MEDIATE's object, CONSULT's and AGREE's both ends)."""
    words = da.kb.lexicon.words_of
    if f.predicate.lower() not in words("force_state_predicate"):
        return f
    named = {da.actor_at(i) for i in range(sent.start, sent.end)}
    obj = f.object if f.object in named else force_state(f.object, f.subject, da) or f.object
    if f.predicate.lower() in words("force_state_mediator"):
        return replace(f, object=obj) if obj != f.object else f
    subj = f.subject if f.subject in named else force_state(f.subject, obj, da) or f.subject
    return replace(f, subject=subj, object=obj) if (subj, obj) != (f.subject, f.object) else f


def force_state(a: str, other: str, da: DocumentActors) -> str | None:
    """The state whose armed forces ``a`` is ("Israel Defense Forces" -> Israel: a group of a
    ``military_kind`` kind, or named after its state as its military, ``service_branch``), if
    ``other`` is not of that state; ``None`` otherwise."""
    if a not in da.protos or is_state(a, da) or not is_force(a, da):
        return None
    state = state_side(a, da)
    if state == a or not is_state(state, da) or country_of(other, da) == state:
        return None
    return state


def is_force(a: str, da: DocumentActors) -> bool:
    """Whether group ``a`` is a state's armed forces or one branch of them."""
    words = da.kb.lexicon.words_of
    military = words("military_kind") | words("service_branch")
    return da.type_of(a) == "Group" and ((da.protos[a].kind or "").lower() in military or any(
        i.group == a and i.role.lower() in military for i in da.institutions))


def country_of(a: str, da: DocumentActors) -> str:
    """The state ``a`` is or belongs to: itself, its knowledge-base country ("Rapid Support
    Forces" -> Sudan), else its :func:`state_side`."""
    if a not in da.protos or is_state(a, da):
        return a
    entry = da.protos[a].entry
    return entry.country if entry is not None and entry.country else state_side(a, da)
