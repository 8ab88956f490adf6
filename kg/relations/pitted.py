"""A war or a fight that pits one side against another (fresh-text construction, round 12b):
"a civil war in Yemen pitting the Iran-aligned Houthi movement against the Saudi-backed
government", "the fighting has pitted President Salva Kiir's SPLA government forces against
rebels loyal to Riek Machar" -> ASSAULT between the two sides (GUIDELINES, convention 11:
one relation, the first named as subject).

The verb (``pitting_verb``: "pit") says who fights whom only when what does the pitting is
a fight: its subject, or the noun its participle modifies ("a civil war ... pitting"), is an
event noun whose frame is ASSAULT ("war", "fighting", "conflict", "battle"). "An election
pitting X against Y" or "the vote pitted the president against parliament" name rivals, not
sides at war.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ASSAULT
from .arguments import actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import SUBJ_DEPS, pobjs
from .index import TokenIndex

if TYPE_CHECKING:
    from ..actors import DocumentActors


def pitted_sides(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ASSAULT from each side a fight pits (the verb's direct object) on each side it pits them
    against (the object of ``pitting_prep``: "against")."""
    words = da.kb.lexicon.words_of
    for v in index.tokens(sent, "pitting"):
        if v.pos_ != "VERB" or not _fight_pits(v, da):
            continue
        dobjs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
        sides = [a for o in dobjs for a in actors(o, "obj", da, ds)]
        others = [a for p in _other_sides(v, dobjs, words("pitting_prep")) for a in actors(p, "obj", da, ds)]
        for s in sides:
            for o in others:
                if s != o and da.type_of(s) != "Place" and da.type_of(o) != "Place":
                    yield Found(s, ASSAULT, o, v, "pitted.sides", da.kb.confidence("pitted.sides"),
                                cameo=cameo(da.kb, ASSAULT))


def _other_sides(v: Token, dobjs: list[Token], preps: frozenset[str]) -> list[Token]:
    """The objects of "against" on ``v``, or, as the parser often hangs it on the first side
    ("pitting [the Houthi movement against the government]", "[army units loyal to Kiir against
    ...]"), the first "against" within the direct object's phrase."""
    got = pobjs(v, preps)
    if got or not dobjs:
        return got
    for t in dobjs[0].subtree:
        if t.dep_ == "prep" and t.lower_ in preps:
            return pobjs(t.head, preps)
    return []


def _fight_pits(v: Token, da: DocumentActors) -> bool:
    """Whether what pits the sides is a fight: the subject of ``v``, or the noun its participle
    modifies ("a civil war pitting ..."), or the subject of the clause a participle adjoins ("the
    fighting erupted ..., pitting"), is a noun with an ASSAULT frame."""
    agents = [c for c in v.children if c.dep_ in SUBJ_DEPS]
    if v.dep_ == "acl" and not agents:
        agents = [v.head]   # "a civil war ... pitting X against Y"
    elif v.dep_ == "advcl" and not agents:   # "the fighting erupted ..., pitting X against Y"
        agents = [c for c in v.head.children if c.dep_ in SUBJ_DEPS]
    nouns = da.kb.lexicon.nouns
    return any(a.pos_ == "NOUN" and any(f.predicate == ASSAULT for f in nouns.get(a.lemma_.lower(), ()))
               for a in agents)
