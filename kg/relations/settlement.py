"""Mediation read from its purpose (GUIDELINES, convention 12; tests/realnews/README.md:
"seeking to revive negotiations" is MEDIATE with every party named in the article).

* :func:`settlement_effort` — an outsider's effort to settle the article's conflict or to
  revive its talks: "the UN envoy, who is seeking to revive negotiations", "Erdogan took a
  trip to the Gulf, looking for a way to settle the crisis", "Kuwait's emir flew to Doha to
  defuse the row", "in a bid to end the standoff". A ``settlement_verb`` whose object is a
  ``settled_noun`` that is not the agent's own with another ("resolve the dispute with
  Iran", "end their feud"), in an effort (the infinitive of an ``effort_verb`` or
  ``effort_noun``) or the purpose of a mission (``mission_verb``: "flew to Doha to settle",
  not "led a push to revive"); the agent mediates between the parties named "between" or,
  else, the article's (:func:`kg.relations.mediation.article_parties`).

Guards: the agent is no party (neither it nor its side was set in relation as a party
before or in the pair that resolves it: "Russia seeks to end the war" after "Russia attacked
Ukraine"; nor is it one of the parties named "between": "Iran sent mediators to ease tensions
between the two countries"); two agents of a meeting are the parties themselves ("the two
ministers met to try to ease tension"); no pair known in the sentence, the text before or
the next two sentences, no mediation; a visit alone is none (the purpose must be said); an
agent named only by a personal pronoun is a guess ("Turkey said Iraq is turning into a
battleground, stressing its determination to work to ease tensions"): none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..predicates import CONSULT
from .discourse import Discourse
from .found import Found
from .grammar import INFINITIVE, OBJ_DEPS
from .index import TokenIndex
from .mediation import article_parties, later_parties, mediated_parties, mediations, own_side, party_of
from .subjects import subjects

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: the links from a settlement verb up to the clause whose subject makes the effort
_UP = frozenset({"xcomp", "relcl", "acl", "advcl", "pobj", "prep", "conj", "pcomp"})
_STEPS = 5
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_PERSONAL_TAGS = frozenset({"PRP", "PRP$"})


def settlement_effort(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"X, who is seeking to revive negotiations" -> X MEDIATE each party (see the module's docstring)."""
    for v in index.tokens(sent, "settlement"):
        if not _settles_an_issue(v, da):
            continue
        effort = _effort(v, da)
        if effort is None or _pronoun_agent(v):
            continue
        agents = [a for a in subjects(v, da, ds) or subjects(effort, da, ds) if da.type_of(a) != "Place"]
        if not agents or _meeting_parties(agents, effort, da):
            continue
        own = own_side(agents, da)
        if _is_party(own, da, ds):
            continue
        named = mediated_parties(v, da, ds)
        if own & set(named):
            continue   # "Iran sent mediators to ease tensions between the two countries": Iran is one
        parties = named or article_parties(agents, da, ds, own)
        # "Norwegian envoys will try to revive the peace process. The government and the rebels ..."
        yield from mediations(agents, parties, effort, "mediation.purpose",
                              lambda: _later_parties(agents, own, effort, da, ds), da, ds)


def _later_parties(agents: list[str], own: set[str], effort: Token, da: DocumentActors,
                   ds: Discourse) -> Callable[[], list[Found]]:
    """The mediation of ``agents`` between the parties a later sentence sets in relation, unless
    the agents are among them ("Sudan held talks with a US envoy to resolve the dispute. Talks
    between Sudan, Egypt and Ethiopia collapsed": Sudan is a party)."""
    later = later_parties(agents, own, effort, da, ds, "mediation.purpose")
    return lambda: [] if _is_party(own, da, ds) else later()


def _settles_an_issue(v: Token, da: DocumentActors) -> bool:
    """Whether verb ``v`` settles a conflict or revives talks ("settle the crisis", "revive
    negotiations", "restart Syrian peace talks", "resolve the Tigray conflict") that are not
    the agent's own with another ("end its war with X", "resolve the dispute with Iran",
    "resolve their differences")."""
    words = da.kb.lexicon.words_of
    issues = words("settled_noun")
    objects = [c for c in v.children if c.dep_ in OBJ_DEPS and (c.lemma_.lower() in issues or c.lower_ in issues)]
    if not objects:
        return False
    with_prep = words("party_with_prep")
    for t in objects[0].subtree:
        if t.dep_ == "prep" and t.head.i == objects[0].i and t.lower_ in with_prep:
            return False
        if t.dep_ == "poss" and t.head.i == objects[0].i and t.pos_ == "PRON":
            return False
    return True


def _effort(v: Token, da: DocumentActors) -> Token | None:
    """The verb or noun of the effort ``v`` is the aim of, whose clause is the mediation's
    ("seeking to revive" -> seeking; "looking for a way to settle" -> looking; "flew to Doha to
    settle" -> flew; "in a bid to end" -> the verb "bid" hangs on), or ``None`` when ``v`` is
    no aim ("Qatar settled the crisis": an outcome, the truce rules' business)."""
    words = da.kb.lexicon.words_of
    if not any(c.dep_ == "aux" and c.lower_ == INFINITIVE for c in v.children) \
            and not (v.dep_ == "conj" and v.head.lemma_.lower() in words("effort_verb")):
        return None    # neither "to settle" nor "try and settle"
    cur, aimed = v, False
    for _ in range(_STEPS):
        if cur.dep_ not in _UP or cur.head.i == cur.i:
            break
        # a purpose of a mission ("flew to Doha to settle"), not of any act ("led a push to revive")
        purpose = cur.dep_ == "advcl" and cur.i == v.i and cur.head.lemma_.lower() in words("mission_verb")
        cur = cur.head
        low = cur.lemma_.lower()
        aimed = aimed or purpose or (cur.pos_ == "VERB" and low in words("effort_verb")) \
            or (cur.pos_ == "NOUN" and low in words("effort_noun"))
        if aimed and cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _pronoun_agent(v: Token) -> bool:
    """Whether the agent of ``v`` is a personal pronoun: the first subject or owner met going
    up from ``v`` ("stressing its determination to work to ease tensions", "he is trying to
    settle the crisis"), whose antecedent is a guess; a name or a relative pronoun ("the envoy,
    who is seeking to revive") is not."""
    cur = v
    for _ in range(2 * _STEPS):
        named = [c for c in cur.children if c.dep_ in _AGENT_DEPS]
        if named:
            return named[0].tag_ in _PERSONAL_TAGS
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _meeting_parties(agents: list[str], effort: Token, da: DocumentActors) -> bool:
    """Whether two or more agents meet each other to do it ("the ministers of Colombia and
    Venezuela met to try to ease tension", "rebels and the government started talks to try to
    end the fighting"): they are the parties, no mediators."""
    if len(agents) < 2:
        return False
    verbs, cur = da.kb.lexicon.verbs, effort
    for _ in range(_STEPS):
        if any(f.predicate == CONSULT for f in verbs.get(cur.lemma_.lower()) or ()):
            return True
        if cur.dep_ not in _UP or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _is_party(own: set[str], da: DocumentActors, ds: Discourse) -> bool:
    """Whether the agents' side was set in relation as a party before ("Russia attacked
    Ukraine ... Russia seeks to end the war")."""
    return any(a in own or party_of(a, da) in own for pair in ds.party_pairs for a in pair)
