"""Frame matching: which lexicon frame of a verb or event noun stands in the sentence,
and the actors of its object.

A frame (``ontology/lexicon/verbs.tsv``, ``nouns.tsv``) names the function words and
object nouns that must stand with its lemma ("hold talk with", "assault on"); the
most specific frame whose parts are all there wins, so "pressed ahead with" is no
REQUEST while "pressed Hamas to" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..ontology import Frame, Lexicon
from .arguments import actors, pobj_actors
from .complaint import is_forum
from .discourse import Discourse
from .grammar import INFINITIVE, OBJ_DEPS, SUBJ_DEPS, is_negated, pobjs
from .targets import across_border

if TYPE_CHECKING:
    from ..actors import DocumentActors

_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})
_OBJECT_NOUN_MODIFIERS = frozenset({"compound", "amod"})
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def match_verb(v: Token, frames: tuple[Frame, ...], da: DocumentActors,
               ds: Discourse) -> tuple[Frame | None, list[str]]:
    """The most specific frame whose parts all stand with ``v``, and its objects. Among
    frames as specific, a ``negated`` frame ("does not recognise X" = REJECT) is tried first
    and needs the verb negated, then an ``infinitive`` frame ("warn X to V" = REQUEST) is tried first
    and needs its object's to-infinitive, then a ``person`` frame, which needs an object
    naming people ("captured two soldiers" COERCE), then a ``place`` frame, which gives
    way to the next when its objects are no places ("captured Bukavu" ASSAULT); a ``place``
    frame of predicate "-" holds only when its objects are places ("visited Juba": no
    CONSULT, the city is no party; "visited Egypt" is; "toured Egypt and Aswan": Egypt only); a
    ``together`` frame takes no object, an actor object being the topic (its subjects are the
    parties); a ``party`` frame passes over objects that are forums (:func:`parties`). A ``nested_object`` frame (read
    from a PETRARCH dictionary) also finds its nouns as objects of the verb's prepositions
    ("acted on a resolution") and, with no actor where the frame places its object,
    takes the first actor of the verb's phrase (:func:`phrase_actors`). A frame with pre-verb
    words (``[have] delay``) needs them before the verb (:func:`words_before`). A passive verb's
    subject stands for its object noun ("ships were blocked" as "blocked ships": COERCE)."""
    lex = da.kb.lexicon
    dobjs = verb_objects(v, lex)
    preps = _prepositions(v, dobjs, lex)
    heads = _object_heads(dobjs + _quantified(dobjs, lex))
    if not dobjs:
        # "two ships were blocked by coast guard vessels": a passive subject is the frame's object noun
        # (not an accord's: "the agreement brokered by X was approved by Y" approves no deal with X)
        truce = lex.words_of("truce_noun")
        heads |= _object_heads([c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() not in truce])
    # "discuss the dispute with Qatar": the preposition of a relational object noun is that noun's
    # (``relational_noun``), not the verb's, unless the frame names the noun ("cut ties with")
    relational = lex.words_of("relational_noun")
    verbs_own = [p for p in preps if not (p.head in dobjs and p.head.lemma_.lower() in relational)]
    function, function_own = {p.lower_ for p in preps}, {p.lower_ for p in verbs_own}
    nested_heads = pre_verb = None
    best, places = None, set()
    negated = is_negated(v) or not_yet(v, lex.words_of)
    for f, noun_frame, parts in _frame_parts(frames, lex.function_words):   # in the order they are tried
        fn = function if noun_frame else function_own
        if f.nested_object and nested_heads is None:
            nested_heads = heads | _object_heads([o for p in preps for o in p.children if o.dep_ == "pobj"])
        nouns = nested_heads if f.nested_object else heads
        ok = all(not part.isdisjoint(fn if is_function else nouns) for is_function, part in parts)
        if ok and f.before:
            pre_verb = words_before(v) if pre_verb is None else pre_verb
            ok = all(part & pre_verb for part in f.before)
        if not ok or (f.infinitive and not object_infinitive(v, dobjs)) or (f.negated and not negated) or \
                (f.person_object and not any(names_people(d, da) for d in dobjs)) or \
                (f.official_object and not names_official(v, dobjs, da)):
            continue
        if f.predicate is None and not f.place_object:
            # a more specific mutual frame already holds: its subjects are the parties
            return best if best is not None and best[0].mutual and best[0].size > f.size else (f, [])
        objs = _frame_objects(f, preps if noun_frame else verbs_own, dobjs, da, ds)
        if not objs and f.nested_object and not any(others_relation(f, d, da) for d in dobjs):
            objs = phrase_actors(v, dobjs, da, ds, f.skip)
        if f.place_object and objs and not any(da.type_of(o) == "Place" for o in objs):
            continue
        if f.party_object and not (objs := parties(objs, da)):
            continue
        if f.together:   # "X and Y discussed Syria": between X and Y, Syria the topic
            objs = []
        if f.predicate is None:   # a "-" place frame: "visited Juba" (a city only) is no visit of a state
            if objs and all(da.type_of(o) == "Place" for o in objs):
                return f, []
            places |= {o for o in objs if da.type_of(o) == "Place"}   # "toured Egypt and Aswan": Egypt only
            continue
        objs = [o for o in objs if o not in places]
        if objs or best is None:
            best = (f, objs)
            if objs:
                return best
    return best if best else (None, [])


def parties(objs: list[str], da: DocumentActors) -> list[str]:
    """The objects of a ``party`` frame that are parties, not a forum one appeals to (``forum_kind``:
    "protested to Japan's ambassador" accuses Japan; "protested to the U.N. Security Council
    over an attack by rebels" accuses the council of nothing)."""
    return [o for o in objs if not is_forum(o, da)]


def verb_objects(v: Token, lex: Lexicon) -> list[Token]:
    """The direct objects of ``v``, their conjuncts, and the noun a measure of it stands for
    (``measure_noun``): "hosted *months* of talks between", "held two *rounds* of talks with"
    -> "talks" with its prepositions, as the frames "host talk between", "hold talk with" want."""
    dobjs = [c for c in v.children if c.dep_ in OBJ_DEPS]
    dobjs += [cj for d in dobjs for cj in d.conjuncts if cj.i > d.i]
    measures = lex.words_of("measure_noun")
    return dobjs + [o for d in dobjs if d.lemma_.lower() in measures or d.lower_ in measures
                    for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]


def words_before(v: Token) -> set[str]:
    """The words (as written and lemmas, lower case) standing before verb ``v`` in its
    clause: its left dependents and theirs ("Gondor and Osgiliath *have* delayed", "was
    *heavily* criticized", "did *not* allow") and the verbs it depends on written before it
    ("*indicated* it may allow"): what a frame's pre-verb words (``[have] delay``) need."""
    out: set[str] = set()
    for c in v.lefts:
        for t in c.subtree:
            out.update((t.lower_, t.lemma_.lower()))
    for a in v.ancestors:
        if a.i < v.i and a.pos_ in ("VERB", "AUX"):
            out.update((a.lower_, a.lemma_.lower()))
    return out


_FRAME_PARTS: dict[tuple[int, int], tuple] = {}


def not_yet(v: Token, words) -> bool:
    """Whether ``v`` is what its subject "has yet to" or "is yet to" do (``not_yet``): not done,
    as a negated verb ("have yet to recognize Kosovo" reads the negated frame: REJECT)."""
    return v.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in words("not_yet") for c in v.head.children)


def _frame_parts(frames: tuple[Frame, ...], function_words: frozenset[str]) -> list[tuple[Frame, bool, tuple]]:
    """Each frame of ``frames`` (:func:`kg.ontology_read.try_order`), whether a part of it
    names a noun (is not all function words), and its parts as ``(function words?, part)``;
    remembered per tuple of frames (a verb's, in the lexicon) and list of function words."""
    key = (id(frames), id(function_words))
    hit = _FRAME_PARTS.get(key)
    if hit is None or hit[0] is not frames or hit[1] is not function_words:
        if len(_FRAME_PARTS) > 100_000:
            _FRAME_PARTS.clear()
        rows = [(f, any(not part <= function_words for part in f.parts),
                 tuple((part <= function_words, part) for part in f.parts)) for f in frames]
        hit = _FRAME_PARTS[key] = (frames, function_words, rows)
    return hit[2]


def _quantified(nouns: list[Token], lex: Lexicon) -> list[Token]:
    """"sending hundreds of more troops to Afghanistan": the noun a quantity (``quantity_noun``,
    or a number) is "of", which names the frame's object noun."""
    quantity = lex.words_of("quantity_noun")
    return [o for d in nouns if d.pos_ == "NUM" or d.lemma_.lower() in quantity
            for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _object_heads(nouns: list[Token]) -> set[str]:
    """"hold talks with": the lemmas of object nouns and of their compounds and adjectives."""
    return {d.lemma_.lower() for d in nouns} | {c.lemma_.lower() for d in nouns for c in d.children
                                                 if c.dep_ in _OBJECT_NOUN_MODIFIERS}


def _frame_objects(f: Frame, preps: list[Token], dobjs: list[Token], da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors where the frame places its object: its preposition's objects, or the direct
    objects (for a frame read from a PETRARCH dictionary, not a name that is the frame's own
    noun: "celebrated *Iftar* with Gondor" names the feast, not a party)."""
    objs: list[str] = []
    if f.objprep:
        for p in preps:
            if p.lower_ in f.objprep:
                for o in p.children:
                    if o.dep_ == "pobj":
                        objs += [a for a in across_border(o, da, ds) or actors(o, "obj", da, ds) if a not in objs]
    else:
        own = {w for part in f.parts for w in part} if f.nested_object else set()
        for d in dobjs:
            if not (d.lemma_.lower() in own and da.actor_at(d.i)) and not others_relation(f, d, da):
                # "agreed a Gaza truce": the place a truce covers is no party to it (a hostile act
                # on "Kotlyarovka Settlement" is on the place)
                words = da.kb.lexicon.words_of
                truce = d.lemma_.lower() in words("truce_noun") and not da.actor_at(d.i) \
                    and (f.predicate or "").lower() not in words("threat_act_predicate")
                held = stance_holders(d, da, ds)
                objs += [a for a in actors(d, "obj", da, ds)
                         if a not in objs and a not in held and not (truce and da.type_of(a) == "Place")]
    return objs


def stance_holders(d: Token, da: DocumentActors, ds: Discourse) -> set[str]:
    """The actors owning object noun ``d`` when it names a grievance (``grievance_noun``): who
    holds it, the speaker's side, not whom it is aimed at ("Sun Weidong expressed *Beijing's*
    strong dissatisfaction over the statements" accuses no China; "lodged China's protest")."""
    if d.lemma_.lower() not in da.kb.lexicon.words_of("grievance_noun"):
        return set()
    return {a for p in d.children if p.dep_ == "poss" for t in p.subtree for a in ds.actors_at(t.i)}


def others_relation(f: Frame, d: Token, da: DocumentActors) -> bool:
    """Whether object noun ``d`` of a frame of support (``mending_predicate``) is a relation
    (``relational_noun``) whose owners its modifiers name: "efforts to mend *Iraq's relations*
    with Syria", "to resolve *the Tigray conflict*", "help resolve *Ethiopian dam dispute*".
    The named owners are the relation's parties, not the object of whoever mends or resolves
    it (a third party mediates); a pronoun ("mended *its* relations with Syria") names the
    subject's own relation, whose other party the "with" phrase gives. ("end the Gaza war"
    is no support: the war's place stays the object of its end.)"""
    words = da.kb.lexicon.words_of
    if not f.predicate or f.predicate.lower() not in words("mending_predicate") \
            or d.lemma_.lower() not in words("relational_noun") or da.actor_at(d.i):
        return False
    mods = [c for c in d.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("poss", "compound", "amod")]
    return any(da.actor_at(c.i) for c in mods)


def phrase_actors(v: Token, dobjs: list[Token], da: DocumentActors, ds: Discourse,
                  skip: frozenset[str] = frozenset()) -> list[str]:
    """PETRARCH's object of a verb: the actors of the first noun after ``v``, in the order
    of the sentence, that names any, among the nouns of its object's prepositional phrases
    ("welcomed the resumption of ties *with Osgiliath*"), then the objects of its own
    prepositions ("left *for Minas Tirith*"), then the subject of its that-clause ("allowed
    that *Mordor* isn't a pleasant place"); the direct objects themselves are the frame's
    ordinary objects, not looked at again. The phrases of the prepositions in
    ``skip`` are passed over ("celebrated Iftar *in Osgiliath* with the leaders of Gondor")."""
    inner = sorted({o.i: o for d in dobjs for o in _prepositional_nouns(d, skip)}.values(), key=lambda t: t.i)
    own = sorted({o.i: o for p in v.children if p.dep_ == "prep" and p.lower_ not in skip
                  for o in _pp_nouns(p, skip)}.values(), key=lambda t: t.i)
    # then the subject of its that-clause ("allowed that *Mordor* isn't a pleasant place")
    clause = [s for c in v.children if c.dep_ == "ccomp" and c.i > v.i for s in c.children if s.dep_ in SUBJ_DEPS]
    for t in inner + own + clause:
        got = actors(t, "obj", da, ds)
        if got:
            return got
    return []


def _pp_nouns(p: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """The object of preposition ``p`` and the nouns of the phrases within it."""
    out = []
    for o in p.children:
        if o.dep_ == "pobj":
            out += [o, *_prepositional_nouns(o, skip)]
    return out


def _prepositional_nouns(t: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """The nouns of the prepositional phrases under noun ``t`` (and under theirs, and under
    a participle on it: "the roads *leading into Mordor*"), but those of the prepositions
    in ``skip``."""
    heads = [t, *(a for a in t.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN"))]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ not in skip for o in _pp_nouns(p, skip)]


def object_infinitive(v: Token, dobjs: list[Token]) -> bool:
    """Whether ``v`` has an object and a to-infinitive that object does: "warned Israel to
    tender a response", "forced the president to resign"."""
    return bool(dobjs) and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == INFINITIVE
                                                         for a in c.children) for c in v.children)


def names_people(t: Token, da: DocumentActors) -> bool:
    """Whether the noun phrase headed by ``t`` names people: a person's name, or a noun for
    people (``person_noun``: "two Israeli soldiers", "a journalist")."""
    a = da.actor_at(t.i)
    if a:
        return da.type_of(a) in ("Person", "Official")
    people = da.kb.lexicon.words_of("person_noun")
    return t.lemma_.lower() in people or t.lower_ in people


def names_official(v: Token, dobjs: list[Token], da: DocumentActors) -> bool:
    """Whether an object of ``v`` (of a passive verb, its subject: "Fidan was received by Putin")
    is a named official (not a private person: "received the journalist Vyshinsky" in a swap)
    or a role noun (``roles.tsv``: "the envoy"), and ``v`` names no complement of it ("called
    Putin *a liar*")."""
    if any(c.dep_ == "oprd" for c in v.children):
        return False
    roles, pronouns = da.kb.lexicon.roles, da.kb.lexicon.words_of("person_pronoun")
    for d in dobjs or [c for c in v.children if c.dep_ == "nsubjpass"]:
        if d.lemma_.lower() in roles or d.lower_ in roles or (d.pos_ == "PRON" and d.lower_ in pronouns):
            return True   # "received him": the person last named
        # a named official, or one in apposition ("told his Indian counterpart, Subrahmanyam Jaishankar")
        for t in (d, *(c for c in d.children if c.dep_ == "appos")):
            a = da.actor_at(t.i)
            if a and da.type_of(a) == "Official":
                return True
    return False


def _prepositions(v: Token, dobjs: list[Token], lex: Lexicon) -> list[Token]:
    """The particles and prepositions standing with ``v`` or its objects."""
    preps = [c for c in v.children if c.dep_ in _PREP_DEPS]
    # a particle the parser reads as an adverb: "was pushed *back* by Fano" (``adverb_particle``)
    preps += [c for c in v.children if c.dep_ == "advmod" and c.lower_ in lex.words_of("adverb_particle")]
    # a two-word preposition the parser chains: "pulls troops out of Avdiivka" (out -> of)
    chained = lex.words_of("chained_particle")
    preps += [c for p in preps if p.lower_ in chained for c in p.children if c.dep_ == "prep"]
    # coordinated prepositions: "spoke with Modi and with Pakistan's army chief"
    preps += [c for p in preps if p.dep_ == "prep" for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    # not those of what a naming verb calls its object: "called the army's capture of X a victory
    # *for* the nation" is no "call for" (``naming_verb``)
    naming = v.lemma_.lower() in lex.words_of("naming_verb")
    for d in dobjs:
        if not (naming and d.dep_ == "oprd"):
            preps += [c for c in d.children if c.dep_ == "prep"]
    return preps


_NOUN_INDEX: dict[int, dict[str, list[Frame]]] = {}


def noun_index(lex: Lexicon) -> dict[str, list[Frame]]:
    """Noun frames indexed by their head noun (the last content word: "rocket fire" -> fire)."""
    if id(lex) in _NOUN_INDEX:
        return _NOUN_INDEX[id(lex)]
    out: dict[str, list[Frame]] = _NOUN_INDEX.setdefault(id(lex), {})
    for frames in lex.nouns.values():
        for f in frames:
            content = [f.lemma] + [next(iter(p)) for p in f.parts if not p <= lex.function_words]
            out.setdefault(content[-1], []).append(f)
    return out


def _light_verb_pobjs(n: Token, f: Frame, da: DocumentActors, ds: Discourse) -> list[str]:
    """"announced sanctions Monday on US companies A, B and C": the event noun's preposition
    the parser hung on the light verb whose object the noun is (after the noun); "fired
    rockets in solidarity with Hamas": the one right after an adjunct's noun, hung on its verb."""
    return list(dict.fromkeys(a for o in light_verb_objects(n, f, da) for a in actors(o, "obj", da, ds)))


def light_verb_objects(n: Token, f: Frame, da: DocumentActors) -> list[Token]:
    """The objects of the event noun ``n``'s prepositions (``f``'s ``objprep``) that the parser
    hung on its light verb (:func:`_light_verb_pobjs`): "complex" in "Al-Shabab was behind the
    assault on a hotel complex in Nairobi", "carried out an assault on a hotel complex"."""
    if not f.objprep:
        return []
    verb = n.head
    adjunct = n.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX")
    if adjunct:
        verb = verb.head
    elif n.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in da.kb.lexicon.words_of("light_verb"):
        return []
    # ("issued a complaint to Japan": the parser's dative "to" on the light verb)
    return [o for p in verb.children
            if p.dep_ in ("prep", "dative") and p.i > n.i and p.lower_ in f.objprep and (not adjunct or p.i == n.i + 1)
            for o in p.children if o.dep_ == "pobj"]


def event_targets(n: Token, f: Frame, da: DocumentActors) -> list[Token]:
    """What the event noun ``n`` is aimed at, named or not: the objects of its frame's
    prepositions, on the noun or hung on its light verb ("struck" in "drone strikes *on oil
    refineries* in Volgograd"; "Al-Shabab was behind the assault *on a hotel complex* in Nairobi")."""
    own = [p for c in n.children if c.dep_ == "prep" and c.lower_ in (f.objprep or ())
           for p in c.children if p.dep_ == "pobj"]
    return own + [o for o in light_verb_objects(n, f, da) if o not in own]


def match_noun(n: Token, frames: list[Frame], da: DocumentActors, ds: Discourse) -> tuple[Frame | None, list[str]]:
    """The most specific noun frame whose modifiers all stand with ``n``, and its objects."""
    lex = da.kb.lexicon
    mods = {c.lemma_.lower() for c in n.children if c.dep_ in _NOUN_MODIFIERS}
    best = None
    for f in sorted(frames, key=lambda f: -f.size):
        content = [f.lemma] + [next(iter(p)) for p in f.parts if not p <= lex.function_words]
        if not set(content[:-1]) <= mods:
            continue
        if f.predicate is None:
            return f, []
        if f.person_object and not any(names_people(p, da) for p in pobjs(n, tuple(f.objprep or ()))):
            continue   # "the capture of two soldiers" (COERCE), not "the capture of Goma"
        objs = pobj_actors(n, tuple(f.objprep or ()), da, ds) or _light_verb_pobjs(n, f, da, ds)
        if objs:
            return f, objs
        if best is None:
            best = (f, [])
    return best if best else (None, [])
