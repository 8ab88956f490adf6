"""Resolution of places: GeoNames namesakes chosen by the countries a document evokes,
and capitals told apart as cities or as their governments (metonymy).

"Rafah" in a Gaza article lies in Palestine: every state, demonym, known place and
body of the document votes for its country (:func:`country_votes`), and the
namesake in the country with most votes wins (:func:`best_geo`). "Washington said"
is the US government, "talks in Washington" the city (:func:`capital_is_government`).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span

from ..ontology import Ontology
from .locative import is_locative
from .names import name_text
from .recognition import Candidate
from .types import CITY_KIND, HOW_CAPITAL, STATE

VERB_POS = frozenset({"VERB", "AUX"})


def country_votes(spans: list[Candidate], kb: Ontology) -> dict[str, int]:
    """How often each country (ISO2) is evoked in the document, for place disambiguation.

    A state, a demonym, a place of the knowledge base (through its ``country``) and a
    body (through its parent state) vote; a capital does not vote for its own state,
    since "Tripoli" is the very name being disambiguated."""
    votes: dict[str, int] = defaultdict(int)
    for span, kb_id, how in spans:
        if how == HOW_CAPITAL:
            continue
        entry = kb.entries.get(kb_id) if kb_id else None
        if entry is None:
            hits = kb.lookup(name_text(span))
            entry = hits[0][0] if hits and hits[0][1] != HOW_CAPITAL else None
        if entry is None:
            continue
        state = entry
        for _ in range(4):
            if state is None or state.type == STATE:
                break
            state = kb.entries.get(state.country or state.parent or "")
        code = kb.country_code(state) if state is not None and state.type == STATE else None
        if code:
            votes[code] += 1
    return votes


def best_geo(candidates: list[dict], votes: dict[str, int]) -> dict | None:
    """The GeoNames place in the country with most votes, the most populous among equals.

    >>> best_geo([{"cc": "EG", "population": 9}, {"cc": "PS", "population": 1}], {"PS": 2})["cc"]
    'PS'
    """
    if not candidates:
        return None
    return max(candidates, key=lambda r: (votes.get(r["cc"], 0), r["population"]))


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


def looks_like_place(span: Span, kb: Ontology, words, votes: dict[str, int]) -> bool:
    """A PERSON or ORG span that is really a town ("Khan Younis", "Goma", "El Fasher" are
    often mis-tagged): GeoNames knows it in a country the document evokes, and no title
    or honorific stands before it. A town under 15,000 inhabitants must also stand where
    places go ("in Krynky"): a person's name is often a village's somewhere."""
    text = name_text(span)
    hits = kb.geo_lookup(text, votes)
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
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and kb.lexicon.descriptors.get(root.head.head.lower_) in kinds


def capital_is_government(span: Span, kb: Ontology) -> bool:
    """Whether a capital stands for its government ("Moscow said", "urged Kiev", "made no
    mention of Washington") rather than naming the city ("in Kyiv", "seized Khartoum",
    "strikes on Kyiv"). In news a capital outside such place positions is the government."""
    words = kb.lexicon.words_of
    if is_locative(span, kb):
        return False
    root = span.root
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
