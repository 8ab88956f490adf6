"""Membership: a named body said to include its members.

"the Terrorist Financing Targeting Center, a group *that includes* Saudi Arabia, Bahrain and
Qatar in addition to the United States", "the SCO, *which groups* China, Russia and ...",
"the Quartet, *made up of* the US, Russia, the EU and the UN", "the alliance *comprises*
A and B": each member state or group belongs to the body, and being in a coalition is
cooperation (GUIDELINES, convention 16): member COOPERATE body, the member as subject. A
place that includes places ("the VRAE region, comprising the provinces of Junin, Ayacucho
and Cusco") contains them: each LOCATED_IN it. The verb is a ``membership_verb`` (with its
particle and "of": "make up of") whose subject is the body, or that modifies the body's
name, or a description in apposition to it ("X, a group that includes ..."). A negated
clause says nothing ("does not include"). Members named only as examples ("including")
are lists, read elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import COOPERATE, LOCATED_IN
from .arguments import actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import PASS_SUBJ_DEPS, RELATIVE_TAGS, SUBJ_DEPS, is_negated, pobjs
from .index import TokenIndex
from .lists import list_marker

if TYPE_CHECKING:
    from ..actors import DocumentActors

_BODIES = frozenset({"State", "Group"})
_MODIFYING = frozenset({"relcl", "acl"})
_CLIMB = frozenset({"pobj", "prep", "acl", "relcl", "xcomp", "advcl", "dobj"})   # from a name up to the phrase it is in


def membership(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """Member COOPERATE body ("a group that includes X"), or place LOCATED_IN place."""
    kb = da.kb
    verbs = kb.lexicon.words_of("membership_verb")
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or not (_verb_phrases(v) & verbs) or is_negated(v):
            continue
        body = _body(v, da)
        if body is None:
            continue
        kind = da.type_of(body)
        for m in _members(v, da, ds):
            if m == body:
                continue
            if kind == "Group" and da.type_of(m) in _BODIES:
                yield Found(m, COOPERATE, body, v, "membership", kb.confidence("membership"), cameo=cameo(kb, COOPERATE))
            elif kind in ("Place", "State") and da.type_of(m) == "Place":
                yield Found(m, LOCATED_IN, body, v, "membership", kb.confidence("membership"))


def _verb_phrases(v: Token) -> set[str]:
    """The verb as a membership verb may be written: "include", "make up", "make up of", "consist of",
    "bring together" (the parser may take the particle for an adverb right after the verb)."""
    lemma = v.lemma_.lower()
    prts = [c.lower_ for c in v.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == v.i + 1)]
    out = {lemma} | {f"{lemma} {p}" for p in prts}
    if _of_objects(v):
        out |= {f"{w} of" for w in list(out)}
    return out


def _of_objects(v: Token) -> list[Token]:
    """The objects of "of" on ``v`` or on its particle ("made up *of* A", "consists *of* A")."""
    return [p for h in (v, *(c for c in v.children if c.dep_ == "prt")) for p in pobjs(h, ("of",))]


def _body(v: Token, da: DocumentActors) -> str | None:
    """The named body the membership verb ``v`` speaks of: its subject ("the alliance
    comprises"), the name it modifies ("the SCO, which groups"; "the Quartet, made up of"),
    or the name a description it modifies stands in apposition to ("TFTC, a group that
    includes")."""
    if v.dep_ in _MODIFYING:
        subj = [c for c in v.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
        if subj and not all(s.tag_ in RELATIVE_TAGS for s in subj):
            return None   # "the group whose leader X includes": another subject
        noun = v.head
    else:
        noun = next((c for c in v.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS), None)
        if noun is None:
            return None
    body = da.actor_at(noun.i)
    if body is None and noun.dep_ == "appos":
        body = da.actor_at(noun.head.i)
    if body is not None and v.dep_ in _MODIFYING and _unnamed_body_above(noun, da):
        return None
    return body


def _unnamed_body_above(noun: Token, da: DocumentActors) -> bool:
    """"a coalition to fight against the Huthis, which included UAE, Kuwait ...": the name the
    clause hangs on stands inside the phrase of a body's noun (a ``group_descriptor``:
    "coalition", "alliance"), which the clause may as well describe: no body is sure."""
    bodies = da.kb.lexicon.words_of("group_descriptor")
    t, steps = noun, 0
    while t.dep_ in _CLIMB and t.head.i != t.i and steps < 5:
        t, steps = t.head, steps + 1
        if t.pos_ == "NOUN" and t.lemma_.lower() in bodies:
            return True
    return False


def _members(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The members ``v`` names: its objects ("includes A, B and C"), what it is made "of", those an
    unnamed noun is "of" ("the provinces of A and B", "eight countries of A, B and C"), and those it
    adds "in addition to"."""
    heads = [c for c in v.children if c.dep_ in ("dobj", "obj")] + _of_objects(v)
    heads += [p for c in v.children if c.dep_ == "prep" and list_marker(c) == "in addition to"
              for p in _addition_objects(c)]
    out: list[str] = []
    for h in heads:
        named = pobjs(h, ("of",)) if not da.actor_at(h.i) and h.pos_ == "NOUN" else []
        for t in named or [h]:
            out += [a for a in actors(t, "obj", da, ds) if a not in out]
    return out


def _addition_objects(c: Token) -> list[Token]:
    """"in addition to the United States" -> United States."""
    return [p for a in c.children if a.dep_ == "pobj" for p in pobjs(a, ("to",))]
