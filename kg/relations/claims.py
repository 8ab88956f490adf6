"""The targets of an attack a group claims in a later sentence (GUIDELINES, conventions 2
and 3: "the attack" is resolved; a group's claim of an attack is stated).

* :func:`claimed_attack` — "Gunmen stormed a police academy in Quetta ... The Pakistani
  Taliban claimed responsibility for the attack": the claimer ASSAULTs what the attack
  the definite noun refers to struck (Quetta): the targets of the attacks of the last earlier
  sentence that names one (:func:`claimed_targets`), when none of them is another's.

:func:`kg.relations.nominal.nominal_event` calls it for a claimed attack noun with no
object of its own.

* :func:`identified_attackers` — "Monday's attackers belong to the BIFF": the group the
  attackers of the attack reported before are said to be ASSAULTs what it struck.

* :func:`claimed_by` — "The BLA claimed responsibility for the attacks": who claims an event
  noun (an agent :func:`kg.relations.anaphora.event_anaphor` reads).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ASSAULT
from .anaphora import ANAPHOR_REACH, assault_noun, camp, is_media, is_party, own_ground
from .arguments import modifier_actors, pobj_actors
from .found import Found, cameo
from .frames import match_noun, match_verb, noun_index
from .grammar import PASS_SUBJ_DEPS, is_negated
from .index import TokenIndex
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors
    from .discourse import Discourse


def claimed_attack(n: Token, agents: list[str], da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"The Pakistani Taliban claimed responsibility for the attack" -> each claimer ASSAULT each
    target of the attack referred to (:func:`claimed_targets`)."""
    kb = da.kb
    for t in claimed_targets(n, agents, da, ds):
        for a in agents:
            if a != t:
                yield Found(a, ASSAULT, t, n, "claims.claimed_attack", kb.confidence("claims.claimed_attack"),
                            cameo=cameo(kb, ASSAULT))


def claimed_targets(n: Token, agents: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """What the attack that claimed definite attack noun ``n`` refers to struck ("claimed
    responsibility for the attack", "claimed the attack", ``authorship_verb``): the targets of
    the attacks of the last earlier sentence that names one ("Gunmen attacked a police station
    in Quetta, killing five Pakistani officers": Quetta, Pakistan), none on the claimers' own
    ground; [] when an attack there names an author on no claimer's side (another's attack),
    or when ``n`` is no such claimed anaphor."""
    if not agents or not _claimed(n, da) or not _definite(n, da) or _other_speaker(n, agents, da):
        return []
    return referred_targets(n, agents, da, ds)


def referred_targets(n: Token, agents: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The targets of the attack that ``n`` (a claimed attack, its attackers) refers to, done by
    ``agents``: those of the attacks of the last sentence before ``n``'s that names one, none on
    the agents' own ground; [] when an attack there names an author on no agent's side."""
    sides = {c for a in agents for c in camp(a, da)}
    sent = n.sent
    while sent.start > 0 and n.i - sent.start < ANAPHOR_REACH:
        sent = n.doc[sent.start - 1].sent        # the sentences before, the latest first
        attacks = [got for u in sent if (got := _attack(u, da, ds)) is not None]
        if any(authors and not sides & {c for a in authors for c in camp(a, da)} for authors, _ in attacks):
            return []      # the attack before is another's: "the attack" is not the claimer's
        targets = list(dict.fromkeys(t for _, ts in attacks for t in ts))
        if targets:
            # a news outlet is no target: "told Pajhwok Afghan News the insurgents attacked" misread
            return [t for t in targets if not any(own_ground(a, t, da) for a in agents) and not is_media(t, da)]
    return []


def identified_attackers(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Monday's attackers belong to the BIFF", "the assailants were from a group called the
    CPC64": the definite attackers (``attacker_noun``) of a verb of identity (``attacker_identity_verb``)
    are the groups its prepositions name (not a relative clause's: "..., which form part of X"),
    who ASSAULT what the attack before struck (:func:`referred_targets`)."""
    kb = da.kb
    words = kb.lexicon.words_of
    for v in index.tokens(sent, "attacker_identity"):
        who = [c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in words("attacker_noun")]
        if not who or not _definite(who[0], da) or is_negated(v):
            continue
        named = [t for c in v.children if c.dep_ == "prep" and c.lower_ in words("attacker_identity_prep")
                 for t in _outside_relatives(c)]
        groups = list(dict.fromkeys(a for t in named for a in [da.actor_at(t.i)] if a and da.type_of(a) == "Group"))
        for t in referred_targets(who[0], groups, da, ds) if groups else []:
            for g in groups:
                if g != t:
                    yield Found(g, ASSAULT, t, v, "claims.identified_attackers",
                                kb.confidence("claims.identified_attackers"), cameo=cameo(kb, ASSAULT))


def _outside_relatives(t: Token) -> list[Token]:
    """The tokens of ``t``'s phrase outside its relative clauses."""
    out = [t]
    for c in t.children:
        if c.dep_ != "relcl":
            out += _outside_relatives(c)
    return out


def _claimed(n: Token, da: DocumentActors) -> bool:
    """Whether ``n`` is what is claimed: "claimed responsibility for the attack", "claimed the
    attack", "said it carried out the attack", "the attack was claimed by X" (the object or
    passive subject of a verb of authorship, ``authorship_verb`` or ``authorship_participle``)."""
    words = da.kb.lexicon.words_of
    claim = words("authorship_verb")
    if n.dep_ in ("dobj", "obj", *PASS_SUBJ_DEPS) and n.head.lemma_.lower() in claim | words("authorship_participle"):
        return not is_negated(n.head)
    noun = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else None
    if noun is None or noun.lemma_.lower() not in words("authorship_noun") or noun.dep_ not in ("dobj", "obj"):
        return False
    return noun.head.lemma_.lower() in claim and not is_negated(noun.head)


def _other_speaker(n: Token, agents: list[str], da: DocumentActors) -> bool:
    """Whether the claim's subject is a pronoun standing for a speaker who is not its agent:
    "The little-known Hakimullah group said it had carried out the attack" ("it" is the group,
    whatever actor the pronoun was read as)."""
    verb = n.head.head.head if n.dep_ == "pobj" else n.head
    pronoun = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")] \
        if verb.dep_ == "ccomp" else []
    # the speaker's own words, not an apposition's ("..., a breakaway faction of the Pakistani Taliban")
    named = {a for c in speakers for i in range(c.left_edge.i, c.i + 1) for a in [da.actor_at(i)] if a}
    return pronoun and bool(speakers) and not set(agents) <= named


def _definite(n: Token, da: DocumentActors) -> bool:
    """Whether attack noun ``n`` refers back: "the attack", "this assault", "Monday night's attack"."""
    words = da.kb.lexicon.words_of
    return any((c.dep_ == "det" and c.lower_ in words("definite_determiner"))
               or (c.dep_ == "poss" and not da.actor_at(c.i) and c.pos_ != "PRON") for c in n.children)


def _attack(u: Token, da: DocumentActors, ds: Discourse) -> tuple[list[str], list[str]] | None:
    """The authors (no places) and targets of the attack verb or noun ``u``, or ``None`` if
    ``u`` names no attack."""
    from .clause import unframed_objects, verb_frames  # clause and nominal read this module's rule
    from .nominal import event_objects
    lex = da.kb.lexicon
    frames = verb_frames(u, lex.verbs) if u.pos_ == "VERB" and not _habitual(u, da) else None
    if frames and any(f.predicate == ASSAULT for f in frames) and not is_negated(u):
        frame, objects = match_verb(u, frames, da, ds)
        if frame is None or frame.predicate != ASSAULT:
            return None
        passive = any(c.dep_ in PASS_SUBJ_DEPS for c in u.children)
        objects = unframed_objects(u, frame, objects, passive, da, ds)
        if passive:
            authors = [a for c in u.children if c.dep_ == "agent" for p in c.children for a in ds.actors_at(p.i)]
            objects = objects + [a for c in u.children if c.dep_ in PASS_SUBJ_DEPS for a in ds.actors_at(c.i)]
        else:
            authors = subjects(u, da, ds)
        return [a for a in authors if da.type_of(a) != "Place"], objects
    if assault_noun(u, da):
        frames = noun_index(lex).get(u.lemma_.lower()) or []
        frame, objects = match_noun(u, frames, da, ds)
        objects = event_objects(u, frame, objects, da, ds) if frame is not None else []
        return _noun_authors(u, da, ds), objects
    return None


def _habitual(v: Token, da: DocumentActors) -> bool:
    """Whether verb ``v`` tells what happens again and again, no one attack: "they are increasingly
    targeting towns", "they have often targeted busses" (a ``habitual_adverb``, or a present progressive)."""
    words = da.kb.lexicon.words_of
    if any(c.dep_ == "advmod" and c.lower_ in words("habitual_adverb") for c in v.children):
        return True
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in v.children)


def _noun_authors(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who the attack noun ``u`` itself names as its author: its modifiers ("Israeli strikes"),
    "by" agents, a participle of authorship ("claimed by X") or a light verb's subject ("Hamas
    launched an attack"); not the subject of any verb it hangs on ("the army said soldiers
    died in the bombing": the army reports it)."""
    from .nominal import authorship_agents, light_verb_subjects
    words = da.kb.lexicon.words_of
    named = [a for a in modifier_actors(u, da, ds) if da.type_of(a) != "Place"]
    named += pobj_actors(u, words("agent_prep"), da, ds, "subj") + authorship_agents(u, da, ds)
    light, is_light = light_verb_subjects(u, da, ds)
    return [a for a in dict.fromkeys(named + (light if is_light else [])) if da.type_of(a) != "Place"]


def claimed_by(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"The BLA claimed responsibility for the attacks": the states or groups that claim
    (``authorship_verb``) the authorship (``authorship_noun``) of the event ``u``."""
    words = da.kb.lexicon.words_of
    if u.dep_ != "pobj" or u.head.dep_ != "prep":
        return []
    noun = u.head.head
    verb = noun.head
    if noun.lemma_.lower() not in words("authorship_noun") or noun.dep_ not in ("dobj", "obj") \
            or verb.lemma_.lower() not in words("authorship_verb"):
        return []
    return [a for c in verb.children if c.dep_ == "nsubj" for a in ds.actors_at(c.i) if is_party(a, da)]
