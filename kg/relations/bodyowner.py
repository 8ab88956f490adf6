"""The owner a possessive government noun names: "the *Iranian government's* crackdown" is Iran's,
"the *Trump administration's* decision" the United States' (a ``leader_body`` named after a
leader acts for that leader's state, :func:`kg.relations.arguments.led_state`).

A bare "the government's" names no owner here (a description, :mod:`kg.relations.coreference`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import Discourse

if TYPE_CHECKING:
    from ..actors import DocumentActors


def body_owner(c: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The state or group a possessive ``leader_body`` noun ``c`` ("government's", "administration's",
    "regime's") stands for through its own modifiers ("the Syrian government's crackdown" -> Syria;
    "the Assad regime's attacks" -> Assad's state), or ``None`` when no modifier names one."""
    from .arguments import led_state, modifier_actors  # (arguments asks this module)

    words = da.kb.lexicon.words_of("leader_body")
    if c.dep_ != "poss" or (c.lower_ not in words and c.lemma_.lower() not in words):
        return None
    owners = [led_state(a, da) for a in modifier_actors(c, da, ds) if da.type_of(a) != "Place"]
    return owners[0] if owners else None
