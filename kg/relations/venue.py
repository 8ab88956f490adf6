"""Venue: where an attack took place when the parser hung the place on the phrase that says
who carried it out, not on the attack itself.

* :func:`agent_places` — "five people were killed by Israeli forces *in Jenin*" (the place
  hung on the "by" agent of a passive attack verb);
* :func:`venue_places` — "an ambush by NPA rebels *in Kalinga province*", "an airstrike
  conducted by the Afghan Air Force *in southern Helmand province*", "the airstrike was
  carried out *in Nad-e-Ali district*" (the places of an attack noun's agent phrase and of the
  verb of authorship it is the subject of or modified by).

The place is the attack's object (GUIDELINES: an attack on a place has the place as object;
strikes in named towns are attacks on each town).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..predicates import ASSAULT
from .arguments import actors, place_modifiers
from .discourse import Discourse
from .frames import noun_index
from .grammar import PASS_SUBJ_DEPS, agent_pobjs, pobjs
from .targets import is_target_area

if TYPE_CHECKING:
    from ..actors import DocumentActors

_AUTHORSHIP_DEPS = frozenset({"acl", "relcl"})


def agent_places(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Places (not states) in a ``target_area_prep`` phrase hung on the object of ``t``'s "by"
    phrase: "killed by Israeli forces *in Jenin*", "an ambush by New People's Army rebels *in
    Kalinga province*" (not "from": "an attack by militants from Afghanistan" is no attack on
    Afghanistan; not a state: "fighters in Lebanon" may say where the fighters are)."""
    by = agent_pobjs(t) + pobjs(t, ("by",))
    out: list[str] = []
    for p in by:
        out += [a for a in places_in(p, da, ds) if a not in out]
    return out


def places_in(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Places (not states or waters) named by the objects of ``t``'s ``target_area_prep``
    prepositions; for "the central Ghor province of Afghanistan", the place naming the
    province (Ghor), not the state it is "of"."""
    out: list[str] = []
    for p in pobjs(t, da.kb.lexicon.words_of("target_area_prep")):
        got = [a for a in actors(p, "obj", da, ds) if _is_place(a, da)] or \
            [a for a in place_modifiers(p, da, ds) if _is_place(a, da)]
        out += [a for a in got if a not in out]
    return out


def _is_place(a: str, da: DocumentActors) -> bool:
    return da.type_of(a) == "Place" and is_target_area(a, da)


def authored_places(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Places where the verb of authorship of event noun ``n`` (``authorship_participle``) says
    it was carried out: "an airstrike conducted by the Afghan Air Force *in* Helmand province",
    "an airstrike conducted *in* Ghor province", "The airstrike was carried out *in* Nad-e-Ali
    district" (``n`` its passive subject)."""
    authorship = da.kb.lexicon.words_of("authorship_participle")
    verbs = [c for c in n.children if c.dep_ in _AUTHORSHIP_DEPS]
    if n.dep_ in PASS_SUBJ_DEPS:
        verbs.append(n.head)
    out: list[str] = []
    for v in verbs:
        if v.lemma_.lower() not in authorship and v.lower_ not in authorship:
            continue
        out += [a for a in places_in(v, da, ds) + agent_places(v, da, ds) if a not in out]
    return out


def venue_places(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The places an attack noun ``n`` took place in by its agent phrase or its verb of
    authorship (:func:`agent_places`, :func:`authored_places`); none for a noun of another kind."""
    if not any(f.predicate == ASSAULT for f in noun_index(da.kb.lexicon).get(n.lemma_.lower(), ())):
        return []
    out = agent_places(n, da, ds)
    return out + [a for a in authored_places(n, da, ds) if a not in out]
