"""A diplomatic protest by summoning an envoy: "Russia's foreign ministry summoned Moldova's top
envoy", "Beijing summoned Hideo Tarumi, Japan's ambassador to China", "called in the Chinese
ambassador" -> the summoner ACCUSEs the envoy's state (README of kg's real-news sets: "summoning
an ambassador -> CONSULT + ACCUSE (+ REQUEST)"); the clause rule gives the CONSULT. A purpose
clause that demands ("summoned Georgia's ambassador ... to demand the officers' release",
``summon_request_verb``) adds a REQUEST of that state.

The verb is a ``summon_verb`` (its particle too: "call in"), not negated; its object (the passive
subject, with the "by" agent as summoner) names a diplomat (``diplomat_noun``) whose state is
written on the diplomat noun: a possessive or demonym ("Moldova's envoy", "the Japanese
ambassador") or "the ambassador of Chad". An envoy's host ("ambassador *to China*") is not
accused, and neither is an envoy without a state.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ACCUSE, CONSULT, REQUEST
from .anaphora import is_side, person_state
from .arguments import actors, modifier_actors, pobj_actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import INFINITIVE, PASS_SUBJ_DEPS, agent_pobjs, is_negated, pobjs
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_TO = "to"    # "summoned *to* the foreign ministry": where, and so by whom, an envoy is summoned


def summoned_envoy(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """ACCUSE (and REQUEST, for a demanding purpose) from the summoner of the summoned envoy's state."""
    kb = da.kb
    words = kb.lexicon.words_of
    for v in index.tokens(sent, "summons"):
        if not is_summons(v, words("summon_verb")) or is_negated(v):
            continue
        passive = any(c.dep_ in PASS_SUBJ_DEPS for c in v.children)
        if passive:
            yield from _summons_to_body(v, da, ds)
        states = [a for o in summoned(v, passive) for a in envoy_states(o, da, ds) if a]
        if not states:
            continue
        if passive:
            summoners = [a for p in agent_pobjs(v) for a in actors(p, "subj", da, ds)] or summoned_to(v, da, ds)
        else:
            summoners = subjects(v, da, ds)
        demand = demanding_purpose(v, words("summon_request_verb"))
        for s in summoners:
            if da.type_of(s) == "Place":
                continue
            for o in dict.fromkeys(states):
                if s == o:
                    continue
                yield Found(s, ACCUSE, o, v, "summons.envoy", kb.confidence("summons.envoy"),
                            cameo=cameo(kb, ACCUSE))   # the summons' modality: "denied that X summoned"
                if demand is not None:
                    yield Found(s, REQUEST, o, demand, "summons.demand", kb.confidence("summons.envoy"),
                                cameo=cameo(kb, REQUEST), modality="asserted")


def is_summons(v: Token, phrases: frozenset[str]) -> bool:
    """Whether ``v`` is a summoning verb: its lemma, or its lemma with its particle ("call in")."""
    lemma = v.lemma_.lower()
    return lemma in phrases or any(f"{lemma} {c.lower_}" in phrases for c in particles(v))


def particles(v: Token) -> list[Token]:
    """``v``'s particle, or the preposition right after it the parser takes for one ("called
    *in* Chinese Ambassador Xing Haiming")."""
    return [c for c in v.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == v.i + 1)]


def summoned(v: Token, passive: bool) -> list[Token]:
    """Who ``v`` summons: its direct object (the passive subject; the object of a particle
    taken for a preposition) and their appositions."""
    deps = PASS_SUBJ_DEPS if passive else _OBJECT_DEPS
    objs = [c for c in v.children if c.dep_ in deps]
    objs += [p for c in particles(v) if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return objs + [a for o in objs for a in o.children if a.dep_ == "appos"]


def envoy_states(o: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The states or groups the diplomat of the phrase ``o`` represents, written on the diplomat
    noun itself: "Moldova's top envoy", "the Japanese ambassador", "the ambassador of Chad"
    ("Japan's ambassador *to China*" represents Japan, not China); none for another phrase."""
    diplomat = da.kb.lexicon.words_of("diplomat_noun")
    out: list[str] = []
    for d in o.subtree:
        if d.lemma_.lower() not in diplomat and d.lower_ not in diplomat:
            continue
        got = modifier_actors(d, da, ds) + pobj_actors(d, ("of",), da, ds)
        out += [a for a in got if a not in out and is_side(a, da)]
    return out


def demanding_purpose(v: Token, demand: frozenset[str]) -> Token | None:
    """The demand a summons is for: "summoned X's ambassador to protest the detentions and
    *demand* the officers' release" (a to-infinitive under ``v``, or its conjunct)."""
    for c in v.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == INFINITIVE
                                                          for a in c.children):
            continue
        for u in (c, *c.conjuncts):
            if u.lemma_.lower() in demand:
                return u
    return None


def summoned_to(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who summons when passive ``v`` has no "by" agent: the body or state the envoy is summoned
    to ("the ambassador was summoned to the Malian Ministry of Foreign Affairs", "to Ankara")."""
    if any(c.dep_ == "agent" for c in v.children):
        return []
    return [a for o in pobjs(v, (_TO,)) for a in actors(o, "obj", da, ds) if da.type_of(a) in ("State", "Group")]


def _summons_to_body(v: Token, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the ambassador was summoned to the Malian Ministry of Foreign Affairs": the body summoning
    CONSULTs the envoy (the clause rule finds no subject for an agentless passive), unless the
    envoy is its own state's ("its ambassador to Tel Aviv was summoned to Ankara": a recall)."""
    kb = da.kb
    for s in summoned_to(v, da, ds):
        own = person_state(s, da)
        for o in dict.fromkeys(a for t in summoned(v, True) for a in actors(t, "subj", da, ds)):
            if o != s and da.type_of(o) != "Place" and person_state(o, da) != own:
                yield Found(s, CONSULT, o, v, "summons.to_body", kb.confidence("summons.envoy"),
                            cameo=cameo(kb, CONSULT))
