"""Talks named by a definite noun whose parties the sentence does not name (GUIDELINES,
conventions 2 and 13: "the talks", "the meeting" are resolved; talks reported as held,
past or stalled are CONSULT).

* :func:`talks_anaphor` — "The talks stalled", "After Tuesday's meeting, X said",
  "was discussed in the meeting", "peace negotiations broke down": CONSULT between the
  parties of the talks the text reported before (the discourse state's last CONSULT pair,
  :attr:`~kg.relations.discourse.Discourse.pairs`), else the sides last seen fighting or
  agreeing (:attr:`~kg.relations.discourse.Discourse.belligerents`): for "the meeting" only
  when one of them is the clause's subject.

The noun must stand for talks that took place: the subject of its clause ("the talks had
begun", "the talks were held") or the object of a preposition of time or place its clause
hangs on ("during the meeting", ``talks_anaphor_prep``), not the object of a verb ("denounced
the talks", "move the talks": no event of talks is reported). Its phrase names no actor
("the meeting between X and Y" is the nominal rule's), and the clause it hangs on has no
subject other than the talks' parties ("X said at the opening of the talks": X is no party).

* :func:`accord_at_talks` — "a prisoner swap agreed by Yemen's government and the Houthis at
  peace talks in Sweden", "In Havana meeting, Colombia agrees to cease-fire with ELN": an
  accord reached at talks (a verb with a frame of an ``accord_predicate``: AGREE; the talks noun in its ``accord_talks_prep``
  phrase) tells the parties met: CONSULT between them too (its subjects, and the partner after
  "with" on the verb or its object).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import CONSULT
from .anaphora import camp
from .arguments import actors
from .clause import verb_frames
from .discourse import Discourse
from .found import Found, all_pairs, cameo
from .frames import match_verb, verb_objects
from .grammar import PASS_SUBJ_DEPS, SUBJ_DEPS, agent_pobjs, is_negated, pobjs
from .index import TokenIndex
from .mediation import own_side
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_SUBJECT_DEPS = SUBJ_DEPS | PASS_SUBJ_DEPS
_NAME_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_WITH = "with"     # "agrees to a cease-fire *with* the ELN": the accord's partner


def talks_anaphor(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"The talks stalled", "After Tuesday's meeting" -> CONSULT between the talks' parties
    (see the module's docstring)."""
    kb = da.kb
    nouns = index.tokens(sent, "talks")
    for n in nouns:
        clause = _clause_of(n, da)
        if clause is None or not _definite(n, da) or _names_actor(n, da) or _parties_on_verb(clause, da):
            continue
        if any(m.i < n.i and _names_actor(m, da) for m in nouns):
            continue   # "Thai and Cambodian border talks agreed ... but the talks were delayed": those talks
        pair, speaker = _parties(n, da, ds)
        if pair is None or not _only_parties(clause, n, pair, da, ds, speaker=speaker):
            continue
        # the clause's verb carries the modality ("the talks will focus on", "if the talks fail")
        trigger = clause if n.dep_ in _SUBJECT_DEPS else n
        yield Found(pair[0], CONSULT, pair[1], trigger, "talks.anaphor", kb.confidence("talks.anaphor"),
                    cameo=cameo(kb, CONSULT))


def _clause_of(n: Token, da: DocumentActors) -> Token | None:
    """The verb of the clause talks noun ``n`` reports as taking place: the verb it is the
    subject of, or the verb its preposition of time or place (``talks_anaphor_prep``) hangs
    on; ``None`` for any other use ("denounced the talks")."""
    if n.pos_ != "NOUN":
        return None
    if n.dep_ in _SUBJECT_DEPS and n.head.pos_ in ("VERB", "AUX"):
        return n.head
    prep = n.head
    if n.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in da.kb.lexicon.words_of("talks_anaphor_prep") \
            and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _parties_on_verb(v: Token, da: DocumentActors) -> bool:
    """Whether the clause's verb names the talks' parties itself: "peace talks have been taking
    place between the government and FARC" (``parties_prep``), named or not, so the talks are no
    bare anaphor of earlier ones."""
    return any(c.dep_ == "prep" and c.lower_ in da.kb.lexicon.words_of("parties_prep") for c in v.children)


def _definite(n: Token, da: DocumentActors) -> bool:
    """Whether ``n`` refers back: a definite determiner ("the talks", "these negotiations"), a
    possessive that names no actor ("Tuesday's meeting"), or, with no determiner, a kind of
    talks the conflict has (``talks_kind``: "peace negotiations broke down"); never a kind of
    talks (``talks_kind_of``: "The first such meeting took place in March 2018")."""
    words = da.kb.lexicon.words_of
    if any(c.lower_ in words("talks_kind_of") for c in n.children):
        return False
    if not any(c.dep_ in ("det", "poss") for c in n.children) and n.tag_ == "NNS" \
            and any(c.dep_ == "compound" and c.lower_ in words("talks_kind") for c in n.children):
        return True
    return any((c.dep_ == "det" and c.lower_ in words("definite_determiner"))
               or (c.dep_ == "poss" and not da.actor_at(c.i) and c.pos_ != "PRON") for c in n.children)


def _names_actor(n: Token, da: DocumentActors) -> bool:
    """Whether ``n``'s phrase names an actor or its parties in its own words ("the meeting with
    the foreign minister", "the Addis talks", "their talks", "U.S.-led talks"): then it is no
    bare anaphor."""
    if da.actor_at(n.i):
        return True
    words = da.kb.lexicon.words_of
    for t in n.subtree:
        if t.i != n.i and (da.actor_at(t.i) or (t.head.i == n.i and t.dep_ == "prep"
                                               and t.lower_ in words("party_with_prep") | words("parties_prep"))):
            return True
        if t.head.i == n.i and t.dep_ == "poss" and t.pos_ == "PRON":
            return True
        if t.head.i == n.i and t.dep_ in _NAME_MODIFIERS and t.i != t.sent.start and any(ch.isupper() for ch in t.text):
            return True    # "U.S.-led peace talks", "Doha talks": a name the actors do not resolve
    return False


def _parties(n: Token, da: DocumentActors, ds: Discourse) -> tuple[tuple[str, str] | None, bool]:
    """The parties of the talks the text reported last, else the sides last seen fighting or
    agreeing; and whether the clause must have one of them as its subject to take the sides: a
    meeting not of the sides' kind (``talks_of_sides``: "the negotiations") may be a delegation's
    with a mediator, unless one side speaks of it ("After Tuesday's meeting, Eritrea's foreign
    minister said")."""
    sides = n.lemma_.lower() in da.kb.lexicon.words_of("talks_of_sides") \
        or n.lower_ in da.kb.lexicon.words_of("talks_of_sides")
    if CONSULT in ds.pairs:
        return ds.pairs[CONSULT], False
    return ds.belligerents, not sides


def _only_parties(verb: Token, n: Token, pair: tuple[str, str], da: DocumentActors, ds: Discourse, *,
                  speaker: bool = False) -> bool:
    """Whether the clause of ``verb`` names no actor as its subject that is not one of the talks'
    parties or their side ("X said at the opening of the talks": X is no party of them), and,
    with ``speaker``, names one."""
    sides = {c for p in pair for c in camp(p, da)}
    named = [a for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i != n.i for a in ds.actors_at(c.i)]
    named += [a for a in subjects(verb, da, ds) if a not in named] if not named else []
    own = [a for a in named if da.type_of(a) != "Place"]
    # a person speaks for the state or group their title names ("Eritrean Foreign Minister X")
    return all(sides & own_side([a], da) or any(p in camp(a, da) for p in pair) for a in own) \
        and (bool(own) or not speaker)


def accord_at_talks(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """CONSULT between the parties of an accord reached at talks (see the module's docstring)."""
    kb = da.kb
    lex = kb.lexicon
    talks, at, accord = lex.words_of("symmetric_noun"), lex.words_of("accord_talks_prep"), lex.words_of("accord_predicate")
    if not index.tokens(sent, "accord"):
        return   # no talks named
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or not any(n.lemma_.lower() in talks and not da.actor_at(n.i) for n in pobjs(v, at)):
            continue
        frames = None if is_negated(v) else verb_frames(v, lex.verbs)
        if not frames:
            continue
        frame, _ = match_verb(v, frames, da, ds)   # the frame that stands: "signed a ceasefire", not "break"
        if frame is None or not frame.predicate or frame.predicate.lower() not in accord:
            continue
        # the partner after "with" on the verb, its object or its complement ("agrees to cease-fire with ELN")
        heads = [v, *verb_objects(v, lex), *(c for c in v.children if c.dep_ == "xcomp"),
                 *(o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
        partners = [a for t in heads for o in pobjs(t, (_WITH,)) for a in actors(o, "obj", da, ds)]
        # "a swap agreed by X and Y at talks": the participle's "by" agents
        agents = [a for p in agent_pobjs(v) for a in actors(p, "subj", da, ds)]
        # a participle's doers are its agents, not the subject of the clause it modifies
        doers = agents if agents or v.dep_ == "acl" else subjects(v, da, ds)
        parties = [a for a in dict.fromkeys(doers + partners) if da.type_of(a) != "Place"]
        for s, o in all_pairs(parties):
            yield Found(s, CONSULT, o, v, "talks.accord", kb.confidence("talks.anaphor"), cameo=cameo(kb, CONSULT))
