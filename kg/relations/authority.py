"""A rejection by denying another side's standing: a speaker who says another side "has no right"
or "does not have the authority" to act rejects it (README of the shared real-news set,
judgement call 11: saying the other side "did not have the authority" to order an expulsion ->
REJECT; kg's real-news sets: "The People's Republic of China has no right to represent Taiwan"
-> REJECT China).

The reported clause (a ``report_verb``'s complement) has the verb ``have`` or ``lack``
(``standing_verb``), an object that is a ``standing_noun`` ("right", "authority", "mandate"),
and, but for "lack", a negation: "no right", "did not have the authority". The one rejected is
the clause's subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import REJECT
from .anaphora import is_side
from .arguments import actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import OBJ_DEPS, SUBJ_DEPS, is_negated
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors


def denied_authority(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """REJECT from the speaker of whoever the clause it reports says has no right or authority."""
    kb = da.kb
    words = kb.lexicon.words_of
    report = words("report_verb")
    for v in index.tokens(sent, "evaluation"):
        if v.lemma_.lower() not in report or is_negated(v):
            continue
        denied = [a for c in v.children if c.dep_ == "ccomp" for a in without_standing(c, da, ds)]
        for s in subjects(v, da, ds) if denied else []:
            for o in dict.fromkeys(denied):
                if s != o and da.type_of(s) != "Place":
                    yield Found(s, REJECT, o, v, "authority.denied", kb.confidence("authority.denied"),
                                cameo=cameo(kb, REJECT), modality="asserted")


def without_standing(c: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the clause ``c`` says has no standing: "China has no right to ...", "the putschists
    did not have the authority to ...", "X lacks the authority to ..."."""
    words = da.kb.lexicon.words_of
    lemma = c.lemma_.lower()
    if lemma not in words("standing_verb"):
        return []
    nouns = [o for o in c.children if o.dep_ in OBJ_DEPS and o.lemma_.lower() in words("standing_noun")]
    if not nouns:
        return []
    negated = is_negated(c) or any(
        d.dep_ in ("det", "neg") and d.lower_ == "no" for n in nouns for d in n.children)
    if negated == (lemma in words("lacking_verb")):
        return []   # "has the right", "does not lack the authority"
    return [a for s in c.children if s.dep_ in SUBJ_DEPS for a in actors(s, "subj", da, ds)
            if is_side(a, da) or da.type_of(a) in ("Official", "Person")]
