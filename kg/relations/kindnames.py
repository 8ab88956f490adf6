"""A kind noun that carries its own names: "Mezem and Gushchu villages in the Gazakh district"
are Mezem and Gushchu, which the district only locates; "the M62 movement" is M62, not the
group named before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from ..actors import DocumentActors


def own_names(t: Token, da: DocumentActors) -> list[str]:
    """The actors the kind noun ``t`` names in its compound modifiers: a ``group_descriptor``'s
    groups ("the M62 movement"); a plural ``partitive`` place noun's places, each of their
    coordination ("shelled Mezem and Gushchu villages in the Gazakh district", "positions in the
    Munjuglu, Gosha and Asrik Jirdakhan settlements of the Tovuz region"), before the place its
    "in"/"of" names (:func:`kg.relations.arguments._partitive`)."""
    words = da.kb.lexicon.words_of
    if t.lower_ in words("group_descriptor"):
        kind = "Group"
    elif t.tag_ == "NNS" and (t.lower_ in words("partitive") or t.lemma_.lower() in words("partitive")):
        kind = "Place"
    else:
        return []
    named = (x for c in t.children if c.dep_ in ("compound", "nmod") for x in (c, *c.conjuncts))
    return list(dict.fromkeys(a for x in named if (a := da.actor_at(x.i)) and da.type_of(a) == kind))
