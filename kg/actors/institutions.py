"""Institutions and named parents: bodies named after the state or group they belong to.

"<state or group> <institution noun>" is a Group of its own, affiliated with the
state or group ("the Israeli military" -> Israel, role "military"; "the United
Nations humanitarian office"); a known body whose name as written names its parent
("UN Security Council") is affiliated with it too, and the parent's name inside it
is a mention of the parent.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..ontology import Entry, Ontology
from .document import DocumentActors, Institution, MentionInfo, Proto
from .mentions import add_new
from .names import PARTICLES_OF_NAME
from .types import AGENTS, GROUP, HOW_DEMONYM, HOW_IN_NAME, HOW_INSTITUTION, INSTITUTION_KIND

CHAIN_DEPS = frozenset({"compound", "amod", "poss", "nmod"})   # from a name up to the noun it modifies
HEAD_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SEPARATOR_POS = frozenset({"CCONJ", "PUNCT"})
_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")


def find_institutions(da: DocumentActors) -> None:
    """"the Israeli military" -> Group "Israeli military", affiliated with Israel (role "military")."""
    doc = da.doc
    for m in list(da.mentions):
        head = _institution_head(da, m)
        if head is None:
            continue
        start = m.span.start
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = Span(doc, start, head.i + 1, label="ORG")
        role, name = institution_role_and_name(doc, m.span, head)
        hits = [e for e, _ in da.kb.lookup(name) if e.type == GROUP] or body_of(da.kb, m.actor, head.lower_)
        if hits:
            gid = hits[0].id
            if gid not in da.protos:
                da.protos[gid] = Proto(gid, hits[0].name, GROUP, entry=hits[0], kind=hits[0].kind)
            da.mentions.append(MentionInfo(gid, span, span.text, HOW_INSTITUTION))
        else:
            gid = add_new(da, span, name, GROUP, HOW_INSTITUTION, text=span.text)
            da.protos[gid].kind = INSTITUTION_KIND
        da.institutions.append(Institution(gid, m.actor, role, span))


def _institution_head(da: DocumentActors, m: MentionInfo) -> Token | None:
    """The institution noun a state's or group's mention names ("Israeli" -> "military"),
    or None when the mention is not the start of a body's name."""
    doc, lex = da.doc, da.kb.lexicon
    if da.protos[m.actor].type not in AGENTS and m.how != HOW_DEMONYM:
        return None
    head = m.span[-1]
    while head.dep_ in CHAIN_DEPS and head.head.i > head.i:
        head = head.head
    if head.i < m.span.end or head.pos_ not in HEAD_POS or head.tag_ in PLURAL_TAGS:
        return None
    if any(t.pos_ in SEPARATOR_POS and t.text not in PARTICLES_OF_NAME for t in doc[m.span.end:head.i]):
        return None   # "M23 and Rwanda army": two names, not one body
    if head.dep_ == "compound" and head.head.lower_ in lex.roles:
        return None   # "Pakistan's army chief": a title, not a body
    if head.dep_ == "pobj" and head.head.lower_ in lex.words_of("building_prep"):
        return None   # "outside the French embassy": a building
    if any(o.span.start <= head.i < o.span.end and o is not m for o in da.mentions):
        return None   # the noun is (in) another mention
    institutions = lex.words_of("institution")
    phrase2 = f"{doc[head.i - 1].lower_} {head.lower_}" if head.i > 0 else head.lower_
    if head.lower_ not in institutions and head.lemma_.lower() not in institutions and phrase2 not in institutions:
        return None
    if any(t.lower_ in lex.words_of("pejorative") for t in doc[m.span.end:head.i + 1]):
        return None   # "the Israeli occupation army" is a description, not a name
    return head


def institution_role_and_name(doc: Doc, parent: Span, head: Token) -> tuple[str, str]:
    """The role of a body named from its parent's mention ``parent`` to its noun ``head``
    (what follows the last possessive after the parent's name), and the body's name
    (without a leading "the" or possessives): "Russia's foreign ministry" ->
    ("foreign ministry", "Russia foreign ministry")."""
    role_start = parent.end
    for t in doc[parent.end:head.i]:
        if t.text in PARTICLES_OF_NAME:
            role_start = t.i + 1
    role = doc[role_start:head.i + 1].text.lower()
    name_toks = [t for t in doc[parent.start:head.i + 1]
                 if t.text not in PARTICLES_OF_NAME and not (t.i == parent.start and t.lower_ == "the")]
    name = "".join(t.text_with_ws if t.i + 1 < head.i + 1 and doc[t.i + 1].text not in PARTICLES_OF_NAME
                   else t.text + " " for t in name_toks).strip()
    return role, " ".join(name.split())


def body_of(kb: Ontology, parent: str, noun: str) -> list[Entry]:
    """The known body of ``parent`` that a noun names: ("sudan", "army") -> Sudanese Armed
    Forces, when exactly one of its bodies has the noun in a name."""
    found = [e for e in kb.children_of(parent)
             if any(noun in form.lower().split() for form in (e.name, *e.aliases))]
    return found if len(found) == 1 else []


def find_named_parents(da: DocumentActors) -> None:
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
            ftoks = _WORD_OR_MARK.findall(form.lower())
            n = len(ftoks)
            hit = next((i for i in range(len(lowered) - n + 1) if lowered[i:i + n] == ftoks), None)
            if hit is None or hit + n >= len(words):
                continue
            role = " ".join(t.lower_ for t in words[hit + n:] if t.text not in PARTICLES_OF_NAME)
            if parent.id not in da.protos:
                da.protos[parent.id] = Proto(parent.id, parent.name, parent.type, entry=parent, kind=parent.kind)
            # the parent is named inside the body's name: that is a mention of it too
            sub = Span(da.doc, words[hit].i, words[hit + n - 1].i + 1)
            if not any(x.actor == parent.id and x.span.start == sub.start for x in da.mentions):
                da.mentions.append(MentionInfo(parent.id, sub, sub.text, HOW_IN_NAME))
            da.institutions.append(Institution(m.actor, parent.id, role or entry.parent_role or "", m.span))
            done.add((m.actor, entry.parent))
            break
