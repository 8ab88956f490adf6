"""Nominal rules: events named by a noun, alliances, and the sides an accord names.

* :func:`nominal_event` — "Israel's assault on X", "Israeli airstrikes", "a Hamas
  rocket", "talks between X and Y", "X came under fire", "the rampage in which
  1,200 Israelis were killed";
* :func:`alliance` — "Turkey, Azerbaijan's closest ally" -> COOPERATE;
* :func:`truce_sides` — "a ceasefire between Israel and Hezbollah": the sides at
  war, for the discourse state (not a relation).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.names import first_conjunct
from ..ontology import Frame
from ..predicates import ASSAULT, CONSULT, COOPERATE, THREATEN
from .adjunct import answered_attack, attacking_clause_agents
from .anaphora import event_anaphor, is_party, is_person, known_front, own_ground, sole_attacker
from .arguments import actors, modifier_actors, pobj_actors
from .claims import claimed_attack
from .discourse import Discourse
from .found import Found, all_pairs, cameo
from .frames import event_targets, match_noun, noun_index
from .grammar import MODIFIER_DEPS, PASS_SUBJ_DEPS, SUBJ_DEPS, agent_pobjs, pobjs
from .index import GERUND_NP_DEPS, TokenIndex
from .offices import in_charge_of
from .subjects import subjects
from .targets import inner_target_areas, is_target_area, is_water, target_areas
from .threat import answering_fire, retaliation_targets, vowed_noun
from .venue import authored_places, venue_places

if TYPE_CHECKING:
    from ..actors import DocumentActors

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass"})


def is_event_nominal(n: Token) -> bool:
    """Whether ``n`` can name an event as a noun: a noun, or a gerund used as a noun
    phrase with no subject, object or auxiliary of its own ("Fighting between the Arakan
    Army and the military has killed dozens"; not "fighting the army", a clause)."""
    if n.pos_ in _NOUN_POS:
        return True
    return (n.tag_ == "VBG" and n.dep_ in GERUND_NP_DEPS
            and not any(c.dep_ in _CLAUSE_DEPS for c in n.children))


def nominal_event(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """Event nouns with their agent and object: "its assault on the city", "Israeli airstrikes"."""
    nouns = noun_index(da.kb.lexicon)
    confidence = da.kb.confidence("nominal_event")
    for n in index.tokens(sent, "nominal_event"):
        if not is_event_nominal(n) or da.actor_at(n.i) or in_charge_of(n, da):
            continue   # (not "who commanded Hezbollah operations in X": an office's charge, no event)
        frames = nouns.get(n.lemma_.lower()) or nouns.get(n.lower_)
        if not frames or accord_compound(n, da):
            continue
        frame, objects = match_noun(n, frames, da, ds)
        if frame is None or frame.predicate is None:
            continue
        objects = event_objects(n, frame, objects, da, ds)
        pairs = symmetric_pairs(n, frame, objects, da, ds) if is_symmetric_noun(n, da) else None
        if pairs is None:
            agents = noun_agents(n, da, ds)
            if not agents and objects and (occurrence_places(n, da, ds) or authored_places(n, da, ds)):
                # "a raid by Thai troops ... The raid took place in Pakaruesong", "... The airstrike
                # was carried out in Nad-e-Ali district": a definite event noun with no agent, said to
                # have happened somewhere, is the same noun named before with its agent
                agents = [a for a in (event_anaphor(n, da, ds, fallback=False),) if a]
            if not objects and frame.predicate == ASSAULT:
                objects = answering_fire(n, agents, da, ds)   # "Israel responded with artillery fire"
                if not objects:
                    yield from claimed_attack(n, agents, da, ds)   # "X claimed responsibility for the attack"
            pairs = [(s, o) for s in agents for o in objects]
            yield from _joint_agents(n, frame, agents, da)
            if not agents and objects and frame.predicate == ASSAULT:
                yield from _sole_attacker_events(n, objects, da, ds)
        mode = "demanded" if demanded_noun(n, da) else "hypothetical" if discussed_topic(n, frame, da) else None
        for s, o in pairs:
            if s != o:
                yield Found(s, frame.predicate, o, n, "nominal_event", confidence, cameo=frame.cameo, modality=mode)
        yield from _vowed_event(n, frame, objects, da, ds)


def accord_compound(n: Token, da: DocumentActors) -> bool:
    """"announced a cease-fire": the event noun is only the last part of a hyphenated word
    the lexicon lists as an accord (``truce_noun``), not the event it names alone ("fire")."""
    if n.i < 2:
        return False
    hyphen, first = n.doc[n.i - 1], n.doc[n.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
        return False
    word = f"{first.lower_}-{n.lower_}"
    truce = da.kb.lexicon.words_of("truce_noun")
    return word in truce or word.replace("-", "") in truce


def _sole_attacker_events(n: Token, objects: list[str], da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Taliban fighters attacked a convoy ... The attack took place near Kunduz", "the attack on
    X": a definite attack noun with no agent is the one side that has attacked in the text so far
    (:func:`~kg.relations.anaphora.sole_attacker`), against its targets not on its own ground."""
    agent = sole_attacker(n, da, ds)
    if agent is None:
        return
    for o in objects:
        if o != agent and not own_ground(agent, o, da) and known_front(agent, o, da, ds) and _direct_object(n, o, da):
            yield Found(agent, ASSAULT, o, n, "nominal_event.anaphor", da.kb.confidence("nominal_event.anaphor"),
                        cameo=cameo(da.kb, ASSAULT))


def _direct_object(n: Token, o: str, da: DocumentActors) -> bool:
    """Whether ``o`` is named in ``n``'s sentence as the event noun's own object or place ("the
    attack on X", "the X attack", "took place near X"): a modifier of ``n``, or the object of a
    preposition of ``n`` or of the verb it is the subject of; not a wider area named inside that
    phrase ("near Tintaypunco in the province of Huancavelica", "the headquarters in Balkh province")."""
    heads = {n.i} | ({n.head.i} if n.dep_ in SUBJ_DEPS else set())
    for t in n.sent:
        if da.actor_at(t.i) != o:
            continue
        while t.dep_ in MODIFIER_DEPS and t.head.i != t.i and t.head.i not in heads:
            t = t.head
        if t.head.i in heads or (t.dep_ == "pobj" and t.head.head.i in heads):
            return True
    return False


def _vowed_event(n: Token, frame: Frame, objects: list[str], da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Assad vowed retaliation against any future Israeli airstrikes": the vow of a hostile
    event threatens its target, or whom the retaliation answers (GUIDELINES, convention 3)."""
    vow = vowed_noun(n, frame, da)
    if vow is None:
        return
    targets = objects or retaliation_targets(n, da, ds)
    for s in subjects(vow, da, ds):
        for o in targets:
            if s != o:
                yield Found(s, THREATEN, o, vow, "nominal_event.threat", da.kb.confidence("clause.threat"),
                            cameo=cameo(da.kb, THREATEN), modality="asserted")


def demanded_noun(n: Token, da: DocumentActors) -> bool:
    """Whether the event noun ``n`` is what a demand asks for: "called for the release of",
    "urged talks with", "demanded a withdrawal from" (an ``event_demand_verb``, its object or
    the object of its "for"): the event is demanded, not asserted ("ordered sanctions" is
    an order carried out)."""
    n = first_conjunct(n)
    head = n.head
    if n.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in da.kb.lexicon.words_of("demand_prep"):
        head = head.head
    elif n.dep_ not in ("dobj", "obj"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in da.kb.lexicon.words_of("event_demand_verb")


def discussed_topic(n: Token, frame: Frame, da: DocumentActors) -> bool:
    """Whether the event noun ``n`` of a ``topic_event_predicate`` frame is only what was
    talked about: the object of a ``topic_head`` verb ("discussed cooperation between Moscow and
    Minsk") or of a ``topic_prep`` on a ``discussion_noun`` ("exchanged views on cooperation
    among the three countries"): a topic, not cooperation done."""
    words = da.kb.lexicon.words_of
    if frame.predicate.lower() not in words("topic_event_predicate"):
        return False
    n = first_conjunct(n)
    head = n.head
    if n.dep_ in ("dobj", "obj"):
        return head.lemma_.lower() in words("topic_head")
    if n.dep_ != "pobj" or head.lower_ not in words("topic_prep"):
        return False
    return head.head.lemma_.lower() in words("discussion_noun") | words("topic_head")


def is_symmetric_noun(n: Token, da: DocumentActors) -> bool:
    """Whether ``n`` names an event its parties do to each other: "talks", "war", "clashes"
    (``symmetric_noun``)."""
    symmetric = da.kb.lexicon.words_of("symmetric_noun")
    return n.lemma_.lower() in symmetric or n.lower_ in symmetric


def symmetric_pairs(n: Token, frame: Frame, objects: list[str], da: DocumentActors,
                    ds: Discourse) -> list[tuple[str, str]] | None:
    """The pairs a symmetric event noun relates, or ``None`` to read it as a directed one.

    Its parties are named "between X and Y", "of X and Y" ("the meeting of Aliyev and
    Sargsyan"), or by two modifiers ("the Israel-Hamas war", "Russia-Ukraine talks");
    else, with no object of its own, by the plural subject of the verb it stands with
    ("Oman, Iran and the U.S. commenced a process of dialogue") when that verb is a
    light verb: "X and Y met amid the war" says nothing of who fights whom, nor "X and Y
    signed a deal in talks" who talked.
    """
    words = da.kb.lexicon.words_of
    named = pobj_actors(n, words("parties_prep"), da, ds)
    if len(named) < 2:
        named = pobj_actors(n, words("parties_of_prep"), da, ds)
    if len(named) < 2:
        named = [a for a in pair_modifiers(n, da, ds) if da.type_of(a) != "Place"]
    if len(named) < 2 and n.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and n.head.pos_ in ("VERB", "AUX"):
        # "Clashes broke out between Turkish forces and the PKK": the parties' phrase hung on the verb
        named = pobj_actors(n.head, words("parties_prep"), da, ds)
    if len(named) >= 2:
        return all_pairs(named)
    if len(pobj_actors(n, words("parties_prep"), da, ds)) == 1 and len(pobjs(n, words("parties_prep"))) == 1:
        # "a conversation between two Gaza residents": the parties are those it names, of whom
        # one actor only, no one else's talks with it
        return []
    if objects:
        return None
    subjects, light = light_verb_subjects(n, da, ds)
    return all_pairs(subjects) if light and len(subjects) >= 2 else None


def pair_modifiers(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors of ``n``'s modifiers, each preceded by the one hyphen-joined to it:
    "the Israel-Hamas war" -> Israel, Hamas (the parser hangs "Israel" on "Hamas")."""
    out: list[str] = []
    for c in n.children:
        if c.dep_ in MODIFIER_DEPS and c.i < n.i and da.actor_at(c.i):
            out += [da.actor_at(g.i) for g in c.children if g.i < c.i and da.actor_at(g.i)
                    and any(h.text == "-" for h in n.doc[g.i + 1:c.i])]
    return list(dict.fromkeys(out + modifier_actors(n, da, ds)))


def event_objects(n: Token, frame: Frame, objects: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """What an event noun is aimed at: its frame's objects, the places modifying it
    ("the Gaza offensive"), the subject of "came under", the victims of a relative
    clause, or the area of its target ("strikes on refineries in Volgograd")."""
    words = da.kb.lexicon.words_of
    places = [a for a in modifier_actors(n, da, ds) if da.type_of(a) == "Place"]
    objects = objects + [p for p in places if p not in objects]
    under = came_under(n, da, ds)
    objects += [o for o in under if o not in objects]
    objects += [o for o in occurrence_places(n, da, ds) + venue_places(n, da, ds) if o not in objects]
    if not objects:
        objects = relative_victims(n, da, ds)
    if frame.predicate.lower() in words("area_target_predicate") and frame.objprep:
        # "drone strikes on oil refineries in Volgograd": the area of the target; beside the
        # group whose sites they are ("airstrikes against Houthi sites inside Yemen")
        targets = event_targets(n, frame, da)
        if not objects:
            objects = list(dict.fromkeys(a for t in targets for a in pobj_actors(t, words("target_area_prep"), da, ds)
                                         if da.type_of(a) == "Place" and is_target_area(a, da))) \
                or [a for a in inner_target_areas(targets, da, ds) if da.type_of(a) == "Place"]
        elif not any(da.type_of(o) == "Place" for o in objects):
            objects = objects + [a for a in target_areas(targets, da, ds) if a not in objects]
    if frame.predicate == ASSAULT:
        objects = [o for o in objects if not is_water(o, da)]   # "attacks on a ship in the Red Sea"
    return objects


def noun_agents(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """Who carries out the event a noun names."""
    words = da.kb.lexicon.words_of
    mods = [a for a in modifier_actors(n, da, ds) if da.type_of(a) != "Place"]
    if mods:
        return mods
    by = pobj_actors(n, words("agent_prep"), da, ds, "subj")   # the agent: "by militants from Afghanistan"
    if by:
        return by   # "an attack by Hamas", "fire from Russian forces"
    claimed = authorship_agents(n, da, ds)
    if claimed:
        return claimed   # "an attack claimed by the RDL", "the raid carried out by Israeli forces"
    first = n.conjuncts[0] if n.conjuncts and n.conjuncts[0].i < n.i else None
    if first is not None:
        got = [a for a in modifier_actors(first, da, ds) if da.type_of(a) != "Place"]
        if got:
            return got
    # "Thai forces killed three insurgents during a raid in Pattani": the clause of attack's subject
    return light_verb_subjects(n, da, ds)[0] or attacking_clause_agents(n, da, ds)


def authorship_agents(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The "by" agent of a participle of authorship on event noun ``n`` ("a rebel attack on Adre
    *claimed by the RDL*", "a raid *carried out by* Israeli forces", "an attack *that the Taliban
    staged*"), or of the passive verb whose
    subject ``n`` is ("The attack was claimed by the Hafiz Gul Bahadur Group"); ``authorship_participle``."""
    authorship = da.kb.lexicon.words_of("authorship_participle")
    verbs = [c for c in n.children if c.dep_ in ("acl", "relcl")]
    if n.dep_ in PASS_SUBJ_DEPS:
        verbs.append(n.head)
    out: list[str] = []
    for v in verbs:
        if v.lemma_.lower() in authorship or v.lower_ in authorship:
            # "an attack staged by the Taliban", "an attack that the Taliban staged" (a relative clause's subject)
            by = agent_pobjs(v)
            by += [c for c in v.children if c.dep_ == "nsubj"] if v.dep_ == "relcl" else []
            out += [a for p in by for a in actors(p, "subj", da, ds) if a not in out and da.type_of(a) != "Place"]
    return out


def occurrence_places(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"The raid took place before dusk in Pakaruesong", "The bombing occurred in Kunar province":
    the places where the event noun, subject of a verb of occurrence (``occurrence_verb``, "take
    place"), happened (its ``occurrence_prep`` phrases)."""
    words = da.kb.lexicon.words_of
    v = n.head
    if n.dep_ not in SUBJ_DEPS or v.pos_ != "VERB":
        return []
    lemma = v.lemma_.lower()
    said = {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in v.children if c.dep_ in ("dobj", "obj")}
    if said.isdisjoint(words("occurrence_verb")):
        return []
    return [a for a in pobj_actors(v, words("occurrence_prep"), da, ds) if da.type_of(a) in ("Place", "State")]


def _joint_agents(n: Token, frame: Frame, agents: list[str], da: DocumentActors) -> Iterator[Found]:
    """COOPERATE between the agents of a military event noun marked as shared (``joint_modifier``):
    "the Iraqi military and the Peshmerga launched a joint operation against ISIS", "they held joint
    military drills" (every pair, the first named as subject; GUIDELINES: "joint strategy" -> COOPERATE)."""
    words = da.kb.lexicon.words_of
    if frame.predicate.lower() not in words("joint_event_predicate") or len(agents) < 2 or \
            not any(c.dep_ == "amod" and c.lower_ in words("joint_modifier") for c in n.children):
        return
    parties = [a for a in agents if da.type_of(a) != "Place"]
    for s, o in all_pairs(parties):
        yield Found(s, COOPERATE, o, n, "nominal_event.joint", da.kb.confidence("nominal_event.joint"),
                    cameo=cameo(da.kb, COOPERATE))


def light_verb_subjects(n: Token, da: DocumentActors, ds: Discourse) -> tuple[list[str], bool]:
    """A light verb's subject: "Russia launched an assault", "arrived ... for talks with",
    "held six hours of talks with Putin" (``quantity_prep``), "commenced a process of
    dialogue and negotiations" (a conjunct's first), "claimed responsibility for the
    attack" (``authorship_noun`` with an ``authorship_verb``); and whether the verb is a
    light verb (``light_verb``) rather than any verb the noun's preposition hangs on."""
    words = da.kb.lexicon.words_of
    while n.dep_ == "conj" and n.head.i < n.i and n.head.pos_ in _NOUN_POS:
        n = n.head
    head = n.head
    if n.dep_ == "pobj" and head.lower_ in words("adjunct_event_prep") and (
            pobjs(n, words("parties_prep")) or
            any(f.predicate == ASSAULT for f in noun_index(da.kb.lexicon).get(n.lemma_.lower(), ()))):
        # "During the Tigray war, the Fano was ...", "Following a meeting between A and B, C said":
        # the event dates the clause, its subject is no party to it ("after talks with X, Y said" is)
        return [], False
    if n.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if n.head.lower_ in words("under_prep") and head.lemma_.lower() in words("under_verb"):
            return [], False   # "the NATO convoy came under attack": the subject is the target
    if demanded_noun(n, da) and not _partner_event(n, da):
        return [], False   # "called for the release of X": the caller asks, someone else releases
    authorship = False
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj") and n.dep_ == "pobj" \
            and (n.head.lower_ in words("quantity_prep") or head.lemma_.lower() in words("authorship_noun")):
        # "held six hours of talks with Putin", "claimed responsibility for the attack"
        authorship = head.lemma_.lower() in words("authorship_noun")
        n, head = head, head.head
        if n.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
    light = head.lemma_.lower() in words("authorship_verb" if authorship else "light_verb") and not (
        n.dep_ == "pobj" and n.head.lower_ in words("no_agent_prep")
        and any(c.dep_ == "dobj" for c in head.children))   # "lodged a complaint over drills"
    # "arrived in Cairo for talks with": any verb; "warned of attacks", "met during the war": no agent;
    # "said after talks with Vucic", "during a phone call with Katz, Wang said": the speaker's own talks
    through = n.dep_ == "pobj" and (n.head.lower_ not in words("no_agent_prep") or _talks_with(n, head, da)) \
        and not _victims_verb(head, da) and not _reported_attack(n, head, da) and not answered_attack(n, head, da)
    if n.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and (light or through):
        return [a for a in subjects(head, da, ds) if da.type_of(a) != "Place"], light
    return [], False


def _reported_attack(n: Token, verb: Token, da: DocumentActors) -> bool:
    """"In the roadside bombings in Kandahar, the Interior Ministry said ...": the subject of a
    ``report_verb`` reports an attack its adjunct names, it does not carry it out."""
    return verb.lemma_.lower() in da.kb.lexicon.words_of("report_verb") and any(
        f.predicate == ASSAULT for f in noun_index(da.kb.lexicon).get(n.lemma_.lower(), ()))


def _talks_with(n: Token, verb: Token, da: DocumentActors) -> bool:
    """Whether event noun ``n`` is talks (a CONSULT frame) with a partner it names after its
    ``party_with_prep`` ("talks *with* Vucic"): in an adjunct of time of a ``verb`` that says
    what happened ("after talks with X, Y said") the clause's subject is the other party; not
    of a verb a modal makes a guess ("Seoul may bet on ... during a meeting with Lee")."""
    words = da.kb.lexicon.words_of
    frames = noun_index(da.kb.lexicon).get(n.lemma_.lower(), ())
    return any(f.predicate == CONSULT for f in frames) and any(
        da.actor_at(o.i) for o in pobjs(n, words("party_with_prep"))) and not any(
        c.dep_ == "aux" and c.lower_ in words("hypothetical") for c in verb.children)


def _partner_event(n: Token, da: DocumentActors) -> bool:
    """Whether event noun ``n`` is one its asker would take part in: "called for talks with X",
    "urged cooperation with X" (a frame predicate in ``request_partner_predicate``)."""
    partner = da.kb.lexicon.words_of("request_partner_predicate")
    frames = noun_index(da.kb.lexicon).get(n.lemma_.lower(), ())
    return any(f.predicate and f.predicate.lower() in partner for f in frames)


def _victims_verb(v: Token, da: DocumentActors) -> bool:
    """"(Pakistan says) seven soldiers killed in attack on ...": a passive verb of harm the
    event noun hangs on; its subject (or the noun it is on) is the victim, not the attacker;
    so is a verb of dying's (``victim_verb``: "five Taliban fighters died in an airstrike")."""
    if v.lemma_.lower() in da.kb.lexicon.words_of("victim_verb"):
        return True
    passive = v.tag_ == "VBN" and (v.dep_ == "acl" or any(c.dep_ in PASS_SUBJ_DEPS for c in v.children))
    return passive and any(f.predicate == ASSAULT for f in da.kb.lexicon.verbs.get(v.lemma_.lower(), ()))


def came_under(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"Khan Younis came under Israeli shelling": the subject is the event's object."""
    words = da.kb.lexicon.words_of
    t = n
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in words("under_prep") and t.head.head.lemma_.lower() in words("under_verb"):
        verb = t.head.head
        return [a for c in verb.children if c.dep_ in SUBJ_DEPS for a in actors(c, "obj", da, ds)]
    return []


def relative_victims(n: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"the rampage in which 1,200 Israelis were killed": the victims of a passive clause on the event."""
    verbs = da.kb.lexicon.verbs
    out: list[str] = []
    for c in n.children:
        if c.dep_ != "relcl":
            continue
        frames = verbs.get(c.lemma_.lower()) or []
        if not any(f.predicate == ASSAULT and not f.parts and not f.before for f in frames):
            continue
        for p in c.children:
            if p.dep_ in PASS_SUBJ_DEPS:
                out += [a for a in actors(p, "obj", da, ds) if a not in out]
    return out


def alliance(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Turkey, Azerbaijan's closest ally" / "Turkey is an ally of Azerbaijan" -> Turkey
    COOPERATE Azerbaijan; "Cuba's closest ally, Venezuela" / "its ally Hamas" -> the owner
    first (Cuba COOPERATE Venezuela): the one named first is the subject."""
    kb = da.kb
    ally = kb.lexicon.words_of("ally_noun")
    for n in index.tokens(sent, "alliance"):
        if n.lemma_.lower() not in ally and n.lower_ not in ally:
            continue
        owners = [a for a in modifier_actors(n, da, ds) if da.type_of(a) != "Place"]
        members = []
        if n.dep_ == "appos":
            members = _described_party(n, da) or actors(n.head, "subj", da, ds)
        if n.dep_ == "attr":
            # "the Fano was a crucial ally of the ENDF", "Venezuela is Cuba's closest ally"
            members = subjects(n.head, da, ds)
        if n.dep_ in ("attr", "appos"):
            # "Iran, a close ally of Syria": the one the noun describes is the ally of its "of" object
            owners += [a for a in pobj_actors(n, kb.lexicon.words_of("ally_of_prep"), da, ds) if a not in owners]
        before = len(members)   # members named before the owner's modifier; its appositions after it
        members += [da.actor_at(t.i) for c in n.children if c.dep_ == "appos"
                    for t in (c, *c.conjuncts) if da.actor_at(t.i)]   # "its allies China and Russia"
        for k, m in enumerate(members):
            for o in owners:
                if m and m != o:
                    # an alliance is symmetric: the one named first is the subject (GUIDELINES,
                    # convention 11): "Turkey, Azerbaijan's ally" / "Cuba's closest ally, Venezuela"
                    s, obj = (m, o) if k < before else (o, m)
                    yield Found(s, COOPERATE, obj, n, "alliance", kb.confidence("alliance"), cameo=cameo(kb, COOPERATE))


def _described_party(n: Token, da: DocumentActors) -> list[str]:
    """"Foreign Minister Mottaki of Iran, a close ally of both countries": an ally noun in apposition
    to a person describes the state or group named last before its comma (the parser hangs the
    apposition on the person; allies are states and groups); [] for any other apposition."""
    comma = n.left_edge.i - 1
    if comma < 1 or n.doc[comma].text != "," or not is_person(da.actor_at(n.head.i) or "", da):
        return []
    last = n.doc[comma - 1]
    party = da.actor_at(last.i)
    return [party] if party and is_party(party, da) and n.head.left_edge.i <= last.i else []


def truce_sides(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> tuple[str, str] | None:
    """"a ceasefire between Israel and Hezbollah": the sides the sentence's last accord
    between two or more parties names (the first two), or ``None``."""
    words = da.kb.lexicon.words_of
    truce, parties = words("truce_noun"), words("parties_prep")
    sides = None
    for t in index.tokens(sent, "truce"):
        if t.lemma_.lower() in truce:
            named = pobj_actors(t, parties, da, ds)
            if len(named) >= 2:
                sides = (named[0], named[1])
    return sides
