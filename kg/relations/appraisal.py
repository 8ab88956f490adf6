"""Appraisal of another side's act in a speaker's words (GUIDELINES, convention 14; the
judgement calls of the real-news READMEs: an evaluative adjective about another side's act
in a speaker's words is ACCUSE, praise of another side's act is SUPPORT).

* :func:`condemned_act`: "'... since Russia launched its *illegal aggression*,' Borrell said",
  "Lavrov said *the barbaric strikes* by Israel go on" — a speaker (the subject of a
  ``report_verb``) whose reported clause holds an event, act or blaming noun under a blaming
  adjective (``blame_word``) ACCUSE who carried the act out.
* :func:`praised_act`: "commended the excellent cooperation between Cameroon and Nigeria",
  "applauded Egypt's mediation" — a ``praise_verb`` whose object is an event noun SUPPORT
  who carries the event out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import ACCUSE, SUPPORT
from .anaphora import PARTY_TYPES
from .arguments import modifier_actors
from .discourse import Discourse
from .found import Found, cameo
from .frames import noun_index
from .index import TokenIndex
from .mediation import own_side
from .nominal import is_symmetric_noun, light_verb_subjects, noun_agents, symmetric_pairs
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

_REPORTED = frozenset({"ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_BLAMED_TYPES = PARTY_TYPES | {"Official", "Person"}


def condemned_act(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """The speaker ACCUSE the agent of an act its reported clause calls by a blaming adjective."""
    kb = da.kb
    words = kb.lexicon.words_of
    report = words("report_verb")
    if not index.tokens(sent, "blame"):
        return       # no blaming word in the sentence
    for v in index.tokens(sent, "evaluation"):
        if v.lemma_.lower() not in report or any(c.dep_ == "neg" for c in v.children):
            continue
        acts = [n for c in v.children if c.dep_ in _REPORTED for n in _own_tokens(c, da) if _condemned(n, da)]
        blamed = [a for n in acts for a in _doers(n, da, ds)]
        for s in subjects(v, da, ds):
            for o in dict.fromkeys(blamed):
                if s != o and da.type_of(s) != "Place":
                    yield Found(s, ACCUSE, o, v, "appraisal.condemned_act", kb.confidence("evaluation.accusation"),
                                cameo=cameo(kb, ACCUSE))


def praised_act(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """Whoever praises an act (``praise_verb`` with an event noun as object) SUPPORT its agents,
    but those of its own side (:func:`~.mediation.own_side`)."""
    kb = da.kb
    praise = kb.lexicon.words_of("praise_verb")
    for v in index.tokens(sent, "clause"):
        if v.pos_ != "VERB" or v.lemma_.lower() not in praise or any(c.dep_ == "neg" for c in v.children):
            continue
        acts = [u for c in v.children if c.dep_ in _OBJECT_DEPS for u in (c, *c.conjuncts) if _is_event(u, da)]
        agents = [a for n in acts for a in _act_agents(n, da, ds)]
        for s in subjects(v, da, ds):
            own = own_side([s], da)
            for o in dict.fromkeys(agents):
                # "the Kremlin praises Putin's talks": praise of one's own side supports no other
                if s != o and da.type_of(s) != "Place" and da.type_of(o) != "Place" and not own & own_side([o], da):
                    yield Found(s, SUPPORT, o, v, "appraisal.praised_act", kb.confidence("appraisal.praised_act"),
                                cameo=cameo(kb, SUPPORT))


def _own_tokens(c: Token, da: DocumentActors) -> Iterator[Token]:
    """The tokens of the clause headed by ``c``, without what a speech act in it (or it) says:
    "Zarif slammed 'provocative actions by X', Ghassemi added" is Zarif's appraisal, not the
    reporter's (a ``report_verb``, ``speech_act_verb`` or a verb whose bare frame is ACCUSE)."""
    lex = da.kb.lexicon
    speech = lex.words_of("report_verb") | lex.words_of("speech_act_verb")
    stack = [c]
    while stack:
        t = stack.pop()
        yield t
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in speech or any(
                f.predicate == ACCUSE and not f.parts for f in lex.verbs.get(lemma, ()))):
            continue
        stack.extend(t.children)


def _is_event(n: Token, da: DocumentActors) -> bool:
    """Whether noun ``n`` names an event or an act: a noun of an event frame or an ``act_noun``."""
    lemma = n.lemma_.lower()
    return bool(noun_index(da.kb.lexicon).get(lemma)) or lemma in da.kb.lexicon.words_of("act_noun")


def _condemned(n: Token, da: DocumentActors) -> bool:
    """Whether the noun ``n`` names an act and condemns it: an event, act or blaming noun
    (``act_noun``, ``appraised_act_noun``, ``blame_word``) under a blaming adjective ("a brutal
    war", "its illegal aggression", "its malign activity"). A blaming noun alone is not enough:
    "in response to 'American-British aggression'" names the act, it does not appraise it."""
    words = da.kb.lexicon.words_of
    blame = words("blame_word")
    if n.pos_ != "NOUN":
        return False
    lemma = n.lemma_.lower()
    if not (_is_event(n, da) or lemma in blame or lemma in words("appraised_act_noun")):
        return False
    return any((c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "compound" and not _is_event(c, da))
               and (c.lower_ in blame or c.lemma_.lower() in blame) for c in n.children)


def _doers(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who carried out the act ``n`` names: the event's agents (its modifiers, "by" agent or
    light verb's subject: "its aggression", "Russia launched ..."), never a name set beside
    the noun ("a 'terrorist attack' (AFP)": the news agency credited)."""
    got = noun_agents(n, da, ds) if _is_event(n, da) else []
    got = got or modifier_actors(n, da, ds) or light_verb_subjects(n, da, ds)[0]
    return [a for a in got if da.type_of(a) in _BLAMED_TYPES]


def _act_agents(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who carries out the act ``n`` names: its agents, or both sides of a symmetric event
    ("the cooperation between Cameroon and Nigeria")."""
    frames = noun_index(da.kb.lexicon).get(n.lemma_.lower())
    if frames and is_symmetric_noun(n, da):
        pairs = symmetric_pairs(n, frames[0], [], da, ds)
        if pairs:
            return [a for pair in pairs for a in pair]
    return noun_agents(n, da, ds)
