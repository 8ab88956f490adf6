"""The portfolio of a title is no list of actors.

A minister's title often names several portfolios ("the Minister of Maghreb Affairs, the
African Union and the Arab League, Abdelkader Messahel"; "Minister of Foreign Affairs, African
Cooperation and Moroccan Expatriates, Nasser Bourita"). The parser coordinates the portfolios
with the title, and the holder's name after them with the last portfolio, so the African
Union and the Arab League would stand beside Messahel as agents of what he did.
:func:`title_conjuncts` drops them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import PERSON_TYPES

if TYPE_CHECKING:
    from ..actors import DocumentActors


def title_conjuncts(tok: Token, da: DocumentActors) -> list[Token]:
    """The conjuncts after ``tok`` that stand beside it in a coordination, without a title's
    portfolios: when ``tok`` is a title (a ``roles`` word) with an "of" complement and its
    coordination ends, after the list's "and", in a person's name set off by a comma ("the
    Minister of Maghreb Affairs, the African Union and the Arab League, Abdelkader Messahel":
    the last conjunct, or the last one's apposition), the conjuncts before that name are the
    title's portfolios, not actors beside it."""
    conjuncts = sorted((c for c in tok.conjuncts if c.i > tok.i), key=lambda c: c.i)
    if not conjuncts or not _titled(tok, da):
        return conjuncts
    last = conjuncts[-1]   # the name may also hang on the last portfolio as its apposition
    holder = next((c for c in last.children if c.dep_ == "appos" and _is_person(c, da)), last)
    start = holder.left_edge.i
    if not _is_person(holder, da) or start == 0 or holder.doc[start - 1].text != ",":
        return conjuncts
    portfolios = [c for c in conjuncts if c is not holder]
    closed = any(k.dep_ == "cc" for c in (tok, *portfolios) for k in c.children)
    return [holder] if closed and portfolios else conjuncts


def _is_person(t: Token, da: DocumentActors) -> bool:
    """Whether ``t`` names an official or a person."""
    a = da.actor_at(t.i)
    return a is not None and da.type_of(a) in PERSON_TYPES


def _titled(tok: Token, da: DocumentActors) -> bool:
    """Whether ``tok`` is a title word ("Minister") with an "of" complement ("of Maghreb Affairs")."""
    return tok.lemma_.lower() in da.kb.lexicon.roles and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
