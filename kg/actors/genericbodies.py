"""A body named only by what it does is the body of its own document.

"The Foreign Ministry", "the Ministry of Finance", "Defence Ministry" and "the Joint
Commission" name no state: in one report "the Foreign Ministry" is Algeria's, in the next
Iran's. The knowledge base cannot place such a name and the text does not say whose it is,
so without this pass every document's foreign ministry would become one actor of the
corpus, a hub joining every state whose ministry spoke. :func:`scope_generic_bodies` gives
each such body an id of its own document ("ministry-of-foreign-affairs--22-algeria-expels");
its name stays as written. A body the text ties to its state ("Egypt's Foreign Ministry",
"the Ugandan army") is the state's, and a name the knowledge base knows is that actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ontology_read import slug
from .types import GROUP

if TYPE_CHECKING:
    from .document import DocumentActors

#: Words a generic body's name may hold besides its head and qualifiers ("Ministry *of* Health").
GLUE = frozenset({"the", "of", "for", "and", "&", "on"})


def scope_generic_bodies(da: DocumentActors) -> None:
    """Give every generic body of ``da`` (:func:`is_generic_body`) an id of this document:
    its id, "--", and the document's id as a slug."""
    tied = {i.group for i in da.institutions}
    scoped = [p for p in da.protos.values() if p.entry is None and p.id not in tied
              and da.type_of(p.id) == GROUP and is_generic_body(p.name, da.kb.lexicon.words_of)]
    suffix = slug(da.document.id.rsplit(".", 1)[0])
    for proto in scoped:
        da.rename(proto.id, f"{proto.id}--{suffix}")


def is_generic_body(name: str, words) -> bool:
    """Whether ``name`` names a body by its kind and remit alone: an institution noun
    (the last word of an ``institution`` entry: "ministry", "commission", "army") with only
    ``generic_body_word`` qualifiers and glue words beside it ("Ministry of Foreign Affairs
    and International Cooperation", "the Joint Commission"; not "the Sudan Liberation Army",
    "the Government of National Accord")."""
    tokens = [w.strip(".,'’").lower() for w in name.replace("-", " ").split()]
    tokens = [w for w in tokens if w and w not in GLUE]
    heads = {entry.split()[-1] for entry in words("institution")}
    qualifiers = words("generic_body_word")
    return any(w in heads for w in tokens) and all(w in heads or w in qualifiers for w in tokens)
