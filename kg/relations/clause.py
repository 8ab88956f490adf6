"""Clause rules: a verb with its frame, its subjects and its objects.

* :func:`clause` — active, passive and inverse clauses ("Israel struck X", "X was
  struck by Y", "X came under Y's fire"), prepositional objects ("met with X"),
  symmetric and mutual subjects ("Armenia and Azerbaijan signed a deal"), the
  object of a demand or threat in its complement ("urged Israel to ...",
  "threatened attacks on X"), the area struck ("struck targets in Gaza"),
  mediation ("brokered a truce between X and Y", or the sides at war), and the
  rejection a refusal states ("refused to negotiate with the M23"), reciprocal objects
  ("both sides accused each other": both ways), and whom a counter-attack with no object
  answers ("X fired on Y ... Y returned fire": the earlier attacker).
* :func:`displacement_order` — "Israel told civilians to leave X" -> COERCE X.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..ontology import Frame
from ..predicates import ASSAULT, COERCE, CONSULT, MEDIATE, REJECT, THREATEN
from .anaphora import (
    event_anaphor,
    is_media,
    is_party,
    is_state,
    known_front,
    own_ground,
    side_of,
    sole_attacking_side,
    state_side,
)
from .arguments import actors, modifier_actors, pobj_actors
from .discourse import Discourse
from .expulsion import departure_deadline
from .found import BetweenSides, Found, all_pairs, cameo
from .frames import match_verb, names_people, noun_index
from .grammar import (
    LOCATIVE_RELATIVE,
    OBJ_DEPS,
    PASS_SUBJ_DEPS,
    RELATIVE_TAGS,
    SUBJ_DEPS,
    agent_pobjs,
    is_attributive_participle,
    is_hyphen_participle,
    is_negated,
    pobjs,
)
from .hosting import hosted_parties, others_between
from .index import TokenIndex
from .mediation import mediated_parties, open_parties
from .mutual import joint_attack, one_sided_attack, reciprocal_object
from .nominal import authorship_agents, is_symmetric_noun, noun_agents
from .protests import diplomatic_protest
from .referents import beside_insurgents
from .sideless import names_no_side
from .subjects import subjects as subjects_of
from .targets import inner_target_areas, is_target_area, is_water, repels_attack, target_areas
from .threat import answered_attack, retaliation_targets, threat_head
from .votes import voted_body

if TYPE_CHECKING:
    from ..actors import DocumentActors

_VERB_POS = frozenset({"VERB", "AUX"})
_COMPLEMENT = frozenset({"xcomp", "ccomp"})
_PAST_TAGS = frozenset({"VBD", "VBN"})   # a verb told in the past: reported, not ordered
_TENSE_AUX = frozenset({"be", "have"})   # "is", "has": indicative in the third person
_PARTICIPLE_DEPS = frozenset({"acl", "amod"})


def clause(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found | BetweenSides]:
    """Subject-verb-object with the verb's frame: active, passive, prepositional objects."""
    verbs = da.kb.lexicon.verbs
    for v in index.tokens(sent, "clause"):
        if v.pos_ not in _VERB_POS and not (v.pos_ == "NOUN" and v.dep_ == "ROOT"):
            continue
        frames = verb_frames(v, verbs)
        if not frames or is_hyphen_participle(v) or is_attributive_participle(v):
            continue
        frame, objects = match_verb(v, frames, da, ds)
        if frame is None or frame.predicate is None or departure_deadline(v, frame, da):
            continue
        yield from _framed_clause(v, frame, objects, da, ds)


def verb_frames(v: Token, verbs) -> tuple[Frame, ...] | None:
    """The frames of verb ``v``: its lemma's, or those of the word as written. A PETRARCH
    dictionary lists forms (its ``LEFT`` block is not its ``LEAVE`` block): a verb written
    in a form it lists as a verb of its own takes that form's frames (``nested_object``
    frames, read from such a dictionary, whose lemma is that form; the forms
    :func:`kg.ontology_extra.regular_forms` adds under a verb's frames only stand in for
    a lemma the parser gets wrong)."""
    low, lemma = v.lower_, v.lemma_.lower()
    if low != lemma:
        written = verbs.get(low)
        if written and written[0].nested_object and written[0].lemma == low:
            return written
    # a regular form of a dictionary's verb when the parser's lemma is none ("cordoned": "cordone")
    return verbs.get(lemma) or verbs.get(low)


def _answered_or_hosted(v: Token, frame: Frame, subjects: list[str], objects: list[str], rule: str,
                        da: DocumentActors, ds: Discourse) -> tuple[Frame, list[str], str]:
    """An active clause's frame, objects and rule once two readings are applied: a counter-attack
    with no object answers the last attack on its side ("The South Korean ships returned fire"),
    and a host of others' talks mediates them ("Egypt hosted talks between Israel and Hamas")."""
    if frame.predicate == ASSAULT and not objects and (answered := answered_attack(v, subjects, da, ds)):
        objects, rule = answered, "clause.counterattack"
    if hosted := hosted_parties(v, da, ds):
        frame, objects = replace(frame, predicate=MEDIATE, cameo=cameo(da.kb, MEDIATE)), hosted
    return frame, objects, rule


def _framed_clause(v: Token, frame: Frame, objects: list[str], da: DocumentActors,
                   ds: Discourse) -> Iterator[Found | BetweenSides]:
    """The relations of verb ``v`` read with ``frame`` (``objects``: the frame's own objects)."""
    kb, words = da.kb, da.kb.lexicon.words_of
    # "several others wounded in the region": a participle on a noun is a reduced passive
    reduced = reduced_passive(v, frame, da)
    passive = reduced or any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in v.children) or \
        (v.tag_ == "VBN" and v.dep_ == "acl")
    if passive:
        subjects, objects, acl = _passive_arguments(v, da, ds, reduced, frame, objects)
        if acl:   # "Qatar, backed by Egypt": handled by participle()
            return
        rule = "clause.passive"
    else:
        subjects, rule = subjects_of(v, da, ds) or event_subject_agents(v, da, ds), "clause.active"
    if frame.inverse:
        subjects, objects, rule = objects, subjects, "clause.inverse"
    frame = diplomatic_protest(v, frame, subjects, da)   # "Algeria protests against the harassment": ACCUSE
    if len(subjects) > 1 and objects and set(objects) <= set(subjects):
        objects = []   # "Indonesian troops and separatist rebels have fought their fiercest battle": each other
    if not objects and len(subjects) > 1 and v.lemma_.lower() in words("reciprocal_verb") \
            and not joint_attack(v, frame, da):
        # "Israel and Hamas clashed in Rafah": the subjects fought each other, not the place
        yield from _pairs(v, frame, all_pairs(subjects), "clause.symmetric", da, ds)
        return
    objects = unframed_objects(v, frame, objects, passive, da, ds)
    if not passive:
        frame, objects, rule = _answered_or_hosted(v, frame, subjects, objects, rule, da, ds)
    if not objects and len(subjects) > 1 and reciprocal_object(v, words):
        # "Both sides have accused each other": every subject of every other, both ways; a body
        # whose state is among them ("the Kyrgyz border guards" with Kyrgyzstan) is that side
        subjects = [s for s in subjects if state_side(s, da) == s or state_side(s, da) not in subjects]
        yield from _pairs(v, frame, [(s, o) for s in subjects for o in subjects if s != o], "clause.reciprocal", da, ds)
        return
    if frame.predicate == MEDIATE:
        objects = mediated_parties(v, da, ds) or objects
        subjects = [s for s in subjects if s not in objects]   # a party to the talks brokers nothing
        if not objects and has_truce_object(v, words):
            # "helped broker a truce": between the sides last seen fighting
            for s in subjects:
                yield BetweenSides(s, MEDIATE, v, "clause.mediation_context", kb.confidence("clause.mediation_context"),
                                   cameo=frame.cameo)
            return
        if not objects and subjects and not (v.tag_ == "VBN" and v.dep_ in _PARTICIPLE_DEPS):
            # "Norway was asked to mediate in the conflict": between the article's parties
            # ("talks mediated by Norway" is the participle rule's)
            objects, rule = open_parties(v, subjects, da, ds), "clause.mediation_context"
    if passive and not subjects:
        subjects, rule = _passive_doers(v, frame, objects, rule, da, ds)
    if frame.together and len(subjects) < 2:
        return   # "Russia discussed the war": with nobody named
    if not objects and len(subjects) > 1 and _symmetric_subjects(v, frame, subjects, da, ds):
        # "Armenia and Azerbaijan signed a deal", "Russia and Ukraine swapped prisoners": every
        # pair, the first named as subject
        yield from _pairs(v, frame, all_pairs(subjects), "clause.symmetric", da, ds)
        return
    yield from _pairs(v, frame, [(s, o) for s in subjects for o in objects], rule, da, ds)


def _passive_doers(v: Token, frame: Frame, objects: list[str], rule: str, da: DocumentActors,
                   ds: Discourse) -> tuple[list[str], str]:
    """A passive clause's doers it names none of, and the rule: the agent of an event phrase ("killed in
    Israeli strikes"), the other side of the text's war ("The head of Hamas' military wing was
    wounded"), the state or group one is expelled from ("Kricke was expelled from the country")."""
    words = da.kb.lexicon.words_of
    subjects: list[str] = []
    if frame.predicate == ASSAULT:
        subjects, rule = agent_from_event_pp(v, da, ds), "clause.passive_event"
    if frame.predicate == ASSAULT and not subjects and objects and not names_no_side(v, da):
        subjects, rule = passive_agents(v, objects, da, ds)
        subjects = beside_insurgents(v, subjects, da, ds)   # "seized by the rebels": not the army
    if not subjects and v.lemma_.lower() in words("source_agent_verb"):
        subjects = [a for a in pobj_actors(v, words("source_prep"), da, ds) if is_party(a, da) or is_state(a, da)]
    return subjects, rule


def _symmetric_subjects(v: Token, frame: Frame, subjects: list[str], da: DocumentActors, ds: Discourse) -> bool:
    """Whether the plural subject of ``v`` read with ``frame`` (and no object) are its parties:
    a ``mutual`` frame or a ``symmetric_predicate``, but not a frame that holds only on a place
    (no fight between its subjects: "Russia and Ukraine entered into talks"), brokers of others'
    relations, or a one-sided attack (which co-agents on an unnamed object make as well)."""
    return (frame.mutual or frame.predicate.lower() in da.kb.lexicon.words_of("symmetric_predicate")) \
        and not frame.place_object and not others_between(v, subjects, da, ds) and not one_sided_attack(frame)


def passive_agents(v: Token, objects: list[str], da: DocumentActors, ds: Discourse) -> tuple[list[str], str]:
    """The agent of an agentless passive assault on ``objects`` and the rule: the other side of
    the war (:func:`opposing_sides`); else, for places ("Kan Htaunt Gyi village was bombed"), the
    one side the text has seen attacking (:func:`~kg.relations.anaphora.sole_attacking_side`),
    when the places are not its own ground."""
    got = opposing_sides(objects, da, ds)
    if got or not objects or any(da.type_of(o) != "Place" for o in objects):
        return got, "clause.passive_side"
    agent = sole_attacking_side(v, da, ds)
    if agent is None or any(own_ground(agent, o, da) or not known_front(agent, o, da, ds) for o in objects):
        return [], "clause.passive_side"
    return [agent], "clause.passive_sole"


def opposing_sides(objects: list[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """The agent of an agentless passive assault on ``objects``: with two sides at war known
    (:attr:`Discourse.belligerents`), the other side of an object that is, or fights for, one of them."""
    if not ds.belligerents:
        return []
    a, b = ds.belligerents
    out: list[str] = []
    for o in objects:
        side = side_of(o, da) if da.type_of(o) != "Place" else None
        other = b if side == a else a if side == b else None
        if other is not None and other not in out and other not in objects:
            out.append(other)
    return out


def event_parties(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The parties of a symmetric event noun ``v`` takes as object, when it names two or more:
    "suspended the talks between the army and the RSF" -> both ([] otherwise)."""
    words = da.kb.lexicon.words_of
    for o in (c for c in v.children if c.dep_ in OBJ_DEPS and is_symmetric_noun(c, da)):
        named = pobj_actors(o, words("parties_prep"), da, ds)
        if len(named) < 2:
            named = pobj_actors(o, words("parties_of_prep"), da, ds)
        if len(named) >= 2:
            return named
    return []


def reduced_passive(v: Token, frame: Frame, da: DocumentActors) -> bool:
    """Whether ``v`` is a headline's reduced passive of violence: "9 Palestinians killed in Israeli
    raid", "Four soldiers killed in Taliban attack" (a bare ASSAULT or COERCE verb with a
    subject, no auxiliary and no object, a past participle or followed by an event noun that
    names the act: ``event_pp_prep``)."""
    if frame.predicate not in (ASSAULT, COERCE) or frame.parts or frame.inverse or v.dep_ != "ROOT":
        return False
    kids = list(v.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in kids):
        return False
    if v.tag_ == "VBN":
        return True
    index = noun_index(da.kb.lexicon)
    return any(c.dep_ == "prep" and c.lower_ in da.kb.lexicon.words_of("event_pp_prep") and any(
        n.dep_ == "pobj" and any(f.predicate == ASSAULT for f in index.get(n.lemma_.lower(), ())) for n in c.children)
        for c in kids)


def _passive_arguments(v: Token, da: DocumentActors, ds: Discourse, reduced: bool = False,
                       frame: Frame | None = None, own: list[str] = ()) -> tuple[list[str], list[str], bool]:
    """A passive verb's subjects (its "by" agent), objects (its passive subject, or the
    subject of a ``reduced`` passive), and whether it is a participle modifying a noun with
    no passive subject (``acl``). Forces moved somewhere ("Russian peacekeepers were deployed
    to Nagorno-Karabakh", a ``moved_force_noun`` under a ``moved_force_predicate`` frame) are
    moved by the agent, else by the side their modifiers name, to the frame's own objects."""
    agents = agent_pobjs(v)
    subjects = actors(agents[0], "subj", da, ds) if agents else []
    pas = [c for c in v.children if c.dep_ in (SUBJ_DEPS if reduced else PASS_SUBJ_DEPS)]
    force = moved_force(pas[0], frame, da) if pas and frame is not None else None
    if force is not None:
        owners = [a for a in ds.actors_at(force.i) or modifier_actors(force, da, ds) if da.type_of(a) != "Place"]
        return subjects or owners, list(own), False
    objects = actors(pas[0], "obj", da, ds) if pas else []
    return subjects, objects, not pas and v.dep_ == "acl"


def moved_force(t: Token, frame: Frame, da: DocumentActors) -> Token | None:
    """The forces the passive subject ``t`` of a verb of ``moved_force_predicate`` names
    (``moved_force_noun``: "Russian peacekeepers", or after a measure's "of": "hundreds of
    Kenyan police officers"), or ``None``."""
    words = da.kb.lexicon.words_of
    if not frame.predicate or frame.predicate.lower() not in words("moved_force_predicate"):
        return None
    forces = words("moved_force_noun")
    if t.lemma_.lower() in forces or t.lower_ in forces:
        return t
    return next((p for p in pobjs(t, words("quantity_prep")) if p.lemma_.lower() in forces or p.lower_ in forces), None)


def unframed_objects(v: Token, frame: Frame, objects: list[str], passive: bool, da: DocumentActors,
                      ds: Discourse) -> list[str]:
    """Objects the frame does not place: a demand's or threat's target in its complement,
    the place a relative "where" stands for, the area struck; only places for a place frame."""
    words = da.kb.lexicon.words_of
    predicate = frame.predicate.lower()
    if frame.predicate == ASSAULT and repels_attack(v, da):
        return [o for o in objects if da.type_of(o) != "Place"]   # "repelled rebel attacks on a town in Darfur"
    if predicate in words("party_object_predicate"):
        objects = event_parties(v, da, ds) or objects
    if not objects and predicate in words("complement_target_predicate") and not frame.infinitive:
        demand = predicate in words("that_clause_target_predicate")
        objects = complement_objects(v, da, ds, subjects_too=demand, threat=frame.predicate == THREATEN,
                                     after=frame.nested_object, demand=demand)
    if frame.objprep and (body := voted_body(v, frame, da, ds)):
        objects = body   # "five voted against", "Russia voted against it": the body voting on the resolution
    if not objects and frame.objprep:
        objects = where_antecedent(v, frame.objprep, da, ds)
    if not objects and threat_head(v, frame, da, ds) is not None:
        objects = retaliation_targets(v, da, ds)   # "pledged to retaliate after Iran launched missiles"
    targets = [c for c in v.children if c.dep_ in OBJ_DEPS]
    if predicate in words("area_target_predicate") and not passive and not (
            frame.predicate == COERCE and any(names_people(t, da) for t in targets)):
        # "struck sites in Pakistan", "struck targets in Gaza": the area, a place or a state
        # (GUIDELINES, convention 15), is the object; beside the group whose targets they are
        # ("hit PKK targets in northern Iraq"); not where people are held ("holding hostages in Sulu")
        if not objects:
            objects = list(dict.fromkeys(a for t in [v, *targets] for a in pobj_actors(
                t, words("target_area_prep"), da, ds) if is_target_area(a, da))) or inner_target_areas(targets, da, ds)
        elif not any(da.type_of(o) == "Place" for o in objects):
            objects = objects + [a for a in target_areas(targets, da, ds, v) if a not in objects]
    elif not objects and passive and frame.predicate == ASSAULT:
        # "one of Russia's oldest refineries had been struck in the city of Ryazan", "a fuel depot in
        # Kstovo was hit": the passive subject names no actor, the area it was struck in is the object
        # (one a struck thing, not a person, lies in: "a foreign worker in Israel was killed" is not Israel's)
        struck = [c for c in v.children if c.dep_ in PASS_SUBJ_DEPS and not names_people(c, da)]
        objects = list(dict.fromkeys(target_areas(struck, da, ds) + [
            a for a in pobj_actors(v, words("target_area_prep"), da, ds) if is_target_area(a, da)]))
    if frame.place_object:
        objects = [o for o in objects if da.type_of(o) == "Place"]
    if frame.predicate == ASSAULT:
        objects = [o for o in objects if not is_water(o, da)]   # "fired on ships in the Red Sea"
    if frame.predicate == CONSULT:
        objects = [o for o in objects if not is_media(o, da)]   # "spoke to the AP": an interview, no talks
    return objects


def _pairs(v: Token, frame: Frame, pairs: list[tuple[str, str]], rule: str, da: DocumentActors,
           ds: Discourse) -> Iterator[Found]:
    """One relation per (subject, object) pair (both ways for a mutual frame), and a
    rejection of each object when the verb is a refusal's complement."""
    kb = da.kb
    refusal = refusal_head(v, kb.lexicon.words_of)
    threat = threat_head(v, frame, da, ds)
    confidence = kb.confidence("clause")
    for s, o in pairs:
        if s != o:
            # a negated frame states the negation itself: "does not recognise X" asserts a rejection
            yield Found(s, frame.predicate, o, v, rule, confidence, cameo=frame.cameo,
                        modality="asserted" if frame.negated else None)
            if frame.mutual:
                yield Found(o, frame.predicate, s, v, rule + ".mutual", confidence, cameo=frame.cameo)
            if refusal is not None:
                # "refused to negotiate with the M23": a rejection of the M23
                yield Found(s, REJECT, o, refusal, "clause.refusal", kb.confidence("clause.refusal"),
                            cameo=cameo(kb, REJECT), modality="asserted")
            if threat is not None and (threat.dep_ == "xcomp" or s in threat.speakers):
                # "vowed to retaliate against Israel", "warned it would strike Iran": the stated
                # threat is itself the act (GUIDELINES, convention 3)
                yield Found(s, THREATEN, o, threat.verb, "clause.threat", kb.confidence("clause.threat"),
                            cameo=cameo(kb, THREATEN), modality="asserted")


def event_subject_agents(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"JNIM claimed responsibility for an attack that killed 100 soldiers", "the offensive
    they launched has killed ...": an event noun as the subject acts through its agent."""
    subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
    if not subj:
        return []
    t = v.head if subj[0].tag_ in RELATIVE_TAGS and v.dep_ == "relcl" else subj[0]
    nouns = noun_index(da.kb.lexicon)
    if t.pos_ != "NOUN" or not (nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)):
        return []
    return [a for a in noun_agents(t, da, ds) if da.type_of(a) != "Place"]


def where_antecedent(v: Token, preps: frozenset[str], da: DocumentActors, ds: Discourse) -> list[str]:
    """"Khan Younis, from where the Red Crescent was trying to evacuate people": the place
    a relative "where" stands for, when the preposition before it is the frame's."""
    for t in (v, v.head if v.dep_ == "xcomp" else v):
        for c in t.children:
            if c.lower_ == LOCATIVE_RELATIVE and c.i > 0 and c.doc[c.i - 1].lower_ in preps:
                got = ds.last_actor(c.i, lambda x: da.type_of(x) == "Place")
                return [got] if got else []
    return []


def refusal_head(v: Token, words: Callable[[str], frozenset[str]]) -> Token | None:
    """The refusal verb ``v`` is the complement of ("refused to negotiate"), if any."""
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in words("rejection_verb") \
            and not is_negated(v.head):
        return v.head
    return None


def _indicative(c: Token, predictive: frozenset[str] = frozenset()) -> bool:
    """Whether a that-clause states a fact rather than what is demanded: a past or third-person
    present verb ("insisted the nation *was* responsible") where a demand has the base form
    ("insisted that Hamas *release* the hostages"; "demanded that Russia withdraws" stays a demand);
    or a forecast, a ``predictive`` modal ("insisted that Israel's campaign *would* continue"; not
    "must", "should")."""
    auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBD" or (t.tag_ == "VBZ" and t.lemma_.lower() in _TENSE_AUX) for t in (c, *auxes)) \
        or any(a.tag_ == "MD" and a.lower_ in predictive for a in auxes)


def complement_objects(v: Token, da: DocumentActors, ds: Discourse, *, subjects_too: bool = True,
                       threat: bool = False, after: bool = False, demand: bool = False) -> list[str]:
    """"demanded that the RSF halt ...", "threatened to use force against X", "warned of
    strikes on X" (a ``threat``): the actor the demanded or threatened act is aimed at.
    With ``after`` (a frame read from a PETRARCH dictionary, whose object follows its verb),
    not the subject of a that-clause before the verb ("X is about to ..., an official said"). With
    ``demand``, not the subject of a that-clause that states a fact (:func:`_indicative`)."""
    words = da.kb.lexicon.words_of
    nouns = noun_index(da.kb.lexicon)
    out: list[str] = []
    for c in v.children:
        if c.dep_ == "ccomp" and subjects_too and not (after and c.i < v.i) \
                and not (demand and _indicative(c, words("predictive_modal"))):
            for s in c.children:
                if s.dep_ in SUBJ_DEPS:
                    out += [a for a in actors(s, "obj", da, ds) if a not in out and da.type_of(a) != "Place"]
        if c.dep_ == "xcomp":
            for s in c.children:
                if s.dep_ in OBJ_DEPS:
                    out += [a for a in actors(s, "obj", da, ds) if a not in out]
            out += [a for a in pobj_actors(c, words("threat_target_prep"), da, ds) if a not in out]
            if threat and not out:   # "threatened to retaliate for an Israeli air strike"
                out += retaliation_targets(c, da, ds)
        threatened = [c] if c.dep_ in OBJ_DEPS else [p for p in c.children if p.dep_ == "pobj"] \
            if threat and c.dep_ == "prep" and c.lower_ in words("threat_noun_prep") else []
        for t in threatened:
            if any(f.predicate == ASSAULT for f in nouns.get(t.lemma_.lower(), ())):
                # "threatened further attacks on US and British ships", "warned of strikes on Iran"
                out += [a for a in pobj_actors(t, words("attack_target_prep"), da, ds) if a not in out]
    return out


def agent_from_event_pp(v: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """"was killed in clashes with Israeli soldiers" / "in Israeli strikes" / "in an ambush staged by
    NPA rebels": the event's agent; through a measure of it ("in waves of attacks by Israeli
    fighter bombers", ``measure_noun``), and on a passive conjunct the parser hung the phrase
    on ("seven were killed and 18 wounded in attacks by ...")."""
    words = da.kb.lexicon.words_of
    index = noun_index(da.kb.lexicon)
    holders = [v, *(c for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    for c in (c for h in holders for c in h.children):
        if c.dep_ != "prep" or c.lower_ not in words("event_pp_prep"):
            continue
        nouns = [n for n in c.children if n.dep_ == "pobj"]
        measured = [o for m in nouns if m.lemma_.lower() in words("measure_noun") for o in pobjs(m, ("of",))]
        for n in nouns + measured:
            if not (index.get(n.lemma_.lower()) or index.get(n.lower_)):
                continue
            got = [a for a in modifier_actors(n, da, ds) if da.type_of(a) != "Place"]
            got = got or pobj_actors(n, words("event_agent_prep"), da, ds) or authorship_agents(n, da, ds)
            attacker = None if got else event_anaphor(n, da, ds)    # "killed during the battle"
            if got or attacker:
                return got or [attacker]
    return []


def has_truce_object(v: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``v``'s object is an accord ("brokered a truce")."""
    truce = words("truce_noun")
    return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in truce for c in v.children)


def displacement_order(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"Israel told civilians to leave the north of X": an order to leave a place coerces it."""
    kb = da.kb
    demand, leave = kb.lexicon.words_of("demand"), kb.lexicon.words_of("displacement")
    for v in index.tokens(sent, "displacement_order"):
        if v.lemma_.lower() not in demand or v.pos_ != "VERB":
            continue
        for x in v.children:
            # '"We left Afgoye district," he told Reuters': a leaving told in the past is reported, no order
            if x.dep_ not in _COMPLEMENT or x.lemma_.lower() not in leave or x.tag_ in _PAST_TAGS:
                continue
            places = [a for c in x.children if c.dep_ in OBJ_DEPS or c.dep_ == "prep"
                      for a in (actors(c, "obj", da, ds) if c.dep_ != "prep" else pobj_actors(x, (c.lower_,), da, ds))
                      if da.type_of(a) == "Place"]
            places += [a for c in v.children if c.dep_ in OBJ_DEPS for a in actors(c, "obj", da, ds)
                       if da.type_of(a) == "Place"]
            for s in subjects_of(v, da, ds):
                for o in dict.fromkeys(places):
                    if s != o:
                        yield Found(s, COERCE, o, v, "displacement_order", kb.confidence("displacement_order"),
                                    cameo=cameo(kb, COERCE))
