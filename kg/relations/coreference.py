"""Coreference: what a pronoun or a description stands for, read from the discourse state.

* "he", "she" -> the last person named; "it", "its" -> the last state or group
  subject (or, after "into", "out of", the last place);
* "the group", "the army", "the country", "the city" -> the last named actor of that
  kind; "the junta" -> the actor the text described so ("Niger's junta, the CNSP");
* "the four countries", "the two leaders", "both sides" -> the members last named together;
* "its main city ... Khan Yunis": a city described before it is named (cataphora).

Each function reads the document's actors and the :class:`~kg.relations.discourse.Discourse`;
a description of a place that says where it lies ("southern Gaza's main city") is
noted in the discourse state for the location rule to report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import PERSON_TYPES, SUBJECT_DEPS, Discourse, PlaceDescription, is_subject
from .grammar import MODIFIER_DEPS

if TYPE_CHECKING:
    from ..actors import DocumentActors

LOCATION_TYPES = frozenset({"Place", "State"})
PARTY_TYPES = frozenset({"State", "Group"})
PLACE_OF_DEPS = frozenset({"poss", "compound"})    # "southern Gaza's main city", "the Gaza city"
OBJECT_SLOT_DEPS = frozenset({"dobj", "pobj", "dative"})


def is_location(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a place or a state in this document."""
    return da.type_of(a) in LOCATION_TYPES


def is_media(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a news outlet (by its knowledge-base kind): it reports, it is
    no party to what it reports."""
    kind = (da.protos[a].kind or "").lower()
    words = da.kb.lexicon.words_of
    return any(w in kind for w in words("media_kind_word")) or kind in words("media_kind")


def is_party(a: str, da: DocumentActors) -> bool:
    """Whether actor ``a`` is a state or a group other than a news outlet."""
    return da.type_of(a) in PARTY_TYPES and not is_media(a, da)


def pronoun_antecedent(t: Token, da: DocumentActors, ds: Discourse) -> list[str] | None:
    """The actor a personal pronoun stands for ([] if none is known), or ``None`` when
    ``t`` is no such pronoun."""
    words = da.kb.lexicon.words_of
    low = t.lower_
    if low in words("person_pronoun") and t.pos_ == "PRON":
        b = ds.last_person(t.i)
        return [b] if b else []
    if low in words("neuter_pronoun") and t.pos_ in ("PRON", "DET"):
        if locative_slot(t, words):
            # "troops pulled out of it", "moved into it": the last place named or described
            b = last_place_in_sentence(t, da, ds) or ds.last_actor(t.i, lambda x: is_location(x, da))
        elif t.dep_ in OBJECT_SLOT_DEPS:
            b = object_antecedent(t, da, ds)
        else:
            b = ds.last_subject(t.i, lambda x: is_party(x, da))
        return [b] if b else []
    return None


def object_antecedent(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"it" as an object is not its own clause's subject: the nearest state or group named
    before it in its sentence outside a subject ("cut off relations with Doha, accusing it of
    ..." -> Doha), else the last subject other than its clause's."""
    verb = t.head.head if t.dep_ == "pobj" else t.head
    own = {a for c in verb.children if c.dep_ in SUBJECT_DEPS
           for a in (ds.actors_at(c.i) or (description(c, da, ds) if c.pos_ == "NOUN" else []))}
    sent_start = t.sent.start
    for m in ds.before(t.i):
        if m.span.start < sent_start:
            break
        root = m.span.root
        if not is_subject(root) and m.how != "in_name" and m.actor not in own and is_party(m.actor, da) \
                and root.dep_ not in MODIFIER_DEPS:
            return m.actor
    return ds.last_subject(t.i, lambda x: is_party(x, da) and x not in own)


def locative_slot(t: Token, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``t`` is the object of a preposition that only takes a place:
    "into it", "inside it", "out of it" (``place_only_prep``)."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    place_only = words("place_only_prep")
    return prep.lower_ in place_only or f"{prep.head.lower_} {prep.lower_}" in place_only


def possessor(pron: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"its": the nearest state or group before it in the sentence, else the last subject."""
    sent_start = pron.sent.start
    for m in ds.before(pron.i):
        if m.span.start < sent_start:
            break
        if is_party(m.actor, da) and m.how != "in_name":
            return m.actor
    return ds.last_subject(pron.i, lambda x: is_party(x, da))


def last_place_in_sentence(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The last place or state named ("Bukavu") or described ("the city") before ``t``
    in its sentence."""
    for u in reversed(t.doc[t.sent.start:t.i]):
        if u.dep_ in MODIFIER_DEPS:
            continue          # "Congolese troops", "Gaza's hospitals": not a place named
        a = da.actor_at(u.i)
        if a is None and u.pos_ == "NOUN":
            a = descriptor(u, da, ds)
        if a and is_location(a, da):
            return a
    return None


def description(t: Token, da: DocumentActors, ds: Discourse) -> list[str]:
    """The actors a definite description stands for: the members of a plural one ("the
    four countries", "both sides") or the one actor of :func:`descriptor` ("the group")."""
    plural = plural_description(t, da, ds)
    if plural is not None:
        return plural
    one = descriptor(t, da, ds)
    return [one] if one else []


def plural_description(t: Token, da: DocumentActors, ds: Discourse) -> list[str] | None:
    """The members a definite plural description stands for, or ``None`` when ``t`` is none:
    "the four countries" -> the last four states named together, "the two leaders" -> the
    last two persons, "both sides" / "the parties" -> the sides of the conflict
    (``plural_descriptor``: the noun and its kind; ``plural_determiner``; ``number_word``)."""
    lex = da.kb.lexicon
    kind = lex.mappings.get("plural_descriptor", {}).get(t.lower_)
    if kind is None:
        return None
    children = list(t.children)
    if not any(c.dep_ in ("det", "predet") and c.lower_ in lex.words_of("plural_determiner") for c in children):
        return None    # "four countries", "several countries": no reference back
    if any(c.dep_ in MODIFIER_DEPS and (c.pos_ == "PROPN" or da.actor_at(c.i)) for c in children) \
            or any(c.dep_ == "prep" and c.lower_ in lex.words_of("partitive_of_prep") for c in children):
        return None    # "the Gulf countries", "the Russian delegations", "the leaders of X": named
    size = _number(children, lex.mappings.get("number_word", {}))
    want = _KIND_TEST[kind]

    def fits(a: str) -> bool:
        return want(a, da)
    if kind == "party" and size in (None, 2):
        return ds.sides(t.i, fits)
    return ds.members(t.i, fits, size)


def _number(children: list[Token], words: dict[str, str]) -> int | None:
    """The number a description counts: "the *four* countries", "*both* sides"."""
    for c in children:
        n = words.get(c.lower_)
        if n is None and c.dep_ == "nummod" and c.text.isdigit():
            n = c.text
        if n is not None and c.dep_ in ("nummod", "det", "predet"):
            return int(n)
    return None


def _is_state(a: str, da: DocumentActors) -> bool:
    return da.type_of(a) == "State" or da.protos[a].type == "State"


def _is_person(a: str, da: DocumentActors) -> bool:
    return da.type_of(a) in PERSON_TYPES


def _is_group(a: str, da: DocumentActors) -> bool:
    return da.type_of(a) == "Group" and not is_media(a, da)


def _is_side(a: str, da: DocumentActors) -> bool:
    return is_party(a, da) or _is_state(a, da)


#: what each kind of plural description (``plural_descriptor``'s third column) may stand for
_KIND_TEST = {"state": _is_state, "person": _is_person, "group": _is_group, "party": _is_side}


def descriptor(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a definite description stands for: "the group", "the army", "the
    country", "the city", "the junta" (a noun the text used for an actor), or ``None``."""
    lex = da.kb.lexicon
    words = lex.words_of
    kind = lex.descriptors.get(t.lower_) or lex.descriptors.get(t.lemma_.lower())
    group = t.lower_ in words("group_descriptor")
    military = t.lower_ in words("military_descriptor")
    if not kind and not group and not military:
        return None
    definite = words("definite_determiner")
    if not any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in t.children):
        return None
    if military:   # "the army", but not "the Sudanese army" (an institution of its own)
        return None if any(c.dep_ in MODIFIER_DEPS for c in t.children) else _armed_force(t, da, ds)
    described = ds.described.get(t.lemma_.lower())
    if described and any(m.actor == described for m in ds.before(t.i)):
        return described
    if group:
        return ds.last_subject(t.i, lambda x: da.type_of(x) == "Group" and not is_media(x, da))
    if kind == "state":
        return ds.last_actor(t.i, lambda x: da.type_of(x) == "State" or da.protos[x].type == "State")
    return _described_place(t, kind == "city", da, ds)


def _armed_force(t: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """"the army": the last named group whose kind or name marks an armed force."""
    military_kind = da.kb.lexicon.words_of("military_kind")

    def armed(x: str) -> bool:
        p = da.protos[x]
        text = f"{p.kind or ''} {p.name}".lower()
        return da.type_of(x) == "Group" and any(w in text for w in military_kind)
    return ds.last_actor(t.i, armed)


def _described_place(t: Token, want_city: bool, da: DocumentActors, ds: Discourse) -> str | None:
    """"the city", "the territory": the last named place of that kind (a city: or the
    first one named after it, up to the end of the next sentence). When another place
    modifies the description ("southern Gaza's main city"), the discourse notes where it lies."""
    city_kinds = da.kb.lexicon.words_of("city_kind")

    def fits(x: str) -> bool:
        p = da.protos[x]
        if da.type_of(x) != "Place" or p.type == "State":
            return False
        return ((p.kind or "") in city_kinds) == want_city
    found = ds.last_actor(min(x.i for x in t.subtree), fits)
    if found is None and want_city:
        found = _named_after(t, fits, ds)
    if found:
        for c in t.children:
            outer = da.actor_at(c.i)
            if c.dep_ in PLACE_OF_DEPS and outer and outer != found and is_location(outer, da):
                ds.note_place(PlaceDescription(t, found, outer))
    return found


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
