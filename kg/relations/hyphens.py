"""What a hyphen says of the words around it when the parser split a hyphenated modifier.

"the UN-backed Somali government" is often parsed with "UN" hung on "government" and
"backed" beside it, so "UN" reads as the government's own modifier; the hyphen shows it is
the participle's agent (:func:`hyphen_participle_agent`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.names import hyphen_glued


def hyphen_participle_agent(t: Token, owners: frozenset[str]) -> bool:
    """Whether ``t`` opens a hyphenated participle the parser split off it: "the *UN*-backed
    Somali government" (UN hung on the noun, "backed" beside it): the participle's agent, not
    the noun's actor; unless the participle is one of ``owners`` ("a *British*-owned tanker")."""
    doc = t.doc
    if not hyphen_glued(doc, t.i):
        return False
    p = doc[t.i + 2]
    return p.tag_ == "VBN" and p.head.i == t.head.i and p.lemma_.lower() not in owners
