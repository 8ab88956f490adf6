"""Location rules: LOCATED_IN between places, as the text states it.

For each place named in a sentence, one function per construction:

* :func:`apposition` — "Khan Younis, a town on the edge of the Gaza Strip",
  "Kharkiv, Ukraine's second city", "Rafah, Gaza";
* :func:`named_kind` — "the Nigerian capital Abuja", "the capital of Nigeria, Abuja",
  "Somalia's capital Mogadishu";
* :func:`descriptor_of` — "the West Bank city of Bethlehem";
* :func:`kind_of_place` — "the Dasht-e Goran area of Balochistan", "Pato district of
  Daikundi province"; :func:`coordinated_kind` — "the Chinarli and Mughanjig settlements of the
  Shamshaddin region";
* :func:`preposition` — "Rafah on Gaza's southern edge", "Avdiivka in eastern Ukraine",
  "near Tintaypunco in the province of Huancavelica";
* :func:`comma_preposition` — "attacked the village of Liche, in Nangade district";
* :func:`list_location` — "Lebanese cities including Tyre and Sidon", "the region,
  comprising the provinces of A, B and C";
* :func:`located_clause` — "Palma is located in Cabo Delgado", "Cabo Delgado, where
  Palma is located";
* :func:`dateline` — "BEIRUT, Lebanon --".

And :func:`described_place`: "southern Gaza's main city" (resolved to Khan Yunis by
coreference) -> Khan Yunis lies in Gaza. The GeoNames or knowledge-base country of a
place is a node attribute (``country``), not a text relation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.locative import located_after
from ..actors.names import first_conjunct
from ..actors.types import STATE_KIND
from ..predicates import LOCATED_IN
from .arguments import place_modifiers, place_objects
from .coreference import is_location, possessor
from .descriptions import descriptor
from .discourse import Discourse
from .found import Found
from .grammar import LOCATIVE_RELATIVE, POSSESSIVE_MARKERS
from .index import TokenIndex
from .lists import list_marker
from .targets import is_water

if TYPE_CHECKING:
    from ..actors import DocumentActors, MentionInfo

_OBJECT_DEPS = frozenset({"dobj", "pobj"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MODIFIER_POS = frozenset({"ADJ", "ADV"})
_VERB_POS = frozenset({"VERB", "AUX"})
_NAME_MOD_DEPS = frozenset({"compound", "nmod"})


def location(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """LOCATED_IN from appositions, "the Y city of X" and "X in/on Y", for each place named
    in ``sent`` (not as a demonym), and from a dateline ("BEIRUT, Lebanon --")."""
    yield from dateline(sent, da)
    for m in da.mentions:
        if not (sent.start <= m.span.start < sent.end) or da.type_of(m.actor) != "Place" or m.how == "demonym":
            continue
        yield from apposition(m, da, ds)
        yield from named_kind(m, da, ds)
        yield from descriptor_of(m, da, ds)
        yield from kind_of_place(m, da, ds)
        yield from coordinated_kind(m, da, ds)
        yield from preposition(m, da, ds)
        yield from comma_preposition(m, da)
        yield from list_location(m, da, ds)
        yield from located_clause(m, da, ds)
        yield from possessed_place(m, da, ds)


def dateline(sent: Span, da: DocumentActors) -> Iterator[Found]:
    """"BEIRUT, Lebanon --", "KABUL, Afghanistan (AP) -": the dateline's city lies in the
    country named after it."""
    for start, end in da.datelines:
        if not (sent.start <= start < sent.end):
            continue
        named = sorted((m for m in da.mentions if start <= m.span.start and m.span.end <= end),
                       key=lambda m: m.span.start)
        places = list(dict.fromkeys(m.actor for m in named if is_location(m.actor, da)))
        if len(places) >= 2 and da.type_of(places[0]) == "Place":
            yield Found(places[0], LOCATED_IN, places[1], named[0].span.root, "location.dateline",
                        da.kb.confidence("location.dateline"))


def apposition(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Kharkiv, Ukraine" (a named place in apposition) and "Khan Younis, a town on the edge
    of the Gaza Strip", "Kharkiv, Ukraine's second city" (a kind of place, where it lies)."""
    kb = da.kb
    lex = kb.lexicon
    place_nouns, preps = lex.words_of("place_noun"), lex.words_of("place_object_prep")
    root = m.span[-1]
    for c in root.children:
        if c.dep_ != "appos":
            continue
        y = da.actor_at(c.i)
        if y and y != m.actor and is_location(y, da) and c.pos_ == "PROPN" and not _listed(c):
            yield Found(m.actor, LOCATED_IN, y, c, "location.apposition", kb.confidence("location.apposition"))
        if c.lower_ in lex.descriptors or c.lemma_.lower() in place_nouns:
            ethnic = _ethnic_words(c, da)
            for y in place_objects(c, preps, da, ds) + place_modifiers(c, da, ds):
                if y != m.actor and y not in ethnic:
                    yield Found(m.actor, LOCATED_IN, y, c, "location.apposition",
                                kb.confidence("location.apposition_kind"))


def _listed(c: Token) -> bool:
    """"Venezuela, Nauru and Tuvalu": a name "in apposition" that heads a coordination is a
    list of places, not where the first lies."""
    return any(k.dep_ == "conj" for k in c.children)


def _ethnic_words(kind: Token, da: DocumentActors) -> set[str]:
    """Actors a kind of place names as its people, not as where it lies: "a predominantly
    Armenian ethnic region", "the capital of the Amhara people" (``ethnic_degree`` adverbs,
    the word "ethnic", ``people_noun`` objects)."""
    words = da.kb.lexicon.words_of
    ethnic = any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in kind.children)
    out = {da.actor_at(c.i) for c in kind.children if c.dep_ in ("amod", "compound") and da.actor_at(c.i)
           and (ethnic or any(a.lower_ in words("ethnic_degree") for a in c.children))}
    out |= {da.actor_at(x.i) for prep in kind.children if prep.dep_ == "prep"
            for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in words("people_noun")
            for x in p.children if x.dep_ in ("amod", "compound") and da.actor_at(x.i)}
    return {a for a in out if a}


def named_kind(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the Nigerian capital Abuja", "the capital of Nigeria, Abuja", "Somalia's capital
    Mogadishu" (the kind a compound of the name, the place its possessor)."""
    words = da.kb.lexicon.words_of
    root = m.span[-1]
    confidence = da.kb.confidence("location.named_kind")
    if root.dep_ == "appos" and root.head.lemma_.lower() in words("place_noun"):
        kind = root.head
        if da.actor_at(kind.i) is not None:
            return   # "Abdiaziz district, Mogadishu": the kind word ends a name; the apposition is where it lies
        outer = place_modifiers(kind, da, ds) + place_objects(kind, words("place_kind_prep"), da, ds)
        for y in outer or _capital_of_sentence(m, kind, da):
            if y != m.actor:
                yield Found(m.actor, LOCATED_IN, y, kind, "location.named_kind", confidence)
        return
    kinds = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.i < m.span.start
             and c.lemma_.lower() in words("place_noun")]
    if kinds:
        for y in place_modifiers(root, da, ds) or _capital_of_sentence(m, kinds[0], da):
            if y != m.actor:
                yield Found(m.actor, LOCATED_IN, y, kinds[0], "location.named_kind", confidence)


def _capital_of_sentence(m: MentionInfo, kind: Token, da: DocumentActors) -> list[str]:
    """"Seleka rebels in Central African Republic blocked highways through the capital Bangui":
    a bare "the capital X" is the capital of the country the sentence named before it, when
    that country is the one X lies in (a ``capital_noun``; the country known for X)."""
    country = da.protos[m.actor].country if m.actor in da.protos else None
    if kind.lemma_.lower() not in da.kb.lexicon.words_of("capital_noun") or not country or country == m.actor:
        return []
    sent = m.span.sent
    named = any(o.actor == country and sent.start <= o.span.start < m.span.start for o in da.mentions)
    return [country] if named else []


def descriptor_of(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the West Bank city of Bethlehem", "Bahrain's capital of Manama": the place modifying
    the kind of place (not a body of water: "the Black Sea city of Sochi"); "Daadusi village of Archi
    district" (the object named with its own kind of place): the other way round."""
    lex = da.kb.lexicon
    root = m.span[-1]
    if root.dep_ != "pobj" or root.head.lower_ not in lex.words_of("place_kind_prep"):
        return
    desc = root.head.head
    # a kind of place of the descriptors ("city"), or of any place noun with a possessor ("Bahrain's capital")
    possessed = desc.lemma_.lower() in lex.words_of("place_noun") and any(c.dep_ == "poss" for c in desc.children)
    if desc.lemma_.lower() in lex.words_of("area_kind") and any(
            c.dep_ == "compound" and da.actor_at(c.i) for c in desc.children):
        return   # "the Donetsk region of Ukraine": the region lies in Ukraine (kind_of_place)
    if not (desc.lower_ in lex.descriptors or possessed):
        return
    # "Daadusi village of Archi district": a place named with its kind of place, of a place named
    # with its own kind -- the first lies in the second
    named_kind = root.lemma_.lower() in lex.words_of("place_noun")
    for y in place_modifiers(desc, da, ds):
        if y == m.actor or is_water(y, da):
            continue   # "the Black Sea city of Sochi": a city on the sea's coast, not in it
        place, where = (y, m.actor) if named_kind else (m.actor, y)
        yield Found(place, LOCATED_IN, where, desc, "location.descriptor_of",
                    da.kb.confidence("location.descriptor_of"))


def kind_of_place(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the Dasht-e Goran area of Balochistan", "Bama Local Government Area of Borno State",
    "Pato district of Afghanistan's province of Daikundi": a place named with its kind of
    place (the kind inside the name or right after it) that the kind's "of" puts in a place."""
    words = da.kb.lexicon.words_of
    root = m.span[-1]
    kind = root
    if root.lemma_.lower() not in words("area_kind"):
        kind = root.head
        if root.dep_ != "compound" or kind.i != m.span.end or kind.lemma_.lower() not in words("area_kind") \
                or da.actor_at(kind.i) is not None:
            return
    yield from _in_kind_of(m, kind, da)


def coordinated_kind(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"the Munjuglu, Aghbulag and Gosha settlements of the Tovuz region", "Pallanwala, Chaprial and
    Samnam areas of Akhnoor sector": each place of a coordination that modifies a plural kind of
    place (``area_kind`` or ``coordinated_place_kind``) lies where the kind's "of" puts it, as
    :func:`kind_of_place` does for the name right before its kind."""
    words = da.kb.lexicon.words_of
    root = m.span[-1]
    first = first_conjunct(root)
    kind = first.head
    lemma = kind.lemma_.lower()
    if first.dep_ not in ("compound", "nmod") or kind.i < first.i or kind.tag_ not in ("NNS", "NNPS") \
            or (first is root and kind.i == m.span.end) or da.actor_at(kind.i) is not None \
            or lemma not in words("area_kind") | words("coordinated_place_kind"):
        return   # the name right before its kind is kind_of_place's
    yield from _in_kind_of(m, kind, da)


def _in_kind_of(m: MentionInfo, kind: Token, da: DocumentActors) -> Iterator[Found]:
    """LOCATED_IN from the place of ``m`` to each place the "of" of its ``kind`` names."""
    words = da.kb.lexicon.words_of
    named = [da.actor_at(o.i) for c in kind.children if c.dep_ == "prep" and c.lower_ in words("place_kind_prep")
             for o in c.children if o.dep_ == "pobj"]
    named += [a for c in kind.children if c.dep_ == "prep" and c.lower_ in words("place_kind_prep")
              for a in _named_kind_of(c, da)]
    for y in dict.fromkeys(named):   # a name, not a description ("Hangu district of the province")
        if y and y != m.actor and is_location(y, da):
            yield Found(m.actor, LOCATED_IN, y, kind, "location.kind_of", da.kb.confidence("location.kind_of"))


def located_objects(t: Token, preps: frozenset[str], da: DocumentActors, ds: Discourse,
                    only: Token | None = None) -> list[str]:
    """:func:`place_objects`, and through an unnamed kind of place to the place it is of:
    "in the province of Huancavelica" -> Huancavelica."""
    out = place_objects(t, preps, da, ds, only=only)
    if out:
        return out
    words = da.kb.lexicon.words_of
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps and (only is None or c.i == only.i):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in words("place_noun") and da.actor_at(p.i) is None:
                    out += [a for a in place_objects(p, words("place_kind_prep"), da, ds) if a not in out]
    return out


def preposition(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Rafah on Gaza's southern edge", "Avdiivka in eastern Ukraine" (the preposition
    attached to the place, or to its verb right after the place, maybe after a closing quote);
    "near Tintaypunco in the province of Huancavelica" (through the unnamed kind of place)."""
    preps = da.kb.lexicon.words_of("location_prep")
    root = m.span[-1]
    holders = [root]
    after = m.span.end
    while after < len(da.doc) and da.doc[after].is_quote and da.doc[after].dep_ == "punct":
        after += 1   # "took control of the village of X" in the Donetsk region: past the closing quote
    nxt = da.doc[after] if after < len(da.doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i != root.i and nxt.head in root.ancestors \
            and root.dep_ in _OBJECT_DEPS:
        # "dropped bombs on Nyaung Kone village in the northern Sagaing region": the preposition
        # right after the place, hung on the verb or a noun above it
        holders.append(nxt.head)
    confidence = da.kb.confidence("location.preposition")
    for h in holders:
        # through an unnamed kind of place only on a verb ("took place near X in the province
        # of Y"), not on a noun ("the border with Pakistan in the states of Punjab and ...")
        through = h.i == root.i or h.pos_ in _VERB_POS
        named = None if h.i == root.i or h.i == root.head.i else \
            {da.actor_at(o.i) for o in nxt.children if o.dep_ == "pobj"} | set(_named_kind_of(nxt, da) if through else [])
        # named: not "in its target range"
        find = located_objects if through else place_objects
        for y in find(h, preps, da, ds, only=nxt if h.i != root.i else None):
            if y != m.actor and (named is None or y in named):
                yield Found(m.actor, LOCATED_IN, y, root, "location.preposition", confidence)


def comma_preposition(m: MentionInfo, da: DocumentActors) -> Iterator[Found]:
    """"A terrorist group attacked the village of Liche, in Nangade district", "an attack
    against the Maganja administrative post, in Palma district": a place (or the noun it
    names, an object), then a comma and a ``location_prep`` the parser hung on the verb or
    noun above, whose object is a named place: the place lies there. Not "struck Idlib, near
    the Turkish border" (not a ``location_prep``), nor "in retaliation" (no named place)."""
    root = m.span[-1]
    if root.dep_ in _NAME_MOD_DEPS and root.head.pos_ in _NOUN_POS and root.head.i > root.i:
        root = root.head      # "the Maganja administrative post"
    after = root.right_edge.i + 1
    doc = da.doc
    if root.dep_ not in _OBJECT_DEPS or after + 1 >= len(doc) or doc[after].text != ",":
        return
    prep = doc[after + 1]
    if prep.dep_ != "prep" or prep.lower_ not in da.kb.lexicon.words_of("location_prep") \
            or prep.head not in root.ancestors:
        return
    for o in prep.children:
        y = da.actor_at(o.i) if o.dep_ == "pobj" else None
        if y and y != m.actor and is_location(y, da):
            yield Found(m.actor, LOCATED_IN, y, root, "location.comma_preposition",
                        da.kb.confidence("location.comma_preposition"))


def _named_kind_of(prep: Token, da: DocumentActors) -> list[str | None]:
    """The places named after an unnamed kind of place a preposition governs: "in the
    province of Huancavelica" -> [Huancavelica]."""
    words = da.kb.lexicon.words_of
    return [da.actor_at(o.i) for p in prep.children
            if p.dep_ == "pobj" and p.lemma_.lower() in words("place_noun") and da.actor_at(p.i) is None
            for c in p.children if c.dep_ == "prep" and c.lower_ in words("place_kind_prep")
            for o in c.children if o.dep_ == "pobj"]


def list_location(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Lebanese cities including Tyre and Sidon", "towns in Gaza such as Rafah", "the VRAE
    region, comprising the provinces of Junin, Ayacucho and Cusco": a member of a list of
    places lies where the listed kind lies, or in the place the list is of."""
    lex = da.kb.lexicon
    x = first_conjunct(m.span[-1])
    if x.dep_ != "pobj":
        return
    marker = x.head
    if marker.lower_ in lex.words_of("place_kind_prep") and lex.descriptors.get(marker.head.lemma_.lower()) \
            and marker.head.dep_ in ("dobj", "pobj"):
        marker = marker.head.head     # "comprising the provinces of Junin, ..."
    if marker.dep_ == "prep" and marker.head.lower_ in ("along", "together"):
        marker = marker.head
    if list_marker(marker) not in lex.words_of("list_marker") or marker.head.i == marker.i:
        return
    kind = marker.head
    if da.actor_at(kind.i):
        outer = [da.actor_at(kind.i)] if is_location(da.actor_at(kind.i), da) else []
    elif kind.lemma_.lower() in lex.descriptors or kind.lemma_.lower() in lex.words_of("place_noun"):
        outer = place_modifiers(kind, da, ds) + place_objects(kind, lex.words_of("location_prep"), da, ds)
    else:
        return    # "nine sites in Pakistan and Kashmir, including ...": not a kind of place
    confidence = da.kb.confidence("location.list")
    for y in dict.fromkeys(outer):
        if y != m.actor:
            yield Found(m.actor, LOCATED_IN, y, marker, "location.list", confidence)


def located_clause(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Palma is located in Cabo Delgado", "Cabo Delgado, where Palma is located": the
    subject of a verb of location (``location_verb``) lies in its object, or in the place
    a relative "where" stands for."""
    lex = da.kb.lexicon
    root = m.span[-1]
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in lex.words_of("location_verb"):
        yield from _located_participle(m, da, ds)
        return
    outer = place_objects(verb, lex.words_of("location_prep"), da, ds)
    if verb.dep_ == "relcl" and any(c.lower_ == LOCATIVE_RELATIVE for c in verb.children):
        a = da.actor_at(verb.head.i)
        outer += [a] if a and is_location(a, da) else []
    confidence = da.kb.confidence("location.preposition")
    located = _located_subjects(m, da)
    for y in dict.fromkeys(outer):
        if y != m.actor and y not in located:
            yield Found(m.actor, LOCATED_IN, y, verb, "location.clause", confidence)


def _located_subjects(m: MentionInfo, da: DocumentActors) -> set[str]:
    """The other places of ``m``'s sentence that "is located" follows: each the subject of a
    clause of its own ("X is located on the bank and Y is located south of Z"), whatever
    the parse hangs it on."""
    sent = m.span.sent
    return {o.actor for o in da.mentions if o.actor != m.actor and sent.start <= o.span.start < sent.end
            and located_after(o.span)}


def _located_participle(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Banjska, located in Leposavic", "the settlement of Lunacharske, located in the Donetsk
    region": a participle of a verb of location on the place (or on the kind of place it
    names) puts it in the participle's object."""
    lex = da.kb.lexicon
    root = m.span[-1]
    nouns = [root]
    if root.dep_ == "pobj" and root.head.lower_ in lex.words_of("place_kind_prep") \
            and root.head.head.lemma_.lower() in lex.words_of("place_noun"):
        nouns.append(root.head.head)   # "the settlement of X, located in ..."
    confidence = da.kb.confidence("location.preposition")
    for n in nouns:
        for v in (c for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in lex.words_of("location_verb")):
            for y in place_objects(v, lex.words_of("location_prep"), da, ds):
                if y != m.actor:
                    yield Found(m.actor, LOCATED_IN, y, v, "location.clause", confidence)


def possessed_place(m: MentionInfo, da: DocumentActors, ds: Discourse) -> Iterator[Found]:
    """"Sudan's western Darfur province", "Thailand's mainly Muslim Deep South", "Ukraine's
    Kharkiv": a place after a state's or place's possessive, maybe with adjectives between and
    its kind word after, that ends the noun phrase ("Israel's Gaza offensive" names no place
    of Israel's), lies in the possessor (read from the words: the small model often hangs
    the possessive elsewhere). The possessor may be a description or a pronoun that stands for
    a state: "the country's eastern Diyala province", "its northwestern North Pyongan province"."""
    doc, words = da.doc, da.kb.lexicon.words_of
    end = m.span.end
    if end < len(doc) and doc[end].lemma_.lower() in words("place_noun") and not da.actor_at(end):
        if is_water(m.actor, da):
            return   # "Hudaida's Red Sea port": the port lies in Hudaida, the sea does not
        end += 1   # "Darfur province"
    if end < len(doc) and doc[end].pos_ in _NOUN_POS:
        return
    k = m.span.start - 1
    while k > 0 and doc[k].pos_ in _MODIFIER_POS and doc[k].is_lower:
        k -= 1     # "western", "mainly Muslim", "restive"
    y = _possessor_place(doc[k], da, ds) if k >= 1 else None
    if y and y != m.actor and is_location(y, da):
        yield Found(m.actor, LOCATED_IN, y, doc[k - 1] if doc[k].text in POSSESSIVE_MARKERS else doc[k],
                    "location.possessive", da.kb.confidence("location.possessive"))


def _possessor_place(k: Token, da: DocumentActors, ds: Discourse) -> str | None:
    """The actor a possessive stands for: the name before "'s" ("Sudan's"), the state a
    description before it stands for ("the country's"), or what "its" refers to."""
    if k.text in POSSESSIVE_MARKERS:
        owner = k.doc[k.i - 1]
        got = da.actor_at(owner.i)
        if got or owner.pos_ != "NOUN":
            return got
        kind = da.kb.lexicon.descriptors.get(owner.lower_)
        return descriptor(owner, da, ds) if kind == STATE_KIND else None
    if k.lower_ in da.kb.lexicon.words_of("neuter_pronoun") and k.dep_ == "poss":
        return possessor(k, da, ds)
    return None


def described_place(sent: Span, da: DocumentActors, ds: Discourse, index: TokenIndex) -> Iterator[Found]:
    """"southern Gaza's main city": the place a description stands for lies in the place
    modifying it.

    Coreference resolves the description while the rules before this one read their
    arguments, and notes it in the discourse state; this rule reports the notes taken
    since it last ran. (A description first resolved by the rules after it, the
    affiliation and location rules, is thus reported with the next sentence.)
    """
    confidence = da.kb.confidence("location.descriptor")
    for d in ds.take_place_descriptions():
        yield Found(d.place, LOCATED_IN, d.outer, d.token, "location.descriptor", confidence)

