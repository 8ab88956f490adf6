"""The agent of a participle of mediation on a noun does not stand for the noun
(:func:`~.arguments._holder` takes "a command centre used by Hezbollah" as Hezbollah's;
:mod:`.victims` the victims of a participle of force): "Israel and Hamas signed a truce
brokered by Egypt": the truce is no act of Egypt's, so Egypt is no object of the signing
(Israel AGREE Hamas; Egypt MEDIATE each).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Lexicon
from ..predicates import MEDIATE


def brokered(participle: Token, lex: Lexicon) -> bool:
    """Whether ``participle`` ("brokered", "mediated") is a verb whose frames all MEDIATE."""
    frames = lex.verbs.get(participle.lemma_.lower(), ())
    return bool(frames) and all(f.predicate == MEDIATE for f in frames)

