"""Whether a participle's agent holds the noun it modifies or acts upon it.

"a command centre used by Hezbollah" is Hezbollah's (the agent holds it: ``holder_verb``);
"Colombian soldiers killed by FARC rebels" are FARC's victims: the noun of a participle of
force stands for its own side."""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Lexicon
from ..predicates import ASSAULT, COERCE


def acted_upon(t: Token, participle: Token, lex: Lexicon) -> bool:
    """Whether ``t`` names what the agent of ``participle`` acts upon rather than holds:
    "hostages held by X" (``person_noun``, ``captor_participle``) are X's captives; "soldiers
    killed by FARC rebels", "a convoy attacked by militants" (a participle whose verb frame is
    an attack or coercion, no ``holder_verb``) are the victims, who do not stand for the agent."""
    words = lex.words_of
    lemma = participle.lemma_.lower()
    if lemma in words("captor_participle"):
        return t.lemma_.lower() in words("person_noun") or t.lower_ in words("person_noun")
    force = any(f.predicate in (ASSAULT, COERCE) and not f.parts for f in lex.verbs.get(lemma, ()))
    return force and lemma not in words("holder_verb")
