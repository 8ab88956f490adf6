"""Agentless passives whose parties stand after "between".

"An agreement was signed between Sudan and South Sudan", "Talks were held between Armenia
and Azerbaijan", "The deal was signed between Joachim Kokate ... and Michel Djotodia", "the
agreement reached between Turkey and Russia" (a participle after its noun): the
verb has no subject to act, but the parties it relates are named "between" (``parties_prep``)
on the verb itself. When the verb's frame (read with the passive subject as its object
noun: "talks were held" is "hold talk") has a ``symmetric_predicate``, every pair of the
named parties is related, the first named as subject (GUIDELINES, convention 11). Parties
must be named, or a plural description of named ones ("the two sides"), not described
(README call 20), and no place is one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Frame
from .clause import verb_frames
from .discourse import Discourse
from .found import Found, all_pairs
from .grammar import PASS_SUBJ_DEPS
from .hosting import named_objects
from .index import TokenIndex

if TYPE_CHECKING:
    from ..actors import DocumentActors


def passive_between(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """One relation per pair of the parties named "between" on an agentless passive verb."""
    lex = da.kb.lexicon
    symmetric = lex.words_of("symmetric_predicate")
    for v in index.tokens(sent, "clause"):
        kids = list(v.children)
        # "the agreement reached between Turkey and Russia": a participle after its noun is a passive too
        reduced = v.dep_ == "acl" and v.tag_ == "VBN" and v.head.i < v.i
        if v.pos_ != "VERB" or not (reduced or any(c.dep_ == "auxpass" for c in kids)) \
                or any(c.dep_ == "agent" for c in kids):
            continue
        parties = [a for a in named_objects(v, lex.words_of("parties_prep"), da, ds) if da.type_of(a) != "Place"]
        if len(parties) < 2:
            continue
        frame = passive_frame(v, verb_frames(v, lex.verbs), lex.function_words, v.head if reduced else None)
        if frame is None or frame.predicate is None or frame.predicate.lower() not in symmetric:
            continue
        confidence = da.kb.confidence("clause")
        for s, o in all_pairs(parties):
            yield Found(s, frame.predicate, o, v, "clause.passive_between", confidence, cameo=frame.cameo)


def passive_frame(v: Token, frames: tuple[Frame, ...] | None, function_words: frozenset[str],
                  noun: Token | None = None) -> Frame | None:
    """The frame of passive verb ``v`` whose object nouns its passive subject names ("talks
    were held": "hold talk"), the one with most such nouns; a frame of no noun fits any
    subject ("an agreement was signed": "sign"). Frames with conditions of their own
    (negated, inverse, infinitive, of a person, an official, a party or a place object, nested) are passed over.
    A participle's ``noun`` (the noun it modifies) stands for the passive subject."""
    said = [noun] if noun is not None else [c for c in v.children if c.dep_ in PASS_SUBJ_DEPS]
    subject = {c.lemma_.lower() for c in said} | {c.lower_ for c in said}
    best: tuple[int, Frame] | None = None
    for f in frames or ():
        if f.negated or f.inverse or f.infinitive or f.person_object or f.official_object or f.party_object or \
                f.place_object or f.nested_object or f.before:
            continue
        nouns = [part for part in f.parts if not part <= function_words]
        if any(not (part & subject) for part in nouns):
            continue
        if best is None or len(nouns) > best[0]:
            best = (len(nouns), f)
    return best[1] if best else None
