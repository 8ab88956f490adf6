"""An event noun that names what someone is in charge of is no event.

"Fadel Ibrahim, who commanded Hezbollah operations in the southern Lebanese village of
Jouaiyya" says what he led, not that Hezbollah attacked Jouaiyya; "Ahmed Sheikho, the Head of
the White Helmet operations in Idlib" names an office. A plural activity noun
(``charge_event_noun``: "operations") that is the object of a verb of being in charge
(``charge_verb``: "commanded", "led", "oversaw") or the "of" object of a noun of one
(``charge_noun``: "head", "chief", "director") yields no nominal event
(:func:`kg.relations.nominal.nominal_event` skips it). "Israel's military
operations in Gaza" and "the commander of the offensive" (a particular event) still do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from ..actors import DocumentActors

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def in_charge_of(n: Token, da: DocumentActors) -> bool:
    """Whether plural activity noun ``n`` is what someone is in charge of: the object of a
    ``charge_verb`` or the "of" object of a ``charge_noun``."""
    words = da.kb.lexicon.words_of
    if n.tag_ not in _PLURAL_TAGS or n.lemma_.lower() not in words("charge_event_noun"):
        return False
    head = n.head
    if n.dep_ == "dobj":
        return head.lemma_.lower() in words("charge_verb")
    return n.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words("charge_noun")
