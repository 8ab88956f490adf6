"""Definite descriptions of named actors, read from the discourse state.

* "the group", "the army", "the country", "the city", "the ministry" -> the last named
  actor of that kind; "the junta" -> the actor the text described so ("Niger's junta, the
  CNSP"), else the state it governs (:func:`descriptor`);
* "the minister", "the head of the Palestinian group" -> the person titled so
  (:func:`person_description`);
* "its main city ... Khan Yunis": a city described before it is named (cataphora); a headline's
  "retakes strategic Mozambican town": the one town the lead names (:func:`headline_place`).

A description of a place that says where it lies ("southern Gaza's main city") is noted in
the discourse state for the location rule to report. "our country" and "the country's" read
the speaker and the possessor through :mod:`kg.relations.coreference` (imported where used:
that module reads descriptions in turn).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.types import HOW_DEMONYM
from .anaphora import (
    governed_state,
    is_location,
    is_media,
    is_person,
    is_state,
    person_state,
    state_named_with,
    unnamed_title_owner,
)
from .discourse import SUBJECT_DEPS, Discourse, PlaceDescription
from .grammar import MODIFIER_DEPS, pobjs
from .grouphome import qualified_group
from .referents import state_body
from .titleholders import leads_state, named_holder, predicated_of, same_title

if TYPE_CHECKING:
    from ..actors import DocumentActors

BODY_TYPES = frozenset({"State", "Group"})     # what a title's holder belongs to
PLACE_OF_DEPS = frozenset({"poss", "compound"})    # "southern Gaza's main city", "the Gaza city"


def person_description(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"the minister", "the head of the Palestinian group", "the country's prime minister":
    a definite title (``roles.tsv``) stands for the person the text gives that title, of
    that owner when one is named with it; the nearest named before, else the first named in
    the next two sentences ("... the head of the group visited Egypt. Hamas chief Ismail
    Haniyeh arrived ..."). ``None`` when no person fits."""
    read = title_owners(t, da, ds)
    if read is None:
        return None
    owners, definite = read
    fits = _holds_title(t, owners, da, ds)
    got = ds.last_actor(t.i, fits) or ds.next_actor(t.i, _cataphora_end(t), fits)
    if got or not owners:
        return got or (unnamed_title_owner(t, da) if definite else None)
    # an indefinite ("an Estonian security officer") introduces someone named in its own sentence only
    if _indefinite(t, da):
        return introduced_after(t, da, ds, t.sent.end)
    return introduced_after(t, da, ds) or _later_holder(t, owners, fits, ds)


def _indefinite(t: Token, da: DocumentActors) -> bool:
    """Whether ``t`` has an indefinite article (``indefinite_determiner``): "an Estonian officer"."""
    return any(c.dep_ == "det" and c.lower_ in da.kb.lexicon.words_of("indefinite_determiner") for c in t.children)


def introduced_after(t: Token, da: DocumentActors, ds: Discourse, end: int | None = None) -> str | None:
    """"..., the country's prime minister says. Albin Kurti said ...", "received the U.N. special
    envoy to Cyprus. Akinci and Jane Holl Lute discussed ...": a title no person named holds stands
    for the one person first named in the next two sentences, not named before it and of no title of
    its own (in the text or the knowledge base), introduced by a full name (before token ``end``, if
    given); ``None`` when there are none or two."""
    before = {m.actor for m in ds.before(t.i)}
    end = _cataphora_end(t) if end is None else end
    new = [m for m in ds.mentions if t.i < m.span.start < end and is_person(m.actor, da)
           and m.actor not in before and not ds.titles(m.actor) and not _described_otherwise(m.span.root, da)]
    if len({m.actor for m in new}) != 1 or len(new[0].span) < 2:
        return None    # none, two, or a first mention of one word (a person is introduced by full name)
    return new[0].actor


def _described_otherwise(name: Token, da: DocumentActors) -> bool:
    """"Raman Pratasevich, 26, the activist who ...": a person the text describes in apposition by a
    noun that is no title (``roles.tsv``) is no title's unnamed holder."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ not in da.kb.lexicon.roles for c in name.children)


def title_owners(t: Token, da: DocumentActors, ds: Discourse,
                 named: bool = False) -> tuple[list[str], bool] | None:
    """The owners a title description names ("the U.S. president", "the head of the group",
    "the country's prime minister") and whether it is definite; ``None`` when ``t`` is no
    title of a description: no title, a generic one ("official"), neither definite nor owned,
    or (unless ``named``) written with its holder's name."""
    lex = da.kb.lexicon
    words = lex.words_of
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in lex.roles or t.lower_ in words("generic_person_noun"):
        return None
    children = list(t.children)
    owners = [a for c in children if c.dep_ in MODIFIER_DEPS for a in [da.actor_at(c.i) or _owner(c, da, ds)]
              if a and not is_person(a, da)]
    owners += [a for p in pobjs(t, words("partitive_of_prep")) for a in [da.actor_at(p.i) or _owner(p, da, ds)] if a]
    definite = any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in children)
    if not (definite or owners) or not named and any(da.actor_at(c.i) and is_person(da.actor_at(c.i), da)
                                                     for c in children):
        return None
    if t.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in children):
        return None      # a capitalised title is a description only with its owner's possessive: "Jordan's King"
    return owners, definite


def described_holder(t: Token, da: DocumentActors, ds: Discourse) -> tuple[str, str] | None:
    """(person, owner) of a title description that names its owner and stands for one named
    person: "The U.S. president has said ..." (Trump, named before, president of the US in the
    knowledge base), "the ousted Venezuelan leader" (Maduro), "the country's prime minister says"
    (the Kosovo prime minister named in the next two sentences), "its president, Volodymyr
    Zelenskiy" (its holder named in apposition). ``None`` when the title stands in a name the
    actor stage read with its owner ("U.S. President Donald Trump"), when its owner is no state or
    group, or when two owners, or two persons named before it, fit. An envoy of a state's body is the
    state's ("The Turkish Foreign Ministry ... its ambassador to Israel, X"); a news outlet is no
    owner ("AFP quoted government spokesman X", misparsed)."""
    if any(r.affiliation and r.tokens[0] <= t.i < r.tokens[1] for r in da.roles):
        return None
    read = title_owners(t, da, ds, named=True)
    owners = list(dict.fromkeys(a for a in (read[0] if read else [])
                                if da.type_of(a) in BODY_TYPES and not is_media(a, da)))
    if len(owners) != 1:
        return None
    if t.lower_ in da.kb.lexicon.words_of("envoy_noun"):
        owners = [state_of(owners[0], da) or owners[0]]   # "the Foreign Ministry ... its ambassador": the state's
    subject = predicated_of(t)
    if subject is not None:   # "Obasanjo, who is the African Union chief mediator": the subject's title
        got = da.actor_at(subject.i)
        return (got, owners[0]) if got and is_person(got, da) else None
    held = named_holder(t, da)
    if held:
        at = next((k for k in range(t.i + 1, len(t.doc)) if da.actor_at(k) == held), t.i)
        # "a commander of the group and Iranian General X": a conjunct is no holder (but "Deputy Prime
        # Minister and Minister of Foreign Affairs, Sheikh X" is: two titles joined)
        joined = any(u.dep_ == "cc" and u.head.lower_ not in da.kb.lexicon.roles for u in t.doc[t.i:at])
        return None if joined else (held, owners[0])
    fits = _holds_title(t, owners, da, ds)
    before = {m.actor for m in ds.before(t.i) if fits(m.actor)}
    if len(before) > 1:
        return None
    if _indefinite(t, da):
        # an indefinite introduces someone: named in its own sentence ("An SDF spokesman who goes
        # by the name of X"), not before it nor in the next ("an Estonian security officer")
        got = ds.next_actor(t.i, t.sent.end, fits) or introduced_after(t, da, ds, t.sent.end)
        return (got, owners[0]) if got and is_person(got, da) else None
    got = next(iter(before), None) or ds.next_actor(t.i, _cataphora_end(t), fits) \
        or introduced_after(t, da, ds) or _later_holder(t, owners, fits, ds)
    return (got, owners[0]) if got and is_person(got, da) else None


def state_of(a: str, da: DocumentActors) -> str | None:
    """The state ``a`` is or belongs to: a ministry's (the parent the text names it after, else its
    knowledge-base parent); ``None`` for a body of no state ("the UN")."""
    seen: set[str] = set()
    while a and a not in seen and a in da.protos:
        seen.add(a)
        if is_state(a, da):
            return a
        parents = [i.parent for i in da.institutions if i.group == a]
        p = da.protos[a]
        a = parents[0] if parents else (p.entry.parent if p.entry else None)
    return None


def _holds_title(t: Token, owners: list[str], da: DocumentActors, ds: Discourse) -> Callable[[str], bool]:
    """Whether a person holds title ``t`` (in the text or the knowledge base), of one of
    ``owners`` when there are any."""
    words = da.kb.lexicon.words_of
    marks = _title_marks(t, da)

    def fits(a: str) -> bool:
        return is_person(a, da) and any((same_title(t.lower_, role, words) and marks <= set(role.lower().split())
                                         or leads_state(t.lower_, role, owner, da))
                                        and (not owners or owner in owners) for role, owner in ds.titles(a))
    return fits


@lru_cache(maxsize=8)
def _role_words(roles: frozenset[str]) -> frozenset[str]:
    """Every word of the titles of ``roles.tsv`` ("prime", "minister", "affairs")."""
    return frozenset(w for r in roles for w in r.split())


def _title_marks(t: Token, da: DocumentActors) -> frozenset[str]:
    """"the external affairs minister", "the foreign minister": the words right before title ``t``
    that occur in titles (``roles.tsv``: "affairs", "foreign", "prime"), which its holder's title must
    contain (not "prime minister"); not "former", "new", nor a name ("the Israeli minister")."""
    vocabulary = _role_words(da.kb.lexicon.roles)
    start = t.i
    while start > t.sent.start and t.doc[start - 1].dep_ in ("amod", "compound") and t.doc[start - 1].head.i >= start \
            and t.doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and not da.actor_at(start - 1):
        start -= 1
    return frozenset(x.lower_ for x in t.doc[start:t.i] if x.lower_ in vocabulary)


def _later_holder(t: Token, owners: list[str], fits: Callable[[str], bool], ds: Discourse) -> str | None:
    """"the country's president ordered ... . (two sentences) ... Belarusian President Alexander
    Lukashenko": a title written with its owner stands for the one person the text later gives that
    title of that owner, however far on (before a person the next sentences introduce untitled);
    ``None`` without an owner, or when none or two hold it later."""
    if not owners:
        return None
    later = {m.actor for m in ds.mentions if m.span.start > t.i and fits(m.actor)}
    return next(iter(later)) if len(later) == 1 else None


def _cataphora_end(t: Token) -> int:
    """The end of the sentence after the one after ``t``'s: how far a title may look ahead."""
    sent_end = t.sent.end
    nxt = t.doc[sent_end].sent.end if sent_end < len(t.doc) else sent_end
    return t.doc[nxt].sent.end if nxt < len(t.doc) else nxt


def _owner(c: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a possessive or description of a title stands for: "the country's", "of the Hamas
    group" (the name it is written with), "of the Palestinian group" (the group described)."""
    if c.pos_ == "NOUN":
        # "the head of the Hamas group": the name it is written with (not "the Palestinian group")
        named = [m.actor for x in c.children if x.dep_ in MODIFIER_DEPS for m in da.mentions
                 if m.span.start <= x.i < m.span.end and m.how != HOW_DEMONYM and not is_person(m.actor, da)]
        return named[0] if named else descriptor(c, da, ds)
    if c.tag_ == "VBN" and c.lemma_.lower() in da.kb.lexicon.words_of("appointer_participle"):
        # "the Taliban-appointed foreign minister": the Taliban's, no other state's minister
        return next((a for g in c.children if g.i < c.i and (a := da.actor_at(g.i)) and not is_person(a, da)), None)
    if c.lower_ in da.kb.lexicon.words_of("neuter_pronoun"):
        from .coreference import possessor
        return possessor(c, da, ds)
    return None


def descriptor(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a definite description stands for: "the group", "the army", "the
    country", "the city", "the junta" (a noun the text used for an actor), or ``None``."""
    lex = da.kb.lexicon
    words = lex.words_of
    kind = lex.descriptors.get(t.lower_) or lex.descriptors.get(t.lemma_.lower())
    group = t.lower_ in words("group_descriptor")
    military = t.lower_ in words("military_descriptor")
    if not kind and not group and not military:
        return named_body(t, da, ds)
    definite = words("definite_determiner")
    if not any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in t.children):
        return headline_place(t, da, ds) if kind == "city" else None
    ours = [c for c in t.children if c.dep_ == "poss" and c.lower_ in words("first_person_plural")]
    if ours:   # "our country", "our army": the speaker's side
        from .coreference import speaker_side
        side = speaker_side(ours[0], da, ds)
        return side[0] if side else None
    his = [c for c in t.children if c.dep_ == "poss" and c.lower_ in words("person_pronoun")]
    state = _persons_state(his[0], da, ds) if his and kind == "state" else None
    if state:   # "He added that his country supports ...", "his government"
        return state
    if any(c.dep_ == "poss" and c.lower_ in words("plural_pronoun") for c in t.children):
        return None   # "their militants": the sayers' (arguments.modifier_actors)
    if military:   # "the army", but not "the Sudanese army" (an institution of its own)
        if any(c.dep_ in MODIFIER_DEPS for c in t.children):
            return None
        # the named army, else the state (realnews judgement call: "the army" with none named)
        return _armed_force(t, da, ds) or governed_state(t, da, ds)
    described = ds.described.get(t.lemma_.lower())
    if described and any(m.actor == described for m in ds.before(t.i)):
        return described
    if t.lemma_.lower() in words("state_descriptor"):
        return governed_state(t, da, ds)
    kids = list(t.children)
    if group and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and not da.actor_at(c.i) for c in kids) \
            and not any(c.dep_ == "appos" for c in kids):
        return None   # "the March 23 movement": a name the document does not know, no anaphor
    if group:
        # "the rebels" are no group the knowledge base knows as unarmed (a court, a party)
        armed_noun = t.lower_ in words("armed_collective") or any(   # "the main Darfur rebel group"
            c.dep_ in ("amod", "compound") and c.lower_ in words("armed_collective") for c in kids)
        # nor are "the rebels", "the group" a state's army or body ("Sudanese armed forces attacked ... the group")
        nonstate = armed_noun or t.lower_ in words("nonstate_group_descriptor")
        # "the regional bloc", "the alliance": a body of states, not the last group of any kind
        bloc = words("bloc_kind") if t.lower_ in words("bloc_descriptor") else None

        def fits(x: str) -> bool:
            return da.type_of(x) == "Group" and not is_media(x, da) \
                and not (armed_noun and da.protos[x].kind and x not in ds.armed) \
                and not (nonstate and state_body(x, da, ds)) and (bloc is None or (da.protos[x].kind or "") in bloc)
        return qualified_group(t, da, ds, lambda home: ds.last_subject(t.i, lambda x: fits(x) and home(x)))
    if kind == "state":
        if t.lemma_.lower() in words("bare_state_descriptor") and any(c.dep_ != "det" for c in t.children):
            return None   # "the Israeli government", "the elected government of X": not a bare "the government"
        # "DR Congo accuses Rwanda of backing rebels fighting in the country": the sentence's
        # subject when it is a state; else the last state named
        root = t.sent.root
        subject = [a for c in root.children if c.dep_ in SUBJECT_DEPS and t.i not in range(c.left_edge.i, c.i + 1)
                   for a in ds.actors_at(c.i) if is_state(a, da)]
        return subject[0] if subject else state_named_with(t, da, ds) or ds.last_actor(t.i, lambda x: is_state(x, da))
    if any(c.dep_ in ("compound", "nmod") and da.type_of(da.actor_at(c.i) or "") == "Place" for c in t.children):
        return None   # "the country's eastern Diyala province": the phrase names its place
    return _described_place(t, kind == "city", da, ds)


def _persons_state(pron: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The state of the person a possessive "his", "her" stands for, the person subject of its clause
    or the clauses above: "Wang Yi ... He added that his country supports" -> China; ``None`` when
    no person subject, or none of a known state, fits."""
    from .coreference import clause_subject
    person = clause_subject(pron, da, ds, want=lambda a: is_person(a, da))
    state = person_state(person, da) if person else None
    return state if state and is_state(state, da) else None


def named_body(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"The ministry denounced ...", "the council", "the mission": a definite institution noun
    (``institution``) with no modifier stands for the last group named with that word in its
    name or kind ("the Russian Foreign Ministry", "the UN Security Council")."""
    words = da.kb.lexicon.words_of
    low = t.lower_
    if low not in words("institution") or not any(
            c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in t.children) \
            or any(c.dep_ in MODIFIER_DEPS for c in t.children):
        return None

    def named(x: str) -> bool:
        p = da.protos[x]
        return da.type_of(x) == "Group" and (low in p.name.lower().split() or low in (p.kind or "").lower().split())
    return ds.last_actor(t.i, named)


def named_army(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"a *military* jet", "*army* troops": the armed force the text named last before ``t``
    (:func:`_armed_force`); ``None`` when it named none (no guess of a state)."""
    return _armed_force(t, da, ds)


def _armed_force(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"the army": the last named group whose kind or name marks an armed force."""
    military_kind = da.kb.lexicon.words_of("military_kind")

    def armed(x: str) -> bool:
        p = da.protos[x]
        text = f"{p.kind or ''} {p.name}".lower()
        return da.type_of(x) == "Group" and any(w in text for w in military_kind)
    return ds.last_actor(t.i, armed)


def _described_place(t: Token, want_city: bool, da: DocumentActors, ds: Discourse) -> str | None:
    """"the city", "the territory": the last named place of that kind, not a dateline's (a city: or
    the first one named after it, up to the end of the next sentence). When another place
    modifies the description ("southern Gaza's main city"), the discourse notes where it lies."""
    city_kinds = da.kb.lexicon.words_of("city_kind")

    def fits(x: str) -> bool:
        p = da.protos[x]
        if da.type_of(x) != "Place" or p.type == "State":
            return False
        return ((p.kind or ("city" if _called_town(x, da, ds) else "")) in city_kinds) == want_city
    named = {m.actor for m in ds.before(t.i) if not da.in_dateline(m.span)}   # not a dateline's city
    found = ds.last_actor(min(x.i for x in t.subtree), lambda x: x in named and fits(x))
    if found is None and want_city:
        found = _named_after(t, fits, ds)
    if found:
        for c in t.children:
            outer = da.actor_at(c.i)
            if c.dep_ in PLACE_OF_DEPS and outer and outer != found and is_location(outer, da):
                ds.note_place(PlaceDescription(t, found, outer))
    return found


def _called_town(x: str, da: DocumentActors, ds: Discourse) -> bool:
    """Whether the text calls a place of no known kind a town ("the town of Mayom", "Mayom town":
    :func:`_named_as` with a city ``place_descriptor``)."""
    towns = [w for w, kind in da.kb.lexicon.descriptors.items() if kind == "city"]
    return any(_named_as(m.span, w) for m in ds.mentions if m.actor == x for w in towns)


def headline_place(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"Rwanda Defence Force says retakes strategic Mozambican town", "Rebels seize CAR town": a town
    (a ``place_descriptor`` of a city) the headline does not name is the one town, city or place of no
    known kind the lead names (the sentence after the headline; else the one after it, as "the town
    of X"; not a dateline's place, nor one the headline names); ``None`` outside a headline, for a
    plural ("towns"), when the noun has a name of its own, or when the lead names none or two ("a
    village ... in Masambo, 50 km from the city of Beni"). A state or place modifying it
    ("Mozambican town") is where the town lies."""
    doc = t.doc
    sent = t.sent
    last = [u for u in sent if not u.is_space][-1]
    if sent.start != 0 or last.text in (".", "!", "?") or t.tag_ in ("NNS", "NNPS") or any(
            c.dep_ in ("compound", "nmod", "appos") and (a := da.actor_at(c.i)) and not is_state(a, da)
            for c in t.children):     # "Gaza city" names its town; "CAR town" says where it lies
        return None
    city_kinds = da.kb.lexicon.words_of("city_kind")
    descriptors = da.kb.lexicon.descriptors

    regions = da.kb.lexicon.words_of("region_kind")

    def town(x: str, span: Span) -> bool:   # a town, or a place of no known kind not named as a region
        p = da.protos[x]                      # ("Kurdish region", "Unity state")
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return da.type_of(x) == "Place" and p.type != "State" and (p.kind in city_kinds if p.kind else (
            descriptors.get(span[-1].lower_, "city") == "city" and span[-1].lower_ not in regions
            and after not in regions))
    in_headline = {m.actor for m in ds.mentions if m.span.start < sent.end}     # "town south of Man"
    named: set[str] = set()
    start = sent.end
    for lead in (True, False):    # the lead, else the sentence after it, where "the town of X" names it
        if start >= len(doc) or named:
            break
        end = doc[start].sent.end
        named = {m.actor for m in ds.mentions if start <= m.span.start < end and not da.in_dateline(m.span)
                 and town(m.actor, m.span) and m.actor not in in_headline
                 and (lead or _named_as(m.span, t.lemma_.lower()))}
        start = end
    if len(named) != 1:
        return None
    found = next(iter(named))
    for c in t.children:
        outer = da.actor_at(c.i)
        if c.dep_ in PLACE_OF_DEPS | {"amod"} and outer and outer != found and is_location(outer, da):
            ds.note_place(PlaceDescription(t, found, outer))
    return found


def _named_as(span: Span, lemma: str) -> bool:
    """Whether a place's name is written with the noun ``lemma``: "the town of Kabo", "Kabo town"."""
    doc = span.doc
    before = doc[span.start - 2:span.start] if span.start >= 2 else None
    after = doc[span.end] if span.end < len(doc) else None
    return bool(before is not None and before[0].lemma_.lower() == lemma and before[1].lower_ == "of"
                or after is not None and after.lemma_.lower() == lemma)


def _named_after(t: Token, fits: Callable[[str], bool], ds: Discourse) -> str | None:
    """Cataphora within the next sentence: "its main city ... Khan Yunis"."""
    sent_end = t.sent.end
    nxt_end = t.doc[sent_end].sent.end if sent_end < len(t.doc) else sent_end
    return ds.next_actor(t.i, nxt_end, fits)


def appositive_descriptions(da: DocumentActors) -> dict[str, str]:
    """Nouns the text itself uses to describe an actor: "Niger's new military junta, the
    CNSP" and "the CNSP, the junta" make "the junta" later mean the CNSP."""
    out: dict[str, str] = {}
    for m in da.mentions:
        root = m.span.root
        pairs = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            pairs.append(root.head)
        for noun in pairs:
            if not da.actor_at(noun.i):
                out[noun.lemma_.lower()] = m.actor
    return out
