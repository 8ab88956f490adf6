"""Which groups a description of a group qualified by a nationality may stand for.

"Israel and Hamas ally Hezbollah have been exchanging fire since the Palestinian militant group
attacked southern Israel": the Palestinian militant group is Hamas, not Hezbollah, the last group
subject; "the Lebanese group" is no Palestinian one. A group description ("the group", "the
rebels", ``group_descriptor``) with a state's adjective as its modifier ("Palestinian",
"Lebanese") stands for a group of that state (its knowledge-base country, or a state it belongs
to: :func:`home`) if one was named before; else for one of no known state (unchanged), never
for a group the knowledge base places in another state.

"The United States provides midair refueling to the coalition": a coalition description
(``coalition_descriptor``) stands only for a group of a coalition kind (``coalition_kind``:
"military coalition") or one whose name has the noun ("Syrian National Coalition"), not for the
last group of any kind (the UN, an armed group the coalition backs): else it stays open
(:func:`noun_fits`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .anaphora import ANAPHOR_REACH, camp, is_media, is_state
from .discourse import Discourse
from .grammar import MODIFIER_DEPS

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: modifiers of a description that give its nationality ("the *Palestinian* militant group")
QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def qualifier_state(t: Token, da: DocumentActors) -> str | None:
    """The state a modifier of description ``t`` names ("the *Lebanese* group" -> Lebanon),
    or ``None``."""
    for c in t.children:
        a = da.actor_at(c.i) if c.dep_ in QUALIFIER_DEPS else None
        if a and is_state(a, da):
            return a
    return None


def home(a: str, da: DocumentActors) -> str | None:
    """The state group ``a`` is of: the first state of its :func:`camp` or the knowledge-base
    country of a body in it (Hezbollah -> Lebanon); ``None`` when none is known."""
    for c in camp(a, da):
        entry = da.kb.entries.get(c)
        if is_state(c, da) if c in da.protos else entry is not None and entry.type == "State":
            return c
        if entry is not None and entry.country:
            return entry.country
    return None


def qualified_group(t: Token, da: DocumentActors, ds: Discourse,
                    find: Callable[[Callable[[str], bool]], str | None]) -> str | None:
    """The group description ``t`` stands for: with no nationality modifier the group named with
    its noun (:func:`group_named_with`) or what ``find`` finds among the groups its noun admits
    (:func:`noun_fits`); with one, such a group of that state if ``find`` finds one, else one of
    no known state; never one of another state."""
    named = group_named_with(t, da, ds)
    state = qualifier_state(t, da)
    fits = noun_fits(t, da)
    if state is None:
        return named or find(fits)
    if named and home(named, da) in (state, None):
        return named   # "the Palestinian group" after "the Hamas group"
    return find(lambda a: fits(a) and home(a, da) == state) or find(lambda a: fits(a) and home(a, da) is None)


def noun_fits(t: Token, da: DocumentActors) -> Callable[[str], bool]:
    """Which groups description ``t``'s noun admits: "the coalition" (``coalition_descriptor``)
    a group of a ``coalition_kind`` or one named with the noun ("Syrian National Coalition");
    other nouns any group."""
    words = da.kb.lexicon.words_of
    if t.lower_ not in words("coalition_descriptor"):
        return lambda a: True
    kinds = words("coalition_kind")
    return lambda a: (da.protos[a].kind or "").lower() in kinds or t.lower_ in da.protos[a].name.lower().split()


def group_named_with(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"The militia" after "the White Army militia": the last group the text named with the
    same noun as its head ("X militia", "the X group"), within reach; ``None`` when none was."""
    lemma = t.lemma_.lower()
    for u in reversed(t.doc[max(0, t.i - ANAPHOR_REACH):t.i]):
        if u.pos_ == "NOUN" and u.lemma_.lower() == lemma:
            named = [a for c in u.children if c.dep_ in MODIFIER_DEPS for a in [da.actor_at(c.i)]
                     if a and da.type_of(a) == "Group" and not is_media(a, da)]
            if named:
                return named[0]
    return None
