"""Find the actors of a parsed document and resolve every mention to one actor.

Recognition takes the entity ruler's knowledge-base spans and the statistical
NER's spans; resolution then

* gives knowledge-base names their entry (names, aliases, demonyms, capitals),
* looks places up in GeoNames, choosing among namesakes by the document's
  other places and states ("Rafah" in a Gaza article lies in Palestine),
* joins short forms to the full name written elsewhere in the document
  ("Kerry" -> John Kerry, "The Red Crescent" -> Palestinian Red Crescent,
  acronyms), after stripping honorifics ("Mr", "Sheikh"),
* turns "<state or group> <institution noun>" into a Group of its own
  ("the Israeli military", "United Nations humanitarian office"),
* types each actor: a state named only as a location ("the Lebanon border",
  "in Egypt", "Yemeni rebels") is a Place in that document; a person with a
  title before or in apposition to the name is an Official.

:func:`extract_actors` returns a :class:`DocumentActors`, which the relation
rules read; its :meth:`DocumentActors.records` are the :class:`Actor` records
that cross into the graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from .corpus import Document
from .ontology import Entry, Ontology, fold, norm, slug
from .records import Actor, Mention

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
PARTICLES_OF_NAME = frozenset({"'s", "'"})


@dataclass
class MentionInfo:
    """A mention with the token-level facts the relation rules need."""

    actor: str
    span: Span
    text: str
    how: str                 # name | alias | demonym | capital | institution | short | geo | ner
    locative: bool = False
    metonymy: bool = False

    @property
    def root(self) -> Token:
        return self.span.root


@dataclass
class RoleInfo:
    """A title written with a person's name: "Israeli spokesperson Eylon Levy"."""

    person: str
    role: str
    affiliation: str | None
    sent_start: int          # token index of the sentence the title is in
    tokens: tuple[int, int]  # token span of the title


@dataclass
class _Proto:
    id: str
    name: str
    type: str
    entry: Entry | None = None
    geo: dict | None = None
    country: str | None = None
    kind: str | None = None


@dataclass
class DocumentActors:
    """The actors of one document and where each is mentioned."""

    document: Document
    doc: Doc
    kb: Ontology
    protos: dict[str, _Proto] = field(default_factory=dict)
    mentions: list[MentionInfo] = field(default_factory=list)
    roles: list[RoleInfo] = field(default_factory=list)
    institutions: list[tuple[str, str, str, Span]] = field(default_factory=list)  # group, parent, role, span
    token_actor: dict[int, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    country_votes: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The document's text (``doc.text``, without rebuilding it token by token)."""
        return _doc_index(self.doc, self.document.text).text

    def actor_at(self, i: int) -> str | None:
        """The actor whose mention covers token ``i`` (the outermost mention)."""
        return self.token_actor.get(i)

    def type_of(self, actor_id: str) -> str:
        return self.types.get(actor_id) or self.protos[actor_id].type

    def last_actor(self, before: int, want) -> str | None:
        """The actor of the last mention starting before token ``before`` that ``want(id)`` accepts."""
        for m in sorted(self.mentions, key=lambda m: m.span.start, reverse=True):
            if m.span.start < before and want(m.actor):
                return m.actor
        return None

    def records(self) -> tuple[Actor, ...]:
        """The :class:`Actor` records of this document, sorted by id."""
        by_actor: dict[str, list[MentionInfo]] = defaultdict(list)
        for m in self.mentions:
            by_actor[m.actor].append(m)
        out = []
        for actor_id in sorted(by_actor):
            p = self.protos[actor_id]
            ms = sorted(by_actor[actor_id], key=lambda m: (m.span.start_char, m.span.end_char))
            mentions, seen = [], set()
            for m in ms:
                key = (m.span.start_char, m.span.end_char)
                if key in seen:
                    continue
                seen.add(key)
                mentions.append(Mention(self.document.id, m.text, m.span.start_char, m.span.end_char, m.metonymy))
            e, g = p.entry, p.geo
            ids = dict(e.ids) if e else {}
            if g:
                ids.setdefault("geonames", g["geonames"])
            lat = e.lat if e and e.lat is not None else (g["lat"] if g else None)
            lon = e.lon if e and e.lon is not None else (g["lon"] if g else None)
            out.append(Actor(
                id=actor_id, name=p.name, type=self.type_of(actor_id),
                aliases=tuple(sorted({m.text for m in mentions})), mentions=tuple(mentions),
                ids=tuple(sorted(ids.items())), lat=lat, lon=lon, country=p.country,
                kind=p.kind, affiliations=tuple(_affiliations(e)) if e else ()))
        return tuple(out)


def _affiliations(e: Entry):
    if e.parent:
        yield {"actor": e.parent, "role": e.parent_role, "start": None, "end": None}
    for a in e.affiliations:
        yield {"actor": a["actor"], "role": a.get("role"), "start": a.get("start"), "end": a.get("end")}


# ---------------------------------------------------------------------------
def extract_actors(doc: Doc, document: Document, kb: Ontology) -> DocumentActors:
    """Recognise and resolve the actors of one parsed document."""
    da = DocumentActors(document=document, doc=doc, kb=kb)
    _doc_index(doc, document.text)
    words = kb.lexicon.words_of
    spans, person_names = _candidate_spans(doc, kb)
    country_votes = da.country_votes = _country_votes(spans, kb)
    pending_persons: list[Span] = []
    for span, kb_id, how in spans:
        if kb_id:
            _add_kb_mention(da, span, kb.entries[kb_id], how)
            continue
        label = span.label_
        text = _name_text(span)
        hits = kb.lookup(text)
        if hits and label != "PERSON" or hits and hits[0][0].type in ("Official", "Person"):
            entry, how2 = hits[0]
            _add_kb_mention(da, span, entry, how2)
            continue
        if label in ("PERSON", "ORG") and not _is_surname_of(span, person_names) \
                and _looks_like_place(span, kb, words, country_votes):
            geo = _best_geo(kb.geo_lookup(text), country_votes)
            if geo:
                _add_geo_mention(da, span, geo, kb)
                continue
        if label in ("PERSON", "ORG") and _describes_place(span, da.kb):
            _add_new(da, span, text, "Place", "ner")
            continue
        if label == "PERSON" or _is_surname_of(span, person_names):
            pending_persons.append(span)
            continue
        if label in ("GPE", "LOC", "FAC"):
            geo = _best_geo(kb.geo_lookup(text), country_votes)
            if geo:
                _add_geo_mention(da, span, geo, kb)
            else:
                _add_new(da, span, text, "Place", "ner")
            continue
        if label == "ORG":
            _add_new(da, span, text, "Group", "ner")
        # NORP outside the knowledge base (religions, ideologies) is no actor.
    _resolve_persons(da, pending_persons)
    _resolve_org_short_forms(da)
    _resolve_parenthesised(da)
    _find_institutions(da)
    _find_named_parents(da)
    _index_tokens(da)          # titles look actors up by token
    _find_roles(da)
    _index_tokens(da)
    _decide_types(da)
    return da


# -- per-document token facts ------------------------------------------------

class _DocIndex:
    """Token facts of one ``Doc`` read once, as plain lists, for the rules that scan
    every token or build many small spans (``doc[i]`` and ``Span.text`` are costly).

    ``lower_text(a, b)`` is ``doc[a:b].text.lower()``, sliced from the lower-cased
    document text when lower-casing keeps every offset (no "İ") and has no context
    (no "Σ", whose lower case depends on the next letter); else computed as before.
    """

    __slots__ = ("doc", "text", "n", "pos", "upper_initial", "sent_start", "_low", "_starts", "_ends")

    def __init__(self, doc: Doc, text: str | None = None):
        self.doc = doc
        self.n = n = len(doc)
        if text is None or not n or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
            text = doc.text            # the text parsed, token by token (slower)
        self.text = text
        low = text.lower()
        cols = doc.to_array([POS, IDX, LENGTH, SENT_START]).tolist() if n else []
        strings = doc.vocab.strings
        names = {h: strings[h] for h in {c[0] for c in cols}}
        self.pos = [names[c[0]] for c in cols]
        self._starts = [c[1] for c in cols]
        self._ends = [c[1] + c[2] for c in cols]
        self.upper_initial = [text[c[1]].isupper() for c in cols]
        self.sent_start = [c[3] == 1 for c in cols]
        self._low = low if len(low) == len(text) and "\u03a3" not in text else None

    def lower_text(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        if self._low is None:
            return self.doc[start:end].text.lower()
        return self._low[self._starts[start]:self._ends[end - 1]]


_LAST_INDEX: list = [None]


def _doc_index(doc: Doc, text: str | None = None) -> _DocIndex:
    """The :class:`_DocIndex` of ``doc`` (the last one is kept: documents come one at a
    time). ``text`` is the text that was parsed, if known (it spares rebuilding it)."""
    ix = _LAST_INDEX[0]
    if ix is None or ix.doc is not doc:
        ix = _LAST_INDEX[0] = _DocIndex(doc, text)
    return ix


# -- recognition -------------------------------------------------------------

def _candidate_spans(doc: Doc, kb: Ontology) -> tuple[list[tuple[Span, str | None, str]], list[list[str]]]:
    """Entity spans to resolve, (span, kb id or None, how), with person names mended; and
    the full person names written in the document (tokens), for telling surnames apart."""
    junk = kb.lexicon.words_of("junk_name")
    honorific = kb.lexicon.words_of("honorific")
    particles = kb.lexicon.words_of("name_particle")
    words = kb.lexicon.words_of
    ents = []
    for e in doc.ents:
        if e.label_ not in ENTITY_LABELS:
            continue
        # "National Council for the Safeguard of the Homeland (CNSP)": name and acronym apart
        paren = next((t.i for t in e if t.text == "("), None)
        if paren is not None and not e.ent_id_:
            ents.append(Span(doc, e.start, paren, label=e.label_))
            if paren + 1 < e.end:
                ents.append(Span(doc, paren + 1, e.end, label=e.label_))
            continue
        ents.append(e)
    ents = [e for e in ents if e.ent_id_ or not _inside_role(e, kb.lexicon.roles)]
    merged: list[Span] = []
    for ent in ents:
        prev = merged[-1] if merged else None
        adjacent = prev is not None and prev.end == ent.start
        if (prev is not None and not prev.ent_id_ and not ent.ent_id_
                and (prev.label_ == ent.label_ == "PERSON"
                     or adjacent and ("PERSON" in (prev.label_, ent.label_) or len(prev) == len(ent) == 1))
                and all(t.lower_ in particles for t in doc[prev.end:ent.start])
                and all(t.pos_ == "PROPN" for t in doc[prev.start:ent.end] if t.lower_ not in particles)
                and not any("\n" in t.whitespace_ for t in doc[prev.start:ent.start])):
            # a name the NER cut in two ("Oleksandr" ORG + "Syrskyi" GPE)
            merged[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        merged.append(ent)
    out = []
    for ent in merged:
        span = _trim(ent)
        if span is None or not any(c.isalpha() for c in span.text):
            continue
        if span.label_ == "PERSON" and span[0].lower_.rstrip(".") in {h.rstrip(".") for h in honorific} and len(span) == 1:
            continue
        if not ent.ent_id_ and (span.text.lower() in junk or all(t.lower_ in junk for t in span)):
            continue
        if not ent.ent_id_ and _inside_role(span, kb.lexicon.roles):
            continue
        bare = _name_text(span)
        if not bare[:1].isupper() and not bare[:1].isdigit():
            continue   # "east": a direction, not a name
        if _names_a_vessel(span, words):
            continue
        if span.label_ in ("GPE", "LOC", "FAC") and _inside_named_thing(span, words):
            continue
        if not ent.ent_id_ and len(span) == 1 and span.text.lower() in words("institution"):
            continue   # "Parliament" alone: a title word, not a name
        if not ent.ent_id_ and len(span) == 1 and span.label_ in ("PERSON", "ORG") and _modifies_plural(span):
            continue   # "Hutu extremists", "Hindu tourists": a group adjective the NER misread
        suffix = _place_suffix(span, words)
        if suffix is not None and not ent.ent_id_:
            span = suffix
        kb_id, how = (ent.ent_id_.split("#", 1) + ["name"])[:2] if ent.ent_id_ else (None, "ner")
        if kb_id and kb_id not in kb.entries:
            kb_id, how = None, "ner"
        out.append((span, kb_id, how))
    taken = {i for span, _, _ in out for i in range(span.start, span.end)}
    persons = [_name_text(sp).split() for sp, kb_id, _ in out if sp.label_ == "PERSON" and len(sp) > 1]
    persons += [kb.entries[k].name.split() for _, k, _ in out if k and kb.entries[k].type in ("Official", "Person")]
    out.extend((span, None, "ner") for span in _proper_noun_places(doc, taken, kb)
               if not _is_surname_of(span, persons))
    out.sort(key=lambda x: x[0].start)
    return out, persons


def _names_a_vessel(span: Span, words) -> bool:
    """"the US destroyer Carney", "the tanker Marlin Luanda": ships are not actors."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and k >= span.start - 3:
        k -= 1
    return k >= 0 and doc[k].lower_ in words("vessel")


def _inside_named_thing(span: Span, words) -> bool:
    """"the Minsk agreements": a place naming an accord is part of its name."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    while nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "ADJ") and nxt.lower_ not in words("named_thing_head") \
            and nxt.i < span.end + 2:
        nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in words("named_thing_head") and span.root.head.i >= span.end


def _modifies_plural(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.tag_ == "NNS" and root.head.i == span.end


def _place_suffix(span: Span, words) -> Span | None:
    """"the Adre crossing", "Zamzam camp": the name and its place noun are one place."""
    doc = span.doc
    ix = _doc_index(doc)
    end, pos = span.end, ix.pos
    suffixes = words("place_suffix")
    for n in (2, 1):
        if end + n <= ix.n:
            if ix.lower_text(end, end + n) in suffixes and all(pos[i] in ("NOUN", "PROPN") for i in range(end, end + n)):
                return Span(doc, span.start, end + n, label="LOC")
    return None


def _inside_role(span: Span, roles: frozenset[str]) -> bool:
    """"State" in "Secretary Of State John Kerry" is part of a title, not an actor."""
    ix = _doc_index(span.doc)
    lower_text, n = ix.lower_text, ix.n
    start, end = span.start, span.end
    for before in range(0, 4):
        for after in range(0, 3):
            if start - before < 0 or end + after > n or before == after == 0:
                continue
            if lower_text(start - before, end + after) in roles:
                return True
    return lower_text(start, end) in roles


def _proper_noun_places(doc: Doc, taken: set[int], kb: Ontology) -> list[Span]:
    """Capitalised names the NER missed that GeoNames knows, written where places go
    ("trying to reach Rafah on ...")."""
    words = kb.lexicon.words_of
    ix = _doc_index(doc)
    n, pos, upper, sent_start = ix.n, ix.pos, ix.upper_initial, ix.sent_start
    out, i = [], 0
    while i < n:
        if i in taken or pos[i] != "PROPN" or not upper[i] or sent_start[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and pos[j + 1] == "PROPN" and (j + 1) not in taken and upper[j + 1]:
            j += 1
        span = Span(doc, i, j + 1, label="GPE")
        head = span.root
        if kb.geo_lookup(span.text) and not _names_a_vessel(span, words) and (
                (head.dep_ in ("pobj", "dobj") and (head.head.lower_ in words("locative_prep") or head.head.pos_ == "VERB"))):
            out.append(span)
        i = j + 1
    return out


def _trim(span: Span) -> Span | None:
    """Drop a trailing possessive and leading/trailing punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].text in PARTICLES_OF_NAME or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def _name_text(span: Span) -> str:
    """The name a span spells, without a leading article."""
    toks = list(span)
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip()


def _mention_text(span: Span) -> str:
    return span.text.strip()


def _country_votes(spans, kb: Ontology) -> dict[str, int]:
    """How often each country (ISO2) is evoked in the document, for place disambiguation.

    A state, a demonym, a place of the knowledge base (through its ``country``) and a
    body (through its parent state) vote; a capital does not vote for its own state,
    since "Tripoli" is the very name being disambiguated."""
    votes: dict[str, int] = defaultdict(int)
    for span, kb_id, how in spans:
        if how == "capital":
            continue
        entry = kb.entries.get(kb_id) if kb_id else None
        if entry is None:
            hits = kb.lookup(_name_text(span))
            entry = hits[0][0] if hits and hits[0][1] != "capital" else None
        if entry is None:
            continue
        state = entry
        for _ in range(4):
            if state is None or state.type == "State":
                break
            state = kb.entries.get(state.country or state.parent or "")
        code = kb.country_code(state) if state is not None and state.type == "State" else None
        if code:
            votes[code] += 1
    return votes


def _best_geo(candidates: list[dict], votes: dict[str, int]) -> dict | None:
    if not candidates:
        return None
    return max(candidates, key=lambda r: (votes.get(r["cc"], 0), r["population"]))


def _name_key(tokens: list[str]) -> list[str]:
    """Name tokens compared for short forms: "al-Burhan" and "Burhan" agree."""
    return [_token_key(t) for t in tokens]


@lru_cache(maxsize=1 << 16)
def _token_key(token: str) -> str:
    low = fold(token).lower()
    for pre in ("al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-"):
        if low.startswith(pre) and len(low) > len(pre) + 1:
            low = low[len(pre):]
    return low


def _is_surname_of(span: Span, person_names: list[list[str]]) -> bool:
    """Whether a short span ends (or starts) a longer person name written in the document."""
    toks = _name_key(_name_text(span).split())
    for full in person_names:
        fk = _name_key(full)
        if len(toks) < len(fk) and (fk[-len(toks):] == toks or fk[:len(toks)] == toks):
            return True
    return False


def _looks_like_place(span: Span, kb: Ontology, words, votes: dict[str, int]) -> bool:
    """A PERSON or ORG span that is really a town ("Khan Younis", "Goma", "El Fasher" are
    often mis-tagged): GeoNames knows it in a country the document evokes, and no title
    or honorific stands before it."""
    text = _name_text(span)
    hits = kb.geo_lookup(text)
    if not hits:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in kb.lexicon.roles or before.lower_ in words("honorific")):
        return False
    if before is not None and before.lower_ in words("locative_prep"):
        return True
    return any(votes.get(h["cc"], 0) > 0 for h in hits)


def _describes_place(span: Span, kb: Ontology) -> bool:
    """"Zamzam, a displacement camp near El Fasher": an apposition says it is a place."""
    kinds = ("city", "region")
    for c in span.root.children:
        if c.dep_ == "appos" and kb.lexicon.descriptors.get(c.lower_) in kinds:
            return True
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and kb.lexicon.descriptors.get(root.head.head.lower_) in kinds


# -- mentions ---------------------------------------------------------------

def _capital_is_government(span: Span, kb: Ontology) -> bool:
    """Whether a capital stands for its government ("Moscow said", "urged Kiev", "made no
    mention of Washington") rather than naming the city ("in Kyiv", "seized Khartoum",
    "strikes on Kyiv"). In news a capital outside such place positions is the government."""
    words = kb.lexicon.words_of
    if _is_locative(span, kb):
        return False
    root = span.root
    if any(c.dep_ == "appos" and kb.lexicon.descriptors.get(c.lower_) == "city" for c in root.children):
        return False   # "Aden, a port city in southern Yemen"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "nsubjpass" and root.head.pos_ == "VERB" and {
            f.predicate.lower() for f in kb.lexicon.verbs.get(root.head.lemma_.lower(), []) if f.predicate
    } & words("place_predicate"):
        return False   # "Kyiv was hit by Russian missiles": the city
    if root.dep_ in words("metonymy_dep"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in words("metonymy_prep"):
        return True
    head = root.head if root.dep_ == "dobj" else root.head.head if root.dep_ == "pobj" else None
    if head is not None:
        lemma = head.lemma_.lower()
        frames = (kb.lexicon.verbs if head.pos_ in ("VERB", "AUX") else kb.lexicon.nouns).get(lemma, [])
        if {f.predicate.lower() for f in frames if f.predicate} & words("place_predicate"):
            return False
    return True


def _add_kb_mention(da: DocumentActors, span: Span, entry: Entry, how: str) -> None:
    words = da.kb.lexicon.words_of
    if how == "demonym" and entry.type == "Place" and span.root.dep_ in ("amod", "compound") \
            and not span.root.head.lower_ in words("state_agent"):
        return   # "the West African bloc": an adjective, not a mention of the region
    outer = span.root.head
    if entry.type == "Group" and entry.parent and span.root.dep_ in ("compound", "amod", "nmod") and \
            outer.i == span.end and outer.lower_ in words("state_agent") and outer.lower_ not in da.kb.lexicon.roles:
        parent = da.kb.entries.get(entry.parent)
        while parent is not None and parent.type == "Group" and parent.parent:
            parent = da.kb.entries.get(parent.parent)
        if parent is not None and parent.type == "State":
            entry, how = parent, "alias"   # "US military personnel", "Russian military police": the state
    if how == "capital" and not _capital_is_government(span, da.kb):
        # "talks in Washington": the city, not the government
        geo = _best_geo(da.kb.geo_lookup(_name_text(span)) or da.kb.geo_lookup(entry.capital or ""), da.country_votes)
        if geo:
            _add_geo_mention(da, span, geo, da.kb)
            return
    if entry.id not in da.protos:
        da.protos[entry.id] = _Proto(entry.id, entry.name, entry.type, entry=entry,
                                     country=entry.country if entry.type == "Place" else None, kind=entry.kind)
    da.mentions.append(MentionInfo(entry.id, span, _mention_text(span), how, metonymy=how == "capital"))


def _add_geo_mention(da: DocumentActors, span: Span, geo: dict, kb: Ontology) -> None:
    state = kb.state_for_country_code(geo["cc"])
    actor_id = f"{slug(geo['name'])}-{geo['cc'].lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = _Proto(actor_id, geo["name"], "Place", geo=geo,
                                     country=state.id if state else None, kind=geo["kind"])
    da.mentions.append(MentionInfo(actor_id, span, _mention_text(span), "geo"))


def _add_new(da: DocumentActors, span: Span, name: str, type_: str, how: str) -> str:
    name = fold(name) if not name.isascii() else name
    actor_id = slug(name)
    if actor_id in da.kb.entries:
        actor_id = f"{actor_id}-{type_.lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = _Proto(actor_id, name, type_)
    da.mentions.append(MentionInfo(actor_id, span, _mention_text(span), how))
    return actor_id


def _resolve_persons(da: DocumentActors, spans: list[Span]) -> None:
    """Group person spans: full names first, then short forms to the full name they end."""
    honorific = {h.rstrip(".") for h in da.kb.lexicon.words_of("honorific")}
    doc = da.doc

    def bare(span: Span) -> tuple[str, Span]:
        toks = list(span)
        while toks and toks[0].lower_.rstrip(".") in honorific:
            toks = toks[1:]
        name = "".join(t.text_with_ws for t in toks).strip()
        return name, span

    def with_honorific(span: Span) -> Span:
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in honorific:
            return Span(doc, span.start - 1, span.end, label="PERSON")
        return span

    named = [(bare(s)[0], with_honorific(s)) for s in spans]
    full = {}
    for name, span in sorted(named, key=lambda ns: -len(ns[0].split())):
        toks = name.split()
        if not toks:
            continue
        # a short form: the tokens end (or start) a longer name already seen in the document
        match = None
        ktoks = _name_key(toks)
        for fname, fid in full.items():
            ftoks = _name_key(fname.split())
            if len(toks) < len(ftoks) and (ftoks[-len(toks):] == ktoks or ftoks[:len(toks)] == ktoks):
                match = fid
                break
        kb_hits = [e for e, _ in da.kb.lookup(name) if e.type in ("Official", "Person")]
        if match is None and da.protos:
            # a knowledge-base person already mentioned whose name ends with this short form
            for p in da.protos.values():
                if p.type in ("Official", "Person") and len(toks) < len(p.name.split()) \
                        and _name_key(p.name.split())[-len(toks):] == ktoks:
                    match = p.id
                    break
        if match is not None:
            da.mentions.append(MentionInfo(match, span, _mention_text(span), "short"))
            continue
        if kb_hits:
            _add_kb_mention(da, span, kb_hits[0], "alias")
            full[name] = kb_hits[0].id
            continue
        actor_id = _add_new(da, span, name, "Person", "ner")
        da.mentions[-1].text = _mention_text(span)
        full[name] = actor_id
    # a short form written before its full name gets the full name's actor
    for m in da.mentions:
        p = da.protos[m.actor]
        if p.type != "Person" or m.how != "ner":
            continue
        toks = p.name.split()
        for other in da.protos.values():
            otoks = other.name.split()
            if other.id != p.id and other.type in ("Person", "Official") and len(toks) < len(otoks) \
                    and otoks[-len(toks):] == toks:
                m.actor = other.id
                break
    used = {m.actor for m in da.mentions}
    for k in [k for k in da.protos if k not in used]:
        del da.protos[k]


def _resolve_org_short_forms(da: DocumentActors) -> None:
    """"The Red Crescent" -> Palestinian Red Crescent; "ICRC" -> a written-out expansion."""
    groups = {p.id: p for p in da.protos.values() if p.type == "Group"}
    written = {m.actor: norm(m.text) for m in da.mentions if m.actor in groups and m.how not in ("in_name",)}
    long_names = {pid: norm(p.name) for pid, p in groups.items()}
    for pid, name in list(long_names.items()):
        if pid not in da.protos:
            continue
        words = written.get(pid, name).split()
        for oid, oname in long_names.items():
            owords = oname.split()
            if oid == pid or len(owords) <= len(words) or oid not in da.protos:
                continue
            acronym = "".join(w[0] for w in owords if w not in ("of", "for", "and", "the"))
            if groups[pid].entry is not None and not (owords[-len(words):] == words):
                continue   # a known body keeps its identity unless the text writes it as a short form
            if owords[-len(words):] == words or (len(words) == 1 and name == acronym):
                for m in da.mentions:
                    if m.actor == pid:
                        m.actor = oid
                da.protos.pop(pid, None)
                break


def _resolve_parenthesised(da: DocumentActors) -> None:
    """"the National Council for the Safeguard of the Homeland (CNSP)": the bracketed
    acronym names the same actor, whatever language its letters come from."""
    doc = da.doc
    by_end = {m.span.end: m for m in da.mentions if m.how != "in_name"}
    for m in da.mentions:
        s = m.span.start
        if s >= 2 and doc[s - 1].text == "(" and m.span.text.isupper() and (s - 1) in by_end:
            outer = by_end[s - 1]
            if outer.actor != m.actor and da.protos[m.actor].entry is None \
                    and da.protos[outer.actor].type == da.protos[m.actor].type:
                old = m.actor
                for x in da.mentions:
                    if x.actor == old:
                        x.actor = outer.actor
                da.protos.pop(old, None)


def _find_institutions(da: DocumentActors) -> None:
    """"the Israeli military" -> Group "Israeli military", affiliated with Israel (role "military")."""
    institutions = da.kb.lexicon.words_of("institution")
    doc = da.doc
    for m in list(da.mentions):
        p = da.protos[m.actor]
        if p.type not in ("State", "Group") and m.how != "demonym":
            continue
        head = m.span[-1]
        chain = [head]
        while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i > head.i:
            head = head.head
            chain.append(head)
        if head.i < m.span.end or head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
            continue
        if any(t.pos_ in ("CCONJ", "PUNCT") and t.text not in PARTICLES_OF_NAME for t in doc[m.span.end:head.i]):
            continue   # "M23 and Rwanda army": two names, not one body
        if head.dep_ == "compound" and head.head.lower_ in da.kb.lexicon.roles:
            continue   # "Pakistan's army chief": a title, not a body
        if head.dep_ == "pobj" and head.head.lower_ in da.kb.lexicon.words_of("building_prep"):
            continue   # "outside the French embassy": a building
        if da.actor_at(head.i) or any(o.span.start <= head.i < o.span.end and o is not m for o in da.mentions):
            continue
        phrase2 = f"{doc[head.i - 1].lower_} {head.lower_}" if head.i > 0 else head.lower_
        if head.lower_ not in institutions and head.lemma_.lower() not in institutions and phrase2 not in institutions:
            continue
        if any(t.lower_ in da.kb.lexicon.words_of("pejorative") for t in doc[m.span.end:head.i + 1]):
            continue  # "the Israeli occupation army" is a description, not a name
        start = m.span.start
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = Span(doc, start, head.i + 1, label="ORG")
        # the role is what follows the last possessive after the parent's name
        role_start = m.span.end
        for t in doc[m.span.end:head.i]:
            if t.text in PARTICLES_OF_NAME:
                role_start = t.i + 1
        role = doc[role_start:head.i + 1].text.lower()
        name_toks = [t for t in doc[m.span.start:head.i + 1]
                     if t.text not in PARTICLES_OF_NAME and not (t.i == m.span.start and t.lower_ == "the")]
        name = "".join(t.text_with_ws if t.i + 1 < head.i + 1 and doc[t.i + 1].text not in PARTICLES_OF_NAME
                       else t.text + " " for t in name_toks).strip()
        name = " ".join(name.split())
        hits = [e for e, _ in da.kb.lookup(name) if e.type == "Group"] or _body_of(da.kb, m.actor, head.lower_)
        if hits:
            gid = hits[0].id
            if gid not in da.protos:
                da.protos[gid] = _Proto(gid, hits[0].name, "Group", entry=hits[0], kind=hits[0].kind)
            da.mentions.append(MentionInfo(gid, span, span.text, "institution"))
        else:
            gid = _add_new(da, span, name, "Group", "institution")
            da.mentions[-1].text = span.text
            da.protos[gid].kind = "institution"
        da.institutions.append((gid, m.actor, role, span))


def _body_of(kb: Ontology, parent: str, noun: str) -> list[Entry]:
    """The known body of ``parent`` that a noun names: ("sudan", "army") -> Sudanese Armed
    Forces, when exactly one of its bodies has the noun in a name."""
    found = [e for e in kb.children_of(parent)
             if any(noun in form.lower().split() for form in (e.name, *e.aliases))]
    return found if len(found) == 1 else []


def _find_named_parents(da: DocumentActors) -> None:
    """A known body whose name, as written, names its parent: "UN Security Council" -> UN,
    role "security council"; "Israeli military" -> Israel, role "military"."""
    done = {(g, p) for g, p, _, _ in da.institutions}
    for m in list(da.mentions):
        entry = da.protos[m.actor].entry
        if entry is None or not entry.parent or (m.actor, entry.parent) in done:
            continue
        parent = da.kb.entries.get(entry.parent)
        if parent is None:
            continue
        words = [t for t in m.span if t.lower_ != "the"]
        lowered = [t.lower_ for t in words]
        for form in sorted({parent.name, *parent.aliases, *parent.demonyms}, key=len, reverse=True):
            ftoks = re.findall(r"\w+|[^\w\s]", form.lower())
            n = len(ftoks)
            hit = next((i for i in range(len(lowered) - n + 1) if lowered[i:i + n] == ftoks), None)
            if hit is None or hit + n >= len(words):
                continue
            role = " ".join(t.lower_ for t in words[hit + n:] if t.text not in PARTICLES_OF_NAME)
            if parent.id not in da.protos:
                da.protos[parent.id] = _Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
            # the parent is named inside the body's name: that is a mention of it too
            sub = Span(da.doc, words[hit].i, words[hit + n - 1].i + 1)
            how = "in_name"
            if not any(x.actor == parent.id and x.span.start == sub.start for x in da.mentions):
                da.mentions.append(MentionInfo(parent.id, sub, sub.text, how))
            da.institutions.append((m.actor, parent.id, role or entry.parent_role or "", m.span))
            done.add((m.actor, entry.parent))
            break


def _find_roles(da: DocumentActors) -> None:
    """Titles written before a person's name or in apposition to it."""
    doc = da.doc
    roles = da.kb.lexicon.roles
    honorific = {h.rstrip(".") for h in da.kb.lexicon.words_of("honorific")}
    person_mentions = [m for m in da.mentions if da.protos[m.actor].type in ("Person", "Official")]
    for m in person_mentions:
        start = m.span.start
        while start < m.span.end and doc[start].lower_.rstrip(".") in honorific:
            start += 1
        # scan left over the noun phrase that ends in the name
        k = m.span.start
        while k > 0:
            t = doc[k - 1]
            if t.is_space or "\n" in t.whitespace_:
                break
            if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text in PARTICLES_OF_NAME or t.lower_ in ("of", "-", "the", "its", "their") \
                    or t.lower_.rstrip(".") in honorific:
                k -= 1
                continue
            break
        prefix = doc[k:m.span.start]
        role_info = _role_in(prefix, da, roles)
        if role_info is None:
            stated = _role_in_relative_clause(m, da)
            if stated is not None:
                da.protos[m.actor].type = "Official"
                da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        if role_info is None or role_info[1] is None:
            # "General Asim Munir" has a title but no body; the apposition may name one
            appos = _role_in_apposition(m, da, roles)
            if appos is not None and (role_info is None or appos[1] is not None):
                role_info = appos
        if role_info is None:
            continue
        role, affiliation, tokens = role_info
        stated = _role_in_relative_clause(m, da)   # "Bola Tinubu, who chairs ECOWAS"
        if stated is not None and stated[1] != affiliation:
            da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        words_ = role.split()
        if words_ and words_[0] in da.kb.lexicon.words_of("past_marker"):
            continue   # "a former rebel commander": no office now
        if affiliation is None and _last_role_word(role, roles) in da.kb.lexicon.words_of("generic_role"):
            continue   # "film director Oleg Sentsov": a job, not an office
        da.protos[m.actor].type = "Official"
        da.roles.append(RoleInfo(m.actor, role, affiliation, m.span.sent.start, tokens))


def _role_in_relative_clause(m: MentionInfo, da: DocumentActors):
    """(role, body, token span) from "X, who (also) heads/chairs/leads Y", or None."""
    verbs = da.kb.lexicon.mappings.get("role_verb", {})
    for c in m.root.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in verbs:
            continue
        if not any(w.dep_ == "nsubj" and w.tag_ in ("WP", "WDT") for w in c.children):
            continue
        for o in c.children:
            body = da.actor_at(o.i) if o.dep_ == "dobj" else None
            if body and da.protos[body].type in ("State", "Group"):
                return verbs[c.lemma_.lower()], body, (c.i, c.i + 1)
    return None


def _role_in(prefix: Span, da: DocumentActors, roles: frozenset[str]):
    """(role, affiliation, token span) from the words before a name, or None."""
    if not len(prefix):
        return None
    doc = prefix.doc
    honorific = {h.rstrip(".") for h in da.kb.lexicon.words_of("honorific")}
    end = prefix.end
    while end > prefix.start and doc[end - 1].lower_.rstrip(".") in honorific:
        end -= 1
    # the role starts after the last actor mention or possessive in the prefix
    role_start = prefix.start
    affiliation = None
    for t in doc[prefix.start:end]:
        actor = _mention_actor_ending_at(da, t.i)
        if actor:
            role_start, affiliation = t.i + 1, actor
        elif t.text in PARTICLES_OF_NAME or t.lower_ in ("the", "its", "their"):
            role_start = t.i + 1
    # possessive descriptor: "the country's intelligence chief"
    if affiliation is None:
        affiliation = _descriptor_affiliation(doc[prefix.start:end], da)
    role = doc[role_start:end].text.lower().strip()
    if not role or not _ends_with_role(role, roles):
        return None
    return role, affiliation, (role_start, end)


def _role_in_apposition(m: MentionInfo, da: DocumentActors, roles: frozenset[str]):
    """"Abbas Kamel, the country's intelligence chief" / "Russia's foreign minister, Sergei Lavrov"."""
    root = m.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "ADJ"):
        candidates.append(root.head)
    for noun in candidates:
        if noun.pos_ not in ("NOUN", "ADJ") or da.actor_at(noun.i):
            continue   # ("secretary-general" is often tagged ADJ)
        sub = list(noun.subtree) if noun.i > root.i else [t for t in noun.subtree if t.i < m.span.start]
        if not sub:
            continue
        left = [t for t in sub if t.i <= noun.i]
        span = da.doc[left[0].i:noun.i + 1]
        info = _role_in(span, da, roles)
        if info and info[1] is None:
            # "spokeswoman for the Russian foreign ministry", "the commander of the guard"
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with"):
                    for p in prep.children:
                        actor = da.actor_at(p.i)
                        if p.dep_ == "pobj" and actor and da.protos[actor].type in ("State", "Group"):
                            info = (info[0], actor, info[2])
                            break
        if info:
            return info
    return None


def _last_role_word(role: str, roles: frozenset[str]) -> str:
    words = role.replace("-", " - ").split()
    for i in range(len(words)):
        tail = " ".join(words[i:]).replace(" - ", "-")
        if tail in roles:
            return tail
    return words[-1] if words else ""


def _ends_with_role(role: str, roles: frozenset[str]) -> bool:
    return _last_role_word(role, roles) in roles or bool(role.split()) and role.split()[-1] in roles


def _mention_actor_ending_at(da: DocumentActors, i: int) -> str | None:
    for m in da.mentions:
        if m.span.end - 1 == i and m.how != "institution":
            return m.actor
    return None


def _descriptor_affiliation(span: Span, da: DocumentActors) -> str | None:
    """"the country's" -> the last state named before; "the group's" -> the last group."""
    for t in span:
        kind = da.kb.lexicon.descriptors.get(t.lower_)
        if kind == "state" and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return da.last_actor(span.start, lambda a: da.protos[a].type == "State")
        if t.lower_ in da.kb.lexicon.words_of("group_descriptor") and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return da.last_actor(span.start, lambda a: da.protos[a].type == "Group")
    return None


def _index_tokens(da: DocumentActors) -> None:
    """Map tokens to actors, the outermost (longest) mention winning."""
    da.token_actor.clear()
    for m in sorted(da.mentions, key=lambda m: (m.span.end - m.span.start)):
        for i in range(m.span.start, m.span.end):
            da.token_actor[i] = m.actor


# -- typing -------------------------------------------------------------------

def _is_locative(span: Span, kb: Ontology) -> bool:
    """Whether a mention names a location rather than an actor."""
    words = kb.lexicon.words_of
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in words("locative_prep") and root.head.lower_ not in ("on", "to", "over"):
        return True
    if root.dep_ in ("compound", "amod", "nmod", "npadvmod", "appos") and root.head.lower_ in words("locative_head"):
        return True
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in words("nonstate_collective"):
        return True
    # "Sudan's war", "Yemen's Houthis": a possessive that does not act
    if root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN") and not _agentive_noun(root.head, kb):
        return True
    # "aggression against Yemen", "much of northern Yemen"
    if root.dep_ == "pobj" and (root.head.lower_ == "against" and root.head.head.pos_ == "NOUN" or
                                root.head.lower_ == "of" and (root.head.head.lower_ in words("partitive") or root.head.head.lower_ in words("partitive_of"))):
        return True
    # "the Lebanon-Israel border"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text == "-":
        tail = span.doc[span.end + 1: span.end + 4]
        if any(t.lower_ in words("locative_head") for t in tail):
            return True
    return False


def _agentive_noun(noun: Token, kb: Ontology) -> bool:
    """A noun whose possessor acts: agents ("Israel's troops"), events ("Israel's assault"),
    titles ("Egypt's president") and speech ("Russia's statement")."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    words = kb.lexicon.words_of
    if low in words("state_agent") or lemma in words("state_agent") or low in kb.lexicon.roles:
        return True
    return lemma in kb.lexicon.nouns or low in words("institution")


def _decide_types(da: DocumentActors) -> None:
    """States named only as locations are Places in this document."""
    by_actor: dict[str, list[MentionInfo]] = defaultdict(list)
    for m in da.mentions:
        m.locative = _is_locative(m.span, da.kb)
        by_actor[m.actor].append(m)
    for actor_id, ms in by_actor.items():
        p = da.protos[actor_id]
        counted = [m for m in ms if m.how not in ("institution", "in_name")]
        if p.type == "State" and counted and all(m.locative for m in counted):
            da.types[actor_id] = "Place"
