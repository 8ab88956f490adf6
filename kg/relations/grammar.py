"""The grammar the rules share: dependency labels and tags named by what they mark, the
three closed-class words a construction is made of, and helpers over the parse.
(Grammar, not knowledge: the words the rules know are lists in ``ontology/lexicon/words.tsv``.)"""

from __future__ import annotations

from spacy.tokens import Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp", "relcl"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})     # "which", "who", "that" heading a relative clause

# closed-class words that make a construction (English has no others in their place)
INFINITIVE = "to"                 # "urged Israel *to* withdraw"
POSSESSIVE_RELATIVE = "whose"     # "the group, *whose* fighters ..."
RESTRICTIVE_RELATIVE = "that"     # "the body *that* mediated": a restrictive relative, never on a name
LOCATIVE_RELATIVE = "where"       # "Khan Younis, from *where* ..."
POSSESSIVE_MARKERS = frozenset({"'s", "'", "’s"})   # "Machar*'s* spokesman", "the Houthis*'* leader", "Mali*’s*"


def previous_sentence_start(t: Token) -> int:
    """The first token of the sentence before ``t``'s (of ``t``'s own when it is the first): how far
    back "he", "they", "the two countries" look for their antecedent."""
    start = t.sent.start
    return t.doc[start - 1].sent.start if start > 0 else start


def is_negated(t: Token) -> bool:
    """Whether ``t`` has a negation dependent: "did *not* attack", "*never* met"."""
    return any(c.dep_ == "neg" for c in t.children)


def is_hyphen_participle(v: Token) -> bool:
    """Whether ``v`` is the participle of a hyphenated compound: "Iran-backed"."""
    return v.i >= 2 and v.doc[v.i - 1].text == "-" and v.doc[v.i - 2].i >= 0 and not v.doc[v.i - 1].whitespace_ \
        and not v.doc[v.i - 2].whitespace_


def is_attributive_participle(v: Token) -> bool:
    """Whether ``v`` is a past participle the parser made a verb where it modifies the noun
    after it: "illegal measures in *occupied* Jerusalem" (right after a preposition or a
    determiner, with no subject or auxiliary of its own, its "object" right after it):
    a state, not an act of the clause's subject (the parser may tag it VBD)."""
    if v.tag_ not in ("VBN", "VBD") or v.i < 1 or v.doc[v.i - 1].dep_ not in ("prep", "det"):
        return False
    kids = list(v.children)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids) and any(
        c.dep_ in ("dobj", "obj") and c.left_edge.i == v.i + 1 for c in kids)


def pobjs(t: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The objects of ``t``'s prepositions among ``preps``: "talks *between* Armenia and ..." -> Armenia."""
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def agent_pobjs(t: Token) -> list[Token]:
    """The objects of ``t``'s "by" agent: "a swap agreed *by X and Y*" -> X (its conjuncts are X's)."""
    return [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
