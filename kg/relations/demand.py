"""The demand for an event named by a noun: "called for talks with North Korea" -> the caller
REQUESTs North Korea; "demanded an Israeli withdrawal" -> REQUEST Israel. The demanded event
itself stays unasserted (:mod:`kg.relations.modality`); this rule adds the request, addressed
to the event's agent when it is someone else, or to the other party of talks, an accord or
cooperation (``request_partner_predicate``) the caller wants to have.

:func:`answered_request`: a request answered names who made it and to whom: "Mexico accepted
the U.S. request" -> United States REQUEST Mexico; "refused to grant M23's demand", "rejected
the demands of Hamas" -> also a REJECT of the one who asked.

:func:`ultimatum_request`: an ultimatum given is a demand (README of kg's real-news sets:
"ultimatums -> REQUEST"): "gave Abuja a 48-hour ultimatum", "issued an ultimatum to Qatar"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import REJECT, REQUEST
from .anaphora import is_side
from .arguments import actors, modifier_actors, pobj_actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import match_noun, noun_index
from .grammar import OBJ_DEPS, is_negated
from .index import TokenIndex
from .nominal import noun_agents
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss"})


def demanded_event(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """REQUEST from whoever demands an event noun to whom it is addressed."""
    kb = da.kb
    words = kb.lexicon.words_of
    nouns = noun_index(kb.lexicon)
    # the demand verbs are the candidates of displacement_order ("demand" lemmas)
    demand_object = words("demand_object")
    demanding = {w.split()[0] for w in demand_object}
    for v in index.tokens(sent, "displacement_order"):
        if v.lemma_.lower() not in demanding:
            continue
        yield from _demanded_clause(v, demand_callers(v, da, ds), demand_object, da, ds)
        for n in demanded_nouns(v, demand_object):
            yield from _demanded_end(v, n, da, ds)
            frames = nouns.get(n.lemma_.lower()) or nouns.get(n.lower_)
            frame, objects = match_noun(n, frames, da, ds) if frames else (None, [])
            if frame is None or frame.predicate is None:
                continue
            callers = demand_callers(v, da, ds)
            agents = [a for a in noun_agents(n, da, ds) if a not in callers]
            partner = frame.predicate.lower() in words("request_partner_predicate")
            if not agents and n.lemma_.lower() in words("release_noun"):
                # "called for the release of Conde": asked of whoever seized him
                agents = [ds.holders[o] for o in objects if o in ds.holders and ds.holders[o] not in callers]
            for c in callers:
                for o in dict.fromkeys(agents or (objects if partner else [])):
                    if o != c and da.type_of(o) != "Place":
                        yield Found(c, REQUEST, o, v, "demand.event", kb.confidence("demand.event"),
                                    cameo=cameo(kb, REQUEST), modality="asserted")


def demanded_clause_of_noun(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"reiterated her calls for Hasina to stand aside": REQUEST from the demand noun's owner
    (or the light verb's subject) to the subject of its infinitive clause."""
    demand_object = da.kb.lexicon.words_of("demand_object")
    demanding = {w.split()[0] for w in demand_object}
    for n in index.tokens(sent, "demand_noun"):
        if n.pos_ == "NOUN" and n.lemma_.lower() in demanding and any(c.dep_ in ("advcl", "acl") for c in n.children):
            yield from _demanded_clause(n, noun_agents(n, da, ds), demand_object, da, ds)


def _demanded_clause(v: Token, callers: list[str], demand_object: frozenset[str],
                     da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"called for the African Union to head off escalation", "her calls for Hasina to stand
    aside": the subject of an infinitive clause that a ``demand_object`` verb or noun and its
    preposition introduce ("call for", "appeal for") is asked to act by ``callers``."""
    lemma = v.lemma_.lower()
    for c in v.children:
        if c.dep_ not in ("advcl", "ccomp", "acl") or not any(
                k.dep_ == "mark" and f"{lemma} {k.lower_}" in demand_object for k in c.children) or not any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
            continue
        asked = [a for k in c.children if k.dep_ == "nsubj" for a in actors(k, "obj", da, ds)]
        for s in callers:
            for o in dict.fromkeys(asked):
                if s != o and da.type_of(s) != "Place" and da.type_of(o) != "Place":
                    yield Found(s, REQUEST, o, v, "demand.clause", da.kb.confidence("demand.event"),
                                cameo=cameo(da.kb, REQUEST), modality="asserted")


def _demanded_end(v: Token, n: Token, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"urged an end to the U.S. embargo on Cuba", "demanded a halt to Israeli strikes": the end
    of an event (``cessation_noun`` and its ``cessation_prep``) is asked of the event's agent."""
    words = da.kb.lexicon.words_of
    if n.lemma_.lower() not in words("cessation_noun"):
        return
    nouns = noun_index(da.kb.lexicon)
    callers = subjects(v, da, ds)
    for p in n.children:
        if p.dep_ != "prep" or p.lower_ not in words("cessation_prep"):
            continue
        for e in p.children:
            if e.dep_ != "pobj" or not (nouns.get(e.lemma_.lower()) or nouns.get(e.lower_)):
                continue
            for o in dict.fromkeys(a for a in noun_agents(e, da, ds) if a not in callers):
                for c in callers:
                    if da.type_of(o) != "Place":
                        yield Found(c, REQUEST, o, v, "demand.end", da.kb.confidence("demand.event"),
                                    cameo=cameo(da.kb, REQUEST), modality="asserted")


def demanded_nouns(v: Token, demand_object: frozenset[str]) -> list[Token]:
    """The nouns ``v`` demands: its object ("demanded a withdrawal") or the object of its
    preposition ("called for talks"), per ``demand_object``."""
    lemma = v.lemma_.lower()
    out = [c for c in v.children if c.dep_ == "dobj" and lemma in demand_object and c.pos_ == "NOUN"]
    out += [n for p in v.children if p.dep_ == "prep" and f"{lemma} {p.lower_}" in demand_object
            for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    return out


def answered_request(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """REQUEST from whoever made a request (``request_noun``: "X's demand", "the demands of X",
    "the U.S. request") to the one who answers it (``request_answer_verb``: accepted, granted,
    complied with, rejected); REJECT of the asker too when the answer is a refusal
    (``request_refusal_verb``, or a refusal the answer is the complement of: "refused to grant")."""
    kb = da.kb
    words = kb.lexicon.words_of
    answer, refusal = words("request_answer_verb"), words("request_refusal_verb")
    for v in index.tokens(sent, "request_answer"):
        verb = verb_phrase(v)
        if verb not in answer or is_negated(v):
            continue
        askers = [a for n in request_objects(v, words("request_noun")) for a in request_owners(n, da, ds)]
        if not askers:
            continue
        refused = verb in refusal or (v.dep_ == "xcomp" and v.head.lemma_.lower() in refusal
                                                  and not is_negated(v.head))
        for s in subjects(v, da, ds):
            for o in dict.fromkeys(askers):
                if s == o or da.type_of(s) == "Place":
                    continue
                yield Found(o, REQUEST, s, v, "demand.answered", kb.confidence("demand.event"),
                            cameo=cameo(kb, REQUEST), modality="asserted")
                if refused:
                    yield Found(s, REJECT, o, v, "demand.refused", kb.confidence("demand.event"),
                                cameo=cameo(kb, REJECT), modality="asserted")


def verb_phrase(v: Token) -> str:
    """``v``'s lemma, with its particle if it has one ("turn down")."""
    prt = [c.lower_ for c in v.children if c.dep_ == "prt"]
    return " ".join([v.lemma_.lower(), *prt[:1]])


def request_objects(v: Token, request: frozenset[str]) -> list[Token]:
    """The request nouns ``v`` answers: its object ("accepted the request") or the object of its
    preposition ("complied with the demands"), and their conjuncts."""
    objs = [c for c in v.children if c.dep_ in OBJ_DEPS]
    objs += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return [u for o in objs for u in (o, *o.conjuncts) if u.pos_ == "NOUN" and u.lemma_.lower() in request]


def demand_callers(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who makes demand ``v``: its subject, or, where the parser took a noun for a verb ("in
    response to a United Nations call for dialogue": a determiner, or a noun's place in the
    clause), the request's owner, not the sentence's subject."""
    if any(c.dep_ == "det" for c in v.children) or v.dep_ in _NOUN_DEPS:
        return request_owners(v, da, ds)
    return subjects(v, da, ds)


def request_owners(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who made the request ``n``: its possessor or modifier ("M23's demand", "the U.S. request")
    or the object of its "of"/"from" ("the demands of Hamas"), a state, group or person."""
    got = modifier_actors(n, da, ds) + pobj_actors(n, da.kb.lexicon.words_of("request_owner_prep"), da, ds)
    return [a for a in dict.fromkeys(got) if is_side(a, da) or da.type_of(a) in ("Official", "Person")]


def ultimatum_request(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """REQUEST from whoever gives an ultimatum (``ultimatum_noun`` as a verb's object, the verb not
    negated) to whom it is given: the verb's dative ("gave Abuja an ultimatum", "issued an
    ultimatum to Qatar") or the object of its or the noun's ``ultimatum_prep``. An ultimatum with
    an owner ("the ultimatum of the four Arab states") is its owner's, not its carrier's."""
    kb = da.kb
    words = kb.lexicon.words_of
    for n in index.tokens(sent, "ultimatum"):
        v = n.head
        if n.dep_ not in OBJ_DEPS or v.pos_ != "VERB" or is_negated(v):
            continue
        # "gave Abuja an ultimatum", "issued an ultimatum to Qatar" (a dative "to" and its object)
        to = [a for c in v.children if c.dep_ == "dative"
              for t in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])
              for a in actors(t, "obj", da, ds)]
        to += pobj_actors(v, words("ultimatum_prep"), da, ds) + pobj_actors(n, words("ultimatum_prep"), da, ds)
        # "handed over the ultimatum of the four Arab states": the carrier does not demand
        owners = request_owners(n, da, ds)
        for s in owners or subjects(v, da, ds):
            for o in dict.fromkeys(to):
                if s != o and da.type_of(s) != "Place":
                    yield Found(s, REQUEST, o, v, "demand.ultimatum", kb.confidence("demand.event"),
                                cameo=cameo(kb, REQUEST), modality="asserted")
