"""Participle rules: "Qatar, backed by Egypt and the US" (a reduced relative clause),
"Iran-backed Hezbollah" (a hyphenated compound) and "troops deployed to X"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Frame
from ..predicates import MEDIATE
from .arguments import actors, pobj_actors, single
from .discourse import Discourse
from .found import BetweenSides, Found, all_pairs
from .grammar import PASS_SUBJ_DEPS, agent_pobjs, is_hyphen_participle
from .index import TokenIndex
from .mediation import mediated_parties, open_parties

if TYPE_CHECKING:
    from ..actors import DocumentActors


def participle(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found | BetweenSides]:
    """"Qatar, backed by Egypt and the US" and "Iran-backed Hezbollah"."""
    verbs = da.kb.lexicon.verbs
    for v in index.tokens(sent, "participle"):
        if v.tag_ != "VBN":
            continue
        frames = verbs.get(v.lemma_.lower())
        if not frames:
            continue
        if v.dep_ == "acl" and not any(c.dep_ in PASS_SUBJ_DEPS for c in v.children):
            yield from _object_noun(v, frames, da, ds)
        # a participle is not negated: "UN-recognised" is no refusal to recognise
        bare = [f for f in frames if not f.parts and not f.before and not f.negated]
        if not bare or bare[0].predicate is None:
            continue
        if is_hyphen_participle(v):
            yield from _compound(v, bare[0], da, ds)
        elif v.dep_ == "acl" and not any(c.dep_ in PASS_SUBJ_DEPS for c in v.children):
            yield from _reduced_relative(v, bare[0], frames, da, ds)


def _compound(v: Token, frame: Frame, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Iran-backed Hezbollah": Iran backs Hezbollah; "EU-mediated talks": the EU mediates
    between the parties of the talks, or of the article."""
    subj = da.actor_at(v.i - 2)
    head = _modified_noun(v, da)
    objects = actors(head, "obj", da, ds) if head is not None and not _new_referent(head, da) else []
    if head is not None:
        # "Yemen's Saudi-backed government and the Houthis": a conjunct with its own determiner
        # is a noun phrase of its own, not backed
        own = [a for c in head.conjuncts if c.i > head.i and any(k.dep_ in ("det", "poss") for k in c.children)
               for a in single(c, "obj", da, ds)]
        objects = [o for o in objects if o not in own]
    if frame.predicate == MEDIATE and not objects and subj:
        objects = mediated_parties(v.head, da, ds) or open_parties(v.head, [subj], da, ds, later=(v, "participle.compound"))
    confidence = da.kb.confidence("participle.compound")
    for o in objects:
        if subj and o != subj:
            yield Found(subj, frame.predicate, o, v, "participle.compound", confidence, cameo=frame.cameo)


def _modified_noun(v: Token, da: DocumentActors) -> Token | None:
    """The noun the compound participle ``v`` modifies: its head, or, where the parser made
    the participle a conjunct of an earlier noun ("between the SDF and Turkish-backed
    militants"), the noun after it when it names an actor (the SDF is not backed, and the
    determiner before the SDF is no determiner of the militants)."""
    if v.head.i > v.i:
        return v.head
    if v.dep_ != "conj":
        return None
    nxt = next((t for t in v.doc[v.i + 1:] if t.dep_ not in ("compound", "amod", "punct")), None)
    return nxt if nxt is not None and da.actor_at(nxt.i) is not None else None


def _new_referent(n: Token, da: DocumentActors) -> bool:
    """Whether ``n``, a noun no actor is named by, has no determiner: "Turkish-backed
    militants" introduces militants of its own, no description of an actor named before
    (unlike "the Iran-backed group", or "US-backed Philippine offensives", whose noun
    names its actor)."""
    return da.actor_at(n.i) is None and not any(c.dep_ in ("det", "poss") or da.actor_at(c.i) is not None
                                                for c in n.children)


def _reduced_relative(v: Token, frame: Frame, frames: tuple[Frame, ...], da: DocumentActors,
                      ds: Discourse) -> Iterator[Found | BetweenSides]:
    """"Qatar, backed by Egypt": the agent does to the noun what the participle says
    (a mediation with no parties: between the sides at war)."""
    kb = da.kb
    agents = agent_pobjs(v)
    if not agents:
        yield from _deployed(v, frames, da, ds)
        return
    subjects = actors(agents[0], "subj", da, ds)
    objects = [o for o in actors(v.head, "obj", da, ds) if o not in subjects]
    if frame.predicate == MEDIATE:   # "Gaza truce brokered by Egypt": no party is a place
        objects = [o for o in objects if da.type_of(o) != "Place"]
    if frame.predicate == MEDIATE and not objects:
        objects = mediated_parties(v.head, da, ds)
        truce = kb.lexicon.words_of("truce_noun")
        if not objects and (v.head.lemma_.lower() in truce or v.head.lower_ in truce):
            for s in subjects:
                yield BetweenSides(s, MEDIATE, v, "participle.mediation_context",
                                   kb.confidence("participle.mediation_context"), cameo=frame.cameo)
            return
        objects = objects or open_parties(v.head, subjects, da, ds, later=(v, "participle.acl"))   # "talks mediated by Norway"
    confidence = kb.confidence("participle.acl")
    pairs = [(s, o) for s in subjects for o in objects]
    if not objects and _symmetric(frame, kb.lexicon):
        # "the agreements signed by China and India", "the deal signed by Shoigu with Akar and
        # Guterres": the signatories to each other
        partners = [o for o in pobj_actors(v, kb.lexicon.words_of("party_with_prep"), da, ds) if o not in subjects]
        pairs = [(s, o) for s in subjects for o in partners] if partners else all_pairs(subjects)
    for s, o in pairs:
        if s != o:
            yield Found(s, frame.predicate, o, v, "participle.acl", confidence, cameo=frame.cameo)


def _symmetric(frame: Frame, lex) -> bool:
    """Whether the frame's subjects do it to each other ("sign" an accord: AGREE)."""
    return bool(frame.mutual or (frame.predicate and frame.predicate.lower() in lex.words_of("symmetric_predicate")))


def _deployed(v: Token, frames: tuple[Frame, ...], da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"troops deployed to X", "forces withdrawn from X": a ``deployment_predicate`` frame
    with a preposition, the noun's actor its subject."""
    deployment = da.kb.lexicon.words_of("deployment_predicate")
    framed = [f for f in frames if f.objprep and f.predicate and f.predicate.lower() in deployment]
    if not framed:
        return
    frame = framed[0]
    confidence = da.kb.confidence("participle.deployed")
    for s in actors(v.head, "subj", da, ds):
        for o in pobj_actors(v, tuple(frame.objprep), da, ds):
            if s != o:
                yield Found(s, frame.predicate, o, v, "participle.deployed", confidence, cameo=frame.cameo)


def _object_noun(v: Token, frames: tuple[Frame, ...], da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the sanctions imposed on Russia by the EU", "sanctions placed on Iran by the U.S.": the
    participle's noun is the object noun of a frame ("impose sanction on"), so the agent does
    what the frame says to the object of the frame's preposition on the participle."""
    agents = agent_pobjs(v)
    if not agents:
        return
    fn = da.kb.lexicon.function_words
    head = v.head.lemma_.lower()
    for f in frames:
        nouns = [part for part in f.parts if not part <= fn]
        if (f.predicate is None or not f.objprep or f.before or len(nouns) != 1 or head not in nouns[0]
                or f.inverse or f.mutual or f.infinitive or f.negated or f.together):
            continue
        subjects = actors(agents[0], "subj", da, ds)
        confidence = da.kb.confidence("participle.object_noun")
        for o in pobj_actors(v, tuple(f.objprep), da, ds):
            for s in subjects:
                if s != o:
                    yield Found(s, f.predicate, o, v, "participle.object_noun", confidence, cameo=f.cameo)
        return
