"""Coordinations of titled names the parser folds into one name.

"Egyptian President Abdel-Fattah al-Sisi and U.S. President Joe Biden discussed ...",
"President Donald Trump and Russian President Vladimir Putin spoke": the parser often
hangs the first titled name under the second one (a modifier, an apposition of its
title), with the second title as the conjunct of the first name, so the verb seems to
have one subject. :func:`title_coordinated` finds the first person again: the name that
ends right before "and", when only the second person's title and its nationality stand
between "and" and the second name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import PERSON_TYPES

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: the most words a title and its nationality take before a name ("U.S. Secretary of State")
_MAX_TITLE = 8


def title_coordinated(tok: Token, da: DocumentActors) -> list[Token]:
    """The person coordinated before the titled person ``tok`` names, when the parser put
    that person inside ``tok``'s phrase: "[Egyptian President *Sisi*] and U.S. President
    [Biden]" -> the token of "Sisi" ([] otherwise: a plain "Sisi and Biden" the parser
    coordinates itself)."""
    own = da.actor_at(tok.i)
    if own is None or da.type_of(own) not in PERSON_TYPES:
        return []
    role = next((r for r in da.roles if r.person == own and r.tokens[1] <= tok.i < r.tokens[1] + _MAX_TITLE
                 and all(da.actor_at(j) == own for j in range(r.tokens[1], tok.i + 1))), None)
    if role is None:
        return []
    doc = tok.doc
    k = role.tokens[0] - 1
    # the second title's nationality: "U.S.", "Russian"
    while k > role.sent_start and role.tokens[0] - k < _MAX_TITLE and _nationality(doc[k], da):
        k -= 1
    if k <= role.sent_start or doc[k].lower_ != "and":
        return []
    first = doc[k - 1]
    other = da.actor_at(first.i)
    if other in (None, own) or da.type_of(other) not in PERSON_TYPES:
        return []
    # only when the parser put the first person inside the second one's phrase
    return [first] if tok.is_ancestor(first) else []


def _nationality(t: Token, da: DocumentActors) -> bool:
    """Whether ``t`` is a word of a state's name or demonym ("U.S.", "Russian")."""
    a = da.actor_at(t.i)
    return a is not None and da.type_of(a) == "State"
