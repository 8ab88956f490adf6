"""Qualified bodies: a known body's name with a qualifier before it that names another body.

The knowledge base knows some bodies by a common name ("Democratic Party", the US party;
"Congress Party", India's), and the entity ruler tags that name wherever it is written,
also inside a longer name: "the Maldivian Democratic Party", "Mubarak's National
Democratic Party", "the ruling National Congress Party" (Sudan's). Read so, the Maldives'
party becomes the US one. The longer name is another body's when what is written before the
known name, in the same name, is

* the demonym of a state other than the known body's ("Maldivian" before the US party;
  not "US" or "American" before it), or
* capitalised proper nouns of no known name of their own that modify it ("National").

Only names ending in a word that heads names of parties and movements count
(``qualified_body_head``: "party", "congress", "front", ...); not a title-cased line (a
headline or caption, where every word is capitalised).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..ontology import Ontology
from .framednames import title_cased
from .index import DocIndex
from .names import same_line
from .types import GROUP

DEMONYM = "demonym"
_QUALIFIER_DEPS = frozenset({"compound", "amod"})


def qualified_bodies(doc: Doc, ix: DocIndex, known: list[Span], unknown: list[Span], kb: Ontology) -> list[Span]:
    """ORG spans for known bodies' names with a qualifier that makes them another body's:
    "the Maldivian Democratic Party", "the ruling National Congress Party" (from the start of
    a name the NER found over the qualifier: "the National" + "Congress Party")."""
    heads = kb.lexicon.words_of("qualified_body_head")
    ends = {k.end: k for k in known}
    in_known = {i for k in known for i in range(k.start, k.end)}
    out = []
    for k in known:
        entry = kb.entries.get(k.ent_id_.split("#")[0])
        if entry is None or entry.type != GROUP or k[-1].lower_ not in heads or title_cased(k.sent):
            continue
        before = ends.get(k.start)
        if before is not None:
            state, how = (before.ent_id_.split("#") + [""])[:2]
            if how == DEMONYM and state not in (entry.country, entry.parent) and same_line(doc, before.start, k.end):
                out.append(Span(doc, before.start, k.end, label="ORG"))   # "the Maldivian Democratic Party"
            continue
        start = qualifier_start(doc, ix, k, in_known, _QUALIFIER_DEPS)
        if start < k.start:
            start = min([u.start for u in unknown if u.start < start < u.end <= k.start], default=start)
            out.append(Span(doc, start, k.end, label="ORG"))   # "the ruling National Congress Party"
    return out


def qualifier_start(doc: Doc, ix: DocIndex, known: Span, taken: set[int], deps: frozenset[str],
                    most: int | None = None) -> int:
    """Where the capitalised proper nouns that modify the ``known`` name from before it start
    (``deps`` their links to a word of it; none of them in ``taken``; at most ``most``; on its
    line): "National" of "the ruling National Congress Party", "Blue" of "Blue Nile"."""
    start = known.start
    while start > 0 and (most is None or known.start - start < most) and start - 1 not in taken \
            and ix.pos[start - 1] == "PROPN" and ix.upper_initial[start - 1] and doc[start - 1].dep_ in deps \
            and known.start <= doc[start - 1].head.i < known.end and same_line(doc, start - 1, known.end):
        start -= 1
    return start
