"""Titles and the persons who hold them: which title nouns name one another ("the head of the
group" = "Hamas chief X"), the offices a state's "leader" holds, and a title whose holder the
parser hung away from it ("spoke with U.S. Special Representative Thomas West")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .discourse import PERSON_TYPES
from .grammar import RELATIVE_TAGS

if TYPE_CHECKING:
    from ..actors import DocumentActors

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HOLDER_GAP = 5          # the most words (comma, styles, titles) between a title's phrase and its holder


def same_title(noun: str, role: str, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether a title noun names ``role``: "minister" names "foreign minister"; the leader
    nouns ("head", "chief", "leader") name one another."""
    role_words = role.lower().split()
    leader = words("leader_noun")
    return noun in role_words or (noun in leader and any(w in leader for w in role_words))


def leads_state(noun: str, role: str, owner: str | None, da: DocumentActors) -> bool:
    """Whether "leader" names ``role`` of a state: "the Israeli leader" is its prime minister, "Jordan's
    leader" its king (``state_leader_role``); and whether a leader noun ("chief", "head", "leader") names
    ``role`` of a group: "the UN chief" is its secretary-general (``body_leader_role``)."""
    if owner is None:
        return False
    words = da.kb.lexicon.words_of
    kind = da.type_of(owner)
    if kind == "State":
        return noun == "leader" and role.lower() in words("state_leader_role")
    return kind == "Group" and noun in words("leader_noun") and role.lower() in words("body_leader_role")


def named_holder(t: Token, da: DocumentActors) -> str | None:
    """The person named right after the phrase of title ``t`` ("with U.S. Special Representative
    for Afghanistan Thomas West", "King of Jordan, His Majesty King Abdullah II") or in apposition
    inside it ("the top U.S. diplomat for Latin America, Roberta Jacobson,"): the title is that
    person, though the parser hung the name on the verb or on the title's own object. Only a comma, styles of address
    (``honorific``, ``style_of_address``) and titles may come between; a name that is a clause's
    subject is not the holder ("met the president, Joe Biden said"), nor is the name after a
    phrase that ends in a preposition the parser left without its object: "Iran summons Turkish
    envoy over Erdogan's remarks" (Erdogan is what "over" governs, not the envoy)."""
    lex = da.kb.lexicon
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in lex.roles:
        return None
    doc = t.doc
    dangling = t.right_edge.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in t.right_edge.children)
    for k in range(t.i + 1, t.right_edge.i + 1):
        a = da.actor_at(k)
        if a and doc[k].dep_ == "appos" and da.type_of(a) in PERSON_TYPES:
            return a     # "the top U.S. diplomat for Latin America, Roberta Jacobson," hung on "America"
    skip = lex.words_of("honorific") | lex.words_of("style_of_address")
    j = t.right_edge.i + 1
    while j < len(doc) and j - t.right_edge.i <= _HOLDER_GAP:
        a = da.actor_at(j)
        if a:
            return a if da.type_of(a) in PERSON_TYPES and not _is_subject(j, a, da) and not dangling else None
        if doc[j].lower_ != "," and doc[j].lower_ not in skip and doc[j].lower_ not in lex.roles:
            return None
        j += 1
    return None


def _is_subject(j: int, a: str, da: DocumentActors) -> bool:
    """Whether the name of ``a`` starting at token ``j`` is a clause's subject."""
    doc, k = da.doc, j
    while k + 1 < len(doc) and da.actor_at(k + 1) == a:
        k += 1
    return any(doc[i].dep_ in _SUBJECTS and not j <= doc[i].head.i <= k for i in range(j, k + 1))


def predicated_of(t: Token) -> Token | None:
    """The subject a title is said of as a copula's attribute: "X is the head of the delegation",
    "Obasanjo, who is the African Union chief mediator" (the relative pronoun's antecedent);
    ``None`` when ``t`` is no such attribute."""
    if t.dep_ != "attr":
        return None
    subj = next((c for c in t.head.children if c.dep_ in _SUBJECTS), None)
    if subj is not None and subj.tag_ in RELATIVE_TAGS and t.head.dep_ == "relcl":
        return t.head.head
    return subj
