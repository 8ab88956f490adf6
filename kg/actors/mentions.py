"""How a resolved span becomes a mention of an actor of the document.

A knowledge-base entry (:func:`add_kb_mention`, which also reads a capital as the
city where it is one, and "US military personnel" as the state), a GeoNames place
(:func:`add_geo_mention`) or an actor the knowledge base does not know
(:func:`add_new`).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..ontology import Entry, Ontology, fold, slug
from .document import DocumentActors, MentionInfo, Proto
from .names import hyphen_glued, mention_text, name_text, token_key
from .placenames import context_country, place_name
from .places import best_geo, capital_is_government, own_or_evoked
from .types import GROUP, HOW_ALIAS, HOW_CAPITAL, HOW_DEMONYM, HOW_GEO, HOW_NER, PLACE, STATE

PlaceChoice = "Entry | dict | None"   # a known place, a GeoNames place, or a new one

ADJECTIVE_DEPS = frozenset({"amod", "compound"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
ADJECTIVE_TAG = "JJ"


def add_kb_mention(da: DocumentActors, span: Span, entry: Entry, how: str) -> None:
    """A mention of a knowledge-base entry; ``how`` the ruler matched it (name, alias, ...)."""
    words = da.kb.lexicon.words_of
    if how == HOW_DEMONYM and entry.type == PLACE and span.root.dep_ in ADJECTIVE_DEPS \
            and span.root.head.lower_ not in words("state_agent"):
        return   # "the West African bloc": an adjective, not a mention of the region
    if entry.type == PLACE and span.root.dep_ in ADJECTIVE_DEPS and span.root.head.i == span.end \
            and span.root.head.lower_ in words("state_collective"):
        return   # "the Gulf countries": a region naming a set of states, no mention of it
    if _ethnic_compound(span, entry, how, da.kb):
        return   # "Bosnian Serb leader", "Kosovo Serb protesters": an ethnic group, neither state
    state = _state_acting_through(span, entry, da.kb)
    if state is not None:
        entry, how = state, HOW_ALIAS   # "US military personnel", "Russian military police": the state
    if how == HOW_CAPITAL and (da.in_dateline(span) or not capital_is_government(span, da.kb)):
        # "talks in Washington": the city, not the government
        geo = best_geo(da.kb.geo_lookup(name_text(span)) or da.kb.geo_lookup(entry.capital or ""), da.country_votes)
        if geo:
            add_geo_mention(da, span, geo, da.kb)
            return
    if entry.id not in da.protos:
        da.protos[entry.id] = Proto(entry.id, entry.name, entry.type, entry=entry,
                                    country=entry.country if entry.type == PLACE else None, kind=entry.kind)
    da.mentions.append(MentionInfo(entry.id, span, mention_text(span), how, metonymy=how == HOW_CAPITAL))


def _ethnic_compound(span: Span, entry: Entry, how: str, kb: Ontology) -> bool:
    """``span`` is one half of an unhyphenated pair of a country word and a demonym of another
    country ("Bosnian Serb", "Kosovo Serb", "Turkish Cypriot"): the pair names an ethnic group of
    the first country, which stands for neither state; hyphenated, on a noun of people
    (:func:`_ethnic_hyphen_pair`)."""
    if entry.type not in (STATE, PLACE):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if how == HOW_DEMONYM and before is not None and _country_word(before, entry, kb, demonym=False):
        return True
    return after is not None and _country_word(after, entry, kb, demonym=True) or _ethnic_hyphen_pair(span, entry, how, kb)


def _ethnic_hyphen_pair(span: Span, entry: Entry, how: str, kb: Ontology) -> bool:
    """``span`` is one half of a hyphenated pair of demonyms of two countries ("Bosnian-Serb",
    "Greek-Cypriot") on a noun of people (``person_noun``, ``people_noun``, a title,
    ``ethnic_pair_noun``: "severely stretched limited Bosnian-Serb manpower", "the Greek-Cypriot
    leader"): one ethnic group, neither state. On other nouns the pair is two sides ("the
    Israeli-Palestinian conflict", "the Croatian-Bosnian border"), and after a joint modifier
    ("a combined Serb-Croat force") two who act together."""
    doc, words = span.doc, kb.lexicon.words_of
    if how != HOW_DEMONYM or len(span) != 1:
        return False
    i = span.start
    if hyphen_glued(doc, i):
        first, second = span[0], doc[i + 2]
    elif i >= 2 and hyphen_glued(doc, i - 2):
        first, second = doc[i - 2], span[0]
    else:
        return False
    other = second if first.i == i else first
    if not _country_word(other, entry, kb, demonym=True) or second.dep_ not in ADJECTIVE_DEPS:
        return False
    noun = second.head
    lemma = noun.lemma_.lower()
    people = words("person_noun") | words("people_noun") | words("ethnic_pair_noun")
    return noun.i > second.i and (lemma in people or noun.lower_ in people or lemma in kb.lexicon.roles) \
        and not any(c.lower_ in words("joint_modifier") for c in noun.children)


def _country_word(tok, entry: Entry, kb: Ontology, demonym: bool) -> bool:
    """``tok`` is a capitalised word naming a state or place other than ``entry`` (its
    demonym only, when ``demonym``), written right next to the span (no hyphen)."""
    if not tok.is_title or not tok.is_alpha:
        return False
    return any(e.id != entry.id and e.type in (STATE, PLACE) and (how == HOW_DEMONYM or not demonym)
               and entry.id != e.country and e.id != entry.country   # "Gazan Palestinians": one side
               for e, how in kb.lookup(tok.text))


def _state_acting_through(span: Span, entry: Entry, kb: Ontology) -> Entry | None:
    """The state a body's name stands for when it modifies a state agent ("US military
    personnel": the US acts) or ends in an adjective on the noun after it ("Russian military
    officers", "the U.S. military base": no body is named, GUIDELINES convention 8), else None;
    a capitalised institution noun names the body ("Lebanese Army soldiers")."""
    outer = span.root.head
    if not (entry.type == GROUP and entry.parent and span.root.dep_ in MODIFIER_DEPS and outer.i == span.end
            and (outer.lower_ in kb.lexicon.words_of("state_agent") or span[-1].tag_ == ADJECTIVE_TAG
                 or outer.lower_ in kb.lexicon.words_of("military_facility"))
            and outer.lower_ not in kb.lexicon.roles):
        return None
    if span[-1].is_title and span[-1].lower_ in kb.lexicon.words_of("institution") \
            and outer.lower_ in kb.lexicon.words_of("state_agent"):
        return None   # "Lebanese Army soldiers": the army written as a name acts through its soldiers
    parent = kb.entries.get(entry.parent)
    while parent is not None and parent.type == GROUP and parent.parent:
        parent = kb.entries.get(parent.parent)
    return parent if parent is not None and parent.type == STATE else None


def add_geo_mention(da: DocumentActors, span: Span, geo: dict, kb: Ontology) -> None:
    """A mention of a GeoNames place; its id is the name's slug and the country code."""
    state = kb.state_for_country_code(geo["cc"])
    actor_id = f"{slug(geo['name'])}-{geo['cc'].lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = Proto(actor_id, geo["name"], PLACE, geo=geo,
                                    country=state.id if state else None, kind=geo["kind"])
    da.mentions.append(MentionInfo(actor_id, span, mention_text(span), HOW_GEO))


def add_new(da: DocumentActors, span: Span, name: str, type_: str, how: str, *, text: str | None = None) -> str:
    """A mention of an actor the knowledge base does not know, named ``name``; its id.

    The id is the name's slug, with the type added when a knowledge-base actor has that
    slug. ``text`` is the surface form to record (default: the span's text, stripped)."""
    name = fold(name) if not name.isascii() else name
    actor_id = slug(name)
    if actor_id in da.kb.entries:
        actor_id = f"{actor_id}-{type_.lower()}"
    if actor_id not in da.protos:
        da.protos[actor_id] = Proto(actor_id, name, type_)
    da.mentions.append(MentionInfo(actor_id, span, mention_text(span) if text is None else text, how))
    return actor_id


def resolve_context_places(da: DocumentActors, spans: list[Span]) -> dict[str, PlaceChoice]:
    """Which place each name its kind word marks is, by name (lower case): a known place,
    a GeoNames place in the country the context names ("the northern Mozambique town of
    Palma") or the document evokes, else a place of its own (None). Decided where the
    kind word stands, then the same for every mention of the name in the document."""
    out: dict[str, PlaceChoice] = {}
    kinds = da.kb.lexicon.words_of("place_kind")
    for span in spans:
        name = place_name(span, da.kb.lexicon.words_of)
        if out.get(name.lower()) is None:
            out[name.lower()] = _place_choice(da, span, name)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in kinds:   # "Borno State": "Borno" too is that place
            out.setdefault(" ".join(words[:-1]).lower(), out[name.lower()])
    return out


def _place_choice(da: DocumentActors, span: Span, name: str) -> PlaceChoice:
    kb = da.kb
    entry = next((e for e, how in kb.lookup(name) if e.type == PLACE and how != HOW_DEMONYM), None)
    if entry is not None:
        return entry
    candidates = own_or_evoked(kb.geo_lookup(name), name, da.country_votes, known_cities=False)
    country = context_country(span, kb)
    if country:
        candidates = [r for r in candidates if r["cc"] == country]
    if names_a_region(span, kb.lexicon.words_of("region_kind")):
        # "Basilan province" is no town GeoNames also calls "Basilan" (Isabela City)
        articles = kb.lexicon.words_of("name_article_prefix")
        candidates = [r for r in candidates if same_place_name(r["name"], name, articles)]
    return best_geo(candidates, da.country_votes, strict=True, surface=name)


def names_a_region(span: Span, kinds: frozenset[str]) -> bool:
    """Whether a region's kind word marks the name: "Basilan province", "the province of Basilan"."""
    doc = span.doc
    return span[-1].lower_ in kinds or (span.start > 1 and doc[span.start - 1].lower_ == "of"
                                        and doc[span.start - 2].lower_ in kinds)


def same_place_name(found: str, written: str, articles: frozenset[str]) -> bool:
    """Whether a GeoNames name is the name written, but for case, accents, hyphens and a
    leading article ("Al Hasakah" is "Hasakah"; "City of Isabela" is no "Basilan")."""
    def key(name: str) -> str:
        words = fold(name).lower().replace("-", " ").split()
        if len(words) > 1 and f"{words[0]}-" in articles:
            words = words[1:]
        return " ".join(token_key(w, articles) for w in words)
    return key(found) == key(written)


def add_place_mention(da: DocumentActors, span: Span, places: dict[str, PlaceChoice]) -> None:
    """A mention of a place named in the document as one ("Pauktaw township", "the town of
    Samarra", and "Pauktaw" wherever else it is written)."""
    name = place_name(span, da.kb.lexicon.words_of)
    if name.lower() not in places:
        places[name.lower()] = _place_choice(da, span, name)
    choice = places[name.lower()]
    if isinstance(choice, Entry):
        add_kb_mention(da, span, choice, HOW_ALIAS)
    elif choice:
        add_geo_mention(da, span, choice, da.kb)
    else:
        add_new(da, span, name, PLACE, HOW_NER)
