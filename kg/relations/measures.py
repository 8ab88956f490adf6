"""What a measure "targeting" someone is: the measure's own event, not an attack.

A verb that only says whom something is aimed at (``aim_verb``: "targeting", "aimed at") hung on
an event noun as its clause takes that noun's predicate: "Britain, France, and Germany announced
new sanctions Tuesday targeting Iranian air transport" -> SANCTION Iran, not ASSAULT. "Strikes
targeting Hezbollah" stay ASSAULT (the noun's own predicate); a noun with no frame of its own
("a campaign targeting PKK forces") leaves the verb's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..predicates import ASSAULT
from .found import BetweenSides, Found, cameo

if TYPE_CHECKING:
    from ..actors import DocumentActors


def aimed_measures(found: list[Found | BetweenSides], da: DocumentActors) -> list[Found | BetweenSides]:
    """``found`` with each ASSAULT of an aim verb on an event noun given the noun's predicate
    (:func:`measure_predicate`)."""
    return [f if not isinstance(f, Found) or f.predicate != ASSAULT else _measured(f, da) for f in found]


def _measured(f: Found, da: DocumentActors) -> Found:
    predicate = measure_predicate(f.trigger, da) if isinstance(f.trigger, Token) else None
    if predicate is None or predicate == f.predicate:
        return f
    return replace(f, predicate=predicate, cameo=cameo(da.kb, predicate))


def measure_predicate(v: Token, da: DocumentActors) -> str | None:
    """The predicate of the event noun aim verb ``v`` modifies as its clause ("sanctions
    targeting X" -> SANCTION), or ``None``: ``v`` no aim verb, on no noun, or the noun no event."""
    lex = da.kb.lexicon
    noun = aimed_noun(v) if v.lemma_.lower() in lex.words_of("aim_verb") else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    frames = lex.nouns.get(noun.lemma_.lower(), ())
    return next((fr.predicate for fr in frames if fr.predicate), None)


def aimed_noun(v: Token) -> Token | None:
    """The noun verb ``v`` is the clause of: its head for a relative or adjectival clause; for a
    gerund the parser hung on the main verb with no subject of its own, the main verb's object
    before it ("announced new sanctions Tuesday targeting ..."); else ``None``."""
    if v.dep_ in ("acl", "relcl"):
        return v.head
    if v.dep_ != "advcl" or v.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    return next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
