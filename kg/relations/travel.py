"""A diplomatic journey to a state is consulting it (GUIDELINES, convention 13: "visiting a
country"; the predicate table: "flew to (to meet)"): "Petro flew to Cuba for the signing
ceremony", "A high-level Eritrean delegation arrived in the Ethiopian capital", "Envoys from the
African Union and the United Nations have arrived in Sudan" -> the traveller CONSULTs the state.

The verb and its preposition are a ``travel_verb`` phrase ("arrive in", "fly to"), not negated;
the traveller is a person or official, or a delegation (the subject's noun a ``delegation_noun``
or a role of ``roles.tsv``: "Iran's foreign minister", "the Hamas delegation"), never troops
("the force began arriving in the DRC" deploys: MOBILIZE is the deployment rules'). The
destination is a State ("arrived in Lebanon", a capital that acts for its state: "Moscow"), a
government or international body (``host_body_kind``: "seen arriving at the Russian foreign
ministry"), or a state's capital named by the state ("the Egyptian capital"); a city
that is only a place names no party (realnews convention 13: "visited Juba" is not coded), and
neither does the traveller's own state ("returned to Iran"). Leaving a state's capital or a
ministry after talks or a summons (``leave_verb``, ``after_talks_prep``: "The Hamas delegation
has left the Egyptian capital following talks") tells the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import CONSULT
from .anaphora import person_state
from .arguments import actors, modifier_actors
from .discourse import Discourse
from .found import Found, cameo
from .grammar import PASS_SUBJ_DEPS, RELATIVE_TAGS, SUBJ_DEPS, is_negated
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_PERSON_TYPES = frozenset({"Official", "Person"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "relcl"})


def journey(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """CONSULT from a travelling person or delegation to the state it travels to."""
    kb = da.kb
    phrases = kb.lexicon.words_of("travel_verb")
    for v in index.tokens(sent, "travel"):
        preps = [c for c in v.children if c.dep_ == "prep" and f"{v.lemma_.lower()} {c.lower_}" in phrases]
        places = [o for p in preps for o in p.children if o.dep_ == "pobj"] or left_after_talks(v, da)
        if not places or is_negated(v):
            continue
        states = [a for o in places for a in destination(o, da, ds)]
        if not states:
            continue
        for s in travellers(v, da, ds):
            for o in dict.fromkeys(states):
                if o not in (s, person_state(s, da)):
                    yield Found(s, CONSULT, o, v, "travel.journey", kb.confidence("travel.journey"),
                                cameo=cameo(kb, CONSULT))


def left_after_talks(v: Token, da: DocumentActors) -> list[Token]:
    """"The Hamas delegation has left the Egyptian capital following talks", "the ambassador left
    the Russian Foreign Ministry after being summoned": the place a ``leave_verb`` leaves (its
    object) when its ``after_talks_prep`` phrase names talks (a ``symmetric_noun`` of talks) or a
    summons; [] otherwise."""
    words = da.kb.lexicon.words_of
    if v.lemma_.lower() not in words("leave_verb"):
        return []
    talks = words("talks_anaphor") | words("summon_verb")
    after = [t for c in v.children if c.dep_ == "prep" and c.lower_ in words("after_talks_prep")
             for t in c.children if t.dep_ in ("pobj", "pcomp")]
    if not any(t.lemma_.lower() in talks for t in after):   # "following talks", "after being summoned"
        return []
    return [c for c in v.children if c.dep_ in ("dobj", "obj")]


def destination(o: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The hosts a destination phrase ``o`` names: a State ("Lebanon", "Moscow" acting for
    Russia), a body of a ``host_body_kind`` ("arriving at the Russian foreign ministry"), or a
    state's capital named by its state ("the Egyptian capital")."""
    kinds = da.kb.lexicon.words_of("host_body_kind")
    got = [a for a in actors(o, "obj", da, ds) if da.type_of(a) == "State" or (
        da.type_of(a) == "Group" and (da.protos[a].kind or "").lower() in kinds)]
    if got:
        return got
    capital = da.kb.lexicon.words_of("capital_noun")
    if o.lemma_.lower() in capital or any(c.dep_ == "compound" and c.lemma_.lower() in capital for c in o.children):
        return [a for a in modifier_actors(o, da, ds) if da.type_of(a) == "State"]
    return []


def travellers(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who makes the journey ``v`` says: its persons and officials, or, when its subject's noun is
    a delegation or an office ("the Hamas delegation", "Iran's foreign minister"), its actors;
    nobody for troops or a state named alone ("Russia arrived in ...": no journey of a person)."""
    got = [a for a in subjects(v, da, ds) if da.type_of(a) != "Place"]
    noun = _subject_noun(v)
    lex = da.kb.lexicon
    if noun is not None and not da.actor_at(noun.i) and (
            noun.lemma_.lower() in lex.words_of("delegation_noun") or noun.lemma_.lower() in lex.roles):
        return got
    return [a for a in got if da.type_of(a) in _PERSON_TYPES]


def _subject_noun(v: Token) -> Token | None:
    """The subject ``v`` has or inherits through coordination, control, raising or a relative
    pronoun ("Velayati, who arrived in Lebanon" -> Velayati; "the diplomats were seen arriving"
    -> the diplomats); ``None`` when it has none."""
    cur = v
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in SUBJ_DEPS or (cur.i != v.i and c.dep_ in PASS_SUBJ_DEPS)]
        if subj:
            if subj[0].tag_ in RELATIVE_TAGS and cur.dep_ == "relcl":
                return cur.head
            return subj[0]
        if cur.dep_ not in _CLIMB_DEPS:
            return None
        cur = cur.head
    return None
