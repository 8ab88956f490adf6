"""Threats a vow or a warning states, and whom a retaliation is aimed at.

* :func:`threat_head` — "vowed to retaliate against Israel", "warned that it would strike
  Iran": the vow or warning a hostile act stands under (GUIDELINES, convention 3: a stated
  threat is itself the act);
* :func:`conditional_threat` — "threatened to close the strait if the United States attacked",
  "warned it would resume operations if Thai forces attacked": the one whose act the threat is
  conditioned on is threatened;
* :func:`retaliation_targets` — "retaliate for an Israeli air strike", "retaliation against
  Israeli airstrikes", "pledged to retaliate after Iran launched missiles": the agent of the
  attack a retaliation answers;
* :func:`answered_attack` — "North Korean boats fired on a South Korean patrol ... The South
  Korean ships returned fire": whom a counter-attack with no object answers;
* :func:`answering_fire` — "... Israel responded with artillery fire": the same for an attack noun.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Span, Token

from ..ontology import Frame
from ..predicates import ASSAULT, THREATEN
from .anaphora import camp, is_side
from .arguments import actors, modifier_actors, pobj_actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import noun_index
from .grammar import SUBJ_DEPS, is_negated, pobjs
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors


class Threat(NamedTuple):
    verb: Token                # "vowed", "warned"
    dep_: str                  # how the hostile act hangs on it: xcomp ("vowed to") or ccomp
    speakers: frozenset[str]   # who warns (a that-clause threatens only what they will do)


def threat_head(v: Token, frame: Frame, da: DocumentActors, ds: Discourse) -> Threat | None:
    """The vow or warning whose hostile act ``v`` is: "vowed to retaliate against X"
    (``threat_vow_verb`` with a to-infinitive), "warned that it would strike X"
    (``threat_warn_verb`` with a that-clause whose verb has a future or conditional
    auxiliary, ``threat_modal``); ``v``'s frame must be hostile (``threat_act_predicate``),
    neither verb negated. A that-clause threatens only what its speakers will do themselves
    ("warned that Russia would attack" is no threat by the warner): ``speakers``."""
    words = da.kb.lexicon.words_of
    if frame.predicate is None or frame.predicate.lower() not in words("threat_act_predicate"):
        return None
    head = v.head
    if is_negated(head) or is_negated(v):
        return None
    lemma = head.lemma_.lower()
    if v.dep_ == "xcomp" and lemma in words("threat_vow_verb"):
        return Threat(head, "xcomp", frozenset())
    if v.dep_ == "ccomp" and lemma in words("threat_warn_verb") and \
            any(c.dep_ == "aux" and c.lower_ in words("threat_modal") for c in v.children):
        return Threat(head, "ccomp", frozenset(subjects(head, da, ds)))
    return None


def retaliation_targets(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the retaliation ``v`` (``retaliation_word``, a verb or a noun) answers: the agent
    of the attack it is for ("retaliate for an Israeli air strike", "retaliation against any
    future Israeli airstrikes": ``retaliation_cause_prep`` with an attack noun), or the
    subject of the attack clause it follows ("pledged to retaliate after Iran launched
    missiles": ``retaliation_cause_mark``, on ``v`` or the verb it is the complement of)."""
    lex = da.kb.lexicon
    words = lex.words_of
    if v.lemma_.lower() not in words("retaliation_word"):
        return []
    nouns = noun_index(lex)
    out: list[str] = []
    for p in pobjs(v, words("retaliation_cause_prep")):
        if not da.actor_at(p.i) and any(f.predicate == ASSAULT for f in nouns.get(p.lemma_.lower(), ())):
            agents = modifier_actors(p, da, ds) + pobj_actors(p, words("agent_prep"), da, ds)
            out += [a for a in agents if a not in out and da.type_of(a) != "Place"]
    for h in (v, v.head) if v.dep_ == "xcomp" else (v,):
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("retaliation_cause_mark")
                                         for m in c.children) \
                    and any(f.predicate == ASSAULT for f in lex.verbs.get(c.lemma_.lower(), ())):
                out += [a for a in subjects(c, da, ds) if a not in out and da.type_of(a) != "Place"]
    return out


def vowed_noun(n: Token, frame: Frame, da: DocumentActors) -> Token | None:
    """The vow whose object the hostile event noun ``n`` is ("vowed retaliation against X",
    "threatened reprisals"), its verb not negated; ``None`` when it is none."""
    words = da.kb.lexicon.words_of
    if frame.predicate is None or frame.predicate.lower() not in words("threat_act_predicate"):
        return None
    head = n.head
    if n.dep_ in ("dobj", "obj") and head.lemma_.lower() in words("threat_vow_verb") \
            and not is_negated(head):
        return head
    return None


def answered_attack(v: Token, subjects: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the counter-attack ``v`` (``counterattack_verb``: "retaliated", "returned fire", "hit
    back", with no object) answers: the agent of the last attack the text reported, in an earlier
    sentence, on the side of its subjects (an actor, the body it belongs to: "Pakistani troops
    fired at Indian positions ... Indian troops returned fire"); [] when there is none."""
    if not subjects or not is_counterattack(v, da.kb.lexicon.words_of("counterattack_verb")):
        return []
    return last_attacker_on(subjects, da, ds)


def answering_fire(n: Token, agents: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """Whom the attack noun ``n`` with no object answers when it is what its agents responded
    with ("Israel responded with artillery fire": a ``response_verb`` with a ``response_prep``):
    the agent of the last attack on their side, as for :func:`answered_attack`."""
    words = da.kb.lexicon.words_of
    head = n.head
    if not agents or n.dep_ != "pobj" or head.lower_ not in words("response_prep") \
            or head.head.lemma_.lower() not in words("response_verb"):
        return []
    return last_attacker_on(agents, da, ds)


def last_attacker_on(subjects: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The agent of the last attack reported before this sentence on the side of ``subjects``
    (their camps meet the target's, not the agent's), or []."""
    side = {c for s in subjects for c in camp(s, da)}
    for agent, target in reversed(ds.assaults):
        if side.intersection(camp(target, da)) and side.isdisjoint(camp(agent, da)):
            return [agent]
    return []


def is_counterattack(v: Token, counter: frozenset[str]) -> bool:
    """Whether verb ``v`` says a counter-attack: its lemma, or its lemma with its particle or
    direct object ("hit back", "return fire"), is in ``counter``."""
    lemma = v.lemma_.lower()
    return lemma in counter or any(f"{lemma} {c.lemma_.lower()}" in counter
                                   for c in v.children if c.dep_ in ("prt", "dobj", "obj", "advmod"))


def conditional_threat(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """THREATEN from whoever threatens or warns of what they will do (a to-infinitive, or a
    that-clause of their own with a ``threat_modal``), of the subject of the condition it sets
    (``condition_mark``: "if the United States attacked"). A ``conditional_threat_verb``
    ("threatened") may threaten any act; another ``threat_warn_verb`` or ``threat_vow_verb``
    ("warned", "said it would") a hostile act (``threat_act_predicate``: "would strike", not
    "would free the hostages") or any act on a hostile condition ("warned it would resume
    operations if Thai forces attacked", not "warned it would run out of fuel if Israel did not
    allow aid in").
    A warning that any hostile deed of another will be answered threatens its agent too
    (:func:`answered_deed`)."""
    kb = da.kb
    words = kb.lexicon.words_of
    for v in index.tokens(sent, "threat"):
        if is_negated(v):
            continue
        threatened = [o for act in threatened_acts(v, da, ds) for o in condition_subjects(
            v, act, da, ds, hostile_only=not (v.lemma_.lower() in words("conditional_threat_verb") or hostile(act, da)))]
        # "warned that any Israeli aggression will be met with a response"
        threatened += [o for c in v.children if c.dep_ == "ccomp" for o in answered_deed(c, da, ds)]
        speakers = subjects(v, da, ds) if threatened else []
        for s in speakers:
            for o in dict.fromkeys(threatened):
                if o not in speakers and da.type_of(s) != "Place":
                    yield Found(s, THREATEN, o, v, "threat.conditional", kb.confidence("clause.threat"),
                                cameo=cameo(kb, THREATEN), modality="asserted")


def answered_deed(c: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The agents of the hostile deed a warning says will be answered: "any attack on his country
    by the U.S. would result in all-out war", "any Israeli aggression will be met with a response"
    (a that-clause with a ``threat_modal``, a ``threat_consequence_verb``, and as subject a hostile
    event noun with ``any``: an attack or coercion noun, or a ``threat_condition_noun``)."""
    words = da.kb.lexicon.words_of
    if c.lemma_.lower() not in words("threat_consequence_verb") or is_negated(c) \
            or not any(x.dep_ in ("aux", "auxpass") and x.lower_ in words("threat_modal") for x in c.children):
        return []
    nouns = noun_index(da.kb.lexicon)
    out: list[str] = []
    for n in (x for x in c.children if x.dep_ in SUBJ_DEPS or x.dep_ == "nsubjpass"):
        lemma = n.lemma_.lower()
        if not any(d.dep_ == "det" and d.lower_ == "any" for d in n.children) or not (
                lemma in words("threat_condition_noun") or any(f.predicate == ASSAULT for f in nouns.get(lemma, ()))):
            continue
        agents = modifier_actors(n, da, ds) + pobj_actors(n, words("agent_prep"), da, ds)
        out += [a for a in agents if a not in out and (is_side(a, da) or da.type_of(a) in ("Official", "Person"))]
    return out


def threatened_acts(v: Token, da: DocumentActors, ds: Discourse) -> list[Token]:
    """What ``v`` threatens the speakers will do: its to-infinitive ("threatened to close"), its
    that-clause with a ``threat_modal`` whose subject is a speaker ("warned it would resume"),
    not negated, or ``v`` itself with an object ("threatened harsh reaction if ...")."""
    words = da.kb.lexicon.words_of
    # "threatening harsh reaction if ...": the threat verb's own object is the act
    out: list[Token] = [v] if v.lemma_.lower() in words("conditional_threat_verb") and any(
        c.dep_ in ("dobj", "obj") for c in v.children) else []
    for c in v.children:
        if is_negated(c):
            continue
        if c.dep_ == "xcomp":
            out.append(c)
        elif c.dep_ == "ccomp" and any(x.dep_ == "aux" and x.lower_ in words("threat_modal") for x in c.children):
            own = subjects(c, da, ds)
            if own and set(own) <= set(subjects(v, da, ds)):
                out.append(c)
    return out


def hostile(act: Token, da: DocumentActors) -> bool:
    """Whether the verb ``act`` has a hostile frame (``threat_act_predicate``) whose first part, if
    any, stands with it ("step up covert operations" is hostile, "step down" is not)."""
    hostile_predicates = da.kb.lexicon.words_of("threat_act_predicate")
    near = {w for c in act.children for w in (c.lower_, c.lemma_.lower())}
    return any(f.predicate is not None and f.predicate.lower() in hostile_predicates
               and (not f.parts or f.parts[0] & near) for f in da.kb.lexicon.verbs.get(act.lemma_.lower(), ()))


def condition_subjects(v: Token, act: Token, da: DocumentActors, ds: Discourse, *,
                       hostile_only: bool = False) -> list[str]:
    """The subjects of the conditions (``condition_mark``) set on ``act`` or on ``v``, states,
    groups or persons; with ``hostile_only``, of hostile conditions only ("if Thai forces
    attacked", not "if Israel did not allow aid in")."""
    marks = da.kb.lexicon.words_of("condition_mark")
    out: list[str] = []
    for h in (act, v):
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) \
                    and not (hostile_only and not hostile(c, da)):
                out += [a for s in c.children if s.dep_ in SUBJ_DEPS for a in actors(s, "subj", da, ds)
                        if is_side(a, da) or da.type_of(a) in ("Official", "Person")]
    return out
