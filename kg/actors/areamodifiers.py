"""Wide areas named only to describe something else: "the Indian Ocean island", "the Horn of
Africa nation", "five African nations", "six Gulf allies", "the tiny Pacific island nation of
Palau". A continent or ocean (``wide_area_kind``, the knowledge base's kind)
every mention of which modifies a common noun in the document is no actor there: the text
locates or classes the noun, it names no place where something happens. Written once as a
place ("in the Indian Ocean", "West Africa's third coup" is a possessive, not a modifier)
it stays.
"""

from __future__ import annotations

from .document import DocumentActors
from .names import first_conjunct
from .types import HOW_IN_NAME, PLACE

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def drop_area_modifiers(da: DocumentActors) -> None:
    """Forget the wide areas the document writes only as modifiers (see the module's docstring)."""
    kinds = da.kb.lexicon.words_of("wide_area_kind")
    by_actor: dict[str, list] = {}
    for m in da.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    linked = {a for i in da.institutions for a in (i.group, i.parent)}
    for actor, ms in by_actor.items():
        p = da.protos.get(actor)
        if actor in linked or p is None or p.type != PLACE or p.entry is None or (p.entry.kind or "") not in kinds:
            continue
        if all(m.how == HOW_IN_NAME or _modifies_noun(m.span) for m in ms):
            da.mentions[:] = [m for m in da.mentions if m.actor != actor]
            del da.protos[actor]


def _modifies_noun(span) -> bool:
    """Whether the name modifies a common noun after it ("Pacific island", "African nations"),
    alone or as a conjunct ("Arab and African countries")."""
    root = first_conjunct(span.root)
    head = root.head
    return root.dep_ in MODIFIER_DEPS and head.i >= span.end and head.pos_ == "NOUN"
