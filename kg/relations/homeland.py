"""A state named as a group's home, not as a doer: "Somalia's al-Shabab fighters", "Lebanon's
Hezbollah fighters" (a possessive state beside a named non-state group on the same noun), "three
Yemeni Houthi ships" (the demonym of the group's own country beside it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from ..actors import DocumentActors

_HOME_TYPES = frozenset({"State", "Place"})


def without_homeland(t: Token, got: list[str], da: DocumentActors) -> list[str]:
    """``got``, the actors of the modifiers of ``t``, without a possessive state or place when a
    named group modifies ``t`` as well: "Somalia's al-Shabab fighters" are al-Shabab's, in Somalia;
    nor the group's own country named by an adjective ("Yemeni Houthi ships": the Houthis', of Yemen;
    not "Israeli Hezbollah clashes", Hezbollah being of Lebanon)."""
    kids = [c for c in t.children if c.i < t.i]
    groups = {g for c in kids if c.dep_ == "compound" and (g := da.actor_at(c.i)) and da.type_of(g) == "Group"
              and t.doc[c.i + 1].text != "-"}   # not "Somalia's UN-backed government"
    if not groups:
        return got
    countries = {e.country for g in groups if (e := da.protos[g].entry) is not None and e.country}
    home = {a for c in kids if (a := da.actor_at(c.i)) and da.type_of(a) in _HOME_TYPES
            and (c.dep_ == "poss" or c.dep_ == "amod" and a in countries)}
    return [a for a in got if a not in home]
