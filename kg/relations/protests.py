"""Diplomatic protests: a state, an official or a state's body that protests complains of what
another side did, ACCUSE (GUIDELINES, realnews gold: "Japan lodged a protest with China",
"withdrew its envoy in protest at the US stance"); PROTEST is a demonstration, by people or
parties ("pro-BNP lawyers rallied to protest the verdict").

* :func:`diplomatic_protest` — the frame a protest verb is read with, by who protests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..ontology import Frame
from ..predicates import ACCUSE
from .found import cameo

if TYPE_CHECKING:
    from ..actors import DocumentActors

_PROTEST = "PROTEST"
_STATE_SIDE = frozenset({"State", "Official"})


def diplomatic_protest(v: Token, frame: Frame, subjects: list[str], da: DocumentActors) -> Frame:
    """``frame`` read as ACCUSE when it is a PROTEST frame and every subject protests for a state:
    a state, an official, or a group whose name ends in a body of a state's government
    (``protesting_state_body``: "the Ministry of Foreign Affairs has also strongly protested the
    UK's failure", "Algeria protests against the harassment"); else ``frame`` itself. Not for the
    object of a summons ("summoned the British Ambassador, Simon Shercliff, to protest the attack":
    the summoner protests, :mod:`~kg.relations.summons`), whom object control makes the subject."""
    if frame.predicate != _PROTEST or not subjects or _object_controlled(v):
        return frame
    bodies = da.kb.lexicon.words_of("protesting_state_body")
    if all(da.type_of(s) in _STATE_SIDE or _state_body(s, bodies, da) for s in subjects):
        return replace(frame, predicate=ACCUSE, cameo=cameo(da.kb, ACCUSE))
    return frame


def _object_controlled(v: Token) -> bool:
    """Whether ``v`` is an infinitive whose subject is the object of the verb above it ("summoned X
    to protest")."""
    return v.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in v.head.children)


def _state_body(actor: str, bodies: frozenset[str], da: DocumentActors) -> bool:
    """Whether ``actor`` is a group named for a body of a state's government ("Foreign Ministry",
    "Ministry of Foreign Affairs": its first or last word is a ``protesting_state_body``)."""
    words = da.protos[actor].name.lower().split()
    return da.type_of(actor) == "Group" and bool(words) and (words[0] in bodies or words[-1] in bodies)
