"""Roles: titles written with a person's name make the person an Official.

A title before the name ("Israeli spokesperson Eylon Levy", "the country's
intelligence chief Abbas Kamel"), in apposition ("Sergei Lavrov, Russia's foreign
minister"; "spokeswoman for the Russian foreign ministry") or stated by a relative
clause ("Bola Tinubu, who chairs ECOWAS") gives a :class:`RoleInfo`: the role as
written and the state or group it is held in, when the text names one.

>>> last_role_word("israeli army chief of staff", frozenset({"chief of staff", "chief"}))
'chief of staff'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .document import DocumentActors, MentionInfo, RoleInfo
from .names import PARTICLES_OF_NAME, honorific_forms
from .types import AGENTS, GROUP, HOW_INSTITUTION, OFFICIAL, PEOPLE, STATE, STATE_KIND

TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})   # words a title before a name is made of
ROLE_NOUN_POS = frozenset({"NOUN", "ADJ"})        # ("secretary-general" is often tagged ADJ)
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})

Role = tuple[str, "str | None", tuple[int, int]]   # role, affiliation, token span of the title


def find_roles(da: DocumentActors) -> None:
    """Titles written before a person's name, in apposition to it or in a relative clause on
    it: each adds a :class:`RoleInfo` to ``da.roles`` and makes the person an Official."""
    roles = da.kb.lexicon.roles
    words = da.kb.lexicon.words_of
    honorific = honorific_forms(words("honorific"))
    for m in [m for m in da.mentions if da.protos[m.actor].type in PEOPLE]:
        prefix = _title_before(da.doc, m.span, honorific, words("title_scan_word"))
        role_info = role_in(prefix, da, roles, honorific)
        if role_info is None:
            stated = role_in_relative_clause(m, da)
            if stated is not None:
                da.protos[m.actor].type = OFFICIAL
                da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        if role_info is None or role_info[1] is None:
            # "General Asim Munir" has a title but no body; the apposition may name one
            appos = role_in_apposition(m, da, roles, honorific)
            if appos is not None and (role_info is None or appos[1] is not None):
                role_info = appos
        if role_info is None:
            continue
        role, affiliation, tokens = role_info
        stated = role_in_relative_clause(m, da)   # "Bola Tinubu, who chairs ECOWAS"
        if stated is not None and stated[1] != affiliation:
            da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        if next(iter(role.split()), "") in words("past_marker"):
            continue   # "a former rebel commander": no office now
        if affiliation is None and last_role_word(role, roles) in words("generic_role"):
            continue   # "film director Oleg Sentsov": a job, not an office
        da.protos[m.actor].type = OFFICIAL
        da.roles.append(RoleInfo(m.actor, role, affiliation, m.span.sent.start, tokens))


def _title_before(doc: Doc, name: Span, honorific: set[str], scan_words: frozenset[str]) -> Span:
    """The noun phrase before a name that may hold its title, up to the line's start:
    nouns, adjectives, names, possessives, honorifics and ``scan_words``."""
    k = name.start
    while k > 0:
        t = doc[k - 1]
        if t.is_space or "\n" in t.whitespace_:
            break
        if t.pos_ in TITLE_POS or t.text in PARTICLES_OF_NAME or t.lower_ in scan_words \
                or t.lower_.rstrip(".") in honorific:
            k -= 1
            continue
        break
    return doc[k:name.start]


def role_in_relative_clause(m: MentionInfo, da: DocumentActors) -> Role | None:
    """(role, body, token span) from "X, who (also) heads/chairs/leads Y", or None."""
    verbs = da.kb.lexicon.mappings.get("role_verb", {})
    for c in m.root.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in verbs:
            continue
        if not any(w.dep_ == "nsubj" and w.tag_ in RELATIVE_PRONOUN_TAGS for w in c.children):
            continue
        for o in c.children:
            body = da.actor_at(o.i) if o.dep_ == "dobj" else None
            if body and da.protos[body].type in AGENTS:
                return verbs[c.lemma_.lower()], body, (c.i, c.i + 1)
    return None


def role_in(prefix: Span, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """(role, affiliation, token span) from the words before a name, or None."""
    if not len(prefix):
        return None
    doc = prefix.doc
    end = prefix.end
    while end > prefix.start and doc[end - 1].lower_.rstrip(".") in honorific:
        end -= 1
    # the role starts after the last actor mention or possessive in the prefix
    determiners = da.kb.lexicon.words_of("title_determiner")
    role_start = prefix.start
    affiliation = None
    for t in doc[prefix.start:end]:
        actor = _mention_actor_ending_at(da, t.i)
        if actor:
            role_start, affiliation = t.i + 1, actor
        elif t.text in PARTICLES_OF_NAME or t.lower_ in determiners:
            role_start = t.i + 1
    # possessive descriptor: "the country's intelligence chief"
    if affiliation is None:
        affiliation = _descriptor_affiliation(doc[prefix.start:end], da)
    role = doc[role_start:end].text.lower().strip()
    if not role or not ends_with_role(role, roles):
        return None
    return role, affiliation, (role_start, end)


def role_in_apposition(m: MentionInfo, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """"Abbas Kamel, the country's intelligence chief" / "Russia's foreign minister, Sergei Lavrov"."""
    root = m.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ in ROLE_NOUN_POS:
        candidates.append(root.head)
    for noun in candidates:
        if noun.pos_ not in ROLE_NOUN_POS or da.actor_at(noun.i):
            continue
        sub = list(noun.subtree) if noun.i > root.i else [t for t in noun.subtree if t.i < m.span.start]
        if not sub:
            continue
        left = [t for t in sub if t.i <= noun.i]
        info = role_in(da.doc[left[0].i:noun.i + 1], da, roles, honorific)
        if info and info[1] is None:
            # "spokeswoman for the Russian foreign ministry", "the commander of the guard"
            body = _body_after(noun, da)
            if body is not None:
                info = (info[0], body, info[2])
        if info:
            return info
    return None


def _body_after(noun, da: DocumentActors) -> str | None:
    """The state or group a preposition after a role noun names ("spokeswoman for the
    ministry"), or None; of several such prepositions, the last."""
    body = None
    preps = da.kb.lexicon.words_of("title_body_prep")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for p in prep.children:
                actor = da.actor_at(p.i)
                if p.dep_ == "pobj" and actor and da.protos[actor].type in AGENTS:
                    body = actor   # the first of each preposition; the last preposition wins
                    break
    return body


def last_role_word(role: str, roles: frozenset[str]) -> str:
    """The longest known title ending ``role``, else its last word."""
    words = role.replace("-", " - ").split()
    for i in range(len(words)):
        tail = " ".join(words[i:]).replace(" - ", "-")
        if tail in roles:
            return tail
    return words[-1] if words else ""


def ends_with_role(role: str, roles: frozenset[str]) -> bool:
    """Whether the words ``role`` end in a known title."""
    return last_role_word(role, roles) in roles or bool(role.split()) and role.split()[-1] in roles


def _mention_actor_ending_at(da: DocumentActors, i: int) -> str | None:
    for m in da.mentions:
        if m.span.end - 1 == i and m.how != HOW_INSTITUTION:
            return m.actor
    return None


def _descriptor_affiliation(span: Span, da: DocumentActors) -> str | None:
    """"the country's" -> the last state named before; "the group's" -> the last group."""
    groups = da.kb.lexicon.words_of("group_descriptor")
    for t in span:
        kind = da.kb.lexicon.descriptors.get(t.lower_)
        if kind == STATE_KIND and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return da.last_actor(span.start, lambda a: da.protos[a].type == STATE)
        if t.lower_ in groups and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return da.last_actor(span.start, lambda a: da.protos[a].type == GROUP)
    return None
