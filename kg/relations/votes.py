"""Votes with no object or a pronoun one: "Russia, Syria, Belarus, North Korea and Eritrea voted against"
after "The United Nations General Assembly adopted a resolution ...": the vote was on the
resolution, which stands for the body that votes on it (GUIDELINES: voting against a
resolution is REJECT of the assembly).

* :func:`voted_body` — the body a bare vote is cast in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..ontology import Frame
from .discourse import Discourse

if TYPE_CHECKING:
    from ..actors import DocumentActors

_RESOLUTION_WINDOW = 80   # tokens before a vote's sentence a resolution it is on may be named in


def voted_body(v: Token, frame: Frame, da: DocumentActors, ds: Discourse) -> list[str]:
    """The voting body of a frame whose target is the body voting on a resolution
    (``resolution_predicate``: "voted against"), when its preposition stands with no object
    ("X and Y voted against.") or with a pronoun for the text voted on (``resolution_pronoun``:
    "I am not surprised that Russia voted against it"): the last group named before whose name
    marks it as voting on resolutions (``resolution_body``: "the UN General Assembly"), if a
    resolution (``resolution_noun``) was named in the ``_RESOLUTION_WINDOW`` tokens before the
    verb's sentence or in it before the verb."""
    words = da.kb.lexicon.words_of
    if not frame.objprep or frame.predicate.lower() not in words("resolution_predicate"):
        return []
    pronouns = words("resolution_pronoun")
    bare = [c for c in v.children if c.lower_ in frame.objprep
            and all(o.lower_ in pronouns for o in c.children if o.dep_ == "pobj")]
    if not bare:
        return []
    nouns = words("resolution_noun")
    start = max(0, v.sent.start - _RESOLUTION_WINDOW)
    if not any(t.lower_ in nouns for t in v.doc[start:v.i]):
        return []
    body = ds.last_actor(v.i, lambda a: is_voting_body(a, da))
    return [body] if body else []


def is_voting_body(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a group whose name marks it as voting on resolutions
    (``resolution_body``: "the UN General Assembly", "the Security Council")."""
    bodies = da.kb.lexicon.words_of("resolution_body")
    return da.type_of(a) == "Group" and any(w in bodies for w in da.protos[a].name.lower().split())
