"""Lists: the members a list marker adds to a noun phrase ("cities *including* Tyre and
Sidon", "Russia, *along with* China"), whether the parser hangs the marker on the noun or,
set off right after it, on the verb or preposition that governs the noun ("The United
States, along with France, imposed ...": the marker hung on "imposed")."""

from __future__ import annotations

from spacy.tokens import Token

from ..ontology import Lexicon
from .grammar import pobjs

_LIST_DEPS = frozenset({"prep", "cc", "acl"})
_HUNG_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})   # whose marker may hang on the governor
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
COMITATIVE = ("along with", "together with")   # a co-actor: hung on the verb after an object, it joins the subject


def list_members(t: Token, lex: Lexicon) -> list[Token]:
    """The members a list marker after ``t`` names, with their conjuncts: "cities *including*
    Tyre and Sidon", "countries *such as* Qatar", "Mali, *as well as* Guinea", "Russia,
    *along with* China", "the region, *comprising* the provinces of A, B and C" (``list_marker``)."""
    markers = lex.words_of("list_marker")
    out: list[Token] = []
    for c in [*t.rights, *hung_markers(t)]:
        if c.dep_ not in _LIST_DEPS:
            continue
        marker = list_marker(c)
        if marker not in markers:
            continue
        if marker in COMITATIVE:
            if c.head is not t and t.dep_ not in _SUBJECT_DEPS:
                continue   # "condemned France, along with Iran": Iran condemned too, it was not condemned
            c = next((p for p in c.children if p.dep_ == "prep"), c)
        heads = [p for p in c.children if p.dep_ in ("pobj", "dobj")]
        for h in heads:
            # "the provinces of Junin, Ayacucho and Cusco": the names the kind noun is "of"
            named = [p for p in pobjs(h, ("of",))] if h.pos_ == "NOUN" and lex.descriptors.get(h.lemma_.lower()) else []
            for x in named or [h]:
                out += [x, *(y for y in x.conjuncts if y.i > x.i)]
    return out


def hung_markers(t: Token) -> list[Token]:
    """A list marker the parser hung on the word governing the argument ``t`` (the verb of a
    subject or object, the preposition's governor of a prepositional object), standing right
    after ``t``'s phrase, after a comma: "The United States, *along* with France, imposed",
    "airstrikes throughout Lebanon, *including* Beirut"."""
    if t.dep_ not in _HUNG_ARGUMENT_DEPS or t.head.i == t.i:
        return []
    gov = t.head.head if t.dep_ == "pobj" else t.head
    after = t.right_edge.i + 1
    if after >= len(t.doc) or t.doc[after].text != ",":
        return []
    return [c for c in gov.children if c.i == after + 1 and c.dep_ in _LIST_DEPS]


def list_marker(c: Token) -> str:
    """The list marker a word heads, as written: "including", "such as", "as well as",
    "along with", "in addition to", "comprising" (the word itself when it is none of the longer ones)."""
    low = c.lower_
    kids = {k.lower_ for k in c.children}
    if low == "as" and "well" in kids:
        return "as well as"
    if low == "as" and ("such" in kids or (c.i > 0 and c.doc[c.i - 1].lower_ == "such")):
        return "such as"
    if low in ("along", "together") and "with" in kids:
        return f"{low} with"
    if low == "in" and any(k.lower_ == "addition" and any(p.lower_ == "to" for p in k.children) for k in c.children):
        return "in addition to"
    return low
