"""Descriptions that point back without a name, read from the discourse state:

* "the four countries", "the two leaders", "both sides" -> the members last named together
  (:func:`plural_description`);
* "militants", "the rebels", "rebel attacks" -> the article's armed group (:func:`armed_collective`);
* "the junta", "junta troops" -> the state it governs (:func:`governed_state`);
* "the attack", "the blast" -> the agent of the attack it refers to (:func:`event_anaphor`);

and the kinds of actor a description may stand for (:func:`is_party`, :func:`is_state`, ...).
Pure functions of a token, the document's actors and the
:class:`~kg.relations.discourse.Discourse`; :mod:`kg.relations.coreference` calls them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..predicates import ASSAULT
from .collective import collective_members
from .discourse import PERSON_TYPES, Discourse
from .grammar import MODIFIER_DEPS, agent_pobjs, is_negated, pobjs
from .pairref import last_pair

if TYPE_CHECKING:
    from ..actors import DocumentActors

LOCATION_TYPES = frozenset({"Place", "State"})
PARTY_TYPES = frozenset({"State", "Group"})
ANAPHOR_REACH = 400     # tokens an event anaphor looks back for the same noun with its agent


def is_location(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a place or a state in this document."""
    return da.type_of(a) in LOCATION_TYPES


def is_media(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a news outlet (by its knowledge-base kind): it reports, it is
    no party to what it reports (:meth:`DocumentActors.is_media`)."""
    return da.is_media(a)


def is_party(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a state or a group other than a news outlet."""
    return da.type_of(a) in PARTY_TYPES and not is_media(a, da)


def is_state(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` is a state (in this document, or in the knowledge base if used as a place here)."""
    return da.type_of(a) == "State" or da.protos[a].type == "State"


def is_person(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` is an official or a person."""
    return da.type_of(a) in PERSON_TYPES


def is_group(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` is a group other than a news outlet."""
    return da.type_of(a) == "Group" and not is_media(a, da)


def is_side(a: str, da: DocumentActors) -> bool:
    """Whether ``a`` may be a side of a conflict: a state or a group."""
    return is_party(a, da) or is_state(a, da)


#: what each kind of plural description (``plural_descriptor``'s third column) may stand for
def side_of(a: str, da: DocumentActors) -> str | None:
    """The side ``a`` fights on: a state, an armed force or group itself; a body's state (its
    knowledge-base parent, or the parent the text names it after); ``None`` for others."""
    military = da.kb.lexicon.words_of("military_kind")
    seen: set[str] = set()
    while a and a not in seen and a in da.protos:   # a side the document names
        seen.add(a)
        if is_state(a, da):
            return a
        p = da.protos[a]
        if da.type_of(a) != "Group":
            return None
        if any(w in f"{p.kind or ''} {p.name}".lower() for w in military) or a in armed_groups(da):
            return a
        parents = [i.parent for i in da.institutions if i.group == a]
        a = parents[0] if parents else (p.entry.parent if p.entry else None)
    return None


KIND_TEST = {"state": is_state, "person": is_person, "group": is_group, "party": is_side}


def plural_description(t: Token, da: DocumentActors, ds: Discourse,
                       exclude: frozenset[str] = frozenset()) -> list[str] | None:
    """The members a definite plural description stands for, or ``None`` when ``t`` is none:
    "the four countries" -> the last four states named together, "the two leaders" -> the
    last two persons, "both sides" / "the parties" -> the sides of the conflict
    (``plural_descriptor``: the noun and its kind; ``plural_determiner``; ``number_word``).
    None of ``exclude`` (the subjects of its own clause: "Saudi Arabia and the US suspended
    the talks between the parties" are not the parties) is a member; an armed collective
    modifier ("the rebel groups") admits armed groups only."""
    lex = da.kb.lexicon
    kind = lex.mappings.get("plural_descriptor", {}).get(t.lower_)
    if kind is None:
        return None
    children = list(t.children)
    if not any(c.dep_ in ("det", "predet") and c.lower_ in lex.words_of("plural_determiner") for c in children):
        # "all parties", "six Gulf allies": a set named elsewhere; "several countries": none
        return collective_members(t, lambda a: KIND_TEST[kind](a, da), da, ds, exclude)
    if any(c.dep_ in MODIFIER_DEPS and (c.pos_ == "PROPN" or da.actor_at(c.i)) for c in children) \
            or any(da.actor_at(p.i) or p.pos_ == "PROPN" for p in pobjs(t, lex.words_of("partitive_of_prep"))):
        return None    # "the Gulf countries", "the Russian delegations", "the leaders of X": named
    if any(c.dep_ == "compound" and c.lower_ in lex.mappings.get("plural_descriptor", {}) for c in children):
        return None    # "the states parties to the treaty": a term of its own, no set named before
    size = _number(children, lex.mappings.get("number_word", {}))
    want = KIND_TEST[kind]
    collective = lex.words_of("armed_collective")
    armed = any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in collective for c in children)
    title = t.lemma_.lower() if t.lower_ in lex.words_of("titled_plural") else None

    def fits(a: str) -> bool:   # "the rebel groups": armed groups only, not "the Malian army and the UN"
        return want(a, da) and a not in exclude and (not armed or a in ds.armed) \
            and (title is None or _holds_title(a, title, ds))
    if kind == "party" and size in (None, 2):   # "the sides", "the parties": two or more; "both sides": two
        def side(a: str) -> bool:
            return fits(a) and a not in ds.mediators
        return ds.sides(t.i, fits, size) or paired(da, ds, side) or leaders_states(t, da, ds, side, size)
    got = ds.members(t.i, fits, size) or (last_pair(t, ds, fits, size, lambda: paired(da, ds, fits),
                                                    lambda a: person_state(a, da)) if size else [])
    if got or size != 2:
        return got
    # "the two leaders" with no pair named together near: the last pair set in relation, else
    # the two sides at war, if they fit
    return paired(da, ds, fits) or ds.sides(t.i, fits)


def paired(da: DocumentActors, ds: Discourse, fits: Callable[[str], bool]) -> list[str]:
    """The last pair the text set in relation (talks, accords, fighting, accusations:
    :attr:`Discourse.party_pairs`): the two states its members speak for (:func:`person_state`)
    if ``fits`` accepts them ("Pakistan's foreign ministry summoned the Indian envoy ... both
    sides" -> Pakistan, India), else the members ("During his meeting with Japanese Prime
    Minister Shinzo Abe, Putin said ... the two leaders" -> Putin, Abe); [] if there is none."""
    for a, b in reversed(ds.party_pairs):
        for x, y in ((person_state(a, da), person_state(b, da)), (a, b)):
            if x != y and fits(x) and fits(y):
                return [x, y]
    return []


def leaders_states(t: Token, da: DocumentActors, ds: Discourse, fits: Callable[[str], bool],
                   size: int | None) -> list[str]:
    """"Pakistan's Foreign Minister Qureshi and his Chinese counterpart Wang Yi discussed ... as the
    two sides signed five agreements": the states of the persons last named together
    (:func:`person_state`), one each, if ``fits`` accepts them; [] otherwise."""
    persons = ds.members(t.i, lambda a: is_person(a, da), size)
    states = list(dict.fromkeys(person_state(a, da) for a in persons))
    return states if len(states) == len(persons) >= 2 and all(fits(a) for a in states) else []


def person_state(a: str, da: DocumentActors) -> str:
    """The state ``a`` speaks for: a person's, the first state the text gives as the owner of a
    title of theirs ("Pakistan's Foreign Minister Qureshi"), else the knowledge base as the owner
    of a title (``roles.tsv``: "foreign minister") they still hold; not of a coarse affiliation
    ("government", "elite": the imported records keep Salva Kiir in Sudan's); a body's, its
    :func:`state_side`; else ``a`` itself."""
    if not is_person(a, da):
        return state_side(a, da)
    entry = da.protos[a].entry if a in da.protos else None
    owners = [r.affiliation for r in da.roles if r.person == a] + [
        f.get("actor") for f in (entry.affiliations if entry is not None else ())
        if not f.get("end") and (f.get("role") or "").lower() in da.kb.lexicon.roles]
    return next((o for o in owners if o and o in da.protos and is_state(o, da)), a)


def _holds_title(a: str, title: str, ds: Discourse) -> bool:
    """Whether the text or the knowledge base gives person ``a`` a title with ``title`` in it
    ("Foreign Minister" for "the two ministers")."""
    return any(title in (role or "").lower() for role, _ in ds.titles(a))


def _number(children: list[Token], words: dict[str, str]) -> int | None:
    """The number a description counts: "the *four* countries", "*both* sides"."""
    for c in children:
        n = words.get(c.lower_)
        if n is None and c.dep_ == "nummod" and c.text.isdigit():
            n = c.text
        if n is not None and c.dep_ in ("nummod", "det", "predet"):
            return int(n)
    return None


def armed_groups(da: DocumentActors) -> frozenset[str]:
    """The document's armed non-state groups: by knowledge-base kind (``armed_group_kind``) or named
    with an armed collective noun (``armed_collective``), as their last word, the noun they modify or
    beside them: "Shining Path rebels", "al-Shabaab militants", "the Seleka rebel coalition"."""
    words = da.kb.lexicon.words_of
    armed_kind, collective = words("armed_group_kind"), words("armed_collective")
    out = {a for a, p in da.protos.items() if (p.kind or "").lower() in armed_kind and da.type_of(a) == "Group"}
    for m in da.mentions:
        if m.actor in out or da.type_of(m.actor) != "Group":
            continue
        near = (m.span[-1].head, *m.span[-1].head.children) if m.span[-1].dep_ in MODIFIER_DEPS else ()   # "X rebel group"
        if any(w.lemma_.lower() in collective for w in (m.span[-1], *near)):
            out.add(m.actor)
    return frozenset(out)


def armed_collective(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"militants", "the rebels", "insurgents", "rebel" (attacks): the armed group they belong to
    when the text does not name it there: the last armed group named before, as a subject if
    one was (definite: none named before is none), or the article's one armed group
    (:func:`armed_groups`); ``None`` when it is not clear."""
    words = da.kb.lexicon.words_of
    if t.lemma_.lower() not in words("armed_collective") and t.lower_ not in words("armed_collective"):
        return None
    children = list(t.children)
    if any(c.dep_ in MODIFIER_DEPS and (da.actor_at(c.i) or c.pos_ == "PROPN" or c.dep_ == "poss") for c in children):
        return None    # "Yemeni rebels", "Hamas militants", "their militants": named by the modifier
    if any(c.dep_ == "amod" and c.lower_ in words("unidentified_modifier") for c in children):
        return None    # "suspected jihadists": not identified
    if any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in children):
        # "the rebels" points back: to an armed group named before, not to one the article names
        # only later ("talks with the left-wing rebels ... the much larger FARC insurgents")
        return ds.last_subject(t.i, lambda x: x in ds.armed)
    return next(iter(ds.armed)) if len(ds.armed) == 1 else None


def event_anaphor(t: Token, da: DocumentActors, ds: Discourse, *, fallback: bool = True) -> str | None:
    """"The attack", "this blast", "the incident": a definite event noun (``event_anaphor``)
    with no agent of its own refers to the last attack; the agent of that attack, or ``None``.
    Without ``fallback``, only the agent of the same noun named before with its agent ("an
    airstrike by Myanmar's army ... The airstrike on X"), not the last attacker of any kind.
    ``None`` when the attack it refers to left its author open ("Israeli jets attacked Rafah ...
    a suicide attack in Hebron killed five ... The latest attack"): no older attack's agent."""
    words = da.kb.lexicon.words_of
    if t.pos_ != "NOUN" or (t.lemma_.lower() not in words("event_anaphor") and t.lower_ not in words("event_anaphor")):
        return None
    children = list(t.children)
    if not any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in children):
        return None
    if _own_agents(t, da) or any(c.dep_ == "prep" and c.lower_ in words("agent_prep") for c in children):
        return None   # "the Israeli attack", "the attack by Hamas": its own agent
    fallback = fallback and not dated_event(t, da)   # "the Jan. 27 bombings": named by its date, not the last attack
    # "an airstrike by Myanmar's army ... The airstrike on X": the same noun named with its agent
    from .referents import author_open, latest_attack_open
    for u in reversed(t.doc[max(0, t.i - ANAPHOR_REACH):t.i]):
        if u.lemma_ == t.lemma_ and u.pos_ == "NOUN":
            agents = _own_agents(u, da) or [a for p in pobjs(u, words("agent_prep")) for a in [da.actor_at(p.i)]
                                                if a and da.type_of(a) != "Place"] or _light_verb_agents(u, da, ds) \
                or _claimed_by(u, da, ds) or _clause_agents(u, da, ds)
            if agents or author_open(u, da):
                return next(iter(agents), None)   # "a suicide attack in Hebron ... the latest attack": open
            if assault_noun(u, da) and unattributed(u, da):
                break     # an attack of its own whose author the rules do not read: no older one's
    if not fallback:
        return None
    kinds = {f.predicate for frames in da.kb.lexicon.nouns.values() for f in frames if f.lemma == t.lemma_.lower()}
    # "condemned the drills": the last to mobilise; "the attack", and a noun of no frame: the last attacker,
    # unless the last attack read left its author open ("a car bombing in Baquba ... the latest attack")
    return next((ds.agents[p] for p in sorted(kinds) if p != ASSAULT and p in ds.agents), None) \
        or (None if latest_attack_open(t, da, ds) else ds.attacker)


def _light_verb_agents(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"China ends military drills": the subject of the light or ending verb (``light_verb``,
    ``ending_verb``) ``u`` is the object of, when it names a state or group."""
    v = u.head
    words = da.kb.lexicon.words_of
    if u.dep_ not in ("dobj", "obj") or (v.lemma_.lower() not in words("light_verb")
                                         and v.lemma_.lower() not in words("ending_verb")):
        return []
    return [a for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for a in ds.actors_at(c.i) if is_party(a, da)]


def _clause_agents(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"killed three suspects during a raid": the subject of the clause of attack the noun is an adjunct of."""
    from .adjunct import attacking_clause_agents
    return attacking_clause_agents(u, da, ds)


def _claimed_by(u: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"The BLA claimed responsibility for the attacks": who claims the event ``u`` (:func:`claims.claimed_by`)."""
    from .claims import claimed_by
    return claimed_by(u, da, ds)


def _own_agents(t: Token, da: DocumentActors) -> list[str]:
    """The actors (not places) named by ``t``'s modifiers: "the *Israeli* attack", "*Hamas'* raid";
    not one before a target noun (``owned_target``) that also modifies ``t``: "Nigeria base
    attack" is an attack on a base in Nigeria, not Nigeria's."""
    targets = [x.i for x in t.children if x.dep_ == "compound"
               and x.lemma_.lower() in da.kb.lexicon.words_of("owned_target")]
    named = (da.actor_at(c.i) for c in t.children
             if c.dep_ in MODIFIER_DEPS and not any(c.i < x < t.i for x in targets))
    return [a for a in named if a and da.type_of(a) != "Place"]


def governed_state(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"the junta", "junta troops", "the regime": the state the text says it governs ("Mali's
    junta", "the Nigerien junta" anywhere in the article), else the state named most so far."""
    lemma = t.lemma_.lower()
    for m in ds.mentions:
        root = m.span.root
        if root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() == lemma and is_state(m.actor, da):
            return m.actor
    named = ds.salient(t.i, lambda x: is_state(x, da))
    return named[0] if named else None


def state_named_with(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"the government" after "the Sudanese government" or "the government of Sudan": the one
    state the text named before ``t`` as the owner of the same noun; ``None`` when it named
    none or several ("the Sudanese government ... the Chadian government")."""
    lemma = t.lemma_.lower()
    of = da.kb.lexicon.words_of("partitive_of_prep")
    found: set[str] = set()
    for m in ds.before(t.i):
        root = m.span.root
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ in of else root.head
        if (root.dep_ in MODIFIER_DEPS or head is not root.head) and head.i != t.i \
                and head.lemma_.lower() == lemma and is_state(m.actor, da):
            found.add(m.actor)
    return next(iter(found)) if len(found) == 1 else None


def unnamed_title_owner(t: Token, da: DocumentActors) -> str | None:
    """"China's Foreign Ministry spokesperson announced ... The spokesperson urged ...": the
    body an earlier unnamed holder of the same title spoke for (the actor of a modifier of
    that title noun, with no person named with it), the nearest before ``t``."""
    for u in reversed(t.doc[max(0, t.i - ANAPHOR_REACH):t.i]):
        if u.lower_ != t.lower_ or u.pos_ != "NOUN":
            continue
        # "China's Foreign Ministry spokesperson", "a spokesman for the Foreign Ministry"
        mods = [c for c in u.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "appos"] + pobjs(u, ("for", "of"))
        named = [a for c in mods for a in [da.actor_at(c.i)] if a]
        bodies = [a for a in named if da.type_of(a) != "Place"]
        if bodies and not any(is_person(a, da) for a in named) and da.actor_at(u.i) is None:
            return bodies[0]
    return None


def camp(a: str, da: DocumentActors) -> list[str]:
    """``a`` and the bodies it belongs to, nearest first: "Indian Army" -> Indian Army, Indian Armed
    Forces, India (the parent the text names it after, or its knowledge-base parent)."""
    out: list[str] = []
    cur: str | None = a
    while cur and cur not in out:
        out.append(cur)
        parents = [i.parent for i in da.institutions if i.group == cur]
        entry = da.kb.entries.get(cur)
        cur = parents[0] if parents else (entry.parent if entry is not None else None)
    return out


def state_side(a: str, da: DocumentActors) -> str:
    """The state ``a`` belongs to (itself if a state; the first state of its :func:`camp` among
    the document's actors), else ``a`` itself: "Myanmar's army" -> Myanmar."""
    for c in takewhile(lambda c: c in da.protos, camp(a, da)):
        if is_state(c, da):
            return c
    return a


def assault_noun(u: Token, da: DocumentActors) -> bool:
    """Whether ``u`` is a noun of an attack (an ``event_anaphor`` noun whose frame is ASSAULT)."""
    lemma = u.lemma_.lower()
    return u.pos_ == "NOUN" and lemma in da.kb.lexicon.words_of("event_anaphor") and any(
        f.predicate == ASSAULT for f in da.kb.lexicon.nouns.get(lemma, ()))


def armed_means(u: Token, da: DocumentActors) -> bool:
    """Whether noun ``u`` names what a side fights with: its forces (``force_noun``), a weapon
    (``weapon``: "jets", "artillery") or an attack ("airstrike")."""
    words = da.kb.lexicon.words_of
    return u.pos_ == "NOUN" and (u.lemma_.lower() in words("force_noun") or u.lower_ in words("weapon")
                                 or assault_noun(u, da))


def attack_verb(u: Token, da: DocumentActors) -> bool:
    """Whether ``u`` is a verb of attack by itself (a bare ASSAULT frame: "attacked", "shelled"), not negated."""
    return u.pos_ == "VERB" and not is_negated(u) and any(
        f.predicate == ASSAULT and not f.parts and not f.before and not (f.inverse or f.place_object or f.negated)
        for f in da.kb.lexicon.verbs.get(u.lemma_.lower(), ()))


def attack_agents(t: Token, da: DocumentActors, ds: Discourse) -> list[tuple[int, str | None]]:
    """The agents (no places) the text names before ``t`` for an attack, whatever its target: of
    the attack nouns ("an airstrike by Myanmar's army", "the Israeli raid") and of the verbs of
    attack ("Taliban fighters attacked a convoy", "was shelled by the army"), with their positions;
    ``None`` for an attack noun whose author the text leaves open ("a car bombing in Baquba")."""
    words = da.kb.lexicon.words_of
    out: list[tuple[int, str]] = []
    for u in t.doc[:t.i]:
        if assault_noun(u, da):
            got = _own_agents(u, da) + [a for p in pobjs(u, words("agent_prep")) for a in ds.actors_at(p.i)] \
                + _light_verb_agents(u, da, ds) + _clause_agents(u, da, ds)
            out += [(u.i, a) for a in got] or ([(u.i, None)] if unattributed(u, da) and happened(u, da) else [])
        elif attack_verb(u, da):
            heads = [c for c in u.children if c.dep_ == "nsubj"]
            heads += agent_pobjs(u)
            out += [(u.i, a) for h in heads for x in (h, *(c for c in h.children if c.dep_ in MODIFIER_DEPS))
                    for a in ds.actors_at(x.i)]
    return [(i, a) for i, a in out if a is None or da.type_of(a) != "Place"]


def happened(u: Token, da: DocumentActors) -> bool:
    """Whether attack noun ``u`` reports an attack that took place (asserted), not one planned,
    feared or threatened ("alleging the men were planning to mount an attack"): only one that
    happened leaves its author open."""
    from .modality import modality
    return modality(u, da.kb.lexicon.words_of) == "asserted"


def unattributed(u: Token, da: DocumentActors) -> bool:
    """Whether attack noun ``u``, named with no agent, reports an attack of its own whose author
    the text leaves open: indefinite ("a car bombing"), or naming where it struck ("the deadly
    attack in Pahalgam", "the Pahalgam attack"); not a bare definite "the attack" that refers back."""
    words = da.kb.lexicon.words_of
    if not any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in u.children):
        return True
    return any(da.actor_at(c.i) for c in u.children if c.dep_ in MODIFIER_DEPS) \
        or any(da.actor_at(p.i) for c in u.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")


def sole_attacker(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The agent of a definite attack noun with no agent of its own ("The attack took place near
    Kunduz", "the airstrike on X"), when the text so far has seen one side attacking (the agents
    of the attacks read, :attr:`Discourse.assaults`, of the attack nouns and verbs named with their
    agent: "Taliban fighters attacked a convoy"): the latest named of them. ``None`` when two or
    more sides attacked, an earlier attack's author is left open ("a car bombing in Baquba"), or
    the agent is not named before ``t`` ("Militants attacked ..." read as a group named later)."""
    words = da.kb.lexicon.words_of
    if not assault_noun(t, da):
        return None
    children = list(t.children)
    if not any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in children) \
            or _own_agents(t, da) or any(c.dep_ == "prep" and c.lower_ in words("agent_prep") for c in children) \
            or dated_event(t, da):
        return None
    return sole_attacking_side(t, da, ds)


def dated_event(t: Token, da: DocumentActors) -> bool:
    """Whether event noun ``t`` carries its own date before it ("the April 22 terror attack in
    Pahalgam", "the weekend drone attack", "the Jan. 27 twin bombings"): a definite noun that
    names one event by its date introduces it, it does not point back to the last attack read
    (its date words are entities of a ``dated_entity`` label; a determiner does not count)."""
    labels = da.kb.lexicon.words_of("dated_entity")
    return any(x.ent_type_.lower() in labels and x.dep_ != "det" for c in t.lefts for x in c.subtree)


def sole_attacking_side(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The latest named agent of the attacks the text reports before token ``t`` when all are one
    side's and each names its author, that agent named before ``t``; else ``None`` (:func:`sole_attacker`)."""
    named = [a for _, a in sorted(attack_agents(t, da, ds), key=lambda x: x[0])]
    read = [a for a, _ in ds.assaults if da.type_of(a) != "Place"]
    if None in named or len({state_side(a, da) for a in named + read if a}) != 1:
        return None
    agent = named[-1] if named else read[-1]
    # named before: not an armed group the article names only later ("Militants attacked ...")
    return agent if any(m.actor == agent for m in ds.before(t.i)) else None


def _country(a: str, da: DocumentActors) -> str | None:
    """The state ``a`` is, lies in (a place's country) or belongs to; ``None`` if not known."""
    if da.type_of(a) == "Place" and not is_state(a, da):
        return da.protos[a].country if a in da.protos else None
    side = state_side(a, da)
    return side if is_state(side, da) else None


def known_front(agent: str, target: str, da: DocumentActors, ds: Discourse) -> bool:
    """Whether ``target`` may be where ``agent``'s side was seen attacking: not in a state other than
    those of all its earlier targets ("the US struck Iran ... the drone attack in Saudi Arabia" is
    another's); one of them, or a place whose state is not known, may be."""
    side = state_side(agent, da)
    earlier = [o for a, o in ds.assaults if state_side(a, da) == side]
    country = _country(target, da)
    countries = {c for o in earlier for c in [_country(o, da)] if c}
    return target in earlier or country is None or not countries or country in countries


def own_ground(agent: str, target: str, da: DocumentActors) -> bool:
    """Whether ``target`` is on ``agent``'s own side: the same state or body, or a place in the
    agent's state (by the place's country): an attack there is not the agent's."""
    side = state_side(agent, da)
    return state_side(target, da) == side or (da.protos[target].country if target in da.protos else None) == side
