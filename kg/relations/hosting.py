"""Hosting talks between others is mediating them (GUIDELINES, convention 12).

"Egypt hosted talks between Israel and Hamas", "Qatar hosts Taliban-US meeting",
"Algeria hosted months of talks between the rebels and the government": a host verb
(``host_verb``) whose object is a meeting of two or more parties named, not described (a symmetric
event noun whose noun frame is CONSULT: talks, a meeting, a summit) makes its subject
MEDIATE each party. A subject that is itself one of the parties hosts no one: "Iran
hosted talks between Iran and Oman" is Iran's own meeting (the noun rule's CONSULT).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..predicates import CONSULT
from .anaphora import plural_description, side_of
from .discourse import Discourse
from .frames import noun_index, verb_objects
from .grammar import pobjs
from .nominal import is_symmetric_noun, pair_modifiers

if TYPE_CHECKING:
    from ..actors import DocumentActors


def hosted_parties(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The parties of the meeting host verb ``v`` takes as object, when it names two or more
    ("between X and Y", "of X and Y", "the X-Y meeting"), no place among them; [] otherwise."""
    lex = da.kb.lexicon
    if v.lemma_.lower() not in lex.words_of("host_verb"):
        return []
    nouns = noun_index(lex)
    for o in verb_objects(v, lex):
        frames = nouns.get(o.lemma_.lower(), ()) or nouns.get(o.lower_, ())
        if not is_symmetric_noun(o, da) or not any(f.predicate == CONSULT for f in frames):
            continue
        for named in (named_objects(o, lex.words_of("parties_prep"), da, ds),
                      named_objects(o, lex.words_of("parties_of_prep"), da, ds), pair_modifiers(o, da, ds)):
            named = [a for a in named if da.type_of(a) != "Place"]
            if len(named) >= 2:
                return named
    return []


def named_objects(o: Token, preps: frozenset[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors named by the objects of ``o``'s prepositions among ``preps`` and their
    conjuncts, or by a plural description pointing back at named members ("between the two
    sides", :func:`~kg.relations.anaphora.plural_description`): "between Israel and Hamas" ->
    both; "between the rebel groups and the government" names no party (README call 20:
    MEDIATE needs named parties)."""
    heads = [t for p in pobjs(o, preps) for t in (p, *p.conjuncts)]
    out: list[str] = []
    for t in heads:
        a = da.actor_at(t.i)
        members = [a] if a else plural_description(t, da, ds) or []
        if not members:
            return []
        out += members
    return list(dict.fromkeys(out))


def others_between(v: Token, subjects: list[str], da: DocumentActors, ds: Discourse) -> bool:
    """Whether the plural subject of a symmetric verb ``v`` works on others' relations: the verb
    or its object names parties "between" (``parties_prep``) that are not its subjects ("the US,
    Qatar and Egypt have been trying to reach an agreement between Israel and Hamas", "China,
    Russia and Turkey played a role in reducing tensions between the two neighbours"): the
    subjects are brokers, not parties to each other. Only parties on a known side count
    (:func:`~kg.relations.anaphora.side_of`: states, armed forces and groups, bodies of a
    state): the subjects themselves ("an agreement between the two countries"), their bodies
    and bodies of no known side ("an MoU between China's aid agency and Pakistan's Ministry of
    Economic Affairs") keep the symmetric reading."""
    lex = da.kb.lexicon
    preps = lex.words_of("parties_prep")
    for t in (v, *verb_objects(v, lex)):
        named = named_objects(t, preps, da, ds)
        if any(a not in subjects and side_of(a, da) not in (None, *subjects) for a in named):
            return True
    return False
