"""Appraisal of another side's act (GUIDELINES, convention 14: praise, commending and
welcoming are SUPPORT).

* :func:`praised_act`: "commended the excellent cooperation between Cameroon and Nigeria",
  "applauded Egypt's mediation" — a ``praise_verb`` whose object is an event noun SUPPORT
  who carries the event out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import SUPPORT
from .arguments import actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import noun_index
from .grammar import is_negated
from .index import TokenIndex
from .mediation import own_side
from .nominal import is_symmetric_noun, noun_agents, symmetric_pairs
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_OBJECT_DEPS = frozenset({"dobj", "obj"})


def praised_act(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """Whoever praises an act (``praise_verb`` with an event noun as object) SUPPORT its agents,
    but those of its own side (:func:`~.mediation.own_side`)."""
    kb = da.kb
    praise = kb.lexicon.words_of("praise_verb")
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or v.lemma_.lower() not in praise or is_negated(v):
            continue
        # the object, its conjuncts and appositions: "the efforts ..., especially efforts by X"
        objects = [c for c in v.children if c.dep_ in _OBJECT_DEPS or c.dep_ == "dep" and c.pos_ == "NOUN"]
        acts = [u for c in objects for u in (c, *c.conjuncts, *(x for x in c.children if x.dep_ == "appos"))
                if _is_event(u, da)]
        agents = [a for n in acts for a in _act_agents(n, da, ds)]
        for s in subjects(v, da, ds):
            own = own_side([s], da)
            for o in dict.fromkeys(agents):
                # "the Kremlin praises Putin's talks": praise of one's own side supports no other
                if s != o and da.type_of(s) != "Place" and da.type_of(o) != "Place" and not own & own_side([o], da):
                    yield Found(s, SUPPORT, o, v, "appraisal.praised_act", kb.confidence("appraisal.praised_act"),
                                cameo=cameo(kb, SUPPORT))


def _is_event(n: Token, da: DocumentActors) -> bool:
    """Whether noun ``n`` names an event or an act: a noun of an event frame, an ``act_noun`` or
    a ``praised_act_noun`` ("the efforts by Egypt, Qatar and the US", "Egypt's key role")."""
    lemma = n.lemma_.lower()
    words = da.kb.lexicon.words_of
    return bool(noun_index(da.kb.lexicon).get(lemma)) or lemma in words("act_noun") or lemma in words("praised_act_noun")


def _act_agents(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who carries out the act ``n`` names: its agents, both sides of a symmetric event ("the
    cooperation between Cameroon and Nigeria"), or the "of" of a ``praised_act_noun``."""
    frames = noun_index(da.kb.lexicon).get(n.lemma_.lower())
    if frames and is_symmetric_noun(n, da):
        pairs = symmetric_pairs(n, frames[0], [], da, ds)
        if pairs:
            return [a for pair in pairs for a in pair]
    got = noun_agents(n, da, ds)
    if not got and n.lemma_.lower() in da.kb.lexicon.words_of("praised_act_noun"):
        # "the role of Qatar", "the efforts of the mediators": the part's "of" names who played it
        got = [a for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for a in actors(o, "subj", da, ds)]
    return got
