"""Recognition: the spans of a parsed document that may name actors.

The entity ruler's knowledge-base spans and the statistical NER's spans, cleaned:
a bracketed acronym split from its name, a name the NER cut in two mended,
possessives and punctuation trimmed, page furniture, titles, ships, named accords
and group adjectives dropped, a place noun joined to the name before it ("the Adre
crossing"); then capitalised names the NER missed that GeoNames knows, written where
places go ("trying to reach Rafah"), and those an event frame takes as its actors
(:mod:`~kg.actors.framednames`).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..layout import dateline_places
from ..ontology import Ontology
from .framednames import framed_names
from .index import DocIndex
from .longnames import longer_name_spans, title_acronyms
from .names import (
    PARTICLES_OF_NAME,
    coordinated_names,
    is_surname_of,
    join_particle_names,
    name_text,
    none_of_their_names,
    person_honorifics,
    starts_as_name,
    trim,
    unit_and_holder,
    without_leading_title,
    without_trailing_title,
)
from .nonnames import follows_vessel, is_calendar_span, is_date_span, is_no_name, is_title, thing_names, without_headline_verb
from .placenames import context_places
from .types import HOW_ALIAS, HOW_CAPITAL, HOW_CONTEXT, HOW_DEMONYM, HOW_FRAMED, HOW_NAME, HOW_NER, PEOPLE, STATE

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG"})    # labels the NER also gives places by mistake
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
PLACE_SUFFIX_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
OBJECT_DEPS = frozenset({"pobj", "dobj"})
POSSESSIVE_TAG = "POS"
TITLE_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET"})


class Candidate(NamedTuple):
    """An entity span to resolve: its knowledge-base id if the entity ruler set one, and how
    the ruler matched it (name, alias, demonym, capital; "ner" for a statistical entity)."""

    span: Span
    kb_id: str | None
    how: str


def candidate_spans(doc: Doc, ix: DocIndex, kb: Ontology) -> tuple[list[Candidate], list[list[str]]]:
    """Entity spans to resolve, with person names mended, in text order; and the full
    person names written in the document (tokens), for telling surnames apart."""
    ents = _entity_spans(doc, ix, kb)
    words = kb.lexicon.words_of
    ents = join_particle_names(doc, ents, words("hyphen_particle") - words("name_particle"))   # "Jaish-e Fursan-e Muhammad"
    merged = _extend_known_persons(doc, _mend_split_names(doc, ents, words("name_particle"), kb))
    honorific = person_honorifics(kb.lexicon.words_of)
    out = [c for c in (_candidate(ent, ix, kb, honorific) for ent in merged) if c is not None]
    out = [part for c in out for part in split_list(c, kb.lexicon.words_of)]
    out = [Candidate(sp, c.kb_id, c.how) for c in out for part in ([c.span] if c.kb_id else coordinated_names(c.span))
           for sp in ([part] if c.kb_id else unit_and_holder(part, kb.lexicon.words_of("unit_word"),
                                                              kb.lexicon.words_of("organisation_head")))]
    unknown = [c.span for c in out if c.kb_id is None] + [e for e in doc.ents if e.label_ not in ENTITY_LABELS
                                                          or follows_vessel(e, words, strict=True)]
    things = thing_names(unknown, kb.lexicon.words_of)
    out = [c for c in out if c.kb_id is not None or name_text(c.span).lower() not in things]
    # "Official: ...": no place
    datelines = [p for p in dateline_places(doc, ix.doc_text) if not is_title(p, kb.lexicon.roles, words)]
    out = with_context_places(out, context_places(doc, ix, kb.lexicon.words_of) + datelines, kb)
    longer = longer_name_spans(doc, ix, [c.span for c in out if c.kb_id], [c.span for c in out if not c.kb_id],
                               kb)
    out = with_longer_names(out, longer)
    acronyms = title_acronyms(doc, ix, kb.lexicon.roles, kb.lexicon.words_of)
    out = [c for c in out if c.kb_id or not {c.span.start, c.span.end + 1} & acronyms]   # "Chief of Army Staff (COAS)"
    taken = {i for span, _, _ in out for i in range(span.start, span.end)}
    persons = [name_text(sp).split() for sp, kb_id, _ in out if sp.label_ == "PERSON" and len(sp) > 1]
    persons += [kb.entries[k].name.split() for _, k, _ in out if k and kb.entries[k].type in PEOPLE]
    articles = kb.lexicon.words_of("name_article_prefix")
    out = _surnames_of_namesakes(out, kb, articles)
    out = [part for c in out for part in split_possessor(c, persons, articles)]
    out = [compass_state(c, out, kb) for c in out]
    out.extend(Candidate(span, None, HOW_NER) for span in proper_noun_places(doc, ix, taken, kb)
               if not is_surname_of(span, persons, articles) and name_text(span).lower() not in things)
    titled = [Candidate(span, None, HOW_NER) for span in titled_names(doc, ix, taken, kb)]
    out.extend(titled)   # "military spokesman Brig. Prasad Samarasinghe": then "Samarasinghe" (tagged ORG) is his
    persons += [name_text(c.span).split() for c in titled if c.span.label_ == "PERSON" and len(c.span) > 1]
    out.extend(acronyms_written_as_words(doc, ix, taken, kb))
    found = taken | {i for c in out for i in range(c.span.start, c.span.end)}
    out.extend(Candidate(span, None, HOW_FRAMED) for span in framed_names(doc, ix, found, kb)
               if not is_surname_of(span, persons, articles) and not names_a_vessel(span, kb.lexicon.words_of)
               and name_text(span).lower() not in things)
    # "Femi Falana, counsel to ...", found only now: "Falana" later is his surname, not a place
    persons += [name_text(c.span).split() for c in out if c.how == HOW_FRAMED and c.span.label_ == "PERSON"
                and len(c.span) > 1]
    out.sort(key=lambda x: x[0].start)
    return out, persons


def with_context_places(found: list[Candidate], places: list[Span], kb: Ontology) -> list[Candidate]:
    """The candidates with the places their kind word marks ("Kan Htaunt Gyi village",
    "the town of Samarra") in place of the spans inside them ("Kan", a broadcaster;
    "Samarra", tagged NORP). A longer entity around the place, or a known place of the
    same name, wins; a state's name before the place's name is no part of it."""
    words = kb.lexicon.words_of
    for span in places:
        inside = [c for c in found if c.span.start < span.end and c.span.end > span.start]
        if any(c.span.start < span.start or c.span.end > span.end for c in inside):
            continue
        kinds = words("place_kind") | words("facility_kind")
        end = span.end - 1 if len(span) > 1 and span[-1].lower_ in kinds else span.end
        if any(c.kb_id and c.span.start <= span.start and c.span.end >= end and c.how != HOW_CAPITAL
               for c in inside):
            continue   # "Islamic State", "the Black Sea port": a known name; "the Mozambique town"
        states = [c for c in inside if c.kb_id and c.span.end < end and _state_like(c, kb)]
        if states:   # "Myanmar Rakhine state": the state is no part of the name
            start = max(c.span.end for c in states)
            span = Span(span.doc, start, span.end, label=span.label_)
            inside = [c for c in inside if c.span.start >= start]
        found = [c for c in found if c not in inside] + [Candidate(span, None, HOW_CONTEXT)]
    found.sort(key=lambda c: c.span.start)
    return found


def with_longer_names(found: list[Candidate], spans: list[Span]) -> list[Candidate]:
    """The candidates with the longer names around knowledge-base names in place of the
    spans inside them ("United Nations Support Mission in Libya", "Sudan News"); an entity
    reaching outside such a name, or one that is the name itself, wins."""
    for span in spans:
        inside = [c for c in found if c.span.start < span.end and c.span.end > span.start]
        if any(c.span.start < span.start or c.span.end > span.end for c in inside) \
                or any(c.span.start == span.start and c.span.end == span.end for c in inside):
            continue
        found = [c for c in found if c not in inside] + [Candidate(span, None, HOW_NER)]
    found.sort(key=lambda c: c.span.start)
    return found


def split_list(c: Candidate, words) -> list[Candidate]:
    """"Junin, Ayacucho" (one span the NER made of a list): one candidate per name;
    "Kashimri in Bama Local Government Area": a place in a place, two places."""
    span = c.span
    cut = next((t.i for t in span[1:-1] if t.lower_ == "in" and t.is_lower), None)
    if not c.kb_id and cut is not None and span[-1].lower_ in words("place_kind") and span[-1].is_title:
        doc = span.doc
        return [Candidate(Span(doc, span.start, cut, label="LOC"), None, c.how),
                Candidate(Span(doc, cut + 1, span.end, label="LOC"), None, c.how)]
    if c.kb_id or not any(t.text == "," for t in span[1:-1]):
        return [c]
    parts, start = [], span.start
    for t in [*span[1:], None]:
        if t is None or t.text == ",":
            end = t.i if t is not None else span.end
            if end > start and span.doc[start].text[:1].isupper():
                parts.append(Candidate(Span(span.doc, start, end, label=span.label_), None, c.how))
            start = end + 1
    return parts


def compass_state(c: Candidate, found: list[Candidate], kb: Ontology) -> Candidate:
    """"the South" in a story of North and South Korea is South Korea: a compass word alone
    names the state so named whose other half (or whole) the document names."""
    if c.kb_id or len(c.span) != 1 or c.span[0].lower_ not in kb.lexicon.words_of("compass_word"):
        return c
    for other in found:
        entry = kb.entries.get(other.kb_id) if other.kb_id else None
        parts = entry.name.split() if entry is not None and entry.type == STATE else []
        rest = " ".join(parts[1:]) if len(parts) > 1 and parts[0].lower() in kb.lexicon.words_of("compass_word") \
            else entry.name if entry is not None and entry.type == STATE else None
        hits = [e for e, how in kb.lookup(f"{c.span.text} {rest}") if e.type == STATE and how == "name"] if rest else []
        if hits:
            return Candidate(c.span, hits[0].id, HOW_ALIAS)
    return c


def _surnames_of_namesakes(found: list[Candidate], kb: Ontology, articles: frozenset[str]) -> list[Candidate]:
    """A known person's one-word name that is the surname of another person the document
    names in full ("Tjani El-Sissi", then "Sissi") is that person's, unless the known
    person is named in full too."""
    written = [name_text(c.span).split() for c in found if c.kb_id is None and c.span.label_ == "PERSON"
               and len(c.span) > 1]
    full = {c.kb_id for c in found if c.kb_id and len(c.span) > 1}
    return [Candidate(c.span, None, HOW_NER) if c.kb_id and c.kb_id not in full and len(c.span) == 1
            and kb.entries[c.kb_id].type in PEOPLE and is_surname_of(c.span, written, articles) else c
            for c in found]


def split_possessor(c: Candidate, persons: list[list[str]], articles: frozenset[str]) -> list[Candidate]:
    """"Machar's SPLM-IO party" (one ORG span): the possessor, a person named in the
    document, and the organisation are two names ("New People's Army" stays one)."""
    if c.kb_id or c.span.label_ != "ORG":
        return [c]
    doc = c.span.doc
    for t in c.span[1:-1]:
        if t.text in PARTICLES_OF_NAME and t.tag_ == POSSESSIVE_TAG:
            owner = Span(doc, c.span.start, t.i, label="PERSON")
            if owner[0].lower_ == "the" or not is_surname_of(owner, persons, articles):
                return [c]
            body = Span(doc, t.i + 1, c.span.end, label="ORG")
            return [Candidate(owner, None, HOW_NER), Candidate(body, None, c.how)]
    return [c]


def _state_like(c: Candidate, kb: Ontology) -> bool:
    """A candidate naming a state: its name, an alias or a demonym (not its capital)."""
    return c.how == HOW_DEMONYM or (c.how != HOW_CAPITAL and kb.entries[c.kb_id].type == STATE)


def _entity_spans(doc: Doc, ix: DocIndex, kb: Ontology) -> list[Span]:
    """The entities of the labels that can name actors, a bracketed acronym apart from its
    name, without the statistical ones inside a title."""
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
    return [e for e in ents if e.ent_id_ or not inside_role(e, ix, kb.lexicon.roles)]


def _mend_split_names(doc: Doc, ents: list[Span], particles: frozenset[str], kb: Ontology) -> list[Span]:
    """Join a name the NER cut in two ("Oleksandr" ORG + "Syrskyi" GPE, "Abdel-Fattah" +
    "al-Sisi", "Julius Sisiku" + "Ayuk Tabe", "Sabah" (a known place) + "Ahmad Al-Jaber Al-"
    + "Sabah") into one PERSON."""
    merged: list[Span] = []
    for ent in ents:
        prev = merged[-1] if merged else None
        if prev is not None and _hyphen_glued(doc, prev, ent):
            # "the Indo-" + "Pacific": one name, not a group and an ocean
            merged[-1] = Span(doc, prev.start, ent.end, label=ent.label_ if ent.label_ != "PERSON" else prev.label_)
            continue
        join = _join(doc, prev, ent, particles) if prev is not None else None
        if join and _namesake(doc[prev.start:ent.start], join, kb, particles):
            join = ""   # "Tjani El-" + "Sissi": another person than the known one so called
        if join is None and prev is not None and _particle_before_place(doc, prev, ent, particles):
            # "Mocimboa da" + "Praia" (a known capital): one new place, not that capital
            merged[-1] = Span(doc, prev.start, ent.end, label=ent.label_, span_id="")
        elif join is None:
            merged.append(ent)
        else:
            merged[-1] = Span(doc, prev.start, ent.end, label="PERSON", span_id=join)
    return merged


def _particle_before_place(doc: Doc, prev: Span, ent: Span, particles: frozenset[str]) -> bool:
    """Whether a new capitalised name ending in a lower-case particle runs on into a known
    place's name: "Mocimboa da" + "Praia", "Ciudad del" + "Este"."""
    last = doc[prev.end - 1]
    return prev.end == ent.start and not prev.id_ and bool(ent.id_) and ent.label_ in _PLACE_LABELS | {"GPE"} \
        and len(prev) > 1 and last.is_lower and last.lower_ in particles \
        and all(t.is_title for t in doc[prev.start:prev.end - 1])


def _extend_known_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """A known person's name the text writes longer, the parse chaining it to the capitalised
    names after it: "Yaya Dillo" + "Djerou" (the same person, named in full)."""
    starts = {e.start for e in ents}
    out = []
    for e in ents:
        end = e.end
        if e.id_ and e.label_ == "PERSON":
            while end < len(doc) and end not in starts and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
        out.append(e if end == e.end else Span(doc, e.start, end, label="PERSON", span_id=e.id_))
    return out


_PLACE_LABELS = frozenset({"LOC", "FAC"})


def _namesake(given: Span, ref: str, kb: Ontology, particles: frozenset[str]) -> bool:
    """Whether the given names before a known person's surname are none of that person's."""
    entry = kb.entries.get(ref.split("#")[0])
    return entry is not None and none_of_their_names([t.text for t in given], [entry.name, *entry.aliases], particles)


def _hyphen_glued(doc: Doc, prev: Span, ent: Span) -> bool:
    """Whether two spans are one hyphenated name written without spaces ("Indo-Pacific",
    "Asia-Pacific"): ``prev`` ends in a hyphen touching ``ent``. A person's "Al-" + "Sabah"
    is :func:`_join`'s."""
    last = doc[prev.end - 1]
    words = [t for t in doc[prev.start:prev.end - 1] if t.lower_ != "the"]
    return prev.end == ent.start and last.text == "-" and not last.whitespace_ \
        and "PERSON" not in (prev.label_, ent.label_) and bool(words) \
        and all(t.is_alpha and t.text[:1].isupper() for t in words)


def _join(doc: Doc, prev: Span, ent: Span, particles: frozenset[str]) -> str | None:
    """The knowledge-base id ("" for none) of the person ``prev`` and ``ent`` name together,
    or ``None`` when they are two names. (A span's ``id_`` is its knowledge-base id: a joined
    span's ``ent_id_`` would be its root token's.)"""
    if any("\n" in t.whitespace_ for t in doc[prev.start:ent.start]) \
            or not all(t.lower_ in particles for t in doc[prev.end:ent.start]):
        return None
    adjacent = prev.end == ent.start
    names = all(t.pos_ == "PROPN" for t in doc[prev.start:ent.end] if t.lower_ not in particles and t.text != "-")
    people = prev.label_ == ent.label_ == "PERSON"
    if prev.id_:
        # a known one-word place right before a person's name: "Sabah" + "Ahmad Al-Jaber"
        ok = adjacent and prev.label_ in _PLACE_LABELS and len(prev) == 1 and ent.label_ == "PERSON" \
            and not ent.id_ and names
        return "" if ok else None
    if ent.id_:
        if adjacent and people:
            return ent.id_    # a known surname after given names: "Abdel-Fattah" + "al-Sisi"
        glued = adjacent and not doc[prev.end - 1].whitespace_ and prev.label_ == "PERSON"
        return "" if glued and ent.label_ in _PLACE_LABELS else None   # "... Al-" + "Sabah"
    if people and adjacent and all(t.text[:1].isupper() or t.text == "-" for t in doc[prev.start:ent.end]):
        return ""             # "Julius Sisiku" + "Ayuk Tabe"
    if (people or (adjacent and ("PERSON" in (prev.label_, ent.label_) or len(prev) == len(ent) == 1))) and names:
        return ""
    return None


def _candidate(ent: Span, ix: DocIndex, kb: Ontology, honorific: set[str]) -> Candidate | None:
    """The entity trimmed and extended as a candidate, or None when it names no actor."""
    words = kb.lexicon.words_of
    known = bool(ent.id_)
    span = trim(ent, words("former_prefix"))
    if span is None or not any(c.isalpha() for c in span.text):
        return None
    titled = without_trailing_title(span, kb.lexicon.roles, lambda text: bool(kb.lookup(text)))
    if titled is not span:
        span, known = titled, False   # "UN Secretary General", "UN Envoy": the body's name, its title apart
    if span.label_ == "PERSON" and span[0].lower_.rstrip(".") in honorific and len(span) == 1:
        return None
    if not known and (span.text.lower() in words("junk_name") or all(t.lower_ in words("junk_name") for t in span)):
        return None
    if not known and inside_role(span, ix, kb.lexicon.roles):
        return None
    if is_date_span(span, words) or not known and (is_no_name(span, words) or is_title(span, kb.lexicon.roles, words)):
        return None   # "in March", "Junta troops", "an ethnic Nuer militia", "the Annan Plan"
    if not known:
        span = without_headline_verb(span, kb.lexicon, ix.on_first_line(span.start))   # "El Fasher Kills"
        span = without_leading_title(span, kb.lexicon.roles, words("organisation_head"))   # "Col Allan Arrojado"
        if span.label_ == "PERSON" and (span[0].lower_ == "the" and len(span) > 1 or follows_group_word(span, words)):
            span = Span(span.doc, span.start, span.end, label="ORG")   # "The Abu Sayyaf", "the group Hurras al-Din"
        if len(span) == 1 and span[0].lower_ in kb.lexicon.nouns:
            return None   # "Bombing in Sanaa has been low": an event noun opening a sentence
    bare = name_text(span)
    if known and span[0].is_lower and len(span) > 1 \
            and ent.id_.split("#")[0] in {e.id for e, _ in kb.lookup(name_text(span[1:]))}:
        span, bare = span[1:], name_text(span[1:])   # "occupied West Bank": the name
    if not starts_as_name(bare, words("name_article_prefix")):
        return None   # "east": a direction, not a name (but "Mr. al-Douri" is)
    if names_a_vessel(span, words):
        return None
    if span.label_ in PLACE_LABELS and inside_named_thing(span, words):
        return None
    if not known and len(span) == 1 and span.label_ in NAME_LABELS and modifies_plural(span):
        return None   # "Hutu extremists", "Hindu tourists": a group adjective the NER misread
    suffix = place_suffix(span, ix, words)
    if suffix is not None and not known:
        span = suffix
    kb_id, how = (ent.id_.split("#", 1) + [HOW_NAME])[:2] if known else (None, HOW_NER)
    if kb_id and kb_id not in kb.entries:
        kb_id, how = None, HOW_NER
    return Candidate(span, kb_id, how)


def follows_group_word(span: Span, words) -> bool:
    """A name written right after a noun for a group ("the jihadist group Hurras al-Din")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in words("group_descriptor")


def names_a_vessel(span: Span, words) -> bool:
    """"the US destroyer Carney", "the tanker Marlin Luanda": ships are not actors."""
    return follows_vessel(span, words)


def inside_named_thing(span: Span, words) -> bool:
    """"the Minsk agreements": a place naming an accord is part of its name."""
    doc = span.doc
    heads = words("named_thing_head")
    nxt = doc[span.end] if span.end < len(doc) else None
    while nxt is not None and nxt.pos_ in NAME_POS and nxt.lower_ not in heads and nxt.i < span.end + 2:
        nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in heads and span.root.head.i >= span.end


def modifies_plural(span: Span) -> bool:
    """Whether the span modifies the plural noun right after it ("Hutu extremists")."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.tag_ == "NNS" and root.head.i == span.end


def place_suffix(span: Span, ix: DocIndex, words) -> Span | None:
    """"the Adre crossing", "Zamzam camp": the name and its place noun are one place."""
    end, pos = span.end, ix.pos
    suffixes = words("place_suffix")
    for n in (2, 1):
        if end + n <= ix.n and ix.lower_text(end, end + n) in suffixes \
                and all(pos[i] in PLACE_SUFFIX_POS for i in range(end, end + n)):
            return Span(span.doc, span.start, end + n, label="LOC")
    return None


def inside_role(span: Span, ix: DocIndex, roles: frozenset[str]) -> bool:
    """"State" in "Secretary Of State John Kerry" is part of a title, not an actor."""
    lower_text, n = ix.lower_text, ix.n
    start, end = span.start, span.end
    for before in range(0, 4):
        for after in range(0, 3):
            if start - before < 0 or end + after > n or before == after == 0:
                continue
            if lower_text(start - before, end + after) in roles:
                return True
    return lower_text(start, end) in roles


def proper_noun_places(doc: Doc, ix: DocIndex, taken: set[int], kb: Ontology) -> list[Span]:
    """Capitalised names the NER missed that GeoNames knows, written where places go
    ("trying to reach Rafah on ...")."""
    words = kb.lexicon.words_of
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
        if is_calendar_span(span, words) or span.text.lower() in words("holiday_name"):
            i = j + 1
            continue   # "in May", "to exploit Ramadan"
        head = span.root
        where_places_go = head.dep_ in OBJECT_DEPS and (head.head.lower_ in words("locative_prep")
                                                        or head.head.pos_ == "VERB")
        if kb.geo_lookup(span.text) and not names_a_vessel(span, words) and where_places_go:
            out.append(span)
        i = j + 1
    return out


def titled_names(doc: Doc, ix: DocIndex, taken: set[int], kb: Ontology) -> list[Span]:
    """Names of people the NER missed right after a title: "U.N. Special Cyprus Envoy Espen
    Barth Eide", "The U.S. Ambassador to Oman, Ana Escrogima,": a run of two to four
    capitalised proper nouns after a title word, or after a comma closing a title phrase."""
    roles, out, i = kb.lexicon.roles, [], 1
    while i < ix.n:
        if i in taken or ix.pos[i] != "PROPN" or not ix.upper_initial[i]:
            i += 1
            continue
        j = i
        while j < ix.n and j - i < 4 and j not in taken and ix.pos[j] == "PROPN" and ix.upper_initial[j] \
                and "\n" not in doc[j].whitespace_:
            j += 1
        start = max([k + 1 for k in range(i, j) if doc[k].lower_ in roles], default=i)   # "Envoy Espen ..."
        if j - start >= 2 and (doc[start - 1].lower_ in roles or _after_title_phrase(doc, start, roles)):
            out.append(Span(doc, start, j, label="PERSON"))
        i = max(j, i + 1)
    return out


def _after_title_phrase(doc: Doc, i: int, roles: frozenset[str]) -> bool:
    """Whether token ``i`` follows a comma closing a phrase with a title in it ("The U.S.
    Ambassador to Oman, ...")."""
    if doc[i - 1].text != "," or i < 3:
        return False
    k = i - 2
    while k >= max(0, i - 8) and doc[k].pos_ in TITLE_PHRASE_POS:
        if doc[k].lower_ in roles:
            return True
        k -= 1
    return False

def acronyms_written_as_words(doc: Doc, ix: DocIndex, taken: set[int], kb: Ontology) -> list[Candidate]:
    """A known acronym written as a word ("Ecowas", "Nato", "Unicef", as British copy does),
    which the entity ruler matches only in capitals and the NER may miss."""
    out, acronyms = [], kb.word_acronyms
    for i in range(ix.n):
        hit = acronyms.get(ix.lowers[i]) if ix.pos[i] == "PROPN" and ix.upper_initial[i] else None
        if hit is not None and i not in taken and doc[i].is_title:
            out.append(Candidate(Span(doc, i, i + 1, label="ORG"), *hit))
    return out


