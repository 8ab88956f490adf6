"""The discourse state: what the text has named so far, passed along sentence by sentence.

Coreference (:mod:`kg.relations.coreference`) reads it to resolve "he", "the group",
"the city", "its"; the sentence loop (:func:`kg.relations.extract_relations`)
updates it after each sentence with the sides last seen fighting. It holds

* the document's mentions in text order, so "the last person / state or group
  subject / place named before token i" is a query on it (:meth:`Discourse.last_actor`,
  :meth:`Discourse.last_person`, :meth:`Discourse.last_subject`, :meth:`Discourse.salient`);
* the nouns the text uses to describe an actor ("the junta" -> CNSP), its armed
  non-state groups ("the rebels", "militants") and the titles of its persons ("the minister");
* the members of the last coordination of a kind ("the four countries", "the two leaders")
  and the sides of the conflict ("both sides", "the parties": :meth:`Discourse.sides`);
* the belligerents: the sides last seen fighting or agreeing, the objects of a
  mediation that names no parties ("helped broker a truce"); the mediators, who are
  no side ("the Saudi and US facilitators ... both sides");
* the pairs of actors (no places) the text set in relation (talks, accords, fighting,
  accusations: ``party_predicate``) and the event (trigger) of each, from which a mediator's
  parties are read (every party of the last event), and the last pair of each predicate
  ("the talks": the parties of the last talks);
* the agent of the last attack, whom "the attack", "the blast", "the incident" stand for,
  and of the last event of each predicate ("the drills": the last to mobilise); every attack's
  agent and target, whom a counter-attack ("returned fire") answers;
* the places the text described by a kind and another place ("southern Gaza's main
  city" = Khan Yunis, in Gaza), noted by coreference until a location rule reports them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.names import hyphen_glued
from ..predicates import ASSAULT, COERCE, MEDIATE
from .found import BetweenSides, Found
from .sides import acted_together

if TYPE_CHECKING:
    from ..actors import DocumentActors, MentionInfo

PERSON_TYPES = frozenset({"Official", "Person"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})
_TOPIC_DEPS = frozenset({"dobj", "obj", "pobj"})


def _after_hyphen(t: Token) -> bool:
    """Whether ``t`` is the second half of a hyphenated modifier: "pro-Russia rebels",
    "anti-Assad fighters" are not Russia's or Assad's (a prefix before the name)."""
    return t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 1].whitespace_ == ""


def hyphen_pair(t: Token) -> list[Token]:
    """The two modifiers of a hyphenated pair ``t`` is one of, in order ("the *Palestinian*-*Israeli*
    conflict", "*China*-*US* relations": the parser hangs the first on the second), else []."""
    deps = _OWNER_DEPS | {"nmod"}
    if t.dep_ not in deps:
        return []
    candidates = [(g, t) for g in t.children if g.i < t.i]
    if t.head.i > t.i:
        candidates.append((t, t.head))
    for first, second in candidates:
        if first.dep_ in deps and second.dep_ in deps and second.i == first.i + 2 and hyphen_glued(t.doc, first.i):
            return [first, second]
    return []


def is_subject(t: Token) -> bool:
    """Whether ``t`` is a clause subject or one of its conjuncts ("Egypt, Qatar and Turkey met")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in SUBJECT_DEPS


@dataclass(frozen=True, slots=True)
class PlaceDescription:
    """"southern Gaza's main city": the described noun, the place it refers to and the
    place that modifies it (where the first lies)."""

    token: Token
    place: str
    outer: str


@dataclass(eq=False)
class Discourse:
    """What the text has named so far (see the module's docstring)."""

    mentions: tuple[MentionInfo, ...]         # the document's mentions, by start (stable)
    type_of: Callable[[str], str]             # actor id -> its type in this document
    belligerent_predicates: frozenset[str]    # lower-case predicates whose sides are at war
    described: dict[str, str] = field(default_factory=dict)   # noun lemma -> actor ("junta" -> cnsp)
    belligerents: tuple[str, str] | None = None
    party_predicates: frozenset[str] = frozenset()   # lower-case predicates that set two parties in relation
    party_pairs: list[tuple[str, str]] = field(default_factory=list)   # such pairs (no places), in order
    party_events: list[int] = field(default_factory=list)   # the event (its trigger's start) of each pair
    pairs: dict[str, tuple[str, str]] = field(default_factory=dict)   # predicate -> its last pair (no places)
    topic_heads: frozenset[str] = frozenset()   # verbs and prepositions whose objects are topics ("discuss")
    mediators: set[str] = field(default_factory=set)   # who the text saw mediating: no side ("both sides")
    mediated: list[tuple[str, str]] = field(default_factory=list)   # (mediator, party) of each mediation seen
    attacker: str | None = None               # the agent of the last attack ("the blast", "the attack")
    assaults: list[tuple[str, str]] = field(default_factory=list)   # (agent, target) of each attack, in order
    agents: dict[str, str] = field(default_factory=dict)   # predicate -> agent of its last event ("the drills")
    holders: dict[str, str] = field(default_factory=dict)   # actor -> who last seized or held it ("the release of X")
    armed: frozenset[str] = frozenset()       # the armed non-state groups of the document ("the rebels")
    agent_nouns: frozenset[str] = frozenset()   # nouns an actor written before acts through ("a Hamas statement")
    report_verbs: frozenset[str] = frozenset()   # "said", "announced"
    # whether a coordination (its first member) acted together on a third party: no pair of sides
    together: Callable[[Token], bool] = lambda t: False
    _titles: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)   # person -> (title, owner)
    place_descriptions: list[PlaceDescription] = field(default_factory=list)   # not yet reported
    # relations waiting for the next pair the text sets in relation: (resolver, sentences left)
    awaiting: list[tuple[Callable[[], list[Found]], int]] = field(default_factory=list)
    _backward: list[MentionInfo] = field(init=False, repr=False)
    _neg_starts: list[int] = field(init=False, repr=False)
    _at: dict[int, list[str]] = field(init=False, repr=False)

    def __post_init__(self):
        self._backward = sorted(self.mentions, key=lambda m: m.span.start, reverse=True)
        self._neg_starts = [-m.span.start for m in self._backward]
        self._at = {}
        for m in self.mentions:
            for i in range(m.span.start, m.span.end):
                self._at.setdefault(i, []).append(m.actor)

    def actors_at(self, i: int) -> list[str]:
        """The actors of the mentions covering token ``i``."""
        return self._at.get(i, [])

    @classmethod
    def of(cls, da: DocumentActors, described: dict[str, str] | None = None,
           armed: frozenset[str] = frozenset()) -> Discourse:
        """The state before the first sentence of ``da``'s document."""
        titles: dict[str, list[tuple[str, str | None]]] = {}
        for r in da.roles:
            titles.setdefault(r.person, []).append((r.role, r.affiliation))
        for a, p in da.protos.items():
            if p.entry is not None:
                titles.setdefault(a, []).extend((f.get("role") or "", f.get("actor")) for f in p.entry.affiliations)
        return cls(mentions=tuple(sorted(da.mentions, key=lambda m: m.span.start)), type_of=da.type_of,
                   belligerent_predicates=da.kb.lexicon.words_of("belligerent_predicate"),
                   party_predicates=da.kb.lexicon.words_of("party_predicate"),
                   topic_heads=da.kb.lexicon.words_of("topic_head"),
                   described=dict(described or {}), armed=armed, _titles=titles,
                   agent_nouns=da.kb.lexicon.words_of("state_agent"), report_verbs=da.kb.lexicon.words_of("report_verb"),
                   together=partial(acted_together, lex=da.kb.lexicon))

    # -- what was named before a token -------------------------------------------------
    def before(self, i: int) -> Iterator[MentionInfo]:
        """The mentions starting before token ``i``, the latest first."""
        backward = self._backward
        for k in range(bisect_right(self._neg_starts, -i), len(backward)):
            yield backward[k]

    def last_actor(self, before: int, want: Callable[[str], bool]) -> str | None:
        """The actor of the last mention starting before token ``before`` that ``want`` accepts."""
        for m in self.before(before):
            if want(m.actor):
                return m.actor
        return None

    def last_person(self, before: int) -> str | None:
        """The last person or official named before token ``before`` ("he", "she")."""
        return self.last_actor(before, lambda a: self.type_of(a) in PERSON_TYPES)

    def last_subject(self, before: int, want: Callable[[str], bool]) -> str | None:
        """The actor of the last clause subject before token ``before`` that ``want`` accepts,
        else the last such actor mentioned: "The RSF shelled X ... the group" -> RSF."""
        for m in self.before(before):
            if want(m.actor) and self._as_subject(m.span.root):
                return m.actor
        return self.last_actor(before, want)

    def _as_subject(self, root: Token) -> bool:
        """Whether a mention's ``root`` is a subject, or written before the subject of a reporting verb
        the actor speaks through: "A Hezbollah statement said the group fired ..." -> Hezbollah, not an
        earlier group subject."""
        if is_subject(root):
            return True
        head = root.head
        return root.dep_ in _OWNER_DEPS and head.i > root.i and head.lower_ in self.agent_nouns \
            and head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in self.report_verbs

    def near_subject(self, before: int, since: int, want: Callable[[str], bool]) -> str | None:
        """The actor of the last clause subject that ``want`` accepts starting from token ``since``
        up to ``before``, else the last such actor named before ``before``: "Erdogan met Putin in
        Moscow. He said ..." -> Erdogan, the subject, not the last person named."""
        for m in self.before(before):
            if m.span.start < since:
                break
            if want(m.actor) and is_subject(m.span.root):
                return m.actor
        return self.last_actor(before, want)

    def next_actor(self, after: int, until: int, want: Callable[[str], bool]) -> str | None:
        """The actor of the first mention starting after token ``after`` and before ``until``
        that ``want`` accepts (cataphora: "its main city ... Khan Yunis")."""
        for m in self.mentions:
            if after < m.span.start < until and want(m.actor):
                return m.actor
        return None

    def titles(self, person: str) -> list[tuple[str, str | None]]:
        """The (title, owner) pairs the text or the knowledge base gives ``person``: "Hamas chief
        Ismail Haniyeh" -> ("chief", "hamas")."""
        return self._titles.get(person, [])

    def latest(self, before: int, since: int, want: Callable[[str], bool], size: int) -> list[str]:
        """The last ``size`` different actors that ``want`` accepts named from token ``since`` up
        to token ``before``, in text order, or [] when fewer were: the referents of "the two
        leaders" when the parse did not coordinate their names."""
        got: list[str] = []
        for m in self.before(before):
            if m.span.start < since or len(got) == size:
                break
            if want(m.actor) and m.actor not in got:
                got.append(m.actor)
        return got[::-1] if len(got) == size else []

    def members(self, before: int, want: Callable[[str], bool], size: int | None = None,
                partners: bool = True) -> list[str]:
        """The actors of the last coordination named before token ``before`` whose members
        ``want`` accepts ("Bahrain, Egypt, Saudi Arabia and the UAE", "talks between Iran and
        the US", "the Russian and Ukrainian delegations"): ``size`` of them, or two or more
        when ``size`` is ``None``; [] if there is none. The referents of "the four countries",
        "both sides", "the two leaders"; not ``partners``, none that acted together on a third
        party (:attr:`together`: "Russia and Turkey urging the rivals" are no two sides)."""
        seen: set[int] = set()
        for m in self.before(before):
            root = m.span.root
            pair = hyphen_pair(root) if not root.conjuncts else []
            if root.dep_ in _OWNER_DEPS and not root.conjuncts and not pair:
                root = root.head      # "Sri Lanka's government and ...": the owned noun is coordinated
            if root.i in seen or not (root.conjuncts or pair) or not want(m.actor):
                continue
            group = pair or sorted((root, *root.conjuncts), key=lambda t: t.i)
            seen.update(t.i for t in group)
            if self.is_topic(group[0]):
                continue     # "Trump, Putin discuss Syria, North Korea": what was talked about, no parties
            if not partners and not pair and self.together(group[0]):
                continue     # "Russia and Turkey urging the rivals": partners, no two sides
            got = list(dict.fromkeys(a for t in group for a in self.conjunct_actors(t) if want(a)))
            if (len(got) == size) if size else len(got) >= 2:
                return got
        return []

    def conjunct_actors(self, t: Token) -> list[str]:
        """The actors a conjunct of a coordination names: its own mention, else its appositive's
        ("Putin and his French counterpart Emmanuel Macron") and its owner's ("Sri Lanka's
        government and Tamil Tiger rebels"), the owner's not past a hyphen ("pro-Russia rebels")."""
        return self.actors_at(t.i) or [
            x for c in t.children if c.dep_ == "appos" or (c.dep_ in _OWNER_DEPS and not _after_hyphen(c))
            for x in self.actors_at(c.i)]

    def is_topic(self, t: Token) -> bool:
        """Whether ``t`` is what is talked about: the object of a verb or preposition of a topic
        (``topic_head``: "discussed Syria and Iraq", "talks about Iran and Iraq")."""
        return t.dep_ in _TOPIC_DEPS and t.head.lemma_.lower() in self.topic_heads

    def sides(self, before: int, want: Callable[[str], bool], size: int | None = 2) -> list[str]:
        """The sides of the article's conflict as known before token ``before``: the last pair
        (``size`` ``None``: the last two or more) of states or groups named together ("talks
        between Iran and the US", "Israel and Hamas"), else the sides last seen fighting or
        agreeing. None of those the text saw mediating (not "the Saudi and US facilitators"), nor
        partners that acted together on a third party ("Russia and Turkey urging the rivals");
        the sides seen fighting or agreeing before a pair named together that shares none of
        them and was never set in relation ("Turkey backed the GNA to fend off the LNA ... the
        withdrawal of Syrian and Turkish mercenaries ... officers from both sides": the GNA and
        the LNA). The referents of "both sides", "the parties"; the parties a mediation that
        names none is between."""
        def fits(a: str) -> bool:
            return want(a) and a not in self.mediators
        sides = list(self.belligerents or ())
        sides = sides if sides and all(fits(a) for a in sides) else []
        named = self.members(before, fits, size, partners=False)
        if named and sides and not set(named) & set(sides) and not self.in_relation(named):
            return sides
        return named or sides

    def in_relation(self, actors: list[str]) -> bool:
        """Whether the text set two of ``actors`` in relation as parties (``party_predicate``)."""
        return any(a in actors and b in actors for a, b in self.party_pairs)

    def salient(self, before: int, want: Callable[[str], bool] | None = None) -> list[str]:
        """The actors named before token ``before`` (that ``want`` accepts), most mentioned
        first, ties to the latest named: the candidates of a plural anaphor ("both sides")."""
        count: dict[str, int] = {}
        for m in self.before(before):
            if want is None or want(m.actor):
                count[m.actor] = count.get(m.actor, 0) + 1
        return sorted(count, key=lambda a: -count[a])   # stable: ties keep the latest first

    # -- updates -------------------------------------------------------------------------
    def saw_sides(self, sides: tuple[str, str] | None) -> None:
        """The text named the sides of an accord ("a ceasefire between Israel and Hezbollah")."""
        if sides:
            self.belligerents = sides

    def set_in_relation(self, subject: str, obj: str, trigger: Token | Span) -> None:
        """The text set ``subject`` and ``obj`` in relation as parties (``party_predicate``) in the
        event of ``trigger``: "the four states handed Qatar an ultimatum" sets four pairs in one event."""
        self.party_pairs.append((subject, obj))
        self.party_events.append(trigger.i if isinstance(trigger, Token) else trigger.start)

    def note_place(self, description: PlaceDescription) -> None:
        """Coreference resolved a description of a place that names where it lies."""
        self.place_descriptions.append(description)

    def take_place_descriptions(self) -> list[PlaceDescription]:
        """The place descriptions noted since the last call (for the location rule)."""
        taken, self.place_descriptions = self.place_descriptions, []
        return taken

    def read(self, found: list[Found | BetweenSides]) -> list[Found]:
        """Take in what the rules found in a sentence: its last relation between two
        parties at war (an assault or accord between states or groups) makes them the
        belligerents, its last assault's agent the attacker; then each :class:`BetweenSides`
        becomes one relation per side (or none, if no sides are known yet). The relations, in order."""
        paired = len(self.party_pairs)
        for f in found:
            if not isinstance(f, Found):
                continue
            if self.type_of(f.object) != "Place" and self.type_of(f.subject) != "Place":
                self.pairs[f.predicate] = (f.subject, f.object)   # "the talks": the last talks' parties
                if f.predicate.lower() in self.party_predicates:
                    self.set_in_relation(f.subject, f.object, f.trigger)
            # sides at war are states and groups: "the Houthis killed Saleh" makes no side of Saleh
            if f.predicate.lower() in self.belligerent_predicates \
                    and self.type_of(f.object) != "Place" and self.type_of(f.subject) != "Place" \
                    and self.type_of(f.subject) not in PERSON_TYPES and self.type_of(f.object) not in PERSON_TYPES:
                self.belligerents = (f.subject, f.object)
            if f.predicate == MEDIATE:
                self.mediators.add(f.subject)
                self.mediated.append((f.subject, f.object))
            if f.predicate == ASSAULT and self.type_of(f.subject) != "Place":
                self.attacker = f.subject
                self.assaults.append((f.subject, f.object))
            if self.type_of(f.subject) != "Place":
                self.agents[f.predicate] = f.subject
                if f.predicate == COERCE:
                    self.holders[f.object] = f.subject
        out: list[Found] = []
        for f in found:
            if isinstance(f, Found):
                out.append(f)
            elif self.belligerents:
                out.extend(f.with_side(side) for side in self.belligerents)
        return out + self._resolve_awaiting(paired)

    def _resolve_awaiting(self, paired: int) -> list[Found]:
        """The relations waiting for a pair of parties (:attr:`awaiting`) that the pairs set in
        relation since ``paired`` resolve; those still waiting lose a sentence (waiting ones
        registered in this sentence keep theirs)."""
        out: list[Found] = []
        waiting: list[tuple[Callable[[], list[Found]], int]] = []
        for resolve, left in self.awaiting:
            got = resolve() if len(self.party_pairs) > paired else []
            if got:
                out.extend(got)
            elif left > 0:
                waiting.append((resolve, left - 1))
        self.awaiting = waiting
        return out
