"""Typing by use: whether a mention names a location rather than an actor.

A state named only as a location in a document ("the Lebanon border", "in Egypt",
"Yemeni rebels", "Yemen's Houthis") is a Place there; :func:`decide_types` records that
in :attr:`DocumentActors.types`. :func:`is_locative` also tells a capital that is
the city from one that stands for its government.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span, Token

from ..ontology import Ontology
from .document import DocumentActors, MentionInfo
from .names import first_conjunct
from .types import GROUP, HOW_IN_NAME, HOW_INSTITUTION, PERSON, PLACE, STATE

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "appos"})
ADJECTIVE_DEPS = frozenset({"compound", "amod", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_POS = frozenset({"NOUN", "ADJ", "PUNCT"})   # words between a name and the place noun it modifies
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
UNCOUNTED = frozenset({HOW_INSTITUTION, HOW_IN_NAME})   # mentions inside another actor's name
LISTED_TYPES = frozenset({GROUP, PERSON})   # new names a list of places may hold, mistagged
NAMED_TYPES = frozenset({GROUP, PERSON, STATE})   # new names a place's slots may show mistagged
OUTLET_KIND = "news outlet"   # the kind of a new name a noun for a news outlet marks


def is_locative(span: Span, kb: Ontology) -> bool:
    """Whether a mention names a location rather than an actor."""
    words = kb.lexicon.words_of
    root = first_conjunct(span.root)   # "in Burkina Faso and Mali", "the Latvian and Lithuanian borders"
    prep = root.head.lower_ if root.dep_ == "pobj" else None
    if prep == "from" and root.head.head.lower_ in words("state_agent"):
        return False   # "forces from Burundi": the state's forces
    if prep in words("locative_prep") and prep not in words("locative_prep_target"):
        return True
    if _use_as_place(span, root, prep, kb):
        return True
    if root.dep_ in MODIFIER_DEPS and root.head.lower_ in words("locative_head"):
        return True
    if root.dep_ in ADJECTIVE_DEPS and root.head.lower_ in words("nonstate_collective"):
        return True
    # "Yemen's Houthis", "Sudan's economy": a possessive that does not act
    if root.dep_ == "poss" and root.head.pos_ in NOUN_POS and not agentive_noun(root.head, kb):
        return True
    # "aggression against Yemen", "much of northern Yemen"
    if prep in words("locative_prep_after_noun") and root.head.head.pos_ == "NOUN":
        return True
    if prep == "of" and (root.head.head.lower_ in words("partitive") or root.head.head.lower_ in words("partitive_of")):
        return True
    # "the Lebanon-Israel border"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text == "-":
        tail = span.doc[span.end + 1: span.end + 4]
        if any(t.lower_ in words("locative_head") for t in tail):
            return True
    return False


def _use_as_place(span: Span, root: Token, prep: str | None, kb: Ontology) -> bool:
    """Further uses of a state's name as a place: a destination ("heading to the UAE"), a
    neighbour ("on the border with China"), the place an attack takes ("an invasion of
    Lebanon"), a container ("Crans-Montana, Switzerland"), a nationality ("a Syrian man")
    or an ethnicity ("ethnic Albanians"), the home of a group not its own ("Sudan's Rapid
    Support Forces")."""
    words, lex = kb.lexicon.words_of, kb.lexicon
    head = root.head
    if prep == "to" and head.head.lemma_.lower() in words("motion_verb"):
        return True
    if prep == "with" and head.head.lower_ in words("locative_head"):
        return True
    if prep == "of" and any(f.predicate and f.predicate.lower() in words("place_attack_predicate")
                            for f in lex.nouns.get(head.head.lemma_.lower(), ())):
        return True
    if root.dep_ == "appos" and head.ent_type_ in PLACE_ENTS and head.i < root.i:
        return True
    if root.dep_ in ADJECTIVE_DEPS and head.lemma_.lower() in words("nationality_noun"):
        return True
    if any(c.lower_ in words("ethnic_marker") for c in root.children):
        return True
    return root.dep_ == "poss" and head.pos_ == "PROPN" and head.ent_type_ == "ORG" \
        and not _own_body(span, head, kb)


def _own_body(span: Span, head: Token, kb: Ontology) -> bool:
    """Whether the named organisation a state's name owns is a body of that state ("Israel's
    Mossad") rather than a group in it ("Sudan's Rapid Support Forces")."""
    owner = span.ent_id_.split("#")[0] if span.ent_id_ else None
    body = head.ent_id_.split("#")[0] if head.ent_id_ else None
    entry = kb.entries.get(body) if body else None
    while entry is not None and entry.parent:
        if entry.parent == owner:
            return True
        entry = kb.entries.get(entry.parent)
    return body is None


def agentive_noun(noun: Token, kb: Ontology) -> bool:
    """A noun whose possessor acts: agents ("Israel's troops"), events ("Israel's assault"),
    titles ("Egypt's president") and speech ("Russia's statement")."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    words = kb.lexicon.words_of
    if low in words("state_agent") or lemma in words("state_agent") or low in kb.lexicon.roles:
        return True
    if low in words("ally_noun") or lemma in words("act_noun"):
        return True   # "Belgrade's key allies", "Ankara's intervention": the state acts
    return lemma in kb.lexicon.nouns or low in words("institution")


def _names_a_collective(span: Span, kb: Ontology) -> bool:
    """Whether a name modifies a noun for fighters or members ("Tamil Tiger rebels") or a
    kind of group ("the Seleka movement", "the ruling Frelimo party"), or has one in
    apposition ("Seleka, a coalition ...") or before it ("broadcaster A Haber"), as only a
    group's name does (``armed_collective``, ``nonstate_collective``, ``group_descriptor``,
    ``group_kind_noun``)."""
    root = span.root
    head = root.head
    words = kb.lexicon.words_of
    kinds = words("group_descriptor") | words("group_kind_noun")
    if root.dep_ in ("compound", "amod") and head.i == span.end:
        if head.tag_ == "NNS" and (head.lemma_.lower() in words("armed_collective")
                                   or head.lower_ in words("nonstate_collective")):
            return True
        if head.tag_ != "NNS" and head.lower_ in kinds:
            return True   # "the Seleka movement", "the Failaq al-Rahman faction"
    if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in root.children):
        return True
    # read from the words, whatever the parse: "the Akbar Al Youm newspaper", "broadcaster A Haber"
    media = words("group_kind_noun")
    return any(t.is_lower and t.lower_ in media for t in _words_beside(span))


def _beside_outlet_noun(span: Span, kb: Ontology) -> bool:
    """Whether the word after a name, or before it (its article aside), is a noun for a news
    outlet ("the Akbar Al Youm newspaper", "broadcaster A Haber": ``outlet_kind_word``)."""
    outlets = kb.lexicon.words_of("outlet_kind_word")
    return any(t.lower_ in outlets for t in _words_beside(span))


def _words_beside(span: Span) -> list[Token]:
    """The word after a name and the word before it, an article before the name aside."""
    doc = span.doc
    before = span.start - (1 + (span.start > 1 and doc[span.start - 1].pos_ == "DET"))
    return [doc[i] for i in (span.end, before) if 0 <= i < len(doc)]


def _mostly_in_place_slots(ms: list[MentionInfo], kb: Ontology) -> bool:
    """Whether more than half of a name's mentions, and at least one, stand where only a
    place's name does (:func:`_in_place_slot`), two at least when it is written more than once."""
    slots = sum(_in_place_slot(m.span, kb) for m in ms)
    return slots * 2 > len(ms) and slots >= min(2, len(ms))


def _in_place_slot(span: Span, kb: Ontology) -> bool:
    """Whether a mention stands where only a place's name does: the object of a preposition
    a person's name does not follow ("in Amhara", ``place_slot_prep``), the name of a place
    noun ("the settlement of Kotlyarovka", "the Gurez sector", "this town (Ouadda-Djalle)",
    "locations including Raga", "Shaffa and other villages", ``place_noun``,
    ``place_name_head``), a point of the compass's ("south of Birao"), the
    subject of "is located" or the object of a verb that takes places ("liberated Stari
    Terny", ``place_object_verb``)."""
    words = kb.lexicon.words_of
    root = first_conjunct(span.root if span.root.dep_ != "det" else span[-1])   # "[the Dasht-e Goran] area"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in words("place_slot_prep"):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and (_place_head(head.head, kb) or _compass(head.head, kb)):
        return True   # "the settlement of Kotlyarovka", "175 kilometers south of Birao"
    if root.dep_ in ("compound", "nmod", "amod") and head.i >= span.end and _place_head(head, kb) \
            and all(t.pos_ in MODIFIER_POS for t in span.doc[span.end:head.i]):
        return True   # "the Gurez sector", "the Attari land-border crossing"
    if _place_noun_of_before(span, kb) or (root.dep_ == "appos" and _place_head(head, kb)):
        return True   # "the village of Maroun el-Ras" (whatever the parse), "this town (Ouadda-Djalle)"
    if (root.dep_ == "pobj" and head.lower_ == "including" and _place_head(head.head, kb)) \
            or any(c.dep_ == "conj" and _place_head(c, kb) for c in root.children):
        return True   # "locations including Raga", "visited Shaffa and other villages"
    lemma = head.lemma_.lower()
    if (root.dep_ == "nsubjpass" and lemma == "locate") or located_after(span):
        return True
    return root.dep_ == "dobj" and lemma in words("place_object_verb")


def _compass(tok: Token, kb: Ontology) -> bool:
    """Whether a word is a point of the compass ("south", ``compass_word``; "northwest")."""
    low, points = tok.lower_, kb.lexicon.words_of("compass_word")
    return low in points or (low[:5] in points and low[5:] in points)


def located_after(span: Span) -> bool:
    """Whether "is located" follows a name ("Trudove is located about 10 kilometres south"),
    read from the words, not the parse."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lemma_ == "be" and doc[span.end + 1].lower_ == "located"


def _place_noun_of_before(span: Span, kb: Ontology) -> bool:
    """Whether a name is written right after "<place noun> of" ("the village of X") or right
    before a lower-case place noun ("the Matzuva kibbutz", "al-Lait town"), read from the
    words, not the parse."""
    doc, words = span.doc, kb.lexicon.words_of
    if span.end < len(doc) and doc[span.end].is_lower \
            and doc[span.end].lemma_.lower() in words("place_noun") | words("place_name_head"):
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and _place_head(doc[span.start - 2], kb)


def _place_head(tok: Token, kb: Ontology) -> bool:
    """Whether a common noun names a kind of place ("settlement", "sector", "village")."""
    words = kb.lexicon.words_of
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in words("place_noun") or lemma in words("place_name_head"))


def _body_shaped(p) -> bool:
    """Whether a new group's name has a body's shape, "X of Y" ("stalled in the House of
    Representatives"): no place's slots make it a place."""
    return p.type == GROUP and "of" in p.name.lower().split()


def _named_as_place(name: str, kb: Ontology) -> bool:
    """Whether a name of two words or more ends in a capitalised noun for a kind of place
    ("Arandu Pass", "Rajgal Valley": ``place_noun``, ``place_name_head``), as no person's does."""
    words = name.split()
    last = words[-1]
    low = last.lower()
    return len(words) > 1 and last[:1].isupper() \
        and (low in kb.lexicon.words_of("place_noun") or low in kb.lexicon.words_of("place_name_head"))


def conjuncts(tok: Token) -> list[Token]:
    """Every word coordinated with ``tok``, itself included ("Walungu, Kavumu and Nyangezi")."""
    out, todo = [], [first_conjunct(tok)]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _listed_with_places(m: MentionInfo, roots: dict[int, bool]) -> bool:
    """Whether a mention is coordinated with names of which all are places, one at least
    (``roots``: the root of each mention, True for a place's)."""
    named = [roots[t.i] for t in conjuncts(m.root) if t.i != m.root.i and t.i in roots]
    return bool(named) and all(named)


def decide_types(da: DocumentActors) -> None:
    """Mark every mention locative or not; states named only as locations are Places in
    this document (``da.types``)."""
    by_actor: dict[str, list[MentionInfo]] = defaultdict(list)
    roots = {m.span.root.i: da.protos[m.actor].type == PLACE for m in da.mentions}
    for m in da.mentions:
        m.locative = da.in_dateline(m.span) or is_locative(m.span, da.kb)
        by_actor[m.actor].append(m)
    for actor_id, ms in by_actor.items():
        p = da.protos[actor_id]
        counted = [m for m in ms if m.how not in UNCOUNTED]
        if p.type == STATE and counted and all(m.locative for m in counted):
            da.types[actor_id] = PLACE
        elif p.type in NAMED_TYPES and p.entry is None and not _body_shaped(p) and _mostly_in_place_slots(counted, da.kb) \
                or p.type == PERSON and p.entry is None and _named_as_place(p.name, da.kb):
            p.type = PLACE   # "a state of emergency in Amhara" (tagged PERSON), named mostly so
        elif p.type == PERSON and p.entry is None and counted and all(_names_a_collective(m.span, da.kb) for m in counted):
            p.type = GROUP   # "Tamil Tiger rebels" (tagged PERSON): the group the fighters belong to
            if any(_beside_outlet_noun(m.span, da.kb) for m in counted):
                p.kind = OUTLET_KIND   # "the Akbar Al Youm newspaper": a news outlet, never "the rebels"
        elif p.type in LISTED_TYPES and p.entry is None and p.geo is None and counted \
                and all(_listed_with_places(m, roots) for m in counted):
            p.type = PLACE   # "towards Walungu, Kavumu and Nyangezi" (the last tagged ORG)
