"""Agents of a participle on a noun that do not stand for the noun (:func:`~.arguments._holder`
takes "a command centre used by Hezbollah" as Hezbollah's).

* :func:`brokered`: "Israel and Hamas signed a truce brokered by Egypt": the truce is no act of
  Egypt's, so Egypt is no object of the signing (Israel AGREE Hamas; Egypt MEDIATE each);
* :func:`captive`: "rescue hostages held by the Abu Sayyaf": the captors, not the captives.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Lexicon
from ..predicates import MEDIATE


def brokered(participle: Token, lex: Lexicon) -> bool:
    """Whether ``participle`` ("brokered", "mediated") is a verb whose frames all MEDIATE."""
    frames = lex.verbs.get(participle.lemma_.lower(), ())
    return bool(frames) and all(f.predicate == MEDIATE for f in frames)


def captive(t: Token, participle: Token, words) -> bool:
    """Whether ``t`` names people held by the agent of ``participle`` ("hostages held by X",
    ``person_noun``, ``captor_participle``): its captives, who do not stand for it."""
    return (participle.lemma_.lower() in words("captor_participle")
            and (t.lemma_.lower() in words("person_noun") or t.lower_ in words("person_noun")))
